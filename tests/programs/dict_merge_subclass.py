# dict(x), update(x) and {**x} read a dict subclass's entries directly unless it overrides
# __iter__; RuntimeError when the source changes size meanwhile; setdefault hashes once.
import collections
od = collections.OrderedDict([('a', 1), ('b', 2)]); od.move_to_end('a')
print(list(dict(od).items()))
class CustomDict(dict): pass
pairs = [('a', 1), ('b', 2), ('c', 3)]
print(list(dict(CustomDict(pairs)).items()))
class CustomReversedDict(dict):
    def keys(self): return reversed(list(dict.keys(self)))
    __iter__ = keys
    def items(self): return reversed(dict.items(self))
print(list(dict(CustomReversedDict(pairs)).items()))
class KeysOnly(dict):
    def keys(self): print("keys called"); return dict.keys(self)
print(dict(KeysOnly(a=1)))
class X:
    def __hash__(self): return 0
    def __eq__(self, o):
        other.clear(); return False
other = dict([(i, 0) for i in range(1, 50)]); other[X()] = 0
d = {X(): 0, 1: 1}
try: d.update(other)
except RuntimeError as e: print("RuntimeError", e)
class Hashed:
    def __init__(self): self.hash_count = 0; self.eq_count = 0
    def __hash__(self): self.hash_count += 1; return 42
    def __eq__(self, other): self.eq_count += 1; return id(self) == id(other)
h1 = Hashed(); y = {h1: 5}; h2 = Hashed(); print(y.setdefault(h2, []), h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count)
print(y.setdefault(h1), {}.setdefault(1), {1: 2}.setdefault(1, 3))
