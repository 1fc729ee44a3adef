"""Support for type hints (PEP 484 and its successors).

The module is organised in layers:

* helpers that check and print type arguments (`_checked_type`, `_show_type`);
* special forms (`Union`, `Optional`, `ClassVar`, `Literal`, ...), each a `_Form`
  wrapping the function that handles `Form[...]`;
* the alias classes produced by subscription (`List[int]`, `Union[int, str]`, ...);
* type variables (`TypeVar`, `ParamSpec`, `TypeVarTuple`), `Generic` and `Protocol`;
* `NamedTuple`, `TypedDict`, `NewType` and the introspection functions
  (`get_type_hints`, `get_origin`, `get_args`, ...).

The PEP 695 objects made by the interpreter for `class C[T]` and `type X = ...` are native;
they are accepted wherever a type variable is.
"""

import collections
import collections.abc
import contextlib
import functools
import operator
import re as _re
import sys
import types
from types import GenericAlias
from abc import abstractmethod, ABCMeta

# The `cache_clear` functions of this module's caches, which test helpers call (none yet: the
# module keeps no caches).
_cleanups = []

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex',
    'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'override', 'ParamSpecArgs', 'ParamSpecKwargs',
    'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING',
    'TypeAlias', 'TypeGuard', 'TypeAliasType', 'Unpack',
]

TYPE_CHECKING = False


# ---- The interpreter's own PEP 695 objects ----

def _native_typing_objects():
    """Return the classes the interpreter uses for `class C[T, *Ts, **P]` and `type X = ...`."""
    class Probe[T, *Ts, **P]:
        pass
    type Alias = int
    T, Ts, P = Probe.__type_params__
    return type(T), type(Ts), type(P), type(Alias), Probe.__mro__[1]


(_NativeTypeVar, _NativeTypeVarTuple, _NativeParamSpec,
 TypeAliasType, _NativeGeneric) = _native_typing_objects()
_NATIVE_PARAMS = (_NativeTypeVar, _NativeTypeVarTuple, _NativeParamSpec)


# ---- Helpers ----

def _calling_module(depth=2):
    """The name of the module whose code called the function asking (for __module__)."""
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


def _show_type(obj):
    """How a type argument is shown inside a subscripted alias: `int`, `mod.Class`, `...`."""
    if isinstance(obj, type) and not isinstance(obj, _AnyClass):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    if isinstance(obj, tuple):
        return '[' + ', '.join(_show_type(item) for item in obj) + ']'
    return repr(obj)


def _as_type_arg(arg, module=None, *, allow_special_forms=False):
    """None stands for NoneType and a string for a forward reference."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _checked_type(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Check that `arg` may stand as a type argument; return it converted.

    ClassVar and Final are refused in arguments unless the context allows them (class bodies),
    and a bare special form such as `Union` or `Generic` is refused everywhere.
    """
    refused = (Generic, Protocol)
    if not allow_special_forms:
        refused += (ClassVar,)
        if is_argument:
            refused += (Final,)
    arg = _as_type_arg(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _Subscripted) and arg.__origin__ in refused:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _Form) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _is_type_param(obj):
    return (isinstance(obj, (TypeVar, ParamSpec, TypeVarTuple) + _NATIVE_PARAMS)
            or _is_starred_tvt(obj))


def _stands_for_params(arg):
    """What may stand for a ParamSpec: `...`, a ParamSpec, Concatenate[...], or a list."""
    return (arg is ... or isinstance(arg, (ParamSpec, _NativeParamSpec, list, tuple))
            or (isinstance(arg, _Subscripted) and arg.__origin__ is Concatenate))


def _is_starred_tvt(obj):
    return (not isinstance(obj, type)
            and getattr(obj, '__typing_is_unpacked_typevartuple__', False))


def _parameters_of(obj):
    """The type variables an argument still depends on (native aliases have no __parameters__)."""
    if isinstance(obj, type):
        return ()
    if isinstance(obj, (types.GenericAlias, types.UnionType)):
        return _free_typevars(obj.__args__)
    return getattr(obj, '__parameters__', ())


def _free_typevars(args):
    """The type variables among `args`, in first-seen order, looking into nested aliases."""
    found = []

    def add(param):
        if param not in found:
            found.append(param)

    for arg in args:
        if isinstance(arg, type):
            continue
        if isinstance(arg, (tuple, list)):
            for param in _free_typevars(arg):
                add(param)
        elif isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple) + _NATIVE_PARAMS):
            add(arg)
        else:
            for param in _parameters_of(arg):
                add(param)
    return tuple(found)


def _require_arity(cls, parameters, expected):
    if not expected:
        raise TypeError(f"{cls} is not a generic class")
    given = len(parameters)
    if given != expected:
        which = 'many' if given > expected else 'few'
        raise TypeError(f"Too {which} arguments for {cls}; actual {given}, expected {expected}")


def _unique_args(params):
    """Drop repeated type arguments (equal ones), keeping the first of each."""
    kept = []
    for param in params:
        if not any(param == other for other in kept):
            kept.append(param)
    return kept


def _flatten_union_args(params):
    flat = []
    for param in params:
        if isinstance(param, (_SubscriptedUnion, types.UnionType)):
            flat.extend(param.__args__)
        else:
            flat.append(param)
    return flat


def _splice_unpacked(args):
    """Splice `*tuple[int, str]` arguments into the argument list."""
    result = []
    for arg in args:
        inner = getattr(arg, '__typing_unpacked_tuple_args__', None)
        if inner is not None and not (inner and inner[-1] is ...):
            result.extend(inner)
        else:
            result.append(arg)
    return tuple(result)


def _rebuild_native(alias, new_args):
    """A native alias (`list[T]`, `T | int`) with its arguments replaced."""
    if isinstance(alias, types.UnionType):
        return functools.reduce(operator.or_, new_args)
    return types.GenericAlias(alias.__origin__, new_args)


