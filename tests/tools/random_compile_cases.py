"""Writes random small Python programs that stress the compile-stage checks, as a JSON array of
sources, for a differential run against CPython 3.12 (any python3 runs this script):

    python3 tests/tools/random_compile_cases.py --seed 1 --count 5000 /tmp/cases.json
    ../shared/python3.12/python3.12 tests/tools/gen_compile_facts.py --drop-unparsable /tmp/cases.json /tmp/cases.expected
    FERRYTHON_COMPILE_FACTS=/tmp/cases.json:/tmp/cases.expected \\
        cargo test --release -p ferrython-compiler --test compile_facts

Each program nests up to three blocks (functions, async functions, classes, generic definitions,
loops, `with`, `try` with `except`, `except*`, `else` and `finally`, `match`) around statements and
expressions that CPython's later stages reject or warn about in some places and not others:
`return`, `break`, `yield`, `await`, `global`/`nonlocal`, walrus in comprehensions, starred
targets, `__debug__`, repeated keywords, literal comparisons, calls of literals... Several errors
in one program exercise the order of the stages.
"""

import argparse
import json
import random

EXPRS = [
    "x", "[1](2)", "(yield)", "await y", "(q := 1)", "[w for w in v]", "[(q := 2) for w in v]",
    "(w for w in (yield))", "x is 1", "(1, 2)['a']", "lambda: (yield)", "[w async for w in v]",
    "{k: (yield) for k in v}", "f(a=1, a=2)", "__debug__", "1[0]", "*s", "not x is 2",
    "f'{[1](2)}'", "{**d, 1: [2](3)}", "[[w async for w in v] for u in t]",
    "[[await w for w in v] for u in t]", "((await w for w in v) for u in t)",
    "[w for w in (q := v)]", "[w for w in v if (w := 1)]", "(lambda a=(yield): a)",
    "(lambda: [(q := 1) for w in v])", "g(*a, **k, b=[1](2))", "x[1:[2](3)]", "(x, *y)",
    "x if (yield) else y", "super()", "__class__", "-1 is x", "(1,) is x",
    "{w: (q := w) for w in v}", "[w for w in v for u in (yield)]", "(yield from z)",
]
STATEMENTS = [
    "return", "return 1", "return x", "break", "continue", "yield", "x = yield", "await z",
    "yield from z", "global x", "nonlocal x", "x = 1", "print(x)", "x is 1", "[1](2)",
    "assert (x, 1)", "*a, *b = c", "*a = 1", "del x", "x: int = 1", "x: int", "import os",
    "from os import *", "[i := 0 for i in y]", "[(z := 1) for w in v]", "(yield)",
    "lambda: (yield)", "[x async for x in y]", "[await x for x in y]", "(await x for x in y)",
    "f(a=1, a=2)", "__debug__ = 1", "type T = int", "type T = (yield)", "pass", "x += 1",
    "from __future__ import annotations", "global y", "nonlocal y", "y = 2", "def g(x, x): pass",
    "x = {EXPR}", "{EXPR}", "for x in {EXPR}: pass", "while {EXPR}: pass", "with {EXPR}: pass",
    "f({EXPR})", "assert {EXPR}", "x: {EXPR}", "x: {EXPR} = 1", "del x[{EXPR}]",
    "x, *y = {EXPR}", "x = y = {EXPR}", "x[{EXPR}] += {EXPR}", "x.y: {EXPR}",
    "raise {EXPR} from {EXPR}", "return {EXPR}", "type T[U: {EXPR}] = {EXPR}", "nonlocal __x",
    "global __x", "__x = 1", "async for q in {EXPR}: pass", "async with {EXPR}: pass",
    "class K({EXPR}, m={EXPR}): {EXPR}", "def h(*a: {EXPR}, b: {EXPR} = {EXPR}): return {EXPR}",
    "with {EXPR} as (a, *b): pass",
]
HEADERS = [
    "def f(a, b={EXPR}):", "async def f():", "class C({EXPR}):", "for x in {EXPR}:",
    "while {EXPR}:", "with {EXPR} as y:", "async with m as y:", "async for x in m:", "if {EXPR}:",
    "def f[T: {EXPR}]():", "class C[T]:", "def f(p: {EXPR}) -> {EXPR}:", "@{EXPR}\ndef f():",
    "MATCH", "TRY", "LAMBDA",
]
TRY_CLAUSES = [
    ["except E:"], ["except* E:"], ["finally:"], ["except E:", "finally:"],
    ["except* E:", "else:"], ["except E:", "else:", "finally:"],
]
PATTERNS = [
    "1", "a", "_", "[a, a]", "[a] | [b]", "a | 1", "[*a, *b]", "{1: a, 1: b}", "C(a=1, a=2)",
    "f'{x}'", "(a as b)", "{'k': v, **r}", "-1 | 2",
]
PREFIXES = ["", "", "", "from __future__ import annotations\n", "'doc'\n"]


class Generator:
    def __init__(self, seed):
        self.rnd = random.Random(seed)

    def fill(self, template):
        while "{EXPR}" in template:
            template = template.replace("{EXPR}", self.rnd.choice(EXPRS), 1)
        return template

    def block(self, depth, indent):
        lines = []
        for _ in range(self.rnd.randint(1, 3)):
            if depth < 3 and self.rnd.random() < 0.45:
                lines += self.compound(depth, indent)
            else:
                lines.append(indent + self.fill(self.rnd.choice(STATEMENTS)))
        return lines

    def compound(self, depth, indent):
        header = self.rnd.choice(HEADERS)
        inner = indent + " "
        if header == "LAMBDA":
            return [indent + "x = lambda: " + self.rnd.choice(EXPRS)]
        if header == "TRY":
            lines = [indent + "try:"] + self.block(depth + 1, inner)
            for clause in self.rnd.choice(TRY_CLAUSES):
                lines += [indent + clause] + self.block(depth + 1, inner)
            return lines
        if header == "MATCH":
            lines = [indent + "match x:"]
            for _ in range(self.rnd.randint(1, 3)):
                guard = self.rnd.choice(["", " if x"])
                lines.append(f"{inner}case {self.rnd.choice(PATTERNS)}{guard}:")
                lines += self.block(depth + 1, inner + " ")
            return lines
        lines = [indent + line for line in self.fill(header).split("\n")]
        lines += self.block(depth + 1, inner)
        if header.startswith(("for", "while", "if")) and self.rnd.random() < 0.3:
            lines += [indent + "else:"] + self.block(depth + 1, inner)
        return lines

    def program(self):
        return self.rnd.choice(PREFIXES) + "\n".join(self.block(0, "")) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("output")
    args = parser.parse_args()
    generator = Generator(args.seed)
    cases = [generator.program() for _ in range(args.count)]
    with open(args.output, "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(c) for c in cases) + "\n]\n")


if __name__ == "__main__":
    main()
