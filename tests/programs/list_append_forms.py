# list.append reached every way: as a method call (done in place by the eval loop), on a list
# subclass, through the unbound method, with the wrong receiver or argument count, with
# keywords, and on a list being iterated.
class Stack(list):
    def push(self, x):
        self.append(x)
        return len(self)


items = []
for i in range(5):
    items.append(i * i)
print(items)

s = Stack()
print(s.push("a"), s.push("b"), s, type(s).__name__)

append = items.append
append(99)
list.append(items, -1)
print(items)

for bad in (lambda: items.append(), lambda: items.append(1, 2), lambda: items.append(x=1),
            lambda: list.append((), 1), lambda: list.append(items)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

grow = [0]
for x in grow:
    if x < 4:
        grow.append(x + 1)
print(grow)

class NotAList:
    append = list.append

try:
    NotAList().append(1)
except TypeError as e:
    print("TypeError:", e)
print(items.append(7), items[-1])
