import sys

def where(depth=0):
    f = sys._getframe(depth + 1)
    return f.f_code.co_name, f.f_lineno

def a():
    return b()

def b():
    f = sys._getframe()
    chain = []
    while f is not None and f.f_code.co_name != "<module>":
        chain.append(f.f_code.co_name)
        f = f.f_back
    return chain, where(), where(1)

print(a())
print(sys._getframemodulename(), sys._getframe(0).f_globals is globals())
print(sys._getframe().f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else sys._getframe().f_builtins is __builtins__)

def locals_demo(x):
    y = x * 2
    f = sys._getframe()
    first = f.f_locals
    z = 3
    second = f.f_locals
    return first is second, sorted(second), f.f_trace, f.f_trace_lines, f.f_trace_opcodes
print(locals_demo(1))

def failing():
    v = 42
    raise ValueError("x")

try:
    failing()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno))
        tb = tb.tb_next
    print(frames)
    last = e.__traceback__.tb_next.tb_frame
    print(last.f_locals, last.f_back.f_code.co_name, last.f_back is sys._getframe())

def gen():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    yield f.f_back.f_code.co_name

def consume():
    g = gen()
    return next(g), g.gi_frame.f_back, [x for x in g]
print(consume())

def set_lineno():
    f = sys._getframe()
    try:
        f.f_lineno = 3
    except ValueError as e:
        print("ValueError:", e)
    try:
        f.f_trace_lines = 1
    except TypeError as e:
        print("TypeError:", e)
set_lineno()
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
