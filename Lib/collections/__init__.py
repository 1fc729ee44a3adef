"""Container datatypes: deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, and the
wrappers UserDict, UserList and UserString meant for subclassing."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

import _collections_abc
import sys as _sys
import _thread
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter, eq as _eq

GenericAlias = type(list[int])


def _recursive_repr(fillvalue):
    """Decorate a __repr__ so that an object met again inside its own repr (on the same thread)
    prints as fillvalue."""
    def decorate(repr_function):
        running = set()

        def wrapper(self):
            key = (id(self), _thread.get_ident())
            if key in running:
                return fillvalue
            running.add(key)
            try:
                return repr_function(self)
            finally:
                running.discard(key)
        wrapper.__name__ = repr_function.__name__
        wrapper.__qualname__ = repr_function.__qualname__
        wrapper.__doc__ = repr_function.__doc__
        return wrapper
    return decorate


################################################################################
# deque
################################################################################

# The deque is native; its iterator type is named here too, as pickles of deque iterators
# refer to `collections._deque_iterator`.
from _collections import deque, _deque_iterator

_collections_abc.MutableSequence.register(deque)


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]): a dict whose missing keys get the value
    default_factory() (inserted), or raise KeyError when default_factory is None."""
    # default_factory is an instance attribute: slots of dict subclasses cannot be assigned
    # in this interpreter yet.

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        super().__init__(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    @_recursive_repr('...')
    def _factory_repr(self):
        return repr(self.default_factory)

    def __repr__(self):
        return f'{type(self).__name__}({self._factory_repr()}, {dict.__repr__(self)})'

    def copy(self):
        """A shallow copy, with the same default_factory."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result


################################################################################
# OrderedDict
################################################################################

class _OrderedKeysView(_collections_abc.KeysView):
    __slots__ = ()

    def __reversed__(self):
        yield from reversed(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'


class _OrderedItemsView(_collections_abc.ItemsView):
    __slots__ = ()

    def __reversed__(self):
        for key in reversed(self._mapping):
            yield (key, self._mapping[key])

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'


class _OrderedValuesView(_collections_abc.ValuesView):
    __slots__ = ()

    def __reversed__(self):
        for key in reversed(self._mapping):
            yield self._mapping[key]

    def __repr__(self):
        return f'{type(self).__name__}({list(self)!r})'


_OrderedKeysView.__name__ = _OrderedKeysView.__qualname__ = 'odict_keys'
_OrderedItemsView.__name__ = _OrderedItemsView.__qualname__ = 'odict_items'
_OrderedValuesView.__name__ = _OrderedValuesView.__qualname__ = 'odict_values'


class OrderedDict(dict):
    """A dict that remembers insertion order, can reorder its keys (move_to_end) and pop from
    either end, and whose equality with another OrderedDict depends on order.

    The order is the dict's own insertion order: moving a key to the end is a pop and a
    re-insertion; moving it to the front rebuilds the dict (linear time).
    """

    def __init__(self, other=(), /, **kwds):
        self.__update(other, **kwds)

    update = __update = _collections_abc.MutableMapping.update

    def move_to_end(self, key, last=True):
        """Move an existing key to the end (or to the front if last is false)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair: the last inserted if last is true, else the
        first."""
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    def setdefault(self, key, default=None):
        """Insert key with a value of default if key is not in the dictionary; return the
        value for key."""
        if key in self:
            return self[key]
        self[key] = default
        return default

    __marker = object()

    def pop(self, key, default=__marker):
        """Remove key and return its value, or default if absent; KeyError without default."""
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default is self.__marker:
            raise KeyError(key)
        return default

    def keys(self):
        return _OrderedKeysView(self)

    def items(self):
        return _OrderedItemsView(self)

    def values(self):
        return _OrderedValuesView(self)

    def __reversed__(self):
        return reversed(dict.keys(self))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    @_recursive_repr('...')
    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({dict(dict.items(self))!r})'

    def __reduce__(self):
        state = dict(vars(self)) or None
        return type(self), (), state, None, iter(list(dict.items(self)))

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """A new OrderedDict with keys from iterable, each with the value value."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
# namedtuple
################################################################################

def _caller_module(depth):
    """The __name__ of the module calling at the given depth, or None if unknown."""
    try:
        return _sys._getframemodulename(depth + 1) or '__main__'
    except AttributeError:
        pass
    try:
        return _sys._getframe(depth + 1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError, NotImplementedError):
        return None


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A subclass of tuple named typename whose items are also attributes named by
    field_names (a sequence of strings, or one string of names separated by spaces or commas).

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name) or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(field_names[len(field_names) - len(defaults):], defaults))

    fields = tuple(_sys.intern(name) for name in field_names)
    count = len(fields)
    arg_list = ', '.join(fields)
    if count == 1:
        arg_list += ','    # the tuple display below needs its comma
    tuple_new = tuple.__new__

    # __new__ is compiled so that its signature (and its call errors) name the fields.
    namespace = {'_tuple_new': tuple_new, '__builtins__': {}, '__name__': f'namedtuple_{typename}'}
    exec(f'def __new__(_cls, {arg_list}): return _tuple_new(_cls, ({arg_list}))', namespace)
    __new__ = namespace['__new__']
    __new__.__doc__ = f'Create new instance of {typename}({arg_list})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != count:
            raise TypeError(f'Expected {count} arguments, got {len(result)}')
        return result
    _make.__func__.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, fields, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result
    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'

    repr_format = '(' + ', '.join(f'{name}=%r' for name in fields) + ')'

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return self.__class__.__name__ + repr_format % self

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    class_namespace = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        class_namespace[name] = property(_itemgetter(index), doc=f'Alias for field number {index}')

    result = type(typename, (tuple,), class_namespace)
    if module is None:
        module = _caller_module(1)
    if module is not None:
        result.__module__ = module
    return result


