"""Small helpers shared by the unittest modules: bounded reprs and element counting."""

from collections import namedtuple, OrderedDict
from os.path import commonprefix

__unittest = True

# Failure messages show at most this many characters of each compared repr.
_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12       # len('[NN chars]') plus a little
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
# Room for the differing part when both the shared prefix and the rest are elided.
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)


def _shorten(s, prefixlen, suffixlen):
    """Keep prefixlen characters at the start and suffixlen at the end, naming how many
    were dropped between them, when that saves enough."""
    dropped = len(s) - prefixlen - suffixlen
    if dropped <= _PLACEHOLDER_LEN:
        return s
    return '%s[%d chars]%s' % (s[:prefixlen], dropped, s[len(s) - suffixlen:])


def _common_shorten_repr(*args):
    """The reprs of args, shortened together so that the part where they differ stays
    visible: a long shared prefix is elided first, then each remainder."""
    texts = tuple(safe_repr(arg) for arg in args)
    longest = max(len(text) for text in texts)
    if longest <= _MAX_LENGTH:
        return texts
    shared = commonprefix(texts)
    cut = len(shared)
    room = _MAX_LENGTH - (longest - cut + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        head = _shorten(shared, _MIN_BEGIN_LEN, room)
        return tuple(head + text[cut:] for text in texts)
    head = _shorten(shared, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _shorten(text[cut:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for text in texts)


def safe_repr(obj, short=False):
    """repr(obj), falling back to object.__repr__ when the object's own repr raises."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def sorted_list_difference(expected, actual):
    """(items only in expected, items only in actual) for two sorted lists, without
    duplicates."""
    only_expected = []
    only_actual = []
    i = j = 0
    while i < len(expected) and j < len(actual):
        e, a = expected[i], actual[j]
        if e < a:
            only_expected.append(e)
            i += 1
            while i < len(expected) and expected[i] == e:
                i += 1
        elif e > a:
            only_actual.append(a)
            j += 1
            while j < len(actual) and actual[j] == a:
                j += 1
        else:
            i += 1
            while i < len(expected) and expected[i] == e:
                i += 1
            j += 1
            while j < len(actual) and actual[j] == a:
                j += 1
    only_expected.extend(expected[i:])
    only_actual.extend(actual[j:])
    return only_expected, only_actual


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference for items that cannot be sorted (quadratic)."""
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    """-1, 0 or 1 like the cmp() of Python 2."""
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """(count in actual, count in expected, element) for each element whose counts
    differ; elements need only support ==."""
    first, second = list(actual), list(expected)
    gone = object()
    found = []
    for pos, item in enumerate(first):
        if item is gone:
            continue
        in_first = in_second = 0
        for k in range(pos, len(first)):
            if first[k] == item:
                in_first += 1
                first[k] = gone
        for k, other in enumerate(second):
            if other == item:
                in_second += 1
                second[k] = gone
        if in_first != in_second:
            found.append(_Mismatch(in_first, in_second, item))
    for pos, item in enumerate(second):
        if item is gone:
            continue
        in_second = 0
        for k in range(pos, len(second)):
            if second[k] == item:
                in_second += 1
                second[k] = gone
        found.append(_Mismatch(0, in_second, item))
    return found


def _ordered_count(iterable):
    counts = OrderedDict()
    for item in iterable:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _count_diff_hashable(actual, expected):
    """_count_diff_all_purpose for hashable elements, in first-seen order."""
    first, second = _ordered_count(actual), _ordered_count(expected)
    found = []
    for item, count in first.items():
        other = second.get(item, 0)
        if count != other:
            found.append(_Mismatch(count, other, item))
    for item, count in second.items():
        if item not in first:
            found.append(_Mismatch(0, count, item))
    return found
