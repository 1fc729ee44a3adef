# array.array: typecodes, conversions and their errors, sequence methods, slicing,
# comparisons, the buffer protocol (memoryview, bytes, struct.pack_into) and copying.
from array import array
import array as arraymod
print(arraymod.typecodes)
a = array('i', [1, 2, 3])
print(a, repr(array('d')), array('u', 'héllo'), array('b', b'\x01\xff'))
print(len(a), a[0], a[-1], a[1:], a[::-1], a.itemsize, a.typecode)
a.append(4); a.extend([5, 6]); a.extend(array('i', [7]))
print(a, a.tolist(), a.tobytes()[:8])
a.insert(0, -1); a.insert(100, 99); print(a, a.pop(), a.pop(0), a)
a.remove(3); print(a, a.index(4), a.count(2), 5 in a, 50 in a)
a.reverse(); print(a)
b = array('h', [1, 256]); b.byteswap(); print(b)
m = memoryview(a); print(m.format, m.itemsize, m.nbytes, m.tolist(), bytes(array('H', [1, 2])))
m[0] = 100; print(a)
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1]) < array('i', [1, 0]), array('i', [2]) > array('i', [1, 5]))
print(array('i', [1, 2]) + array('i', [3]), array('b', [1]) * 3, 2 * array('b', [7]))
c = array('i', range(10)); del c[::2]; print(c); c[1:3] = array('i', [9, 9, 9]); print(c)
c[::2] = array('i', [0, 0, 0]); print(c)
c = array('f', [1.5, 2.25]); print(c, c[0])
print(array('Q', [2**64 - 1]), array('q', [-2**63]))
for code, bad in [('b', 128), ('B', -1), ('h', 2**15), ('H', -1), ('I', -1), ('q', 2**63), ('Q', -1), ('B', 256)]:
    try:
        array(code, [bad])
    except OverflowError as e:
        print(code, e)
for args in [('x',), (1,), ('i', 'abc'), ('i', [1.5]), ('d', ['x']), ('u', [1])]:
    try:
        array(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    array('i').pop()
except IndexError as e:
    print(e)
try:
    array('i', [1]).remove(5)
except ValueError as e:
    print(e)
try:
    array('i', [1]).frombytes(b'abc')
except ValueError as e:
    print(e)
try:
    hash(array('i'))
except TypeError as e:
    print(e)
a = array('i', [1, 2])
it = iter(a); print(next(it)); a.append(3); print(list(it))
import copy, struct
print(copy.copy(a), copy.deepcopy(a), a.__reduce_ex__(2))
print(bool(array('i')), bool(a))
z = array('b', [0, 0, 0, 0]); struct.pack_into('<i', z, 0, -2); print(z)
class Sub(array):
    pass
s = Sub('i', [1]); print(s, type(s[0:1]).__name__, s.__reduce_ex__(2)[0].__name__)
print(array('u', 'abc').tounicode(), array('d', [1, 2]).tolist())
print(sum(array('i', [1, 2, 3])), sorted(array('i', [3, 1, 2])), list(reversed(array('i', [1, 2]))))
