# Module globals: globals() dict, rebinding from functions, builtins shadowing at module level.
a = 1
g = globals()
print(g["a"], "a" in g, g["__name__"])
g["dynamic"] = "made via globals()"
print(dynamic)  # noqa: F821


def set_global(name, value):
    globals()[name] = value


set_global("later", 42)
print(later)  # noqa: F821


def read():
    return a


print(read())
a = 2
print(read())

print(len("four"))
len = lambda s: "module shadow"
print(len("x"))
del len
print(len("after del"))


def local_shadow_of_global():
    a = "local"
    return a, globals()["a"]


print(local_shadow_of_global())


def builtin_lookup():
    return max(3, 7)


print(builtin_lookup())
max = min
print(builtin_lookup())
del max


def global_decl_without_assignment():
    global never_assigned_global
    try:
        return never_assigned_global
    except NameError as e:
        return str(e)


print(global_decl_without_assignment())
