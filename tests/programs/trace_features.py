import sys

log = []
def tracer(frame, event, arg):
    if event == "exception":
        arg = arg[0].__name__
    elif event in ("return",) and not isinstance(arg, (int, str, type(None), list, tuple)):
        arg = type(arg).__name__
    log.append((event, frame.f_code.co_name, frame.f_lineno, arg))
    return tracer

def show():
    for entry in log:
        print(*entry)
    log.clear()

class Box:
    def __init__(self, v):
        self.v = v
    @property
    def double(self):
        return self.v * 2
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return True

def uses_class():
    b = Box(3)
    d = b.double
    with b:
        raise KeyError("k")
    return d

def lam():
    f = lambda x: x + 1
    return [f(i) for i in range(2)]

def rec(n):
    if n == 0:
        return 0
    return rec(n - 1) + 1

def gen():
    x = yield 1
    try:
        yield x
    except ValueError:
        yield "caught"
    finally:
        log.append(("finally",))

def drive():
    g = gen()
    next(g)
    g.send(5)
    g.throw(ValueError)
    g.close()

def nested():
    def inner():
        return z
    z = 4
    return inner()

def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        raise

def outer():
    try:
        reraiser()
    except ZeroDivisionError as e:
        return "z"

for fn in (uses_class, lam, rec, drive, nested, outer):
    sys.settrace(tracer)
    if fn is rec:
        fn(2)
    else:
        fn()
    sys.settrace(None)
    print("==", fn.__name__)
    show()

# a trace function that raises
def bad(frame, event, arg):
    if event == "line":
        raise RuntimeError("from tracer")
    return bad

def victim():
    x = 1
    return x

sys.settrace(bad)
try:
    victim()
except RuntimeError as e:
    print("caught", e, sys.gettrace())

# f_locals written back by a trace function
def changer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "watched" and frame.f_lineno == 116:
        frame.f_locals["a"] = 100
    return changer

def watched():
    a = 1
    b = a + 1
    return a, b

sys.settrace(changer)
print(watched())
sys.settrace(None)

# setting f_trace on the current frame
def local_only(frame, event, arg):
    print("local", event, frame.f_lineno)
    return local_only

def here():
    frame = sys._getframe()
    frame.f_trace = local_only
    sys.settrace(lambda *a: None)
    x = 1
    y = 2
    sys.settrace(None)
    return x + y
print(here())

# f_trace_lines = False suppresses line events
def no_lines(frame, event, arg):
    frame.f_trace_lines = False
    print("nl", event, frame.f_code.co_name)
    return no_lines
def quiet():
    a = 1
    return a
sys.settrace(no_lines)
quiet()
sys.settrace(None)

# opcode events happen when asked for
count = 0
def opcodes(frame, event, arg):
    global count
    frame.f_trace_opcodes = True
    if event == "opcode":
        count += 1
    return opcodes
sys.settrace(opcodes)
quiet()
sys.settrace(None)
print("opcodes seen:", count > 2)
