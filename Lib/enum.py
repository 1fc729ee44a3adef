"""Enumerations: classes whose attributes are a fixed set of named, unique members.

`EnumType` (the metaclass) does the work: while the class body runs, `_MemberNamespace` records
which names are members and resolves `auto()` values; when the class is made, each member
value becomes an instance of the class. `Enum` holds the behaviour of the members
(repr, lookup by value, pickling), and `Flag` adds bitwise combination of members.
"""

import sys
import builtins
from types import DynamicClassAttribute, MappingProxyType

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr',
    'global_enum_repr', 'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS',
    'NAMED_FLAGS', 'UNIQUE', 'pickle_by_global_name', 'pickle_by_enum_name',
]

# The base classes below are made with the metaclass that refers to them; until each exists
# the metaclass sees None and skips what concerns it.
Enum = ReprEnum = Flag = None
STRICT = CONFORM = EJECT = KEEP = None


# ---- Small helpers ----

def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' \
        and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(class_name, name):
    """`__x` names in a class body are mangled to `_Class__x`: they are never members."""
    prefix = f'_{class_name}__'
    return name.startswith(prefix) and not name.endswith('__') and len(name) > len(prefix)


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _one_bit(num):
    return num != 0 and num & (num - 1) == 0


def _top_bit_index(value):
    """The index of the highest set bit (-1 for 0)."""
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    """The single-bit values making up num, lowest first."""
    if num < 0:
        raise ValueError(f'{num} is not a positive integer')
    while num:
        bit = num & -num
        yield bit
        num ^= bit


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """Binary digits with a separate sign digit: bin(8) == '0b0 1000', bin(-1) == '0b1 1'."""
    width = max(num.bit_length(), 1)
    if num >= 0:
        sign, digits = '0b0', format(num, 'b').zfill(width)
    else:
        sign, digits = '0b1', format(num & ((1 << width) - 1), 'b').zfill(width)
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return f'{sign} {digits}'


# ---- Markers used in class bodies ----

class nonmember:
    """Keep a class-body value as a plain attribute instead of a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Make a class-body value a member even if it would not be one (a function)."""

    def __init__(self, value):
        self.value = value


_NO_VALUE = object()


class auto:
    """Let the enum choose the member's value (`_generate_next_value_`)."""

    def __init__(self, value=_NO_VALUE):
        self.value = value

    def __repr__(self):
        shown = '_auto_null' if self.value is _NO_VALUE else repr(self.value)
        return f'auto({shown})'


class property(DynamicClassAttribute):
    """An attribute of members that, looked up on the class, gives the member of that name.

    Enum uses it for `name` and `value`; it lets a member be called `name` or `value` too.
    """

    member = None

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError(f'{ownerclass!r} has no attribute {self.name!r}')
        if self.fget is not None:
            return self.fget(instance)
        # A redirect for a member: members are found on the class through it.
        return ownerclass._member_map_[self.name]

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(f"<enum {self.clsname!r}> cannot set attribute {self.name!r}")
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(f"<enum {self.clsname!r}> cannot delete attribute {self.name!r}")
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


# ---- The class-body namespace ----

# Sunder names that enums may define; any other `_name_` is reserved.
_ALLOWED_SUNDER = frozenset({
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
    '_add_alias_', '_add_value_alias_',
})


def _word_list(text):
    """'A B', 'A, B' or 'A,B' -> ['A', 'B']."""
    return text.replace(',', ' ').split()


