# gc and fork(): the world is stopped around fork(), so that the child starts with no other
# thread caught inside a container's lock, and the child (where only the forking thread exists)
# collects without waiting for threads that are gone.
import gc
import os
import sys
import threading
import time

gc.collect()
stop = threading.Event()
shared = []


def busy():
    while not stop.is_set():
        shared.append([0] * 10)
        if len(shared) > 100:
            shared.clear()


workers = [threading.Thread(target=busy) for _ in range(2)]
for w in workers:
    w.start()
time.sleep(0.05)
pid = os.fork()
if pid == 0:
    class Node:
        pass

    n = Node()
    n.me = n
    del n
    start = time.monotonic()
    found = gc.collect()
    shared.append("child")
    print("child: found", found, "quickly:", time.monotonic() - start < 0.5, "list usable:", shared[-1])
    sys.stdout.flush()
    os._exit(0)
_, status = os.waitpid(pid, 0)
stop.set()
for w in workers:
    w.join()
print("parent: child exit status", status)
