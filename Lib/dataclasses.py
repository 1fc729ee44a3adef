"""Data classes (PEP 557): a class decorator that writes __init__, __repr__, __eq__,
ordering, __hash__ and frozen-ness from the class's annotated fields.

The special methods are generated as Python source and compiled with exec(), so that
they have real signatures and behave exactly like hand-written methods."""

import re
import sys
from abc import update_abstractmethods
from copy import deepcopy
from keyword import iskeyword
from _thread import get_ident
from types import (BuiltinFunctionType, CodeType, EllipsisType, FunctionType, GenericAlias,
                   MappingProxyType, MemberDescriptorType, NotImplementedType, new_class)

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass',
           'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Assigning to or deleting a field of a frozen dataclass instance."""


class _FactoryDefault:
    """The default of an __init__ parameter whose field has a default_factory: the
    generated __init__ calls the factory when it sees this."""

    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _FactoryDefault()


class _MISSING_TYPE:
    """The type of MISSING: "no default given" (None is a valid default)."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """The type of KW_ONLY: fields annotated after `_: KW_ONLY` are keyword-only."""


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = MappingProxyType({})


class _FieldKind(str):
    """What a field's annotation made of it; shown by name in Field reprs."""

    def __repr__(self):
        return str(self)


# An instance attribute, a ClassVar (not a field of instances), an InitVar (an
# __init__ parameter only).
_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FieldKind('_FIELD_INITVAR')

# Where a dataclass keeps its fields and its options.
_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'

# "ClassVar[int]", "typing.ClassVar", "dataclasses.InitVar[str]" in string annotations.
_MODULE_IDENTIFIER_RE = re.compile(r'^(?:\s*(\w+)\s*\.)?\s*(\w+)')

# Values that asdict()/astuple() return as they are (they cannot contain dataclasses).
_ATOMIC_TYPES = frozenset([bool, bytes, complex, float, int, str, type(None), type,
                           range, property, EllipsisType, NotImplementedType, CodeType,
                           BuiltinFunctionType, FunctionType])


