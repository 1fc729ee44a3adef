"""Mathematical statistics of numeric data (the `statistics` module).

Averages (mean, fmean, geometric_mean, harmonic_mean, the medians, mode,
multimode, quantiles), measures of spread (variance, pvariance, stdev,
pstdev), relations between two variables (covariance, correlation,
linear_regression) and the NormalDist class.

The exact functions (mean, harmonic_mean, the variances and standard
deviations) accept ints, floats, Fractions and Decimals: they add the
values as exact fractions and convert the result back to the type of the
data, rounding once.  The `f`-style functions and the bivariate ones work
in floats.
"""

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
    'median_grouped', 'median_high', 'median_low', 'mode', 'multimode',
    'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]

import math
import numbers
import random

from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from decimal import Decimal
from fractions import Fraction
from functools import reduce
from itertools import count, groupby, repeat
from math import erf, exp, fabs, fsum, hypot, log, sqrt, sumprod, tau
from operator import itemgetter

_SQRT2 = sqrt(2.0)


class StatisticsError(ValueError):
    pass


# ---------------------------------------------------------------------------
# Exact arithmetic on mixed numeric types

def _isfinite(x):
    if isinstance(x, Decimal):
        return x.is_finite()
    return math.isfinite(x)


def _exact_ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for an infinity or
    a NaN, which have no ratio."""
    if hasattr(x, 'as_integer_ratio'):
        try:
            return x.as_integer_ratio()
        except (OverflowError, ValueError):
            assert not _isfinite(x)
            return (x, None)
    # Other Rationals (numbers.Integral and friends) have the two attributes.
    if hasattr(x, 'numerator') and hasattr(x, 'denominator'):
        return (x.numerator, x.denominator)
    raise TypeError("can't convert type '%s' to numerator/denominator"
                    % type(x).__name__)


def _coerce(T, S):
    """The type a result should have when the data mixes types T and S:
    ints give way to anything, a subclass wins over its base, and floats win
    over Fractions.  Other mixtures (Decimal with float or Fraction) fail."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    for frac, flt in ((T, S), (S, T)):
        if issubclass(frac, Fraction) and issubclass(flt, float):
            return flt
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _sum(data):
    """Add the data exactly: return (result type, total, count).

    The total is a Fraction, or the infinity/NaN of the data when there is
    one.  Numerators are accumulated per denominator, so that the data's
    common denominators (all floats of similar size share a power of two)
    cost no Fraction arithmetic."""
    by_denominator = {}
    types = set()
    n = 0
    for typ, run in groupby(data, type):
        types.add(typ)
        for num, den in map(_exact_ratio, run):
            n += 1
            by_denominator[den] = by_denominator.get(den, 0) + num
    if None in by_denominator:
        # An infinity or NaN swamps every finite value.
        total = by_denominator[None]
        assert not _isfinite(total)
    else:
        total = sum(Fraction(num, den) for den, num in by_denominator.items())
    return (reduce(_coerce, types, int), total, n)


def _convert(value, T):
    """The exact `value` (a Fraction, usually) converted to type T."""
    if type(value) is T:
        return value
    if issubclass(T, int) and value.denominator != 1:
        # The mean of ints need not be an int.
        T = float
    try:
        return T(value)
    except TypeError:
        if issubclass(T, Decimal):
            # Decimal refuses Fractions: divide in the current context.
            return T(value.numerator) / T(value.denominator)
        raise


def _fail_neg(values, errmsg='negative value'):
    """Pass the values through, raising StatisticsError on a negative one."""
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _ss(data, c=None):
    """Sum of squared deviations: return (type, ss, centre, count).

    With no centre c, the mean is used, and ss is computed exactly as
    (n * sum(x*x) - sum(x)**2) / n on fractions."""
    if c is not None:
        T, total, n = _sum((x - c) * (x - c) for x in data)
        return (T, total, c, n)
    types = set()
    sums = {}       # denominator -> [sum of numerators, sum of their squares]
    n = 0
    for typ, run in groupby(data, type):
        types.add(typ)
        for num, den in map(_exact_ratio, run):
            n += 1
            entry = sums.setdefault(den, [0, 0])
            entry[0] += num
            entry[1] += num * num
    if not n:
        ss = centre = Fraction(0)
    elif None in sums:
        ss = centre = sums[None][0]
        assert not _isfinite(ss)
    else:
        sx = sum(Fraction(s, den) for den, (s, _) in sums.items())
        sxx = sum(Fraction(s2, den * den) for den, (_, s2) in sums.items())
        ss = (n * sxx - sx * sx) / n
        centre = sx / n
    return (reduce(_coerce, types, int), ss, centre, n)


