# LEGB name resolution: local, enclosing, global, builtin; shadowing at each level.
len = "global shadows builtin"


def f():
    return len


print(f())
del len
print(f()("abc"))

x = "global"


def outer():
    x = "enclosing"

    def inner():
        return x

    def inner_local():
        x = "local"
        return x

    def inner_global():
        global x
        return x

    return inner(), inner_local(), inner_global()


print(outer())


def enclosing_changes_later():
    def get():
        return value
    value = "set after inner was defined"
    return get()


print(enclosing_changes_later())


def skip_class():
    y = "function y"

    class C:
        y = "class y"

        def m(self):
            return y
    return C().m()


print(skip_class())


def builtin_fallback():
    def inner():
        return abs(-3)
    return inner()


print(builtin_fallback())


def deep():
    a = 1

    def l2():
        b = 2

        def l3():
            c = 3

            def l4():
                return a + b + c
            return l4()
        return l3()
    return l2()


print(deep())


def local_then_global():
    print("  global x is", globals()["x"])
    x = "now local"
    return x


print(local_then_global())
