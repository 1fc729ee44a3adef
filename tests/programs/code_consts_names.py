# More code attributes: co_names, co_consts containing nested code, replace(), per-function flags.
G = 10


def uses_globals(a):
    return len(str(a)) + G


print(uses_globals.__code__.co_names)
print(uses_globals.__code__.co_varnames)


def has_doc():
    "the docstring"
    return None


print(has_doc.__doc__, has_doc.__code__.co_consts[0])


def nested_code():
    def child():
        pass
    return child


consts = nested_code.__code__.co_consts
codes = [c for c in consts if type(c).__name__ == "code"]
print(len(codes), codes[0].co_name, codes[0].co_qualname)


def kw(a, *, b):
    return a + b


new_code = kw.__code__.replace(co_name="renamed")
print(new_code.co_name, kw.__code__.co_name, new_code.co_kwonlyargcount)


def varnames_order(p1, p2, *rest, k1, k2=0, **opts):
    local1 = 1
    for local2 in range(1):
        pass
    return local1


print(varnames_order.__code__.co_varnames)
print(varnames_order.__code__.co_argcount, varnames_order.__code__.co_kwonlyargcount)


class C:
    def method(self):
        return __class__

    def other(self):
        return 1


print(C.method.__code__.co_freevars, C.other.__code__.co_freevars, C.method.__code__.co_qualname)
print(nested_code().__code__.co_qualname)
