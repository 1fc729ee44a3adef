# Closures and calls with keyword and default arguments: counters kept in cells updated with
# nonlocal, closures built by factories and called through a list, calls with keyword arguments,
# defaults, *args and **kwargs.


def make_counter(start=0, step=1):
    count = start

    def tick(times=1):
        nonlocal count
        count += step * times
        return count

    return tick


def make_adder(n):
    def add(x):
        return x + n

    return add


def compose(f, g):
    def both(x):
        return g(f(x))

    return both


def clamp(value, low=0, high=100, *, wrap=False):
    if wrap:
        return low + (value - low) % (high - low)
    if value < low:
        return low
    if value > high:
        return high
    return value


def weighted(a, b, c=3, d=4, **extra):
    total = a + 2 * b + 3 * c + 4 * d
    for value in extra.values():
        total += value
    return total


def spread(*args, scale=1):
    return sum(args) * scale


def main():
    counter = make_counter()
    stepper = make_counter(start=10, step=3)
    adders = [make_adder(i) for i in range(10)]
    pipeline = compose(adders[3], compose(adders[5], adders[7]))
    total = 0
    for i in range(470000):
        counter()
        stepper(times=2)
        total += adders[i % 10](i)
        total += pipeline(i) % 7
        total += clamp(i % 150)
        total += clamp(i % 150, high=120, wrap=True)
        total += clamp(value=i % 50, low=10)
        total += weighted(i, 1)
        total += weighted(1, 2, d=i % 5)
        total += weighted(a=1, b=2, c=3, e=i % 3)
        total += spread(1, 2, i % 4, scale=2)
    print(total, counter(0), stepper(0))


main()
