//! `gamma`, `lgamma`, `erf` and `erfc`.
//!
//! CPython computes the gamma functions itself rather than with the C library: a Lanczos
//! approximation (the 13-term one with g = 6.0246800407767296 that Boost also uses), exact
//! factorials for small integers, and the reflection formula for negative arguments. The same
//! method is followed here, so that results agree to the last bit.

use super::floats::float_result;
use super::{checked, one_float, MathError};
use crate::objects::function::Args;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

// The constants are written with all the digits of their published values; each rounds to the
// nearest double, as in C.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;

/// The numerator of the Lanczos rational function, lowest degree first.
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23_531_376_880.410_759_688_572_007_674_451_636_754_734_846_804_940,
    42_919_803_642.649_098_768_957_899_047_001_988_850_926_355_848_959,
    35_711_959_237.355_668_049_440_185_451_547_166_705_960_488_635_843,
    17_921_034_426.037_209_699_919_755_754_458_931_112_671_403_265_390,
    6_039_542_586.352_028_005_064_291_644_307_297_921_069_938_842_070_8,
    1_439_720_407.311_721_673_663_223_072_794_912_393_971_548_578_677_2,
    248_874_557.862_054_156_511_460_386_413_229_423_216_321_251_278_01,
    31_426_415.585_400_194_380_614_231_628_318_205_362_874_684_987_640,
    2_876_370.628_935_372_441_225_409_051_620_849_613_599_114_537_876_8,
    186_056.265_395_223_495_040_294_989_716_045_699_282_207_842_363_28,
    8_071.672_002_365_816_210_638_002_902_272_250_613_821_851_632_502_4,
    210.824_277_751_579_345_872_509_733_920_713_362_711_669_695_802_91,
    2.506_628_274_631_000_270_164_908_177_133_837_338_626_431_079_340_8,
];

/// The denominator: the coefficients of x(x+1)...(x+11), lowest degree first.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];

/// Gamma of the integers 1 to 23, exactly (they fit in a double).
const SMALL_FACTORIALS: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

const LOG_PI: f64 = 1.144_729_885_849_400_163_877_476_188_837_325_438_07;

/// The Lanczos sum for x > 0: the rational function evaluated by Horner's rule in x below 5,
/// in 1/x above (the two forms keep the rounding error small on each side).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)`, accurate for large x (the argument is reduced modulo 2 first).
fn sin_pi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i64 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// The gamma function.
pub(crate) fn tgamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(MathError::Domain);
    }
    if x == 0.0 {
        // A pole, with the sign of the zero.
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= SMALL_FACTORIALS.len() as f64 {
            return Ok(SMALL_FACTORIALS[x as usize - 1]);
        }
    }
    let ax = x.abs();
    if ax < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(MathError::Range) } else { Ok(r) };
    }
    if ax > 200.0 {
        // Overflow for large positive x; underflow to a signed zero for large negative x.
        if x < 0.0 {
            return Ok(0.0 / sin_pi(x));
        }
        return Err(MathError::Range);
    }
    let y = ax + LANCZOS_G_MINUS_HALF;
    // q = y - ax and z = q - (g - 1/2) with the smaller error of the two orders.
    let z = if ax > LANCZOS_G_MINUS_HALF {
        let q = y - ax;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - ax
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sin_pi(ax) / ax * y.exp() / lanczos_sum(ax);
        r -= z * r;
        if ax < 140.0 {
            r /= y.powf(ax - 0.5);
        } else {
            let half_power = y.powf(ax / 2.0 - 0.25);
            r /= half_power;
            r /= half_power;
        }
    } else {
        r = lanczos_sum(ax) / y.exp();
        r += z * r;
        if ax < 140.0 {
            r *= y.powf(ax - 0.5);
        } else {
            let half_power = y.powf(ax / 2.0 - 0.25);
            r *= half_power;
            r *= half_power;
        }
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

/// The natural logarithm of the absolute value of the gamma function.
pub(crate) fn log_gamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        // lgamma(nan) is nan, lgamma(+-inf) is +inf.
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(MathError::Domain);
        }
        return Ok(0.0);
    }
    let ax = x.abs();
    if ax < 1e-20 {
        return Ok(-ax.ln());
    }
    let mut r = lanczos_sum(ax).ln() - LANCZOS_G;
    r += (ax - 0.5) * ((ax + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sin_pi(ax).abs().ln() - ax.ln() - r;
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

pub(super) fn gamma(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let x = one_float(thread, &args, "gamma")?;
    float_result(tgamma(x))
}

pub(super) fn lgamma(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let x = one_float(thread, &args, "lgamma")?;
    float_result(log_gamma(x))
}

pub(super) fn erf(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let x = one_float(thread, &args, "erf")?;
    checked(x, libm::erf(x), false)
}

pub(super) fn erfc(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let x = one_float(thread, &args, "erfc")?;
    checked(x, libm::erfc(x), false)
}
