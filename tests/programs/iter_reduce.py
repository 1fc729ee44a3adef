# __reduce__ and __setstate__ of the builtin iterators (pickling iterators), range_iterator
# against longrange_iterator, reversed(range), and hash/bool of ranges too long for len().
it=iter(range(2,20,3)); next(it); print(it.__reduce__()); it.__setstate__(2); print(it.__reduce__(), list(it)); print(it.__reduce__())
it=iter(range(2**65,2**65+5)); next(it); print(type(it), it.__reduce__(), it.__length_hint__()); it.__setstate__(2); print(it.__reduce__())
for x in (iter([1,2,3]), iter((1,2)), iter("ab"), iter("\xe9b"), iter(b"ab"), iter(bytearray(b"ab")), reversed([1,2]), reversed((1,2)), iter({1:2}), iter({1:2}.values()),iter({1:2}.items()), iter({1,2}), enumerate([5,6],3), zip((1,2),"cd"), zip((1,), "cd",strict=True), map(len,["ab"]), filter(None,"ab")):
    r = x.__reduce__()
    print(type(x).__name__, r[0], r[1][0] if type(r[1][0]) in (list, tuple, str, bytes, bytearray, range, dict) else type(r[1][0]).__name__, r[2:]); next(x); print(x.__reduce__()[2:])
for x in (iter([1]), iter((1,)), iter("a"), iter("\xe9"), iter(b"a"), iter(bytearray(b"a")), reversed([1]), reversed((1,)), iter({1:2}),iter({1}), iter(range(1)), iter(range(2**65,2**65+1)),):
    list(x); print(type(x).__name__, x.__reduce__())
class S:
    def __getitem__(s,i):
        if i>3: raise IndexError
        return i
x=iter(S()); print(x.__reduce__()[2:]); next(x); print(x.__reduce__()[2:]); list(x); print(x.__reduce__())
it=iter([1,2,3]); it.__setstate__(-5); print(it.__reduce__()); it.__setstate__(10); print(it.__reduce__(), list(it))
it=reversed([1,2,3]); it.__setstate__(-5); print(it.__reduce__()); it.__setstate__(10); print(it.__reduce__(), list(it))
it=iter("abc"); it.__setstate__(10); print(it.__reduce__(), list(it))
it=iter("a\xe9bc"); it.__setstate__(2); print(it.__reduce__(), list(it))
it=iter(range(5)); it.__setstate__(-3); print(it.__reduce__(), list(it))
it=iter(range(5)); it.__setstate__(30); print(it.__reduce__(), list(it))
it=iter(range(5));
try: it.__setstate__("a")
except Exception as e: print(repr(e))
print(type(iter(S())).__name__)
M = 2**63 - 1
for r in (range(M-2, M, 2), range(-M-1, -M+3), range(0, M, M//2), range(5, -M-1, -M//2)):
    print(list(r)[:3], list(reversed(r))[:3])
print(type(iter(range(3))).__name__, type(reversed(range(3))).__name__, type(iter(range(2**80))).__name__)
print(hash(range(0, 2**100 - 1, 2)) == hash(range(0, 2**100, 2)))
print(list(reversed(range(2**65, 2**65+3))), list(reversed(range(10, 0, -3))))
import pickle
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it = iter(range(10)); next(it)
    print(list(pickle.loads(pickle.dumps(it, proto))), list(pickle.loads(pickle.dumps(enumerate("ab"), proto))))

# object.__reduce__ takes no argument and __reduce_ex__ exactly one protocol number.
for call in [lambda: object().__reduce__(0), lambda: object().__reduce_ex__(), lambda: object().__reduce_ex__(None),
             lambda: object().__reduce_ex__(1, 2), lambda: object().__reduce_ex__("x")]:
    try:
        call()
        print("ok")
    except TypeError as e:
        print("TypeError", e)
print(object().__reduce__()[0].__name__, object().__reduce_ex__(0)[0].__name__)
