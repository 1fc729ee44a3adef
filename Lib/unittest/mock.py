"""Mock objects for tests: Mock and MagicMock record how they are called and what is
looked up on them, patch() replaces objects for the duration of a test, and call,
ANY, sentinel and DEFAULT help to describe expectations.

This is a compact implementation of the commonly used parts of CPython's
unittest.mock (no async mocks; create_autospec only restricts attributes)."""

import builtins
import functools
import importlib
import io
import sys

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock', 'PropertyMock',
           'AsyncMock',
           'patch', 'sentinel', 'DEFAULT', 'ANY', 'call', 'create_autospec', 'mock_open',
           'seal', 'FILTER_DIR')

__unittest = True

FILTER_DIR = True


class _Sentinel:
    """A unique named object: sentinel.name is the same object every time."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _SentinelFactory:
    def __init__(self):
        self._made = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError(name)
        return self._made.setdefault(name, _Sentinel(name))


sentinel = _SentinelFactory()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING


class _AnyValue:
    """Equal to everything (for call expectations)."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return '<ANY>'


ANY = _AnyValue()


# ---------------------------------------------------------------------------
# call objects

class _Call(tuple):
    """A recorded or expected call: (name, args, kwargs). Attribute access and calling
    build chained expectations such as call.method(1).other()."""

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        if len(value) == 3:
            name, args, kwargs = value
        elif len(value) == 2:
            first, second = value
            if isinstance(first, str):
                name, args, kwargs = first, (), {}
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif len(value) == 1:
            only = value[0]
            if isinstance(only, str):
                name, args, kwargs = only, (), {}
            elif isinstance(only, tuple):
                args, kwargs = only, {}
            else:
                args, kwargs = (), only
        else:
            args, kwargs = (), {}
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            return '', self[0], self[1]
        return self

    def __eq__(self, other):
        try:
            other_len = len(other)
        except TypeError:
            return NotImplemented
        mine = self._parts()
        if isinstance(other, _Call):
            theirs = other._parts()
        elif other_len == 3:
            theirs = tuple(other)
        elif other_len == 2:
            first, second = other
            if isinstance(first, str):
                theirs = (first, (), {}) if not isinstance(second, (tuple, dict)) else \
                    ((first, second, {}) if isinstance(second, tuple) else (first, (), second))
            else:
                theirs = ('', first, second)
        elif other_len == 1:
            only = other[0]
            theirs = ((only, (), {}) if isinstance(only, str) else
                      ('', only, {}) if isinstance(only, tuple) else ('', (), only))
        elif other_len == 0:
            theirs = ('', (), {})
        else:
            return False
        name, args, kwargs = mine
        other_name, other_args, other_kwargs = theirs
        if name and other_name and name != other_name:
            return False
        return (args, kwargs) == (tuple(other_args), dict(other_kwargs))

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name + '()', args, kwargs), name=self._mock_name + '()',
                     parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name=f'{self._mock_name}.{attr}', parent=self, from_kall=False)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def call_list(self):
        """The calls that make up a chained call, first to last."""
        chain = []
        current = self
        while current is not None:
            if current._mock_from_kall:
                chain.append(current)
            current = current._mock_parent
        return _CallList(reversed(chain))

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            return name if name.startswith('()') is False and name == 'call' else f'call.{name}'
        name, args, kwargs = self._parts()
        if not name:
            name = 'call'
        elif not name.startswith('()'):
            name = 'call.' + name
        else:
            name = 'call' + name
        shown = [repr(a) for a in args] + [f'{k}={v!r}' for k, v in kwargs.items()]
        return f"{name}({', '.join(shown)})"


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls that also answers `in` for a contiguous run of calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        size = len(value)
        return any(self[i:i + size] == value for i in range(len(self) - size + 1))

    def __repr__(self):
        return repr(list(self))


# ---------------------------------------------------------------------------
# Mocks

