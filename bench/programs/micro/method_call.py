# Calling small methods of an object (CPython's LOAD_ATTR_METHOD_WITH_VALUES then a Python call
# with exact arguments).


class Accumulator:
    def __init__(self):
        self.total = 0

    def add(self, value):
        self.total += value

    def get(self):
        return self.total


def run(n):
    acc = Accumulator()
    for i in range(n):
        acc.add(i & 7)
        acc.get()
    return acc.get()


print(run(4000000))
