"""The stdlib compile oracle: run under CPython 3.12, writes what `compile()` says about every
`.py` file of a stdlib folder after parsing, one line per file, to OUTPUT_FILE.

Usage: python3.12 stdlib_compile_oracle.py STDLIB_DIR OUTPUT_FILE

Walks STDLIB_DIR as stdlib_oracle.py does (skipping `site-packages` and `__pycache__`). For each
file the line is `RELATIVE_PATH<TAB>RESULT[<TAB>W|LINENO|MESSAGE]...`, where RESULT is
`unparsable` when `ast.parse` rejects the file (the parser's business, not the compiler's), else
`ok` or `Class|msg|lineno|offset|end_lineno|end_offset` for the error `compile(source, path,
'exec')` raises; the `W|...` fields are the SyntaxWarnings compile emits after parsing, in order.
"""

import ast
import os
import sys
import warnings

SKIP_DIRS = {"site-packages", "__pycache__"}


def stdlib_files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS)
        for name in sorted(filenames):
            if name.endswith(".py"):
                yield os.path.join(dirpath, name)


def examine(path):
    try:
        with open(path, "rb") as f:
            source = f.read()
        with warnings.catch_warnings(record=True) as parser_warnings:
            warnings.simplefilter("always")
            ast.parse(source, path)
    except Exception:
        return ["unparsable"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(source, path, "exec")
            result = "ok"
        except SyntaxError as e:
            facts = [type(e).__name__, e.msg]
            facts += [str(getattr(e, name, None)) for name in ("lineno", "offset", "end_lineno", "end_offset")]
            result = "|".join(facts)
        except Exception as e:  # RecursionError, MemoryError...
            result = f"{type(e).__name__}|{e}"
    fields = [result]
    # compile() parses again: its first warnings are the parser's.
    for w in caught[len(parser_warnings):]:
        if w.category is SyntaxWarning:
            fields.append(f"W|{w.lineno}|{w.message}")
    return fields


def main():
    if len(sys.argv) != 3:
        print("usage: stdlib_compile_oracle.py STDLIB_DIR OUTPUT_FILE", file=sys.stderr)
        return 2
    root = sys.argv[1]
    lines = []
    for path in stdlib_files(root):
        rel = os.path.relpath(path, root).replace(os.sep, "/")
        fields = [rel] + examine(path)
        lines.append("\t".join(f.replace("\t", " ").replace("\n", " ") for f in fields))
    with open(sys.argv[2], "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
