"""Binary search in sorted sequences, and insertion that keeps them sorted.

Every function looks only at a[lo:hi] (hi defaulting to len(a)). With key=, the search compares
x with key(a[i]); the insort functions apply key to x too before searching. Only the `<`
operator is used for comparisons.
"""

__all__ = ['bisect', 'bisect_left', 'bisect_right', 'insort', 'insort_left', 'insort_right']


def _window(a, lo, hi):
    """The (start, end) of the slice to search, checking lo."""
    if lo < 0:
        raise ValueError('lo must be non-negative')
    return lo, (len(a) if hi is None else hi)


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the position where x would go after every item equal to it: items before the
    position are <= x, items from it on are > x."""
    start, end = _window(a, lo, hi)
    while end > start:
        middle = (start + end) >> 1
        probe = a[middle]
        if key is not None:
            probe = key(probe)
        if x < probe:
            end = middle
        else:
            start = middle + 1
    return start


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the position where x would go before every item equal to it: items before the
    position are < x, items from it on are >= x."""
    start, end = _window(a, lo, hi)
    while end > start:
        middle = (start + end) >> 1
        probe = a[middle]
        if key is not None:
            probe = key(probe)
        if probe < x:
            start = middle + 1
        else:
            end = middle
    return start


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, after any items equal to it."""
    target = x if key is None else key(x)
    a.insert(bisect_right(a, target, lo, hi, key=key), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted list a, before any items equal to it."""
    target = x if key is None else key(x)
    a.insert(bisect_left(a, target, lo, hi, key=key), x)


# The short names mean the "right" variants.
bisect, insort = bisect_right, insort_right
