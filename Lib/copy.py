"""Shallow and deep copies of Python objects.

copy(x) returns a shallow copy, deepcopy(x, memo=None) a deep one. A class controls its copies with
__copy__() and __deepcopy__(memo), or else with the pickle protocol: __reduce_ex__/__reduce__,
__getnewargs_ex__/__getnewargs__, __getstate__ and __setstate__.
"""

import types as _types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass

error = Error   # the old name


# Immutable values that both copies return unchanged.
_ATOMIC = frozenset({
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex, str, bytes,
    tuple, frozenset, type, range, slice, property,
    _types.BuiltinFunctionType, _types.FunctionType, _types.CodeType,
})


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None, *_reduce(x))


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x; memo maps id(original) to its copy, for shared and recursive
    structures."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    copier = _DEEP_DISPATCH.get(cls)
    if copier is not None:
        result = copier(x, memo)
    elif cls in _ATOMIC or issubclass(cls, type):
        result = x
    else:
        method = getattr(x, '__deepcopy__', None)
        if method is not None:
            result = method(memo)
        else:
            result = _reconstruct(x, memo, *_reduce(x))
    if result is not x:
        memo[key] = result
        _keep_alive(x, memo)
    return result


def _keep_alive(x, memo):
    # The originals stay alive while memo does, so that their ids are not reused meanwhile.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deepcopy_list(x, memo):
    result = []
    memo[id(x)] = result
    for item in x:
        result.append(deepcopy(item, memo))
    return result


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple may have been copied while copying its own items (through a list inside it).
    try:
        return memo[id(x)]
    except KeyError:
        pass
    if all(a is b for a, b in zip(x, items)):
        return x
    return tuple(items)


def _deepcopy_dict(x, memo):
    result = {}
    memo[id(x)] = result
    for key, value in x.items():
        result[deepcopy(key, memo)] = deepcopy(value, memo)
    return result


def _deepcopy_set(x, memo):
    # As set's pickle reduction rebuilds it: from deep copies of its items.
    return type(x)([deepcopy(item, memo) for item in x])


def _deepcopy_method(x, memo):
    return x.__func__.__get__(deepcopy(x.__self__, memo))


_DEEP_DISPATCH = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    set: _deepcopy_set,
    frozenset: _deepcopy_set,
    _types.MethodType: _deepcopy_method,
}


def _reduce(x):
    """x's pickle reduction as a tuple (callable, args, state, listitems, dictitems)."""
    cls = type(x)
    # object.__reduce_ex__ calls an overridden __reduce__; this interpreter's object has none,
    # so the protocol's default is computed here.
    if _defining_class(cls, '__reduce_ex__') is not object:
        rv = cls.__reduce_ex__(x, 4)
    elif _defining_class(cls, '__reduce__') is not object:
        rv = x.__reduce__()
    else:
        rv = _default_reduce(x)
    if isinstance(rv, str):
        return (None, rv, None, None, None)       # a global name: the object is its own copy
    if not isinstance(rv, tuple) or not 2 <= len(rv) <= 5:
        raise Error(f"un(deep)copyable object of type {cls}")
    return rv + (None,) * (5 - len(rv))


def _defining_class(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass
    return object


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f"_{klass.__name__.lstrip('_')}{name}"   # private names are mangled
            names.append(name)
    return names


def _default_state(x):
    """What object.__getstate__ returns: the instance dict, plus a dict of slot values."""
    state = getattr(x, '__dict__', None) or None
    slots = {}
    for name in _slot_names(type(x)):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _default_reduce(x):
    """object.__reduce_ex__(4): rebuild with cls.__new__, then restore the state."""
    cls = type(x)
    if cls.__module__ == 'builtins' and cls not in (object,) and not hasattr(x, '__dict__'):
        raise TypeError(f"cannot pickle '{cls.__name__}' object")
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        func, args = _newobj_ex, (cls, args, kwargs)
    else:
        getnewargs = getattr(x, '__getnewargs__', None)
        func, args = _newobj, (cls,) + (tuple(getnewargs()) if getnewargs is not None else ())
    getstate = getattr(x, '__getstate__', None)
    state = getstate() if getstate is not None else _default_state(x)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (func, args, state, listitems, dictitems)


def _reconstruct(x, memo, func, args, state=None, listitems=None, dictitems=None):
    if func is None:
        return x
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for key, value in dictitems:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y
