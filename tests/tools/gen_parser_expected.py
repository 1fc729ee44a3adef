#!/usr/bin/env python3
"""Regenerates the expected outputs of the parser corpus (tests/parser) with CPython 3.12.

Usage (with the machine's python3, any 3.8 or later):

    python3 tests/tools/gen_parser_expected.py [--only SUBSTRING] [--spot-check N | --check-all]
                                               [--skip-generated] [--only-generated]

The oracle is `$FERRYTHON_ORACLE`, else `../shared/python3.12/python3.12` next to the repository:
CPython 3.12.7 built for WebAssembly, run by node, about 2 s per start. So this script runs in two
roles:

* the driver (this process, on the host's python3) lists the cases, starts ONE oracle process that
  runs this same file in the worker role over every ok, cli and errors case, then writes the
  expected files. The worker writes its results to files, never to a pipe (the oracle truncates
  piped stdout at 64 KiB).
* the worker (under the oracle, `sys.platform == "emscripten"`) emulates in-process
  `python -m ast ARGS` (sys.argv set, `ast.main()` called, stdout and stderr redirected,
  SystemExit caught) and `python FILE` (as the oracle's run.mjs does: its message for undeclared
  non-UTF-8 source, then `compile(source, abspath, "exec")` and `traceback.print_exception` of the
  error without frames; compile warnings go to the same stderr).

The generated cases (tests/parser/generated/*.recipe: huge or hostile inputs built at test time)
each get an oracle process of their own, running the real command line on the materialized file,
because some of them crash the WebAssembly build; a crash is recorded as `NAME.loose` (see
tests/parser/README.md). `--spot-check N` reruns N cases of the in-process emulation as real
oracle processes and compares (`--check-all`: every case).
"""

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORPUS = os.path.join(ROOT, "tests", "parser")
OK_DIR = os.path.join(CORPUS, "ok")
ERR_DIR = os.path.join(CORPUS, "errors")
CLI_DIR = os.path.join(CORPUS, "cli")
GEN_DIR = os.path.join(CORPUS, "generated")

AST_ARGS_PREFIX = b"# ast-args:"
# WebAssembly's errno for ENOENT is 44; Linux's (what native CPython prints) is 2.
WASM_ERRNO_FIXES = [("[Errno 44] No such file or directory", "[Errno 2] No such file or directory")]
# Signs that the oracle itself died instead of reporting a Python-level error.
CRASH_SIGNS = [
    "Maximum call stack size exceeded",
    "RangeError",
    "Pyodide has suffered a fatal error",
    "FATAL ERROR",
    "Aborted(",
    "out of memory",
    "JavaScript heap",
]


# ----------------------------------------------------------------------------------------------
# Shared helpers (both roles)


def ast_args_of(source):
    """Extra `python -m ast` arguments from a first line `# ast-args: ...`."""
    first = source.split(b"\n", 1)[0].rstrip(b"\r")
    if first.startswith(AST_ARGS_PREFIX):
        return first[len(AST_ARGS_PREFIX):].decode("ascii").split()
    return []


def unquote(text):
    """A recipe string: "..." with escapes \\\\ \\" \\n \\r \\t \\f \\0 \\xHH; returns bytes."""
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        raise ValueError("recipe string must be in double quotes: %r" % text)
    body = text[1:-1]
    out = bytearray()
    i = 0
    simple = {"\\": b"\\", '"': b'"', "n": b"\n", "r": b"\r", "t": b"\t", "f": b"\f", "0": b"\0"}
    while i < len(body):
        c = body[i]
        if c == "\\":
            e = body[i + 1]
            if e in simple:
                out += simple[e]
                i += 2
            elif e == "x":
                out.append(int(body[i + 2:i + 4], 16))
                i += 4
            else:
                raise ValueError("unknown escape in recipe string: %r" % text)
        else:
            out += c.encode("utf-8")
            i += 1
    return bytes(out)


def split_quoted(text):
    """Two recipe strings separated by spaces: '"a" "b"' -> ('"a"', '"b"')."""
    i = 1
    while text[i] != '"':
        i += 2 if text[i] == "\\" else 1
    return text[: i + 1], text[i + 1:].strip()


