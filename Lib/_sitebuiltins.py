"""The objects the start-up puts in builtins for the interactive prompt, as CPython's `site`
does: `exit` and `quit`, `copyright`, `credits` and `license`, and `help`."""

import sys


class Quitter:
    """Shows how to leave the prompt when printed; leaves it when called."""

    def __init__(self, name, eof):
        self.name, self.eof = name, eof

    def __repr__(self):
        return f"Use {self.name}() or {self.eof} to exit"

    def __call__(self, code=None):
        # Closing stdin (when possible) makes sure a REPL reading it stops too.
        stdin = getattr(sys, "stdin", None)
        if stdin is not None:
            try:
                stdin.close()
            except Exception:
                pass
        raise SystemExit(code)


class _Printer:
    """Shows a text when printed, a page of MAXLINES lines at a time when called; the text is
    read from the first of `files` that exists, else `data`."""

    MAXLINES = 23

    def __init__(self, name, data, files=(), dirs=()):
        # (Start-up makes these without files: `os` is imported only when there are some.)
        self.__name = name
        self.__data = data
        self.__lines = None
        self.__filenames = []
        if files and dirs:
            import os
            self.__filenames = [os.path.join(folder, filename) for folder in dirs for filename in files]

    def __setup(self):
        if self.__lines:
            return
        data = None
        for filename in self.__filenames:
            try:
                with open(filename, encoding="utf-8") as fp:
                    data = fp.read()
                break
            except OSError:
                pass
        if not data:
            data = self.__data
        self.__lines = data.split("\n")
        self.__linecnt = len(self.__lines)

    def __repr__(self):
        self.__setup()
        if len(self.__lines) <= self.MAXLINES:
            return "\n".join(self.__lines)
        return "Type %s() to see the full %s text" % ((self.__name,) * 2)

    def __call__(self):
        self.__setup()
        prompt = "Hit Return for more, or q (and Return) to quit: "
        lineno = 0
        while True:
            try:
                for i in range(lineno, lineno + self.MAXLINES):
                    print(self.__lines[i])
            except IndexError:
                break
            lineno += self.MAXLINES
            key = None
            while key is None:
                key = input(prompt)
                if key not in ("", "q"):
                    key = None
            if key == "q":
                break


class _Helper:
    """`help`: pydoc's help when there is a pydoc, else a short text of the object's
    signature and docstring."""

    def __repr__(self):
        return ("Type help() for interactive help, "
                "or help(object) for help about object.")

    def __call__(self, *args, **kwds):
        try:
            import pydoc
        except ImportError:
            return _basic_help(*args, **kwds)
        return pydoc.help(*args, **kwds)


_NO_REQUEST = object()


def _basic_help(request=_NO_REQUEST):
    if request is _NO_REQUEST:
        print("Welcome to Python's help utility! Enter the name of any module, keyword or\n"
              "topic to get help on it; enter 'q' or 'quit' (or an empty line) to leave.")
        while True:
            try:
                line = input("help> ").strip()
            except (EOFError, KeyboardInterrupt):
                break
            if line in ("", "q", "quit"):
                break
            _basic_help(line)
        return
    if isinstance(request, str):
        found = _locate(request)
        if found is _NO_REQUEST:
            print("No Python documentation found for %r.\n"
                  "Use help() to get the interactive help utility.\n"
                  "Use help(str) for help on the str class.\n" % request)
            return
        request = found
    print(_describe(request))


def _locate(path):
    """The object a dotted name names: a module (imported), an attribute of one, or a builtin."""
    import builtins
    import importlib
    parts = path.split(".")
    obj = _NO_REQUEST
    for n in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:n]))
        except Exception:
            continue
        rest = parts[n:]
        break
    else:
        if not hasattr(builtins, parts[0]):
            return _NO_REQUEST
        obj, rest = getattr(builtins, parts[0]), parts[1:]
    for part in rest:
        obj = getattr(obj, part, _NO_REQUEST)
        if obj is _NO_REQUEST:
            return obj
    return obj


def _indented(doc):
    import inspect
    text = inspect.cleandoc(doc) if doc else ""
    return "".join("    " + line + "\n" if line else "\n" for line in text.split("\n")) if text else ""


def _signature(obj):
    import inspect
    try:
        return str(inspect.signature(obj))
    except (TypeError, ValueError):
        return "(...)"


def _describe(obj):
    import types
    module = getattr(obj, "__module__", None)
    where = " in module %s" % module if module else ""
    if isinstance(obj, types.ModuleType):
        head = "Help on module %s:\n\nNAME\n    %s\n" % (obj.__name__, obj.__name__)
        doc = obj.__doc__
        return head + ("\nDESCRIPTION\n" + _indented(doc) if doc else "")
    if isinstance(obj, type):
        bases = ", ".join(b.__qualname__ if b.__module__ in ("builtins", module) else
                          "%s.%s" % (b.__module__, b.__qualname__) for b in obj.__bases__)
        head = "Help on class %s%s:\n\nclass %s(%s)\n" % (obj.__name__, where, obj.__name__, bases)
        doc = obj.__doc__ or ""
        return head + "".join(" |  " + line + "\n" for line in doc.split("\n")) if doc else head
    if isinstance(obj, types.FunctionType):
        name = obj.__name__
        if name == "<lambda>":
            line = "<lambda> lambda " + _signature(obj)[1:-1]
        else:
            line = name + _signature(obj)
        return "Help on function %s%s:\n\n%s\n%s" % (name, where, line, _indented(obj.__doc__))
    if isinstance(obj, (types.BuiltinFunctionType, types.MethodType)) or callable(obj):
        name = getattr(obj, "__name__", type(obj).__name__)
        kind = "built-in function" if isinstance(obj, types.BuiltinFunctionType) else "method"
        if module is None and isinstance(obj, types.BuiltinFunctionType):
            where = " in module builtins"
        return "Help on %s %s%s:\n\n%s%s\n%s" % (
            kind, name, where, name, _signature(obj), _indented(getattr(obj, "__doc__", None)))
    cls = type(obj)
    return _describe(cls)


def install():
    import builtins
    import sys
    for name in ("exit", "quit"):
        setattr(builtins, name, Quitter(name, "Ctrl-D (i.e. EOF)"))
    builtins.copyright = _Printer("copyright", sys.copyright)
    builtins.credits = _Printer(
        "credits",
        "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n"
        "    for supporting Python development.  See www.python.org for more information.")
    builtins.license = _Printer("license", "See https://www.python.org/psf/license/")
    builtins.help = _Helper()
