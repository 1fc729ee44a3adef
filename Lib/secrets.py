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
    """A random int n with 0 <= n < exclusive_upper_bound."""
    # SystemRandom._randbelow would never return for 0.
    # The comparison is `<= 0`, as its TypeError for a non-number names that operator.
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _source._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """Return *nbytes* random bytes (DEFAULT_ENTROPY of them when *nbytes* is
    None or not given).
    """
    return _source.randbytes(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """Return a random text string of hexadecimal digits, two for each of the
    *nbytes* random bytes (a reasonable default when *nbytes* is None or not given).
    """
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string: *nbytes* random bytes (a reasonable
    default when *nbytes* is None or not given) in Base64 with '-' and '_'.
    """
    # Base64 without its '=' padding: the result is about 1.3 characters per byte.
    encoded = base64.urlsafe_b64encode(token_bytes(nbytes))
    return encoded.rstrip(b'=').decode('ascii')
