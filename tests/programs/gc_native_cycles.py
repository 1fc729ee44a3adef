# Reference cycles through native objects (itertools, io, mappingproxy) are collected.
import gc, itertools, weakref, io
class Marker:
    pass
def cycle_through(make):
    l = []
    m = Marker()
    l.append(m)
    it = make(l)
    l.append(it)
    ref = weakref.ref(m)
    del l, it, m
    gc.collect()
    return ref() is None
makers = {
    "chain": lambda l: itertools.chain(l),
    "chain.from_iterable": lambda l: itertools.chain.from_iterable([l]),
    "cycle": lambda l: itertools.cycle(l),
    "repeat": lambda l: itertools.repeat(l),
    "islice": lambda l: itertools.islice(l, 3),
    "starmap": lambda l: itertools.starmap(print, l),
    "compress": lambda l: itertools.compress(l, l),
    "dropwhile": lambda l: itertools.dropwhile(bool, l),
    "filterfalse": lambda l: itertools.filterfalse(None, l),
    "accumulate": lambda l: itertools.accumulate(l),
    "pairwise": lambda l: itertools.pairwise(l),
    "zip_longest": lambda l: itertools.zip_longest(l, fillvalue=l),
    "product": lambda l: itertools.product(l[:1]),
    "batched": lambda l: itertools.batched(l, 2),
    "count": lambda l: itertools.count(0, 1),
}
for name, make in makers.items():
    print(name, cycle_through(make))

l = []
m = Marker()
l.append(m)
buffered = io.BufferedReader(io.BytesIO(b"x"))
text = io.TextIOWrapper(buffered)
text.cycle = [text, l]
l.append(text)
ref = weakref.ref(m)
del l, m, text, buffered
gc.collect()
print("io", ref() is None)
