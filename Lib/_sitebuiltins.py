"""`exit` and `quit`: the objects the start-up puts in builtins for the interactive prompt."""

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


def install():
    import builtins
    for name in ("exit", "quit"):
        setattr(builtins, name, Quitter(name, "Ctrl-D (i.e. EOF)"))
