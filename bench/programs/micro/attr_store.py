# Writing instance attributes of a plain object (CPython's STORE_ATTR_INSTANCE_VALUE).


class Box:
    def __init__(self):
        self.a = 0
        self.b = 0
        self.c = 0


def run(n):
    box = Box()
    for i in range(n):
        box.a = i
        box.b = i
        box.c = box.a
    return box.a + box.b + box.c


print(run(12000000))
