# __bool__ and __len__ decide truthiness; errors for bad return values.
class WithBool:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  __bool__")
        return self.v


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  __len__")
        return self.n


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class Neither:
    pass


print(bool(WithBool(False)), bool(WithBool(True)))
print(bool(WithLen(0)), bool(WithLen(3)))
print(bool(Both()), bool(Neither()))
print("yes" if WithLen(2) else "no", not WithLen(0))
print([x for x in (WithLen(0), WithLen(1)) if x].__len__())

for bad in (WithBool(1), WithBool(None), WithBool("x")):
    try:
        bool(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in (WithLen(-1), WithLen("3"), WithLen(2 ** 100), WithLen(1.0)):
    try:
        bool(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class BoolSubclass:
    def __bool__(self):
        return bool(1)


print(bool(BoolSubclass()))


class LenIndex:
    class Two:
        def __index__(self):
            return 2

    def __len__(self):
        return self.Two()


print(len(LenIndex()), bool(LenIndex()))

# __bool__ = None makes truthiness an error
class NoBool:
    __bool__ = None


try:
    bool(NoBool())
except TypeError as e:
    print(type(e).__name__, e)

# while and if use the same protocol
w = WithLen(1)
if w:
    print("if saw truthy")
print(all([WithLen(1), WithBool(True)]), any([WithLen(0), WithBool(False)]))
