"""The objects the site set-up puts in builtins: exit and quit."""

import sys


class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)

    def __call__(self, code=None):
        # The REPL reads stdin; closing it (when it can be) makes the exit final.
        try:
            sys.stdin.close()
        except Exception:
            pass
        raise SystemExit(code)


def install():
    import builtins
    builtins.exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
    builtins.quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')
