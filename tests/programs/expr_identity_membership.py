# is / is not / in / not in, including custom __contains__ and identity of singletons.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, (a is b) is True)
print(2 in a, 3 not in a, "b" in "abc", "" in "abc", "ac" in "abc")
print(1 in {1: "x"}, "x" in {1: "x"}, 1 in {1, 2}, (1, 2) in [(1, 2)])
print(3 in range(0, 10, 3), 4 in range(0, 10, 3), 10 in range(10))
print(b"b" in b"abc", 98 in b"abc")
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)

nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan])  # identity shortcut in containers


class Box:
    def __contains__(self, item):
        print("  contains", item)
        return item == "yes"


print("yes" in Box(), "no" in Box(), "no" not in Box())


class Weird:
    def __contains__(self, item):
        return [item]  # truthy, converted to bool


print(0 in Weird())


class Iterable:
    def __iter__(self):
        return iter([1, 2, 3])


print(2 in Iterable(), 5 in Iterable())


class OldSeq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * 10


print(20 in OldSeq(), 25 in OldSeq())
print(True is True, type(None)() is None, ... is Ellipsis, NotImplemented is NotImplemented)
