# threading._shutdown, as run at interpreter exit: the _register_atexit functions run first (last
# registered first), then every non-daemon thread is waited for, also one started meanwhile;
# daemon threads are not waited for.
import threading

log = []
release_workers = threading.Event()
forever = threading.Lock()
forever.acquire()


def worker(name):
    release_workers.wait()
    log.append(f"{name} ends")
    if name == "first":
        late = threading.Thread(target=lambda: log.append("late thread ends"))
        late.start()


threading.Thread(target=forever.acquire, daemon=True).start()
workers = [threading.Thread(target=worker, args=(name,)) for name in ("first", "second")]
for t in workers:
    t.start()
# The callback registered first runs last: it releases the workers only after both ran (they
# run in parallel with the main thread once released).
threading._register_atexit(lambda: (log.append("registered first"), release_workers.set()))
threading._register_atexit(log.append, "registered last")
print(threading.main_thread().is_alive(), sum(t.is_alive() for t in threading.enumerate()))
threading._shutdown()
print(log[:2], sorted(log[2:]))
print(threading.main_thread().is_alive(), [t.is_alive() for t in workers])
try:
    threading._register_atexit(print)
except RuntimeError as e:
    print("RuntimeError:", e)
threading._shutdown()  # a second call does nothing
print("done")
