# weakref.finalize at the interpreter's end: pending finalizers whose `atexit` is true run
# newest first; one made while they run runs next; an exception goes to sys.excepthook and the
# others still run; `atexit = False` ones do not run.
import sys
import weakref


class Anchor:
    pass


anchor = Anchor()


def report(kind, value, traceback):
    print("excepthook:", kind.__name__, value)


sys.excepthook = report


def failing():
    weakref.finalize(anchor, print, "made while exiting")
    print("failing runs")
    1 / 0


first = weakref.finalize(anchor, print, "first", 1)
skipped = weakref.finalize(anchor, print, "never printed")
middle = weakref.finalize(anchor, failing)
last = weakref.finalize(anchor, print, "last", 4)
skipped.atexit = False
called = weakref.finalize(anchor, print, "called before the end")
called()
print("alive:", first.alive, skipped.alive, called.alive, first.atexit, skipped.atexit)
print("end of the module")
