"""Writes tests/parser/compile_facts.expected: for each source in tests/parser/compile_facts.json,
what CPython 3.12's compile(source, 'f.py', 'exec') says, one line per case:

    RESULT[<TAB>W|LINENO|MESSAGE]...

RESULT is `ok`, or `Class|msg|lineno|offset|end_lineno|end_offset` for the SyntaxError raised;
each `W|...` field is a SyntaxWarning emitted before it, in order (duplicates included).

Every case must parse (`ast.parse`): the file is about the checks made after parsing. A case that
does not parse is reported and the script fails.

Run under CPython 3.12:  ../shared/python3.12/python3.12 tests/tools/gen_compile_facts.py

Other case files: `gen_compile_facts.py [--drop-unparsable] CASES.json EXPECTED` writes EXPECTED
for CASES.json (with `--drop-unparsable`, cases that do not parse are removed from CASES.json
instead of failing the run); `FERRYTHON_COMPILE_FACTS=CASES.json:EXPECTED` then points the Rust
test (interpreter/compiler/tests/compile_facts.rs) at them. tests/tools/random_compile_cases.py
makes such files.
"""
import ast
import json
import os
import sys
import warnings

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "parser")
args = sys.argv[1:]
drop_unparsable = "--drop-unparsable" in args
args = [a for a in args if a != "--drop-unparsable"]
cases_path, expected_path = args if args else (os.path.join(here, "compile_facts.json"), os.path.join(here, "compile_facts.expected"))
with open(cases_path, encoding="utf-8") as f:
    cases = json.load(f)
if drop_unparsable:
    kept = []
    for source in cases:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                ast.parse(source)
            except (SyntaxError, MemoryError, RecursionError):
                continue
        kept.append(source)
    cases = kept
    with open(cases_path, "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(c) for c in cases) + "\n]\n")

lines = []
unparsable = []
for source in cases:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(source)
        except SyntaxError as e:
            unparsable.append((source, e.msg))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(source, "f.py", "exec")
            result = "ok"
        except SyntaxError as e:
            facts = [type(e).__name__, e.msg]
            facts += [str(getattr(e, name, None)) for name in ("lineno", "offset", "end_lineno", "end_offset")]
            result = "|".join(facts)
    fields = [result]
    for w in caught:
        if w.category is SyntaxWarning:
            fields.append(f"W|{w.lineno}|{w.message}")
    lines.append("\t".join(fields))

if unparsable:
    for source, msg in unparsable:
        print(f"does not parse ({msg}): {source!r}", file=sys.stderr)
    sys.exit(1)
with open(expected_path, "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
print(f"{len(lines)} cases")
