# Many short threads: four threads each start and join 50 more, all using one thread-local
# object and one counter under a lock; afterwards only the main thread is left.
import threading

counter = [0]
counter_lock = threading.Lock()
names = threading.local()
mismatched = []


def leaf(label):
    names.label = label
    for _ in range(100):
        with counter_lock:
            counter[0] += 1
    if names.label != label or threading.current_thread().name != label:
        mismatched.append(label)


def spawner(k):
    names.label = f"spawner-{k}"
    children = [threading.Thread(target=leaf, args=(f"leaf-{k}-{i}",), name=f"leaf-{k}-{i}") for i in range(50)]
    for t in children:
        t.start()
    for t in children:
        t.join()
    if names.label != f"spawner-{k}":
        mismatched.append(names.label)


spawners = [threading.Thread(target=spawner, args=(k,)) for k in range(4)]
for t in spawners:
    t.start()
for t in spawners:
    t.join()
print(counter[0], mismatched, threading.active_count(), threading.enumerate() == [threading.main_thread()])
print(hasattr(names, "label"))
