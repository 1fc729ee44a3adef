"""Conversions between color systems.

Converts colors between RGB (red, green, blue) and three other coordinate systems:
YIQ (luminance and chrominance, used by NTSC television), HLS (hue, lightness,
saturation) and HSV (hue, saturation, value). Every coordinate is a float between 0 and 1,
except that I and Q of YIQ may be negative.
"""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


# YIQ: the NTSC 1953 weights (Y is the luminance, I and Q the chrominance).

def rgb_to_yiq(r, g, b):
    luma = 0.30*r + 0.59*g + 0.11*b
    red_diff, blue_diff = r - luma, b - luma
    return (luma,
            0.74*red_diff - 0.27*blue_diff,
            0.48*red_diff + 0.41*blue_diff)


def _unit(x):
    """x clamped into [0, 1] (a NaN stays a NaN)."""
    return min(max(x, 0.0), 1.0)


def yiq_to_rgb(y, i, q):
    # The coefficients invert the matrix of rgb_to_yiq; out-of-gamut results are clamped.
    return (_unit(y + 0.9468822170900693*i + 0.6235565819861433*q),
            _unit(y - 0.27478764629897834*i - 0.6356910791873801*q),
            _unit(y - 1.1085450346420322*i + 1.7090069284064666*q))


def _hue(r, g, b, high, spread):
    """The hue in [0, 1) of a color whose largest component is high and whose components
    span spread (> 0): which sixth of the color wheel it lies in, from which component is
    the largest, then where in that sixth."""
    r_dist = (high - r) / spread
    g_dist = (high - g) / spread
    b_dist = (high - b) / spread
    if r == high:
        sixths = b_dist - g_dist
    elif g == high:
        sixths = 2.0 + r_dist - b_dist
    else:
        sixths = 4.0 + g_dist - r_dist
    return (sixths / 6.0) % 1.0


# HLS: hue, lightness (the mean of the largest and smallest component), saturation.

def rgb_to_hls(r, g, b):
    high = max(r, g, b)
    low = min(r, g, b)
    total = high + low
    spread = high - low
    lightness = total / 2.0
    if high == low:
        return 0.0, lightness, 0.0
    if lightness <= 0.5:
        saturation = spread / total
    else:
        saturation = spread / (2.0 - high - low)
    return _hue(r, g, b, high, spread), lightness, saturation


def _hls_component(low, high, hue):
    """One RGB component of an HLS color: the piecewise-linear wave over the hue circle
    that is at low or high, ramping between them over a sixth of the circle."""
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return low + (high - low)*hue*6.0
    if hue < 0.5:
        return high
    if hue < TWO_THIRD:
        return low + (high - low)*(TWO_THIRD - hue)*6.0
    return low


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    high = l * (1.0 + s) if l <= 0.5 else l + s - (l*s)
    low = 2.0*l - high
    return (_hls_component(low, high, h + ONE_THIRD),
            _hls_component(low, high, h),
            _hls_component(low, high, h - ONE_THIRD))


# HSV: hue, saturation, value (the largest component).

def rgb_to_hsv(r, g, b):
    high = max(r, g, b)
    low = min(r, g, b)
    spread = high - low
    if high == low:
        return 0.0, 0.0, high
    return _hue(r, g, b, high, spread), spread / high, high


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    sector = int(h*6.0)
    fraction = (h*6.0) - sector
    # The three levels a component can take besides v: the floor, then falling and
    # rising ramps across the sector.
    floor = v*(1.0 - s)
    falling = v*(1.0 - s*fraction)
    rising = v*(1.0 - s*(1.0 - fraction))
    return ((v, rising, floor),
            (falling, v, floor),
            (floor, v, rising),
            (floor, falling, v),
            (rising, floor, v),
            (v, floor, falling))[sector % 6]
