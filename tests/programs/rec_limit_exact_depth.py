# The recursion limit counts Python frames: with the limit at the current depth plus N, exactly
# N more frames fit (the module frame itself counts once, as in CPython).
import sys


def depth():
    frame, count = sys._getframe(1), 0
    while frame:
        count += 1
        frame = frame.f_back
    return count


def recurse(n):
    if n:
        recurse(n - 1)


sys.setrecursionlimit(depth() + 100)
for frames in (99, 100, 101):
    try:
        recurse(frames - 1)
        print(frames, "frames: fine")
    except RecursionError as e:
        print(frames, "frames:", type(e).__name__, e)
