# threading.Barrier (cycles, action, abort, reset, a failing action), threading.Timer, and
# threading.local (per-thread attributes, subclasses whose __init__ reruns in each thread).
import threading


def start_all(threads):
    for t in threads:
        t.start()
    return threads


def join_all(threads):
    for t in threads:
        t.join()


# Four threads meet three times; the action runs once per cycle, before anyone leaves.
actions = []
barrier = threading.Barrier(4, action=lambda: actions.append(len(actions)))
print(barrier.parties, barrier.n_waiting, barrier.broken)
indices = [[] for _ in range(3)]
after_action = []


def meet():
    for cycle in range(3):
        indices[cycle].append(barrier.wait())
        after_action.append(len(actions) > cycle)


join_all(start_all([threading.Thread(target=meet) for _ in range(4)]))
print([sorted(found) for found in indices], actions, all(after_action), barrier.n_waiting)

# abort breaks the barrier for the waiting thread and for later waits; reset repairs it.
barrier = threading.Barrier(3)
outcome = []
waiting = threading.Event()


def wait_and_report():
    waiting.set()
    try:
        barrier.wait()
        outcome.append("passed")
    except threading.BrokenBarrierError as e:
        outcome.append(("broken", type(e).__name__, isinstance(e, RuntimeError), str(e)))


t = threading.Thread(target=wait_and_report)
t.start()
waiting.wait()
while barrier.n_waiting != 1:
    pass
barrier.abort()
t.join()
print(outcome, barrier.broken, barrier.n_waiting)
try:
    barrier.wait()
except threading.BrokenBarrierError:
    print("still broken")
barrier.reset()
print(barrier.broken)
outcome.clear()
join_all(start_all([threading.Thread(target=wait_and_report) for _ in range(3)]))
print(outcome)

# reset while threads wait: they get BrokenBarrierError, the barrier is usable afterwards.
outcome.clear()
waiters = start_all([threading.Thread(target=wait_and_report) for _ in range(2)])
while barrier.n_waiting != 2:
    pass
barrier.reset()
join_all(waiters)
print(outcome, barrier.broken, barrier.n_waiting)

# An action that raises: its thread gets the exception, the others BrokenBarrierError.
def explode():
    raise ZeroDivisionError("action failed")


barrier = threading.Barrier(3, action=explode)
outcome = []


def wait_catching():
    try:
        barrier.wait()
    except Exception as e:
        outcome.append(type(e).__name__)


join_all(start_all([threading.Thread(target=wait_catching) for _ in range(3)]))
print(sorted(outcome), barrier.broken)

# Timer: runs its function after the interval unless cancelled.
fired = []
timer = threading.Timer(0.01, fired.append, args=["fired"])
print(repr(timer).startswith("<Timer(Thread-"), timer.interval, timer.args, timer.kwargs)
timer.start()
timer.join()
cancelled = threading.Timer(60, fired.append, args=["never"])
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired, cancelled.is_alive(), cancelled.finished.is_set())
timer = threading.Timer(0, lambda **kw: fired.append(kw), kwargs={"k": 1})
timer.start()
timer.join()
print(fired)

# local: each thread sees its own attributes.
data = threading.local()
data.value = "main"
seen = []


def use_local(k):
    seen.append((k, hasattr(data, "value"), data.__dict__ == {}))
    data.value = k
    data.other = k * 2
    seen.append((k, data.value, data.other, sorted(data.__dict__)))
    del data.other
    try:
        data.other
    except AttributeError as e:
        seen.append((k, "AttributeError", str(e)))


join_all(start_all([threading.Thread(target=use_local, args=(k,)) for k in range(3)]))
for item in sorted(seen, key=str):
    print(item)
print(data.value, data.__dict__, type(data).__name__)
try:
    del data.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)


# A subclass: __init__ runs again (with the same arguments) in each thread that uses it.
class Settings(threading.local):
    created = 0
    colour = "red"

    def __init__(self, size, *, unit="px"):
        self.size = size
        self.unit = unit
        Settings.created += 1

    def describe(self):
        return f"{self.colour} {self.size}{self.unit}"

    @property
    def double(self):
        return self.size * 2


settings = Settings(3, unit="em")
settings.size = 10
settings.colour = "blue"
described = []


def use_settings():
    described.append((settings.describe(), settings.double))
    settings.size = 7
    described.append((settings.describe(), settings.double))


t = threading.Thread(target=use_settings)
t.start()
t.join()
print(described, settings.describe(), settings.double, Settings.created)
try:
    settings.double = 1
except AttributeError:
    print("AttributeError: read-only property")


# Slots of a subclass are shared by all threads; __getattr__ answers for missing attributes.
class WithSlot(threading.local):
    __slots__ = ("shared",)

    def __getattr__(self, name):
        return "fallback-" + name


w = WithSlot()
w.shared = 1
w.own = 2
from_thread = []


def use_slot():
    from_thread.append((w.shared, w.own, w.missing))
    w.shared = 5
    w.own = 6


t = threading.Thread(target=use_slot)
t.start()
t.join()
print(from_thread, w.shared, w.own, w.missing, isinstance(w, threading.local))
del w.shared
print(w.shared)
