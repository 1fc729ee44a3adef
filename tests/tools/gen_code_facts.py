"""Code-object facts under CPython 3.12: for a source, one record per code object (the module's,
then recursively those among its constants, depth first, in constant order):

    qualname|name|firstlineno|argcount|posonlyargcount|kwonlyargcount|flags|varnames|cellvars|freevars|names|positions|consts|ops

(flags in hex; tuples joined with commas). Records are joined with TABs into one line.
`positions` lists, in order, the instructions that can raise and whose position a traceback
shows, as `OPNAME@lineno,end_lineno,col_offset,end_col_offset` separated by spaces (`*` for a
code object using LOAD_SUPER_ATTR, which Ferrython's bytecode spells as a call). `consts` is
`FIRST {SCALARS}`: for a function, the repr of co_consts[0] (its docstring or None; `<code>` for a
code object; `-` for modules and class bodies), then the sorted distinct reprs of the scalar constants anywhere in co_consts, tuples and
frozensets flattened (their order and grouping follow CPython's peephole folding, which Ferrython
does not copy); `|` is written `\x7c`. `ops` is the instruction sequence without jumps and
without what only CPython 3.12's layout has (RESUME, NOP, cells and free-variable copies,
PUSH_NULL, END_FOR, the SEND loop of `yield from`/`await`, KW_NAMES as a constant, the generator
wrappers, `COPY 1`/`POP_TOP` around conditional jumps), each as `OPNAME` or `OPNAME:ARG` with names
and constants spelled out, separated by spaces (`*` with LOAD_SUPER_ATTR).
interpreter/compiler/tests/code_facts.rs compares Ferrython's code objects with these lines.

Corpus mode (no arguments): writes tests/compiler/code_facts.expected, one line per source of
tests/compiler/code_facts.json. Run under CPython 3.12:

    ../shared/python3.12/python3.12 tests/tools/gen_code_facts.py

Stdlib mode (`gen_code_facts.py STDLIB_DIR OUTPUT_FILE`, as the opt-in stdlib test runs it):
one line per `.py` file, `RELATIVE_PATH<TAB>RECORDS`, or `RELATIVE_PATH<TAB>unparsable` when
compile() rejects the file.
"""
import dis
import json
import os
import sys
import warnings

SKIP_DIRS = {"site-packages", "__pycache__"}


RAISING = {
    "BINARY_OP", "BINARY_SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR", "BINARY_SLICE", "STORE_SLICE",
    "CALL", "CALL_FUNCTION_EX", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_GLOBAL", "LOAD_NAME",
    "COMPARE_OP", "CONTAINS_OP", "GET_ITER", "IMPORT_NAME", "IMPORT_FROM", "RAISE_VARARGS",
    "BEFORE_WITH", "UNPACK_SEQUENCE", "UNPACK_EX", "FORMAT_VALUE", "CHECK_EXC_MATCH",
    "UNARY_NEGATIVE", "UNARY_INVERT", "UNARY_NOT",
}


def positions(co):
    out = []
    for ins in dis.get_instructions(co):
        if ins.opname == "LOAD_SUPER_ATTR":
            return "*"
        if ins.opname in RAISING:
            p = ins.positions
            out.append(f"{ins.opname}@{p.lineno},{p.end_lineno},{p.col_offset},{p.end_col_offset}")
    return " ".join(out)


def render(c):
    if hasattr(c, "co_code"):
        return "<code>"
    if isinstance(c, (tuple, frozenset)):
        return "(...)"
    return repr(c)


def full(c):
    if hasattr(c, "co_code"):
        return "<code>"
    if isinstance(c, frozenset):
        return "frozenset({" + ", ".join(sorted(full(x) for x in c)) + "})"
    if isinstance(c, tuple):
        items = [full(x) for x in c]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    return repr(c)


def scalars(c, out):
    if isinstance(c, (tuple, frozenset)):
        for x in c:
            scalars(x, out)
    elif not hasattr(c, "co_code"):
        out.add(repr(c))


def consts(co):
    first = render(co.co_consts[0]) if co.co_consts and co.co_flags & 1 else "-"
    found = set()
    for c in co.co_consts:
        scalars(c, found)
    return (first + " {" + ", ".join(sorted(found)) + "}").replace("|", "\\x7c")


