# Several threads import the same new modules at once while the cycle collector runs: each
# import happens once, every thread sees the finished module, nothing deadlocks.
import gc
import os
import sys
import tempfile
import threading

folder = tempfile.mkdtemp()
for i in range(4):
    with open(os.path.join(folder, "shared_mod%d.py" % i), "w") as f:
        f.write("import _collections_abc, json\nimport gc\ncycles = []\n")
        f.write("for _ in range(2000):\n    a = []\n    a.append(a)\n")
        f.write("gc.collect()\nVALUE = %d\n" % i)
sys.path.insert(0, folder)
results = []
lock = threading.Lock()


def worker(n):
    total = 0
    for i in range(4):
        module = __import__("shared_mod%d" % ((i + n) % 4))
        total += module.VALUE
    with lock:
        results.append(total)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(sorted(name for name in sys.modules if name.startswith("shared_mod")))
