"""Heap queue algorithm: a list kept so that heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2].

heap[0] is then the smallest item. heappush/heappop/heapify/heapreplace/heappushpop maintain that
invariant on a plain list; merge, nlargest and nsmallest are built on it.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check_list(function, heap, position='argument 1'):
    if not isinstance(heap, list):
        raise TypeError(f"{function}() {position} must be list, not {type(heap).__name__}")


def _sift_down(heap, top, pos):
    """Move heap[pos] up towards top until its parent is not larger."""
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_up(heap, pos):
    """Fill the hole at pos: walk the smaller child up to the leaves, then sift the item down
    into place (fewer comparisons than stopping at the first fit)."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down(heap, start, pos)


def heappush(heap, item, /):
    """Push item onto heap, keeping the heap invariant."""
    _check_list('heappush', heap)
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop and return the smallest item of heap."""
    _check_list('heappop', heap, 'argument')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_up(heap, 0)
        return smallest
    return last


def heapreplace(heap, item, /):
    """Pop and return the smallest item, then push item: the heap's size stays the same."""
    _check_list('heapreplace', heap)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item, then pop and return the smallest item; faster than the two calls."""
    _check_list('heappushpop', heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(heap, /):
    """Turn the list into a heap, in place, in linear time."""
    _check_list('heapify', heap, 'argument')
    for pos in reversed(range(len(heap) // 2)):
        _sift_up(heap, pos)


# Max-heaps, used by merge(reverse=True)

def _sift_down_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if parent < item:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_up_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down_max(heap, start, pos)


def _heapify_max(heap):
    for pos in reversed(range(len(heap) // 2)):
        _sift_up_max(heap, pos)


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sift_up_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator; stable: of equal items, the one from the
    earlier input comes first."""
    # Entries are [sort value, input number, item, next]; the input number breaks ties and keeps
    # the merge stable (negated when reversed, so that the earlier input still wins).
    direction = -1 if reverse else 1
    heap = []
    for number, iterable in enumerate(iterables):
        iterator = iter(iterable)
        for item in iterator:
            value = item if key is None else key(item)
            heap.append([value, number * direction, item, iterator.__next__])
            break
    if reverse:
        make, replace = _heapify_max, _heapreplace_max
    else:
        make, replace = heapify, heapreplace
    make(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        try:
            item = entry[3]()
        except StopIteration:
            if reverse:
                last = heap.pop()
                if heap:
                    heap[0] = last
                    _sift_up_max(heap, 0)
            else:
                heappop(heap)
            continue
        entry[0] = item if key is None else key(item)
        entry[2] = item
        replace(heap, entry)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3].__self__


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, as sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        sentinel = object()
        smallest = min(iterable, default=sentinel, key=key)
        return [] if smallest is sentinel else [smallest]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    return _select(n, iterable, key, reverse=False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, as sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        sentinel = object()
        largest = max(iterable, default=sentinel, key=key)
        return [] if largest is sentinel else [largest]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    return _select(n, iterable, key, reverse=True)


def _select(n, iterable, key, reverse):
    # Keep the n best items seen so far in a heap whose top is the worst of them. Entries carry
    # (value, order, item): order makes earlier items win ties, as in a stable sort.
    keyed = key if key is not None else (lambda item: item)
    heap = []
    for order, item in enumerate(iterable):
        entry = _Entry(keyed(item), order, item, reverse)
        if len(heap) < n:
            heap.append(entry)
            if len(heap) == n:
                heapify(heap)
        elif heap[0] < entry:
            heapreplace(heap, entry)
    heap.sort(reverse=True)
    return [entry.item for entry in heap]


class _Entry:
    """An item with its sort value and position; "less" means "worse", so that a min-heap
    holds the worst retained item at its top. Only values are compared, never items."""
    __slots__ = ('value', 'order', 'item', 'reverse')

    def __init__(self, value, order, item, reverse):
        self.value = value
        self.order = order
        self.item = item
        self.reverse = reverse

    def __lt__(self, other):
        if self.reverse:
            # Worse is smaller, and among equals the later one.
            if self.value < other.value:
                return True
            if other.value < self.value:
                return False
        else:
            if other.value < self.value:
                return True
            if self.value < other.value:
                return False
        return self.order > other.order
