# Daemon threads still running when the program ends: the atexit callbacks run while they do,
# then they stop for good before the modules are torn down (no errors from them about globals
# set to None), and the exit status is the program's.
import atexit
import os
import sys
import threading
import time

started = set()


def busy(number):
    while True:
        with open(os.devnull, "wb") as sink:
            sink.write(b"x" * number)
        started.add(number)
        time.sleep(0.0005)


for number in range(8):
    threading.Thread(target=busy, args=(number,), daemon=True).start()
while len(started) < 8:
    time.sleep(0.001)
atexit.register(lambda: print("atexit ran with", len(started), "daemon threads started"))
print("main done")
sys.exit(3)
