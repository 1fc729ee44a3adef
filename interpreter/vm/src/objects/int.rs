//! `int` beyond the immediate range: arbitrary precision with num-bigint, normalized back to
//! `Value::Int` whenever the result fits in an i64.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::objects::typeobj::types;
use crate::objects::Payload;
use crate::value::{ObjRef, Value};

/// An int value: immediate when it fits.
pub fn int_from_big(big: BigInt) -> Value {
    match big.to_i64() {
        Some(small) => Value::Int(small),
        None => Value::Obj(ObjRef::new(types().int.clone(), None, Payload::Int(big))),
    }
}

/// The integer value of an int or bool (subclasses included), as a BigInt.
pub fn to_big(value: &Value) -> Option<BigInt> {
    match value {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(i64::from(*b))),
        Value::Obj(obj) => match &obj.payload {
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
        Value::Obj(obj) => matches!(obj.payload, Payload::Int(_)),
        _ => false,
    }
}

/// The value as an i64 when it is an int that fits.
pub fn to_i64(value: &Value) -> Option<i64> {
    match value {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(i64::from(*b)),
        Value::Obj(obj) => match &obj.payload {
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
