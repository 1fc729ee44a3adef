//! `int` beyond the immediate range: arbitrary precision with num-bigint, normalized back to
//! `Value::Int` whenever the result fits in an i64.

use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::{BigInt, BigUint};
use num_traits::ToPrimitive;

use crate::objects::exception::value_error;
use crate::objects::typeobj::types;
use crate::objects::{OwnedPayload, Payload};
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// `sys.get_int_max_str_digits()`: the most decimal digits int<->str conversions handle (0 for
/// no limit); CPython's default is 4300, and `-X int_max_str_digits` or
/// `PYTHONINTMAXSTRDIGITS` set it at start-up.
static MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_MAX_STR_DIGITS);

pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// The smallest limit other than 0 (`sys.int_info.str_digits_check_threshold`).
pub const STR_DIGITS_THRESHOLD: usize = 640;

pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(Ordering::Relaxed)
}

pub fn set_max_str_digits(limit: usize) {
    MAX_STR_DIGITS.store(limit, Ordering::Relaxed);
}

/// The ValueError of an int->str conversion past the limit (no digit count: it is not computed).
fn str_limit_error(limit: usize) -> crate::PyErr {
    value_error(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// The decimal digits of a magnitude, or CPython's ValueError when they pass the limit. Huge
/// values are refused from their bit length, before the (quadratic) conversion.
pub fn decimal_digits(magnitude: &BigUint) -> PyResult<String> {
    let limit = max_str_digits();
    let bits = magnitude.bits();
    // A value under 2**2100 has fewer than 640 digits: no check needed.
    if limit == 0 || bits < 2100 {
        return Ok(magnitude.to_string());
    }
    // The value has at least as many digits as 2**(bits - 1): floor((bits - 1) * log10(2)) + 1,
    // less one for the float's rounding (the exact count is checked below).
    if ((bits - 1) as f64 * std::f64::consts::LOG10_2) as u64 > limit as u64 + 1 {
        return Err(str_limit_error(limit));
    }
    let text = magnitude.to_string();
    if text.len() > limit {
        return Err(str_limit_error(limit));
    }
    Ok(text)
}

/// `str(int)` of a big int, within the digit limit.
pub fn big_to_decimal(big: &BigInt) -> PyResult<String> {
    let digits = decimal_digits(big.magnitude())?;
    Ok(if big.sign() == num_bigint::Sign::Minus { format!("-{digits}") } else { digits })
}

/// The ValueError of `int(text)` when `digits` passes the limit (bases that are not powers of
/// two only).
pub fn check_parse_limit(digits: usize) -> PyResult<()> {
    let limit = max_str_digits();
    if limit != 0 && digits > limit {
        return Err(value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// An int value: immediate when it fits.
pub fn int_from_big(big: BigInt) -> Value {
    match big.to_i64() {
        Some(small) => Value::Int(small),
        None => Value::Obj(ObjRef::new(types().int.clone(), None, OwnedPayload::Int(big))),
    }
}

/// The integer value of an int or bool (subclasses included), as a BigInt.
pub fn to_big(value: &Value) -> Option<BigInt> {
    match value {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(i64::from(*b))),
        Value::Obj(obj) => match obj.payload() {
            Payload::Int(big) => Some(big.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// Whether the value is an int (bool and subclasses included).
pub fn is_int(value: &Value) -> bool {
    match value {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(obj) => matches!(obj.payload(), Payload::Int(_)),
        _ => false,
    }
}

/// The value as an i64 when it is an int that fits.
pub fn to_i64(value: &Value) -> Option<i64> {
    match value {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(*b)),
        Value::Obj(obj) => match obj.payload() {
            Payload::Int(big) => big.to_i64(),
            _ => None,
        },
        _ => None,
    }
}

/// CPython's hash of an integer: the value modulo the Mersenne prime 2**61 - 1, keeping the
/// sign, with -1 mapped to -2.
pub const HASH_MODULUS: i64 = (1 << 61) - 1;

pub fn hash_i64(i: i64) -> i64 {
    let mut h = (i.unsigned_abs() % HASH_MODULUS as u64) as i64;
    if i < 0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_big(big: &BigInt) -> i64 {
    let modulus = BigInt::from(HASH_MODULUS);
    let magnitude = big.magnitude() % modulus.magnitude();
    let mut h = magnitude.to_i64().unwrap_or(0);
    if big.sign() == num_bigint::Sign::Minus {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}
