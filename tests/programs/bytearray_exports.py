# A bytearray viewed by a memoryview cannot change size (BufferError) until every view of it is
# released or freed; same-size changes go through the view and the bytearray alike.
ba = bytearray(b'xyz'); mv = memoryview(ba)
try:
    ba.append(1)
except BufferError as err: print("BufferError", err)
mv[0] = 65
print(ba)
ba[1] = 66
print(bytes(mv))
mv.release(); ba.append(1); print(ba)
with memoryview(ba) as m:
    try:
        ba.extend(b'q')
    except BufferError as err: print("BufferError", err)
    try:
        del ba[0]
    except BufferError as err: print("BufferError", err)
ba.extend(b'q'); print(ba)
m2 = memoryview(ba)[1:3]
try:
    ba.clear()
except BufferError as err: print("BufferError", err)
del m2
import gc; gc.collect()
ba.clear(); print(ba)
ba = bytearray(b'abcdef')
m = memoryview(ba)
for op in ("ba.pop()", "ba.pop(10)", "bytearray().pop()", "ba.remove(120)", "ba.remove(97)", "ba.insert(0, 1)",
           "ba.extend(b'')", "ba.extend([])", "ba.__iadd__(b'')", "ba.__imul__(1)", "ba.__imul__(2)", "ba.__imul__(0)",
           "ba.__setitem__(slice(0, 2), b'XY')", "ba.__setitem__(slice(0, 2), b'XYZ')", "ba.__setitem__(slice(0, 6, 2), b'123')",
           "ba.__delitem__(slice(0, 0))", "ba.__delitem__(slice(0, 1))", "ba.__delitem__(0)", "ba.__delitem__(50)",
           "ba.__init__(b'qwerty')", "ba.__init__(b'qw')", "ba.clear()", "ba.reverse()", "ba.append(300)"):
    try:
        r = eval(op)
        print(op, "->", r if not isinstance(r, bytearray) else bytes(r))
    except Exception as err:
        print(op, "->", type(err).__name__, err)
print(bytes(m), ba)
m2 = m[1:3]
m.release()
try:
    ba.append(1)
except BufferError as err:
    print("still exported:", err)
m2.release()
ba.append(1)
print(ba)

# An empty value assigned to an extended slice deletes it (lists refuse instead).
for key in (slice(1, -1, 2), slice(None, None, 3), slice(5, None, 2), slice(None, None, -2)):
    b = bytearray(b"abcdefgh")
    b[key] = b""
    print(key, b)
b = bytearray(b"abcdefgh")
with memoryview(b):
    try:
        b[1:-1:2] = b""
    except BufferError as err:
        print("BufferError:", err, b)
