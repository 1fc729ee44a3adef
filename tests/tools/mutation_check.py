"""Differential check of syntax errors on mutated source: takes short runs of lines from the
machine's CPython stdlib at run time (nothing is copied into the repository), damages each a little
(a character deleted, a token inserted, a span cut), and compares CPython 3.12's SyntaxError facts
(`Class|msg|lineno|offset|end_lineno|end_offset`, or `ok`) with Ferrython's.

Usage (from the workspace root, after `cargo build --release --examples -p ferrython-parser`):
    python3 tests/tools/mutation_check.py [--seed N] [--count N] [--show N]

It runs the oracle (../shared/python3.12/python3.12 or $FERRYTHON_ORACLE) once over all cases and
the `error_facts` example once, in a temporary folder, and prints how many cases differ.
"""

import argparse
import glob
import json
import os
import random
import subprocess
import sys
import sysconfig
import tempfile

INSERTIONS = [
    "(", ")", "[", "]", "{", "}", ":", ",", "=", "==", ".", '"', "'", 'f"{', '}"', "lambda", "if", "else",
    "for", "in", "not", "*", "**", "/", "\\", "\n", "    ", "\t", "#", "@", "->", ":=", "0x", "1_", "async",
    "await", "yield", "return", "del", "import", "from", "as", "try", "except", "class", "def", "match",
    "case", "type", "!", 'f"', "'''", '"""', "$", "?", "\u20ac", "\u00a0",
]

ORACLE_SCRIPT = r'''
import ast, json, sys, warnings
warnings.simplefilter("ignore")
cases = json.load(open(sys.argv[1], encoding="utf-8"))
out = []
for source in cases:
    try:
        # Bytes, as Ferrython reads the files: coding declarations count.
        ast.parse(source.encode("utf-8", "surrogatepass"))
        out.append("ok")
    except (SyntaxError, MemoryError, RecursionError) as e:
        facts = [type(e).__name__, getattr(e, "msg", str(e))]
        facts += [str(getattr(e, n, None)) for n in ("lineno", "offset", "end_lineno", "end_offset")]
        out.append("|".join(facts))
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
'''


def mutated_cases(seed, count):
    rng = random.Random(seed)
    stdlib = sysconfig.get_paths()["stdlib"]
    files = [f for f in glob.glob(os.path.join(stdlib, "**", "*.py"), recursive=True) if "site-packages" not in f]
    cases = []
    while len(cases) < count:
        try:
            with open(rng.choice(files), encoding="utf-8") as f:
                lines = f.read().split("\n")
        except (OSError, UnicodeDecodeError):
            continue
        start = rng.randrange(len(lines))
        chunk = "\n".join(lines[start:start + rng.randint(1, 8)])
        if not chunk.strip():
            continue
        for _ in range(rng.randint(1, 2)):
            at = rng.randrange(len(chunk) + 1)
            roll = rng.random()
            if roll < 0.4 and chunk:
                chunk = chunk[:at] + chunk[at + 1:]
            elif roll < 0.8:
                chunk = chunk[:at] + rng.choice(INSERTIONS) + chunk[at:]
            else:
                a, b = sorted((at, rng.randrange(len(chunk) + 1)))
                chunk = chunk[:a] + chunk[b:]
        cases.append(chunk)
    return cases


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--show", type=int, default=20)
    args = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    oracle = os.environ.get("FERRYTHON_ORACLE") or os.path.join(root, "..", "shared", "python3.12", "python3.12")
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(root, "target")
    facts_tool = os.path.join(target, "release", "examples", "error_facts")
    cases = mutated_cases(args.seed, args.count)
    with tempfile.TemporaryDirectory() as tmp:
        cases_file = os.path.join(tmp, "cases.json")
        with open(cases_file, "w", encoding="utf-8") as f:
            json.dump(cases, f)
        script = os.path.join(tmp, "oracle.py")
        with open(script, "w", encoding="utf-8") as f:
            f.write(ORACLE_SCRIPT)
        expected_file = os.path.join(tmp, "expected.txt")
        subprocess.run([oracle, script, cases_file, expected_file], check=True)
        with open(expected_file, encoding="utf-8") as f:
            expected = f.read().split("\n")
        paths = []
        for i, source in enumerate(cases):
            path = os.path.join(tmp, f"{i}.py")
            with open(path, "w", encoding="utf-8") as f:
                f.write(source)
            paths.append(path)
        got = subprocess.run([facts_tool] + paths, capture_output=True, text=True, check=True).stdout.split("\n")
    differ = [(s, e, g) for s, e, g in zip(cases, expected, got) if e != g]
    errors = sum(1 for e in expected[: len(cases)] if e != "ok")
    print(f"{len(differ)} of {len(cases)} cases differ ({errors} are errors in CPython 3.12)")
    for source, want, have in differ[: args.show]:
        print(repr(source[:160]))
        print("   want", want)
        print("   got ", have)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
