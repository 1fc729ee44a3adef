# Reading instance attributes of a plain object (CPython's LOAD_ATTR_INSTANCE_VALUE).


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def run(n):
    p = Point(1, 2, 3)
    q = Point(4, 5, 6)
    total = 0
    for _ in range(n):
        total += p.x + p.y + p.z + q.x - q.y - q.z
    return total


print(run(5000000))