def _subscript_native_alias(alias, args):
    """`list[T][int]` and `(T | None)[int]`: the interpreter's aliases substitute here."""
    if not isinstance(args, tuple):
        args = (args,)
    params = alias.__parameters__
    args = _splice_unpacked(tuple(_as_type_arg(a) for a in args))
    for param in params:
        prepare = getattr(param, '__typing_prepare_subst__', None)
        if prepare is not None:
            args = prepare(alias, args)
    if len(args) != len(params):
        which = 'many' if len(args) > len(params) else 'few'
        raise TypeError(f"Too {which} arguments for {alias}; actual {len(args)}, "
                        f"expected {len(params)}")
    mapping = dict(zip(params, args))
    return _rebuild_native(alias, tuple(_substitute_each(alias.__args__, mapping)))


def _substitute_each(args, mapping):
    """The arguments of a native alias with their type variables replaced; an unpacked
    TypeVarTuple gives all the types it stands for, and lists (Callable) are kept."""
    for old in args:
        if isinstance(old, list):
            yield list(_substitute_each(old, mapping))
        elif _is_starred_tvt(old):
            yield from _substitute(old, mapping)
        else:
            yield _substitute(old, mapping)


def _substitute(arg, mapping):
    """`arg` with the type variables of `mapping` replaced by their values."""
    if isinstance(arg, type):
        return arg
    subst = getattr(arg, '__typing_subst__', None)
    if subst is not None:
        return subst(mapping[arg]) if arg in mapping else arg
    if isinstance(arg, _NATIVE_PARAMS):  # the interpreter's PEP 695 parameters
        return mapping.get(arg, arg)
    if isinstance(arg, (types.GenericAlias, types.UnionType)):
        new_args = tuple(_substitute_each(arg.__args__, mapping))
        return arg if new_args == arg.__args__ else _rebuild_native(arg, new_args)
    params = getattr(arg, '__parameters__', ())
    if not params:
        return arg
    values = []
    for param in params:
        if isinstance(param, (TypeVarTuple, _NativeTypeVarTuple)):
            values.extend(mapping[param])
        else:
            values.append(mapping[param])
    return arg[tuple(values)]


class _Sealed:
    """Base of the module's own helper classes, which user code may not subclass."""

    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, _root=False, **kwargs):
        if '_root' not in kwargs and not _root:
            raise TypeError("Cannot subclass special typing classes")


class _NoStarUnpack:
    """Aliases that are not unpackable with `*` (only tuples and TypeVarTuples are)."""

    __slots__ = ()
    __iter__ = None


# ---- Special forms ----

# A special typing construct such as `Union`: `Form[args]` runs the wrapped function. (No
# docstring: instances carry their own __doc__ in a slot.)
class _Form(_Sealed, _NoStarUnpack, _root=True):
    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _SplatForm(_Form, _root=True):
    """`Literal[...]` receives its arguments unpacked."""

    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return self._getitem(self, *parameters)


class _AnyClass(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyClass):
    """Compatible with every type; subclassing it lets a class pass for anything."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _not_subscriptable(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


def _bare_form(name, doc):
    """A special form that takes no arguments (NoReturn, Self, ...)."""
    def getitem(self, parameters):
        _not_subscriptable(self, parameters)
    getitem.__name__ = name
    getitem.__doc__ = doc
    return _Form(getitem)


NoReturn = _bare_form('NoReturn', "Marks a function that never returns.")
Never = _bare_form('Never', "The bottom type, which has no members.")
Self = _bare_form('Self', "The type of the enclosing class's instances.")
LiteralString = _bare_form('LiteralString', "A string built only from literals.")
TypeAlias = _bare_form('TypeAlias', "Marks an assignment as a type alias.")


def _single_type_form(name, doc, message):
    """A special form taking exactly one type: ClassVar[int], Final[int], TypeGuard[int]..."""
    def getitem(self, parameters):
        item = _checked_type(parameters, message.format(self=self))
        return _Subscripted(self, (item,))
    getitem.__name__ = name
    getitem.__doc__ = doc
    return _Form(getitem)


ClassVar = _single_type_form('ClassVar', "Marks a class attribute.",
                             "{self} accepts only single type.")
Final = _single_type_form('Final', "Marks a name that may not be reassigned or overridden.",
                          "{self} accepts only single type.")
TypeGuard = _single_type_form('TypeGuard', "Marks a user-defined type guard function.",
                              "{self} accepts only single type.")
Required = _single_type_form('Required', "Marks a TypedDict key as required.",
                             "{self} accepts only a single type.")
NotRequired = _single_type_form('NotRequired', "Marks a TypedDict key as possibly missing.",
                                "{self} accepts only a single type.")


@_Form
def Union(self, parameters):
    """Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple(_checked_type(p, msg) for p in parameters)
    parameters = _unique_args(_flatten_union_args(parameters))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and type(None) in parameters:
        return _SubscriptedUnion(self, tuple(parameters), name="Optional")
    return _SubscriptedUnion(self, tuple(parameters))


