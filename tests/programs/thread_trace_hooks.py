import sys, threading

seen = []
lock = threading.Lock()

def tracer(frame, event, arg):
    if frame.f_code.co_name == "work":
        with lock:
            seen.append((threading.current_thread().name, event, frame.f_lineno))
    return tracer

def work(n):
    total = 0
    for i in range(n):
        total += i
    return total

threading.settrace(tracer)
print(threading.gettrace() is tracer, sys.gettrace())
t = threading.Thread(target=work, args=(2,), name="T1")
t.start(); t.join()
threading.settrace(None)
for entry in seen:
    print(*entry)

# profile in a thread
calls = []
def prof(frame, event, arg):
    if event == "c_call" and frame.f_code.co_name == "uses_builtins":
        if arg.__name__ in ("len", "sorted"): calls.append(arg.__name__)
threading.setprofile(prof)
def uses_builtins():
    len("abc")
    sorted([3, 1])
t = threading.Thread(target=uses_builtins)
t.start(); t.join()
threading.setprofile(None)
print(calls)
