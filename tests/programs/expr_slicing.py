# Slicing of sequences: negative indices, steps, out of range, slice objects, assignment.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-1:-4:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:2], s[::-3])
t = tuple(range(10))
print(t[3:8:2], t[8:3:-2], t[:0])
lst = list(range(10))
print(lst[slice(2, 6)], lst[slice(None, None, -2)], lst[slice(3)])
sl = slice(1, 9, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(-3, None).indices(10))
print(slice(None, None, -1).indices(4))
lst[2:4] = "xyz"
print(lst)
lst[::2] = range(len(lst[::2]))
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    lst[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a":"b"]
except TypeError as e:
    print(type(e).__name__, e)
print(b"bytes"[1:3], bytearray(b"xyz")[::-1], range(10)[2:8:3])
print(range(10)[::-1], list(range(10)[::-1][:3]))


class Show:
    def __getitem__(self, key):
        return key


sh = Show()
print(sh[1:2], sh[::], sh[1:2, 3], sh[..., 1:], sh[:, None])
m = memoryview(b"abcdef")
print(bytes(m[1:4]))
big = list(range(5))
print(big[-2**70:2**70])