@_Form
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    arg = _checked_type(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


@_SplatForm
def Literal(self, *parameters):
    """Literal[v, ...]: exactly one of the given values."""
    flat = []
    for p in parameters:
        if isinstance(p, _SubscriptedLiteral):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    # 1 and True are different literals: compare values together with their types.
    unique = []
    seen = []
    for p in flat:
        key = (p, type(p))
        try:
            duplicate = key in seen
        except TypeError:
            duplicate = False
        if not duplicate:
            seen.append(key)
            unique.append(p)
    return _SubscriptedLiteral(self, tuple(unique))


@_Form
def Concatenate(self, parameters):
    """Concatenate[X, Y, P]: a ParamSpec with leading positional parameters."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], (ParamSpec, _NativeParamSpec))):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_checked_type(p, msg) for p in parameters[:-1]), parameters[-1])
    return _SubscriptedConcatenate(self, parameters)


@_Form
def Unpack(self, parameters):
    """Unpack[Ts] is *Ts: the types a TypeVarTuple or a tuple stands for."""
    item = _checked_type(parameters, f'{self} accepts only single type.')
    return _SubscriptedUnpack(origin=self, args=(item,))


# ---- Forward references ----

class ForwardRef(_Sealed, _root=True):
    """A type written as a string, evaluated when the hints are asked for."""

    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__', '__forward_is_class__',
                 '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        # `*Ts` is not an expression by itself; `(*Ts,)[0]` is and gives Unpack[Ts].
        source = f'({arg},)[0]' if arg.startswith('*') else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, gns, lns, seen=frozenset()):
        # `seen` holds the references being evaluated further up: a recursive type such as
        # `Tree = List['Tree']` stays a reference at its second level.
        name = self.__forward_arg__
        if name in seen:
            return self
        if self.__forward_evaluated__ and gns is lns:
            return self.__forward_value__
        gns, lns = _both_namespaces(gns, lns)
        home = self.__forward_module__
        if home is not None:
            gns = getattr(sys.modules.get(home), '__dict__', gns)
        found = _checked_type(eval(self.__forward_code__, gns, lns),
                              "Forward references must evaluate to types.",
                              is_argument=self.__forward_is_argument__,
                              allow_special_forms=self.__forward_is_class__)
        self.__forward_value__ = _resolve_refs(found, gns, lns, seen | {name})
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__
                    and self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module})'


def _both_namespaces(gns, lns):
    """Each namespace stands in for the other when missing; both missing, an empty one."""
    if gns is None:
        gns = {} if lns is None else lns
    return gns, (gns if lns is None else lns)


def _resolve_refs(t, globalns, localns, recursive_guard=frozenset()):
    """Evaluate the forward references inside `t`, rebuilding the aliases holding them."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_Subscripted, types.GenericAlias, types.UnionType)):
        args = t.__args__
        if isinstance(t, types.GenericAlias):
            args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in args)
        new_args = tuple(_resolve_refs(a, globalns, localns, recursive_guard) for a in args)
        if new_args == t.__args__:
            return t
        if isinstance(t, (types.GenericAlias, types.UnionType)):
            return _rebuild_native(t, new_args)
        return t.copy_with(new_args)
    return t


# ---- Type variables ----

class _TypeVarLikeMeta(type):
    """Lets the interpreter's PEP 695 parameters pass isinstance() checks too."""

    def __instancecheck__(cls, obj):
        native = getattr(cls, '_native', None)
        return type.__instancecheck__(cls, obj) or (native is not None and type(obj) is native)


class _TypeVarLike:
    """What TypeVar and ParamSpec share: variance flags, `|`, and their repr prefix."""

    def _set_variance(self, covariant, contravariant, infer_variance):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if infer_variance and (covariant or contravariant):
            raise ValueError("Variance cannot be specified with infer_variance.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)

    def __init_subclass__(cls, *args, **kwargs):
        if cls.__module__ != __name__:
            raise TypeError(f"type '{__name__}.{cls.__mro__[1].__name__}' "
                            "is not an acceptable base type")

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ''
        elif self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class TypeVar(_TypeVarLike, metaclass=_TypeVarLikeMeta):
    """A type variable: T = TypeVar('T'), optionally bounded or constrained."""

    _native = _NativeTypeVar

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        self._set_variance(covariant, contravariant, infer_variance)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_checked_type(t, msg) for t in constraints)
        self.__bound__ = None if bound is None else _checked_type(bound, "Bound must be a type.")
        module = _calling_module()
        if module != 'typing':
            self.__module__ = module

    def __typing_subst__(self, arg):
        arg = _checked_type(arg, "Parameters to generic types must be types.", is_argument=True)
        if ((isinstance(arg, _Subscripted) and arg.__origin__ is Unpack)
                or (isinstance(arg, types.GenericAlias) and getattr(arg, '__unpacked__', False))):
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class TypeVarTuple(metaclass=_TypeVarLikeMeta):
    """A variadic type variable: Ts = TypeVarTuple('Ts'); used as *Ts."""

    _native = _NativeTypeVarTuple

    def __init__(self, name):
        self.__name__ = name
        module = _calling_module()
        if module != 'typing':
            self.__module__ = module

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeVarTuple' is not an acceptable base type")

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of TypeVarTuple")

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        """Group the arguments this TypeVarTuple takes into one tuple."""
        params = alias.__parameters__
        index = params.index(self)
        if any(isinstance(p, TypeVarTuple) for p in params[index + 1:]):
            raise TypeError(f"More than one TypeVarTuple parameter in {alias}")
        before, after = index, len(params) - index - 1
        # An unpacked arbitrary-length tuple (*tuple[int, ...]) may also stand for the type
        # variables on either side, each taking its element type.
        variadic = fill = None
        for k, arg in enumerate(args):
            inner = None if isinstance(arg, type) else \
                getattr(arg, '__typing_unpacked_tuple_args__', None)
            if inner and inner[-1] is ...:
                if variadic is not None:
                    raise TypeError("More than one unpacked arbitrary-length tuple argument")
                variadic, fill = k, inner[0]
        if variadic is not None:
            left, right = min(before, variadic), min(after, len(args) - variadic - 1)
        elif before + after > len(args):
            raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, "
                            f"expected at least {len(params) - 1}")
        else:
            left, right = before, after
        end = len(args) - right
        return (*args[:left], *[fill] * (before - left), tuple(args[left:end]),
                *[fill] * (after - right), *args[end:])


class ParamSpecArgs(_Sealed, _root=True):
    """P.args: the positional arguments of a ParamSpec."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))


class ParamSpecKwargs(_Sealed, _root=True):
    """P.kwargs: the keyword arguments of a ParamSpec."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))


class ParamSpec(_TypeVarLike, metaclass=_TypeVarLikeMeta):
    """A parameter specification variable: P = ParamSpec('P'), for Callable[P, R]."""

    _native = _NativeParamSpec

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        self._set_variance(covariant, contravariant, infer_variance)
        self.__bound__ = None if bound is None else _checked_type(bound, "Bound must be a type.")
        module = _calling_module()
        if module != 'typing':
            self.__module__ = module

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_checked_type(a, "Expected a type.") for a in arg)
        if not _stands_for_params(arg):
            raise TypeError(f"Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {arg}")
        return arg

    def __typing_prepare_subst__(self, alias, args):
        """A class generic in P alone takes `C[int, str]` as `C[[int, str]]`."""
        params = alias.__parameters__
        index = params.index(self)
        if index >= len(args):
            raise TypeError(f"Too few arguments for {alias}")
        if len(params) == 1 and not _stands_for_params(args[0]):
            return (args,)
        if isinstance(args[index], list):
            return (*args[:index], tuple(args[index]), *args[index + 1:])
        return args


