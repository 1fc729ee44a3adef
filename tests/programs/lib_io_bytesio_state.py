# BytesIO pickles and copies through __getstate__/__setstate__: its contents, its position and
# its instance attributes, with CPython's errors for a bad state.
import copy
import io
import pickle

b = io.BytesIO(b"abc")
b.seek(1)
b.tag = "kept"
print(b.__getstate__())
for clone in (copy.deepcopy(b), copy.copy(b), pickle.loads(pickle.dumps(b))):
    print(type(clone).__name__, clone.getvalue(), clone.tell(), clone.tag)
print(io.BytesIO().__getstate__())
b.close()
try:
    b.__getstate__()
except ValueError as e:
    print("ValueError:", e)
fresh = io.BytesIO()
for bad in [(1,), (b"", 0, None, 1), ("x", 0, None), (b"", -1, None), (b"", "x", None), (b"", 0, 5), 5]:
    try:
        fresh.__setstate__(bad)
        print("accepted", bad, fresh.getvalue(), fresh.tell())
    except Exception as e:
        print(type(e).__name__, e)
fresh.__setstate__((bytearray(b"xyz"), 2, {"a": 1}))
print(fresh.getvalue(), fresh.tell(), fresh.read(), fresh.a)