_MAGIC_DEFAULTS = {
    '__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
    '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
    '__exit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
    '__index__': 1, '__fspath__': None,
}
_MAGIC_METHODS = {
    '__lt__', '__gt__', '__le__', '__ge__', '__int__', '__contains__', '__len__',
    '__exit__', '__enter__', '__complex__', '__float__', '__bool__', '__index__',
    '__iter__', '__hash__', '__str__', '__sizeof__', '__eq__', '__ne__',
    '__getitem__', '__setitem__', '__delitem__', '__add__', '__sub__',
    '__mul__', '__truediv__', '__floordiv__', '__mod__', '__pow__', '__and__', '__or__',
    '__xor__', '__lshift__', '__rshift__', '__neg__', '__pos__', '__abs__', '__invert__',
    '__round__', '__trunc__', '__floor__', '__ceil__', '__reversed__', '__missing__',
    '__fspath__', '__next__', '__divmod__', '__rdivmod__',
}
# Every binary operator also in its reflected (`__radd__`) and in-place (`__iadd__`) forms.
for _operator in ('add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift',
                  'rshift', 'and', 'xor', 'or'):
    _MAGIC_METHODS |= {f'__{_operator}__', f'__r{_operator}__', f'__i{_operator}__'}
del _operator
# Magic methods that cannot be configured (they are part of how mocks work).
_UNSUPPORTED = {'__getattr__', '__setattr__', '__init__', '__new__', '__prepare__',
                '__instancecheck__', '__subclasscheck__', '__del__'}


def _magic_default(mock, name):
    """The behaviour of a MagicMock's magic method that nobody configured."""
    if name in _MAGIC_DEFAULTS:
        return _MAGIC_DEFAULTS[name]
    if name == '__iter__':
        return iter([])
    if name == '__hash__':
        return object.__hash__(mock)
    if name == '__str__':
        return object.__str__(mock)
    if name == '__sizeof__':
        return object.__sizeof__(mock)
    if name == '__eq__':
        return NotImplemented
    if name == '__ne__':
        return NotImplemented
    return DEFAULT


def _check_spec(spec):
    if spec is None:
        return None
    if isinstance(spec, list) and all(isinstance(item, str) for item in spec):
        return set(spec)
    return set(dir(spec))


