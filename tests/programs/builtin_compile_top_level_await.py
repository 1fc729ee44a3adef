# compile() with ast.PyCF_ALLOW_TOP_LEVEL_AWAIT: await, async for, async with and asynchronous
# comprehensions at the top level make a module whose code is a coroutine's; eval() and exec()
# of it, and FunctionType over it, give a coroutine (driven here by hand, without asyncio).
import ast
import types

CO_COROUTINE = 0x80


class Ready:
    """An awaitable that completes at once with its value."""
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value
        yield


class Lock:
    async def __aenter__(self):
        print("enter")
        return self

    async def __aexit__(self, *exc):
        print("exit")


async def arange(n):
    for i in range(n):
        yield i


def run(coroutine):
    try:
        coroutine.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("the coroutine suspended")


samples = [
    "a = await Ready(1)",
    "async for i in arange(2):\n    a = i",
    "async with Lock() as l:\n    a = 1",
    "a = [x async for x in arange(2)][1]",
    "a = 1 in {x async for x in arange(2)}",
    "a = {x: 1 async for x in arange(1)}[0]",
    "a = [x async for x in arange(2) async for x in arange(2)][1]",
    "a = [x async for x in (x async for x in arange(5))][1]",
    "a, = [1 for x in {x async for x in arange(1)}]",
    "a = [await Ready(x) async for x in arange(2)][1]",
]
for mode in ("exec", "single"):
    for source in samples:
        try:
            compile(source, "?", mode)
        except SyntaxError as e:
            print("plain:", e.msg)
        code = compile(source, "?", mode, flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        print(mode, repr(source), code.co_flags & CO_COROUTINE == CO_COROUTINE)
        namespace = {"Ready": Ready, "Lock": Lock, "arange": arange, "a": 0}
        coroutine = eval(code, namespace)
        print(" ", type(coroutine).__name__, coroutine.__name__, run(coroutine), namespace["a"])
        namespace = {"Ready": Ready, "Lock": Lock, "arange": arange, "a": 0}
        print(" ", run(types.FunctionType(code, namespace)()), namespace["a"])

# Nothing asynchronous at the top level: plain module code.
for source in ["def f(): pass", "[x for x in l]", "{x for x in l}", "(x for x in l)", "{x: x for x in l}",
               "async def f(): await x", "g = (await x for x in y)"]:
    code = compile(source, "?", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    print(repr(source), code.co_flags & CO_COROUTINE)

# The flag is for the top level only.
for source in ["def f(): await x", "def f(): [x async for x in y]", "def f():\n async for x in y: pass",
               "def f():\n async with x: pass", "class C:\n await x", "lambda: await x"]:
    try:
        compile(source, "?", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    except SyntaxError as e:
        print(repr(source), "SyntaxError:", e.msg, e.lineno)

# eval mode gives the value; separate locals receive the assignments.
code = compile("await Ready(5) * 2", "?", "eval", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(code.co_flags & CO_COROUTINE, run(eval(code, {"Ready": Ready})))
g, l = {"Ready": Ready}, {}
run(eval(compile("x = await Ready(7)", "?", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT), g, l))
print(l, "x" in g)

# A function made from module code runs with its globals as locals.
namespace = {"b": 1}
types.FunctionType(compile("a = b + 1\ndel b", "?", "exec"), namespace)()
print(sorted(k for k in namespace if k != "__builtins__"), namespace["a"])
