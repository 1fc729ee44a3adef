# memoryview: tuple keys (one index per dimension, sub-views and multi-dimensional slices not
# implemented), comparison with other exporters item by item, a view released while its key or
# value is converted, and float items set from objects with __float__.
import array


def t(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


m = memoryview(bytearray(b'abcdef'))
t('get (0,)', lambda: m[(0,)])
t('get (0, 0)', lambda: m[0, 0])
t('get ()', lambda: m[()])
t('get 2 slices', lambda: m[0:1, 0:2])
t('get mixed', lambda: m[0, 0:1])
t('get str', lambda: m['a'])
t('get float', lambda: m[0.0])


def setitem(key, value):
    m[key] = value


t('set (0,) bytes', lambda: setitem((0,), b'a'))
t('set (0,) int', lambda: (setitem((0,), 65), bytes(m)))
t('set 2 slices', lambda: setitem((slice(0, 1), slice(0, 1)), b'a'))
t('set (0, 0)', lambda: setitem((0, 0), 1))
t('set (-7,)', lambda: setitem((-7,), 1))
grid = memoryview(bytearray(range(6))).cast('B', (2, 3))
t('grid (1, 2)', lambda: grid[1, 2])
t('grid (-1, -3)', lambda: grid[-1, -3])
t('grid (2, 0)', lambda: grid[2, 0])
t('grid (0, 3)', lambda: grid[0, 3])
t('grid (1,)', lambda: grid[1,])
t('grid set', lambda: (setitem.__globals__.__setitem__('m', grid), setitem((1, 1), 99), grid.tolist())[2])

ints = array.array('i', [97, 98, 99])
view = memoryview(ints)
print(view == array.array('i', [97, 98, 99]), view == b'abc', view == array.array('i', [97, 98, 100]))
print(memoryview(b'abc') == array.array('B', b'abc'), memoryview(b'abc') == array.array('b', b'abc'))
print(memoryview(array.array('d', [1.0, 2.0])) == array.array('i', [1, 2]))


class MyIndex:
    def __init__(self, view):
        self.view = view

    def __index__(self):
        self.view.release()
        return 1


class MyFloat:
    def __init__(self, view=None):
        self.view = view

    def __float__(self):
        if self.view is not None:
            self.view.release()
        return 4.25


v = memoryview(bytearray(b'\xff' * 8))
t('released by index', lambda: v[MyIndex(v)])
v = memoryview(bytearray(b'\xff' * 8))
t('slice after release', lambda: list(v[:MyIndex(v)]))
v = memoryview(bytearray(b'\xff' * 8))
t('set released by index', lambda: setitem.__globals__.__setitem__('m', v) or setitem(MyIndex(v), 1))
d = memoryview(bytearray(16)).cast('d')
d[0] = MyFloat()
d[1] = True
print(d.tolist())
t('set released by float', lambda: setitem.__globals__.__setitem__('m', d) or setitem(0, MyFloat(d)))
t('set str as double', lambda: setitem.__globals__.__setitem__('m', memoryview(bytearray(8)).cast('d')) or setitem(0, 'x'))
