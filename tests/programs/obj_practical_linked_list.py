# A practical container class: a linked list with the sequence protocol.
class LinkedList:
    class _Node:
        __slots__ = ("value", "next")

        def __init__(self, value, next=None):
            self.value = value
            self.next = next

    def __init__(self, items=()):
        self._head = None
        self._size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self._head = self._Node(value, self._head)
        self._size += 1

    def pop(self):
        if self._head is None:
            raise IndexError("pop from empty LinkedList")
        node = self._head
        self._head = node.next
        self._size -= 1
        return node.value

    def __len__(self):
        return self._size

    def __iter__(self):
        node = self._head
        while node:
            yield node.value
            node = node.next

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        if index < 0:
            index += len(self)
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("LinkedList index out of range")

    def __contains__(self, value):
        return any(v == value for v in self)

    def __reversed__(self):
        return reversed(list(self))

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __repr__(self):
        return "LinkedList([%s])" % ", ".join(map(repr, self))


ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], ll[1:3], 2 in ll, 9 in ll, list(reversed(ll)))
print(ll.pop(), ll, sum(ll), sorted(ll, reverse=True), ll == LinkedList([1, 2, 3]))
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
empty = LinkedList()
print(bool(empty), bool(ll), list(empty))
try:
    empty.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    hash(ll)
except TypeError as e:
    print(type(e).__name__, e)
a, *rest = ll
print(a, rest, [x * 10 for x in ll], dict(enumerate(ll)))
