"""Pseudo-random numbers: the Mersenne Twister of `_random`, and on top of it integers in
ranges, choices from sequences, shuffles, samples, and the usual continuous distributions.

Every method draws its random numbers in the same order and computes with the same
floating-point operations as CPython 3.12's `random`, so a seeded generator gives exactly
the same results.  SystemRandom draws from the operating system instead and cannot be seeded.
"""

import _random
from _collections_abc import Sequence as _SequenceABC
from bisect import bisect as _bisect_right
from itertools import accumulate as _running_totals, repeat as _repeat_none
from math import (acos as _acos, ceil as _ceil, cos as _cos, e as _E, exp as _exp, fabs as _fabs,
                  floor as _floor, isfinite as _isfinite, lgamma as _lgamma, log as _log,
                  log2 as _log2, pi as _PI, sin as _sin, sqrt as _sqrt, tau as TWOPI)
from operator import index as _as_index
from os import urandom as _urandom

__all__ = [
    "Random", "SystemRandom", "betavariate", "binomialvariate", "choice", "choices",
    "expovariate", "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
    "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange", "sample",
    "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate",
]

# Constants of the distributions below (their values are part of the results).
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53                     # bits in a float's mantissa
RECIP_BPF = 2 ** -BPF

_SEED_TYPES_MESSAGE = ("The only supported seed types are: None,\n"
                       "int, float, str, bytes, and bytearray.")


def _old_string_hash(text):
    """The integer a str or bytes seed gave before version 2 seeding (Python 2's str hash)."""
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    value = ord(text[0]) << 7 if text else 0
    for code in map(ord, text):
        value = ((1000003 * value) ^ code) & 0xFFFFFFFFFFFFFFFF
    value ^= len(text)
    return -2 if value == -1 else value


