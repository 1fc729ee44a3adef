"""Redo the builtin repr() (representation) but with limits on most sizes.

`Repr` abbreviates what it shows: only the first few items of a container, only some levels
of nesting, and long strings, numbers and other objects cut in the middle, with `...` (its
`fillvalue`) in place of what was left out.  `repr()` is the method of a default instance,
`aRepr`.  `recursive_repr` makes a `__repr__` method safe against objects that contain
themselves.
"""

from _thread import get_ident
from itertools import islice
import builtins

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    'Decorator to make a repr function return fillvalue for a recursive call'

    def decorate(user_function):
        # (id of the object, thread) for each call in progress
        running = set()

        def wrapper(self):
            call = (id(self), get_ident())
            if call in running:
                return fillvalue
            running.add(call)
            try:
                return user_function(self)
            finally:
                running.discard(call)

        # functools.wraps is not used: functools itself needs this module.
        for name in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, name, getattr(user_function, name))
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        wrapper.__type_params__ = getattr(user_function, '__type_params__', ())
        return wrapper

    return decorate


def _possibly_sorted(items):
    # Sets and dicts are shown sorted when their items can be compared, so that the
    # abbreviation keeps the smallest ones.
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _cut_middle(text, keep, fillvalue):
    # Keep about `keep` characters, split between the start and the end of `text`.
    head = max(0, (keep - 3) // 2)
    tail = max(0, keep - 3 - head)
    return text[:head] + fillvalue + text[len(text) - tail:]


class Repr:

    def __init__(
        self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5, maxdict=4, maxset=6,
        maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40, maxother=30, fillvalue='...',
        indent=None,
    ):
        self.fillvalue = fillvalue
        self.indent = indent
        self.maxlevel = maxlevel
        # Items shown of each kind of container.
        self.maxdict = maxdict
        self.maxlist = maxlist
        self.maxtuple = maxtuple
        self.maxset = maxset
        self.maxfrozenset = maxfrozenset
        self.maxdeque = maxdeque
        self.maxarray = maxarray
        # Characters shown of the other objects.
        self.maxstring = maxstring
        self.maxlong = maxlong
        self.maxother = maxother

    def repr(self, x):
        """The abbreviated repr of x."""
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        # Dispatch on the type's name: repr_list for lists, and so on; a name with spaces
        # in it has them replaced by underscores.
        method = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
        if method is None:
            return self.repr_instance(x, level)
        return method(x, level)

    def _join(self, pieces, level):
        if self.indent is None:
            return ', '.join(pieces)
        if not pieces:
            return ''
        indent = self.indent
        if isinstance(indent, int):
            if indent < 0:
                raise ValueError(f'Repr.indent cannot be negative int (was {indent!r})')
            indent = ' ' * indent
        # One item a line, each indented one step deeper than the line holding the bracket.
        depth = self.maxlevel - level + 1
        try:
            item_start = '\n' + indent * depth
        except TypeError as exc:
            raise TypeError(
                f'Repr.indent must be a str, int or None, not {type(indent)}') from exc
        closing = '\n' + indent * (depth - 1)
        return ''.join([item_start + piece + ',' for piece in pieces]) + closing

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        count = len(x)
        if count and level <= 0:
            return left + self.fillvalue + right
        pieces = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
        if count > maxiter:
            pieces.append(self.fillvalue)
        # A tuple of one item keeps its comma when written on one line.
        if count == 1 and trail and self.indent is None:
            right = trail + right
        return left + self._join(pieces, level) + right

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode, '])',
                                   self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_possibly_sorted(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_possibly_sorted(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        pieces = []
        for key in islice(_possibly_sorted(x), self.maxdict):
            pieces.append(self.repr1(key, level - 1) + ': ' + self.repr1(x[key], level - 1))
        if len(x) > self.maxdict:
            pieces.append(self.fillvalue)
        return '{' + self._join(pieces, level) + '}'

    def repr_str(self, x, level):
        limit = self.maxstring
        shown = builtins.repr(x[:limit])
        if len(shown) <= limit:
            return shown
        # Cut the string itself, so that the quotes and escapes of its repr stay whole.
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        shown = builtins.repr(x[:head] + x[len(x) - tail:])
        return shown[:head] + self.fillvalue + shown[len(shown) - tail:]

    def repr_int(self, x, level):
        digits = builtins.repr(x)
        if len(digits) > self.maxlong:
            return _cut_middle(digits, self.maxlong, self.fillvalue)
        return digits

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            # A broken __repr__ still gives something to show.
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        if len(text) > self.maxother:
            return _cut_middle(text, self.maxother, self.fillvalue)
        return text


aRepr = Repr()
repr = aRepr.repr
