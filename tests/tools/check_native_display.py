#!/usr/bin/env python3
"""Lists the error cases whose expected output may not be what a native CPython prints.

The expected files of tests/parser/errors come from the CPython 3.12 oracle, which is CPython
built for WebAssembly. Its launcher (run.mjs) compiles the file with `compile(bytes, path, "exec")`
and prints the error with the `traceback` module. A native `python3.12 FILE` reads the file with
its own file reader and prints a SyntaxError with C code (pythonrun.c) instead. Both are the same
in most cases, not all.

No native CPython 3.12 is at hand, so this script runs the machine's `python3` (any version) both
ways on every case: natively (`python3 FILE`) and the oracle's way (compile + traceback module),
and prints the cases where the two differ, with both outputs. The messages of an older Python
differ from 3.12's; what matters is whether the two renderings of the same Python agree.

Usage: python3 tests/tools/check_native_display.py [SUBSTRING]
"""

import io
import os
import subprocess
import sys
import traceback
import warnings

ERR_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "parser", "errors")


def oracle_way(path):
    with open(path, "rb") as f:
        source = f.read()
    err = io.StringIO()
    saved = sys.stderr
    sys.stderr = err
    try:
        with warnings.catch_warnings():
            try:
                compile(source, path, "exec")
            except BaseException as e:  # noqa: BLE001
                traceback.print_exception(type(e), e, None)
    finally:
        sys.stderr = saved
    return err.getvalue()


def main():
    only = sys.argv[1] if len(sys.argv) > 1 else ""
    differing = []
    for name in sorted(os.listdir(ERR_DIR)):
        if not name.endswith(".py") or only not in name:
            continue
        path = os.path.join(ERR_DIR, name)
        native = subprocess.run([sys.executable, path], capture_output=True, cwd=ERR_DIR)
        native_err = native.stderr.decode("utf-8", "backslashreplace")
        mine = oracle_way(path)
        if native_err != mine:
            differing.append(name[:-3])
            print("===== %s\n--- native %s\n%s--- compile() + traceback module\n%s" % (
                name, sys.version.split()[0], native_err, mine))
    print("%d case(s) render differently: %s" % (len(differing), " ".join(differing)))


if __name__ == "__main__":
    main()
