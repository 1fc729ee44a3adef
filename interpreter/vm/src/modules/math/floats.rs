//! Functions on the representation of floats: `frexp`, `ldexp`, `modf`, `fmod`, `remainder`,
//! `copysign`, `nextafter`, `ulp`, `pow`, the `is*` tests, and the exact rounding of
//! `m * 2**e` to a double that the other modules share.

use num_bigint::BigUint;
use num_traits::ToPrimitive;

use super::{domain_error, float_arg, one_float, range_error, two_floats};
use crate::modules::arguments::{exactly, no_keywords, parse, Signature};
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::int::is_int;
use crate::objects::tuple_of;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

// ---------------------------------------------------------------------------------------------
// Exact rounding

/// `2**k` as a double, for -1074 <= k <= 1023.
fn power_of_two(k: i64) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// The double nearest to `m * 2**e` (ties to even), overflowing to infinity. `sticky` says
/// that the true value is a little above `m * 2**e` (by less than `2**e`): it breaks ties.
pub(crate) fn compose(m: u64, e: i64, sticky: bool) -> f64 {
    if m == 0 {
        return 0.0;
    }
    // Put the top bit at bit 63, so that at least 11 bits fall below the last kept one.
    let shift_up = m.leading_zeros();
    let (m, e) = (m << shift_up, e.saturating_sub(i64::from(shift_up)));
    let top = e.saturating_add(64);
    if top > 1024 {
        return f64::INFINITY;
    }
    let ulp = (top - 53).max(-1074);
    let shift = ulp - e;
    let (kept, up) = if shift >= 65 {
        (0, false)
    } else if shift == 64 {
        let half = 1u64 << 63;
        (0, m > half || (m == half && sticky))
    } else {
        let kept = m >> shift;
        let rest = m & ((1u64 << shift) - 1);
        let half = 1u64 << (shift - 1);
        (kept, rest > half || (rest == half && (sticky || kept & 1 == 1)))
    };
    let kept = kept + u64::from(up);
    // `kept` fits the precision at `ulp` (2**53 at most), so the product is exact.
    (kept as f64) * power_of_two(ulp)
}

/// The double nearest to `big * 2**e` (see `compose`).
pub(crate) fn round_big(big: &BigUint, e: i64, sticky: bool) -> f64 {
    let bits = big.bits();
    if bits <= 64 {
        return compose(big.to_u64().unwrap_or(0), e, sticky);
    }
    let drop = bits - 64;
    let top = (big >> drop).to_u64().unwrap_or(u64::MAX);
    let dropped_nonzero = big.trailing_zeros().is_some_and(|zeros| zeros < drop);
    compose(top, e.saturating_add(drop as i64), sticky || dropped_nonzero)
}

/// A finite nonzero double as `(negative, m, e)` with `|x| = m * 2**e`, `m` an integer.
pub(crate) fn decompose(x: f64) -> (bool, u64, i64) {
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (negative, fraction, -1074)
    } else {
        (negative, fraction | (1u64 << 52), biased - 1075)
    }
}

/// C's `ldexp`: `x * 2**n`, rounded once.
pub(crate) fn ldexp(x: f64, n: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (negative, m, e) = decompose(x);
    // Beyond these bounds the result is 0 or infinity whatever x is.
    let scaled = compose(m, e + n.clamp(-5000, 5000), false);
    if negative {
        -scaled
    } else {
        scaled
    }
}

/// C's `frexp`: `(m, e)` with `x = m * 2**e` and `0.5 <= |m| < 1`; 0, inf and nan as they are.
pub(crate) fn split(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (negative, m, e) = decompose(x);
    let bits = 64 - i64::from(m.leading_zeros());
    let mantissa = compose(m, -bits, false);
    (if negative { -mantissa } else { mantissa }, e + bits)
}

// ---------------------------------------------------------------------------------------------
// The functions