################################################################################
# Counter
################################################################################

def _count_elements(mapping, iterable):
    """Add one to mapping[item] (a missing item counting zero) for each item of `iterable`;
    Counter.update() counts through this function."""
    get = mapping.get
    for item in iterable:
        mapping[item] = get(item, 0) + 1


class Counter(dict):
    """A dict counting hashable items: Counter('abca') is Counter({'a': 2, 'b': 1, 'c': 1}).
    Missing items count zero; counts may be zero or negative."""

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common items and their counts, most common first (all if n is None);
        items of equal counts keep their insertion order."""
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        """An iterator over each item repeated as many times as its count (items with a count
        below one are left out)."""
        for element, count in self.items():
            for _ in range(count):
                yield element

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of items or a mapping of counts, then from the keyword
        arguments."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    get = self.get
                    for element, count in iterable.items():
                        self[element] = count + get(element, 0)
                else:
                    super().update(iterable)    # an empty Counter takes the counts as they are
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts from an iterable of items or a mapping of counts, then from the
        keyword arguments; counts may go to zero or below."""
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for element, count in iterable.items():
                    self[element] = get(element, 0) - count
            else:
                for element in iterable:
                    self[element] = get(element, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A shallow copy."""
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, element):
        if element in self:
            super().__delitem__(element)

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        try:
            counts = dict(self.most_common())
        except TypeError:
            counts = dict(self)   # counts that cannot be ordered
        return f'{type(self).__name__}({counts!r})'

    # Comparisons treat missing items as zero counts.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset operations: results keep only positive counts.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            total = count + other[element]
            if total > 0:
                result[element] = total
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            difference = count - other[element]
            if difference > 0:
                result[element] = difference
        for element, count in other.items():
            if element not in self and count < 0:
                result[element] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            largest = other_count if count < other_count else count
            if largest > 0:
                result[element] = largest
        for element, count in other.items():
            if element not in self and count > 0:
                result[element] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            other_count = other[element]
            smallest = count if count < other_count else other_count
            if smallest > 0:
                result[element] = smallest
        return result

    def __pos__(self):
        result = Counter()
        for element, count in self.items():
            if count > 0:
                result[element] = count
        return result

    def __neg__(self):
        result = Counter()
        for element, count in self.items():
            if count < 0:
                result[element] = 0 - count
        return result

    def _keep_positive(self):
        for element in [e for e, count in self.items() if not count > 0]:
            del self[element]
        return self

    def __iadd__(self, other):
        for element, count in other.items():
            self[element] += count
        return self._keep_positive()

    def __isub__(self, other):
        for element, count in other.items():
            self[element] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for element, other_count in other.items():
            if other_count > self[element]:
                self[element] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for element, count in self.items():
            other_count = other[element]
            if other_count < count:
                self[element] = other_count
        return self._keep_positive()


################################################################################
# ChainMap
################################################################################

class ChainMap(_collections_abc.MutableMapping):
    """ChainMap(*maps): a view of several mappings as one. Lookups search them in order;
    writes, updates and deletions go to the first (maps[0])."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # Keys in the order of first appearance, searching the last mapping first.
        keys = {}
        for mapping in reversed(self.maps):
            keys.update(dict.fromkeys(mapping))
        return iter(keys)

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr('...')
    def __repr__(self):
        return f'{type(self).__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap of one new dict with keys from iterable."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A new ChainMap with a copy of maps[0] and the same other mappings."""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A new ChainMap with m (or a new dict) in front of these maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """A new ChainMap of all the maps but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}') from None

    def popitem(self):
        """Remove and return an item of maps[0]."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        """Remove key from maps[0] and return its value."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}') from None

    def clear(self):
        """Empty maps[0]."""
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = dict(other)
        for child in reversed(self.maps):
            merged.update(child)
        return type(self)(merged)


