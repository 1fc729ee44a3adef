# bool & | ^ bool is a bool; int.__new__(bool) is refused; bound methods show the
# attributes of their function; traceback.tb_next can be reassigned.
for a in False, True:
    for b in False, True:
        print(repr(a & b), repr(a | b), repr(a ^ b), repr(a & 1), repr(1 | b))
x = True
x &= False
print(repr(x))
try:
    int.__new__(bool, 0)
except TypeError as e:
    print(type(e).__name__, e)


class A:
    def f(self):
        pass


A.f.marker = "set on the function"
print(A().f.marker, getattr(A().f, "missing", "default"))
try:
    A().f.missing
except AttributeError as e:
    print(e)


def boom():
    1 / 0


try:
    boom()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_next is not None)
    tb.tb_next = None
    print(tb.tb_next)
    for bad in (5, tb):
        try:
            tb.tb_next = bad
        except (TypeError, ValueError) as err:
            print(type(err).__name__, err)
    try:
        del tb.tb_next
    except TypeError as err:
        print(type(err).__name__, err)
