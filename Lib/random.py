"""Pseudo-random numbers: the Mersenne Twister of `_random`, and on top of it integers in
ranges, choices from sequences, shuffles, samples, and the usual continuous distributions.

Every method draws its random numbers in the same order and computes with the same
floating-point operations as CPython 3.12's `random`, so a seeded generator gives exactly
the same results.  SystemRandom draws from the operating system instead and cannot be seeded.
"""

import _random
from _collections_abc import Sequence as _SequenceABC
from bisect import bisect as _bisect_right
from itertools import accumulate as _running_totals, repeat as _times
from math import (acos as _acos, ceil as _ceil, cos as _cos, e as _E, exp as _exp, fabs as _fabs,
                  floor as _floor, isfinite as _isfinite, lgamma as _lgamma, log as _log,
                  log2 as _log2, pi as _PI, sin as _sin, sqrt as _sqrt, tau as TWOPI)
from operator import index as _as_index
from os import urandom as _system_bytes

# The module-level functions, all bound to one hidden generator (see the end of the file).
_SHARED_METHODS = (
    "betavariate", "binomialvariate", "choice", "choices", "expovariate", "gammavariate", "gauss",
    "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate", "randbytes",
    "randint", "random", "randrange", "sample", "seed", "setstate", "shuffle", "triangular",
    "uniform", "vonmisesvariate", "weibullvariate",
)
__all__ = ["Random", "SystemRandom", *_SHARED_METHODS]

# Constants the distributions compute with (their exact values are part of the results).
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53                     # bits in a float's mantissa
RECIP_BPF = 2 ** -BPF

_ERRORS = {
    "seed type": "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
    "few bits": ("Underlying random() generator does not supply \nenough bits to choose from a "
                 "population range this large.\nTo remove the range limitation, add a getrandbits() method."),
    "no stop": "Missing a non-None stop argument",
    "empty": "empty range for randrange()",
    "zero step": "zero step for randrange()",
    "empty choice": "Cannot choose from an empty sequence",
    "not sequence": "Population must be a sequence.  For dicts or sets, use sorted(d).",
    "count length": "The number of counts does not match the population",
    "count type": "Counts must be integers",
    "count total": "Total of counts must be greater than zero",
    "sample size": "Sample larger than population or is negative",
    "both weights": "Cannot specify both weights and cumulative weights",
    "weight length": "The number of weights does not match the population",
    "weight total": "Total of weights must be greater than zero",
    "weight inf": "Total of weights must be finite",
    "gamma args": "gammavariate: alpha and beta must be > 0.0",
    "binomial n": "n must be non-negative",
    "binomial p": "p must be in the range 0.0 <= p <= 1.0",
    "bits": "number of bits must be non-negative",
    "no state": "System entropy source does not have state.",
}


def _old_string_hash(text):
    """The integer a str or bytes seed gave before version 2 seeding (Python 2's str hash)."""
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    acc = (ord(text[0]) << 7) if text else 0
    for point in map(ord, text):
        acc = ((1000003 * acc) ^ point) & 0xFFFFFFFFFFFFFFFF
    acc ^= len(text)
    return -2 if acc == -1 else acc


# ---------------------------------------------------------------------------------------------
# The sampling methods behind the distributions, as functions of `draw`, a source of uniform
# floats in [0, 1).

def _standard_normal(draw):
    """A standard normal variate by Kinderman and Monahan's ratio of uniforms."""
    while 1:
        first = draw()
        second = 1.0 - draw()
        ratio = NV_MAGICCONST * (first - 0.5) / second
        if ratio * ratio / 4.0 <= -_log(second):
            return ratio


def _von_mises(draw, mu, kappa):
    """An angle of the von Mises distribution (Best and Fisher's method)."""
    if kappa <= 1e-6:
        return TWOPI * draw()
    half_inverse = 0.5 / kappa
    rho = half_inverse + _sqrt(1.0 + half_inverse * half_inverse)
    while 1:
        zeta = _cos(_PI * draw())
        delta = zeta / (rho + zeta)
        trial = draw()
        if trial < 1.0 - delta * delta or trial <= (1.0 - delta) * _exp(delta):
            break
    inverse_rho = 1.0 / rho
    cosine = (inverse_rho + zeta) / (1.0 + inverse_rho * zeta)
    if draw() > 0.5:
        return (mu + _acos(cosine)) % TWOPI
    return (mu - _acos(cosine)) % TWOPI


