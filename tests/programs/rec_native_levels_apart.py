# The recursion limit counts Python frames only (3.12): the native levels between them (a
# repr, a comparison, a call from a builtin back into Python) are counted apart, against a far
# higher limit, so nested containers reprs go deep and Python code recursing through builtins
# stops where its own frames reach the limit.
import sys

x = []
for _ in range(3000):
    x = [x]
print(len(repr(x)))

t = ()
for _ in range(2000):
    t = (t, 1)
print(t == t, len(str(t)))


class Node:
    def __init__(self, child):
        self.child = child

    def __repr__(self):
        return "N(" + repr(self.child) + ")"


def chain(n):
    node = None
    for _ in range(n):
        node = Node(node)
    return node


sys.setrecursionlimit(100)
print(len(repr(chain(80))))
try:
    repr(chain(120))
except RecursionError as err:
    print("RecursionError:", err)


def through_map(n):
    return n if n == 0 else sum(map(through_map, [n - 1])) + 1


print(through_map(80))
try:
    through_map(150)
except RecursionError as err:
    print("RecursionError:", err)
sys.setrecursionlimit(1000)
