# vars(), locals(), globals() snapshots inside functions, dir() without arguments.
def f(a, b=2):
    c = a + b
    snapshot = locals()
    d = 4
    return sorted(snapshot), sorted(locals())


print(f(1))


def nested():
    x = 1

    def inner():
        return sorted(locals())

    def inner_uses():
        return x, sorted(locals())

    return inner(), inner_uses()


print(nested())


class K:
    a = 1
    names = sorted(n for n in vars() if not n.startswith("__"))
    b = 2


print(K.names, sorted(n for n in vars(K) if not n.startswith("__")))
module_names = sorted(n for n in globals() if not n.startswith("__"))
print(module_names)
print(globals()["K"] is K, vars()["f"] is f, "__builtins__" in globals())


def modify_locals():
    v = 1
    locals()["v"] = 2
    return v


print(modify_locals())


def dir_in_function(p):
    q = 1
    return dir()


print(dir_in_function(0))
print(sorted(vars(type("T", (), {"z": 1, "y": 2}))) [-2:])
