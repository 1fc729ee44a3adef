# select.select, select.poll and selectors over pipes.
import os
import select
import selectors

r, w = os.pipe()
print(select.select([r], [w], [], 0))
os.write(w, b"data")
print(select.select([r], [w], [], 0))
print(select.select([], [], [], 0.01))
p = select.poll()
p.register(r, select.POLLIN)
print(p.poll(0))
p.modify(r, select.POLLOUT)
print(p.poll(0))
p.unregister(r)
print(p.poll(0))
os.read(r, 100)


class Wrapper:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


print(select.select([Wrapper(r)], [], [], 0))
for bad in ([-1], ["x"]):
    try:
        select.select(bad, [], [], 0)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print("ValueError", e)
os.close(w)
print(select.select([r], [], [], 1))
print(os.read(r, 10))

r, w = os.pipe()
with selectors.DefaultSelector() as sel:
    key = sel.register(r, selectors.EVENT_READ, data="reader")
    print(key.fd == r, key.events, key.data)
    print(sel.select(0))
    os.write(w, b"x")
    print([(k.data, ev) for k, ev in sel.select(1)])
    sel.modify(r, selectors.EVENT_READ, data="renamed")
    print(sel.get_key(r).data, len(sel.get_map()), r in sel.get_map())
    sel.unregister(r)
    try:
        sel.get_key(r)
    except KeyError:
        print("KeyError after unregister")
    try:
        sel.register(r, 0)
    except ValueError as e:
        print("ValueError", e)
sel = selectors.SelectSelector()
sel.register(w, selectors.EVENT_WRITE, "w")
print([(k.data, ev) for k, ev in sel.select(0)])
sel.close()
os.close(r)
os.close(w)
