# Threads change a dict, a set and a bytearray while other threads iterate over them again and
# again. Iterating a dict or set that changes size may raise RuntimeError (caught and checked
# here, never counted in the output: how often it happens depends on timing); nothing else may
# go wrong, and the final contents are exact.
import threading

MUTATORS = 2
READERS = 2
ROUNDS = 20000
ALLOWED = {
    "dictionary changed size during iteration",
    "dictionary keys changed during iteration",
    "Set changed size during iteration",
}


def run(mutate, read):
    """Runs `mutate(k)` in MUTATORS threads while READERS threads call `read()` until they end.
    Returns the messages of the RuntimeErrors the readers saw."""
    stop = threading.Event()
    messages = set()
    guard = threading.Lock()

    def reader():
        while not stop.is_set():
            try:
                read()
            except RuntimeError as e:
                with guard:
                    messages.add(str(e))

    readers = [threading.Thread(target=reader) for _ in range(READERS)]
    mutators = [threading.Thread(target=mutate, args=(k,)) for k in range(MUTATORS)]
    for t in readers + mutators:
        t.start()
    for t in mutators:
        t.join()
    stop.set()
    for t in readers:
        t.join()
    return messages


# dict: each mutator adds its keys and deletes every other one; readers iterate the keys, the
# items and the values, copy it and look keys up.
shared = {"fixed": -1}


def mutate_dict(k):
    for i in range(ROUNDS):
        shared[(k, i)] = i
        if i % 2:
            del shared[(k, i - 1)]
        shared.pop((k, "missing"), None)


def read_dict():
    total = 0
    for key in shared:
        total += 1
    for key, value in shared.items():
        total += 1
    for value in shared.values():
        total += 1
    copied = shared.copy()
    total += len(copied) + len(dict(shared)) + ((0, 0) in shared) + (shared.get("fixed") == -1)
    return total


seen = run(mutate_dict, read_dict)
print(seen <= ALLOWED, len(shared), shared["fixed"])
print(sorted(key for key in shared if key != "fixed") == [(k, i) for k in range(MUTATORS) for i in range(1, ROUNDS, 2)])

# set: the same with a set.
members = {"fixed"}


def mutate_set(k):
    for i in range(ROUNDS):
        members.add((k, i))
        if i % 2:
            members.discard((k, i - 1))


def read_set():
    total = 0
    for item in members:
        total += 1
    total += len(members.copy()) + len(set(members)) + ("fixed" in members) + len(members | {"x"})
    return total


seen = run(mutate_set, read_set)
print(seen <= ALLOWED, len(members), "fixed" in members)
print(sorted(m for m in members if m != "fixed") == [(k, i) for k in range(MUTATORS) for i in range(1, ROUNDS, 2)])

# bytearray: mutators append bytes; readers iterate over it and copy it (never an error).
data = bytearray()


def mutate_bytes(k):
    for i in range(ROUNDS):
        data.append(k)
        data.extend(b"ab")
        if i % 100 == 0:
            data[0:0] = b"x"


def read_bytes():
    total = 0
    for byte in data:
        total += byte
    total += len(bytes(data)) + data.count(b"a") + (b"ab" in data)
    return total


seen = run(mutate_bytes, read_bytes)
print(seen, len(data), data.count(b"ab"), data.count(b"x"), data.count(0), data.count(1))
