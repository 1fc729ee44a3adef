# `__module__`: builtin types name 'builtins' but their instances have none (AttributeError),
# `open` is `_io.open`, functions and classes name their module, method wrappers have none.
import io


def attempt(source):
    try:
        result = repr(eval(source))
    except Exception as e:
        result = f"{type(e).__name__}: {e}"
    print(source, "=>", result)


class A:
    pass


CASES = [
    "open.__module__", "io.open.__module__", "open is io.open", "open.__self__.__name__",
    "open.__name__", "open.__qualname__", "print.__module__", "len.__module__", "len.__self__.__name__",
    "(1).__module__", "'a'.__module__", "[].__module__", "{}.__module__", "(1.5).__module__",
    "b''.__module__", "object().__module__", "None.__module__", "True.__module__", "1j.__module__",
    "range(3).__module__", "slice(1).__module__", "frozenset().__module__", "set().__module__",
    "(1,).__module__", "bytearray().__module__", "memoryview(b'').__module__", "property().__module__",
    "ValueError().__module__", "iter([]).__module__", "(x for x in []).__module__",
    "NotImplemented.__module__", "Ellipsis.__module__", "int.__add__.__module__", "(1).__add__.__module__",
    "[].append.__module__", "list.append.__module__", "{}.keys().__module__", "zip().__module__",
    "map(len, []).__module__", "enumerate([]).__module__",
    "int.__module__", "bool.__module__", "type(None).__module__", "ValueError.__module__",
    "type.__module__", "object.__module__", "'__module__' in int.__dict__", "'__module__' in A.__dict__",
    "io.StringIO().__module__", "io.StringIO.__module__", "(lambda: 0).__module__", "A().__module__", "A.__module__",
    "classmethod(len).__module__", "staticmethod(len).__module__",
    "repr(int)", "repr(ValueError)", "repr(io.StringIO)", "repr(A)[:16]",
]
for case in CASES:
    attempt(case)
