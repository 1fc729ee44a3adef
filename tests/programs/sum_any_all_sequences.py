# sum, any and all over lists and tuples (stepped by index, as their iterators would be), list
# subclasses with their own __iter__, and lists changed while they are consumed.
class Grow:
    def __init__(self, lst): self.lst = lst
    def __radd__(self, other):
        if len(self.lst) < 6: self.lst.append(1)
        return other + 1
lst = [Grow(None)]
lst[0].lst = lst
print(sum(lst), len(lst))
print(sum((1, 2, 3)), sum([1.5, 2, 3]), sum([], 5), any([0, '', 3]), all((1, [], 2)), any(()), all([]))
class T(tuple):
    def __iter__(self): return iter([100])
print(sum(T((1, 2))), any(T((0,))))
l = [3, 0, 1]
def trunc(x):
    l.clear(); return x
print(any(trunc(v) for v in l), l)
l = [0, 0, 1]
class Clear:
    def __bool__(self): l.clear(); return False
l.insert(0, Clear())
print(any(l), l)
