# Generators composed into pipelines; infinite generators with islice-like helpers.
def naturals():
    n = 0
    while True:
        yield n
        n += 1


def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v


def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v


def squares(it):
    for v in it:
        yield v * v


print(list(take(5, squares(evens(naturals())))))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(take(15, fib())))


def chunked(seq, size):
    chunk = []
    for item in seq:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


print(list(chunked(range(7), 3)))


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))


def running_avg():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count


ra = running_avg()
next(ra)
print([ra.send(v) for v in (10, 20, 30, 40)])

# zip and map over generators stop at the shortest
print(list(zip(take(3, naturals()), "abcdef")))
print(list(map(lambda a, b: a * b, take(4, naturals()), fib())))
