import copy
from collections import defaultdict, OrderedDict, Counter, ChainMap, namedtuple

# defaultdict
dd = defaultdict(list)
dd['a'].append(1); dd['b']; dd['a'].append(2)
print(dd, dd.default_factory, 'c' in dd, dd.get('c'), len(dd))
print(defaultdict(), defaultdict(None, {'x': 1}), defaultdict(int, a=1))
try:
    defaultdict()['missing']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
c2 = dd.copy(); c3 = copy.copy(dd); c4 = copy.deepcopy(dd)
print(type(c2).__name__, c2 == dd, c3.default_factory, c4['a'] is dd['a'], c4 == dd)
print(dd | {'z': 0}, type(dd | {}).__name__, type({} | dd).__name__)
counts = defaultdict(int)
for w in 'the cat the hat the end'.split():
    counts[w] += 1
print(sorted(counts.items()))
class Missing(dict):
    pass

# OrderedDict
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
print(od, OrderedDict(), list(od), list(reversed(od)))
od.move_to_end('a'); print(list(od))
od.move_to_end('a', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
od.update(x=9, y=8)
print(od.keys(), od.values(), od.items(), list(reversed(od.items())))
try:
    od.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
o1 = OrderedDict(a=1, b=2); o2 = OrderedDict(b=2, a=1)
print(o1 == o2, o1 == dict(b=2, a=1), dict(b=2, a=1) == o1, o1 != o2, o1 == OrderedDict(a=1, b=2))
print(OrderedDict.fromkeys('xyz', 0), o1 | {'c': 3}, type(o1.copy()).__name__)
rec = OrderedDict(k=1)
rec['self'] = rec
print(rec)
print(o1.setdefault('z', 5), o1.pop('z'), o1.pop('zz', None), copy.deepcopy(o1) == o1)

# Counter
c = Counter('abracadabra')
print(c, c['a'], c['zzz'], c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()), Counter(), Counter(a=3, b=-1), Counter({'x': 2}))
c.update('aab'); c.update({'z': 4}); c.subtract(a=10)
print(c)
p, q = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=-1)
print(p + q, p - q, p | q, p & q, +q, -q)
p2 = p.copy(); p2 += q; print(p2)
p2 = p.copy(); p2 -= q; print(p2)
p2 = p.copy(); p2 |= q; print(p2)
p2 = p.copy(); p2 &= q; print(p2)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1),
      Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(), Counter() == {})
del c['nonexistent']; del c['a']
print('a' in c, type(c.copy()).__name__)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(Counter('aaabbc').most_common(1), Counter(['x', 'y', 'x', 'z', 'y', 'x']))

# ChainMap
base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm.get('z'), len(cm), list(cm), sorted(cm.items()), 'c' in cm)
cm['d'] = 4; print(over)
del cm['b']; print(over, cm['b'])
try:
    del cm['a']
except KeyError as e:
    print('KeyError', e)
child = cm.new_child({'a': 100})
print(child['a'], child.parents == cm, child.maps[1:] == cm.maps, ChainMap())
print(cm.new_child(), cm.new_child(q=1).maps[0])
print(cm.pop('d'), cm.popitem(), over)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print('KeyError', e)
try:
    ChainMap({}).pop('x')
except KeyError as e:
    print('KeyError', e)
try:
    ChainMap({})['x']
except KeyError as e:
    print('KeyError', e)
print(ChainMap.fromkeys('ab', 0), cm | {'n': 1}, {'n': 1} | cm, bool(ChainMap()), bool(cm))
rc = ChainMap()
rc.maps[0]['me'] = rc
print(rc)

# namedtuple
Point = namedtuple('Point', 'x y', module='shapes')
pt = Point(1, y=2)
print(pt, pt.x, pt[1], pt._fields, Point._field_defaults, Point.__module__, Point.__doc__)
print(pt._asdict(), pt._replace(x=5), Point._make([3, 4]), tuple(pt), pt == (1, 2), hash(pt) == hash((1, 2)))
print(Point.x.__doc__, Point.__new__.__doc__, Point._make.__qualname__, Point.__match_args__)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1], module='m')
print(P3(9), P3._field_defaults, P3.__new__.__defaults__)
R = namedtuple('R', 'abc def ghi _x abc', rename=True, module='m')
print(R._fields)
for args in [('Bad', 'a def'), ('Bad', 'a _b'), ('Bad', 'a a'), ('Bad', 'a 1b'), ('1Bad', 'a'),
             ('Bad', 'a', {'defaults': [1, 2]})]:
    try:
        kw = args[2] if len(args) > 2 else {}
        namedtuple(args[0], args[1], **kw)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for call in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point._make([1]),
             lambda: pt._replace(z=1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
One = namedtuple('One', 'only', module='m')
print(One(1), copy.copy(pt), copy.deepcopy(pt), isinstance(pt, tuple), Point.__slots__)
match pt:
    case Point(x, y):
        print('matched', x, y)
class Sub(namedtuple('Base', 'a b', module='m')):
    def total(self):
        return self.a + self.b
print(Sub(1, 2), Sub(1, 2).total())
Empty = namedtuple('Empty', '', module='m')
print(Empty(), Empty._fields)