# ---- Subscripted aliases ----

class _AliasBase(_Sealed, _root=True):
    """What all aliases share: calling makes an instance of the origin, and attribute access
    reaches the origin class (so that `List.__name__`-like look-ups work)."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass  # objects without a __dict__ cannot remember their alias
        return result

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        # Add Generic unless a later base brings it.
        position = bases.index(self)
        for base in bases[position + 1:]:
            if isinstance(base, _AliasBase) or issubclass(base, Generic):
                break
        else:
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return self._name or self.__origin__.__name__
        # Plain attributes come from the origin; dunders must not (pickle, copy rely on it).
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, value):
        if _is_dunder(attr) or attr in {'_name', '_inst', '_nparams'}:
            super().__setattr__(attr, value)
        else:
            setattr(self.__origin__, attr, value)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        return sorted(set(super().__dir__())
                      | {a for a in dir(self.__origin__) if not _is_dunder(a)})


class _Subscripted(_AliasBase, _root=True):
    """`origin[args]`, for generic classes and the subscripted special forms."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _EllipsisMarker else a for a in args)
        self.__parameters__ = _free_typevars(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _Subscripted):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = _splice_unpacked(tuple(_as_type_arg(a) for a in args))
        return self.copy_with(self._substituted_args(args))

    def _substituted_args(self, args):
        params = self.__parameters__
        for param in params:
            prepare = getattr(param, '__typing_prepare_subst__', None)
            if prepare is not None:
                args = prepare(self, args)
        if len(args) != len(params):
            which = 'many' if len(args) > len(params) else 'few'
            raise TypeError(f"Too {which} arguments for {self}; actual {len(args)}, "
                            f"expected {len(params)}")
        mapping = dict(zip(params, args))
        return tuple(self._substitute_args(self.__args__, mapping))

    def _substitute_args(self, args, mapping):
        for old in args:
            if isinstance(old, tuple):
                yield tuple(self._substitute_args(old, mapping))
                continue
            new = _substitute(old, mapping)
            if self.__origin__ is collections.abc.Callable and isinstance(new, tuple):
                yield from new  # Callable[P, T][[int], str]: the parameters are spliced
            elif _is_starred_tvt(old):
                yield from new
            else:
                yield new

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _show_type(self.__origin__)
        if self.__args__:
            args = ', '.join(_show_type(a) for a in self.__args__)
        else:
            args = '()'  # Tuple[()]
        return f'{name}[{args}]'

    def __reduce__(self):
        if self._name:
            origin = globals()[self._name]
        else:
            origin = self.__origin__
        args = self.__args__
        if len(args) == 1 and not isinstance(args[0], tuple):
            args, = args
        return operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _Form):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:  # List[int] and friends
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            position = bases.index(self)
            for base in bases[position + 1:]:
                if isinstance(base, _AliasBase) and base is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


class _BareAlias(_NoStarUnpack, _AliasBase, _root=True):
    """The bare aliases of concrete classes and ABCs: `List`, `Dict`, `Iterable`..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_checked_type(p, msg) for p in params)
        _require_arity(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _Subscripted(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _BareAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _Subscripted):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _SubscriptedCallable(_NoStarUnpack, _Subscripted, _root=True):
    """`Callable[[args], result]`: the argument types are kept flat in __args__."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _stands_for_params(args[0]):
            return super().__repr__()
        shown = ', '.join(_show_type(a) for a in args[:-1])
        return f'typing.Callable[[{shown}], {_show_type(args[-1])}]'

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _stands_for_params(args[0])):
            args = list(args[:-1]), args[-1]
        return operator.getitem, (Callable, args)


class _BareCallable(_BareAlias, _root=True):
    def copy_with(self, params):
        return _SubscriptedCallable(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        # Callable[[int], str] becomes __args__ == (int, str); ... and ParamSpecs stay whole.
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        return self.__getitem_inner__(params)

    def __getitem_inner__(self, params):
        args, result = params
        msg = "Callable[args, result]: result must be a type."
        result = _checked_type(result, msg)
        if args is ...:
            return self.copy_with((_EllipsisMarker, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_as_type_arg(arg) for arg in args)
        return self.copy_with((*args, result))


class _BareTuple(_BareAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_checked_type(p, msg) for p in params[:-1])
            return self.copy_with((*params, _EllipsisMarker))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_checked_type(p, msg) for p in params)
        return self.copy_with(params)


class _SubscriptedUnion(_NoStarUnpack, _Subscripted, _root=True):
    """`Union[X, Y]`: equal to any union of the same members, in any order."""

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_SubscriptedUnion, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_show_type(args[1])}]'
            if args[1] is type(None):
                return f'typing.Optional[{_show_type(args[0])}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        return operator.getitem, (Union, self.__args__)


class _SubscriptedLiteral(_Subscripted, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _SubscriptedLiteral):
            return NotImplemented
        return (set((a, type(a)) for a in self.__args__)
                == set((a, type(a)) for a in other.__args__))

    def __hash__(self):
        return hash(frozenset((a, type(a)) for a in self.__args__))


class _SubscriptedConcatenate(_Subscripted, _root=True):
    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _SubscriptedConcatenate):
            params = (*params[:-1], *params[-1].__args__)
        return super().copy_with(params)


class _SubscriptedUnpack(_Subscripted, _root=True):
    """`Unpack[Ts]` or `*tuple[int, str]`."""

    def __getitem__(self, args):
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return super().__getitem__(args)

    @property
    def __typing_unpacked_tuple_args__(self):
        arg, = self.__args__
        if isinstance(arg, (_Subscripted, types.GenericAlias)) and arg.__origin__ is tuple:
            return arg.__args__
        return None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], (TypeVarTuple, _NativeTypeVarTuple))


class _EllipsisMarker:
    """Stands for `...` while arguments are checked, so that `...` passes as a type."""