class _MemberNamespace(dict):
    """What an enum class body executes in. Every assignment is classified as it happens:
    member names are noted in order, and auto() placeholders get their value right away so
    that later auto() calls can see the values before them."""

    def __init__(self):
        dict.__init__(self)
        self._member_names = {}          # member names in definition order (dict as ordered set)
        self._values_so_far = []
        self._skip = ()
        self._auto_used = False
        self._owner = None
        self._generate_next_value = None

    def _sunder_assigned(self, key, value):
        if key not in _ALLOWED_SUNDER:
            raise ValueError(f'_sunder_ names, such as {key!r}, are reserved for future '
                             'Enum use')
        if key == '_generate_next_value_':
            if self._auto_used:
                raise TypeError("_generate_next_value_ must be defined before members")
            self._generate_next_value = getattr(value, '__func__', value)
        elif key == '_ignore_':
            self._skip = _word_list(value) if isinstance(value, str) else list(value)
            clash = set(self._skip).intersection(self._member_names)
            if clash:
                raise ValueError(f'_ignore_ cannot specify already set names: {clash!r}')
        return key, value

    def _member_assigned(self, key, value):
        if key in self:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        value = self._resolve_auto(key, value.value if isinstance(value, member) else value)
        self._member_names[key] = None
        self._values_so_far.append(value)
        return key, value

    def __setitem__(self, key, value):
        if _is_private(self._owner, key) or key in self._skip:
            handled = (key, value)
        elif _is_sunder(key):
            handled = self._sunder_assigned(key, value)
        elif _is_dunder(key):
            handled = ('_order_' if key == '__order__' else key), value
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif isinstance(value, nonmember):
            handled = (key, value.value)
        elif _is_descriptor(value):
            handled = (key, value)
        else:
            handled = self._member_assigned(key, value)
        dict.__setitem__(self, *handled)

    def _resolve_auto(self, key, value):
        """auto() (alone, or as an item of a tuple value) becomes the generated value."""
        if type(value) is tuple:
            return tuple(self._resolve_auto(key, item) for item in value)
        if not isinstance(value, auto):
            return value
        if value.value is _NO_VALUE:
            self._auto_used = True
            value.value = self._generate_next_value(
                key, 1, len(self._member_names), list(self._values_so_far))
        return value.value


# ---- The metaclass ----

