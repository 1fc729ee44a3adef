# Generator state: gi_running, gi_frame, gi_suspended, "generator already executing".
def self_ref():
    yield me.gi_running
    try:
        next(me)
    except ValueError as e:
        yield "%s: %s" % (type(e).__name__, e)


me = self_ref()
print(me.gi_running, me.gi_suspended)
print(next(me))
print(me.gi_suspended)
print(next(me))
print(next(me, "done"))
print(me.gi_frame, me.gi_suspended, me.gi_running)


def sends_to_self():
    yield gen.send(None)


gen = sends_to_self()
try:
    next(gen)
except ValueError as e:
    print(type(e).__name__, e)


def throws_self():
    try:
        yield
    finally:
        pass
    yield


# A generator's frame locals and its code
def with_locals(a):
    b = a * 2
    yield b


g = with_locals(5)
print(g.gi_code.co_name, g.gi_frame.f_locals)
next(g)
print(sorted(g.gi_frame.f_locals.items()))
print(g.gi_yieldfrom)


def outer():
    yield from inner_gen


inner_gen = (i for i in range(3))
o = outer()
next(o)
print(o.gi_yieldfrom is inner_gen)
print(type(o).__name__, o.__name__, o.__qualname__)
o.__name__ = "renamed"
print(o.__name__)
