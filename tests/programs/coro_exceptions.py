# Exceptions flowing through awaits, try/finally in coroutines, throw() into a suspended await.
class Wait:
    def __await__(self):
        try:
            yield "waiting"
        except KeyError as e:
            print("  awaitable saw", repr(e))
            raise


async def risky(fail):
    try:
        await Wait()
        if fail:
            raise ValueError("risky failed")
        return "ok"
    finally:
        print("  risky finally, fail =", fail)


async def caller(fail):
    try:
        return await risky(fail)
    except ValueError as e:
        return "caller handled: %s" % e


def finish(coro, *sends):
    coro.send(None)
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


print(finish(caller(False)))
print(finish(caller(True)))

c = caller(False)
c.send(None)
try:
    c.throw(KeyError("injected"))
except KeyError as e:
    print("throw propagated", repr(e))


async def catches_throw():
    try:
        await Wait()
    except KeyError:
        return "recovered"


c = catches_throw()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)


async def stop_iteration_inside():
    raise StopIteration("inside coroutine")


try:
    stop_iteration_inside().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

c = caller(False)
c.send(None)
c.close()
print("closed")
