#!/usr/bin/env python3
"""Regenerates the expected results of the program corpus (tests/programs) with CPython 3.12.

Usage (with the machine's python3, any 3.8 or later):

    python3 tests/tools/gen_program_expected.py [-j N] [--native-check] [NAME ...]

With no NAME every `tests/programs/*.py` is run; with names (`stmt_for_else` or
`stmt_for_else.py`) only those. Each program is run by the oracle as `python3.12 NAME.py` with cwd
`tests/programs`, N at a time (default 4), and `NAME.expected` is written beside it:

    --- stdout
    <stdout, as printed>
    --- stderr
    <stderr, as printed>
    --- exit 1

A section header ends in ` (no newline at end)` when its text is not empty and does not end in a
newline; an empty text is no lines at all. CPython names the script by its absolute path in
tracebacks; the absolute path of `tests/programs` is written as `$DIR` (the harness
`launcher/tests/programs.rs` puts its own path back).

Programs named `thread_*` start threads and programs named `process_*` start processes, which the
WebAssembly build cannot: they are run by the machine's `python3` (CPython 3.11) instead, so keep
them to behaviour 3.11 and 3.12 share. So are the programs named `asyncio_*`: the oracle's asyncio
is Pyodide's, whose loop cannot run under node (its `asyncio.run` needs WebAssembly stack
switching, and the standard selector loop fails to make its socket pair), and the programs named
`decimal_*`: the oracle has no `decimal` (Pyodide leaves out `_pydecimal`), and the programs named
`exit_*`, about what runs as the interpreter ends (the finalizers of `__main__`'s objects): the
oracle exits without finalizing the interpreter.

The oracle is `$FERRYTHON_ORACLE`, else `shared/python3.12/python3.12` beside the repository or one
of its parent folders: CPython 3.12.7 built for WebAssembly and run by node (about 2 s per start; it
cuts piped stdout at 64 KiB, so results travel through files). A run that crashes the oracle
(node's stack overflow, "Pyodide has suffered a fatal error") or takes longer than the time limit
is reported and gets no expected file; the script then exits with status 1.

Each program is run twice (`--runs N`) and the runs must agree; when they do not, a third run
decides (the oracle once printed nothing at all for a program, with exit status 0). Every program
prints something to stdout, so an empty stdout is also reported as a problem.

`--native-check` also runs every program twice under the machine's `python3` (3.11 here) with two
different PYTHONHASHSEED values: a difference between those two runs means the program is not
deterministic (string hashes, set orders) and is an error; a difference between python3 and the
oracle is only listed (3.11 and 3.12 differ in places; 3.12 is the target).
"""

import argparse
import concurrent.futures
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PROGRAMS = os.path.join(ROOT, "tests", "programs")
PLACEHOLDER = "$DIR"
SECTIONS = ("--- stdout", "--- stderr", "--- exit")
NO_NEWLINE = " (no newline at end)"
CRASH_SIGNS = [
    "Maximum call stack size exceeded",
    "RangeError",
    "Pyodide has suffered a fatal error",
    "FATAL ERROR",
    "Aborted(",
    "JavaScript heap",
    "Fatal Python error",
]
# Output that would make a program non-deterministic or platform-dependent.
FORBIDDEN = [" at 0x", " object at "]


def oracle_path():
    env = os.environ.get("FERRYTHON_ORACLE")
    if env:
        return env
    d = ROOT
    while True:
        candidate = os.path.join(d, "shared", "python3.12", "python3.12")
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(d)
        if parent == d:
            sys.exit("no oracle: set FERRYTHON_ORACLE or put shared/python3.12/python3.12 beside the repository")
        d = parent


# The programs the oracle cannot run (threads, processes, asyncio's loop), by name prefix.
NATIVE_PREFIXES = ("thread_", "process_", "asyncio_", "decimal_", "exit_")


def native_python():
    """The machine's CPython (for programs that need threads or processes)."""
    return os.environ.get("FERRYTHON_NATIVE_PYTHON", "python3")


def run(cmd, name, tmp, tag, timeout, env=None):
    """Runs `cmd NAME.py` in tests/programs; returns (stdout, stderr, code) as text."""
    out_path = os.path.join(tmp, "%s.%s.out" % (name, tag))
    err_path = os.path.join(tmp, "%s.%s.err" % (name, tag))
    with open(out_path, "wb") as o, open(err_path, "wb") as e:
        try:
            proc = subprocess.run(cmd + [name + ".py"], cwd=PROGRAMS, stdout=o, stderr=e,
                                  stdin=subprocess.DEVNULL, timeout=timeout, env=env)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            code = None
    with open(out_path, "rb") as o, open(err_path, "rb") as e:
        out, err = o.read(), e.read()
    return out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), code