class _SubscriptedAnnotated(_NoStarUnpack, _Subscripted, _root=True):
    """`Annotated[T, x, ...]`: T with metadata that type checkers ignore."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _SubscriptedAnnotated):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, params):
        new_type, = params
        return _SubscriptedAnnotated(new_type, self.__metadata__)

    def __repr__(self):
        shown = ', '.join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_show_type(self.__origin__)}, {shown}]"

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _SubscriptedAnnotated):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return 'Annotated'
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x]: the type T carrying the metadata x (kept for runtime use)."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        if _is_starred_tvt(params[0]):
            raise TypeError("Annotated[...] should not be used with an unpacked TypeVarTuple")
        origin = _checked_type(params[0], "Annotated[t, ...]: t must be a type.",
                             allow_special_forms=True)
        return _SubscriptedAnnotated(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


# ---- Generic and Protocol ----

class Generic:
    """The base of generic classes: `class Box(Generic[T])` makes `Box[int]` valid."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_as_type_arg(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_type_param(p) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _Subscripted(cls, params)
        for param in cls.__parameters__:
            prepare = getattr(param, '__typing_prepare_subst__', None)
            if prepare is not None:
                params = prepare(cls, params)
        _require_arity(cls, params, len(cls.__parameters__))
        new_args = []
        for param, arg in zip(cls.__parameters__, params):
            if isinstance(param, TypeVarTuple):
                new_args.extend(arg)
            else:
                new_args.append(arg)
        return _Subscripted(cls, tuple(new_args))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '__orig_bases__' in cls.__dict__:
            plain = Generic in cls.__orig_bases__
        else:
            plain = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) is not _TypedDictClass)
        if plain:
            raise TypeError("Cannot inherit from plain Generic")
        tvars = ()
        if '__orig_bases__' in cls.__dict__:
            tvars = _free_typevars(cls.__orig_bases__)
            # An explicit Generic[...] or Protocol[...] base fixes the parameters and order.
            declared = None
            for base in cls.__orig_bases__:
                if isinstance(base, _Subscripted) and base.__origin__ in (Generic, Protocol):
                    if declared is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    declared = base.__parameters__
            if declared is not None:
                missing = [t for t in tvars if t not in declared]
                if missing:
                    s_vars = ', '.join(str(t) for t in missing)
                    s_args = ', '.join(str(g) for g in declared)
                    raise TypeError(f"Some type variables ({s_vars}) are "
                                    f"not listed in Generic[{s_args}]")
                tvars = declared
        cls.__parameters__ = tuple(tvars)


# Names that a class body defines without declaring protocol members.
_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__match_args__', '__qualname__', '__parameters__', '__orig_bases__', '__orig_class__',
    '_is_protocol', '_is_runtime_protocol', '__protocol_attrs__',
    '__non_callable_proto_members__', '__type_params__', '__init_subclass__',
    '__static_attributes__', '__firstlineno__',
})

# Non-protocol classes that protocols may still derive from.
_PROTOCOL_FRIENDLY_BASES = {
    'collections.abc': ['Callable', 'Awaitable', 'Iterable', 'AsyncIterable', 'Iterator',
                        'AsyncIterator', 'Hashable', 'Sized', 'Container', 'Collection',
                        'Reversible', 'Buffer'],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}


def _protocol_attrs(cls):
    """The members a protocol asks for: everything its protocol bases define or annotate."""
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in {'Protocol', 'Generic'}:
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in (*base.__dict__, *annotations):
            if not attr.startswith('_abc_') and attr not in _SPECIAL_NAMES:
                attrs.add(attr)
    return attrs


def _lenient_caller(depth=3):
    """abc and functools may check any class against a protocol (for their caches)."""
    return _calling_module(depth) in {'abc', 'functools', None}


def _protocol_init(self, *args, **kwargs):
    """The __init__ of protocols: refuse protocols, else use the next real __init__."""
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _protocol_init)
        if init is not _protocol_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


class _ProtocolClass(ABCMeta):
    """Protocol classes check instances structurally once marked @runtime_checkable."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        if name == "Protocol" and bases == (Generic,):
            pass
        elif Protocol in bases:
            for base in bases:
                if not (base in {object, Generic}
                        or base.__name__ in _PROTOCOL_FRIENDLY_BASES.get(base.__module__, [])
                        or (issubclass(base, Generic) and getattr(base, '_is_protocol', False))):
                    raise TypeError(f"Protocols can only inherit from other protocols, "
                                    f"got {base!r}")
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(cls, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if getattr(cls, "_is_protocol", False):
            cls.__protocol_attrs__ = _protocol_attrs(cls)

    def __subclasscheck__(cls, other):
        if cls is Protocol:
            return type.__subclasscheck__(cls, other)
        if getattr(cls, '_is_protocol', False) and not _lenient_caller():
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if cls.__non_callable_proto_members__:
                raise TypeError("Protocols with non-method members don't support issubclass()")
        return super().__subclasscheck__(other)

    def __instancecheck__(cls, instance):
        if cls is Protocol:
            return type.__instancecheck__(cls, instance)
        if not getattr(cls, "_is_protocol", False):
            return super().__instancecheck__(instance)
        if (not getattr(cls, '_is_runtime_protocol', False)
                and not _lenient_caller()):
            raise TypeError("Instance and class checks can only be used with "
                            "@runtime_checkable protocols")
        if super().__instancecheck__(instance):
            return True
        from inspect import getattr_static
        for attr in cls.__protocol_attrs__:
            try:
                value = getattr_static(instance, attr)
            except AttributeError:
                return False
            # A None method marks the protocol as deliberately unsupported.
            if value is None and attr not in cls.__non_callable_proto_members__:
                return False
        return True


def _proto_hook(cls, other):
    """The __subclasshook__ of protocols: `other` has every member the protocol names."""
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    for attr in cls.__protocol_attrs__:
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            annotations = getattr(base, '__annotations__', {})
            if (isinstance(annotations, collections.abc.Mapping) and attr in annotations
                    and issubclass(other, Generic) and getattr(other, '_is_protocol', False)):
                break
        else:
            return NotImplemented
    return True


class Protocol(Generic, metaclass=_ProtocolClass):
    """Base of protocol classes, which name the members a type must have (structural typing)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_proto_hook)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _protocol_init


