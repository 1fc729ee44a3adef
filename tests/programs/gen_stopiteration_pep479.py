# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("inside")


try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__), "context is cause:", e.__context__ is e.__cause__)


def next_on_empty():
    it = iter([])
    yield next(it)


try:
    print(list(next_on_empty()))
except RuntimeError as e:
    print(type(e).__name__, e)


def return_value():
    yield 1
    return 42


g = return_value()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
try:
    next(g)
except StopIteration as e:
    print("again, value", e.value)


# StopIteration subclass also converted
class MyStop(StopIteration):
    pass


def raises_subclass():
    raise MyStop
    yield


try:
    next(raises_subclass())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# In a generator expression too
def stopper(x):
    if x == 2:
        raise StopIteration
    return x


try:
    print(list(stopper(x) for x in range(5)))
except RuntimeError as e:
    print("genexpr:", type(e).__name__, e)

# But in a list comprehension StopIteration propagates unchanged.
try:
    print([stopper(x) for x in range(5)])
except StopIteration as e:
    print("listcomp: StopIteration propagates", repr(e))

# next() with a default
print(next(iter([]), "default"))
# Returning from a generator with a tuple value
def tup():
    return (1, 2)
    yield


try:
    next(tup())
except StopIteration as e:
    print(e.value, e.args)
