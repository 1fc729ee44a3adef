# bool and None: singletons, arithmetic with bools, repr, comparisons, NoneType.
print(True, False, None, repr(True), str(None), type(True).__name__, type(None).__name__)
print(True + True, True * 3, False / 1, True // 1, True & False, True | False, True ^ True, -True)
print(True == 1, False == 0, isinstance(False, int), bool.__bases__[0].__name__)
print(bool(), bool(0), bool(""), bool("0"), bool([0]), bool(None), bool(0.0), bool(-0.0), bool(1e-300))
print(int(True), float(False), str(True), f"{True:d}", f"{False!r}", "%d" % True, format(True, ""))
print(sum([True, True, False]), [True, False].count(True), sorted([True, False, True]))
print(None == None, None is None, None == 0, None == False, not None, [None] * 2)
print({True: "t", 1: "one"}, {False: "f", 0: "zero", 0.0: "float zero"})
print(max(True, 2), min(False, -1), abs(True), round(True), hash(True) == hash(1))
print(type(True)(2), type(True)([]), bool("False"))
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(None)(), type(None)() is None)
try:
    None.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)


def returns_nothing():
    pass


print(returns_nothing(), returns_nothing() is None, print() is None)
print(True and "x", False or None, None or False, not True is False)
