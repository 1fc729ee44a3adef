# A NaN never equals itself, even through the type's own __eq__ and for subclasses; containers
# compare items by identity first, so a list holding the same NaN object equals itself.
class F(float):
    pass


class C(complex):
    pass


for nan in (float("nan"), F("nan")):
    print(type(nan).__name__, nan == nan, nan != nan, float.__eq__(nan, nan), float.__ne__(nan, nan))
    print("  containers:", [nan] == [nan], (nan,) == (nan,), nan in [nan], {1: nan} == {1: nan})
c = C(float("nan"), 0)
print("complex", c == c, c != c, complex.__eq__(c, c))
x = 10**30
print("int", int.__eq__(x, x), "str", str.__eq__("a", "a"))
