# sys facts the language core provides: the exception being handled, the recursion limit,
# the standard streams and exit codes.
import sys

print(sys.exc_info())
print(sys.exception())
try:
    raise ValueError("inner")
except ValueError:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, value, tb is value.__traceback__, sys.exception() is value)
    try:
        raise KeyError("nested")
    except KeyError as e:
        print(type(sys.exception()).__name__, repr(sys.exception()))
    print("restored:", type(sys.exception()).__name__)
print("after:", sys.exc_info())


def gen():
    try:
        raise TypeError("in generator")
    except TypeError:
        yield sys.exception()
        yield sys.exception()


g = gen()
print(repr(next(g)))
print(sys.exception())
print(repr(next(g)))

print(sys.getrecursionlimit())
sys.setrecursionlimit(80)
print(sys.getrecursionlimit())


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
sys.setrecursionlimit(1000)


class Capture:
    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)
        return len(text)


saved = sys.stdout
sys.stdout = Capture()
print("a", "b", sep="-", end="!")
print()
captured = sys.stdout.pieces
sys.stdout = saved
print(captured)
print(sys.stdout.write("written\n"))
print(sys.version_info[:2], sys.version_info[0] == 3)
sys.exit("goodbye")
