# list(), tuple(), list.extend and sorted() ask an instance of a class statement's class for its
# length (__len__, else __length_hint__) as CPython does to size the result, so those methods'
# errors show; special methods found through a descriptor's __get__ are bound by it.
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
    def __length_hint__(self): raise ValueError('boom')
for make in (list, tuple, lambda x: [].extend(x), sorted):
    try: print(make(It()))
    except ValueError as e: print('ValueError', e)
class It2(It):
    def __length_hint__(self): return -1
class It3(It):
    def __length_hint__(self): return 'x'
class It4(It):
    def __length_hint__(self): return NotImplemented
class It5(It):
    def __length_hint__(self): raise TypeError('ignored')
class It6(It):
    def __len__(self): raise TypeError("ignored too")
class It7(It):
    def __len__(self): raise KeyError("len")
class It8(It):
    def __len__(self): return 3
    def __length_hint__(self): raise ValueError('not asked')
for cls in (It2, It3, It4, It5, It6, It7, It8):
    try: print(cls.__name__, list(cls()))
    except Exception as e: print(cls.__name__, type(e).__name__, e)
record = []
class D:
    def __get__(self, obj, owner):
        record.append(1)
        return lambda: 0
class It9(It):
    __length_hint__ = D()
print(list(It9()), record)
class B:
    def __get__(self, obj, owner):
        record.append(2)
        return lambda: b"hi"
class X:
    __bytes__ = B()
print(bytes(X()), record)


# sys.getsizeof looks __sizeof__ up on the type, not through the instance's __getattribute__.
import sys


class Sized:
    def __sizeof__(self):
        return 42


class Guarded:
    def __getattribute__(self, name):
        raise AssertionError(name)


print(sys.getsizeof(Sized()) >= 42, sys.getsizeof(Guarded()) > 0)
