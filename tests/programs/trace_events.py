import sys

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == "exception":
        arg = (arg[0].__name__, str(arg[1]))
    print(f"{event:10} {name:8} {frame.f_lineno:3} {arg!r}")
    return tracer

def g(x):
    y = x + 1
    return y * 2

def gen(n):
    for i in range(n):
        yield i

def boom():
    raise ValueError("bad")

def catcher():
    try:
        boom()
    except ValueError:
        pass
    return "ok"

def f():
    a = g(1)
    for v in gen(2):
        a += v
    catcher()
    return a

sys.settrace(tracer)
f()
sys.settrace(None)
print("done", sys.gettrace())