# Correctly rounded square roots of exact fractions.

# Bits kept in the integer square root before the final rounding to a float:
# 53 significant bits and enough guard bits for round-to-odd.
_ROOT_BITS = 58


def _integer_sqrt_of_frac_rto(n, m):
    """sqrt(n / m) rounded to an integer by round-to-odd: the floor of the
    root, with its last bit set when the root is not an exact integer."""
    root = math.isqrt(n // m)
    if root * root * m != n:
        root |= 1
    return root


def _float_sqrt_of_frac(n, m):
    """sqrt(n / m) as a correctly rounded float (n >= 0, m > 0)."""
    # Scale by 4**k so that the integer root has about _ROOT_BITS bits,
    # rounded to odd: converting that to a float then rounds exactly as
    # rounding the true root would.
    k = (n.bit_length() - m.bit_length()) // 2 - _ROOT_BITS
    if k >= 0:
        root = _integer_sqrt_of_frac_rto(n, m << (2 * k))
    else:
        root = _integer_sqrt_of_frac_rto(n << (-2 * k), m)
    if k >= 0:
        return float(root << k)
    return root / (1 << -k)


def _decimal_sqrt_of_frac(n, m):
    """sqrt(n / m) as a Decimal, correctly rounded in the current context."""
    if n == 0:
        return Decimal('0.0')
    if n < 0:
        n, m = -n, -m
    target = Fraction(n, m)
    root = (Decimal(n) / Decimal(m)).sqrt()
    # Decimal's sqrt of the rounded quotient may be one step off: move to a
    # neighbour when the target lies beyond the midpoint towards it.
    exact_root = Fraction(root)
    above = root.next_plus()
    middle = (exact_root + Fraction(above)) / 2
    if target > middle * middle:
        return above
    below = root.next_minus()
    middle = (exact_root + Fraction(below)) / 2
    if target < middle * middle:
        return below
    return root


# ---------------------------------------------------------------------------
# Averages

def mean(data):
    """The arithmetic mean of the data, exactly rounded to the data's type.

    >>> mean([1, 2, 4, 5])
    3
    """
    T, total, n = _sum(data)
    if not n:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The (optionally weighted) arithmetic mean, computed in floats.

    >>> fmean([1, 2, 4, 5], weights=[3, 1, 0, 0])
    1.25
    """
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    if not isinstance(weights, (list, tuple)):
        weights = list(weights)
    try:
        weighted = sumprod(data, weights)
    except ValueError:
        raise StatisticsError('data and weights must be the same length')
    total_weight = fsum(weights)
    if not total_weight:
        raise StatisticsError('sum of weights must be non-zero')
    return weighted / total_weight


def geometric_mean(data):
    """The geometric mean (the n-th root of the product), as a float.

    >>> round(geometric_mean([2, 8]), 12)
    4.0
    """
    # exp of the mean of the logarithms; log() refuses zeros and negatives
    # and fmean() empty data, both with ValueErrors.
    try:
        mean_log = fmean(map(log, data))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None
    return exp(mean_log)


def harmonic_mean(data, weights=None):
    """The (optionally weighted) harmonic mean: the reciprocal of the mean
    of the reciprocals.  Negative values are refused; a zero gives 0.

    >>> harmonic_mean([40, 60])
    48.0
    """
    if iter(data) is data:
        data = list(data)
    negative = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        only = data[0]
        if not isinstance(only, (numbers.Real, Decimal)):
            raise TypeError('unsupported type')
        if only < 0:
            raise StatisticsError(negative)
        return only
    if weights is None:
        weights = repeat(1, n)
        total_weight = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        # Weights pair with values, so there must be as many.
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        total_weight = _sum(_fail_neg(weights, negative))[1]
    try:
        T, reciprocals, _ = _sum(w / x if w else 0
                                 for w, x in zip(weights, _fail_neg(data, negative)))
    except ZeroDivisionError:
        return 0
    if reciprocals <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(total_weight / reciprocals, T)


def median(data):
    """The middle value, or the mean of the two middle values.

    >>> median([7, 1, 5, 3])
    4.0
    """
    ordered = sorted(data)
    n = len(ordered)
    if not n:
        raise StatisticsError('no median for empty data')
    half = n // 2
    if n % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """The middle value, or the smaller of the two middle values."""
    ordered = sorted(data)
    n = len(ordered)
    if not n:
        raise StatisticsError('no median for empty data')
    return ordered[(n - 1) // 2]


def median_high(data):
    """The middle value, or the larger of the two middle values."""
    ordered = sorted(data)
    n = len(ordered)
    if not n:
        raise StatisticsError('no median for empty data')
    return ordered[n // 2]


def median_grouped(data, interval=1.0):
    """The median of data grouped in classes of width `interval` centred on
    the values, interpolated inside the class holding the middle value.

    >>> median_grouped([52, 52, 53, 54])
    52.5
    """
    ordered = sorted(data)
    n = len(ordered)
    if not n:
        raise StatisticsError('no median for empty data')
    middle = ordered[n // 2]
    # The run of values equal to the middle one: ordered[below:upto].
    below = bisect_left(ordered, middle)
    upto = bisect_right(ordered, middle, lo=below)
    try:
        interval = float(interval)
        middle = float(middle)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = middle - interval / 2.0
    return lower_limit + interval * (n / 2 - below) / (upto - below)


def mode(data):
    """The most common value (the first met, among equally common ones).

    >>> mode(['red', 'blue', 'blue', 'red', 'green', 'red'])
    'red'
    """
    ranking = Counter(iter(data)).most_common(1)
    if not ranking:
        raise StatisticsError('no mode for empty data')
    return ranking[0][0]


def multimode(data):
    """Every most common value, in the order they first appear.

    >>> multimode('aabbbbccddddeeffffgg')
    ['b', 'd', 'f']
    """
    tally = Counter(iter(data))
    if not tally:
        return []
    top = max(tally.values())
    return [value for value, times in tally.items() if times == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing the data into n intervals of equal
    probability, interpolated linearly.

    'exclusive' treats the data as a sample (the cut points may lie outside
    its range); 'inclusive' as the whole population (its minimum and maximum
    are the 0th and 100th percentiles).

    >>> quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4)
    [2.25, 4.5, 6.75]
    """
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        span = size - 1
        cuts = []
        for i in range(1, n):
            j, delta = divmod(i * span, n)
            cuts.append((ordered[j] * (n - delta) + ordered[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        cuts = []
        for i in range(1, n):
            # Clamp to the data: outer cut points reuse the extreme pair.
            j = min(max(i * span // n, 1), size - 1)
            delta = i * span - j * n
            cuts.append((ordered[j - 1] * (n - delta) + ordered[j] * delta) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


# ---------------------------------------------------------------------------
# Spread

def variance(data, xbar=None):
    """The sample variance (divided by n - 1).  `xbar`, if given, is used as
    the mean instead of computing it.

    >>> variance([1, 2, 3, 4])
    1.6666666666666667
    """
    T, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """The population variance (divided by n).  `mu`, if given, is used as
    the mean instead of computing it.

    >>> pvariance([1, 3])
    1
    """
    T, ss, _, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def _root_of(T, square):
    """The correctly rounded square root of the exact `square`, as a
    Decimal for Decimal data and as a float otherwise."""
    if issubclass(T, Decimal):
        return _decimal_sqrt_of_frac(square.numerator, square.denominator)
    return _float_sqrt_of_frac(square.numerator, square.denominator)


def stdev(data, xbar=None):
    """The sample standard deviation: the square root of variance().

    >>> stdev([1, 2, 3, 4])
    1.2909944487358056
    """
    T, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root_of(T, ss / (n - 1))


def pstdev(data, mu=None):
    """The population standard deviation: the square root of pvariance().

    >>> pstdev([1, 3])
    1.0
    """
    T, ss, _, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root_of(T, ss / n)


def _mean_stdev(data):
    """(mean, sample standard deviation) of the data, as floats."""
    T, ss, centre, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    square = ss / (n - 1)
    try:
        return float(centre), _float_sqrt_of_frac(square.numerator,
                                                  square.denominator)
    except AttributeError:
        # An infinity or NaN in the data: let it show in the result.
        return float(centre), float(centre) / float(ss)


# ---------------------------------------------------------------------------
# Two variables

def _check_pair(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same '
                              'number of data points' % what)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % what)
    return n


def _centred(values, n):
    """The values minus their mean, as floats."""
    centre = fsum(values) / n
    return [v - centre for v in values]


def _rank(data, *, key=None, reverse=False, ties='average', start=1):
    """The rank of each value (1 for the smallest by default; `start` sets
    the first rank).  Tied values share the mean of their ranks."""
    if ties != 'average':
        raise ValueError('Unknown tie resolution method: %r' % (ties,))
    if key is not None:
        data = map(key, data)
    ordered = sorted(zip(data, count()), reverse=reverse)
    ranks = [0] * len(ordered)
    position = start - 1   # ranks given so far, offset by start
    for _, tied in groupby(ordered, key=itemgetter(0)):
        tied = list(tied)
        shared = position + (len(tied) + 1) / 2
        for _, index in tied:
            ranks[index] = shared
        position += len(tied)
    return ranks


def covariance(x, y, /):
    """The sample covariance of two equally long inputs.

    >>> covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3])
    0.75
    """
    n = _check_pair(x, y, 'covariance')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    products = sumprod((xi - xbar for xi in x), (yi - ybar for yi in y))
    return products / (n - 1)


def correlation(x, y, /, *, method='linear'):
    """Pearson's correlation coefficient of two inputs, between -1 and +1;
    with method='ranked', Spearman's (the Pearson coefficient of the ranks).

    >>> correlation([1, 2, 3, 4, 5], [2, 4, 6, 8, 10])
    1.0
    """
    n = _check_pair(x, y, 'correlation')
    if method not in ('linear', 'ranked'):
        raise ValueError('Unknown method: %r' % (method,))
    if method == 'ranked':
        # Ranks centred on zero need no mean subtracted.
        first = (n - 1) / -2
        x = _rank(x, start=first)
        y = _rank(y, start=first)
    else:
        x = _centred(x, n)
        y = _centred(y, n)
    spread = sqrt(sumprod(x, x) * sumprod(y, y))
    if not spread:
        raise StatisticsError('at least one of the inputs is constant')
    return sumprod(x, y) / spread


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """The slope and intercept of the least-squares line through the points
    (x[i], y[i]).  With proportional=True the line passes through the
    origin (the intercept is 0.0).

    >>> linear_regression([1, 2, 3], [3, 5, 7])
    LinearRegression(slope=2.0, intercept=1.0)
    """
    n = _check_pair(x, y, 'linear regression')
    if not proportional:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        x = [xi - xbar for xi in x]
        y = (yi - ybar for yi in y)
    sxx = sumprod(x, x)
    if not sxx:
        raise StatisticsError('x is constant')
    slope = (sumprod(x, y) + 0.0) / sxx    # a float even for integer data
    if proportional:
        return LinearRegression(slope=slope, intercept=0.0)
    return LinearRegression(slope=slope, intercept=ybar - slope * xbar)


# ---------------------------------------------------------------------------
# The normal distribution

# Wichura's algorithm AS 241 (PPND16, Applied Statistics 37, 1988): rational
# approximations of the inverse of the standard normal CDF, accurate to about
# 1e-16.  Coefficients run from the highest power down.
_CENTRAL_NUM = (2.5090809287301226727e+3, 3.3430575583588128105e+4,
                6.7265770927008700853e+4, 4.5921953931549871457e+4,
                1.3731693765509461125e+4, 1.9715909503065514427e+3,
                1.3314166789178437745e+2, 3.3871328727963666080e+0)
_CENTRAL_DEN = (5.2264952788528545610e+3, 2.8729085735721942674e+4,
                3.9307895800092710610e+4, 2.1213794301586595867e+4,
                5.3941960214247511077e+3, 6.8718700749205790830e+2,
                4.2313330701600911252e+1, 1.0)
_NEAR_TAIL_NUM = (7.74545014278341407640e-4, 2.27238449892691845833e-2,
                  2.41780725177450611770e-1, 1.27045825245236838258e+0,
                  3.64784832476320460504e+0, 5.76949722146069140550e+0,
                  4.63033784615654529590e+0, 1.42343711074968357734e+0)
_NEAR_TAIL_DEN = (1.05075007164441684324e-9, 5.47593808499534494600e-4,
                  1.51986665636164571966e-2, 1.48103976427480074590e-1,
                  6.89767334985100004550e-1, 1.67638483018380384940e+0,
                  2.05319162663775882187e+0, 1.0)
_FAR_TAIL_NUM = (2.01033439929228813265e-7, 2.71155556874348757815e-5,
                 1.24266094738807843860e-3, 2.65321895265761230930e-2,
                 2.96560571828504891230e-1, 1.78482653991729133580e+0,
                 5.46378491116411436990e+0, 6.65790464350110377720e+0)
_FAR_TAIL_DEN = (2.04426310338993978564e-15, 1.42151175831644588870e-7,
                 1.84631831751005468180e-5, 7.86869131145613259100e-4,
                 1.48753612908506148525e-2, 1.36929880922735805310e-1,
                 5.99832206555887937690e-1, 1.0)


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _normal_dist_inv_cdf(p, mu, sigma):
    """The value below which a normal variable falls with probability p."""
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        z = (_horner(_CENTRAL_NUM, r) * q) / _horner(_CENTRAL_DEN, r)
        return mu + (z * sigma)
    # In the tails, work with the smaller of p and 1 - p.
    r = sqrt(-log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r -= 1.6
        z = _horner(_NEAR_TAIL_NUM, r) / _horner(_NEAR_TAIL_DEN, r)
    else:
        r -= 5.0
        z = _horner(_FAR_TAIL_NUM, r) / _horner(_FAR_TAIL_DEN, r)
    if q < 0.0:
        z = -z
    return mu + (z * sigma)


class NormalDist:
    "Normal distribution of a random variable"

    __slots__ = {'_mu': 'Arithmetic mean of a normal distribution',
                 '_sigma': 'Standard deviation of a normal distribution'}

    def __init__(self, mu=0.0, sigma=1.0):
        """A normal distribution of mean `mu` and standard deviation
        `sigma` (which must not be negative)."""
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The normal distribution whose mean and standard deviation are
        those of the sample `data` (at least two values)."""
        return cls(*_mean_stdev(data))

    def samples(self, n, *, seed=None):
        """`n` random values drawn from the distribution; a `seed` makes
        them reproducible."""
        draw = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [draw(mu, sigma) for _ in repeat(None, n)]

    def pdf(self, x):
        """The probability density at x."""
        variance = self._sigma ** 2.0
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        offset = x - self._mu
        return exp(offset * offset / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        """The probability that the variable is at most x."""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function: the x with
        P(X <= x) = p, for 0 < p < 1 (the quantile function)."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n intervals
        of equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The overlapping coefficient of two normal distributions: the
        area shared by their density curves, between 0.0 and 1.0."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        # Order the pair so that the narrower (then the lower) one is first.
        X, Y = sorted((self, other), key=lambda d: (d._sigma, d._mu))
        x_var, y_var = X.variance, Y.variance
        if not x_var or not y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = y_var - x_var
        dm = fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * X._sigma * _SQRT2))
        # The densities cross at two points; the shared area is what lies
        # outside the differences of the CDFs there.
        a = X._mu * y_var - Y._mu * x_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(y_var / x_var))
        gap = 0.0
        for crossing in ((a + b) / dv, (a - b) / dv):
            gap += fabs(Y.cdf(crossing) - X.cdf(crossing))
        return 1.0 - gap

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        sigma = self._sigma
        if not sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / sigma

    mean = property(lambda self: self._mu, doc="""The mean (mu).""")
    median = property(lambda self: self._mu,
                      doc="""The median, which is the mean.""")
    mode = property(lambda self: self._mu,
                    doc="""The mode (where the density peaks), the mean.""")
    stdev = property(lambda self: self._sigma,
                     doc="""The standard deviation (sigma).""")
    variance = property(lambda self: self._sigma ** 2.0,
                        doc="""The variance, sigma squared.""")

    # Arithmetic: shifting and scaling by constants, and adding or
    # subtracting independent normal variables (their variances add).

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu,
                              hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu,
                              hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __mul__(self, other):
        return NormalDist(self._mu * other, self._sigma * fabs(other))

    def __truediv__(self, other):
        return NormalDist(self._mu / other, self._sigma / fabs(other))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    __radd__ = __add__
    __rmul__ = __mul__

    def __rsub__(self, other):
        # other - X is -(X - other)
        return -(self - other)

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu,
                                        self._sigma)

    # Pickles hold the pair (mu, sigma).
    def __getstate__(self):
        return (self._mu, self._sigma)

    def __setstate__(self, state):
        self._mu, self._sigma = state
