# An error inside an async generator driven by hand through __anext__().send(None).
async def numbers():
    yield 1
    yield 2 / 0


agen = numbers()
step = agen.__anext__()
try:
    step.send(None)
except StopIteration as stop:
    print("first value", stop.value)
agen.__anext__().send(None)
