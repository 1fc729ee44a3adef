# sys.call_tracing from inside a trace function: tracing is on for the call (a debugger's own
# 'debug' command), and off again after.
import sys
def inner_tr(frame, ev, arg):
    print('  inner', ev, frame.f_code.co_name, frame.f_lineno)
    return inner_tr
def k():
    return 5
def run_inner():
    sys.settrace(inner_tr)
    try:
        k()
    finally:
        sys.settrace(None)
done = []
def tr(frame, ev, arg):
    if frame.f_code.co_name == 'f' and ev == 'line' and not done:
        done.append(1)
        sys.settrace(None)
        sys.call_tracing(run_inner, ())
        sys.settrace(tr)
    return tr
def f():
    a = 1
    return a
sys.settrace(tr)
f()
sys.settrace(None)
print('end')
