"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384 and sha512, made by
name with new() or by their own constructors, plus pbkdf2_hmac and file_digest.

Each constructor takes the initial data (bytes-like) and the keyword usedforsecurity, and
returns a hash object with update(), digest(), hexdigest() and copy(), and the attributes name,
digest_size and block_size.
"""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac', 'file_digest')

algorithms_available = frozenset(_hashlib.algorithms)
algorithms_guaranteed = algorithms_available


def new(name, data=b'', **kwargs):
    """A hash object of the algorithm called name, fed data first."""
    return _hashlib.new(name, data, **kwargs)


def _constructor(algorithm):
    def make(data=b'', *, usedforsecurity=True):
        return _hashlib.new(algorithm, data, usedforsecurity=usedforsecurity)
    make.__name__ = make.__qualname__ = algorithm
    make.__doc__ = 'A new %s hash object, fed data first.' % algorithm
    return make


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')


def _hmac_digest(name, key, message):
    """HMAC (RFC 2104) of message under key, as bytes."""
    block = new(name).block_size
    if len(key) > block:
        key = new(name, key).digest()
    key = key.ljust(block, b'\0')
    inner = new(name, bytes(b ^ 0x36 for b in key))
    inner.update(message)
    outer = new(name, bytes(b ^ 0x5C for b in key))
    outer.update(inner.digest())
    return outer.digest()


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 (RFC 8018) with HMAC over hash_name: a key of dklen bytes (the digest size by
    default) derived from password and salt in the given number of iterations."""
    password = bytes(memoryview(password))
    salt = bytes(memoryview(salt))
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    size = new(hash_name).digest_size
    if dklen is None:
        dklen = size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    key = bytearray()
    block_number = 1
    while len(key) < dklen:
        u = _hmac_digest(hash_name, password, salt + block_number.to_bytes(4, 'big'))
        total = int.from_bytes(u, 'big')
        for _ in range(iterations - 1):
            u = _hmac_digest(hash_name, password, u)
            total ^= int.from_bytes(u, 'big')
        key += total.to_bytes(size, 'big')
        block_number += 1
    return bytes(key[:dklen])


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """The hash object (made by digest: a name or a constructor) fed the whole content of the
    binary file object fileobj."""
    hasher = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, 'getbuffer'):
        hasher.update(fileobj.getbuffer())
        return hasher
    if not (hasattr(fileobj, 'readinto') and hasattr(fileobj, 'readable') and fileobj.readable()):
        raise ValueError(f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    buffer = bytearray(_bufsize)
    view = memoryview(buffer)
    while True:
        size = fileobj.readinto(buffer)
        if size == 0:
            break
        hasher.update(view[:size])
    return hasher
