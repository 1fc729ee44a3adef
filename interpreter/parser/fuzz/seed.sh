#!/usr/bin/env bash
# Fills corpus/parse/ (git-ignored) with seeds for the `parse` target: a few hundred small .py files
# from the machine's CPython standard library, copied at run time and never committed, plus a few
# short snippets for the eval, single and func_type modes. Each seed starts with the flag byte the
# target reads: bits 0-1 the mode (0 exec, 1 eval, 2 single, 3 func_type), bit 2 type comments.
# Usage: seed.sh [STDLIB_DIR] [COUNT]
set -euo pipefail
cd "$(dirname "$0")"
stdlib=${1:-$(python3.12 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])' 2>/dev/null ||
    python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')}
count=${2:-400}
out=corpus/parse
mkdir -p "$out"

seed() { # seed NAME FLAG_BYTE_OCTAL < source
    { printf "\\$2"; cat; } >"$out/$1"
}

# Small stdlib files (under 4 KiB, tests included), spread evenly over the sorted list; every other
# one with type comments on.
mapfile -d '' files < <(find "$stdlib" -name '*.py' -size -4k -print0 | sort -z)
step=$(( ${#files[@]} / count )); ((step > 0)) || step=1
n=0
for ((i = 0; i < ${#files[@]} && n < count; i += step)); do
    flag=000
    if ((n % 2)); then flag=004; fi
    seed "stdlib-$n" "$flag" <"${files[i]}"
    n=$((n + 1))
done

printf '%s' 'a if b else [x async for x in y if await z] + {**d, k: v} @ f"{x!r:>{w}}"' | seed eval-1 001
printf '%s' 'lambda *a, b=1, **c: (yield)' | seed eval-2 001
printf '%s' $'x = 1\n' | seed single-1 002
printf '%s' $'if x:\n    pass\n\n' | seed single-2 002
printf '%s' '(int, *Ts, **P) -> list[str]' | seed functype-1 003
printf '%s' $'def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass  # type: ignore[x]\n' | seed typecomments-1 004
printf '%s' $'match p:\n    case [1, *r] | {"k": v, **kw} if v: pass\n    case C(x=0) as c: pass\n' | seed match-1 000
printf '%s' $'type A[T: int, *Ts, **P] = T\nasync def g[T](x: T) -> T:\n    async with a as b, c: return await x\n' | seed pep695-1 000
# Deep nesting near the parser's depth limit, for the larger-input runs.
rep() { local out=; for ((k = 0; k < $2; k++)); do out+=$1; done; printf '%s' "$out"; }
{ rep - 1400; printf x; } | seed deep-unary 000
{ rep 'lambda:' 1400; printf x; } | seed deep-lambda 001
{ rep 'x if y else ' 1400; printf x; } | seed deep-ifelse 001
{ printf 'if x: pass\n'; rep $'elif x: pass\n' 1400; } | seed deep-elif 000
{ rep 'x+' 4000; printf x; } | seed deep-binop 001
{ rep '(' 199; printf x; rep ')' 199; } | seed deep-parens 001
{ rep 'f"{' 140; printf x; rep '}"' 140; } | seed deep-fstring 001
{ printf 'match x:\n case '; rep '[' 190; rep ']' 190; printf ': pass\n'; } | seed deep-pattern 000
echo "seeded $(ls "$out" | wc -l) files into $PWD/$out from $stdlib"
