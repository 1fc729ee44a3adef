#!/usr/bin/env python3
"""Compares Ferrython's `ast.unparse` and `ast.dump` with CPython 3.12's over a standard library.

Usage (with the machine's python3):

    python3 tests/tools/ast_stdlib_check.py [--ferrython PATH] [--lib DIR]

Ferrython has no `open()` yet, so each source file is first written into a module of a scratch
folder as a string constant (`SRC`); one Ferrython process and one oracle process then import
those modules and print, for each, a checksum of `ast.unparse(tree)` and of
`ast.dump(tree, include_attributes=True, indent=1)`. Every difference is listed. The oracle is
found as in gen_program_expected.py. Also checks that `compile(tree)` works for every tree and
that unparsed text parses back to the same text (Ferrython only).
"""

import argparse
import glob
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_program_expected import oracle_path  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(HERE))

DRIVER = r'''
import ast, sys
sys.path.insert(0, sys.argv[1])
CHECK_COMPILE = sys.argv[2] == "1"


def checksum(text):
    h = 0
    for c in text:
        h = (h * 131 + ord(c)) % 1000000007
    return h


for name in sys.argv[3:]:
    module = __import__(name)
    try:
        tree = ast.parse(module.SRC, module.PATH)
    except SyntaxError:
        print(name, "SyntaxError")
        continue
    text = ast.unparse(tree)
    print(name, checksum(text), checksum(ast.dump(tree, include_attributes=True, indent=1)))
    if CHECK_COMPILE:
        compile(tree, module.PATH, "exec")
        if ast.unparse(ast.parse(text)) != text:
            print(name, "unparse is not stable")
'''


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ferrython", default=os.path.join(
        os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target")), "release", "ferrython"))
    parser.add_argument("--lib", default="/usr/lib/python3.11")
    args = parser.parse_args()
    files = sorted(glob.glob(os.path.join(args.lib, "*.py")) + glob.glob(os.path.join(args.lib, "*", "*.py")))
    with tempfile.TemporaryDirectory(prefix="ferrython-ast-check-") as tmp:
        names = []
        for i, path in enumerate(files):
            try:
                with open(path, encoding="utf-8") as f:
                    text = f.read()
            except (OSError, UnicodeDecodeError):
                continue
            name = "src%04d" % i
            with open(os.path.join(tmp, name + ".py"), "w", encoding="utf-8") as out:
                out.write("PATH = %r\nSRC = %r\n" % (path, text))
            names.append(name)
        driver = os.path.join(tmp, "driver.py")
        with open(driver, "w") as f:
            f.write(DRIVER)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        mine = subprocess.run([args.ferrython, driver, tmp, "1"] + names, capture_output=True, text=True)
        theirs = subprocess.run([oracle_path(), driver, tmp, "0"] + names, capture_output=True, text=True, env=env)
    if mine.returncode or theirs.returncode:
        print("ferrython:", mine.returncode, mine.stderr[-2000:])
        print("oracle:", theirs.returncode, theirs.stderr[-2000:])
        return 1
    ours = dict(line.split(" ", 1) for line in mine.stdout.splitlines() if "stable" not in line)
    differences = 0
    for line in theirs.stdout.splitlines():
        name, result = line.split(" ", 1)
        if ours.get(name) != result:
            differences += 1
            print("differs:", files[int(name[3:])], ours.get(name), "vs", result)
    for line in mine.stdout.splitlines():
        if "stable" in line:
            differences += 1
            print(line)
    print("%d files, %d differences" % (len(names), differences))
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
