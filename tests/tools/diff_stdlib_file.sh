#!/usr/bin/env bash
# Shows how Ferrython's tree for one file differs from CPython 3.12's, as a unified diff of
#   CPython 3.12: ast.dump(ast.parse(open(FILE, 'rb').read(), FILE), include_attributes=True, indent=1)
#   Ferrython:    ferrython -m ast --no-type-comments -a -i 1 FILE
# Each side is what it prints on stderr (warnings, or a SyntaxError) followed by what it prints on
# stdout (the dump). Exit status: 0 when they agree, 1 when they differ, 2 on trouble.
#
# Usage: tests/tools/diff_stdlib_file.sh FILE
# Environment: FERRYTHON (the ferrython binary; default: the newest of target/{release,debug}/ferrython,
# under $CARGO_TARGET_DIR or the workspace), FERRYTHON_ORACLE (default ../shared/python3.12/python3.12
# beside the workspace).
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 FILE" >&2
  exit 2
fi
file=$1
if [ ! -f "$file" ]; then
  echo "$0: no such file: $file" >&2
  exit 2
fi
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

oracle=${FERRYTHON_ORACLE:-$repo/../shared/python3.12/python3.12}
if [ ! -x "$oracle" ]; then
  echo "$0: no CPython 3.12 oracle at $oracle; set FERRYTHON_ORACLE" >&2
  exit 2
fi

ferrython=${FERRYTHON:-}
if [ -z "$ferrython" ]; then
  candidates=()
  for dir in ${CARGO_TARGET_DIR:+"$CARGO_TARGET_DIR"} "$repo/target"; do
    for profile in release debug; do
      [ -x "$dir/$profile/ferrython" ] && candidates+=("$dir/$profile/ferrython")
    done
  done
  if [ ${#candidates[@]} -eq 0 ]; then
    echo "$0: no ferrython binary; run 'cargo build --release -p ferrython' or set FERRYTHON" >&2
    exit 2
  fi
  ferrython=$(ls -t "${candidates[@]}" | head -n 1)
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The oracle's output goes to files, not pipes: the WebAssembly build may cut a pipe at 64 KiB.
"$oracle" -c '
import ast, sys, traceback
path = sys.argv[1]
try:
    with open(path, "rb") as f:
        tree = ast.parse(f.read(), path)
except SyntaxError as exc:
    sys.stderr.write("Traceback (most recent call last):\n")
    sys.stderr.write("".join(traceback.format_exception_only(exc)))
    sys.exit(1)
sys.stderr.flush()
print(ast.dump(tree, include_attributes=True, indent=1))
' "$file" >"$tmp/cpython.out" 2>"$tmp/cpython.err" || true
"$ferrython" -m ast --no-type-comments -a -i 1 "$file" >"$tmp/ferrython.out" 2>"$tmp/ferrython.err" || true

cat "$tmp/cpython.err" "$tmp/cpython.out" >"$tmp/cpython"
cat "$tmp/ferrython.err" "$tmp/ferrython.out" >"$tmp/ferrython"
if diff -u --label "CPython 3.12: $file" --label "ferrython ($ferrython): $file" \
    "$tmp/cpython" "$tmp/ferrython"; then
  echo "no difference ($(wc -l <"$tmp/cpython") lines)" >&2
else
  exit 1
fi
