# RecursionError from plain Python recursion, caught at several places.
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, "|", e, "|", isinstance(e, RuntimeError))


def with_finally(n, log):
    try:
        return with_finally(n + 1, log)
    finally:
        if n == 0:
            log.append("outermost finally ran")


log = []
try:
    with_finally(0, log)
except RecursionError as e:
    print(type(e).__name__, e, log)


def catch_low(n):
    if n == 0:
        try:
            return catch_low(n + 1)
        except RecursionError:
            return "caught near the bottom of the stack"
    return catch_low(n + 1)


print(catch_low(0))


class Node:
    def __init__(self, child=None):
        self.child = child

    def depth(self):
        return 1 + (self.child.depth() if self.child else 0)


head = None
for _ in range(200):
    head = Node(head)
print(head.depth())

loop = Node()
loop.child = loop
try:
    loop.depth()
except RecursionError as e:
    print("cyclic structure:", e)


def gen_recursion(n):
    yield from gen_recursion(n + 1)


try:
    next(gen_recursion(0))
except RecursionError as e:
    print("through yield from (python frames only):", type(e).__name__)
