# sys._current_frames, sys._current_exceptions and the *_all_threads hooks, on one thread.
import sys
import threading

me = threading.get_ident()


def where():
    frames = sys._current_frames()
    print("threads:", list(frames) == [me])
    frame = frames[me]
    print("top:", frame.f_code.co_name, frame is sys._getframe())
    print("caller:", frame.f_back.f_code.co_name, frame.f_back.f_lineno)


def outer():
    where()


outer()
print("module frame:", sys._current_frames()[me].f_code.co_name)

print("not handling:", sys._current_exceptions() == {me: None})
try:
    raise KeyError("k")
except KeyError:
    exceptions = sys._current_exceptions()
    print("handling:", list(exceptions) == [me], repr(exceptions[me]))
    try:
        1 / 0
    except ZeroDivisionError:
        print("nested:", repr(sys._current_exceptions()[me]))
    print("restored:", repr(sys._current_exceptions()[me]))
print("after:", sys._current_exceptions()[me])

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append(event)
    return tracer


def traced():
    x = 1
    return x


threading.settrace_all_threads(tracer)
print("settrace_all_threads:", sys.gettrace() is tracer, threading.gettrace() is tracer)
traced()
threading.settrace_all_threads(None)
print("events:", events, sys.gettrace(), threading.gettrace())

calls = []


def profiler(frame, event, arg):
    if event == "call":
        calls.append(frame.f_code.co_name)


threading.setprofile_all_threads(profiler)
traced()
threading.setprofile_all_threads(None)
print("profiled:", calls, sys.getprofile(), threading.getprofile())

for function in (sys._current_frames, sys._current_exceptions):
    try:
        function(1)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        function(x=1)
    except TypeError as e:
        print(type(e).__name__, e)
for function in (sys._settraceallthreads, sys._setprofileallthreads):
    try:
        function()
    except TypeError as e:
        print(type(e).__name__, e)