SKIP = {
    "RESUME", "NOP", "CACHE", "EXTENDED_ARG", "COPY_FREE_VARS", "MAKE_CELL", "PUSH_NULL", "END_FOR",
    "END_SEND", "SEND", "CLEANUP_THROW", "RETURN_GENERATOR",
}
NAMED = {
    "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL",
    "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "IMPORT_NAME", "IMPORT_FROM", "LOAD_FAST",
    "STORE_FAST", "DELETE_FAST", "LOAD_FAST_AND_CLEAR", "LOAD_DEREF", "STORE_DEREF",
    "DELETE_DEREF", "LOAD_FROM_DICT_OR_DEREF", "LOAD_FROM_DICT_OR_GLOBALS",
}


def ops(co):
    out = []
    pending_copy = False
    wrapper = False
    generator_start = False
    for ins in dis.get_instructions(co):
        name, arg = ins.opname, ins.arg
        if name == "LOAD_SUPER_ATTR":
            return "*"
        if name == "RETURN_GENERATOR":
            generator_start = True
            continue
        if name == "POP_TOP" and generator_start:
            generator_start = False
            continue
        if name in ("POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE") and out and out[-1] == "COPY:1":
            pending_copy = True
            continue
        if name in SKIP or "JUMP" in name or name == "FOR_ITER":
            pending_copy = False
            continue
        if name == "POP_TOP" and pending_copy:
            out.pop()
            pending_copy = False
            continue
        pending_copy = False
        if name == "CALL_INTRINSIC_1" and arg in (3, 4):  # StopIteration wrapper, async gen wrap
            wrapper = arg == 3
            continue
        if name == "RERAISE" and wrapper:
            wrapper = False
            continue
        if name == "CALL_INTRINSIC_1" and arg == 5:
            out.append("UNARY_POSITIVE")
            continue
        if name == "RERAISE" and arg == 2:
            arg = 1
        if name == "POP_TOP" and out and out[-1] == "RETURN_GENERATOR":
            continue
        if name == "KW_NAMES":
            out.append(("LOAD_CONST:" + full(co.co_consts[arg])).replace(" ", "_"))
            continue
        if name in ("LOAD_FAST_CHECK", "LOAD_CLOSURE"):
            name = "LOAD_FAST"
        if name in NAMED:
            text = ins.argval if isinstance(ins.argval, str) else str(ins.argval)
        elif name in ("LOAD_CONST", "RETURN_CONST"):
            text = full(ins.argval)
        elif arg is None or name == "YIELD_VALUE":
            text = None
        elif name == "COMPARE_OP":
            text = ins.argrepr
        else:
            text = str(arg)
        op = name if text is None else f"{name}:{text}"
        out.append(op.replace(" ", "_").replace("|", "\\x7c").replace("\t", "\\t"))
    # A generator's StopIteration wrapper ends with RERAISE 1 after the intrinsic.
    return " ".join(out)


def records(code):
    out = []

    def walk(co):
        fields = [
            co.co_qualname,
            co.co_name,
            str(co.co_firstlineno),
            str(co.co_argcount),
            str(co.co_posonlyargcount),
            str(co.co_kwonlyargcount),
            hex(co.co_flags),
            ",".join(co.co_varnames),
            ",".join(co.co_cellvars),
            ",".join(co.co_freevars),
            ",".join(co.co_names),
            positions(co),
            consts(co),
            ops(co),
        ]
        out.append("|".join(f.replace("\t", " ").replace("\n", " ") for f in fields))
        for const in co.co_consts:
            if hasattr(const, "co_code"):
                walk(const)

    walk(code)
    return "\t".join(out)


def facts(source, filename):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            code = compile(source, filename, "exec")
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            return "unparsable"
    return records(code)


def corpus():
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "compiler")
    with open(os.path.join(here, "code_facts.json"), encoding="utf-8") as f:
        cases = json.load(f)
    lines = [facts(source, "f.py") for source in cases]
    with open(os.path.join(here, "code_facts.expected"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    bad = sum(1 for line in lines if line == "unparsable")
    print(f"{len(lines)} cases, {bad} do not compile")


def stdlib(root, output):
    lines = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS)
        for name in sorted(filenames):
            if not name.endswith(".py"):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            try:
                with open(path, "rb") as f:
                    source = f.read()
            except OSError:
                lines.append(f"{rel}\tunparsable")
                continue
            lines.append(f"{rel}\t{facts(source, path)}")
    with open(output, "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    if len(sys.argv) == 3:
        stdlib(sys.argv[1], sys.argv[2])
    else:
        corpus()
