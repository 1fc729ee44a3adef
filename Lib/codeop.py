"""Compile source typed at an interactive prompt, telling apart three cases.

A front end (the `code` module, an IDE shell) collects lines until they form
something it can run.  For the text gathered so far, `compile_command` and
`CommandCompiler` answer with

* a code object, when the text is a complete statement (or expression);
* None, when it is the valid beginning of one and more lines are needed;
* an exception (SyntaxError, ValueError or OverflowError), when no further
  input could make it valid.

CPython makes this decision with two compile() flags, PyCF_ALLOW_INCOMPLETE_INPUT
(the parser reports "incomplete input" when it runs out of tokens) and
PyCF_DONT_IMPLY_DEDENT (in 'single' mode, a compound statement is only finished
by a newline after it).  Ferrython's compile() does not implement them, so this
module decides by itself, from ordinary compile() results:

* text that compiles is complete, except for a compound statement without a
  final newline in 'single' mode, which still waits for its closing blank line;
* text that does not compile is incomplete when adding a newline makes it
  compile, or when the parser gets past its end once the open brackets are
  closed and a further line is appended: it had read all of the text and was
  asking for more.

The flags are still passed along, as CPython does, so Compile.flags reads the
same as there.  As in CPython, SyntaxWarning and DeprecationWarning are held
back during the trial compilations: a warning appears once, from the final
compilation of a complete (or invalid) text, and never for an incomplete one.
"""

import __future__
import ast
import re
import warnings

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000
_INCOMPLETE_FLAGS = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

# Every __future__ feature: a Compile instance keeps the ones that a compiled
# statement switched on, so that they hold for the statements after it.
_FEATURES = [getattr(__future__, name) for name in __future__.all_feature_names]

# Statements that own an indented block; in 'single' mode a newline must follow them.
_COMPOUND = (ast.If, ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith,
             ast.Try, ast.TryStar, ast.FunctionDef, ast.AsyncFunctionDef,
             ast.ClassDef, ast.Match)

# A statement put on a line of its own after the text, to see whether the
# parser reads that far.
_PROBE_LINE = "pass"

_CLOSERS = {"(": ")", "[": "]", "{": "}"}

# Closing brackets right after the text can make the parser complain about the
# item before them (a dict key without its value, say) rather than about the
# end; these fragments complete such an item, to test that it was only unfinished.
_FILLERS = ("0", ":0")

# Tokenizer errors name the line where the tokenizer gave up (the error
# itself points at the start of the string).
_DETECTED_AT = re.compile(r"\(detected at line (\d+)\)")

_MULTIPLE = "multiple statements found while compiling a single statement"


def _compile(source, filename, symbol, incomplete_input=True):
    """The compiler of compile_command: compile() with no memory of futures."""
    flags = _INCOMPLETE_FLAGS if incomplete_input else 0
    return compile(source, filename, symbol, flags)


def _is_blank(source):
    """True when every line of `source` is empty, white space or a comment."""
    for line in source.split("\n"):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            return False
    return True


def _stop_line(err):
    """The line where the parser or the tokenizer stopped, for a SyntaxError."""
    detected = _DETECTED_AT.search(err.msg or "")
    if detected:
        return int(detected.group(1))
    return err.lineno or 0


def _unclosed_bracket(err):
    """The bracket of an "'(' was never closed" error, else None."""
    msg = err.msg or ""
    if msg.endswith("' was never closed") and msg[1:2] in _CLOSERS:
        return msg[1]
    return None


def _open_compound(source, filename):
    """True when `source` is a compound statement not yet closed by a newline."""
    if source.endswith("\n"):
        return False
    try:
        tree = compile(source, filename, "single", ast.PyCF_ONLY_AST)
    except SyntaxError:
        return False
    return any(isinstance(stmt, _COMPOUND) for stmt in tree.body)


def _compiles(compiler, text, filename, symbol):
    """The SyntaxError of compiling `text`, or None when it compiles."""
    try:
        compiler(text, filename, symbol)
    except SyntaxError as err:
        return err
    return None


