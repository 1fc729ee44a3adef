# `_thread._local` is the class of thread-local data (threading.local), and a local caught in
# a reference cycle is collected.
import _thread
import gc
import threading
import weakref

print(_thread._local.__module__, _thread._local.__name__, _thread._local is threading.local)
from _thread import _local
print(_local is _thread._local)
try:
    _thread.no_such_name
except AttributeError as e:
    print("AttributeError:", e)

data = _local()
data.x = "main"
seen = []


def work(n):
    seen.append(hasattr(data, "x"))
    data.x = n


threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen, data.x, data.__dict__)


class X:
    pass


x = X()
x.local = _local()
x.local.x = x
wr = weakref.ref(x)
del x
gc.collect()
print("cycle collected:", wr() is None)


class Counter(_local):
    made = 0

    def __init__(self, start):
        Counter.made += 1
        self.value = start


c = Counter(10)
out = []
t = threading.Thread(target=lambda: out.append(c.value))
t.start()
t.join()
print(out, Counter.made, c.value)
