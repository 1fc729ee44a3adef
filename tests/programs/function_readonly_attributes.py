# A function's __closure__, __globals__ and __builtins__ are read-only: setting or deleting
# them raises AttributeError, and nothing lands in the function's __dict__.
def outer():
    x = 1

    def inner():
        return x

    return inner


f = outer()
for name, value in [("__closure__", None), ("__globals__", {}), ("__builtins__", {})]:
    for action in ("set", "delete"):
        try:
            if action == "set":
                setattr(f, name, value)
            else:
                delattr(f, name)
            print(name, action, "succeeded")
        except AttributeError as e:
            print(name, action, "AttributeError:", e)
print(f.__dict__, f.__closure__[0].cell_contents, f.__globals__ is globals())
f.__defaults__ = (1,)
print(f.__defaults__)