pub(super) fn frexp(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let x = one_float(thread, &args, "frexp")?;
    let (m, e) = split(x);
    Ok(tuple_of([Value::Float(m), Value::Int(e)]))
}

/// `ldexp(x, i)`: `i` must be an int (no `__index__`), however large.
pub(super) fn ldexp_function(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "math.ldexp")?;
    let [x, i] = exactly("ldexp", &args)?;
    let x = float_arg(thread, x)?;
    if !is_int(i) {
        return Err(type_error("Expected an int as second argument to ldexp."));
    }
    let exponent = crate::objects::int::to_big(i).unwrap_or_default();
    let n = exponent.to_i64().unwrap_or(if exponent.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX });
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = ldexp(x, n);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

pub(super) fn modf(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let x = one_float(thread, &args, "modf")?;
    let (fraction, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        let whole = x.trunc();
        // The fraction keeps the sign of x, zero included (C's modf).
        ((x - whole).copysign(x), whole)
    };
    Ok(tuple_of([Value::Float(fraction), Value::Float(whole)]))
}

pub(super) fn fmod(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(thread, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y` (ties to even).
fn ieee_remainder(x: f64, y: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() || y == 0.0 {
        return f64::NAN;
    }
    if y.is_infinite() {
        return x;
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let complement = ay - m;
    let r = if m < complement {
        m
    } else if m > complement {
        -complement
    } else {
        // Exactly halfway: (ax - m) / ay is the quotient, and the even one wins.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    // A product, not copysign: a zero result takes the sign of x, a nonzero one keeps its own
    // sign relative to x.
    1.0f64.copysign(x) * r
}

pub(super) fn remainder(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(thread, &args, "remainder")?;
    let r = ieee_remainder(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

pub(super) fn copysign(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(thread, &args, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

/// `x ** y` with C99's special values and CPython's errors: a NaN out of finite inputs
/// (a negative base to a fractional power) and 0 to a negative power are domain errors, other
/// infinities out of finite inputs range errors.
pub(super) fn pow(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (x, y) = two_floats(thread, &args, "pow")?;
    if !x.is_finite() || !y.is_finite() {
        return Ok(Value::Float(special_pow(x, y)));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 { domain_error() } else { range_error() });
    }
    Ok(Value::Float(r))
}

/// `pow` when an argument is infinite or NaN (C99 Annex F).
fn special_pow(x: f64, y: f64) -> f64 {
    if x.is_nan() {
        return if y == 0.0 { 1.0 } else { x };
    }
    if y.is_nan() {
        return if x == 1.0 { 1.0 } else { y };
    }
    if x.is_infinite() {
        let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
        return if y > 0.0 {
            if odd_y {
                x
            } else {
                x.abs()
            }
        } else if y == 0.0 {
            1.0
        } else if odd_y {
            0.0f64.copysign(x)
        } else {
            0.0
        };
    }
    // y is infinite.
    if x.abs() == 1.0 {
        1.0
    } else if (y > 0.0) == (x.abs() > 1.0) {
        f64::INFINITY
    } else {
        0.0
    }
}

pub(super) fn isfinite(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(one_float(thread, &args, "isfinite")?.is_finite()))
}

pub(super) fn isinf(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(one_float(thread, &args, "isinf")?.is_infinite()))
}

pub(super) fn isnan(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(one_float(thread, &args, "isnan")?.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
pub(super) fn isclose(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let sig =
        Signature { name: "isclose", params: &["a", "b", "rel_tol", "abs_tol"], posonly: 0, maxpos: 2, required: 2 };
    let bound = parse(&sig, &args)?;
    let mut floats = [0.0, 0.0, 1e-9, 0.0];
    for (slot, value) in floats.iter_mut().zip(&bound) {
        if let Some(value) = value {
            *slot = float_arg(thread, value)?;
        }
    }
    let [a, b, rel_tol, abs_tol] = floats;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    let close = diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol;
    Ok(Value::Bool(close))
}

/// The neighbour of `x` one step towards `y` (C's `nextafter`).
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    // Moving away from zero increments the magnitude's bits, towards zero decrements them.
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

/// `nextafter(x, y, /, *, steps=None)`.
pub(super) fn nextafter(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let sig = Signature { name: "nextafter", params: &["x", "y", "steps"], posonly: 2, maxpos: 2, required: 2 };
    let bound = parse(&sig, &args)?;
    let x = float_arg(thread, bound[0].as_ref().unwrap_or(&Value::None))?;
    let y = float_arg(thread, bound[1].as_ref().unwrap_or(&Value::None))?;
    let steps = match &bound[2] {
        None | Some(Value::None) => return Ok(Value::Float(next_toward(x, y))),
        Some(steps) => crate::protocols::number::index_big(thread, steps)?,
    };
    if steps.sign() == num_bigint::Sign::Minus {
        return Err(value_error("steps must be a non-negative integer"));
    }
    Ok(Value::Float(step_toward(x, y, steps.to_u64().unwrap_or(u64::MAX))))
}

/// `x` moved `steps` representable values towards `y`, stopping at `y`. Doubles of one sign
/// are ordered like their bit patterns, so this is integer arithmetic on magnitudes.
fn step_toward(x: f64, y: f64, steps: u64) -> f64 {
    if steps == 0 {
        return x;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    let (bx, by) = (x.to_bits(), y.to_bits());
    if bx == by {
        return x;
    }
    const SIGN: u64 = 1 << 63;
    let (ax, ay) = (bx & !SIGN, by & !SIGN);
    if (bx ^ by) & SIGN != 0 {
        // Down through zero and up the other side.
        if ax + ay <= steps {
            y
        } else if ax < steps {
            f64::from_bits((by & SIGN) | (steps - ax))
        } else {
            f64::from_bits(bx - steps)
        }
    } else if ax > ay {
        if ax - ay >= steps {
            f64::from_bits(bx - steps)
        } else {
            y
        }
    } else if ay - ax >= steps {
        f64::from_bits(bx + steps)
    } else {
        y
    }
}

pub(super) fn ulp(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let x = one_float(thread, &args, "ulp")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let above = next_toward(x, f64::INFINITY);
    if above.is_infinite() {
        return Ok(Value::Float(x - next_toward(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(above - x))
}

/// A float result of an operation that reports errors as `errno` would.
pub(super) fn float_result(r: Result<f64, super::MathError>) -> PyResult<Value> {
    r.map(Value::Float).map_err(Into::into)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ldexp_rounds_once() {
        assert_eq!(ldexp(1.0, 3), 8.0);
        assert_eq!(ldexp(1.0, -1074), f64::from_bits(1));
        assert_eq!(ldexp(1.0, -1075), 0.0);
        assert_eq!(ldexp(1.5, -1075), f64::from_bits(1));
        assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
        assert_eq!(ldexp(-3.0, 2), -12.0);
        assert_eq!(ldexp(f64::from_bits(1), 1074), 1.0);
        // 0x1.8p-1074 is halfway between 1 and 2 ulps of the smallest subnormal: ties to even.
        assert_eq!(ldexp(3.0, -1075), f64::from_bits(2));
    }

    #[test]
    fn split_matches_frexp() {
        assert_eq!(split(8.0), (0.5, 4));
        assert_eq!(split(-0.75), (-0.75, 0));
        assert_eq!(split(f64::from_bits(1)), (0.5, -1073));
        assert_eq!(split(f64::MAX).1, 1024);
    }

    #[test]
    fn remainder_ties_to_even() {
        assert_eq!(ieee_remainder(5.0, 2.0), 1.0);
        assert_eq!(ieee_remainder(7.0, 2.0), -1.0);
        assert_eq!(ieee_remainder(-5.0, 2.0), -1.0);
        assert_eq!(ieee_remainder(3.0, 2.0), -1.0);
    }
}
