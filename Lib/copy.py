"""Shallow and deep copies of Python objects.

copy(x) returns a shallow copy, deepcopy(x, memo=None) a deep one. A class controls its copies with
__copy__() and __deepcopy__(memo), or else with the pickle protocol: __reduce_ex__/__reduce__,
__getnewargs_ex__/__getnewargs__, __getstate__ and __setstate__.
"""

import copyreg
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
    elif cls in _ATOMIC and cls is not slice or issubclass(cls, type):
        # A slice may hold mutable bounds: it is rebuilt from its reduction.
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
    """x's reduction as a tuple (callable, args, state, listitems, dictitems): from the
    reduction function copyreg registers for its type, else from __reduce_ex__(4) (whose
    default, object.__reduce_ex__, rebuilds with copyreg.__newobj__ and the state)."""
    cls = type(x)
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        rv = reductor(x)
    elif getattr(x, '__reduce_ex__', None) is not None:
        rv = x.__reduce_ex__(4)
    elif getattr(x, '__reduce__', None) is not None:
        rv = x.__reduce__()
    else:
        raise Error(f"un(shallow)copyable object of type {cls}")
    if isinstance(rv, str):
        return (None, rv, None, None, None)       # a global name: the object is its own copy
    if not isinstance(rv, tuple) or not 2 <= len(rv) <= 5:
        raise Error(f"un(deep)copyable object of type {cls}")
    return rv + (None,) * (5 - len(rv))


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