class NonCallableMock:
    """A mock that creates (and remembers) a child mock for each attribute looked up,
    unless spec or spec_set restrict the attributes."""

    def __new__(cls, *args, **kwargs):
        # Each instance gets its own class, so that magic methods can be set on it.
        own_class = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(own_class)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, unsafe=False,
                 **kwargs):
        store = self.__dict__
        store['_mock_parent'] = parent
        store['_mock_name'] = name
        store['_mock_new_name'] = _new_name
        store['_mock_new_parent'] = _new_parent
        store['_mock_wraps'] = wraps
        store['_mock_children'] = {}
        store['_mock_return_value'] = DEFAULT
        store['_mock_side_effect'] = None
        store['_mock_sealed'] = False
        store['_mock_unsafe'] = unsafe
        if spec_set is not None:
            spec = spec_set
        store['_spec_class'] = (spec if isinstance(spec, type) else
                                type(spec) if spec is not None and not isinstance(spec, list)
                                else None)
        store['_mock_methods'] = _check_spec(spec)
        store['_spec_set'] = spec_set is not None
        store['method_calls'] = _CallList()
        store['mock_calls'] = _CallList()
        self.reset_mock()
        self.configure_mock(**kwargs)

    def configure_mock(self, **settings):
        """Set attributes, with dotted names reaching into children."""
        for dotted, value in sorted(settings.items(), key=lambda item: item[0].count('.')):
            *path, last = dotted.split('.')
            target = self
            for part in path:
                target = getattr(target, part)
            setattr(target, last, value)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forget the calls (and optionally the configured results) of this mock and its
        children."""
        visited = set() if visited is None else visited
        if id(self) in visited:
            return
        visited.add(id(self))
        store = self.__dict__
        store['called'] = False
        store['call_count'] = 0
        store['call_args'] = None
        store['call_args_list'] = _CallList()
        store['mock_calls'] = _CallList()
        store['method_calls'] = _CallList()
        if return_value:
            store['_mock_return_value'] = DEFAULT
        if side_effect:
            store['_mock_side_effect'] = None
        for child in list(store['_mock_children'].values()):
            if isinstance(child, NonCallableMock):
                child.reset_mock(visited, return_value=return_value,
                                 side_effect=side_effect)
        returned = store['_mock_return_value']
        if isinstance(returned, NonCallableMock) and returned is not self:
            returned.reset_mock(visited)

    def _child_name(self, attribute):
        base = self._mock_name or 'mock'
        return f'{self._full_name()}.{attribute}' if base else attribute

    def _full_name(self):
        parts = []
        current = self
        while current is not None:
            name = current.__dict__.get('_mock_new_name') or current.__dict__.get('_mock_name')
            parts.append(name or 'mock')
            if current.__dict__.get('_mock_name') and current.__dict__.get('_mock_new_parent') is None:
                break
            current = current.__dict__.get('_mock_new_parent')
        return '.'.join(reversed(parts)).replace('.()', '()')

    def _make_child(self, **kwargs):
        kind = type(self).__mro__[1] if type(self).__name__ == type(self).__mro__[1].__name__ else type(self)
        if issubclass(kind, PropertyMock):
            kind = MagicMock
        if not issubclass(kind, CallableMixin):
            if issubclass(kind, NonCallableMagicMock):
                kind = MagicMock
            elif issubclass(kind, NonCallableMock):
                kind = Mock
        if self.__dict__.get('_mock_sealed'):
            raise AttributeError(f"mock object has no attribute '{kwargs.get('name')}'")
        return kind(**kwargs)

    def __getattr__(self, name):
        if name.startswith('_mock_') or name in ('_spec_class', '_spec_set'):
            raise AttributeError(name)
        methods = self.__dict__.get('_mock_methods')
        is_dunder = name.startswith('__') and name.endswith('__')
        if methods is None:
            # Without a spec, no dunder name is made up on demand.
            if is_dunder:
                raise AttributeError(name)
        elif name not in methods or (is_dunder and name in _MAGIC_METHODS):
            # With one, a dunder attribute of the spec (sys.__excepthook__)
            # becomes a child like any other name; magic methods never do.
            raise AttributeError("Mock object has no attribute %r" % name)
        if (not self.__dict__.get('_mock_unsafe') and
                name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt'))):
            raise AttributeError(f"{name!r} is not a valid assertion. Use a spec "
                                 f"for the mock if {name!r} is meant to be an attribute.")
        children = self.__dict__['_mock_children']
        child = children.get(name, _missing)
        if child is _missing:
            if self.__dict__.get('_mock_sealed'):
                raise AttributeError(f"mock.{name}")
            wrapped = self.__dict__['_mock_wraps']
            child = self._make_child(
                parent=self, name=name, _new_name=name, _new_parent=self,
                wraps=getattr(wrapped, name) if wrapped is not None else None)
            children[name] = child
        elif child is _deleted:
            raise AttributeError(name)
        return child

    def __setattr__(self, name, value):
        methods = self.__dict__.get('_mock_methods')
        if (self.__dict__.get('_spec_set') and methods is not None and name not in methods
                and name not in self.__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if name in ('return_value', 'side_effect'):
            return object.__setattr__(self, name, value)
        if name in _UNSUPPORTED and name.startswith('__'):
            raise AttributeError("Attempting to set unsupported magic method %r." % name)
        if name.startswith('__') and name.endswith('__') and name in _MAGIC_METHODS | set(_MAGIC_DEFAULTS):
            if not callable(value) or not isinstance(value, NonCallableMock):
                function = value
                value = lambda this, *args, **kw: function(this, *args, **kw)
            setattr(type(self), name, value)
            self.__dict__['_mock_children'][name] = value
            return None
        if isinstance(value, NonCallableMock) and name not in self.__dict__:
            store = value.__dict__
            if store.get('_mock_new_parent') is None and not store.get('_mock_name'):
                store['_mock_new_parent'] = self
                store['_mock_new_name'] = name
                store['_mock_parent'] = self
                store['_mock_name'] = name
            self.__dict__['_mock_children'][name] = value
            return None
        if name in self.__dict__.get('_mock_children', {}) and not name.startswith('_'):
            self.__dict__['_mock_children'][name] = value
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        children = self.__dict__['_mock_children']
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif children.get(name) is _deleted:
            raise AttributeError(name)
        children[name] = _deleted

    def __dir__(self):
        extras = [name for name, child in self.__dict__['_mock_children'].items()
                  if child is not _deleted]
        return sorted(set(extras) | set(object.__dir__(self)))

    def __repr__(self):
        name = self._full_name()
        shown = '' if name == 'mock' and not self._mock_name else f" name={name!r}"
        spec = self.__dict__.get('_spec_class')
        if spec is not None:
            word = 'spec_set' if self.__dict__.get('_spec_set') else 'spec'
            shown += f" {word}={spec.__name__!r}"
        return f"<{type(self).__mro__[1].__name__}{shown} id='{id(self)}'>"

    @property
    def __class__(self):
        spec = self.__dict__.get('_spec_class')
        return type(self) if spec is None else spec

    # return_value and side_effect

    def _get_return_value(self):
        returned = self.__dict__['_mock_return_value']
        if returned is DEFAULT:
            returned = self._make_child(_new_name='()', _new_parent=self)
            self.__dict__['_mock_return_value'] = returned
        return returned

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        if isinstance(value, NonCallableMock) and value.__dict__.get('_mock_new_parent') is None:
            value.__dict__['_mock_new_parent'] = self
            value.__dict__['_mock_new_name'] = '()'

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self.__dict__['_mock_side_effect']

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and not isinstance(value, BaseException) \
                and not (isinstance(value, type) and issubclass(value, BaseException)):
            value = iter(value)
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    # assertions

    def _describe_call(self, args, kwargs):
        return repr(_Call((self._mock_name or 'mock', args, kwargs), two=False)
                    ).replace('call.', '', 1)

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." %
                                 (self._mock_name or 'mock'))

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            expected = self._describe_call(args, kwargs)
            raise AssertionError(f'expected call not found.\nExpected: {expected}\n'
                                 f'  Actual: not called.')
        if self.call_args != _Call((args, kwargs), two=True):
            expected = self._describe_call(args, kwargs)
            actual = self._describe_call(*self.call_args)
            raise AssertionError(f'expected call not found.\nExpected: {expected}\n'
                                 f'  Actual: {actual}')

    def assert_called_once_with(self, /, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_name or 'mock', self.call_count,
                                    self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in self.call_args_list:
            raise AssertionError('%s call not found' % self._describe_call(args, kwargs))

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        recorded = self.mock_calls
        if not any_order:
            if expected not in recorded:
                raise AssertionError(f'Calls not found.\nExpected: {_CallList(expected)!r}\n'
                                     f'  Actual: {recorded!r}')
            return
        remaining = list(recorded)
        missing = []
        for item in expected:
            try:
                remaining.remove(item)
            except ValueError:
                missing.append(item)
        if missing:
            raise AssertionError(f'{tuple(missing)!r} not all found in call list')

    def _calls_repr(self):
        if not self.mock_calls:
            return ""
        return f"\nCalls: {self.mock_calls!r}."

    def _record_call(self, args, kwargs):
        store = self.__dict__
        store['called'] = True
        store['call_count'] += 1
        this_call = _Call((args, kwargs), two=True)
        store['call_args'] = this_call
        store['call_args_list'].append(this_call)
        # Tell the parents: method_calls names the path from them, mock_calls too.
        name = ''
        current = self
        is_method = True
        while current is not None:
            parent = current.__dict__.get('_mock_new_parent')
            own = current.__dict__.get('_mock_new_name') or ''
            if current is self:
                current.__dict__['mock_calls'].append(_Call(('', args, kwargs)))
                name = own
            else:
                current.__dict__['mock_calls'].append(_Call((name, args, kwargs)))
                if is_method and name and '()' not in name:
                    current.__dict__['method_calls'].append(_Call((name, args, kwargs)))
                name = (own + '.' + name) if own and own != '()' else (own + name if own else name)
            if parent is None:
                break
            if own == '()':
                is_method = False
            current = parent


class _Deleted:
    pass


_deleted = _Deleted()


class CallableMixin:
    """Calling the mock records the call, then gives side_effect's result (raising
    it if it is an exception), the next item of an iterable side_effect, what the
    wrapped object returns, or return_value."""

    def __call__(self, /, *args, **kwargs):
        self._record_call(args, kwargs)
        effect = self.__dict__['_mock_side_effect']
        if effect is not None:
            if isinstance(effect, BaseException) or (
                    isinstance(effect, type) and issubclass(effect, BaseException)):
                raise effect
            if not callable(effect):
                result = next(effect)
                if isinstance(result, BaseException) or (
                        isinstance(result, type) and issubclass(result, BaseException)):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self.__dict__['_mock_return_value'] is not DEFAULT:
            return self.return_value
        wrapped = self.__dict__['_mock_wraps']
        if wrapped is not None:
            return wrapped(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock object."""


