#!/usr/bin/env python3
"""Runs programs of tests/programs with a built Ferrython and compares them with their
`.expected` files, without building: for checking changes to Lib/ (through FERRYTHON_LIB)
before the next build. The test suite's harness (launcher/tests/programs.rs) stays the judge.

Usage (with the machine's python3):

    python3 tests/tools/check_programs.py [--ferrython BIN] [--lib DIR] NAME_OR_PREFIX ...

Each argument is a program name (`lib_shlex_split`) or a name prefix (`lib_shlex`). Prints
PASS or FAIL with a diff per program; exits 1 when one fails.
"""

import argparse
import difflib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PROGRAMS = os.path.join(ROOT, "tests", "programs")
sys.path.insert(0, HERE)
from gen_program_expected import localize, render  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("names", nargs="+")
    parser.add_argument("--ferrython", default=os.path.join(ROOT, "target", "release", "ferrython"))
    parser.add_argument("--lib", default=os.path.join(ROOT, "Lib"))
    parser.add_argument("--timeout", type=float, default=20)
    args = parser.parse_args()
    every = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    chosen = [n for n in every if any(n == a.removesuffix(".py") or n.startswith(a) for a in args.names)]
    env = dict(os.environ, FERRYTHON_LIB=os.path.abspath(args.lib), RUST_BACKTRACE="0")
    failed = 0
    for name in chosen:
        with open(os.path.join(PROGRAMS, name + ".expected"), encoding="utf-8", newline="") as f:
            expected = f.read()
        try:
            proc = subprocess.run([args.ferrython, name + ".py"], cwd=PROGRAMS, capture_output=True,
                                  stdin=subprocess.DEVNULL, timeout=args.timeout, env=env)
            got = render(localize(proc.stdout.decode("utf-8", "replace")),
                         localize(proc.stderr.decode("utf-8", "replace")), proc.returncode)
        except subprocess.TimeoutExpired:
            got = "timed out\n"
        if got == expected:
            print("PASS", name)
            continue
        failed += 1
        print("FAIL", name)
        sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), got.splitlines(True),
                                                   "expected", "ferrython", n=2))
    print("%d of %d passed" % (len(chosen) - failed, len(chosen)))
    sys.exit(1 if failed or not chosen else 0)


if __name__ == "__main__":
    main()