def _gamma_large_shape(draw, alpha):
    """A gamma variate of shape alpha > 1 and scale 1 (Cheng's rejection method)."""
    root = _sqrt(2.0 * alpha - 1.0)
    shift = alpha - LOG4
    spread = alpha + root
    while 1:
        head = draw()
        if not 1e-7 < head < 0.9999999:
            continue
        tail = 1.0 - draw()
        logit = _log(head / (1.0 - head)) / root
        candidate = alpha * _exp(logit)
        squeeze = head * head * tail
        slack = shift + spread * logit - candidate
        if slack + SG_MAGICCONST - 4.5 * squeeze >= 0.0 or slack >= _log(squeeze):
            return candidate


def _gamma_small_shape(draw, alpha):
    """A gamma variate of shape alpha < 1 and scale 1 (Ahrens and Dieter's GS method)."""
    while 1:
        bound = (_E + alpha) / _E
        point = bound * draw()
        if point <= 1.0:
            candidate = point ** (1.0 / alpha)
        else:
            candidate = -_log((bound - point) / alpha)
        test = draw()
        if point > 1.0:
            if test <= candidate ** (alpha - 1.0):
                return candidate
        elif test <= _exp(-candidate):
            return candidate


def _binomial_geometric(draw, n, p):
    """Binomial successes counted by geometric jumps over the failures (Devroye), for few
    expected successes."""
    successes = trials = 0
    log_q = _log2(1.0 - p)
    if not log_q:
        return successes
    while 1:
        trials += _floor(_log2(draw()) / log_q) + 1
        if trials > n:
            return successes
        successes += 1


def _binomial_btrs(draw, n, p):
    """Hörmann's transformed rejection with squeeze (BTRS), for n * p >= 10 and p <= 0.5."""
    deviation = _sqrt(n * p * (1.0 - p))
    width = 1.15 + 2.53 * deviation
    height = -0.0873 + 0.0248 * width + 0.01 * p
    center = n * p + 0.5
    squeeze_limit = 0.92 - 4.2 / width
    exact_test = None   # the constants of the exact test, made the first time it is needed
    while 1:
        offset = draw()
        offset -= 0.5
        margin = 0.5 - _fabs(offset)
        k = _floor((2.0 * height / margin + width) * offset + center)
        if k < 0 or k > n:
            continue
        level = draw()
        if margin >= 0.07 and level <= squeeze_limit:
            return k
        if exact_test is None:
            scale = (2.83 + 5.1 / width) * deviation
            log_odds = _log(p / (1.0 - p))
            mode = _floor((n + 1) * p)
            exact_test = scale, log_odds, mode, _lgamma(mode + 1) + _lgamma(n - mode + 1)
        scale, log_odds, mode, log_norm = exact_test
        level *= scale / (height / (margin * margin) + width)
        if _log(level) <= log_norm - _lgamma(k + 1) - _lgamma(n - k + 1) + (k - mode) * log_odds:
            return k


