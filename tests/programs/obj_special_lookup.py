# Special methods are looked up on the type, not the instance; metaclass special methods for classes.
class C:
    def __len__(self):
        return 1

    def __repr__(self):
        return "C-repr"


c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__(), c.__repr__())


class Meta(type):
    def __len__(cls):
        return 42

    def __repr__(cls):
        return "<Meta class %s>" % cls.__name__

    def __iter__(cls):
        return iter(["meta", "iter"])

    def __getitem__(cls, k):
        return "meta getitem %r" % (k,)

    def __call__(cls, *args):
        return "meta call %r" % (args,)

    def __add__(cls, other):
        return "meta add"

    def __contains__(cls, x):
        return x == "member"

    def __bool__(cls):
        return False


class K(metaclass=Meta):
    def __len__(self):
        return 7


print(len(K), repr(K), list(K), K[1], K(1, 2), K + 1, "member" in K, bool(K))
print(len(object.__new__(K)))


class Dynamic:
    pass


d = Dynamic()
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
Dynamic.__len__ = lambda self: 5
print(len(d))
del Dynamic.__len__
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)
Dynamic.__eq__ = lambda self, other: True
print(d == 3, Dynamic.__hash__ is not None)
Dynamic.__getitem__ = lambda self, i: i * 2
print(d[21])
