# An error inside an async generator driven by hand through __anext__().send(None).

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


async def numbers():
    yield 1
    yield 2 / 0


probe = numbers()
try:
    probe.__anext__().send(None)
except StopIteration as stop:
    print("probe first", stop.value)
try:
    probe.__anext__().send(None)
except ZeroDivisionError as e:
    print("caught:", type(e).__name__, e, frames(e))
try:
    probe.__anext__().send(None)
except StopAsyncIteration as e:
    print("then finished:", type(e).__name__)
agen = numbers()
step = agen.__anext__()
try:
    step.send(None)
except StopIteration as stop:
    print("first value", stop.value)
agen.__anext__().send(None)
