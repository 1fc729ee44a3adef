# A tiny round-robin scheduler running several coroutines by hand, with sleeps and messages.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield ("sleep", self.ticks)


class Receive:
    def __init__(self, box):
        self.box = box

    def __await__(self):
        while not self.box:
            yield ("wait", None)
        return self.box.pop(0)


log = []


async def producer(box, n):
    for i in range(n):
        await Sleep(1)
        box.append("msg%d" % i)
        log.append("produced msg%d" % i)
    box.append(None)
    return "producer done"


async def consumer(box):
    count = 0
    while True:
        msg = await Receive(box)
        if msg is None:
            return "consumer got %d" % count
        log.append("consumed " + msg)
        count += 1


async def ticker(n):
    for i in range(n):
        log.append("tick %d" % i)
        await Sleep(2)
    return "ticker done"


def run(*coros):
    tasks = [(c, 0) for c in coros]
    results = {}
    clock = 0
    while tasks:
        ready = [(c, t) for c, t in tasks if t <= clock]
        waiting = [(c, t) for c, t in tasks if t > clock]
        tasks = waiting
        for coro, _ in ready:
            try:
                kind, arg = coro.send(None)
                tasks.append((coro, clock + (arg if kind == "sleep" else 0)))
            except StopIteration as stop:
                results[coro.__name__] = stop.value
        clock += 1
    return results, clock


box = []
results, clock = run(producer(box, 3), consumer(box), ticker(3))
print(results, clock)
for line in log:
    print(" ", line)
