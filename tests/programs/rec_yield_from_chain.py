# A chain of generators delegating with `yield from` counts one frame per generator towards the
# recursion limit, as plain calls do.
import sys


def depth():
    frame, count = sys._getframe(1), 0
    while frame:
        count += 1
        frame = frame.f_back
    return count


def chain(n):
    if n:
        yield from chain(n - 1)
    else:
        yield "bottom"


sys.setrecursionlimit(depth() + 200)
for levels in (150, 190, 260):
    try:
        print(levels, list(chain(levels)))
    except RecursionError as e:
        print(levels, type(e).__name__, e)
