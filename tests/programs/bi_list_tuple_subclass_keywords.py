# A list subclass with its own __new__, or a tuple subclass with its own __init__, may be
# called with keyword arguments (the builtin part ignores them); plain ones may not.
class ListNew(list):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self
u = ListNew([1, 2], newarg=3)
print(u, u.newarg)
class ListInit(list):
    def __init__(self, seq, newarg=None):
        super().__init__(seq)
        self.newarg = newarg
u = ListInit([1, 2], newarg=3)
print(u, u.newarg)
class TupleInit(tuple):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
u = TupleInit([1, 2], newarg=3)
print(u, u.newarg)
class TupleNew(tuple):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self
u = TupleNew([1, 2], newarg=3)
print(u, u.newarg)
class Plain(list): pass
class PlainT(tuple): pass
for cls in (list, tuple, Plain, PlainT):
    try:
        cls([1], x=1)
    except TypeError as e:
        print(cls.__name__, e)