def _closing_brackets(compiler, text, filename, symbol):
    """The brackets that close those left open in `text`, innermost first."""
    closers = ""
    while True:
        err = _compiles(compiler, text + closers, filename, symbol)
        bracket = err and _unclosed_bracket(err)
        if not bracket:
            return closers
        closers += _CLOSERS[bracket]


def _parser_gets_past(compiler, text, filename, symbol):
    """True when the parser reads all of `text` (which ends with a newline)
    without finding it invalid: with its brackets closed and a probe line
    added, it either compiles or fails in the added lines."""
    closers = _closing_brackets(compiler, text, filename, symbol)
    added = closers + "\n" + _PROBE_LINE if closers else _PROBE_LINE
    err = _compiles(compiler, text + added, filename, symbol)
    if err is None or _stop_line(err) >= text.count("\n") + 1:
        return True
    # The complaint may be about the unfinished item before the closers.
    return bool(closers) and any(
        _compiles(compiler, text + filler + "\n" + closers, filename, symbol) is None
        for filler in _FILLERS)


def _wants_more(compiler, source, filename, symbol):
    """True when `source` is the valid start of a longer statement.

    Returns False both for complete and for invalid text; the caller's final
    compilation tells those two apart.
    """
    if _compiles(compiler, source, filename, symbol) is None:
        return symbol == "single" and _open_compound(source, filename)
    text = source + "\n"
    if _compiles(compiler, text, filename, symbol) is None:
        return True
    if symbol != "single":
        return _parser_gets_past(compiler, text, filename, symbol)

    # 'single' mode would reject the probe line as a second statement, so
    # probe in 'exec' mode; a text that is fine there fails in 'single' mode
    # for good (several statements).
    if _compiles(compiler, text, filename, "exec") is None:
        return False
    if not _parser_gets_past(compiler, text, filename, "exec"):
        return False
    closers = _closing_brackets(compiler, text, filename, "exec")
    err = _compiles(compiler, text + closers, filename, symbol)
    return err is None or err.msg != _MULTIPLE


def _maybe_compile(compiler, source, filename, symbol):
    """The decision shared by compile_command and CommandCompiler."""
    if symbol != "eval" and _is_blank(source):
        # Nothing to run at the prompt: treat it as an empty statement.
        source = "pass"

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        if _wants_more(compiler, source, filename, symbol):
            return None

    # Complete or invalid: compile for real, warnings and errors included.
    return compiler(source, filename, symbol, incomplete_input=False)


def compile_command(source, filename="<input>", symbol="single"):
    r"""Compile a command and decide whether it is complete.

    source   -- the text typed so far (lines joined with "\n")
    filename -- the file name given to the code object (default "<input>")
    symbol   -- "single" (default), "exec" or "eval": the compile() mode

    Returns a code object when the command is complete and valid, None when
    it is incomplete, and raises SyntaxError (or ValueError, OverflowError)
    when it is invalid.
    """
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """A compile() that remembers the __future__ statements it has compiled.

    Once a statement compiled by an instance enables a future feature, every
    later compilation by the same instance uses it too.
    """

    def __init__(self):
        self.flags = _INCOMPLETE_FLAGS

    def __call__(self, source, filename, symbol, flags=0, **kwargs):
        flags |= self.flags
        if kwargs.get("incomplete_input", True) is False:
            flags &= ~_INCOMPLETE_FLAGS
        code = compile(source, filename, symbol, flags, True)
        # A `from __future__ import` shows in the code's flags: keep it on.
        for feature in _FEATURES:
            self.flags |= code.co_flags & feature.compiler_flag
        return code


class CommandCompiler:
    """compile_command with memory: __future__ statements it compiles stay in
    force for the commands it compiles afterwards."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        r"""Compile a command and decide whether it is complete.

        Same arguments and results as compile_command(): a code object for a
        complete command, None for an incomplete one, and SyntaxError,
        ValueError or OverflowError for an invalid one.
        """
        return _maybe_compile(self.compiler, source, filename, symbol)
