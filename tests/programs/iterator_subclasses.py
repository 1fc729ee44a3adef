# The builtin iterator types enumerate, zip, map, filter and reversed can be subclassed; the
# instances iterate as their base does, keep their class and instance dict, and may override
# __next__. reversed() of an object with __reversed__ returns what that method returns.


class Numbered(enumerate):
    def __next__(self):
        i, item = super().__next__()
        return f"{i}:{item}"


class Pairs(zip):
    pass


class Doubled(map):
    pass


class Evens(filter):
    tag = "evens"


class Backwards(reversed):
    pass


n = Numbered("abc", start=1)
n.note = "kept"
print(type(n).__name__, list(n), n.note)
p = Pairs([1, 2], "xy")
print(type(p).__name__, list(p), isinstance(p, zip))
d = Doubled(lambda x: x * 2, range(3))
print(type(d).__name__, list(d))
e = Evens(lambda x: x % 2 == 0, range(7))
print(type(e).__name__, e.tag, next(e), next(e), list(e))
b = Backwards([1, 2, 3])
print(type(b).__name__, list(b))
r = Backwards(range(3))
print(type(r).__name__, list(r))
for x in Numbered(["z"]):
    print(x)
print(list(zip(Pairs("ab", "cd"), Doubled(str.upper, "ab"))))