################################################################################
# UserDict, UserList, UserString
################################################################################

class UserDict(_collections_abc.MutableMapping):
    """A dict-like class keeping its contents in the real dict .data, for subclassing."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(type(self), '__missing__'):
            return type(self).__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return type(self)(self.data | other.data)
        if isinstance(other, dict):
            return type(self)(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return type(self)(other.data | self.data)
        if isinstance(other, dict):
            return type(self)(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        instance = type(self).__new__(type(self))
        instance.__dict__.update(self.__dict__)
        instance.__dict__['data'] = self.__dict__['data'].copy()
        return instance

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            result = copy.copy(self)
        finally:
            self.data = data
        result.update(self)
        return result

    @classmethod
    def fromkeys(cls, iterable, value=None):
        result = cls()
        for key in iterable:
            result[key] = value
        return result


class UserList(_collections_abc.MutableSequence):
    """A list-like class keeping its contents in the real list .data, for subclassing."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other): return self.data < self._cast(other)
    def __le__(self, other): return self.data <= self._cast(other)
    def __eq__(self, other): return self.data == self._cast(other)
    def __gt__(self, other): return self.data > self._cast(other)
    def __ge__(self, other): return self.data >= self._cast(other)
    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return type(self)(self.data + other.data)
        if isinstance(other, type(self.data)):
            return type(self)(self.data + other)
        return type(self)(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return type(self)(other.data + self.data)
        if isinstance(other, type(self.data)):
            return type(self)(other + self.data)
        return type(self)(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        instance = type(self).__new__(type(self))
        instance.__dict__.update(self.__dict__)
        instance.__dict__['data'] = self.__dict__['data'][:]
        return instance

    def append(self, item): self.data.append(item)
    def insert(self, i, item): self.data.insert(i, item)
    def pop(self, i=-1): return self.data.pop(i)
    def remove(self, item): self.data.remove(item)
    def clear(self): self.data.clear()
    def copy(self): return type(self)(self)
    def count(self, item): return self.data.count(item)
    def index(self, item, *args): return self.data.index(item, *args)
    def reverse(self): self.data.reverse()
    def sort(self, /, *args, **kwds): self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_collections_abc.Sequence):
    """A str-like class keeping its contents in the real str .data, for subclassing."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self): return str(self.data)
    def __repr__(self): return repr(self.data)
    def __int__(self): return int(self.data)
    def __float__(self): return float(self.data)
    def __complex__(self): return complex(self.data)
    def __hash__(self): return hash(self.data)
    def __getnewargs__(self): return (self.data[:],)

    def _cast(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, string): return self.data == self._cast(string)
    def __lt__(self, string): return self.data < self._cast(string)
    def __le__(self, string): return self.data <= self._cast(string)
    def __gt__(self, string): return self.data > self._cast(string)
    def __ge__(self, string): return self.data >= self._cast(string)

    def __contains__(self, char):
        return self._cast(char) in self.data

    def __len__(self): return len(self.data)
    def __getitem__(self, index): return type(self)(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return type(self)(self.data + other.data)
        if isinstance(other, str):
            return type(self)(self.data + other)
        return type(self)(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return type(self)(other + self.data)
        return type(self)(str(other) + self.data)

    def __mul__(self, n): return type(self)(self.data * n)
    __rmul__ = __mul__

    def __mod__(self, args): return type(self)(self.data % args)
    def __rmod__(self, template): return type(self)(str(template) % self)

    # str's methods: those returning strings return instances of this class.
    def capitalize(self): return type(self)(self.data.capitalize())
    def casefold(self): return type(self)(self.data.casefold())
    def center(self, width, *args): return type(self)(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(self._cast(sub), start, end)

    def removeprefix(self, prefix, /):
        return type(self)(self.data.removeprefix(self._cast(prefix)))

    def removesuffix(self, suffix, /):
        return type(self)(self.data.removesuffix(self._cast(suffix)))

    def encode(self, encoding='utf-8', errors='strict'):
        return self.data.encode(encoding if encoding else 'utf-8', errors if errors else 'strict')

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8): return type(self)(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(self._cast(sub), start, end)

    def format(self, /, *args, **kwds): return self.data.format(*args, **kwds)
    def format_map(self, mapping): return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(self._cast(sub), start, end)

    def isalpha(self): return self.data.isalpha()
    def isalnum(self): return self.data.isalnum()
    def isascii(self): return self.data.isascii()
    def isdecimal(self): return self.data.isdecimal()
    def isdigit(self): return self.data.isdigit()
    def isidentifier(self): return self.data.isidentifier()
    def islower(self): return self.data.islower()
    def isnumeric(self): return self.data.isnumeric()
    def isprintable(self): return self.data.isprintable()
    def isspace(self): return self.data.isspace()
    def istitle(self): return self.data.istitle()
    def isupper(self): return self.data.isupper()
    def join(self, seq): return self.data.join(seq)
    def ljust(self, width, *args): return type(self)(self.data.ljust(width, *args))
    def lower(self): return type(self)(self.data.lower())
    def lstrip(self, chars=None): return type(self)(self.data.lstrip(chars))
    maketrans = str.maketrans
    def partition(self, sep): return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return type(self)(self.data.replace(self._cast(old), self._cast(new), maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(self._cast(sub), start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(self._cast(sub), start, end)

    def rjust(self, width, *args): return type(self)(self.data.rjust(width, *args))
    def rpartition(self, sep): return self.data.rpartition(sep)
    def rstrip(self, chars=None): return type(self)(self.data.rstrip(chars))
    def split(self, sep=None, maxsplit=-1): return self.data.split(sep, maxsplit)
    def rsplit(self, sep=None, maxsplit=-1): return self.data.rsplit(sep, maxsplit)
    def splitlines(self, keepends=False): return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None): return type(self)(self.data.strip(chars))
    def swapcase(self): return type(self)(self.data.swapcase())
    def title(self): return type(self)(self.data.title())
    def translate(self, *args): return type(self)(self.data.translate(*args))
    def upper(self): return type(self)(self.data.upper())
    def zfill(self, width): return type(self)(self.data.zfill(width))
