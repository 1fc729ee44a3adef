//! Sums and norms: `fsum` (exact), `prod`, `sumprod` (extended precision for floats), and
//! `hypot`/`dist` (correctly rounded).

use num_bigint::BigUint;
use num_traits::Zero;

use super::float_arg;
use super::floats::{decompose, round_big};
use crate::modules::arguments::{exactly, no_keywords, parse, Signature};
use crate::objects::exception::{overflow_error, value_error};
use crate::objects::function::Args;
use crate::objects::typeobj::{class_of, types};
use crate::objects::{as_tuple, Payload};
use crate::protocols::iter::{get_iter, next};
use crate::protocols::number::binary_op;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;
use ferrython_bytecode::BinaryOp;

// ---------------------------------------------------------------------------------------------
// fsum

/// `fsum(iterable)`: the exactly rounded sum. The running sum is kept as a list of
/// non-overlapping partial sums (Shewchuk's method); infinities and NaNs are summed apart.
pub(super) fn fsum(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let iterable = crate::modules::arguments::single("math.fsum", &args)?;
    let iter = get_iter(thread, iterable)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = next(thread, &iter)? {
        let original = float_arg(thread, &item)?;
        let mut x = original;
        let mut kept = 0;
        for i in 0..partials.len() {
            let mut y = partials[i];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // A non-finite sum of finite values is an overflow; otherwise the special
                // values are summed by themselves, and the partials no longer matter.
                if original.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if original.is_infinite() {
                    inf_sum += original;
                }
                special_sum += original;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    Ok(Value::Float(round_partials(&partials)))
}

/// The sum of non-overlapping partials (smallest first), correctly rounded: add from the top
/// until the sum is inexact, then settle a halfway case by the sign of what lies below.
fn round_partials(partials: &[f64]) -> f64 {
    let Some((&top, rest)) = partials.split_last() else { return 0.0 };
    let mut hi = top;
    let mut lo = 0.0;
    let mut below = rest.len();
    while below > 0 {
        below -= 1;
        let x = hi;
        let y = rest[below];
        hi = x + y;
        let y_rounded = hi - x;
        lo = y - y_rounded;
        if lo != 0.0 {
            break;
        }
    }
    if below > 0 && ((lo < 0.0 && rest[below - 1] < 0.0) || (lo > 0.0 && rest[below - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    hi
}

// ---------------------------------------------------------------------------------------------
// prod and sumprod

/// `prod(iterable, /, *, start=1)`.
pub(super) fn prod(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let sig = Signature { name: "prod", params: &["iterable", "start"], posonly: 1, maxpos: 1, required: 1 };
    let bound = parse(&sig, &args)?;
    let iter = get_iter(thread, bound[0].as_ref().unwrap_or(&Value::None))?;
    let mut result = bound[1].clone().unwrap_or(Value::Int(1));
    while let Some(item) = next(thread, &iter)? {
        result = binary_op(thread, result, item, BinaryOp::Multiply)?;
    }
    Ok(result)
}

/// A number as the sum of three doubles, for `sumprod`'s float path.
#[derive(Clone, Copy, Default)]
struct Triple {
    hi: f64,
    lo: f64,
    tiny: f64,
}

/// `a + b` as a double and the rounding error of that sum, exactly.
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let sum = a + b;
    let b_part = sum - a;
    (sum, (a - (sum - b_part)) + (b - b_part))
}

/// `a * b` as a double and the rounding error of that product, exactly.
fn two_product(a: f64, b: f64) -> (f64, f64) {
    let product = a * b;
    (product, a.mul_add(b, -product))
}

impl Triple {
    /// `self + x * y`, keeping three doubles of precision.
    fn add_product(self, x: f64, y: f64) -> Triple {
        let (p_hi, p_lo) = two_product(x, y);
        let (s_hi, s_lo) = two_sum(self.hi, p_hi);
        let (r1_hi, r1_lo) = two_sum(self.lo, p_lo);
        let (r2_hi, r2_lo) = two_sum(r1_hi, s_lo);
        Triple { hi: s_hi, lo: r2_hi, tiny: self.tiny + r1_lo + r2_lo }
    }

    fn to_f64(self) -> f64 {
        let (last_hi, last_lo) = two_sum(self.lo, self.hi);
        self.tiny + last_lo + last_hi
    }
}

/// An exact int (or bool) as a double, for the float path; None when it does not convert.
fn int_as_double(value: &Value) -> Option<f64> {
    match value {
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        Value::Obj(obj) if ObjRef::ptr_eq(&obj.class, &types().int) => match obj.payload() {
            Payload::Int(big) => super::big_to_f64(big).ok(),
            _ => None,
        },
        _ => None,
    }
}

/// The pair as two doubles when it is float*float, float*int or int*float.
fn float_pair(a: &Value, b: &Value) -> Option<(f64, f64)> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => Some((*x, *y)),
        (Value::Float(x), other) => Some((*x, int_as_double(other)?)),
        (other, Value::Float(y)) => Some((int_as_double(other)?, *y)),
        _ => None,
    }
}

/// `sumprod(p, q)`: the sum of the products of the pairs. Runs of machine ints are summed
/// exactly, runs of floats (and float-int pairs) in triple precision; anything else, or an
/// overflow, goes through the number protocol from then on, as CPython does.
pub(super) fn sumprod(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "math.sumprod")?;
    let [p, q] = exactly("sumprod", &args)?;
    let p = get_iter(thread, p)?;
    let q = get_iter(thread, q)?;
    let mut total = Value::Int(0);
    let (mut int_path, mut int_total, mut int_used) = (true, 0i64, false);
    let (mut float_path, mut float_total, mut float_used) = (true, Triple::default(), false);
    loop {
        let a = next(thread, &p)?;
        let b = next(thread, &q)?;
        let pair = match (a, b) {
            (Some(a), Some(b)) => Some((a, b)),
            (None, None) => None,
            _ => return Err(value_error("Inputs are not the same length")),
        };
        if int_path {
            if let Some((Value::Int(x), Value::Int(y))) = &pair {
                if let Some(sum) = x.checked_mul(*y).and_then(|product| int_total.checked_add(product)) {
                    int_total = sum;
                    int_used = true;
                    continue;
                }
            }
            int_path = false;
            if int_used {
                total = binary_op(thread, total, Value::Int(int_total), BinaryOp::Add)?;
                int_used = false;
            }
        }
        if float_path {
            if let Some((x, y)) = pair.as_ref().and_then(|(a, b)| float_pair(a, b)) {
                let sum = float_total.add_product(x, y);
                if sum.hi.is_finite() {
                    float_total = sum;
                    float_used = true;
                    continue;
                }
            }
            float_path = false;
            if float_used {
                total = binary_op(thread, total, Value::Float(float_total.to_f64()), BinaryOp::Add)?;
                float_used = false;
            }
        }
        let Some((a, b)) = pair else { return Ok(total) };
        let product = binary_op(thread, a, b, BinaryOp::Multiply)?;
        total = binary_op(thread, total, product, BinaryOp::Add)?;
    }
}

// ---------------------------------------------------------------------------------------------
// hypot and dist

/// The Euclidean norm of `values` (absolute values), correctly rounded: the sum of squares
/// is formed exactly as an integer times a power of two, and its square root rounded once.
fn norm(values: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in values {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || values.len() <= 1 {
        return max;
    }
    let parts: Vec<(u64, i64)> =
        values.iter().filter(|x| **x != 0.0).map(|&x| decompose(x)).map(|(_, m, e)| (m, e)).collect();
    let lowest = parts.iter().map(|(_, e)| *e).min().unwrap_or(0);
    let mut squares = BigUint::zero();
    for (m, e) in parts {
        let scaled = BigUint::from(m) << ((e - lowest) as u64);
        squares += &scaled * &scaled;
    }
    // Shift in an even number of bits so that the root has at least 64 of them.
    let extra = ((128i64 - squares.bits() as i64).max(0) as u64).div_ceil(2);
    let shifted = squares << (2 * extra);
    let root = shifted.sqrt();
    let inexact = &root * &root != shifted;
    round_big(&root, lowest - extra as i64, inexact)
}

/// `hypot(*coordinates)`.
pub(super) fn hypot(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "math.hypot")?;
    let mut values = Vec::with_capacity(args.pos().len());
    for value in args.pos() {
        values.push(float_arg(thread, value)?.abs());
    }
    Ok(Value::Float(norm(&values)))
}

/// The items of a point: a tuple's own, anything else iterated.
fn point(thread: &mut Thread, value: &Value) -> PyResult<Vec<Value>> {
    if ObjRef::ptr_eq(class_of(value), &types().tuple) {
        if let Some(items) = as_tuple(value) {
            return Ok(items.to_vec());
        }
    }
    crate::protocols::iter::collect(thread, value)
}

/// `dist(p, q)`.
pub(super) fn dist(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "math.dist")?;
    let [p, q] = exactly("dist", &args)?;
    let p = point(thread, p)?;
    let q = point(thread, q)?;
    if p.len() != q.len() {
        return Err(value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(&q) {
        let a = float_arg(thread, a)?;
        let b = float_arg(thread, b)?;
        diffs.push((a - b).abs());
    }
    Ok(Value::Float(norm(&diffs)))
}