class _MagicSetup:
    """Gives each new magic mock its default magic methods."""

    def _install_magics(self):
        own_class = type(self)
        for name in _MAGIC_METHODS:
            if name in own_class.__dict__:
                continue
            setattr(own_class, name, _magic_method(name))


def _magic_method(name):
    def method(self, *args, **kwargs):
        child = self.__dict__['_mock_children'].get(name)
        if child is None:
            child = MagicMock(name=name, _new_name=name, _new_parent=self, parent=self)
            default = _magic_default(self, name)
            if default is not DEFAULT:
                child.__dict__['_mock_return_value'] = default
            self.__dict__['_mock_children'][name] = child
        if name == '__iter__':
            produced = child(*args, **kwargs)
            return iter(produced)
        return child(*args, **kwargs)
    method.__name__ = name
    return method


class NonCallableMagicMock(_MagicSetup, NonCallableMock):
    """A non-callable MagicMock."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._install_magics()


class MagicMock(_MagicSetup, Mock):
    """A Mock whose magic methods (len(), iter(), with, arithmetic, ...) work and can be
    configured: m.__len__.return_value = 3."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._install_magics()

    def __getattr__(self, name):
        if name in _MAGIC_METHODS and name in self.__dict__['_mock_children']:
            return self.__dict__['_mock_children'][name]
        if name in _MAGIC_METHODS:
            getattr(type(self), name)
            _magic_method(name)  # make sure the child exists
            child = MagicMock(name=name, _new_name=name, _new_parent=self, parent=self)
            default = _magic_default(self, name)
            if default is not DEFAULT:
                child.__dict__['_mock_return_value'] = default
            self.__dict__['_mock_children'][name] = child
            return child
        return super().__getattr__(name)


