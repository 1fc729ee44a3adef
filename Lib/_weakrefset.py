"""WeakSet: a set whose members are held by weak references (written for Ferrython).

The members live as keys of a dict of weak references (a reference hashes and compares as the
object it points to while that object lives). Each reference's callback removes its key when
its object dies; the callback reaches the set through a weak reference too, so that the set can
be freed before its members. Set algebra works on snapshots of the live members.
"""

from _weakref import ref

__all__ = ["WeakSet"]


def _drop_dead_member(owner_ref):
    """The callback given to every member's reference: forgets the reference in its set."""
    def forget(dead, owner_ref=owner_ref):
        owner = owner_ref()
        if owner is not None:
            owner._refs.pop(dead, None)
    return forget


class WeakSet:
    """A set of objects that lets go of each member once nothing else uses it."""

    def __init__(self, data=None):
        self._refs = {}
        self._forget = _drop_dead_member(ref(self))
        if data is not None:
            for member in data:
                self.add(member)

    # -- the members ---------------------------------------------------------------------

    def _live(self):
        """The members that are alive now (a list: the set may change while it is used)."""
        found = []
        for member_ref in list(self._refs):
            member = member_ref()
            if member is not None:
                found.append(member)
        return found

    def _rebuilt(self, members):
        """A set of this class holding `members`."""
        result = self.__class__()
        for member in members:
            result.add(member)
        return result

    def __iter__(self):
        yield from self._live()

    def __len__(self):
        return len(self._live())

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False
        return probe in self._refs

    def add(self, item):
        self._refs.setdefault(ref(item, self._forget), None)

    def discard(self, item):
        self._refs.pop(ref(item), None)

    def remove(self, item):
        try:
            del self._refs[ref(item)]
        except KeyError:
            raise KeyError(item) from None

    def pop(self):
        while self._refs:
            member_ref, _ = self._refs.popitem()
            member = member_ref()
            if member is not None:
                return member
        raise KeyError("pop from empty WeakSet")

    def clear(self):
        self._refs.clear()

    def copy(self):
        return self._rebuilt(self._live())

    def update(self, other):
        for member in other:
            self.add(member)

    def __reduce__(self):
        return self.__class__, (self._live(),), getattr(self, "__dict__", None)

    def __repr__(self):
        return "<%s.%s object at %#x>" % (type(self).__module__, type(self).__qualname__, id(self))

    __hash__ = None

    # -- set algebra, on snapshots of the live members --------------------------------------

    def _as_set(self):
        return set(self._live())

    def union(self, other):
        return self._rebuilt(self._as_set().union(other))

    def intersection(self, other):
        return self._rebuilt(member for member in other if member in self)

    def difference(self, other):
        return self._rebuilt(self._as_set().difference(other))

    def symmetric_difference(self, other):
        return self._rebuilt(self._as_set().symmetric_difference(other))

    def difference_update(self, other):
        for member in list(self) if other is self else other:
            self.discard(member)

    def intersection_update(self, other):
        keep = self._as_set().intersection(other)
        for member in self._live():
            if member not in keep:
                self.discard(member)

    def symmetric_difference_update(self, other):
        if other is self:
            self.clear()
            return
        for member in set(other):
            if member in self:
                self.discard(member)
            else:
                self.add(member)

    def isdisjoint(self, other):
        return self._as_set().isdisjoint(other)

    def issubset(self, other):
        return self._as_set().issubset(other)

    def issuperset(self, other):
        return self._as_set().issuperset(other)

    def __or__(self, other):
        return self.union(other)

    def __and__(self, other):
        return self.intersection(other)

    def __sub__(self, other):
        return self.difference(other)

    def __xor__(self, other):
        return self.symmetric_difference(other)

    def __ior__(self, other):
        self.update(other)
        return self

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def __le__(self, other):
        return self.issubset(other)

    def __ge__(self, other):
        return self.issuperset(other)

    def __lt__(self, other):
        return self._as_set() < set(other)

    def __gt__(self, other):
        return self._as_set() > set(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self._as_set() == other._as_set()
