"""The parts of CPython's _operator accelerator module that Ferrython writes in Python:
only _compare_digest (hmac.compare_digest and secrets.compare_digest), since the operator
module itself is pure Python here.
"""


def _compare_digest(a, b, /):
    """Return 'a == b', in a time that does not reveal where a and b differ (fit for
    comparing secrets such as digests).

    a and b must both be str (ASCII only) or both bytes-like objects. Different lengths,
    or an error, may still leak the types and lengths of a and b, but not their values.
    """
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        left, right = a.encode('ascii'), b.encode('ascii')
    else:
        if not (_is_buffer(a) or _is_buffer(b)):
            raise TypeError("unsupported operand types(s) or combination of types: "
                            f"'{type(a).__name__}' and '{type(b).__name__}'")
        left, right = _raw_bytes(a), _raw_bytes(b)
    # Always walk the whole of right, so that the time taken depends only on its length;
    # when the lengths differ, right is compared with itself and the result forced false.
    differences = 0 if len(left) == len(right) else 1
    if differences:
        left = right
    for x, y in zip(left, right):
        differences |= x ^ y
    return differences == 0


def _is_buffer(obj):
    if isinstance(obj, str):
        return False
    try:
        memoryview(obj)
    except TypeError:
        return False
    return True


def _raw_bytes(obj):
    if not _is_buffer(obj):
        raise TypeError(f"a bytes-like object is required, not '{type(obj).__name__}'")
    return memoryview(obj).tobytes()
