# __del__ runs when the last reference goes away (reference counting), including at scope exit.
class Tracked:
    def __init__(self, name):
        self.name = name
        print("  create", name)

    def __del__(self):
        print("  delete", self.name)


a = Tracked("a")
b = a
del a
print("a deleted, b still holds it")
del b
print("after del b")


def scope():
    local = Tracked("local")
    print("  leaving scope")


scope()
print("after scope")
lst = [Tracked("in list")]
lst.clear()
print("after clear")
d = {"k": Tracked("in dict")}
d["k"] = None
print("after overwrite")
x = Tracked("rebound")
x = Tracked("replacement")
print("after rebind")


x = None
print("end")
