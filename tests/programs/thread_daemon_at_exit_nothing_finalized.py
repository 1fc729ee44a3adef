# With a daemon thread still running at the interpreter's end, the modules are not finalized
# (as in CPython: the thread may be using their objects): __main__'s objects run no __del__.
import threading
import time


class Reporter:
    def __del__(self):
        print("finalized, sees", later)


def spin():
    while True:
        time.sleep(0.01)


threading.Thread(target=spin, daemon=True).start()
reporter = Reporter()
later = "a global made after it"
print("end of the module")
