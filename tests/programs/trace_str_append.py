# A trace function with opcode events never sees the local of `s += t` unbound (the in-place append is not used while tracing).
import sys
def f():
    s = "ab"
    for i in range(3):
        s += "c"
    return s
seen = []
def tracer(frame, event, arg):
    frame.f_trace_opcodes = True
    if event == "opcode" and frame.f_code.co_name == "f":
        seen.append(frame.f_locals.get("s"))
    return tracer
sys.settrace(tracer)
r = f()
sys.settrace(None)
print(r, None in seen[2:])
