"""The stdlib conformance oracle: run under CPython 3.12, writes one JSON object to OUTPUT_FILE
(or stdout; the WebAssembly oracle may cut what it writes to a pipe at 64 KiB, so prefer a file).

Usage: python3.12 stdlib_oracle.py STDLIB_DIR [OUTPUT_FILE]

Walks STDLIB_DIR (skipping `site-packages` and `__pycache__` folders), and for every `.py` file
parses its bytes with `ast.parse(source, path)`. For a file that parses it records the SHA-256 of
`ast.dump(tree, include_attributes=True)` (UTF-8 encoded); for one CPython rejects with a
SyntaxError (or a subclass) it records `[class name, msg, lineno, offset, end_lineno, end_offset]`;
any other exception is recorded as `[class name, str(exc)]`.

Output: {"python": VERSION, "root": STDLIB_DIR, "files": {RELATIVE_PATH: ENTRY}}, where ENTRY is
{"dump": HEX} or {"syntax_error": [...]} or {"exception": [...]}. Relative paths use `/`.
"""

import ast
import hashlib
import json
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
        tree = ast.parse(source, path)
    except SyntaxError as exc:
        return {
            "syntax_error": [
                type(exc).__name__,
                exc.msg,
                exc.lineno,
                exc.offset,
                exc.end_lineno,
                exc.end_offset,
            ]
        }
    except Exception as exc:  # OSError, ValueError, MemoryError, RecursionError...
        return {"exception": [type(exc).__name__, str(exc)]}
    text = ast.dump(tree, include_attributes=True)
    return {"dump": hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()}


def main():
    if len(sys.argv) not in (2, 3):
        print("usage: stdlib_oracle.py STDLIB_DIR [OUTPUT_FILE]", file=sys.stderr)
        return 2
    root = sys.argv[1]
    warnings.simplefilter("ignore")
    files = {}
    for path in stdlib_files(root):
        rel = os.path.relpath(path, root).replace(os.sep, "/")
        files[rel] = examine(path)
    result = {"python": sys.version.split()[0], "root": root, "files": files}
    text = json.dumps(result, sort_keys=True, indent=0) + "\n"
    if len(sys.argv) == 3:
        with open(sys.argv[2], "w", encoding="ascii") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
