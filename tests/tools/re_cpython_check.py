#!/usr/bin/env python3
"""Compares Ferrython's `re` with the machine's CPython on the simple checks of CPython's own
test_re.py (read from the local CPython install, never copied into this repository).

Usage: python3 tests/tools/re_cpython_check.py [FERRYTHON_BINARY]

Every call `self.assertEqual(A, B)`, `assertIsNone(A)`, `assertTrue(A)`... in test_re.py whose
first argument A uses `re.` and no test-local names is evaluated by both interpreters (with
FERRYTHON_LIB pointing at this checkout's Lib/); the result's repr, or the exception's type and
message, must agree. Differences are listed, then counted.
"""

import ast
import os
import subprocess
import sys
import sysconfig
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ASSERTS = {"assertEqual", "assertIsNone", "assertTrue", "assertFalse", "assertIsNotNone", "assertRaises"}
ALLOWED_NAMES = {"re", "str", "bytes", "len", "list", "tuple", "chr", "ord", "int", "range", "bytearray",
                 "memoryview", "True", "False", "None", "map", "sorted", "set", "dict"}

PROBE_HEAD = """import re
def show(text):
    try:
        value = eval(text)
        if isinstance(value, (re.Pattern, re.Match)) or hasattr(value, '__next__'):
            value = repr(value) if not hasattr(value, '__next__') else [repr(m) for m in value]
        print(repr(value))
    except Exception as e:
        print(type(e).__name__, str(e))
"""


def expressions(source):
    """The first arguments of the simple assertions."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in ASSERTS or not node.args:
            continue
        arg = node.args[0]
        if node.func.attr == "assertRaises":
            if len(node.args) < 3:
                continue
            arg = ast.Call(func=node.args[1], args=node.args[2:], keywords=node.keywords)
        text = ast.unparse(arg)
        names = {n.id for n in ast.walk(arg) if isinstance(n, ast.Name)}
        if "re" in names and names <= ALLOWED_NAMES and "re." in text:
            found.append(text)
    return list(dict.fromkeys(found))


def run(command, probe, env=None):
    result = subprocess.run(command + [probe], capture_output=True, text=True, env=env, timeout=600)
    return result.stdout.splitlines()


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "ferrython")
    test_file = os.path.join(sysconfig.get_paths()["stdlib"], "test", "test_re.py")
    with open(test_file, encoding="utf-8") as f:
        cases = expressions(f.read())
    with tempfile.TemporaryDirectory() as folder:
        probe = os.path.join(folder, "probe.py")
        with open(probe, "w", encoding="utf-8") as f:
            f.write(PROBE_HEAD)
            for text in cases:
                f.write("show(%r)\n" % text)
        expected = run([sys.executable], probe)
        env = dict(os.environ, FERRYTHON_LIB=os.path.join(ROOT, "Lib"))
        actual = run([binary], probe, env)
    differ = 0
    for i, text in enumerate(cases):
        want = expected[i] if i < len(expected) else "<missing>"
        got = actual[i] if i < len(actual) else "<missing>"
        if want != got:
            differ += 1
            print("%s\n    python3:   %s\n    ferrython: %s" % (text, want, got))
    print("%d checks, %d differ" % (len(cases), differ))
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
