# Every empty tuple is the same object in CPython (an implementation detail programs observe
# through `is` and id()); a tuple subclass's empty instances are objects of their own.
def f(*args):
    return args


empty = ()
made = [tuple(), tuple([]), f(), (1, 2)[5:], () * 3, tuple(x for x in ()), (1,)[1:]]
print([t is empty for t in made], len({id(t) for t in made}))


class T(tuple):
    pass


print(T() is empty, T() == empty, type(T()).__name__, T() is T())
print(hash(tuple()) == hash(()), repr(tuple()), len(f()))