def localize(text):
    for d in {PROGRAMS, os.path.realpath(PROGRAMS)}:
        text = text.replace(d, PLACEHOLDER)
    return text


def section(header, text):
    if text and not text.endswith("\n"):
        return "%s%s\n%s\n" % (header, NO_NEWLINE, text)
    return "%s\n%s" % (header, text)


def render(out, err, code):
    return section("--- stdout", out) + section("--- stderr", err) + "--- exit %d\n" % code


def problems_of(name, out, err, code):
    problems = []
    if code is None:
        return ["timed out"]
    if code == "unstable":
        return ["the oracle gave different results on each run"]
    if not out:
        problems.append("no stdout (every program prints something; the oracle may have lost it)")
    for sign in CRASH_SIGNS:
        if sign in err:
            problems.append("the oracle crashed (%s)" % sign)
            break
    for line in (out + "\n" + err).split("\n"):
        if line.startswith(SECTIONS):
            problems.append("output line clashes with the expected-file format: %r" % line)
    for bad in FORBIDDEN:
        if bad in out or bad in err:
            problems.append("output holds %r (an address)" % bad)
    if len(out.encode()) >= 60000:
        problems.append("stdout is %d bytes, near the oracle's 64 KiB pipe limit" % len(out.encode()))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="programs to regenerate (default: all)")
    parser.add_argument("-j", "--jobs", type=int, default=4, help="oracle processes at a time (default 4)")
    parser.add_argument("--timeout", type=int, default=300, help="seconds per oracle run (default 300)")
    parser.add_argument("--runs", type=int, default=2,
                        help="oracle runs per program that must agree (default 2; a third run settles a difference)")
    parser.add_argument("--native-check", action="store_true",
                        help="also run python3 twice (two hash seeds) and compare")
    args = parser.parse_args()

    all_names = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))
    if args.names:
        names = [n[:-3] if n.endswith(".py") else n for n in args.names]
        missing = [n for n in names if n not in all_names]
        if missing:
            sys.exit("no such program: " + ", ".join(missing))
    else:
        names = all_names
        stale = sorted(f[:-9] for f in os.listdir(PROGRAMS) if f.endswith(".expected") and f[:-9] not in all_names)
        for n in stale:
            os.remove(os.path.join(PROGRAMS, n + ".expected"))
            print("%s: no program, removed %s.expected" % (n, n))
    oracle = oracle_path()
    failed = []
    differs = []
    with tempfile.TemporaryDirectory(prefix="ferrython-programs-") as tmp:
        def one(name):
            oracle_for = native_python() if name.startswith(NATIVE_PREFIXES) else oracle
            results = [run([oracle_for], name, tmp, "oracle%d" % i, args.timeout) for i in range(args.runs)]
            out, err, code = results[0]
            if any(r != results[0] for r in results[1:]):
                # A flaky oracle run (it once printed nothing at all): one more run decides.
                extra = run([oracle_for], name, tmp, "oracle-extra", args.timeout)
                agreeing = [r for r in results if r == extra]
                out, err, code = extra if agreeing else ("", "", "unstable")
            native = None
            if args.native_check:
                env1 = dict(os.environ, PYTHONHASHSEED="1")
                env2 = dict(os.environ, PYTHONHASHSEED="2")
                native = (run(["python3"], name, tmp, "n1", 60, env1), run(["python3"], name, tmp, "n2", 60, env2))
            return name, out, err, code, native

        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for name, out, err, code, native in pool.map(one, names):
                out, err = localize(out), localize(err)
                problems = problems_of(name, out, err, code)
                if native is not None:
                    (o1, e1, c1), (o2, e2, c2) = native
                    if (o1, e1, c1) != (o2, e2, c2):
                        problems.append("python3 gives different results under two hash seeds")
                    elif (localize(o1), localize(e1), c1) != (out, err, code):
                        differs.append(name)
                if problems:
                    failed.append(name)
                    print("%s: PROBLEM: %s" % (name, "; ".join(problems)))
                    continue
                path = os.path.join(PROGRAMS, name + ".expected")
                text = render(out, err, code)
                old = None
                if os.path.exists(path):
                    with open(path, encoding="utf-8", newline="") as f:
                        old = f.read()
                if old != text:
                    with open(path, "w", encoding="utf-8", newline="\n") as f:
                        f.write(text)
                    print("%s: %s (exit %d)" % (name, "written" if old is None else "CHANGED", code))
    print("%d programs run, %d problems" % (len(names), len(failed)))
    if differs:
        print("python3 (%s) differs from the oracle on: %s" % (
            subprocess.run(["python3", "-c", "import sys; print(sys.version.split()[0])"],
                           capture_output=True, text=True).stdout.strip(), " ".join(differs)))
    if failed:
        print("problems: " + " ".join(failed))
        sys.exit(1)


if __name__ == "__main__":
    main()
