# threading.Thread: names, targets and arguments, subclasses, daemon status, repr, identities,
# join and its errors, current_thread/main_thread/enumerate/active_count, and dummy threads.
import _thread
import threading


def shown(thread):
    # The identity in a repr changes from run to run: keep the rest.
    text = repr(thread)
    if thread.ident is not None:
        text = text.replace(str(thread.ident), "IDENT")
    return text


main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive(), shown(main))
print(type(main).__name__, main.ident == threading.get_ident() == _thread.get_ident())
print(isinstance(main.native_id, int), main.native_id == threading.get_native_id())
print(threading.active_count(), threading.enumerate() == [main])

results = []


def work(label, *, times=1):
    me = threading.current_thread()
    results.append((label * times, me.name, me.is_alive(), me is not main, me.ident == threading.get_ident()))


t1 = threading.Thread(target=work, args=("a",), kwargs={"times": 3})
t2 = threading.Thread(target=work, args=["b"], name="worker")
t3 = threading.Thread(target=work, args=("c",), name=42)
print(t1.name, t2.name, t3.name, t1.ident, t1.native_id, t1.is_alive(), shown(t1))
for t in (t1, t2, t3):
    t.start()
for t in (t1, t2, t3):
    t.join()
print(sorted(results))
print(t1.is_alive(), shown(t1).replace("IDENT", "I"), isinstance(t1.ident, int))
print(threading.active_count(), threading.enumerate() == [main])


# Default names count up across threads; a callable without __name__ gets no suffix.
class Callable:
    def __call__(self):
        results.append("callable")


print(threading.Thread(target=Callable()).name, threading.Thread().name, threading.Thread(target=len).name)
print(threading.Thread(name="").name.startswith("Thread-"))


# A subclass that overrides run.
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"counter-{n}")
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))


counters = [Counter(n) for n in (10, 100, 1000)]
for c in counters:
    c.start()
for c in counters:
    c.join()
print([(c.name, c.total) for c in counters])

# Errors of start, join and daemon.
t = threading.Thread(target=work, args=("d",))
for action in (t.join, lambda: t.join(0.1)):
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError:", e)
t.daemon = True
print(t.daemon, shown(t))
t.daemon = False
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    main.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
t.join(0)
t.join(-1)
t.join(timeout=None)
print(t.is_alive())

joined_self = []


def join_myself():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        joined_self.append(str(e))


t = threading.Thread(target=join_myself)
t.start()
t.join()
print(joined_self)


class NoInit(threading.Thread):
    def __init__(self):
        pass


n = NoInit()
for action in (n.start, n.join, lambda: setattr(n, "daemon", True)):
    try:
        action()
    except RuntimeError as e:
        print("RuntimeError:", e)
for action in (n.is_alive, lambda: n.name, lambda: n.ident, lambda: n.daemon):
    try:
        action()
    except AssertionError as e:
        print("AssertionError:", e)
try:
    threading.Thread(group=object())
except AssertionError as e:
    print("AssertionError:", e)

# Daemon status is inherited from the thread that creates the Thread.
inherited = []


def make_child():
    inherited.append(threading.Thread().daemon)
    inherited.append(threading.Thread(daemon=False).daemon)


t = threading.Thread(target=make_child, daemon=True)
t.start()
t.join()
d = threading.Thread(target=make_child)
print(inherited, d.daemon, shown(d))

# Names can be changed.
d.name = 123
print(repr(d.name))

# A thread started by _thread directly gets a dummy Thread object.
seen = []
done = threading.Lock()
done.acquire()


def raw():
    me = threading.current_thread()
    again = threading.current_thread()
    seen.append((type(me).__name__, me.name.startswith("Dummy-"), me.daemon, me.is_alive(), me is again))
    seen.append(me in threading.enumerate())
    done.release()


_thread.start_new_thread(raw, ())
done.acquire()
print(seen)

# A thread started from a thread.
inner_names = []


def outer():
    t = threading.Thread(target=lambda: inner_names.append(threading.current_thread().name), name="inner")
    t.start()
    t.join()
    inner_names.append(threading.current_thread().name)


t = threading.Thread(target=outer, name="outer")
t.start()
t.join()
print(inner_names)

# Module facts.
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.ThreadError is RuntimeError)
print(threading.stack_size(), threading.get_ident is _thread.get_ident, threading.Lock is _thread.allocate_lock)
print(type(threading.RLock()) is _thread.RLock, callable(threading._register_atexit), callable(threading._shutdown))
calls = []
threading.settrace(calls.append)
threading.setprofile(calls.append)
print(threading.gettrace() is not None, threading.getprofile() is not None, calls)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
