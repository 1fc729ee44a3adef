# timeit.Timer with a fake clock: generated source, timeit/repeat/autorange,
# callables, globals, errors and print_exc.
import io
import sys
import timeit


class FakeClock:
    """Advances by `step` on every call, so the times are exact."""
    def __init__(self, step=1.0):
        self.now = 0.0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now


class StatementClock:
    """Advances only when the timed statement calls tick()."""
    def __init__(self, step):
        self.now = 0.0
        self.step = step

    def tick(self):
        self.now += self.step

    def __call__(self):
        return self.now


print(timeit.__all__)
print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name)
print(timeit.default_timer is __import__("time").perf_counter)

print(repr(timeit.reindent("", 4)))
print(repr(timeit.reindent("a\nb\n  c", 4)))
print(repr(timeit.reindent("\n\n", 2)))

t = timeit.Timer("x += 1", "x = 0", timer=FakeClock())
print(repr(t.src))
print(t.timeit(10), t.timeit(0))
print(t.repeat(3, 5))
print(t.repeat(0, 5))

counter = []
t = timeit.Timer(lambda: counter.append(1), lambda: counter.append(0),
                 timer=FakeClock(0.5))
print(repr(t.src))
print(t.timeit(4), counter)
t = timeit.Timer(lambda: None, "y = 2", timer=FakeClock())
print(repr(t.src))
t = timeit.Timer("z = 3", lambda: None, timer=FakeClock())
print(repr(t.src))

multi = "for i in range(3):\n    total += i"
t = timeit.Timer(multi, "total = 0\nk = 1", timer=FakeClock())
print(t.src)
print(t.timeit(2))

# autorange walks 1, 2, 5, 10, ... until 0.2 s
seen = []
clock = StatementClock(1 / 1024)
t = timeit.Timer(clock.tick, timer=clock)
print(t.autorange(lambda n, s: seen.append((n, s))))
print(seen)
clock = StatementClock(3.0)
print(timeit.Timer("c.tick()", timer=clock, globals={"c": clock}).autorange())

# module functions
print(timeit.timeit("pass", timer=FakeClock(), number=7))
print(timeit.repeat("pass", timer=FakeClock(2.0), repeat=2, number=3))
print(timeit.timeit("pass", timer=FakeClock(), number=0))
print(timeit.repeat(stmt=lambda: None, timer=FakeClock(), number=0))
print(type(timeit.timeit("pass", number=10)).__name__)

# globals: by default the snippet runs in timeit's namespace
def helper():
    return 1
try:
    timeit.timeit("helper()", number=1)
except NameError as e:
    print("NameError", e)
print(timeit.timeit("helper()", number=2, timer=FakeClock(),
                    globals={"helper": helper}))
print(timeit.timeit("helper()", number=2, timer=FakeClock(), globals=globals()))

for stmt, setup in [(None, "pass"), ("pass", None), (None, None), (3, "pass"),
                    ("return", "pass"), ("pass", "return"), ("yield", "pass"),
                    ("break", "pass"), ("continue", "pass"), ("  pass", "pass"),
                    ("from timeit import *", "pass"), (None, "x ="),
                    ("x =", None), ("pass", "  pass")]:
    try:
        timeit.Timer(stmt, setup)
        print("ok", stmt, setup)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)

# print_exc shows the snippet's lines
t = timeit.Timer("1/0", "a = 1\nb = 2")
try:
    t.timeit(1)
except ZeroDivisionError:
    out = io.StringIO()
    t.print_exc(out)
    lines = out.getvalue().splitlines()
    print(lines[0])
    print([l for l in lines if "timeit-src" in l])
    print(lines[-1])
t = timeit.Timer("pass", "raise KeyError('k')")
try:
    t.repeat(2, 2)
except KeyError:
    out = io.StringIO()
    t.print_exc(file=out)
    print([l.strip() for l in out.getvalue().splitlines()
           if "timeit-src" in l or "raise" in l or "Error" in l])

# the garbage collector is off while timing, and back on afterwards
import gc
states = []
timeit.timeit(lambda: states.append(gc.isenabled()), number=2)
print(states, gc.isenabled())
gc.disable()
timeit.timeit("pass", number=1)
print(gc.isenabled())
gc.enable()
