//! The integer functions: `floor`, `ceil`, `trunc`, `factorial`, `comb`, `perm`, `gcd`, `lcm`
//! and `isqrt`, exact on ints of any size.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::{Integer, Roots};
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::float_arg;
use crate::modules::arguments::{between, exactly, no_keywords, single};
use crate::objects::exception::{overflow_error, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::int::int_from_big;
use crate::objects::typeobj::type_name;
use crate::protocols::number::index_big;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

/// An integral double as an int.
fn integral_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() < 9.0e18 {
        return Ok(Value::Int(f as i64));
    }
    let big: Option<BigInt> = num_traits::FromPrimitive::from_f64(f);
    Ok(int_from_big(big.unwrap_or_default()))
}

/// `floor` and `ceil`: a float directly, else the type's `__floor__`/`__ceil__`, else the
/// value as a float.
fn rounded(
    thread: &mut Thread,
    args: &Args<'_>,
    label: &str,
    dunder: &'static str,
    round: fn(f64) -> f64,
) -> PyResult<Value> {
    let value = single(label, args)?;
    let x = match value {
        Value::Float(f) => *f,
        Value::Int(i) => return Ok(Value::Int(*i)),
        Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
        _ => {
            if let Some(result) = crate::protocols::call_special(thread, value, dunder, &[])? {
                return Ok(result);
            }
            float_arg(thread, value)?
        }
    };
    integral_to_int(round(x))
}

pub(super) fn floor(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    rounded(thread, &args, "math.floor", "__floor__", f64::floor)
}

pub(super) fn ceil(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    rounded(thread, &args, "math.ceil", "__ceil__", f64::ceil)
}

/// `trunc(x)`: floats directly, everything else through `__trunc__`.
pub(super) fn trunc(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = single("math.trunc", &args)?;
    if let Value::Float(f) = value {
        return integral_to_int(f.trunc());
    }
    match crate::protocols::call_special(thread, value, "__trunc__", &[])? {
        Some(result) => Ok(result),
        None => Err(type_error(format!("type {} doesn't define __trunc__ method", type_name(value)))),
    }
}

/// The product `lo * (lo+1) * ... * hi` (1 when empty), by halves so that the factors
/// multiplied stay of similar size.
fn range_product(lo: &BigUint, hi: &BigUint) -> BigUint {
    if lo > hi {
        return BigUint::one();
    }
    let count = hi - lo + 1u32;
    if count <= BigUint::from(8u32) {
        let mut product = lo.clone();
        let mut next = lo + 1u32;
        while &next <= hi {
            product *= &next;
            next += 1u32;
        }
        return product;
    }
    let middle: BigUint = (lo + hi) >> 1;
    range_product(lo, &middle) * range_product(&(middle + 1u32), hi)
}

/// The product of the u64 range `lo..=hi`, faster than `range_product` for machine-sized
/// factors: small factors are multiplied together in a u128 before touching big numbers.
fn small_range_product(lo: u64, hi: u64) -> BigUint {
    if lo > hi {
        return BigUint::one();
    }
    if hi - lo < 16 {
        let mut product = BigUint::one();
        let mut chunk: u128 = 1;
        for factor in lo..=hi {
            match chunk.checked_mul(u128::from(factor)) {
                Some(c) if c < (1u128 << 100) => chunk = c,
                _ => {
                    product *= BigUint::from(chunk);
                    chunk = u128::from(factor);
                }
            }
        }
        return product * BigUint::from(chunk);
    }
    let middle = lo + (hi - lo) / 2;
    small_range_product(lo, middle) * small_range_product(middle + 1, hi)
}

fn factorial_of(n: u64) -> BigUint {
    small_range_product(2, n)
}

pub(super) fn factorial(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = single("math.factorial", &args)?;
    let n = index_big(thread, value)?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(overflow_error(format!("factorial() argument should not exceed {}", i64::MAX)));
    };
    Ok(int_from_big(BigInt::from(factorial_of(n as u64))))
}

/// `n * (n-1) * ... * (n-k+1)`.
fn falling_product(n: &BigUint, k: u64) -> BigUint {
    if k == 0 {
        return BigUint::one();
    }
    match n.to_u64() {
        Some(n) => small_range_product(n - k + 1, n),
        None => range_product(&(n - k + 1u32), n),
    }
}

/// The arguments `n` and `k` of `comb` and `perm`, checked to be non-negative; None when
/// `k > n` (the result is then 0).
fn n_and_k(thread: &mut Thread, n: &Value, k: &Value) -> PyResult<Option<(BigUint, BigUint)>> {
    let n = index_big(thread, n)?;
    let k = index_big(thread, k)?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    let (n, k) = (n.magnitude().clone(), k.magnitude().clone());
    Ok((k <= n).then_some((n, k)))
}

pub(super) fn comb(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "math.comb")?;
    let [n, k] = exactly("comb", &args)?;
    let Some((n, k)) = n_and_k(thread, n, k)? else { return Ok(Value::Int(0)) };
    let k = k.clone().min(&n - &k);
    let Some(k) = k.to_i64() else {
        return Err(overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let k = k as u64;
    let result = falling_product(&n, k) / factorial_of(k);
    Ok(int_from_big(BigInt::from(result)))
}

pub(super) fn perm(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "math.perm")?;
    let pos = between("perm", &args, 1, 2)?;
    let k = match pos.get(1) {
        None | Some(Value::None) => return factorial(thread, Args::positional(&pos[..1])),
        Some(k) => k,
    };
    let Some((n, k)) = n_and_k(thread, &pos[0], k)? else { return Ok(Value::Int(0)) };
    let Some(k) = k.to_i64() else {
        return Err(overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    Ok(int_from_big(BigInt::from(falling_product(&n, k as u64))))
}

/// `gcd(*integers)` and `lcm(*integers)`: every argument goes through `__index__`, even once
/// the result is known.
fn fold_integers(
    thread: &mut Thread,
    args: &Args<'_>,
    label: &str,
    empty: i64,
    combine: fn(&BigInt, &BigInt) -> BigInt,
) -> PyResult<Value> {
    no_keywords(args, label)?;
    let mut result: Option<BigInt> = None;
    for value in args.pos() {
        let x = index_big(thread, value)?;
        result = Some(match result {
            None => x.abs(),
            Some(acc) => combine(&acc, &x),
        });
    }
    Ok(result.map_or(Value::Int(empty), int_from_big))
}

pub(super) fn gcd(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    fold_integers(thread, &args, "math.gcd", 0, |a, b| if a.is_one() { a.clone() } else { a.gcd(b) })
}

pub(super) fn lcm(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    fold_integers(thread, &args, "math.lcm", 1, |a, b| {
        if a.is_zero() || b.is_zero() {
            return BigInt::zero();
        }
        (a / a.gcd(b) * b).abs()
    })
}

pub(super) fn isqrt(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = single("math.isqrt", &args)?;
    let n = index_big(thread, value)?;
    if n.sign() == Sign::Minus {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    if let Some(small) = n.to_u64() {
        return Ok(Value::Int(small.sqrt() as i64));
    }
    Ok(int_from_big(BigInt::from(n.magnitude().sqrt())))
}
