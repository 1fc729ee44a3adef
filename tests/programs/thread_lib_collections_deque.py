from collections import deque
# threads appending and popping concurrently lose nothing
import threading
shared = deque()
def producer(start):
    for i in range(start, start + 2000):
        shared.append(i)
threads = [threading.Thread(target=producer, args=(k * 2000,)) for k in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(len(shared), sorted(shared) == list(range(8000)))
popped = []
def consumer():
    while True:
        try:
            popped.append(shared.popleft())
        except IndexError:
            return
threads = [threading.Thread(target=consumer) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(len(popped), sorted(popped) == list(range(8000)), len(shared))