# ---------------------------------------------------------------------------------------------

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
        for ancestor in cls.__mro__:
            defined = vars(ancestor)
            if "_randbelow" in defined:
                return
            if "getrandbits" in defined:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if "random" in defined:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    # -- state ------------------------------------------------------------------------------

    def seed(self, a=None, version=2):
        """Start the sequence again from `a`: None (the system's entropy), an int, a float,
        or a str, bytes or bytearray (hashed with SHA-512 in version 2)."""
        text_like = isinstance(a, (str, bytes, bytearray))
        if version == 1 and isinstance(a, (str, bytes)):
            a = _old_string_hash(a)
        elif version == 2 and text_like:
            data = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(data + _random._sha512(data), "big")
        elif not (a is None or text_like or isinstance(a, (int, float))):
            raise TypeError(_ERRORS["seed type"])
        super(Random, self).seed(a)
        self.gauss_next = None

    def getstate(self):
        """The generator's state, for setstate()."""
        return (self.VERSION, super(Random, self).getstate(), self.gauss_next)

    def setstate(self, state):
        """Go back to a state getstate() returned."""
        if state[0] not in (2, 3):
            raise ValueError(f"state with version {state[0]} passed to "
                             f"Random.setstate() of version {self.VERSION}")
        old_format = state[0] == 2
        _, words, self.gauss_next = state
        if old_format:
            # Version 2 states could hold words outside 32 bits.
            try:
                words = tuple(word % (2 ** 32) for word in words)
            except ValueError as exc:
                raise TypeError from exc
        super(Random, self).setstate(words)

    # Pickling goes through the state.
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return type(self), (), self.getstate()

    # -- integers ---------------------------------------------------------------------------

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def _randbelow_with_getrandbits(self, n):
        """An int in [0, n): draws of n's bit length until one is below n."""
        bits = n.bit_length()
        while (candidate := self.getrandbits(bits)) >= n:
            pass
        return candidate

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """An int in [0, n) from random() alone (exact only below 2**53)."""
        draw = self.random
        if n >= maxsize:
            from warnings import warn
            warn(_ERRORS["few bits"])
            return _floor(draw() * n)
        cutoff = (maxsize - maxsize % n) / maxsize
        while (value := draw()) >= cutoff:
            pass
        return _floor(value * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randrange(self, start, stop=None, step=1):
        """A random item of range(start, stop, step), without building the range."""
        low = _as_index(start)
        if stop is None:
            if step != 1:
                raise TypeError(_ERRORS["no stop"])
            if low <= 0:
                raise ValueError(_ERRORS["empty"])
            return self._randbelow(low)
        span = _as_index(stop) - low
        stride = _as_index(step)
        if stride == 1:
            if span <= 0:
                raise ValueError(f"empty range in randrange({start}, {stop})")
            return low + self._randbelow(span)
        if not stride:
            raise ValueError(_ERRORS["zero step"])
        # How many values the range holds (rounding away from zero in the step's direction).
        count = (span + stride + (-1 if stride > 0 else 1)) // stride
        if count <= 0:
            raise ValueError(f"empty range in randrange({start}, {stop}, {step})")
        return low + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # -- sequences --------------------------------------------------------------------------

    def choice(self, seq):
        """A random item of a non-empty sequence."""
        if not (size := len(seq)):
            raise IndexError(_ERRORS["empty choice"])
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffle the mutable sequence x in place (Fisher-Yates, from the end)."""
        below = self._randbelow
        for top in range(len(x) - 1, 0, -1):
            other = below(top + 1)
            x[top], x[other] = x[other], x[top]

    def sample(self, population, k, *, counts=None):
        """k distinct items of the population, in selection order (the population is left as
        it is). With counts, each item stands for that many copies of itself."""
        if not isinstance(population, _SequenceABC):
            raise TypeError(_ERRORS["not sequence"])
        size = len(population)
        if counts is not None:
            return _sample_with_counts(self, population, size, k, counts)
        if k < 0 or k > size:
            raise ValueError(_ERRORS["sample size"])
        picked = [None] * k
        # Small samples of large populations remember the indices taken; otherwise a copy of
        # the population is drawn from (the threshold keeps the set small).
        limit = 21 + (4 ** _ceil(_log(k * 3, 4)) if k > 5 else 0)
        if size <= limit:
            return _sample_from_copy(self._randbelow, population, size, picked)
        return _sample_by_index(self._randbelow, population, size, picked)

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k items of the population, with replacement, weighted by weights or by the running
        totals cum_weights (equally likely without either)."""
        draw = self.random
        size = len(population)
        if cum_weights is None and weights is None:
            scale = size + 0.0
            return [population[_floor(draw() * scale)] for _ in _times(None, k)]
        if cum_weights is None:
            try:
                cum_weights = list(_running_totals(weights))
            except TypeError:
                if isinstance(weights, int):
                    k = weights
                    raise TypeError(f"The number of choices must be a keyword argument: {k=}") from None
                raise
        elif weights is not None:
            raise TypeError(_ERRORS["both weights"])
        if len(cum_weights) != size:
            raise ValueError(_ERRORS["weight length"])
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError(_ERRORS["weight total"])
        if not _isfinite(total):
            raise ValueError(_ERRORS["weight inf"])
        last = size - 1
        return [population[_bisect_right(cum_weights, draw() * total, 0, last)] for _ in _times(None, k)]

    # -- real-valued distributions ----------------------------------------------------------

    def uniform(self, a, b):
        """A float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """The triangular distribution between low and high, peaking at mode (the middle by
        default)."""
        position = self.random()
        try:
            peak = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if position > peak:
            # Mirror the upper part onto the lower one.
            position, peak, low, high = 1.0 - position, 1.0 - peak, high, low
        return low + (high - low) * _sqrt(position * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """The normal distribution (thread-safe, unlike gauss)."""
        return mu + _standard_normal(self.random) * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """The normal distribution by the Box-Muller transform: each pair of draws makes two
        values, the second kept for the next call."""
        value, self.gauss_next = self.gauss_next, None
        if value is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            value = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + value * sigma

    def lognormvariate(self, mu, sigma):
        """The log-normal distribution: exp of a normal variate."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        """The exponential distribution with rate lambd."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """The von Mises distribution (circular), mean angle mu, concentration kappa."""
        return _von_mises(self.random, mu, kappa)

    def gammavariate(self, alpha, beta=1.0):
        """The gamma distribution with shape alpha and scale beta (both > 0)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError(_ERRORS["gamma args"])
        if alpha > 1.0:
            return _gamma_large_shape(self.random, alpha) * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        return _gamma_small_shape(self.random, alpha) * beta

    def betavariate(self, alpha, beta):
        """The beta distribution, from two gamma variates."""
        first = self.gammavariate(alpha, 1.0)
        if not first:
            return 0.0
        return first / (first + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """The Pareto distribution with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """The Weibull distribution with scale alpha and shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)

    # -- discrete distributions -------------------------------------------------------------

    def binomialvariate(self, n=1, p=0.5):
        """The number of successes in n independent trials of probability p."""
        if n < 0:
            raise ValueError(_ERRORS["binomial n"])
        if p >= 1.0 or p <= 0.0:
            if p == 0.0 or p == 1.0:
                return 0 if p == 0.0 else n
            raise ValueError(_ERRORS["binomial p"])
        if n == 1:
            return _as_index(self.random() < p)
        if p > 0.5:
            # Count the failures instead, so that p <= 0.5 below.
            return n - self.binomialvariate(n, 1.0 - p)
        if n * p < 10.0:
            return _binomial_geometric(self.random, n, p)
        return _binomial_btrs(self.random, n, p)


def _sample_with_counts(rng, population, size, k, counts):
    """sample() when each item stands for `counts` copies: a sample of the copies' indices,
    mapped back to the items."""
    totals = list(_running_totals(counts))
    if len(totals) != size:
        raise ValueError(_ERRORS["count length"])
    grand_total = totals.pop()
    if not isinstance(grand_total, int):
        raise TypeError(_ERRORS["count type"])
    if grand_total <= 0:
        raise ValueError(_ERRORS["count total"])
    positions = rng.sample(range(grand_total), k=k)
    return [population[_bisect_right(totals, position)] for position in positions]


def _sample_from_copy(below, population, size, picked):
    """Fills `picked` from a copy of the population; each pick's hole is filled by the last
    unpicked item."""
    pool = list(population)
    for taken in range(len(picked)):
        spot = below(size - taken)
        picked[taken] = pool[spot]
        pool[spot] = pool[size - taken - 1]
    return picked


def _sample_by_index(below, population, size, picked):
    """Fills `picked` by index, drawing again when an index was already taken."""
    seen = set()
    for slot in range(len(picked)):
        spot = below(size)
        while spot in seen:
            spot = below(size)
        seen.add(spot)
        picked[slot] = population[spot]
    return picked


class SystemRandom(Random):
    """Random numbers from the operating system (os.urandom): not reproducible, so seed()
    does nothing and there is no state to save."""

    def random(self):
        """A float in [0, 1) with 53 random bits."""
        return (int.from_bytes(_system_bytes(7), "big") >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """An int of k random bits."""
        if k < 0:
            raise ValueError(_ERRORS["bits"])
        whole_bytes = (k + 7) // 8
        return int.from_bytes(_system_bytes(whole_bytes), "big") >> (whole_bytes * 8 - k)

    def randbytes(self, n):
        """n random bytes."""
        return _system_bytes(n)

    def seed(self, *args, **kwds):
        """Does nothing: the system's entropy cannot be seeded."""

    def _no_state(self, *args, **kwds):
        raise NotImplementedError(_ERRORS["no state"])

    getstate = setstate = _no_state


_inst = Random()
globals().update({name: getattr(_inst, name) for name in _SHARED_METHODS})
