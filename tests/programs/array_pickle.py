# array pickling: __reduce_ex__ by protocol, _array_reconstructor with machine formats and
# its errors, pickle round trips.
import array, pickle
for code in "bBhHiIqQfdu":
    a = array.array(code, "ab" if code == "u" else [1, 2])
    r = a.__reduce_ex__(3)
    print(code, r[0].__name__, r[1][1:], pickle.dumps(a, 4).hex()[:60], pickle.loads(pickle.dumps(a, 3)) == a)
print(array.array._array_reconstructor if hasattr(array.array, "_array_reconstructor") else "-")
print(array._array_reconstructor(array.array, "d", 15, b"\x3f\xc0\x00\x00"))
for bad in [(1, "i", 0, b""), (int, "i", 0, b""), (array.array, "x", 0, b""), (array.array, "i", 99, b""), (array.array, "i", 0, "s")]:
    try:
        array._array_reconstructor(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
