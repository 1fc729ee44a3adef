"""Conversions between Python values and C structs packed into bytes.

Everything here comes from the native `_struct` module; this file only gives it the public name
`struct` (so that `struct.error` and friends are found where programs look for them).
"""

from _struct import (
    Struct,
    _clearcache,
    calcsize,
    error,
    iter_unpack,
    pack,
    pack_into,
    unpack,
    unpack_from,
)

# The public names, in the order CPython lists them.
__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]
