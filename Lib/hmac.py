"""HMAC (Keyed-Hashing for Message Authentication), as described in RFC 2104.

new() (or the HMAC class) makes an object fed a message piece by piece, whose digest
authenticates the message under a secret key; digest() computes one in a single call,
and compare_digest() compares two digests in time independent of where they differ.
The hash is named by digestmod: a name for hashlib.new(), a hashlib constructor, or a
module (PEP 247) with a new() function.
"""

import hashlib as _hashlib
import warnings as _warnings
from _operator import _compare_digest as compare_digest

# The byte tables that XOR every key byte with the outer (0x5C) and inner (0x36) pads.
trans_5C = bytes(x ^ 0x5C for x in range(256))
trans_36 = bytes(x ^ 0x36 for x in range(256))

# The size of an HMAC's digest depends on its hash: PEP 247 asks for None here.
digest_size = None

# The block size used when a hash object does not give a usable one of its own.
_FALLBACK_BLOCK_SIZE = 64


def _constructor(digestmod):
    """A function that makes a fresh hash object of digestmod, optionally fed data."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """An HMAC as of RFC 2104 (and RFC 4231), following the API for cryptographic hash
    functions of PEP 247."""

    blocksize = _FALLBACK_BLOCK_SIZE    # 512-bit HMAC; can be changed in subclasses.

    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        """Create a new HMAC object.

        key: bytes or buffer, the secret key of the keyed hash.
        msg: bytes or buffer, first input for the hash, or None.
        digestmod: a hash name suitable for hashlib.new(), *OR* a hashlib constructor
                   returning a new hash object, *OR* a module supporting PEP 247.

                   Required as of 3.8, despite coming after the optional msg
                   argument; passing it by keyword is recommended.

        Further input is given with update(); digest() and hexdigest() give the hash
        value at any time.
        """
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required argument 'digestmod'.")
        self._init_old(key, msg, digestmod)

    def _init_old(self, key, msg, digestmod):
        # The HMAC computed here from two hash objects, the key padded by hand (CPython's
        # name for it: its other way is a native HMAC object kept in _hmac).
        make = _constructor(digestmod)
        self._hmac = None
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        block = self._usable_block_size(self._inner)
        if len(key) > block:
            key = make(key).digest()
        self.block_size = block
        key = key.ljust(block, b'\0')
        self._inner.update(key.translate(trans_36))
        self._outer.update(key.translate(trans_5C))
        if msg is not None:
            self.update(msg)

    def _usable_block_size(self, hasher):
        """The hash's block size, or the class default (with a warning) when it has none
        or one too small to pad a key into."""
        if not hasattr(hasher, 'block_size'):
            _warnings.warn('No block_size attribute on given digest object; '
                           'Assuming %d.' % self.blocksize, RuntimeWarning, 2)
            return self.blocksize
        if hasher.block_size < 16:
            _warnings.warn('block_size of %d seems too small; using our default of %d.'
                           % (hasher.block_size, self.blocksize), RuntimeWarning, 2)
            return self.blocksize
        return hasher.block_size

    @property
    def name(self):
        """The name of the HMAC: "hmac-" and the name of its hash."""
        return self._hmac.name if self._hmac else "hmac-" + self._inner.name

    def update(self, msg):
        """Feed the bytes of msg into the hash."""
        (self._hmac or self._inner).update(msg)

    def copy(self):
        """Return an independent copy of this hashing object (updating one does not
        affect the other)."""
        # Made without __init__, which would need the key. Like CPython 3.12, the copy
        # does not carry block_size over.
        twin = self.__class__.__new__(self.__class__)
        twin.digest_size = self.digest_size
        if self._hmac:
            twin._hmac = self._hmac.copy()
            twin._inner = twin._outer = None
        else:
            twin._hmac = None
            twin._inner = self._inner.copy()
            twin._outer = self._outer.copy()
        return twin

    def _finished(self):
        """A hash object holding the HMAC of the data so far, leaving self untouched:
        the outer hash (over the key's outer pad) fed the digest of the inner one."""
        if self._hmac:
            return self._hmac
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """Return the HMAC of the data fed so far, as bytes. The object is left as it was,
        so it can be updated further."""
        return self._finished().digest()

    def hexdigest(self):
        """Like digest(), but as a string of hexadecimal digits."""
        return self._finished().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it.

    key: bytes or buffer, the starting key for the hash.
    msg: bytes or buffer, first input for the hash, or None.
    digestmod: a hash name suitable for hashlib.new(), *OR* a hashlib constructor
               returning a new hash object, *OR* a module supporting PEP 247.

               Required as of 3.8, despite coming after the optional msg argument;
               passing it by keyword is recommended.

    The object is fed more data with update(), and gives the hash value at any time
    with digest() or hexdigest().
    """
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Fast inline implementation of HMAC.

    key: bytes or buffer, the key for the keyed hash.
    msg: bytes or buffer, the message.
    digest: a hash name suitable for hashlib.new() for best performance, *OR*
            a hashlib constructor returning a new hash object, *OR*
            a module supporting PEP 247.
    """
    make = _constructor(digest)
    inner = make()
    block = getattr(inner, 'block_size', _FALLBACK_BLOCK_SIZE)
    if len(key) > block:
        key = make(key).digest()
    key = key + b'\x00' * (block - len(key))
    inner.update(key.translate(trans_36))
    inner.update(msg)
    outer = make(key.translate(trans_5C))
    outer.update(inner.digest())
    return outer.digest()
