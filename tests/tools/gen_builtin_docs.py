#!/usr/bin/env python3
"""Records CPython 3.12's docstrings and text signatures of the builtins into
interpreter/vm/src/builtins/docs.txt, which the VM embeds (`builtins::docs`): `len.__doc__`,
`list.append.__text_signature__` and the like are facts of CPython's behaviour that help(),
pydoc and inspect.signature show.

Run with the machine's python3; it runs this same file under the 3.12 oracle to read them:

    python3 tests/tools/gen_builtin_docs.py

Each record is a line `== KEY`, then `sig: SIGNATURE` when there is one (a signature of
several lines continues in `sig+ ` lines), then the docstring's lines. KEY is a builtin function's name (`len`), a type's qualified name (`int`), a type's
attribute (`int.__add__`), or a module-level function of a native module (`math.sqrt`).
"""

import os
import subprocess
import sys

ORACLE = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "python3.12", "python3.12")
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "interpreter", "vm", "src", "builtins", "docs.txt")

# Native modules whose functions get their docstrings from the table.
MODULES = ["math", "itertools", "time", "gc", "sys", "marshal", "atexit", "unicodedata", "zlib", "errno",
           "binascii", "array", "select", "_thread", "_weakref", "_warnings", "_struct", "_random", "_io",
           "_codecs", "_imp", "posix", "signal"]
# Types that are not in builtins but are builtin all the same (types.FunctionType ...).
TYPES = ["FunctionType", "CodeType", "MappingProxyType", "SimpleNamespace", "GeneratorType", "CoroutineType",
         "AsyncGeneratorType", "MethodType", "BuiltinFunctionType", "WrapperDescriptorType",
         "MethodWrapperType", "MethodDescriptorType", "ClassMethodDescriptorType", "ModuleType",
         "TracebackType", "FrameType", "GetSetDescriptorType", "MemberDescriptorType", "CellType",
         "NoneType", "NotImplementedType", "EllipsisType", "GenericAlias", "UnionType"]
# Types of native modules that CPython places in another module (`_collections.deque` says
# it is `collections.deque`), by the native module that holds them.
PLACED_TYPES = {"_collections": ["deque", "_deque_iterator", "_deque_reverse_iterator"]}


def collect():
    import builtins
    import importlib
    import types

    records = {}

    def add(key, obj):
        doc = getattr(obj, "__doc__", None)
        sig = getattr(obj, "__text_signature__", None)
        if not isinstance(doc, str) and sig is None:
            return
        records[key] = (sig, doc if isinstance(doc, str) else "")

    def add_type(cls):
        add(cls.__qualname__, cls)
        for attr, value in vars(cls).items():
            if attr == "__doc__" or isinstance(value, (str, int, float, tuple, type(None))):
                continue
            if isinstance(value, (staticmethod, classmethod)):
                # The function it wraps (`str.maketrans`), not the wrapper type's docstring.
                value = getattr(cls, attr)
            add(cls.__qualname__ + "." + attr, value)

    for name in dir(builtins):
        obj = getattr(builtins, name)
        if isinstance(obj, type):
            add_type(obj)
        elif callable(obj) and type(obj).__name__ == "builtin_function_or_method":
            add(name, obj)
    for name in TYPES:
        add_type(getattr(types, name))
    for module_name in MODULES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        for name, obj in vars(module).items():
            if type(obj).__name__ == "builtin_function_or_method":
                add(module_name + "." + name, obj)
            elif isinstance(obj, type) and obj.__module__ == module_name:
                add_type(obj)
    for module_name, names in PLACED_TYPES.items():
        module = importlib.import_module(module_name)
        for name in names:
            add_type(getattr(module, name))
    return records


def write(records):
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# CPython 3.12's docstrings of the builtins: see tests/tools/gen_builtin_docs.py.\n")
        for key in sorted(records):
            sig, doc = records[key]
            lines = doc.split("\n")
            assert not any(line.startswith("== ") for line in lines), key
            out.write("== " + key + "\n")
            if sig is not None:
                # A signature may span lines (`open`'s): the lines after the first are `sig+ `
                # lines.
                first, *more = sig.split("\n")
                out.write("sig: " + first + "\n")
                out.writelines("sig+ " + line + "\n" for line in more)
            assert not lines[0].startswith(("sig: ", "sig+ ")), key
            out.write(doc + "\n")


if __name__ == "__main__":
    import json
    import tempfile

    if sys.version_info[:2] == (3, 12):
        # The oracle writes to a file: its stdout comes through a pipe in pieces.
        with open(sys.argv[1], "w", encoding="utf-8") as out:
            json.dump(collect(), out)
    else:
        with tempfile.TemporaryDirectory() as scratch:
            path = os.path.join(scratch, "docs.json")
            subprocess.run([ORACLE, os.path.abspath(__file__), path], check=True)
            with open(path, encoding="utf-8") as f:
                records = {key: tuple(value) for key, value in json.load(f).items()}
        write(records)
        print(len(records), "records written to", os.path.normpath(OUT))
