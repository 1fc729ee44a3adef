# Calling a method on None returned by a function: AttributeError on NoneType with carets.
def find(items, name):
    for item in items:
        if item == name:
            return item


names = ["x", "y"]
print(find(names, "x").upper())
print(find(names, "z").upper())
