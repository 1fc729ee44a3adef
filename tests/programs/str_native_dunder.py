# A subclass whose __str__ is a native method other than object's: str() calls it.
class Loud(int):
    def __repr__(self):
        return 'Loud!'


class Plain(Loud):
    __str__ = int.__repr__


class FloatStr(float):
    __str__ = float.__repr__

    def __repr__(self):
        return 'F!'


print(str(Loud(3)), str(Plain(3)), f"{Plain(4)!s}", '%s' % Plain(5), repr(Plain(6)))
print(str(FloatStr(1.5)), repr(FloatStr(1.5)), [Plain(7)], format(Plain(8)))
