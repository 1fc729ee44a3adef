# Async generators: aclose() running finally with await, athrow handled, StopAsyncIteration rules.
class Pause:
    def __await__(self):
        yield "pause"


def drive(aw):
    out = []
    while True:
        try:
            out.append(aw.send(None))
        except StopIteration as e:
            return out, e.value
        except StopAsyncIteration:
            return out, "StopAsyncIteration"
        except Exception as e:
            return out, "%s: %s" % (type(e).__name__, e)


async def resource():
    try:
        yield "r1"
        yield "r2"
    finally:
        await Pause()
        print("  released after awaiting in finally")


r = resource()
print(drive(r.__anext__()))
print(drive(r.aclose()))
print(drive(r.__anext__()))


async def handles_throw():
    while True:
        try:
            yield "ready"
        except KeyError:
            yield "handled KeyError"


h = handles_throw()
print(drive(h.__anext__()))
print(drive(h.athrow(KeyError)))
print(drive(h.athrow(ValueError("unhandled"))))
print(drive(h.__anext__()))


async def ignores_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2


ic = ignores_close()
drive(ic.__anext__())
print(drive(ic.aclose()))


async def raises_stop():
    yield 1
    raise StopAsyncIteration


rs = raises_stop()
drive(rs.__anext__())
print(drive(rs.__anext__()))
