"""Cryptographically strong random numbers and tokens, fit for managing secrets such as
passwords, account authentication and security tokens.

Everything here draws from the operating system's source of randomness (os.urandom,
through random.SystemRandom); see PEP 506.
"""

import base64
from hmac import compare_digest
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

# One generator serves the whole module: SystemRandom keeps no state of its own.
_source = SystemRandom()

randbits = _source.getrandbits
choice = _source.choice

# How many random bytes the token functions use when not told: 32 bytes (256 bits) is
# deemed enough to resist brute force for the foreseeable future.
DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    """Return a random int in the range [0, n)."""
    # SystemRandom._randbelow would never return for 0.
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _source._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """Return *nbytes* random bytes (DEFAULT_ENTROPY of them when *nbytes* is
    None or not given).

    >>> token_bytes(16)  #doctest:+SKIP
    b'\\x93\\x1fK\\xc2\\x0e\\x89\\xd4\\x15\\xa7\\x7fbD\\xe6\\x02\\x9b\\x11'
    """
    return _source.randbytes(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """Return a random text string of hexadecimal digits, two for each of the
    *nbytes* random bytes (a reasonable default when *nbytes* is None or not given).

    >>> token_hex(16)  #doctest:+SKIP
    '3c8e0d51a7f24b69e0c12d7fa5b36e08'
    """
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string: *nbytes* random bytes (a reasonable
    default when *nbytes* is None or not given) in Base64 with '-' and '_'.

    >>> token_urlsafe(16)  #doctest:+SKIP
    'q0Zt4Vb8-JmKe2Lw_Xy1sA'
    """
    # Base64 without its '=' padding: the result is about 1.3 characters per byte.
    encoded = base64.urlsafe_b64encode(token_bytes(nbytes))
    return encoded.rstrip(b'=').decode('ascii')
