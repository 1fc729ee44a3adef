from collections import abc

builtins = [list, tuple, str, bytes, bytearray, dict, set, frozenset, range, memoryview, int]
names = ['Hashable', 'Iterable', 'Iterator', 'Sized', 'Container', 'Collection',
         'Sequence', 'MutableSequence', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
         'Callable', 'ByteString']
for t in builtins:
    print(t.__name__, [n for n in names if issubclass(t, getattr(abc, n))])
print(isinstance({}.keys(), abc.KeysView), isinstance({}.values(), abc.ValuesView),
      isinstance({}.items(), abc.ItemsView), isinstance({}.keys(), abc.Set),
      isinstance(iter([]), abc.Iterator), isinstance(iter({}), abc.Iterator),
      isinstance((x for x in ()), abc.Generator), isinstance(type, abc.Callable),
      isinstance(type.__dict__, abc.Mapping))


async def co(): pass
c = co()
print(isinstance(c, abc.Coroutine), isinstance(c, abc.Awaitable))
c.close()
print(abc.Sequence, abc.MutableMapping.__module__)


class Duck:
    def __iter__(self): return iter([])
    def __len__(self): return 0
    def __contains__(self, x): return False
    __hash__ = None

print(isinstance(Duck(), abc.Iterable), isinstance(Duck(), abc.Sized),
      isinstance(Duck(), abc.Collection), isinstance(Duck(), abc.Hashable))


# mixins of Sequence
class Seq(abc.Sequence):
    def __init__(self, *items): self.items = items
    def __getitem__(self, i): return self.items[i]
    def __len__(self): return len(self.items)

s = Seq(1, 2, 3, 2)
print(list(s), 2 in s, 9 in s, list(reversed(s)), s.index(2), s.index(2, 2), s.count(2))
try:
    s.index(7)
except ValueError:
    print('ValueError')


# mixins of MutableSequence
class MSeq(abc.MutableSequence):
    def __init__(self): self.data = []
    def __getitem__(self, i): return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __len__(self): return len(self.data)
    def insert(self, i, v): self.data.insert(i, v)

m = MSeq()
m.append(1); m.extend([2, 3, 4]); m += [5]
m.reverse()
print(m.data, m.pop(), m.pop(0), m.data)
m.remove(3)
print(m.data)
m.clear()
print(m.data)


# mixins of Mapping and MutableMapping
class Map(abc.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)

mp = Map()
mp.update({'a': 1}, b=2)
mp.update([('c', 3)])
print(mp.get('a'), mp.get('z', 0), 'b' in mp, list(mp.keys()), list(mp.items()), list(mp.values()))
print(mp.setdefault('d', 4), mp.setdefault('a', 9), mp.pop('d'), mp.pop('zz', 'dflt'))
print(mp == {'a': 1, 'b': 2, 'c': 3}, mp.keys() == {'a', 'b', 'c'}, ('a', 1) in mp.items(),
      3 in mp.values(), mp.keys() & {'a', 'x'}, repr(mp.keys())[:8])
print(mp.popitem(), len(mp))
try:
    mp.pop('nope')
except KeyError as e:
    print('KeyError', e)
mp.clear()
try:
    mp.popitem()
except KeyError:
    print('KeyError empty')


# Set mixins
class FSet(abc.Set):
    def __init__(self, items=()): self.items = list(dict.fromkeys(items))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)

a, b = FSet([1, 2, 3]), FSet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= FSet([1, 2, 3, 4]),
      a < a, a == FSet([3, 2, 1]), a.isdisjoint([5]), type(a & b).__name__)
print(sorted([1, 5] - a) if False else sorted(a - [1]))


class MSet(abc.MutableSet):
    def __init__(self, items=()): self.s = set(items)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)

ms = MSet([1, 2])
ms |= [3]; ms -= [1]; ms ^= [2, 9]
print(sorted(ms.s), ms.pop(), sorted(ms.s))
try:
    ms.remove(100)
except KeyError as e:
    print('KeyError', e)

# abstract methods are listed
print(sorted(abc.MutableMapping.__abstractmethods__), sorted(abc.Sequence.__abstractmethods__),
      sorted(abc.Generator.__abstractmethods__))


class Gen(abc.Generator):
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
    def throw(self, typ, val=None, tb=None):
        raise StopIteration

print(list(Gen()), isinstance(Gen(), abc.Iterator))
g = Gen()
g.close()
print('closed')
