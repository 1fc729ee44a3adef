# threading._PyRLock (the lock written in Python) beside the native RLock: reentrancy,
# ownership across threads, use under a Condition.
import threading

for make in (threading._PyRLock, threading._CRLock, threading.RLock):
    lock = make()
    print(make is threading._PyRLock, lock.acquire(), lock.acquire(), lock._is_owned())
    results = []

    def other():
        results.append(lock.acquire(blocking=False))
        try:
            lock.release()
        except RuntimeError as e:
            results.append(type(e).__name__)

    worker = threading.Thread(target=other)
    worker.start()
    worker.join()
    print(results)
    lock.release()
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError')
    with lock:
        print('inside', lock._is_owned())

lock = threading._PyRLock()
print(repr(lock).split(' at ')[0])
lock.acquire()
print(repr(lock).split(' at ')[0])
lock.release()

cond = threading.Condition(threading._PyRLock())
items = []


def consumer():
    with cond:
        while not items:
            cond.wait()
        print('consumed', items.pop())


worker = threading.Thread(target=consumer)
worker.start()
with cond:
    with cond:
        items.append(1)
        cond.notify()
worker.join()
print('done')
