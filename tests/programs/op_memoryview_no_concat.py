# Only bytes and bytearray concatenate and repeat: a memoryview on the left of `+` or `*` is a
# TypeError, while bytes + memoryview is bytes.
m = memoryview(b"k")
for label, make in [("mv + bytes", lambda: m + b"x"), ("mv * 2", lambda: m * 2), ("2 * mv", lambda: 2 * m),
                    ("mv + mv", lambda: m + m), ("bytes + mv", lambda: b"x" + m),
                    ("bytearray + mv", lambda: bytearray(b"a") + m)]:
    try:
        print(label, make())
    except TypeError as e:
        print(label, "TypeError:", e)
