counter = 0


def outer():
    x = 1

    def inner():
        nonlocal x
        global counter
        x += 1
        counter += 1
        return x

    return inner


class Base:
    attr = [n for n in range(3)]

    def method(self):
        return super().method(), __class__

    @property
    def value(self):
        return self.__private


def gen(n):
    yield from range(n)
    squares = (i * i for i in range(n))
    return sum(squares)