class InitVar:
    """A pseudo-field passed to __init__ and __post_init__ but not stored."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        # InitVar[int] is an InitVar instance, not a generic alias.
        return cls(type)


# The attributes of a Field, in the order of its repr.
_FIELD_SLOTS = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash',
                'compare', 'metadata', 'kw_only', '_field_type')


class Field:
    """One field of a dataclass, as field() describes it; name, type and kind are
    filled in when the class is processed."""

    __slots__ = _FIELD_SLOTS

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        given = (None, None, default, default_factory, init, repr, hash, compare,
                 _EMPTY_METADATA if metadata is None else MappingProxyType(metadata),
                 kw_only, None)
        for slot, value in zip(_FIELD_SLOTS, given):
            setattr(self, slot, value)

    def __repr__(self):
        shown = [f'{slot}={getattr(self, slot)!r}' for slot in _FIELD_SLOTS]
        return 'Field(' + ','.join(shown) + ')'

    def __set_name__(self, owner, name):
        # A default that is a descriptor is told its name too.
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)

    __class_getitem__ = classmethod(GenericAlias)


class _DataclassParams:
    """The options a dataclass was made with (its __dataclass_params__)."""

    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen',
                 'match_args', 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen,
                 match_args, kw_only, slots, weakref_slot):
        for name, value in zip(self.__slots__, (init, repr, eq, order, unsafe_hash, frozen,
                                                match_args, kw_only, slots, weakref_slot)):
            setattr(self, name, value)

    def __repr__(self):
        shown = ','.join(f'{name}={getattr(self, name)!r}' for name in self.__slots__)
        return f'_DataclassParams({shown})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field: its default (or a zero-argument default_factory), whether it
    is an __init__ parameter, shown by repr, used by comparisons and hash, and
    keyword-only; metadata is a mapping for third parties."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


# ---------------------------------------------------------------------------
# Generating methods

def _make_function(name, params, body_lines, namespace, return_annotation=MISSING):
    """Compile `def name(params): body` with the names of namespace available."""
    locals_ = dict(namespace)
    if return_annotation is not MISSING:
        locals_['__dataclass_return_type__'] = return_annotation
        returns = ' -> __dataclass_return_type__'
    else:
        returns = ''
    body = '\n'.join('  ' + line for line in body_lines) or '  pass'
    inner = f' def {name}({", ".join(params)}){returns}:\n{body}'
    # Build the function inside a factory so that namespace entries are closure-free
    # globals-like locals of the factory.
    names = ', '.join(locals_)
    source = f'def __dataclass_factory__({names}):\n{inner}\n return {name}'
    scope = {}
    exec(source, {'__builtins__': __builtins__}, scope)
    return scope['__dataclass_factory__'](**locals_)


def _set_qualname(cls, func):
    if isinstance(func, FunctionType):
        func.__qualname__ = f'{cls.__qualname__}.{func.__name__}'
    return func


def _install(cls, name, func):
    """Set a generated method unless the class defines its own; True if it did."""
    if name in cls.__dict__:
        return True
    _set_qualname(cls, func)
    setattr(cls, name, func)
    return False


def _tuple_of(fields, target):
    # "(target.a,target.b,)" for comparisons and hashing.
    if not fields:
        return '()'
    return '(' + ','.join(f'{target}.{f.name}' for f in fields) + ',)'


def _init_function(cls, std_fields, kw_only_fields, all_fields, frozen, has_post_init,
                   self_name, slots):
    # A parameter without default may not follow one with a default.
    seen_default = False
    for f in std_fields:
        if f.init:
            has_default = not (f.default is MISSING and f.default_factory is MISSING)
            if has_default:
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                'follows default argument')

    namespace = {
        '__dataclass_type_' + f.name + '__': f.type for f in all_fields
    }
    namespace.update({
        '__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
        '__dataclass_builtins_object__': object,
        'MISSING': MISSING,
    })
    body = []
    for f in all_fields:
        line = _field_init_line(f, frozen, namespace, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        initvars = ','.join(f.name for f in all_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({initvars})')
    params = [self_name] + [_init_param(f) for f in std_fields if f.init]
    keyword_params = [_init_param(f) for f in kw_only_fields if f.init]
    if keyword_params:
        params += ['*'] + keyword_params
    func = _make_function('__init__', params, body, namespace, return_annotation=None)
    return func


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = f'=__dataclass_dflt_{f.name}__'
    else:
        default = '=__dataclass_HAS_DEFAULT_FACTORY__'
    return f'{f.name}:__dataclass_type_{f.name}__{default}'


def _field_init_line(f, frozen, namespace, self_name, slots):
    default_name = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        namespace[default_name] = f.default_factory
        if f.init:
            value = (f'{default_name}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                     f'else {f.name}')
        else:
            value = f'{default_name}()'
    elif f.init:
        if f.default is not MISSING:
            namespace[default_name] = f.default
        value = f.name
    elif slots and f.default is not MISSING:
        # Slots leave no class attribute to read the default from.
        namespace[default_name] = f.default
        value = default_name
    else:
        # The class attribute holds the default.
        return None
    if f._field_type is _FIELD_INITVAR:
        return None
    if frozen:
        return f'__dataclass_builtins_object__.__setattr__({self_name},{f.name!r},{value})'
    return f'{self_name}.{f.name}={value}'


_repr_running = set()


def _repr_function(fields):
    body = ['return self.__class__.__qualname__ + f"(' +
            ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in fields) + ')"']
    plain = _make_function('__repr__', ['self'], body, {})

    def __repr__(self):
        # A dataclass that contains itself shows '...' for the inner occurrence.
        key = (id(self), get_ident())
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return plain(self)
        finally:
            _repr_running.discard(key)
    __repr__.__wrapped__ = plain
    # Lets pprint know it may lay the instance out field by field.
    __repr__.__dataclass_repr__ = True
    return __repr__


def _frozen_functions(cls, fields):
    namespace = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    names = '(' + ''.join(repr(f.name) + ',' for f in fields) + ')'
    condition = f'type(self) is cls or name in {names}'
    setter = _make_function('__setattr__', ['self', 'name', 'value'], [
        f'if {condition}:',
        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        'super(cls, self).__setattr__(name, value)'], namespace)
    deleter = _make_function('__delattr__', ['self', 'name'], [
        f'if {condition}:',
        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
        'super(cls, self).__delattr__(name)'], namespace)
    return setter, deleter


def _compare_function(name, op, fields):
    body = ['if other.__class__ is self.__class__:',
            f' return {_tuple_of(fields, "self")}{op}{_tuple_of(fields, "other")}',
            'return NotImplemented']
    return _make_function(name, ['self', 'other'], body, {})


def _hash_function(fields):
    return _make_function('__hash__', ['self'],
                          [f'return hash({_tuple_of(fields, "self")})'], {})


# ---------------------------------------------------------------------------
# Reading the class

def _names_special(annotation, cls, module, special):
    """Whether annotation is `special` (ClassVar, InitVar, KW_ONLY) of `module`,
    or a subscription of it; a string annotation is looked up as the name `X` in
    cls's module or `mod.X` where `mod` is module there."""
    if isinstance(annotation, str):
        parsed = _MODULE_IDENTIFIER_RE.match(annotation)
        if not parsed:
            return False
        prefix, name = parsed.groups()
        home = sys.modules.get(cls.__module__)
        scope = vars(home) if home is not None else {}
        # (Even `mod.X` is looked up as X in cls's module, as CPython does.)
        if prefix and scope.get(prefix) is not module:
            return False
        annotation = scope.get(name)
    if annotation is special:
        return True
    # ClassVar[int] is a typing alias of ClassVar; InitVar[int] an InitVar instance.
    if getattr(annotation, '__origin__', None) is special:
        return True
    return isinstance(special, type) and type(annotation) is special