def runtime_checkable(cls):
    """Allow isinstance() and issubclass() checks against a protocol class."""
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, '
                        f'got {cls!r}')
    cls._is_runtime_protocol = True
    # issubclass() cannot see data members, so protocols having some refuse it.
    cls.__non_callable_proto_members__ = {
        attr for attr in cls.__protocol_attrs__ if not callable(getattr(cls, attr, None))
    }
    return cls


# ---- Aliases of concrete classes and ABCs ----

def _abc_alias_rows():
    """(public name, origin class, number of type parameters) of the bare generic aliases."""
    abc = collections.abc
    return [
        ('Hashable', abc.Hashable, 0), ('Awaitable', abc.Awaitable, 1),
        ('Coroutine', abc.Coroutine, 3), ('AsyncIterable', abc.AsyncIterable, 1),
        ('AsyncIterator', abc.AsyncIterator, 1), ('Iterable', abc.Iterable, 1),
        ('Iterator', abc.Iterator, 1), ('Reversible', abc.Reversible, 1),
        ('Sized', abc.Sized, 0), ('Container', abc.Container, 1),
        ('Collection', abc.Collection, 1), ('AbstractSet', abc.Set, 1),
        ('MutableSet', abc.MutableSet, 1), ('Mapping', abc.Mapping, 2),
        ('MutableMapping', abc.MutableMapping, 2), ('Sequence', abc.Sequence, 1),
        ('MutableSequence', abc.MutableSequence, 1), ('ByteString', abc.ByteString, 0),
        ('List', list, 1), ('Deque', collections.deque, 1), ('Set', set, 1),
        ('FrozenSet', frozenset, 1), ('MappingView', abc.MappingView, 1),
        ('KeysView', abc.KeysView, 1), ('ItemsView', abc.ItemsView, 2),
        ('ValuesView', abc.ValuesView, 1),
        ('ContextManager', contextlib.AbstractContextManager, 1),
        ('AsyncContextManager', contextlib.AbstractAsyncContextManager, 1),
        ('Dict', dict, 2), ('DefaultDict', collections.defaultdict, 2),
        ('OrderedDict', collections.OrderedDict, 2), ('Counter', collections.Counter, 1),
        ('ChainMap', collections.ChainMap, 2), ('Generator', abc.Generator, 3),
        ('AsyncGenerator', abc.AsyncGenerator, 2), ('Type', type, 1),
        ('Pattern', _re.Pattern, 1), ('Match', _re.Match, 1),
    ]


# Aliases of builtins refuse to be called: `List()` should be written `list()`.
_UNCALLABLE_ALIASES = frozenset({'List', 'Set', 'FrozenSet', 'Dict', 'Type', 'Tuple'})

for _public, _origin, _arity in _abc_alias_rows():
    globals()[_public] = _BareAlias(_origin, _arity, name=_public,
                                    inst=_public not in _UNCALLABLE_ALIASES)
del _public, _origin, _arity

Callable = _BareCallable(collections.abc.Callable, 2)
Tuple = _BareTuple(tuple, -1, name='Tuple', inst=False)

Text = str
AnyStr = TypeVar('AnyStr', bytes, str)

# Private type variables of the protocols below.
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


# ---- Protocols of the special methods ----

def _abstract_stubs(owner, spec):
    """Abstract methods with empty bodies, described one a line as `name(params) -> result`
    (`self` is implied); a leading `@` makes the member a property."""
    members = {}
    for line in spec.strip().splitlines():
        line = line.strip()
        as_property = line.startswith('@')
        head, _, result = line.lstrip('@').partition(' -> ')
        name, _, params = head.partition('(')
        params = params[:-1]
        scope = {}
        exec(f"def {name}(self{', ' if params else ''}{params}) -> {result}: pass",
             globals(), scope)
        stub = scope[name]
        stub.__qualname__ = f'{owner}.{name}'
        stub = abstractmethod(stub)
        members[name] = property(stub) if as_property else stub
    return members


def _stub_members(cls, spec):
    for name, member in _abstract_stubs(cls.__name__, spec).items():
        setattr(cls, name, member)


def _special_method_protocol(signature, doc):
    """A runtime-checkable protocol asking for one special method, e.g. `__int__() -> int`;
    it is generic in T_co when the method returns T_co."""
    method = signature.partition('(')[0]
    name = 'Supports' + method.strip('_').capitalize()
    body = {'__module__': __name__, '__qualname__': name, '__doc__': doc, '__slots__': ()}
    body.update(_abstract_stubs(name, signature))
    base = Protocol[T_co] if signature.endswith('T_co') else Protocol
    return runtime_checkable(types.new_class(name, (base,), exec_body=lambda ns: ns.update(body)))


SupportsInt = _special_method_protocol('__int__() -> int', "An object with __int__.")
SupportsFloat = _special_method_protocol('__float__() -> float', "An object with __float__.")
SupportsComplex = _special_method_protocol('__complex__() -> complex',
                                           "An object with __complex__.")
SupportsBytes = _special_method_protocol('__bytes__() -> bytes', "An object with __bytes__.")
SupportsIndex = _special_method_protocol('__index__() -> int', "An object with __index__.")
SupportsAbs = _special_method_protocol('__abs__() -> T_co',
                                       "An object with __abs__, returning T_co.")
SupportsRound = _special_method_protocol('__round__(ndigits: int = 0) -> T_co',
                                         "An object with __round__, returning T_co.")


# ---- NamedTuple ----

_PROHIBITED_NT_FIELDS = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                                   '_fields', '_field_defaults', '_make', '_replace',
                                   '_asdict', '_source'})
_SPECIAL_NT_NAMES = frozenset({'__module__', '__name__', '__annotations__', '__qualname__'})


def _make_nmtuple(name, fields, module, defaults=()):
    """A collections.namedtuple class whose fields carry the given types."""
    types_of = {}
    for field, hint in fields:
        types_of[field] = _checked_type(hint, f"field {field} annotation must be a type")
    made = collections.namedtuple(name, list(types_of), defaults=defaults, module=module)
    made.__annotations__ = made.__new__.__annotations__ = types_of
    return made


