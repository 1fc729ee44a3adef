# deepcopy of sets and frozensets copies their items (set has no special-cased reduction
# in Ferrython's copy module otherwise).
import copy


class Tracer:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return self.value

    def __deepcopy__(self, memo=None):
        return Tracer(self.value + 1)


t = Tracer(10)
for kind in (set, frozenset):
    original = kind([t])
    dup = copy.deepcopy(original)
    print(kind.__name__, type(dup).__name__, dup is original, [e.value for e in dup])
plain = frozenset({1, 2})
print(copy.deepcopy(plain) == plain, copy.copy(plain) is plain)
nested = {"s": {1, 2}, "l": [frozenset({"a"})]}
dup = copy.deepcopy(nested)
print(dup == nested, dup["s"] is nested["s"])
