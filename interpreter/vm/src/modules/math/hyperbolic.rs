//! The inverse hyperbolic functions. std computes them with formulas of its own, which differ
//! from the C library's in the last bits; these are the C library's formulas (as musl and
//! glibc write them), over the same `log`, `log1p` and `sqrt`, one form per range of |x|
//! chosen to avoid cancellation.

const LN_2: f64 = std::f64::consts::LN_2;

/// The binary exponent of |x| (1023 for 1 <= |x| < 2), from the bits.
fn biased_exponent(x: f64) -> u64 {
    (x.to_bits() >> 52) & 0x7ff
}

pub(super) fn acosh(x: f64) -> f64 {
    // Below 1 the argument of log1p is below -1 or the square root's is negative: NaN.
    if x < 2.0 {
        let t = x - 1.0;
        return (t + (t * t + 2.0 * t).sqrt()).ln_1p();
    }
    if biased_exponent(x) < 1023 + 26 {
        return (2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt())).ln();
    }
    x.ln() + LN_2
}

pub(super) fn asinh(x: f64) -> f64 {
    let a = x.abs();
    let e = biased_exponent(a);
    let r = if e >= 1023 + 26 {
        a.ln() + LN_2
    } else if e > 1023 {
        (2.0 * a + 1.0 / ((a * a + 1.0).sqrt() + a)).ln()
    } else if e >= 1023 - 26 {
        (a + a * a / ((a * a + 1.0).sqrt() + 1.0)).ln_1p()
    } else {
        a
    };
    r.copysign(x)
}

pub(super) fn atanh(x: f64) -> f64 {
    let a = x.abs();
    let e = biased_exponent(a);
    let r = if e < 1023 - 1 {
        if e < 1023 - 32 {
            a
        } else {
            0.5 * (2.0 * a + 2.0 * a * a / (1.0 - a)).ln_1p()
        }
    } else {
        0.5 * (2.0 * (a / (1.0 - a))).ln_1p()
    };
    r.copysign(x)
}
