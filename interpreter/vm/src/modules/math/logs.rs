//! `log`, `log2` and `log10`. Ints too large for a double still have a logarithm: from the
//! int's `m * 2**e` form, `log(m) + e * log(2)`.

use num_bigint::Sign;

use super::floats::round_big;
use super::{checked, domain_error, float_arg};
use crate::modules::arguments::{between, no_keywords};
use crate::objects::exception::zero_division_error;
use crate::objects::function::Args;
use crate::objects::int::{is_int, to_big};
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

/// `f(value)` for a logarithm `f`, ints of any size included.
fn log_of(thread: &mut Thread, value: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if is_int(value) {
        let big = to_big(value).unwrap_or_default();
        if big.sign() != Sign::Plus {
            return Err(domain_error());
        }
        if let Ok(x) = super::big_to_f64(&big) {
            return Ok(f(x));
        }
        // x = m * 2**e with 0.5 <= m < 1, m rounded to the nearest double.
        let bits = big.bits() as i64;
        let m = round_big(big.magnitude(), -bits, false);
        let (m, e) = if m == 1.0 { (0.5, bits + 1) } else { (m, bits) };
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = float_arg(thread, value)?;
    match checked(x, f(x), false)? {
        Value::Float(r) => Ok(r),
        _ => Err(domain_error()),
    }
}

/// `log(x[, base])`.
pub(super) fn log(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "math.log")?;
    let pos = between("log", &args, 1, 2)?;
    let num = log_of(thread, &pos[0], f64::ln)?;
    let Some(base) = pos.get(1) else { return Ok(Value::Float(num)) };
    let den = log_of(thread, base, f64::ln)?;
    if den == 0.0 {
        return Err(zero_division_error("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

pub(super) fn log2(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = crate::modules::arguments::single("math.log2", &args)?;
    Ok(Value::Float(log_of(thread, value, f64::log2)?))
}

pub(super) fn log10(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = crate::modules::arguments::single("math.log10", &args)?;
    Ok(Value::Float(log_of(thread, value, f64::log10)?))
}
