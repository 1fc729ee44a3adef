# The weak dictionaries are MutableMappings: equality with other mappings, the mixin
# methods, update() from a keys()-only mapping or from pairs, and the | operators.
import collections.abc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Obj({self.name})'


a, b, c = Obj('a'), Obj('b'), Obj('c')
wvd = weakref.WeakValueDictionary({1: a, 2: b})
wkd = weakref.WeakKeyDictionary({a: 1, b: 2})
for d in (wvd, wkd):
    print(isinstance(d, collections.abc.MutableMapping), isinstance(d, collections.abc.Mapping))
print(weakref.WeakValueDictionary() == weakref.WeakValueDictionary(), wvd == {1: a, 2: b},
      wvd != {1: a}, wkd == {a: 1, b: 2})


class KeysOnly:
    def keys(self):
        return [3]

    def __getitem__(self, key):
        return c


wvd.update(KeysOnly())
print(sorted(wvd.keys()), wvd[3])
wvd.update([(4, a)], five=b)
print(sorted(wvd.keys(), key=str))
try:
    wvd.update(42)
except TypeError as e:
    print('TypeError', e)
merged = wvd | {6: c}
print(type(merged).__name__, sorted(merged.keys(), key=str))
rmerged = {7: a} | wvd
print(type(rmerged).__name__, sorted(rmerged.keys(), key=str))
wkd |= {c: 3}
print(sorted(v for v in wkd.values()))
key, value = wkd.popitem()
print(len(wkd), value in (1, 2, 3))
print(wvd.pop(3), 3 in wvd, wvd.get(3, 'gone'), wvd.setdefault(8, a))