class EnumType(type):
    """Metaclass of enumerations: makes the members and gives the class its container
    behaviour (iteration, len, `in`, lookup by name with [])."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._refuse_extending(cls, bases)
        namespace = _MemberNamespace()
        namespace._owner = cls
        _, first_enum = metacls._bases_info(cls, bases)
        if first_enum is not None:
            namespace._generate_next_value = getattr(first_enum, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        for skipped in ['_ignore_', *classdict.get('_ignore_', ())]:
            dict.pop(classdict, skipped, None)
        member_type, first_enum = metacls._bases_info(cls, bases)
        new_member, save_new, use_args = metacls._member_constructor(classdict, member_type, first_enum)

        member_names = list(classdict._member_names)
        bad = [n for n in member_names if n in {'mro', ''}]
        if bad:
            raise ValueError('invalid enum member name(s) ' + ', '.join(map(repr, bad)))
        members = {name: classdict[name] for name in member_names}
        body = {k: v for k, v in classdict.items() if k not in members}

        # Bookkeeping every enum class carries (fresh containers for each class).
        body.update(_new_member_=new_member, _pass_args_=use_args, _member_type_=member_type,
                    _value_repr_=metacls._value_shower(bases), _member_names_=[],
                    _member_map_={}, _value2member_map_={}, _unhashable_vals_=[])
        makes_flags = Flag is not None and any(
            isinstance(b, EnumType) and issubclass(b, Flag) for b in bases)
        if makes_flags:
            body.update(dict.fromkeys(('_flag_mask_', '_bits_named_', '_all_bits_'), 0),
                        _complement_=None,
                        _boundary_=boundary or getattr(first_enum, '_boundary_', None))
        elif boundary is not None:
            body.update(_boundary_=boundary)
        order = body.pop('_order_', None)
        if isinstance(order, str):
            order = _word_list(order)

        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        for name, value in members.items():
            enum_class._add_member_(name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1

        if save_new:
            enum_class.__new_member__ = new_member
        # Calling the class looks a member up; making members used the real constructor.
        if Enum is not None:
            enum_class.__new__ = Enum.__new__

        # The data type's methods come before the enum's in the MRO; members must still
        # show and pickle as enum members, and flags combine as flags.
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name not in body and first_enum is not None:
                found = getattr(enum_class, name)
                if found in (getattr(member_type, name), getattr(object, name)):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        if Flag is not None and issubclass(enum_class, Flag):
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                         '__invert__'):
                if name not in body:
                    type.__setattr__(enum_class, name, getattr(Flag, name))
            # Composite names list members in definition order when that is not value order.
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_

        if ReprEnum is not None and ReprEnum in bases:
            # ReprEnum keeps the data type's str() and format(), only the repr changes.
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in body:
                enum_class.__format__ = member_type.__format__
            if '__str__' not in body:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                enum_class.__str__ = method

        if order is not None and order != enum_class._member_names_:
            raise TypeError('member order does not match _order_:\n  '
                            f'{enum_class._member_names_!r}\n  {order!r}')
        return enum_class

    def _add_member_(cls, name, value):
        """Make the member `name` from its class-body value (or find the member it aliases)."""
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)  # a tuple enum's value is the whole tuple
        if cls._pass_args_:
            new = cls._new_member_(cls, *args)
        else:
            new = cls._new_member_(cls)
        if not hasattr(new, '_value_'):
            if cls._member_type_ is object:
                new._value_ = value
            else:
                try:
                    new._value_ = cls._member_type_(*args)
                except Exception as exc:
                    raise TypeError('_value_ not set in __new__, unable to create it') from exc
        value = new._value_
        new._name_ = name
        new.__objclass__ = cls
        new.__init__(*args)
        new._def_index_ = len(cls._member_names_)

        is_flag = Flag is not None and issubclass(cls, Flag)
        if is_flag and isinstance(value, int):
            cls._flag_mask_ |= value
            if _one_bit(value):
                cls._bits_named_ |= value

        canonical = cls._find_member_by_value(value)
        if canonical is not None:
            new = canonical  # an alias
        elif not is_flag or _one_bit(value):
            # Multi-bit and zero flags are members but not iterated over.
            cls._member_names_.append(name)

        cls._place_member(name, new)
        cls._member_map_[name] = new
        try:
            cls._value2member_map_.setdefault(value, new)
        except TypeError:
            cls._unhashable_vals_.append(value)

    def _find_member_by_value(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for existing in cls._member_map_.values():
                if existing._value_ == value:
                    return existing
            return None

    def _place_member(cls, name, new):
        """Set the member as a class attribute; where a base defines an attribute of that
        name (such as `name` or `value`), a redirecting property keeps both reachable."""
        for base in cls.__mro__[1:]:
            found = base.__dict__.get(name)
            if isinstance(found, (property, DynamicClassAttribute)):
                redirect = property(found.fget, found.fset, found.fdel, found.__doc__)
                redirect.member = new
                redirect.__set_name__(cls, name)
                type.__setattr__(cls, name, redirect)
                return
            if found is not None:
                break
        type.__setattr__(cls, name, new)

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """Color(1) looks a member up by value; Enum('Name', 'A B') makes a new enum."""
        if names is None:
            if values:
                value = (value, *values)
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: names given as 'A B', ['A', 'B'], [('A', 1)] or {'A': 1}."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._bases_info(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            generated = []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count,
                                                         [v for _, v in generated])
                generated.append((name, value))
            names = generated
        items = names.items() if hasattr(names, 'items') else (names or ())
        for name, value in items:
            classdict[name] = value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is None:
            _make_class_unpicklable(classdict)
        else:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """Make an enum of this type from a module's global constants whose names pass
        filter, and put it (and, with as_global, its members) in that module."""
        module_globals = sys.modules[module].__dict__
        source = module_globals if source is None else vars(source)
        members = [(key, value) for key, value in source.items() if filter(key)]
        # Sorting by value first makes the alphabetically first name canonical among aliases.
        try:
            members.sort(key=lambda item: (item[1], item[0]))
        except TypeError:
            members.sort(key=lambda item: item[0])
        body = dict(members)
        body['__module__'] = module
        plain = type(name, (object,), body)
        enum_class = _simple_enum(cls, boundary=boundary or KEEP)(plain)
        if as_global:
            global_enum(enum_class)
        else:
            module_globals.update(enum_class.__members__)
        module_globals[name] = enum_class
        return enum_class

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            return value in cls._value2member_map_
        except TypeError:
            return value in cls._unhashable_vals_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __dir__(cls):
        interesting = {'__class__', '__contains__', '__doc__', '__getitem__',
                       '__init_subclass__', '__iter__', '__len__', '__members__',
                       '__module__', '__name__', '__qualname__', *cls._member_names_}
        if cls._new_member_ is not object.__new__:
            interesting.add('__new__')
        if cls._member_type_ is object:
            return sorted(interesting)
        return sorted(set(dir(cls._member_type_)) | interesting)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @builtins.property
    def __members__(cls):
        """Every member by name, aliases included."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return f"<flag {cls.__name__!r}>"
        return f"<enum {cls.__name__!r}>"

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        super().__setattr__(name, value)

    @staticmethod
    def _ancestry(bases):
        """(index of the base, class) for every class in the MROs of bases but object."""
        for index, start in enumerate(bases):
            for klass in start.__mro__:
                if klass is not object:
                    yield index, klass

    @staticmethod
    def _refuse_extending(class_name, bases):
        """An enum that already has members cannot be subclassed."""
        for _, klass in EnumType._ancestry(bases):
            if isinstance(klass, EnumType) and klass._member_names_:
                raise TypeError(f"<enum {class_name!r}> cannot extend {klass!r}")

    @classmethod
    def _bases_info(mcls, class_name, bases):
        """(mixed-in data type or object, the enum class being derived from)."""
        if len(bases) == 0:
            return object, Enum
        enum_base = bases[-1]
        if isinstance(enum_base, EnumType):
            return mcls._data_type_of(class_name, bases) or object, enum_base
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")

    @classmethod
    def _data_type_of(mcls, class_name, bases):
        """The one data type (int, str, a dataclass, ...) the bases mix in, if any."""
        types_seen = set()
        done = set()
        first_plain = {}
        for index, klass in mcls._ancestry(bases):
            if index in done:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is object:
                    continue
                types_seen.add(klass._member_type_)
            elif not ({'__new__', '__dataclass_fields__'} & klass.__dict__.keys()):
                first_plain.setdefault(index, klass)
                continue
            else:
                types_seen.add(first_plain.get(index, klass))
            done.add(index)
        if len(types_seen) > 1:
            raise TypeError(f'too many data types for {class_name!r}: {types_seen!r}')
        return next(iter(types_seen), None)

    @classmethod
    def _value_shower(mcls, bases):
        """The function repr() uses for member values: the data type's own __repr__."""
        for _, klass in mcls._ancestry(bases):
            if isinstance(klass, EnumType):
                return klass._value_repr_
            shower = klass.__dict__.get('__repr__')
            if shower is not None:
                return shower
        return None

    @staticmethod
    def _member_constructor(classdict, member_type, first_enum):
        """The constructor of members: the class body's __new__, else the data type's."""
        new = classdict.get('__new__')
        save_new = first_enum is not None and new is not None
        if new is None:
            plain = {None, None.__new__, object.__new__}
            if Enum is not None:
                plain.add(Enum.__new__)
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in plain:
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        return new, save_new, new is not object.__new__


