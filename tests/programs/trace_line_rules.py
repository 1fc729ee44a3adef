import sys

def tracer(frame, event, arg):
    if frame.f_code.co_name == "tracer": return
    print(f"{event:10} {frame.f_code.co_name:8} {frame.f_lineno!r:4} {arg!r}")
    return tracer

def one():
    for i in range(3): pass
    x = [i for i in range(2)]
    i = 0
    while i < 2: i += 1
    return (1 +
            2)

def tr2(frame, event, arg):
    print("tr2", event, frame.f_code.co_name, frame.f_lineno)
    return None

def two():
    return 5

sys.settrace(tracer)
one()
sys.settrace(tr2)
two()
sys.settrace(None)
