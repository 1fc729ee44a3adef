# Containers whose items change them from __eq__, __lt__ and __repr__: no crash, CPython's results.
class Evil:
    def __init__(self, target): self.target = target
    def __eq__(self, other):
        self.target.clear()
        return False
    def __hash__(self): return 1
    def __lt__(self, other):
        self.target.clear()
        return True
L = [1, 2, 3]
L.append(Evil(L))
for op in ['L.index(5)', 'L.count(5)', 'L.remove(5)', '5 in L', 'L == [1, 2, 3, 4]']:
    L[:] = [1, 2, 3, Evil(L)]
    try:
        print(op, eval(op), L)
    except Exception as e:
        print(op, type(e).__name__, e)
L[:] = [Evil(L), Evil(L), 3]
try:
    L.sort()
except Exception as e:
    print(type(e).__name__, e)
print(len(L))
d = {}
e = Evil(d)
d[e] = 1
d[1] = 2
try:
    print(d.get(Evil(d)), d)
except Exception as err:
    print(type(err).__name__, err)
s = set()
s.add(Evil(s)); s.add(1)
try:
    print(Evil(s) in s, len(s))
except Exception as err:
    print(type(err).__name__, err)
t = [1, 2]
class Grow:
    def __eq__(self, o):
        t.extend(range(5))
        return False
print(t.count(Grow()) if False else 'skip')
lst = [Grow(), 1]
try:
    print(lst.index(99))
except ValueError as err:
    print(err)
class Bad:
    def __repr__(self):
        lst2.clear()
        return 'Bad'
lst2 = [Bad(), Bad(), Bad()]
print(repr(lst2))
dd = {1: Bad()}
class BadK:
    def __repr__(self):
        dd.clear()
        return 'K'
dd[BadK()] = 2
print(repr(dd))