class NamedTupleMeta(type):
    """Turns `class P(NamedTuple): x: int` into a collections.namedtuple class."""

    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTupleRoot and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        declared = ns.get('__annotations__', {})
        # Fields with a value in the class body have defaults; they must come last.
        with_default = []
        for field in declared:
            if field in ns:
                with_default.append(field)
            elif with_default:
                plural = 's' if len(with_default) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field} cannot "
                                f"follow default field{plural} {', '.join(with_default)}")
        made = _make_nmtuple(typename, declared.items(), module=ns['__module__'],
                             defaults=[ns[field] for field in with_default])
        generic = Generic in bases
        if generic:
            made.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        for attr, value in ns.items():
            if attr in _PROHIBITED_NT_FIELDS:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + attr)
            if attr in _SPECIAL_NT_NAMES or attr in made._fields:
                continue
            setattr(made, attr, value)
            hook = getattr(type(value), '__set_name__', None)
            if hook is not None:
                hook(value, made, attr)
        if generic:
            made.__parameters__ = _free_typevars(ns.get('__orig_bases__', ()))
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of collections.namedtuple, as a class or a function call."""
    if fields is not None and kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, "
                        "not both")
    made = _make_nmtuple(typename, kwargs.items() if fields is None else fields,
                         module=_calling_module())
    made.__orig_bases__ = (NamedTuple,)
    return made


_NamedTupleRoot = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleRoot,)


# ---- TypedDict ----

def _typeddict_qualifiers(annotation):
    """Yield Required / NotRequired around an annotation (through Annotated too)."""
    while True:
        if isinstance(annotation, _SubscriptedAnnotated):
            annotation = annotation.__origin__
        elif isinstance(annotation, _Subscripted) and annotation.__origin__ in (
                Required, NotRequired):
            yield annotation.__origin__
            annotation = annotation.__args__[0]
        else:
            return


class _TypedDictClass(type):
    """TypedDict classes: plain dicts at runtime, with the keys recorded on the class."""

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictClass and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        has_generic = any(issubclass(b, Generic) for b in bases)
        made = type.__new__(_TypedDictClass, name, ((Generic, dict) if has_generic else (dict,)),
                            ns)
        if not hasattr(made, '__orig_bases__'):
            made.__orig_bases__ = bases
        own = {key: _checked_type(hint, "TypedDict('Name', {f0: t0, f1: t1, ...}); "
                                        "each t must be a type", module=made.__module__)
               for key, hint in ns.get('__annotations__', {}).items()}
        # The keys of the bases first, then this class's own (which may change a key's kind).
        hints = {}
        kind = {}  # key -> whether it is required
        for base in bases:
            hints.update(base.__dict__.get('__annotations__', {}))
            for key in base.__dict__.get('__required_keys__', ()):
                kind[key] = True
            for key in base.__dict__.get('__optional_keys__', ()):
                kind[key] = False
        hints.update(own)
        for key, hint in own.items():
            marks = set(_typeddict_qualifiers(hint))
            kind[key] = (True if Required in marks
                         else False if NotRequired in marks else bool(total))
        made.__annotations__ = hints
        made.__required_keys__ = frozenset(key for key, needed in kind.items() if needed)
        made.__optional_keys__ = frozenset(key for key, needed in kind.items() if not needed)
        if getattr(made, '__total__', None) is None:  # a base may already say
            made.__total__ = total
        return made

    __call__ = dict  # instances are plain dicts

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of keys, each with its own value type."""
    if fields is not None and kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    body = {'__annotations__': dict(kwargs if fields is None else fields)}
    caller = _calling_module()
    if caller is not None:
        body['__module__'] = caller
    made = _TypedDictClass(typename, (), body, total=total)
    made.__orig_bases__ = (TypedDict,)
    return made


_TypedDictRoot = type.__new__(_TypedDictClass, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDictRoot,)


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictClass)


# ---- NewType ----

