# threading.excepthook: the default hook's report, a replaced hook and its argument, SystemExit
# ending a thread silently, a failing hook, and ExceptHookArgs.
import sys
import threading


class Capture:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s
        return len(s)

    def flush(self):
        pass


def fail(message):
    raise ValueError(message)


def run(target, *args, name=None):
    t = threading.Thread(target=target, args=args, name=name)
    t.start()
    t.join()
    return t


# The default hook prints "Exception in thread NAME:" and the traceback on stderr. Only its first
# line, the frame of the failing function and the last line are shown (the module's own frames
# differ between implementations).
print(threading.excepthook is threading.__excepthook__)
captured = Capture()
saved, sys.stderr = sys.stderr, captured
t = run(fail, "boom", name="failing")
sys.stderr = saved
lines = captured.text.splitlines()
print(lines[0])
print(lines[1])
print([line.strip().split(", ", 1)[-1] for line in lines if "in fail" in line or "raise ValueError" in line])
print(lines[-1])
print(t.is_alive())

# SystemExit ends a thread without a report.
captured = Capture()
sys.stderr = captured
run(sys.exit, 3)
run(fail, "second", name="again")
sys.stderr = saved
print(captured.text.splitlines()[0], captured.text.count("Exception in thread"))

# A replaced hook gets an ExceptHookArgs.
seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.exc_traceback is not None, args.thread.name))
    seen.append((type(args).__name__, len(args), args[0] is args.exc_type, args[3] is args.thread))


threading.excepthook = hook
run(fail, "custom", name="hooked")
run(sys.exit, 1, name="exiting")


class Broken(threading.Thread):
    def run(self):
        raise KeyError("in run")


b = Broken(name="broken")
b.start()
b.join()
for item in seen:
    print(item)

# A hook that fails itself: its exception goes to sys.excepthook after a header line.


def bad_hook(args):
    raise RuntimeError("the hook failed")


threading.excepthook = bad_hook
captured = Capture()
sys.stderr = captured
run(fail, "lost")
sys.stderr = saved
lines = captured.text.splitlines()
print(lines[0], lines[1], lines[-1], sep="\n")
threading.excepthook = threading.__excepthook__

# ExceptHookArgs itself.
args = threading.ExceptHookArgs([ValueError, ValueError("v"), None, None])
print(args.exc_type, args.exc_value, args.exc_traceback, args.thread, tuple(args)[0])
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print("TypeError:", e)

# The default hook called directly, with no thread: the name is the calling thread's ident.
captured = Capture()
sys.stderr = captured
try:
    fail("direct")
except ValueError as e:
    threading.excepthook(threading.ExceptHookArgs([type(e), e, e.__traceback__, None]))
sys.stderr = saved
first = captured.text.splitlines()[0]
print(first == f"Exception in thread {threading.get_ident()}:", captured.text.splitlines()[-1])
