# code objects of functions: co_* attributes.
def plain(a, b, c=3):
    d = a + b + c
    return d


def posonly(a, b, /, c, *, d, e=5, **kw):
    return a


def varargs(*args, **kwargs):
    local = 1
    return local


def outer(x):
    y = 2

    def inner(z):
        return x + y + z
    return inner


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


def basename(path):
    return path.replace("\\", "/").rsplit("/", 1)[-1]


for fn in (plain, posonly, varargs, outer, outer(1), gen, coro, agen, lambda q: q):
    co = fn.__code__
    print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
    print("  varnames", co.co_varnames, "freevars", co.co_freevars, "cellvars", co.co_cellvars)
    print("  firstlineno", co.co_firstlineno, "filename", basename(co.co_filename), "nlocals", co.co_nlocals)
flag_names = [(0x1, "OPTIMIZED"), (0x2, "NEWLOCALS"), (0x4, "VARARGS"), (0x8, "VARKEYWORDS"),
              (0x10, "NESTED"), (0x20, "GENERATOR"), (0x80, "COROUTINE"), (0x200, "ASYNC_GENERATOR")]
for fn in (plain, varargs, outer(1), gen, coro, agen):
    flags = fn.__code__.co_flags
    print(fn.__name__, [name for bit, name in flag_names if flags & bit])
print(basename(__file__) if "__file__" in globals() else "no __file__", type(plain.__code__).__name__)
print(plain.__code__ == plain.__code__, plain.__code__.co_name == "plain")
module_code = compile("a = 1", "mod.py", "exec")
print(module_code.co_name, module_code.co_qualname, module_code.co_filename, module_code.co_firstlineno, module_code.co_argcount)
print(compile("lambda: 0", "<s>", "eval").co_name)
