# When neither operand of * can multiply and one is a sequence, the error is the sequence
# repeat's: "can't multiply sequence by non-int of type ...", also for in-place repeats.

class A:
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
class B: pass
for a, b in [(A(), "x"), ("x", A()), (B(), [1]), ([1], B()), ((1,), 1.5), (b"a", None), (None, None), (bytearray(b"a"), A())]:
    try:
        a * b
    except TypeError as e:
        print(e)
x = [1]
try:
    x *= B()
except TypeError as e:
    print(e)
