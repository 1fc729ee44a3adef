#!/usr/bin/env python3
"""Originality gate for the Python files of Lib/: compares each one with the file of the same
path in the machine's CPython standard library and fails when they share long runs of lines.

Usage (with the machine's python3):

    python3 tests/tools/check_originality.py [--max-run N] Lib/shlex.py Lib/csv.py ...

For each file it prints the runs of 3 or more consecutive identical lines (compared stripped,
blank lines left out) and how many of its lines longer than 25 characters also occur in
CPython's file. It exits 1 when a run is longer than N lines (default 4): the project writes
its own modules, and a long identical run means one was reproduced rather than written.
(Short runs happen by themselves: `else:` / `return None` / `raise`.)
"""

import argparse
import difflib
import os
import sys
import sysconfig


def code_lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return [line.strip() for line in f if line.strip()]


def counterpart(path, stdlib):
    """CPython's file for `path` (a path under some `Lib/`), or None."""
    parts = os.path.normpath(os.path.abspath(path)).split(os.sep)
    if "Lib" not in parts:
        return None
    rel = parts[len(parts) - 1 - parts[::-1].index("Lib") + 1:]
    theirs = os.path.join(stdlib, *rel)
    return theirs if os.path.isfile(theirs) else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="+")
    parser.add_argument("--max-run", type=int, default=4)
    args = parser.parse_args()
    stdlib = sysconfig.get_paths()["stdlib"]
    failed = False
    for path in args.files:
        theirs = counterpart(path, stdlib)
        if theirs is None:
            print("%s: no CPython counterpart" % path)
            continue
        a, b = code_lines(theirs), code_lines(path)
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        runs = [m for m in matcher.get_matching_blocks() if m.size >= 3]
        long_theirs = {line for line in a if len(line) > 25}
        same_long = sum(1 for line in b if len(line) > 25 and line in long_theirs)
        longest = max((m.size for m in runs), default=0)
        print("%s: %d lines; %d runs of 3+ identical lines (longest %d); %d identical long lines"
              % (path, len(b), len(runs), longest, same_long))
        for m in runs:
            print("  run of %d: %s" % (m.size, " | ".join(b[m.b:m.b + m.size])[:240]))
        failed |= longest > args.max_run
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
