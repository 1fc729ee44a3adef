# sys.monitoring: local events, DISABLE, restart_events, callbacks that raise, several tools,
# STOP_ITERATION, and sys.settrace beside a tool.
import sys

m = sys.monitoring
E = m.events
m.use_tool_id(3, "t")
log = []


def raise_cb(code, offset, exc):
    log.append(("RAISE", code.co_name, type(exc).__name__))
    return m.DISABLE


m.register_callback(3, E.RAISE, raise_cb)
m.set_events(3, E.RAISE)


def f():
    try:
        1 / 0
    except ZeroDivisionError:
        pass


try:
    f()
except Exception as e:
    print("error:", type(e).__name__, e)
m.set_events(3, 0)
print(log, m.register_callback(3, E.RAISE, None))
log.clear()

lines = []


def g():
    for i in range(3):
        x = i
        y = i
    return x + y


def line_cb(code, line):
    lines.append(line - g.__code__.co_firstlineno)
    if line == g.__code__.co_firstlineno + 3:
        return m.DISABLE


m.register_callback(3, E.LINE, line_cb)
m.set_local_events(3, g.__code__, E.LINE)
g()
print("first:", lines)
lines.clear()
g()
print("disabled:", lines)
lines.clear()
m.restart_events()
g()
print("restarted:", lines)
lines.clear()
f()
print("not local to f:", lines)
print(m.get_local_events(3, g.__code__), m.get_events(3))
m.set_local_events(3, g.__code__, 0)


def boom(code, line):
    raise RuntimeError("from the callback")


m.register_callback(3, E.LINE, boom)
m.set_local_events(3, g.__code__, E.LINE)
try:
    g()
except RuntimeError as e:
    print("propagated:", e)
m.set_local_events(3, g.__code__, 0)
print(m.register_callback(3, E.LINE, None) is boom)

# Two tools see the same events, lower ids first.
m.use_tool_id(4, "second")
order = []
m.register_callback(3, E.PY_START, lambda code, off: order.append(("t3", code.co_name)))
m.register_callback(4, E.PY_START, lambda code, off: order.append(("t4", code.co_name)))
m.set_local_events(3, g.__code__, E.PY_START)
m.set_local_events(4, g.__code__, E.PY_START)
g()
f()
m.set_local_events(3, g.__code__, 0)
m.set_local_events(4, g.__code__, 0)
print(order)
m.free_tool_id(4)

# STOP_ITERATION, and RAISE in its place for a for loop while BRANCH is watched.
si = []
m.register_callback(3, E.STOP_ITERATION, lambda code, off, exc: si.append(("SI", code.co_name, exc.value)))
m.register_callback(3, E.RAISE, lambda code, off, exc: si.append(("RAISE", code.co_name, type(exc).__name__)))
m.register_callback(3, E.BRANCH, None)


def gen():
    yield 1
    return 7


def deleg():
    r = yield from gen()
    return r


async def coro():
    return 5


async def outer():
    return await coro()


def run():
    list(deleg())
    for x in gen():
        pass
    try:
        outer().send(None)
    except StopIteration:
        pass


for events in (E.STOP_ITERATION, E.STOP_ITERATION | E.RAISE, E.RAISE | E.BRANCH,
               E.STOP_ITERATION | E.RAISE | E.BRANCH, E.STOP_ITERATION | E.LINE):
    m.set_events(3, events)
    run()
    m.set_events(3, 0)
    print([entry for entry in si if entry[1] in ("deleg", "run", "outer")])
    si.clear()

# A trace function and a tool at once: each sees its own events.
trace_events = []
tool_events = []


def tracer(frame, event, arg):
    if frame.f_code is g.__code__ or frame.f_code == g.__code__:
        trace_events.append(event)
    return tracer


m.register_callback(3, E.PY_START, lambda code, off: tool_events.append(("start", code.co_name)))
m.register_callback(3, E.PY_RETURN, lambda code, off, value: tool_events.append(("return", code.co_name, value)))
m.set_local_events(3, g.__code__, E.PY_START | E.PY_RETURN)
sys.settrace(tracer)
g()
sys.settrace(None)
m.set_local_events(3, g.__code__, 0)
print(trace_events)
print(tool_events)
m.free_tool_id(3)
