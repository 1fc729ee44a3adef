# Jumps (frame.f_lineno = N from a trace function) in generators and coroutines: from 'line'
# events, from the 'call' event of a resumed generator and from the 'return' event of a yield.
# Lines are printed relative to the traced function's `def` line.
import sys


def trace(func, plan, run):
    first = func.__code__.co_firstlineno
    plan = dict(plan)
    log = []

    def tracer(frame, event, arg):
        if (frame.f_code.co_name, frame.f_code.co_firstlineno) != (func.__name__, first):
            return None
        line = frame.f_lineno - first
        log.append(f"{event} {line}")
        target = plan.pop((event, line), None)
        if target is not None:
            try:
                frame.f_lineno = first + target
                log.append(f"  -> {frame.f_lineno - first}")
            except Exception as e:
                log.append(f"  {type(e).__name__}: {e}")
        return tracer

    sys.settrace(tracer)
    try:
        result = run()
    except Exception as e:
        result = f"raised {type(e).__name__}: {e}"
    finally:
        sys.settrace(None)
    print(f"{func.__name__}: {result!r}")
    print("   ", ", ".join(log))


def gen():
    yield 1
    yield 2
    yield 3
    yield 4


trace(gen, {("line", 2): 4}, lambda: list(gen()))
trace(gen, {("line", 3): 1}, lambda: list(gen()))
trace(gen, {("call", 2): 4}, lambda: list(gen()))
trace(gen, {("call", 1): 1}, lambda: list(gen()))
trace(gen, {("return", 2): 4}, lambda: list(gen()))
trace(gen, {("return", 1): 1}, lambda: list(gen()))
trace(gen, {("call", 0): 3}, lambda: list(gen()))


def echo():
    x = yield "first"
    print("got", x)
    y = yield "second"
    print("got", y)
    yield "third"


def drive():
    g = echo()
    out = [next(g)]
    for value in "ABC":
        try:
            out.append(g.send(value))
        except StopIteration:
            out.append("stop")
            break
    return out


trace(echo, {}, drive)
trace(echo, {("return", 1): 3}, drive)
trace(echo, {("call", 1): 3}, drive)
trace(echo, {("call", 1): 5}, drive)
trace(echo, {("line", 2): 5}, drive)


def loop_gen():
    for i in range(3):
        yield i
        yield -i
    yield "end"


trace(loop_gen, {("line", 3): 4}, lambda: list(loop_gen()))
trace(loop_gen, {("call", 2): 4}, lambda: list(loop_gen()))
trace(loop_gen, {("line", 4): 2}, lambda: list(loop_gen()))


def in_for_loop():
    out = []
    for item in loop_gen():
        out.append(item)
    return out


trace(loop_gen, {("line", 3): 4}, in_for_loop)
trace(loop_gen, {("call", 2): 4}, in_for_loop)


async def coro():
    a = 1
    a = 2
    return a


def run_coro():
    c = coro()
    try:
        c.send(None)
    except StopIteration as stop:
        return stop.value


trace(coro, {("line", 1): 2}, run_coro)
trace(coro, {("line", 2): 3}, run_coro)
