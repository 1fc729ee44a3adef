# _thread: starting threads, locks shared between them, RLock ownership, identities, the errors
# of the module's functions, and an exception that ends a thread.
import _thread

print(_thread.TIMEOUT_MAX, _thread.error is RuntimeError)
print(type(_thread.allocate_lock()).__name__, _thread.LockType.__module__)

# Four threads count under one lock; the main thread waits on a lock they release.
counter = [0]
finished = [0]
lock = _thread.allocate_lock()
all_done = _thread.allocate_lock()
all_done.acquire()
idents = []


def count(n, step=1):
    for _ in range(n):
        with lock:
            counter[0] += step
    with lock:
        idents.append(_thread.get_ident())
        finished[0] += 1
        if finished[0] == 4:
            all_done.release()


starts = [_thread.start_new_thread(count, (20000,), {"step": 2}) for _ in range(4)]
all_done.acquire()
print(counter[0], len(set(idents)), sorted(starts) == sorted(idents))
print(_thread.get_ident() not in idents, isinstance(_thread.get_native_id(), int))

# Lock states and errors.
l = _thread.allocate_lock()
print(l.acquire(), l.acquire(False), l.acquire(timeout=0.01), l.locked())
l.release()
print(l.locked(), l.acquire_lock(), l.locked_lock())
l.release_lock()
for args, kwargs in [((False, 1), {}), ((True, -2), {}), ((), {"timeout": "x"}), ((1, 2, 3), {}), ((), {"bogus": 1})]:
    try:
        l.acquire(*args, **kwargs)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(repr(l).startswith("<unlocked _thread.lock object at 0x"))
try:
    _thread.LockType()
except TypeError as e:
    print("TypeError", e)

# RLock: recursion, ownership, the save/restore pair Condition uses.
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._recursion_count(), r._is_owned())
print(repr(r).startswith("<locked _thread.RLock object owner="), "count=2" in repr(r))
state = r._release_save()
print(state[0], r._is_owned(), r._recursion_count())
r._acquire_restore(state)
print(r._recursion_count())
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

# Another thread cannot release an RLock it does not own.
r.acquire()
outcome = []
other_done = _thread.allocate_lock()
other_done.acquire()


def try_release():
    try:
        r.release()
    except RuntimeError as e:
        outcome.append(str(e))
    outcome.append(r.acquire(False))
    other_done.release()


_thread.start_new_thread(try_release, ())
other_done.acquire()
print(outcome)
r.release()

for args in [(), (print,), (print, 1), (print, (), 1), (print, (), {}, 1), (1, ())]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError", e)
print(_thread.stack_size(), _thread.stack_size(0))
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)

# An exception that ends a thread is reported and the program goes on.
ended = _thread.allocate_lock()
ended.acquire()


class Failing:
    def __call__(self):
        try:
            raise ValueError("from a thread")
        finally:
            ended.release()

    def __repr__(self):
        return "<Failing>"


_thread.start_new_thread(Failing(), ())
ended.acquire()
# Give the report time to be written before the program ends.
pause = _thread.allocate_lock()
pause.acquire()
print(pause.acquire(timeout=0.2))
print("end")