def read_recipe(path):
    """(mode, extra args, source bytes) of a recipe file.

    Lines: `mode ast [ARGS]` or `mode run`; `text "S"`; `repeat N "S"` (S N times);
    `staircase N "U" "S"` (for i in 0..N: U repeated i times, then S); `#` comments.
    N may contain underscores."""
    mode, args, chunks = None, [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            word, _, rest = line.partition(" ")
            if word == "mode":
                parts = rest.split()
                mode, args = parts[0], parts[1:]
            elif word == "text":
                chunks.append(unquote(rest))
            elif word == "repeat":
                count, _, quoted = rest.partition(" ")
                chunks.append(unquote(quoted.strip()) * int(count.replace("_", "")))
            elif word == "staircase":
                count, _, quoted = rest.partition(" ")
                unit, text = split_quoted(quoted.strip())
                unit, text = unquote(unit), unquote(text)
                chunks.extend(unit * i + text for i in range(int(count.replace("_", ""))))
            else:
                raise ValueError("%s: unknown recipe line %r" % (path, line))
    if mode not in ("ast", "run"):
        raise ValueError("%s: needs a line 'mode ast [ARGS]' or 'mode run'" % path)
    return mode, args, b"".join(chunks)


# ----------------------------------------------------------------------------------------------
# Worker role (under the oracle)


def emulate_ast(args):
    import ast

    sys.argv = ["python -m ast"] + list(args)
    try:
        ast.main()
    except SystemExit as e:
        code = e.code
        if code is None:
            return 0
        if isinstance(code, int):
            return code
        print(code, file=sys.stderr)
        return 1
    except BaseException as e:  # noqa: BLE001 - real `python -m ast` would show frames here
        import traceback

        traceback.print_exception(type(e), e, None)
        return "traceback"
    return 0


def emulate_run(path):
    import traceback

    with open(path, "rb") as f:
        source = f.read()
    try:
        source.decode("utf-8")
    except UnicodeDecodeError as e:
        head = source.split(b"\n")[:2]
        if not any(re.match(rb"^[ \t\f]*#.*?coding[:=]", line) for line in head):
            line = source[:e.start].count(b"\n") + 1
            print(
                "SyntaxError: Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                "but no encoding declared; see https://peps.python.org/pep-0263/ for details"
                % (source[e.start], path, line),
                file=sys.stderr,
            )
            return 1
    try:
        compile(source, path, "exec")
    except BaseException as e:  # noqa: BLE001
        traceback.print_exception(type(e), e, None)
        return 1
    return "compiled"  # a real run would execute the file: not a syntax-error case


def worker(jobs_path, out_dir):
    import io
    import warnings

    os.environ["COLUMNS"] = "80"  # argparse's width when stdout is not a terminal
    with open(jobs_path, encoding="utf-8") as f:
        jobs = json.load(f)
    class NamedBytes(io.BytesIO):
        name = "<stdin>"  # what `argparse.FileType("rb")` shows for "-" (sys.stdin.buffer.name)

    real = sys.stdin, sys.stdout, sys.stderr, list(sys.argv), os.getcwd()
    for job in jobs:
        out, err = io.BytesIO(), io.BytesIO()
        stdin = io.TextIOWrapper(NamedBytes(job.get("stdin", "").encode("utf-8")), encoding="utf-8")
        stdout = io.TextIOWrapper(out, encoding="utf-8", errors="strict", newline="\n")
        stderr = io.TextIOWrapper(err, encoding="utf-8", errors="backslashreplace", newline="\n")
        sys.stdin, sys.stdout, sys.stderr = stdin, stdout, stderr
        try:
            with warnings.catch_warnings():  # each case starts from the default filters
                os.chdir(job["cwd"])
                if job["kind"] == "run":
                    code = emulate_run(job["path"])
                else:
                    code = emulate_ast(job["args"])
        finally:
            stdout.flush()
            stderr.flush()
            sys.stdin, sys.stdout, sys.stderr = real[0], real[1], real[2]
            sys.argv = real[3]
            os.chdir(real[4])
        base = os.path.join(out_dir, job["id"])
        with open(base + ".stdout", "wb") as f:
            f.write(out.getvalue())
        with open(base + ".stderr", "wb") as f:
            f.write(err.getvalue())
        with open(base + ".exit", "w") as f:
            f.write(str(code))
    with open(os.path.join(out_dir, "DONE"), "w") as f:
        f.write("%d\n" % len(jobs))


# ----------------------------------------------------------------------------------------------
# Driver role (host python3)


def oracle_path():
    return os.environ.get("FERRYTHON_ORACLE") or os.path.join(
        os.path.dirname(ROOT), "shared", "python3.12", "python3.12"
    )


def run_oracle(args, cwd, out_base, stdin_bytes=None, timeout=1800):
    """Runs the oracle with stdout and stderr going to files; returns (stdout, stderr, code)."""
    with open(out_base + ".o", "wb") as o, open(out_base + ".e", "wb") as e:
        stdin = subprocess.DEVNULL
        if stdin_bytes is not None:
            with open(out_base + ".i", "wb") as i:
                i.write(stdin_bytes)
            stdin = open(out_base + ".i", "rb")
        try:
            proc = subprocess.run([oracle_path()] + args, cwd=cwd, stdout=o, stderr=e, stdin=stdin, timeout=timeout)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            code = "timeout"
        finally:
            if stdin is not subprocess.DEVNULL:
                stdin.close()
    with open(out_base + ".o", "rb") as o, open(out_base + ".e", "rb") as e:
        return o.read(), e.read(), code


def list_cases(only):
    """Every case as a dict: id, kind (ast/run), cwd, args or path, plus where to write."""
    cases = []
    for name in sorted(os.listdir(OK_DIR)):
        if name.endswith(".py"):
            with open(os.path.join(OK_DIR, name), "rb") as f:
                args = ["-a"] + ast_args_of(f.read()) + [name]
            cases.append(dict(id="ok." + name[:-3], group="ok", name=name[:-3], kind="ast", cwd=OK_DIR, args=args))
    if os.path.isdir(CLI_DIR):
        for name in sorted(os.listdir(CLI_DIR)):
            if name.endswith(".args"):
                stem = name[:-5]
                with open(os.path.join(CLI_DIR, name), encoding="utf-8") as f:
                    args = f.read().split()
                case = dict(id="cli." + stem, group="cli", name=stem, kind="ast", cwd=OK_DIR, args=args)
                stdin_path = os.path.join(CLI_DIR, stem + ".stdin")
                if os.path.exists(stdin_path):
                    with open(stdin_path, encoding="utf-8") as f:
                        case["stdin"] = f.read()
                cases.append(case)
    for name in sorted(os.listdir(ERR_DIR)):
        if name.endswith(".py"):
            path = os.path.join(ERR_DIR, name)
            cases.append(dict(id="errors." + name[:-3], group="errors", name=name[:-3], kind="run", cwd=ERR_DIR, path=path))
    return [c for c in cases if not only or only in c["id"]]


def finish(group, name, stdout, stderr, code, dollar_dir=None):
    """Writes the expected files of one case; returns a problem description or None."""
    problems = []
    if code == "compiled":
        return "compiles without error (a real run would execute it)"
    if code == "traceback":
        problems.append("raised an exception inside `python -m ast` (frames not reproducible)")
        code = 1
    code = int(code)
    text_out = stdout
    text_err = stderr
    if dollar_dir:
        text_out = text_out.replace(dollar_dir.encode(), b"$DIR")
        text_err = text_err.replace(dollar_dir.encode(), b"$DIR")
    for wasm, linux in WASM_ERRNO_FIXES:
        text_err = text_err.replace(wasm.encode(), linux.encode())
    if group == "ok":
        folder, out_ext, default_code = OK_DIR, ".ast", 0
        if code != 0:
            problems.append("exit code %d for a case that must parse" % code)
    elif group == "cli":
        folder, out_ext, default_code = CLI_DIR, ".stdout", 0
    elif group == "errors":
        folder, out_ext, default_code = ERR_DIR, ".stdout", 1
        if code != 1:
            problems.append("exit code %d" % code)
    else:
        folder, out_ext = GEN_DIR, ".stdout"
        default_code = 0 if group == "generated-ast" else 1
    base = os.path.join(folder, name)
    for ext, data in ((out_ext, text_out), (".stderr", text_err)):
        if data or (ext == ".ast"):
            with open(base + ext, "wb") as f:
                f.write(data)
        elif os.path.exists(base + ext):
            os.remove(base + ext)
    if code != default_code:
        with open(base + ".exit", "w") as f:
            f.write("%d\n" % code)
    elif os.path.exists(base + ".exit"):
        os.remove(base + ".exit")
    if os.path.exists(base + ".loose"):
        os.remove(base + ".loose")
    return "; ".join(problems) or None


def real_command(case):
    """The real oracle command line of an emulated case."""
    if case["kind"] == "ast":
        return ["-m", "ast"] + case["args"]
    return [case["path"]]


def do_generated(only, tmp, problems):
    names = sorted(n[:-7] for n in os.listdir(GEN_DIR) if n.endswith(".recipe"))
    names = [n for n in names if not only or only in "generated." + n]
    for name in names:
        mode, args, source = read_recipe(os.path.join(GEN_DIR, name + ".recipe"))
        case_dir = os.path.join(tmp, "gen-" + name)
        os.makedirs(case_dir)
        path = os.path.join(case_dir, name + ".py")
        with open(path, "wb") as f:
            f.write(source)
        del source
        if mode == "ast":
            cmd = ["-m", "ast", "-a"] + args + [name + ".py"]
        else:
            cmd = [path]
        print("generated.%s: oracle %s ..." % (name, " ".join(cmd)), flush=True)
        out, err, code = run_oracle(cmd, case_dir, os.path.join(tmp, "gen-" + name + "-result"))
        shutil.rmtree(case_dir)
        err_text = err.decode("utf-8", "replace")
        crashed = code == "timeout" or any(sign in err_text for sign in CRASH_SIGNS)
        base = os.path.join(GEN_DIR, name)
        if crashed:
            lines = [line for line in err_text.splitlines() if line.strip()]
            signs = [line for sign in CRASH_SIGNS for line in lines if sign in line]
            last = signs[:1] or lines[-1:] or ["(no stderr)"]
            for ext in (".stdout", ".stderr", ".exit"):
                if os.path.exists(base + ext):
                    os.remove(base + ext)
            with open(base + ".loose", "w", encoding="utf-8") as f:
                f.write("The oracle crashed on this input (exit %s): %s\n" % (code, last[0].strip()[:200]))
            print("generated.%s: oracle crashed -> %s.loose" % (name, name))
            continue
        group = "generated-ast" if mode == "ast" else "generated-run"
        problem = finish(group, name, out, err, code, dollar_dir=case_dir if mode == "run" else None)
        if problem:
            problems.append("generated.%s: %s" % (name, problem))


def driver(argv):
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help="only the cases whose id (ok.NAME, errors.NAME, cli.NAME, generated.NAME) contains this")
    parser.add_argument("--spot-check", type=int, default=6, metavar="N", help="rerun N emulated cases as real oracle runs (default 6)")
    parser.add_argument("--check-all", action="store_true", help="rerun every emulated case as a real oracle run")
    parser.add_argument("--skip-generated", action="store_true", help="leave tests/parser/generated alone")
    parser.add_argument("--only-generated", action="store_true", help="only tests/parser/generated")
    opts = parser.parse_args(argv)

    tmp = tempfile.mkdtemp(prefix="ferrython-gen-")
    problems = []
    try:
        cases = [] if opts.only_generated else list_cases(opts.only)
        results = {}
        if cases:
            jobs_path = os.path.join(tmp, "jobs.json")
            out_dir = os.path.join(tmp, "out")
            os.makedirs(out_dir)
            jobs = [{k: c[k] for k in ("id", "kind", "cwd", "args", "path", "stdin") if k in c} for c in cases]
            with open(jobs_path, "w", encoding="utf-8") as f:
                json.dump(jobs, f)
            print("worker: %d cases in one oracle process ..." % len(jobs), flush=True)
            _, err, code = run_oracle([os.path.abspath(__file__), "--worker", jobs_path, out_dir], ROOT, os.path.join(tmp, "worker"))
            if not os.path.exists(os.path.join(out_dir, "DONE")):
                sys.stderr.write(err.decode("utf-8", "replace")[-4000:])
                sys.exit("the worker died (exit %s); see its stderr above" % code)
            for case in cases:
                base = os.path.join(out_dir, case["id"])
                with open(base + ".stdout", "rb") as f:
                    out = f.read()
                with open(base + ".stderr", "rb") as f:
                    err = f.read()
                with open(base + ".exit") as f:
                    code = f.read().strip()
                results[case["id"]] = (out, err, code)
                problem = finish(case["group"], case["name"], out, err, code, dollar_dir=ERR_DIR if case["kind"] == "run" else None)
                if problem:
                    problems.append("%s: %s" % (case["id"], problem))
            # Spot checks: the emulation against real oracle runs.
            sample = list(cases)
            if not opts.check_all:
                random.shuffle(sample)
                sample = sample[: opts.spot_check]
            for case in sample:
                stdin = case.get("stdin")
                real = run_oracle(real_command(case), case["cwd"], os.path.join(tmp, "check"), None if stdin is None else stdin.encode("utf-8"))
                mine = results[case["id"]]
                mine = (mine[0], mine[1], int(mine[2]) if mine[2].lstrip("-").isdigit() else mine[2])
                verdict = "same" if real == mine else "DIFFERENT"
                print("spot check %s: %s" % (case["id"], verdict), flush=True)
                if real != mine:
                    problems.append("%s: emulation differs from a real oracle run: real=%r emulated=%r" % (case["id"], real, mine))
        if not opts.skip_generated and os.path.isdir(GEN_DIR):
            do_generated(opts.only, tmp, problems)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for problem in problems:
        print("PROBLEM " + problem)
    print("done: %d problem(s)" % len(problems))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(sys.argv[2], sys.argv[3])
    else:
        driver(sys.argv[1:])
