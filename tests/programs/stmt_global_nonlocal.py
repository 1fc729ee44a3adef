# global and nonlocal declarations.
counter = 0


def incr():
    global counter
    counter += 1
    return counter


incr()
incr()
print(counter)


def make_global():
    global created_later
    created_later = "made inside"


make_global()
print(created_later)


def outer():
    n = 0

    def inner():
        nonlocal n
        n += 1
        return n

    inner()
    inner()
    return n, inner


n, inner = outer()
print(n, inner(), inner())


def two_levels():
    v = "outer"

    def mid():
        def deep():
            nonlocal v
            v = "deep"

        deep()
        return v

    r = mid()
    return r, v


print(two_levels())


def shadow():
    counter = "local"

    def g():
        global counter
        return counter

    return g(), counter


print(shadow())


# nonlocal binds to the nearest enclosing function scope, skipping class scopes.
def with_class():
    x = "function x"

    class C:
        x = "class x"

        def m(self):
            nonlocal x
            x = "changed by method"
            return x

    C().m()
    return x, C.x


print(with_class())

# global in a class body
class G:
    global counter
    counter = 100


print(counter, hasattr(G, "counter"))
