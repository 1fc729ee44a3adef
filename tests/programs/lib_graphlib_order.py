# graphlib: static_order, get_ready/done batches, is_active/bool, and the errors.
import graphlib
from graphlib import TopologicalSorter, CycleError

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

graph = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
ts = TopologicalSorter({"D": ["B", "C"], "C": ["A"], "B": ["A"]})
print(list(ts.static_order()))
print(list(TopologicalSorter({2: [11], 9: [11, 8], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))
print(list(TopologicalSorter().static_order()))
print(list(TopologicalSorter({1: []}).static_order()))

ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(4, 5)
ts.add(6, 3, 4)
ts.add(3, 0)
show("get_ready early", ts.get_ready)
show("is_active early", ts.is_active)
show("bool early", lambda: bool(ts))
show("done early", lambda: ts.done(1))
ts.prepare()
show("prepare twice", ts.prepare)
show("add after prepare", lambda: ts.add(9, 8))
step = 0
while ts.is_active():
    ready = ts.get_ready()
    print("batch", step, ready, bool(ts))
    for node in ready:
        ts.done(node)
    step += 1
print("final", ts.get_ready(), ts.is_active(), bool(ts))

ts = TopologicalSorter({"b": "a", "c": "b"})
ts.prepare()
print(ts.get_ready())
show("done unknown", lambda: ts.done("zz"))
show("done not ready", lambda: ts.done("c"))
ts.done("a")
show("done twice", lambda: ts.done("a"))
print(ts.get_ready(), ts.get_ready())
ts.done("b")
print(ts.get_ready())
ts.done("c")
print(ts.is_active())

# Duplicated dependencies and nodes as their own successors' predecessors.
ts = TopologicalSorter()
ts.add("x", "y", "y")
ts.add("x", "y")
print(list(ts.static_order()))

# Partial progress after a cycle.
ts = TopologicalSorter()
ts.add(1, 0)
ts.add(2, 1, 4)
ts.add(3, 2)
ts.add(4, 3)
ts.add(5, 0)
try:
    ts.prepare()
except CycleError as e:
    print("cycle", type(e).__name__, e.args, isinstance(e, ValueError))
print(ts.get_ready())
ts.done(0)
print(ts.get_ready())
ts.done(1, 5)
print(ts.get_ready(), ts.is_active())

for g in [{1: [1]}, {1: [2], 2: [1]}, {"a": ["b"], "b": ["c"], "c": ["d"], "d": ["b"]},
          {1: [2], 2: [3], 3: [4], 4: [5], 5: [3], 0: [1]}, {1: [2, 3], 3: [1]}]:
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print(str(e), e.args[1])

print(TopologicalSorter[int], CycleError.__mro__[1].__name__)
print(sorted(graphlib.__all__))
class Node:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Node({self.n})"
a, b = Node(1), Node(2)
ts = TopologicalSorter({b: [a]})
ts.prepare()
show("node repr", lambda: ts.done(b))
print(list(TopologicalSorter({b: [a]}).static_order()))
it = TopologicalSorter({1: [2]}).static_order()
print(next(it), next(it))
show("exhausted", lambda: next(it))
