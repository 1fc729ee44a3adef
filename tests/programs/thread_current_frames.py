# sys._current_frames sees the frames of other threads while they run (and block).
import sys
import threading
import time

ready = threading.Event()
release = threading.Event()


def blocked_inner():
    marker = "inside"
    ready.set()
    release.wait()
    return marker


def blocked_outer():
    return blocked_inner()


worker = threading.Thread(target=blocked_outer)
worker.start()
ready.wait()

frames = sys._current_frames()
print("both threads:", sorted(frames) == sorted([threading.get_ident(), worker.ident]))
names = []
frame = frames[worker.ident]
while frame is not None:
    names.append(frame.f_code.co_name)
    frame = frame.f_back
print("worker chain has:", [n for n in names if n.startswith("blocked")])


def find(frame, name):
    while frame.f_code.co_name != name:
        frame = frame.f_back
    return frame


# The worker may still be inside ready.set(): wait until it blocks in release.wait().
inner = find(frames[worker.ident], "blocked_inner")
for _ in range(5000):
    if inner.f_lineno == blocked_inner.__code__.co_firstlineno + 3:
        break
    time.sleep(0.001)
    inner = find(sys._current_frames()[worker.ident], "blocked_inner")
print("blocked at line:", inner.f_lineno - blocked_inner.__code__.co_firstlineno, inner.f_code.co_filename == __file__)
print("same object twice:", inner is find(sys._current_frames()[worker.ident], "blocked_inner"))
print("main thread top:", frames[threading.get_ident()].f_code.co_name)
print("exceptions keys:", sorted(sys._current_exceptions()) == sorted(frames))

release.set()
worker.join()
print("after join:", worker.ident in sys._current_frames(), len(sys._current_frames()))
