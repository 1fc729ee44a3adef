# Assigning frame.f_lineno from a trace function: the checks, their messages, and where the
# frame goes on. Lines are printed relative to the traced function's `def` line.
import sys
import warnings


def jump(func, plan, *args):
    """Runs func(*args) traced; plan maps (event, line) to a target line (or a callable taking
    the frame), each used once. Prints the events, the jumps and the result."""
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
                if callable(target):
                    target(frame)
                else:
                    frame.f_lineno = first + target
                log.append(f"  -> {frame.f_lineno - first}")
            except Exception as e:
                log.append(f"  {type(e).__name__}: {e}")
        return tracer

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sys.settrace(tracer)
        try:
            result = func(*args)
        except Exception as e:
            result = f"raised {type(e).__name__}: {e}"
        finally:
            sys.settrace(None)
    print(f"{func.__name__}: {result!r}")
    print("   ", ", ".join(log))
    for w in caught:
        print(f"    warning {w.category.__name__}: {w.message}")


def forward():
    x = 1
    x = 2
    x = 3
    return x


jump(forward, {("line", 1): 3})
jump(forward, {("line", 2): 4})
jump(forward, {("line", 1): 1})


def backward():
    n = 0
    n += 1
    n += 10
    return n


jump(backward, {("line", 3): 2})
jump(backward, {("line", 4): 1})


def blank_lines():
    a = 1

    # a comment

    a = 2
    return a


jump(blank_lines, {("line", 1): 2})
jump(blank_lines, {("line", 1): 0})


def out_of_loop():
    out = []
    for i in range(5):
        out.append(i)
        out.append(-i)
    out.append("end")
    return out


jump(out_of_loop, {("line", 4): 5})
jump(out_of_loop, {("line", 4): 1})
jump(out_of_loop, {("line", 4): 2})


def out_of_nested():
    out = []
    for i in range(3):
        for j in range(3):
            out.append((i, j))
            if j == 1:
                out.append("x")
        out.append("inner done")
    out.append("end")
    return out


jump(out_of_nested, {("line", 6): 8})
jump(out_of_nested, {("line", 6): 7})
jump(out_of_nested, {("line", 6): 3})


def into_loop():
    out = []
    for i in range(2):
        out.append(i)
    out.append("end")
    return out


jump(into_loop, {("line", 1): 3})
jump(into_loop, {("line", 4): 3})


def while_loop():
    i = 0
    while i < 3:
        i += 1
        if i == 2:
            i = 100
    return i


jump(while_loop, {("line", 5): 6})
jump(while_loop, {("line", 5): 1})


def short():
    return 1


def deleter(frame):
    del frame.f_lineno


def setter(value):
    def set_it(frame):
        frame.f_lineno = value
    return set_it


class MyInt(int):
    pass


jump(short, {("line", 1): -1})
jump(short, {("line", 1): 100})
jump(short, {("line", 1): deleter})
jump(short, {("line", 1): setter("3")})
jump(short, {("line", 1): setter(3.0)})
jump(short, {("line", 1): setter(True)})
jump(short, {("line", 1): setter(MyInt(5))})
jump(short, {("line", 1): setter(None)})
jump(short, {("line", 1): setter(2**70)})
jump(short, {("line", 1): setter(-2**70)})
jump(short, {("line", 1): setter(2**31)})
jump(short, {("line", 1): setter(-1)})
jump(short, {("call", 0): 1})
jump(short, {("return", 1): 1})


def raises():
    x = 1
    1 / 0
    return x


jump(raises, {("exception", 2): 3})


def skip_assignment():
    x = 1
    y = 2
    return x, y


jump(skip_assignment, {("line", 2): 3})
jump(skip_assignment, {("line", 1): 3})


def unbound_read():
    if len(sys.argv) > 100:
        z = 1
    z = 2
    return z


jump(unbound_read, {("line", 1): 4})


def maybe_unbound(flag):
    if flag:
        v = 1
    return v


jump(maybe_unbound, {("line", 1): 3}, True)


def deleted():
    w = 5
    del w
    w = 6
    return w


jump(deleted, {("line", 3): 4})


# Outside a trace function.
frame = sys._getframe()
for value in ["1", 2**70, 3, frame.f_lineno]:
    try:
        frame.f_lineno = value
    except Exception as e:
        print(f"outside {value!r}: {type(e).__name__}: {e}")
try:
    del frame.f_lineno
except Exception as e:
    print(f"outside del: {type(e).__name__}: {e}")


# A frame other than the one being traced.
def callee():
    return 1


def caller():
    y = 0
    callee()
    return y


def other_frames(frame, event, arg):
    if frame.f_code.co_name == "callee" and event == "line":
        for target in [frame.f_back.f_lineno, 99999, 1]:
            try:
                frame.f_back.f_lineno = target
                print("f_back jumped")
            except Exception as e:
                print(f"f_back -> {target - caller.__code__.co_firstlineno}: {type(e).__name__}: {e}")
    return other_frames


sys.settrace(other_frames)
caller()
sys.settrace(None)


# Two jumps from one event: the second starts where the first went.
def twice():
    a = 1
    a = 2
    a = 3
    a = 4
    return a


def jump_twice(frame):
    first = twice.__code__.co_firstlineno
    frame.f_lineno = first + 3
    frame.f_lineno = first + 4


jump(twice, {("line", 1): jump_twice})
