"""Writes tests/parser/error_facts.expected: for each source in tests/parser/error_facts.json, what
CPython 3.12's ast.parse says, one line per case: `ok`, or `Class|msg|lineno|offset|end_lineno|end_offset`.

Run under CPython 3.12:  ../shared/python3.12/python3.12 tests/tools/gen_error_facts.py
"""
import ast
import json
import os
import warnings

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "parser")
with open(os.path.join(here, "error_facts.json"), encoding="utf-8") as f:
    cases = json.load(f)
warnings.simplefilter("ignore")
lines = []
for source in cases:
    try:
        ast.parse(source)
        lines.append("ok")
    except (SyntaxError, MemoryError, RecursionError) as e:
        facts = [type(e).__name__, getattr(e, "msg", str(e))]
        facts += [str(getattr(e, name, None)) for name in ("lineno", "offset", "end_lineno", "end_offset")]
        lines.append("|".join(facts))
with open(os.path.join(here, "error_facts.expected"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
