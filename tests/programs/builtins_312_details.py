# Details of the builtin types that changed in 3.12 or that CPython's 3.12 tests check.
import pickle
import struct
import warnings

# AttributeError pickles its name (not its obj) and args.
e = AttributeError("foo", name="name", obj="obj")
print(e.__reduce__())
copy = pickle.loads(pickle.dumps(e))
print(repr(copy), copy.name, copy.obj, copy.args)
e.extra = 1
print(AttributeError("bare").__reduce__(), e.__reduce__())

# The instance sizes CPython reports (dicts and weak references live outside the object).
class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


class MyInt(int):
    pass


word = struct.calcsize("P")
print(Plain.__basicsize__ == object.__basicsize__ == 2 * word, Slotted.__basicsize__ - object.__basicsize__ == 2 * word)
print(MyInt.__basicsize__ == int.__basicsize__, int.__itemsize__, tuple.__itemsize__ == word)
for value in (0, 1, -1, 2**30 - 1, 2**30, 2**60):
    print(value, value.__sizeof__() == int.__basicsize__ + int.__itemsize__ * max(1, -(-value.bit_length() // 30)))

# memoryview of half floats.
half = struct.pack("eee", 0.0, -1.5, 1.5)
view = memoryview(bytearray(half)).cast("e")
print(view.tolist(), view.nbytes)
view[0] = 2.5
print(view.tolist())
try:
    view[1] = 1e10
except ValueError as err:
    print("ValueError:", err)

# __type_params__ can be replaced but not deleted.
class Generic[T]:
    pass


Generic.__type_params__ = "whatever"
try:
    del Generic.__type_params__
except TypeError as err:
    print("TypeError:", err)
print(Generic.__type_params__)

# ~ on a bool warns, also when the operand is a constant.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    flag = False
    print(~flag, eval("~True"))
print([w.category.__name__ for w in caught])

# iter(callable, sentinel) whose callable exhausts the iterator itself stops.
def spam():
    if spam.again:
        return 2
    spam.again = True
    list(spam.iterator)
    return 1


spam.again = False
spam.iterator = iter(spam, 2)
print(list(spam.iterator))

# Slot wrappers and method descriptors are descriptors themselves.
import inspect

print(inspect.signature(object.__init__.__get__), str.join.__get__("-")(["a", "b"]))
print(type(object.__init__.__get__(1)).__name__, type(str.join.__get__("")).__name__)
print(str.join.__get__(None, str) is str.join, hasattr(int.__add__, "__get__"))