class NewType:
    """NewType('UserId', int): a distinct name for a type, the identity function at runtime."""

    def __call__(self, x):
        return x

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.split('.')[-1]  # a dotted name keeps only its last part
        self.__supertype__ = tp
        caller = _calling_module()
        if caller != 'typing':
            self.__module__ = caller

    def __mro_entries__(self, bases):
        # Subclassing fails, with a hint, once the subclass's own name is known.
        wrapped = self.__name__

        class Refuse:
            def __init_subclass__(cls):
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{cls.__name__} = NewType("
                                f"{cls.__name__!r}, {wrapped})`")
        return (Refuse,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---- IO types ----

class IO(Generic[AnyStr]):
    """The generic type of file objects (as returned by open())."""

    __slots__ = ()


class BinaryIO(IO[bytes]):
    """Binary file objects."""

    __slots__ = ()


class TextIO(IO[str]):
    """Text file objects."""

    __slots__ = ()


# The members of the file types: their bodies are empty, only the signatures and the
# annotations matter (to readers and to introspection).
_stub_members(IO, """
    @mode() -> str
    @name() -> str
    @closed() -> bool
    close() -> None
    fileno() -> int
    flush() -> None
    isatty() -> bool
    read(n: int = -1) -> AnyStr
    readable() -> bool
    readline(limit: int = -1) -> AnyStr
    readlines(hint: int = -1) -> List[AnyStr]
    seek(offset: int, whence: int = 0) -> int
    seekable() -> bool
    tell() -> int
    truncate(size: int = None) -> int
    writable() -> bool
    write(s: AnyStr) -> int
    writelines(lines: List[AnyStr]) -> None
    __enter__() -> 'IO[AnyStr]'
    __exit__(type, value, traceback) -> None
""")
_stub_members(BinaryIO, """
    write(s: Union[bytes, bytearray]) -> int
    __enter__() -> 'BinaryIO'
""")
_stub_members(TextIO, """
    @buffer() -> BinaryIO
    @encoding() -> str
    @errors() -> Optional[str]
    @line_buffering() -> bool
    @newlines() -> Any
    __enter__() -> 'TextIO'
""")


# ---- Introspection ----

def _without_extras(t):
    """t without Annotated, Required and NotRequired wrappers, at any depth."""
    if isinstance(t, _SubscriptedAnnotated):
        return _without_extras(t.__origin__)
    if isinstance(t, _Subscripted) and t.__origin__ in (Required, NotRequired):
        return _without_extras(t.__args__[0])
    if isinstance(t, (_Subscripted, types.GenericAlias, types.UnionType)):
        stripped = tuple(_without_extras(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        if isinstance(t, _Subscripted):
            return t.copy_with(stripped)
        return _rebuild_native(t, stripped)
    return t


_ALLOWED_WITHOUT_HINTS = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                          types.ModuleType, types.WrapperDescriptorType,
                          types.MethodWrapperType, types.MethodDescriptorType)


def _hint_as_type(value, is_argument, is_class):
    """An annotation as a type: None is NoneType and a string a forward reference."""
    if value is None:
        return type(None)
    if isinstance(value, str):
        return ForwardRef(value, is_argument=is_argument, is_class=is_class)
    return value


def _class_hints(cls, gns, lns):
    """The annotations of a class and of its bases, the most basic ones first."""
    collected = {}
    for klass in cls.__mro__[::-1]:
        own = klass.__dict__.get('__annotations__', {})
        if not isinstance(own, dict):
            continue
        scope = getattr(sys.modules.get(klass.__module__), '__dict__', {}) if gns is None else gns
        body = dict(vars(klass)) if lns is None else lns
        if gns is None and lns is None:
            # Inside the class body its own names hide the module's: look there first.
            scope, body = body, scope
        for key, annotation in own.items():
            collected[key] = _resolve_refs(_hint_as_type(annotation, False, True), scope, body)
    return collected


def _function_globals(obj):
    """The globals a function's annotations were written in (unwrapping decorators)."""
    if isinstance(obj, types.ModuleType):
        return obj.__dict__
    while hasattr(obj, '__wrapped__'):
        obj = obj.__wrapped__
    return getattr(obj, '__globals__', {})


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class, method or function, with strings evaluated.

    For a class, the annotations of its bases are included (each evaluated in its own
    module). Annotated, Required and NotRequired are removed unless include_extras is true.
    """
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        found = _class_hints(obj, globalns, localns)
    else:
        if globalns is None:
            globalns = _function_globals(obj)
        globalns, localns = _both_namespaces(globalns, localns)
        declared = getattr(obj, '__annotations__', None)
        if declared is None:
            if isinstance(obj, _ALLOWED_WITHOUT_HINTS):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        in_module = isinstance(obj, types.ModuleType)
        found = {key: _resolve_refs(_hint_as_type(annotation, not in_module, False),
                                    globalns, localns)
                 for key, annotation in declared.items()}
    if include_extras:
        return found
    return {key: _without_extras(t) for key, t in found.items()}


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list, get_origin(int) is None."""
    if isinstance(tp, _SubscriptedAnnotated):
        return Annotated
    if isinstance(tp, (_AliasBase, types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[int, str]) == (int, str)."""
    if isinstance(tp, _SubscriptedAnnotated):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_Subscripted, types.GenericAlias)):
        args = tp.__args__
        # Callable[[int], str] is stored flat; give the argument list back as a list.
        if (tp.__origin__ is collections.abc.Callable and args
                and not (len(args) == 2 and _stands_for_params(args[0]))):
            args = (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


# ---- Decorators and small functions ----

def cast(typ, val):
    """Tell a type checker that val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm that val has type typ; returns val unchanged."""
    return val


def assert_never(arg, /):
    """Mark code that a type checker should find unreachable; fails if reached."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Print the runtime type of obj to stderr (type checkers print the inferred one)."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def final(f):
    """Mark a method as not to be overridden, or a class as not to be subclassed."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass  # objects that refuse attributes are returned unmarked
    return f


def override(method, /):
    """Mark a method as overriding one of a base class."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


# Overloads, by module, qualified name and first line of each variant.
_overload_registry = collections.defaultdict(lambda: collections.defaultdict(dict))


def _overloaded_stub(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Declare one signature of an overloaded function; the final plain def implements it."""
    inner = getattr(func, "__func__", func)
    try:
        key = f"{inner.__module__}.{inner.__qualname__}"
        _overload_registry[key][inner.__code__.co_firstlineno] = func
    except AttributeError:
        pass  # not a function (e.g. a builtin): nothing to record
    return _overloaded_stub


def get_overloads(func):
    """The @overload variants declared for func, in definition order."""
    inner = getattr(func, "__func__", func)
    key = f"{getattr(inner, '__module__', None)}.{getattr(inner, '__qualname__', None)}"
    return list(_overload_registry.get(key, {}).values())


def clear_overloads():
    """Forget all registered overloads."""
    _overload_registry.clear()


def no_type_check(arg):
    """Tell type checkers to ignore the annotations of a function or class."""
    if isinstance(arg, type):
        for member in map(functools.partial(getattr, arg), dir(arg)):
            if not _defined_in_class(member, arg):
                continue  # inherited or imported from elsewhere: leave it alone
            if isinstance(member, type):
                no_type_check(member)
            elif isinstance(member, (types.FunctionType, types.MethodType)):
                getattr(member, '__func__', member).__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass  # builtins cannot be marked
    return arg


def _defined_in_class(member, cls):
    """Whether `member` was written in the body of `cls` (so no_type_check applies to it)."""
    return (hasattr(member, '__qualname__')
            and member.__qualname__ == f'{cls.__qualname__}.{member.__name__}'
            and getattr(member, '__module__', None) == cls.__module__)


def no_type_check_decorator(decorator):
    """Make a decorator whose results are marked with no_type_check."""
    def unchecked(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    return functools.wraps(decorator)(unchecked)


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    """Mark a decorator, base class or metaclass as making dataclass-like classes."""
    settings = dict(eq_default=eq_default, order_default=order_default,
                    kw_only_default=kw_only_default, frozen_default=frozen_default,
                    field_specifiers=field_specifiers, kwargs=kwargs)

    def mark(target):
        target.__dataclass_transform__ = dict(settings)
        return target
    return mark