def _field_kind(cls, annotation):
    typing = sys.modules.get('typing')
    if typing is not None and _names_special(annotation, cls, typing, typing.ClassVar):
        return _FIELD_CLASSVAR
    if _names_special(annotation, cls, sys.modules[__name__], InitVar):
        return _FIELD_INITVAR
    return _FIELD


def _get_field(cls, a_name, a_type, default_kw_only):
    """The Field of one annotated name of cls, with its kind and defaults settled."""
    found = getattr(cls, a_name, MISSING)
    if isinstance(found, Field):
        spec = found
    else:
        # A member descriptor is the slot of a base class, not a default value.
        spec = field(default=MISSING if isinstance(found, MemberDescriptorType) else found)
    spec.name, spec.type = a_name, a_type
    spec._field_type = kind = _field_kind(cls, a_type)
    if kind is not _FIELD and spec.default_factory is not MISSING:
        raise TypeError(f'field {a_name} cannot have a default factory')
    if kind is _FIELD_CLASSVAR:
        if spec.kw_only is not MISSING:
            raise TypeError(f'field {a_name} is a ClassVar but specifies kw_only')
    elif spec.kw_only is MISSING:
        spec.kw_only = default_kw_only
    # A default of an unhashable (mutable) type would be shared by all instances.
    if kind is _FIELD and type(spec.default).__hash__ is None:
        raise ValueError(f'mutable default {type(spec.default)} for field '
                         f'{a_name} is not allowed: use default_factory')
    return spec


def _class_annotations(cls):
    return cls.__dict__.get('__annotations__', {})