def _magic_attribute_access(cls):
    # m.__len__ gives the child mock that implements len(m).
    original = cls.__getattribute__

    def lookup(self, name):
        if name in _MAGIC_METHODS and not name in ('__class__',):
            children = object.__getattribute__(self, '__dict__')['_mock_children']
            if name in children:
                return children[name]
            return MagicMock.__getattr__(self, name)
        return original(self, name)
    cls.__getattribute__ = lookup


_magic_attribute_access(MagicMock)
_magic_attribute_access(NonCallableMagicMock)


class PropertyMock(Mock):
    """A mock to put on a class as a property: getting calls it with no arguments,
    setting calls it with the value."""

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, value):
        self(value)


def _raise_if_exception(value):
    if isinstance(value, BaseException) or (
            isinstance(value, type) and issubclass(value, BaseException)):
        raise value
    return value


class AsyncMock(MagicMock):
    """A MagicMock that behaves as an async function: calling it records the call and
    gives a coroutine; awaiting that coroutine records the await and gives side_effect's
    or return_value's result (an async side_effect is awaited). Its child mocks are
    AsyncMocks too."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        import asyncio.coroutines
        import inspect
        store = self.__dict__
        # What asyncio.iscoroutinefunction and inspect.iscoroutinefunction look for.
        store['_is_coroutine'] = asyncio.coroutines._is_coroutine
        marker = getattr(inspect, '_is_coroutine_mark', None)
        if marker is not None:
            store['_is_coroutine_marker'] = marker

    def reset_mock(self, *args, **kwargs):
        super().reset_mock(*args, **kwargs)
        store = self.__dict__
        store['await_count'] = 0
        store['await_args'] = None
        store['await_args_list'] = _CallList()

    def __call__(self, /, *args, **kwargs):
        self._record_call(args, kwargs)
        return self._awaited(args, kwargs)

    async def _awaited(self, args, kwargs):
        import inspect
        store = self.__dict__
        this_await = _Call((args, kwargs), two=True)
        store['await_count'] += 1
        store['await_args'] = this_await
        store['await_args_list'].append(this_await)
        effect = store['_mock_side_effect']
        if effect is not None:
            _raise_if_exception(effect)
            if not callable(effect):
                try:
                    result = next(effect)
                except StopIteration:
                    raise StopAsyncIteration from None
                _raise_if_exception(result)
            elif inspect.iscoroutinefunction(effect):
                result = await effect(*args, **kwargs)
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if store['_mock_return_value'] is not DEFAULT:
            return self.return_value
        wrapped = store['_mock_wraps']
        if wrapped is not None:
            if inspect.iscoroutinefunction(wrapped):
                return await wrapped(*args, **kwargs)
            return wrapped(*args, **kwargs)
        return self.return_value

    def _who(self):
        return self._mock_name or 'mock'

    def assert_awaited(self):
        if self.await_count == 0:
            raise AssertionError(f"Expected {self._who()} to have been awaited.")

    def assert_awaited_once(self):
        if self.await_count != 1:
            raise AssertionError(f"Expected {self._who()} to have been awaited once. "
                                 f"Awaited {self.await_count} times.")

    def assert_awaited_with(self, /, *args, **kwargs):
        expected = self._describe_call(args, kwargs)
        if self.await_args is None:
            raise AssertionError(f"Expected await: {expected}\nNot awaited")
        if self.await_args != _Call((args, kwargs), two=True):
            actual = self._describe_call(*self.await_args)
            raise AssertionError(f"expected await not found.\nExpected: {expected}\n"
                                 f"  Actual: {actual}")

    def assert_awaited_once_with(self, /, *args, **kwargs):
        if self.await_count != 1:
            raise AssertionError(f"Expected {self._who()} to have been awaited once. "
                                 f"Awaited {self.await_count} times.")
        self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        if _Call((args, kwargs), two=True) not in self.await_args_list:
            raise AssertionError(f"{self._describe_call(args, kwargs)} await not found")

    def assert_has_awaits(self, calls, any_order=False):
        expected = [_Call(c, two=True) if not isinstance(c, _Call) or len(c) != 2 else c
                    for c in calls]
        expected = [_Call((c[-2], c[-1]), two=True) for c in expected]
        recorded = list(self.await_args_list)
        if not any_order:
            width = len(expected)
            if not any(recorded[i:i + width] == expected
                       for i in range(len(recorded) - width + 1)):
                raise AssertionError(f"Awaits not found.\nExpected: {_CallList(expected)!r}\n"
                                     f"Actual: {self.await_args_list!r}")
            return
        remaining = list(recorded)
        missing = []
        for item in expected:
            try:
                remaining.remove(item)
            except ValueError:
                missing.append(item)
        if missing:
            raise AssertionError(f"{tuple(missing)!r} not all found in await list")

    def assert_not_awaited(self):
        if self.await_count != 0:
            raise AssertionError(f"Expected {self._who()} to not have been awaited. "
                                 f"Awaited {self.await_count} times.")


def seal(mock):
    """Forbid the creation of new child mocks on mock and its children."""
    mock.__dict__['_mock_sealed'] = True
    for child in mock.__dict__['_mock_children'].values():
        if isinstance(child, NonCallableMock):
            seal(child)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None,
                    **kwargs):
    """A mock restricted to the attributes of spec (callable if spec is)."""
    kind = MagicMock if callable(spec) else NonCallableMagicMock
    if instance and isinstance(spec, type):
        kind = NonCallableMagicMock if not callable(getattr(spec, '__call__', None)) else MagicMock
    options = {'spec_set': spec} if spec_set else {'spec': spec}
    options.update(kwargs)
    return kind(name=_name, **options)


def mock_open(mock=None, read_data=''):
    """A mock of open() whose file handles read read_data."""
    if mock is None:
        mock = MagicMock(name='open', spec=open)
    handle = MagicMock(spec=io.TextIOWrapper if isinstance(read_data, str) else io.BufferedReader)
    state = {'data': read_data}

    def fresh():
        data = state['data']
        handle.__dict__['_buffer'] = (io.StringIO(data) if isinstance(data, str)
                                      else io.BytesIO(data))

    def opened(*args, **kwargs):
        fresh()
        return DEFAULT
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.side_effect = lambda *a: handle.__dict__['_buffer'].read(*a)
    handle.readline.side_effect = lambda *a: handle.__dict__['_buffer'].readline(*a)
    handle.readlines.side_effect = lambda *a: handle.__dict__['_buffer'].readlines(*a)
    handle.__iter__.side_effect = lambda: iter(handle.__dict__['_buffer'].readlines())
    fresh()
    mock.side_effect = opened
    mock.return_value = handle
    return mock


# ---------------------------------------------------------------------------
# patch

def _resolve(dotted):
    """The object a dotted name refers to, importing modules along the way."""
    parts = dotted.split('.')
    found = importlib.import_module(parts[0])
    imported = parts[0]
    for part in parts[1:]:
        imported += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            importlib.import_module(imported)
            found = getattr(found, part)
    return found


def _split_target(target):
    try:
        owner, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(f"Need a valid target to patch. You supplied: {target!r}")
    return (lambda: _resolve(owner)), attribute


class _patch:
    """Replaces an attribute while a test (decorated function or class, or with
    block) runs, then puts the original back."""

    _active = []

    def __init__(self, getter, attribute, new, spec, create, spec_set, autospec,
                 new_callable, kwargs):
        if new is not DEFAULT and new_callable is not None:
            raise ValueError("Cannot use 'new' and 'new_callable' together")
        if new is not DEFAULT and autospec is not None:
            raise TypeError("Cannot use 'autospec' and 'new' together")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.attribute_name = None
        self.additional_patchers = []

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec, self.create,
                      self.spec_set, self.autospec, self.new_callable, self.kwargs)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin

    def __call__(self, func):
        if isinstance(func, type):
            return self._decorate_class(func)
        return self._decorate_function(func)

    def _decorate_class(self, klass):
        for name in dir(klass):
            if not name.startswith(patch.TEST_PREFIX):
                continue
            value = getattr(klass, name)
            if callable(value):
                setattr(klass, name, self.copy()(value))
        return klass

    def _decorate_function(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        @functools.wraps(func)
        def patched(*args, **keywargs):
            extra = []
            entered = []
            try:
                for patching in patched.patchings:
                    value = patching.__enter__()
                    entered.append(patching)
                    if patching.attribute_name is not None:
                        keywargs.update(value)
                    elif patching.new is DEFAULT:
                        extra.append(value)
                return func(*args, *extra, **keywargs)
            finally:
                for patching in reversed(entered):
                    patching.__exit__(*sys.exc_info())
        patched.patchings = [self]
        return patched

    def _make_new(self, original):
        if self.new is not DEFAULT:
            return self.new
        if self.new_callable is not None:
            return self.new_callable(**self.kwargs)
        spec = self.spec
        spec_set = self.spec_set
        if spec is True:
            spec = original
        if spec_set is True:
            spec_set = original
        if self.autospec is not None:
            target = original if self.autospec is True else self.autospec
            return create_autospec(target, spec_set=bool(spec_set), **self.kwargs)
        kind = MagicMock
        if spec is not None and not callable(spec):
            kind = NonCallableMagicMock
        options = dict(self.kwargs)
        if spec is not None:
            options['spec'] = spec
        if spec_set is not None and spec_set is not False:
            options['spec_set'] = spec_set
        return kind(**options)

    def __enter__(self):
        self.target = self.getter()
        name = self.attribute
        try:
            original = self.target.__dict__[name] if hasattr(self.target, '__dict__') and \
                name in vars(self.target) else getattr(self.target, name)
            local = hasattr(self.target, '__dict__') and name in vars(self.target)
        except AttributeError:
            if not self.create and name not in getattr(builtins, '__dict__', {}) or \
                    not self.create and not isinstance(self.target, type(sys)):
                raise AttributeError(f"{self.target} does not have the attribute {name!r}")
            original, local = DEFAULT, False
        self.temp_original = original
        self.is_local = local
        replacement = self._make_new(original if original is not DEFAULT else None)
        setattr(self.target, name, replacement)
        self._replacement = replacement
        if self.attribute_name is not None:
            values = {}
            if self.new is DEFAULT:
                values[self.attribute_name] = replacement
            for other in self.additional_patchers:
                values.update(other.__enter__())
            return values
        return replacement

    def __exit__(self, *exc_info):
        for other in reversed(self.additional_patchers):
            other.__exit__(*exc_info)
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            try:
                delattr(self.target, self.attribute)
            except AttributeError:
                pass
            if not self.create and self.temp_original is not DEFAULT and \
                    not hasattr(self.target, self.attribute):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original, self.is_local, self.target
        return False

    def start(self):
        """Apply the patch until stop() (or patch.stopall())."""
        value = self.__enter__()
        _patch._active.append(self)
        return value

    def stop(self):
        try:
            _patch._active.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
          new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by the dotted target (a MagicMock unless new is
    given) while the decorated test or the with block runs."""
    getter, attribute = _split_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec, new_callable,
                  kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, spec_set=None,
                  autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """patch() of the attribute of an object given directly."""
    if isinstance(target, str):
        raise TypeError(f"{target!r} must be the actual object to be patched, not a str")
    return _patch(lambda: target, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


def _patch_multiple(target, spec=None, create=False, spec_set=None, autospec=None,
                    new_callable=None, **kwargs):
    """Patch several attributes of one target at once (new values as keywords; DEFAULT
    for mocks, which are passed to the test as keyword arguments)."""
    getter = (lambda: _resolve(target)) if isinstance(target, str) else (lambda: target)
    if not kwargs:
        raise ValueError('Must supply at least one keyword argument with patch.multiple')
    items = list(kwargs.items())
    first = _patch(getter, items[0][0], items[0][1], spec, create, spec_set, autospec,
                   new_callable, {})
    first.attribute_name = items[0][0]
    for name, value in items[1:]:
        other = _patch(getter, name, value, spec, create, spec_set, autospec,
                       new_callable, {})
        other.attribute_name = name
        first.additional_patchers.append(other)
    return first


class _patch_dict:
    """Set entries of a dictionary (or a dotted name of one) while a test runs, then
    restore its old contents; clear=True empties it first."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for name in dir(f):
                if name.startswith(patch.TEST_PREFIX) and callable(getattr(f, name)):
                    setattr(f, name, _patch_dict(self.in_dict, self.values, self.clear)(getattr(f, name)))
            return f

        @functools.wraps(f)
        def patched(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return patched

    def _target(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _resolve(self.in_dict)
        return self.in_dict

    def _patch_dict(self):
        target = self._target()
        try:
            self._original = target.copy()
        except AttributeError:
            self._original = {key: target[key] for key in target}
        if self.clear:
            target.clear()
        target.update(self.values)
        return target

    def _unpatch_dict(self):
        target = self._target()
        target.clear()
        target.update(self._original)
        return False

    def __enter__(self):
        return self._patch_dict()

    def __exit__(self, *args):
        return self._unpatch_dict()

    def start(self):
        value = self._patch_dict()
        _patch._active.append(self)
        return value

    def stop(self):
        try:
            _patch._active.remove(self)
        except ValueError:
            return None
        return self._unpatch_dict()


def _patch_stopall():
    """Stop every patch started with start()."""
    for active in reversed(list(_patch._active)):
        active.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.multiple = _patch_multiple
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'
