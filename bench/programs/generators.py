# Generator pipelines: chained generator functions (each stage pulls from the one before), yield
# from, generator expressions consumed by sum/max/any, and a generator driven with send().


def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def lcg(seed, count):
    x = seed
    for _ in range(count):
        x = (x * 1103515245 + 12345) % 2147483648
        yield x


def keep_odd(items):
    for item in items:
        if item & 1:
            yield item


def scaled(items, factor):
    for item in items:
        yield item * factor % 1000003


def pairwise_sums(items):
    previous = None
    for item in items:
        if previous is not None:
            yield previous + item
        previous = item


def chunks(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(lists):
    for inner in lists:
        yield from inner


def running_total():
    total = 0
    while True:
        value = yield total
        total += value


def main():
    a = sum(pairwise_sums(scaled(keep_odd(numbers(1600000)), 7)))
    b = sum(x % 97 for x in flatten(chunks(lcg(42, 1200000), 16)))
    c = max(len(chunk) + chunk[0] % 13 for chunk in chunks(numbers(800000), 7))
    d = sum(1 for x in (y * y for y in range(1200000)) if x % 3 == 1)
    acc = running_total()
    next(acc)
    e = 0
    for x in lcg(7, 800000):
        e = acc.send(x % 1000)
    f = any(x > 10**12 for x in numbers(800000))
    print(a, b, c, d, e, f)


main()