# (unsafe_hash, eq, frozen, has explicit __hash__) -> what to do about __hash__.
def _hash_action(cls, fields, unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        return 'add'
    if not eq:
        return None
    if frozen:
        return None if has_explicit_hash else 'add'
    return None if has_explicit_hash else 'unhashable'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    all_fields = {}
    cls_module = sys.modules.get(cls.__module__)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen,
                                         match_args, kw_only, slots, weakref_slot))

    # Inherited fields first, from the most basic dataclass on.
    has_dataclass_bases = False
    any_frozen_base = False
    all_frozen_bases = None
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is None:
            continue
        has_dataclass_bases = True
        for f in base_fields.values():
            all_fields[f.name] = f
        base_frozen = getattr(base, _PARAMS).frozen
        if all_frozen_bases is None:
            all_frozen_bases = True
        if base_frozen:
            any_frozen_base = True
        else:
            all_frozen_bases = False

    annotations = _class_annotations(cls)
    own_fields = []
    keyword_only = kw_only
    seen_kw_only_marker = False
    this_module = sys.modules[__name__]
    for name, a_type in annotations.items():
        if _names_special(a_type, cls, this_module, KW_ONLY):
            if seen_kw_only_marker:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            seen_kw_only_marker = True
            keyword_only = True
            continue
        own_fields.append(_get_field(cls, name, a_type, keyword_only))

    for f in own_fields:
        all_fields[f.name] = f
        # The class attribute is the default (or nothing), not the Field object.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, all_fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    # Defining __eq__ sets __hash__ to None implicitly: that is not an explicit __hash__.
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    instance_fields = [f for f in all_fields.values() if f._field_type is _FIELD]
    if init:
        init_fields = [f for f in all_fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
        std_fields = [f for f in init_fields if not f.kw_only]
        kw_fields = [f for f in init_fields if f.kw_only]
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        # The parameter is called self unless a field has that name.
        self_name = '__dataclass_self__' if 'self' in all_fields else 'self'
        _install(cls, '__init__', _init_function(
            cls, std_fields, kw_fields, init_fields, frozen, has_post_init,
            self_name, slots))

    if repr:
        _install(cls, '__repr__', _repr_function([f for f in instance_fields if f.repr]))

    if eq:
        compared = [f for f in instance_fields if f.compare]
        _install(cls, '__eq__', _compare_function('__eq__', '==', compared))

    if order:
        compared = [f for f in instance_fields if f.compare]
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _install(cls, name, _compare_function(name, op, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class '
                                f'{cls.__name__}. Consider using functools.total_ordering')

    if frozen:
        for func in _frozen_functions(cls, instance_fields):
            if _install(cls, func.__name__, func):
                raise TypeError(f'Cannot overwrite attribute {func.__name__} '
                                f'in class {cls.__name__}')

    action = _hash_action(cls, instance_fields, unsafe_hash, eq, frozen, has_explicit_hash)
    if action == 'add':
        hashed = [f for f in instance_fields
                  if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _set_qualname(cls, _hash_function(hashed))
    elif action == 'unhashable':
        cls.__hash__ = None

    if not getattr(cls, '__doc__'):
        cls.__doc__ = _signature_doc(cls, all_fields) if init else cls.__name__

    if match_args and '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(f.name for f in all_fields.values()
                                   if f._field_type in (_FIELD, _FIELD_INITVAR)
                                   and f.init and not f.kw_only)

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    update_abstractmethods(cls)
    return cls


def _annotation_text(annotation):
    # As inspect.formatannotation shows annotations in a signature.
    if isinstance(annotation, type) and not isinstance(annotation, GenericAlias):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    if isinstance(annotation, str):
        return repr(annotation)
    return repr(annotation).replace('typing.', '')


def _signature_doc(cls, all_fields):
    """'Name(a: int, b: str = 'x')', the docstring of a dataclass without one."""
    params = []
    keyword = False
    init_fields = [f for f in all_fields.values()
                   if f._field_type in (_FIELD, _FIELD_INITVAR) and f.init]
    ordered = ([f for f in init_fields if not f.kw_only] +
               [f for f in init_fields if f.kw_only])
    for f in ordered:
        if f.kw_only and not keyword:
            params.append('*')
            keyword = True
        text = f'{f.name}: {_annotation_text(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        params.append(text)
    try:
        return cls.__name__ + '(' + ', '.join(params) + ')'
    except Exception:
        return cls.__name__


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        # Frozen instances are filled in through object.__setattr__.
        object.__setattr__(self, f.name, value)


def _add_slots(cls, is_frozen, weakref_slot):
    """A copy of cls with __slots__ for its fields (slots cannot be added afterwards)."""
    namespace = dict(cls.__dict__)
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        declared = base.__dict__.get('__slots__', ())
        # __slots__ may be one name as a str, or any iterable of names (a dict's keys).
        inherited.update([declared] if isinstance(declared, str) else declared)
    slots = [name for name in field_names if name not in inherited]
    if weakref_slot and '__weakref__' not in inherited:
        slots.append('__weakref__')
    namespace['__slots__'] = tuple(slots)
    for name in field_names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in namespace:
            new_cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in namespace:
            new_cls.__setstate__ = _dataclass_setstate
    # Methods that refer to the class (frozen __setattr__) must see the new one.
    for name in ('__setattr__', '__delattr__'):
        method = namespace.get(name)
        if method is not None and getattr(method, '__qualname__', '').startswith(cls.__qualname__ + '.'):
            setter, deleter = _frozen_functions(new_cls, [f for f in fields(new_cls)
                                                          if f._field_type is _FIELD])
            _set_qualname(new_cls, setter)
            _set_qualname(new_cls, deleter)
            type.__setattr__(new_cls, '__setattr__', setter)
            type.__setattr__(new_cls, '__delattr__', deleter)
            break
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Give cls the special methods of a data class, from its annotated fields.
    Used bare (@dataclass) or with options (@dataclass(frozen=True))."""
    options = (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
               slots, weakref_slot)
    if cls is not None:
        return _process_class(cls, *options)
    return lambda later: _process_class(later, *options)


def fields(class_or_instance):
    """The Fields of a dataclass (class or instance), without ClassVars and InitVars."""
    try:
        all_fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in all_fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into dataclasses, lists,
    tuples and dicts (other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        pairs = [(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                 for f in fields(obj)]
        return dict(pairs) if dict_factory is dict else dict_factory(pairs)
    return _convert_container(obj, lambda item: _asdict_inner(item, dict_factory))


def _convert_container(obj, convert):
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        # A named tuple takes its items as separate arguments.
        return type(obj)(*[convert(item) for item in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(convert(item) for item in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            # A defaultdict wants its factory first.
            result = type(obj)(getattr(obj, 'default_factory'))
            for key, value in obj.items():
                result[convert(key)] = convert(value)
            return result
        return type(obj)((convert(key), convert(value)) for key, value in obj.items())
    return deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursively like asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    return _convert_container(obj, lambda item: _astuple_inner(item, tuple_factory))


def _make_dataclass_field(item):
    """(name, annotation, Field or MISSING) from a make_dataclass() field item."""
    if isinstance(item, str):
        return item, 'typing.Any', MISSING
    if len(item) not in (2, 3):
        raise TypeError(f'Invalid field: {item!r}')
    return (item[0], item[1], item[2] if len(item) == 3 else MISSING)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """A new dataclass called cls_name. Each field is a name, a (name, type) pair or
    a (name, type, Field) triple; namespace adds other class attributes."""
    annotations = {}
    class_attributes = dict(namespace or {})
    for item in fields:
        name, annotation, spec = _make_dataclass_field(item)
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = annotation
        if spec is not MISSING:
            class_attributes[name] = spec
    class_attributes['__annotations__'] = annotations
    cls = new_class(cls_name, bases, {}, lambda body: body.update(class_attributes))
    if module is None:
        # The module of the caller, as for a class statement.
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    options = dict(init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                   frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                   weakref_slot=weakref_slot)
    return dataclass(cls, **options)


def replace(obj, /, **changes):
    """A new instance of obj's class with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