EnumMeta = EnumType


# ---- Enum ----

class Enum(metaclass=EnumType):
    """Base of enumerations: `class Color(Enum): RED = 1`. Members are singletons,
    found by value with Color(1) and by name with Color['RED']."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for existing in cls._member_map_.values():
                if existing._value_ == value:
                    return existing
        # Reached while the members are still being made: a member __new__ calling super().
        if not cls._member_map_:
            raise TypeError(f"{cls!r} has no members defined")
        try:
            failure = None
            result = cls._missing_(value)
        except Exception as exc:
            failure, result = exc, None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT \
                and isinstance(result, int):
            return result
        not_valid = ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        if result is None and failure is None:
            raise not_valid
        if failure is None:
            failure = TypeError(f'error in {cls.__name__}._missing_: returned {result!r} '
                                'instead of None or a valid member')
        if not isinstance(failure, ValueError):
            failure.__context__ = not_valid
        raise failure

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value for auto(): one more than the largest value so far, else start."""
        if not last_values:
            return start
        try:
            last = max(last_values)
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last + 1
        except TypeError:
            raise TypeError(f'unable to increment {last!r}') from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        return f"<{self.__class__.__name__}.{self._name_}: {show(self._value_)}>"

    def __str__(self):
        return f"{self.__class__.__name__}.{self._name_}"

    def __dir__(self):
        if self._member_type_ is object:
            names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        else:
            names = set(object.__dir__(self))
        for name in getattr(self, '__dict__', ()):
            if name[0] != '_' and name not in self._member_map_:
                names.add(name)
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_' or name in self._member_map_:
                    continue
                names.add(name)
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """Enums whose str() and format() are those of the mixed-in data type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""


class StrEnum(str, ReprEnum):
    """Enum whose members are also strings; auto() gives the lower-cased name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f'encoding must be a string, not {values[1]!r}')
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f'errors must be a string, not {values[2]!r}')
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def pickle_by_global_name(self, proto):
    """__reduce_ex__ for members also bound as module globals (see global_enum)."""
    return self.name


