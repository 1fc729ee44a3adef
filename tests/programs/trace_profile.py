import sys

def prof(frame, event, arg):
    print(f"{event:10} {frame.f_code.co_name:8} {frame.f_lineno!r:4} {getattr(arg, '__name__', arg)!r}")
    return "ignored"

def gen():
    yield 1

def f():
    len([1])
    list(gen())
    try:
        int("x")
    except ValueError:
        pass
    return sorted([2, 1], key=abs)

sys.setprofile(prof)
f()
sys.setprofile(None)
print(sys.getprofile())
