# Slot wrappers check their argument count; dict views compare by size and containment (values
# compared with ==, never hashed); lists compare reading their items afresh; tuple*1 is itself.
d = {1: 2, 3: 4}
print(d.keys() == {1, 3}, d.keys() < {1, 3, 5}, d.items() == {(1, 2), (3, 4)}, {1, 3} == d.keys(), d.keys() >= {1}, d.keys() == [1, 3])
class C:
    def __eq__(self, other): raise RuntimeError
    __hash__ = None
d1 = {1: C()}; d2 = {1: C()}
try: d1.items() == d2.items()
except RuntimeError: print("RuntimeError")
d3 = {1: [1]}; print(d3.items() == {1: [1]}.items(), d3.items() != {1: [2]}.items())
print({1: 2}.keys() == {1: 3}.keys(), {}.keys() <= {1: 2}.keys())
class X:
    def __eq__(self, other):
        list2.clear(); return NotImplemented
class Y:
    def __eq__(self, other):
        list1.clear(); return NotImplemented
list1 = [X()]; list2 = [Y()]
print(list1 == list2)
class Z:
    def __eq__(self, other):
        list3.clear(); return NotImplemented
list3 = [Z()]; list4 = [1]
print(list3 == list4, [1, 2] < [1, 3], [1] < [1, 0], [1, 2] == [1, 2, 3])
class Noisy:
    def __eq__(self, o): print("eq called"); return True
print([Noisy()] == [Noisy(), 1], (Noisy(),) == (1, 2))
s = (1, 2); print(s * 1 is s, "ab" * 1 is "ab" * 1, b"x" * 1)
for f in ([].__contains__, {}.__getitem__, ().__contains__, (1).__add__, [].__setitem__, (1).__neg__):
    try: f(*(1, 2, 3))
    except TypeError as e: print(e)
