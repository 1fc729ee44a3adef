# Generators: send, throw, close and their return values and exceptions.
def echo():
    received = []
    try:
        while True:
            try:
                value = yield len(received)
                received.append(value)
            except ValueError as e:
                received.append("caught " + str(e))
    finally:
        print("  echo closing with", received)


g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.throw(ValueError("oops")))
print(g.send(None))
g.close()
print(g.gi_frame is None)
try:
    next(g)
except StopIteration as e:
    print("StopIteration after close", e.value)

g2 = echo()
try:
    g2.send("not started")
except TypeError as e:
    print(type(e).__name__, e)
print(g2.send(None))
g2.close()


def returns():
    x = yield 1
    return "returned %s" % x


g3 = returns()
next(g3)
try:
    g3.send("X")
except StopIteration as e:
    print("value:", e.value, e.args)


def unhandled():
    yield 1
    yield 2


g4 = unhandled()
next(g4)
try:
    g4.throw(KeyError("thrown in"))
except KeyError as e:
    print("propagated", repr(e))
print(list(g4))

# throw into an unstarted generator raises immediately, the generator is finished.
g5 = unhandled()
try:
    g5.throw(IndexError)
except IndexError as e:
    print("unstarted throw:", repr(e))
print(list(g5))


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing to exit"


g6 = ignores_exit()
next(g6)
try:
    g6.close()
except RuntimeError as e:
    print(type(e).__name__, e)


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit")
        raise


g7 = catches_exit()
next(g7)
print(g7.close())
print(catches_exit().close())  # closing an unstarted generator does nothing
