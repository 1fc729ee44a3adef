# Jumps (frame.f_lineno = N from a trace function) into, out of and within try, except,
# finally and with blocks. Lines are printed relative to the traced function's `def` line.
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



class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0])
        return False


def out_of_try():
    out = []
    try:
        out.append(1)
        out.append(2)
    except ValueError:
        out.append("handler")
    out.append(3)
    return out


jump(out_of_try, {("line", 3): 7})
jump(out_of_try, {("line", 3): 4})
jump(out_of_try, {("line", 7): 3})
jump(out_of_try, {("line", 1): 3})


def into_except():
    out = []
    try:
        out.append(1)
    except ValueError:
        out.append("handler")
    out.append(2)
    return out


jump(into_except, {("line", 3): 5})
jump(into_except, {("line", 3): 4})
jump(into_except, {("line", 1): 5})


def out_of_except():
    out = []
    try:
        raise ValueError("boom")
    except ValueError as e:
        out.append(repr(sys.exception()))
        out.append("handler")
    out.append(repr(sys.exception()))
    return out


jump(out_of_except, {("line", 5): 7})
jump(out_of_except, {("line", 5): 1})


def nested_except():
    out = []
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            out.append(repr(sys.exception()))
            out.append("inner handler")
        out.append(repr(sys.exception()))
    out.append(repr(sys.exception()))
    return out


jump(nested_except, {("line", 8): 10})
jump(nested_except, {("line", 8): 11})
jump(nested_except, {("line", 8): 1})


def finally_block():
    out = []
    try:
        out.append(1)
        out.append(2)
    finally:
        out.append("finally")
    out.append(3)
    return out


jump(finally_block, {("line", 3): 6})
jump(finally_block, {("line", 3): 7})
jump(finally_block, {("line", 6): 4})
jump(finally_block, {("line", 6): 7})


def finally_with_exception():
    out = []
    try:
        try:
            raise ValueError("x")
        finally:
            out.append("finally")
            out.append(repr(sys.exception()))
    except ValueError:
        out.append("caught")
    out.append("end")
    return out


jump(finally_with_exception, {("line", 6): 10})
jump(finally_with_exception, {("line", 6): 7})


def with_block():
    out = []
    with Manager("a"):
        out.append(1)
        out.append(2)
    out.append(3)
    return out


jump(with_block, {("line", 3): 5})
jump(with_block, {("line", 3): 4})
jump(with_block, {("line", 1): 3})
jump(with_block, {("line", 5): 2})


def with_in_loop():
    out = []
    for i in range(3):
        with Manager(i):
            out.append(i)
    out.append("end")
    return out


jump(with_in_loop, {("line", 4): 5})
jump(with_in_loop, {("line", 4): 2})
jump(with_in_loop, {("line", 4): 1})


def loop_in_except():
    out = []
    try:
        1 / 0
    except ZeroDivisionError:
        for i in range(3):
            out.append(i)
        out.append(repr(sys.exception()))
    out.append(repr(sys.exception()))
    return out


jump(loop_in_except, {("line", 6): 8})
jump(loop_in_except, {("line", 6): 9})


def return_in_finally():
    try:
        x = 1
        return x
    finally:
        x = 2


jump(return_in_finally, {("line", 2): 5})


def unreachable_code():
    return 1
    x = 2
    return x


jump(unreachable_code, {("line", 1): 2})
