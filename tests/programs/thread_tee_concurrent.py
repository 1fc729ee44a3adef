# A tee over a Python-level iterator: another thread's next() while one thread is inside the
# iterator's __next__ raises "cannot re-enter the tee iterator", as in CPython.
import threading
from itertools import tee
start = threading.Event()
finish = threading.Event()
class I:
    def __iter__(self):
        return self
    def __next__(self):
        start.set()
        finish.wait()
a, b = tee(I())
thread = threading.Thread(target=next, args=[a])
thread.start()
try:
    start.wait()
    try:
        next(b)
    except RuntimeError as e:
        print("concurrent", e)
finally:
    finish.set()
    thread.join()
print("done")