class Random(_random.Random):
    """A seedable generator of pseudo-random numbers (a Mersenne Twister).

    Subclasses that want another generator override random(), seed(), getstate() and
    setstate(), and getrandbits() too if they can supply arbitrarily many bits.
    """

    VERSION = 3     # the layout of getstate()'s result

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # Integers below n come from getrandbits() when the class (or a base) overrides it,
        # or from random() alone when only that was overridden.
        for klass in cls.__mro__:
            own = klass.__dict__
            if "_randbelow" in own:
                break
            if "getrandbits" in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if "random" in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    # -- state ------------------------------------------------------------------------------

    def seed(self, a=None, version=2):
        """Start the sequence again from `a`: None (the system's entropy), an int, a float,
        or a str, bytes or bytearray (hashed with SHA-512 in version 2)."""
        if version == 1 and isinstance(a, (str, bytes)):
            a = _old_string_hash(a)
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            data = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(data + _random._sha512(data), "big")
        elif a is not None and not isinstance(a, (int, float, str, bytes, bytearray)):
            raise TypeError(_SEED_TYPES_MESSAGE)
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """The generator's state, for setstate()."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Go back to a state getstate() returned."""
        version = state[0]
        if version == 3:
            version, words, self.gauss_next = state
        elif version == 2:
            version, words, self.gauss_next = state
            # Version 2 states could hold words outside 32 bits.
            try:
                words = tuple(word % (2 ** 32) for word in words)
            except ValueError as exc:
                raise TypeError from exc
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" % (version, self.VERSION))
        super().setstate(words)

    def __getstate__(self):     # pickling support: the state travels through __reduce__
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # -- integers ---------------------------------------------------------------------------

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def _randbelow_with_getrandbits(self, n):
        """An int in [0, n), by rejection of too-large draws of n's bit length."""
        getrandbits = self.getrandbits
        width = n.bit_length()
        r = getrandbits(width)
        while r >= n:
            r = getrandbits(width)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """An int in [0, n) from random() alone (exact only below 2**53)."""
        random = self.random
        if n >= maxsize:
            from warnings import warn
            warn("Underlying random() generator does not supply \n"
                 "enough bits to choose from a population range this large.\n"
                 "To remove the range limitation, add a getrandbits() method.")
            return _floor(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return _floor(r * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randrange(self, start, stop=None, step=1):
        """A random item of range(start, stop, step), without building the range."""
        first = _as_index(start)
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if first > 0:
                return self._randbelow(first)
            raise ValueError("empty range for randrange()")
        last = _as_index(stop)
        width = last - first
        stride = _as_index(step)
        if stride == 1:
            if width > 0:
                return first + self._randbelow(width)
            raise ValueError(f"empty range in randrange({start}, {stop})")
        if stride > 0:
            count = (width + stride - 1) // stride
        elif stride < 0:
            count = (width + stride + 1) // stride
        else:
            raise ValueError("zero step for randrange()")
        if count <= 0:
            raise ValueError(f"empty range in randrange({start}, {stop}, {step})")
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # -- sequences --------------------------------------------------------------------------

    def choice(self, seq):
        """A random item of a non-empty sequence."""
        size = len(seq)
        if not size:
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffle the mutable sequence x in place."""
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k distinct items of the population, in selection order (the population is left as
        it is). With counts, each item stands for that many copies of itself."""
        if not isinstance(population, _SequenceABC):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cumulative = list(_running_totals(counts))
            if len(cumulative) != n:
                raise ValueError("The number of counts does not match the population")
            total = cumulative.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            picks = self.sample(range(total), k=k)
            return [population[_bisect_right(cumulative, pick)] for pick in picks]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        chosen = [None] * k
        # Small samples of large populations remember the indices taken; otherwise a copy of
        # the population is drawn from (the threshold keeps the set small).
        set_limit = 21
        if k > 5:
            set_limit += 4 ** _ceil(_log(k * 3, 4))
        if n <= set_limit:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                chosen[i] = pool[j]
                pool[j] = pool[n - i - 1]   # the last unpicked item moves into the hole
        else:
            taken = set()
            for i in range(k):
                j = randbelow(n)
                while j in taken:
                    j = randbelow(n)
                taken.add(j)
                chosen[i] = population[j]
        return chosen

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k items of the population, with replacement, weighted by weights or by the running
        totals cum_weights (equally likely without either)."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                n += 0.0
                return [population[_floor(random() * n)] for _ in _repeat_none(None, k)]
            try:
                cum_weights = list(_running_totals(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(f"The number of choices must be a keyword argument: {k=}") from None
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _isfinite(total):
            raise ValueError("Total of weights must be finite")
        last = n - 1
        return [population[_bisect_right(cum_weights, random() * total, 0, last)]
                for _ in _repeat_none(None, k)]

    # -- real-valued distributions ----------------------------------------------------------

    def uniform(self, a, b):
        """A float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """The triangular distribution between low and high, peaking at mode (the middle by
        default)."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """The normal distribution (Kinderman and Monahan's ratio method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """The normal distribution by the Box-Muller transform: each pair of draws makes two
        values, the second kept for the next call (not thread-safe, unlike normalvariate)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """The log-normal distribution: exp of a normal variate."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        """The exponential distribution with rate lambd."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """The von Mises distribution (circular), mean angle mu, concentration kappa."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            z = _cos(_PI * random())
            d = z / (r + z)
            u = random()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta=1.0):
        """The gamma distribution with shape alpha and scale beta (both > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        random = self.random
        if alpha > 1.0:
            # Cheng's rejection method (R. C. H. Cheng, 1977).
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        if alpha == 1.0:
            return -_log(1.0 - random()) * beta
        # alpha < 1: the method of Ahrens and Dieter (GS).
        while True:
            u = random()
            b = (_E + alpha) / _E
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        """The beta distribution, from two gamma variates."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """The Pareto distribution with shape alpha."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """The Weibull distribution with scale alpha and shape beta."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)

    # -- discrete distributions -------------------------------------------------------------

    def binomialvariate(self, n=1, p=0.5):
        """The number of successes in n independent trials of probability p."""
        if n < 0:
            raise ValueError("n must be non-negative")
        if p <= 0.0 or p >= 1.0:
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            raise ValueError("p must be in the range 0.0 <= p <= 1.0")
        random = self.random
        if n == 1:
            return _as_index(random() < p)
        if p > 0.5:
            # Count the failures instead, so that p <= 0.5 below.
            return n - self.binomialvariate(n, 1.0 - p)
        if n * p < 10.0:
            # Few expected successes: skip over the failures with geometric jumps (Devroye).
            successes = trials = 0
            c = _log2(1.0 - p)
            if not c:
                return successes
            while True:
                trials += _floor(_log2(random()) / c) + 1
                if trials > n:
                    return successes
                successes += 1
        return _binomial_btrs(random, n, p)


def _binomial_btrs(random, n, p):
    """Hörmann's transformed rejection with squeeze (BTRS), for n * p >= 10, p <= 0.5."""
    spq = _sqrt(n * p * (1.0 - p))
    b = 1.15 + 2.53 * spq
    a = -0.0873 + 0.0248 * b + 0.01 * p
    c = n * p + 0.5
    vr = 0.92 - 4.2 / b
    prepared = False
    while True:
        u = random()
        u -= 0.5
        us = 0.5 - _fabs(u)
        k = _floor((2.0 * a / us + b) * u + c)
        if k < 0 or k > n:
            continue
        v = random()
        if us >= 0.07 and v <= vr:
            return k
        if not prepared:
            # The constants of the exact test, needed only now and then.
            alpha = (2.83 + 5.1 / b) * spq
            lpq = _log(p / (1.0 - p))
            m = _floor((n + 1) * p)
            h = _lgamma(m + 1) + _lgamma(n - m + 1)
            prepared = True
        v *= alpha / (a / (us * us) + b)
        if _log(v) <= h - _lgamma(k + 1) - _lgamma(n - k + 1) + (k - m) * lpq:
            return k


class SystemRandom(Random):
    """Random numbers from the operating system (os.urandom): not reproducible, so seed()
    does nothing and there is no state to save."""

    def random(self):
        """A float in [0, 1) with 53 random bits."""
        return (int.from_bytes(_urandom(7), "big") >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """An int of k random bits."""
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes), "big") >> (nbytes * 8 - k)

    def randbytes(self, n):
        """n random bytes."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Does nothing: the system's entropy cannot be seeded."""
        return None

    def _no_state(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _no_state


# The module-level functions share one hidden generator, seeded from the system.
_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
binomialvariate = _inst.binomialvariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