def _make_class_unpicklable(obj):
    """Make pickling fail clearly for an enum whose module is unknown (a class or the
    namespace of one being made)."""
    def refuse(self, proto):
        raise TypeError(f'{self!r} cannot be pickled')
    if isinstance(obj, dict):
        obj['__reduce_ex__'] = refuse
        obj['__module__'] = '<unknown>'
    else:
        setattr(obj, '__reduce_ex__', refuse)
        setattr(obj, '__module__', '<unknown>')


def pickle_by_enum_name(self, proto):
    """__reduce_ex__ that pickles a member as getattr(its class, its name)."""
    return getattr, (self.__class__, self._name_)


class EnumCheck(StrEnum):
    """The checks verify() can make."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class FlagBoundary(StrEnum):
    """What a Flag does with values holding bits that no member has."""
    STRICT = "strict"    # refuse them (ValueError)
    CONFORM = "conform"  # drop the unknown bits
    EJECT = "eject"      # return a plain int
    KEEP = "keep"        # keep the bits


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


# ---- Flag ----

class Flag(Enum, boundary=STRICT):
    """Members that combine with |, & and ^; a combination is itself a (pseudo-)member."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """The value for auto(): the next power of two."""
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high_bit = _top_bit_index(last)
        except Exception:
            raise TypeError(f'invalid flag value {last!r}') from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The single-bit members in value, lowest bit first."""
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The single-bit members in value, in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._def_index_)

    @classmethod
    def _missing_(cls, value):
        """Make the pseudo-member for a combination of bits (as the boundary allows)."""
        if not isinstance(value, int):
            raise ValueError(f"{value!r} is not a valid {cls.__qualname__}")
        flag_mask = cls._flag_mask_
        singles_mask = cls._bits_named_
        all_bits = cls._all_bits_
        negative = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f"{cls!r} invalid value {value!r}\n"
                                 f"    given {bin(value, width)}\n"
                                 f"  allowed {bin(flag_mask, width)}")
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError(f'{cls!r} unknown flag boundary {boundary!r}')
        if value < 0:
            negative = value
            value += all_bits + 1
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        known = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError(f'{cls.__name__}({value!r}) -->  unknown values {unknown!r} '
                             f'[{bin(unknown)}]')
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        pseudo._name_ = None
        if known or aliases:
            parts = list(cls._iter_member_(known))
            combined = 0
            for m in parts:
                combined |= m._value_
            if aliases:
                wanted = known | aliases
                for m in cls._member_map_.values():
                    if m not in parts and m._value_ and m._value_ & wanted == m._value_:
                        parts.append(m)
                        combined |= m._value_
            unknown = value ^ combined
            if combined:
                pseudo._name_ = '|'.join(m._name_ for m in parts)
                if unknown:
                    pseudo._name_ += '|' + cls._numeric_repr_(unknown)
        if not unknown:
            # Keep composites so that equal values give the same object.
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if negative is not None:
                cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"{type(other).__qualname__!r} and {self.__class__.__qualname__!r}")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return f"<{self.__class__.__name__}: {show(self._value_)}>"
        return f"<{self.__class__.__name__}.{self._name_}: {show(self._value_)}>"

    def __str__(self):
        if self._name_ is None:
            return f'{self.__class__.__name__}({self._value_!r})'
        return f"{self.__class__.__name__}.{self._name_}"

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        """The int value of the other operand, or None if it cannot combine with self."""
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        value = self._operand(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._operand(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._operand(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        if self._complement_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._complement_ = self.__class__(~self._value_)
            else:
                self._complement_ = self.__class__(self._bits_named_ & ~self._value_)
        return self._complement_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are also ints (and combine with plain ints)."""


# ---- Decorators ----

def unique(enumeration):
    """Class decorator refusing aliases (two names for one value)."""
    duplicates = [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]
    if duplicates:
        details = ', '.join(f"{alias} -> {name}" for alias, name in duplicates)
        raise ValueError(f'duplicate values found in {enumeration!r}: {details}')
    return enumeration


class verify:
    """Class decorator checking an enumeration against EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        kind = 'flag' if issubclass(enumeration, Flag) else 'enum'
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                duplicates = [(n, m.name) for n, m in enumeration.__members__.items()
                              if n != m.name]
                if duplicates:
                    details = ', '.join(f"{alias} -> {n}" for alias, n in duplicates)
                    raise ValueError(f'aliases found in {enumeration!r}: {details}')
            elif check is CONTINUOUS:
                values = {m.value for m in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == 'flag':
                    expected = range(_top_bit_index(low), _top_bit_index(high))
                    missing = [2 ** i for i in expected if 2 ** i not in values]
                else:
                    missing = [i for i in range(low + 1, high) if i not in values]
                if missing:
                    shown = ', '.join(str(v) for v in missing)
                    raise ValueError(f'invalid {kind} {name!r}: missing values {shown}'[:256])
            elif check is NAMED_FLAGS:
                self._check_named_flags(enumeration, name)
        return enumeration

    @staticmethod
    def _check_named_flags(enumeration, name):
        member_names = enumeration._member_names_
        missing_names = []
        missing_value = 0
        for alias, m in enumeration._member_map_.items():
            if alias in member_names or m._value_ < 0:
                continue
            extra = [b for b in _iter_bits_lsb(m._value_) if b not in enumeration._value2member_map_]
            if extra:
                missing_names.append(alias)
                for bit in extra:
                    missing_value |= bit
        if missing_names:
            if len(missing_names) == 1:
                alias = f'alias {missing_names[0]} is missing'
            else:
                alias = (f"aliases {', '.join(missing_names[:-1])} and {missing_names[-1]} "
                         "are missing")
            if _one_bit(missing_value):
                value = f'value 0x{missing_value:x}'
            else:
                value = f'combined values of 0x{missing_value:x}'
            raise ValueError(f'invalid Flag {name!r}: {alias} {value} '
                             '[use enum.show_flag_values(value) for details]')


def global_enum_repr(self):
    """repr of a global enum member: module.NAME."""
    module = self.__class__.__module__.split('.')[-1]
    return f"{module}.{self._name_}"


def global_flag_repr(self):
    """repr of a global flag member: module.A|module.B."""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return f"{module}.{cls_name}({self._value_!r})"
    if _one_bit(self._value_):
        return f'{module}.{self._name_}'
    parts = [n if n[0].isdigit() else f'{module}.{n}' for n in self._name_.split('|')]
    return '|'.join(parts)


def global_str(self):
    """str of a global enum member: its bare name."""
    if self._name_ is None:
        return f"{self.__class__.__name__}({self._value_!r})"
    return self._name_


def global_enum(cls, update_str=False):
    """Put the members in their module's globals and show them as module-level names."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator making an enum of type etype from a plain class body.

    CPython's standard library uses it as a fast path; here the class goes through the
    regular metaclass (which works out use_args itself, so that argument is not needed).
    """
    def convert(cls):
        metacls = type(etype)
        namespace = metacls.__prepare__(cls.__name__, (etype,))
        for key, value in cls.__dict__.items():
            if key not in ('__dict__', '__weakref__'):
                namespace[key] = value
        extra = {} if boundary is None else {'boundary': boundary}
        return metacls(cls.__name__, (etype,), namespace, **extra)
    return convert


def _test_simple_enum(checked_enum, simple_enum):
    """Check that an enum made by _simple_enum matches one made by a class statement:
    the same members, names and values. Raises TypeError listing the differences."""
    failed = []
    checked_names = list(checked_enum.__members__)
    simple_names = list(simple_enum.__members__)
    if checked_names != simple_names:
        failed.append(f'members: {checked_names!r} != {simple_names!r}')
    for name in checked_names:
        if name not in simple_enum.__members__:
            continue
        checked, simple = checked_enum[name], simple_enum[name]
        for attr in ('_name_', '_value_'):
            if getattr(checked, attr) != getattr(simple, attr):
                failed.append(f'{name}.{attr}: {getattr(checked, attr)!r} != '
                              f'{getattr(simple, attr)!r}')
    if checked_enum._member_names_ != simple_enum._member_names_:
        failed.append(f'_member_names_: {checked_enum._member_names_!r} != '
                      f'{simple_enum._member_names_!r}')
    if failed:
        raise TypeError('enum mismatch:\n   ' + '\n   '.join(failed))
