//! The `math` module: CPython 3.12's functions and constants, with its argument rules and error
//! messages. The elementary functions are here; the others are grouped by kind:
//! `floats` (representation and rounding), `special` (gamma and friends), `integers`
//! (exact integer functions), `sums` (accurate sums and norms) and `logs`.
//!
//! CPython's rule for a float result: a NaN out of a non-NaN input is "math domain error"
//! (ValueError); an infinity out of a finite input is "math range error" (OverflowError) for
//! the functions that can overflow, a domain error (a pole) for the others.

mod floats;
mod hyperbolic;
mod integers;
mod logs;
mod special;
mod sums;

use crate::builtins::native_function;
use crate::modules::arguments::{exactly, no_keywords, single};
use crate::objects::exception::{overflow_error, type_error, value_error, PyErr};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::str::intern;
use crate::objects::typeobj::{class_of, type_name, types};
use crate::objects::{new_dict, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

pub(crate) use floats::{compose, decompose};

/// Makes the `math` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let functions: &[(&'static str, NativeFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atan2", atan2),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("ceil", integers::ceil),
        ("comb", integers::comb),
        ("copysign", floats::copysign),
        ("cos", cos),
        ("cosh", cosh),
        ("degrees", degrees),
        ("dist", sums::dist),
        ("erf", special::erf),
        ("erfc", special::erfc),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("fabs", fabs),
        ("factorial", integers::factorial),
        ("floor", integers::floor),
        ("fmod", floats::fmod),
        ("frexp", floats::frexp),
        ("fsum", sums::fsum),
        ("gamma", special::gamma),
        ("gcd", integers::gcd),
        ("hypot", sums::hypot),
        ("isclose", floats::isclose),
        ("isfinite", floats::isfinite),
        ("isinf", floats::isinf),
        ("isnan", floats::isnan),
        ("isqrt", integers::isqrt),
        ("lcm", integers::lcm),
        ("ldexp", floats::ldexp_function),
        ("lgamma", special::lgamma),
        ("log", logs::log),
        ("log10", logs::log10),
        ("log1p", log1p),
        ("log2", logs::log2),
        ("modf", floats::modf),
        ("nextafter", floats::nextafter),
        ("perm", integers::perm),
        ("pow", floats::pow),
        ("prod", sums::prod),
        ("radians", radians),
        ("remainder", floats::remainder),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("sumprod", sums::sumprod),
        ("tan", tan),
        ("tanh", tanh),
        ("trunc", integers::trunc),
        ("ulp", floats::ulp),
    ];
    for (name, function) in functions {
        ns.set_str(&intern(name), native_function(name, *function, BuiltinKind::Function, None));
    }
    let constants = [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ];
    for (name, value) in constants {
        ns.set_str(&intern(name), Value::Float(value));
    }
    Ok(crate::objects::new_module("math", dict))
}

// ---------------------------------------------------------------------------------------------
// Errors and arguments

/// `ValueError: math domain error`.
pub(crate) fn domain_error() -> PyErr {
    value_error("math domain error")
}

/// `OverflowError: math range error`.
pub(crate) fn range_error() -> PyErr {
    overflow_error("math range error")
}

/// What went wrong in a computation that reports errors as C's `errno` would.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MathError {
    Domain,
    Range,
}

impl From<MathError> for PyErr {
    fn from(err: MathError) -> PyErr {
        match err {
            MathError::Domain => domain_error(),
            MathError::Range => range_error(),
        }
    }
}

/// A value as a C double, as CPython's `PyFloat_AsDouble` converts it: floats as they are,
/// then `__float__`, then `__index__`; "must be real number, not str" otherwise.
pub(crate) fn float_arg(thread: &mut Thread, value: &Value) -> PyResult<f64> {
    match value {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(f64::from(u8::from(*b))),
        _ => {}
    }
    match value.payload() {
        Some(Payload::Float(f)) => return Ok(*f),
        Some(Payload::Int(big)) if ObjRef::ptr_eq(class_of(value), &types().int) => return big_to_f64(big),
        _ => {}
    }
    if let Some(result) = crate::protocols::call_special(thread, value, "__float__", &[])? {
        return match result {
            Value::Float(f) => Ok(f),
            other => match other.payload() {
                Some(Payload::Float(f)) => Ok(*f),
                _ => Err(type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    type_name(value),
                    type_name(&other)
                ))),
            },
        };
    }
    if crate::protocols::special(value, "__index__").is_some() {
        let big = crate::protocols::number::index_big(thread, value)?;
        return big_to_f64(&big);
    }
    Err(type_error(format!("must be real number, not {}", type_name(value))))
}

/// An int as the nearest double; OverflowError when it is beyond the float range.
pub(crate) fn big_to_f64(big: &num_bigint::BigInt) -> PyResult<f64> {
    use num_traits::ToPrimitive;
    big.to_f64().filter(|f| f.is_finite()).ok_or_else(|| overflow_error("int too large to convert to float"))
}

/// The two arguments of a two-argument function, as floats.
fn two_floats(thread: &mut Thread, args: &Args<'_>, name: &str) -> PyResult<(f64, f64)> {
    no_keywords(args, &format!("math.{name}"))?;
    let [x, y] = exactly(name, args)?;
    Ok((float_arg(thread, x)?, float_arg(thread, y)?))
}

/// The argument of a one-argument function, as a float.
fn one_float(thread: &mut Thread, args: &Args<'_>, name: &str) -> PyResult<f64> {
    let value = single(&format!("math.{name}"), args)?;
    float_arg(thread, value)
}

/// Applies CPython's error rule to `f(x)` (see the module comment).
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_error() } else { domain_error() });
    }
    Ok(Value::Float(r))
}

/// One-argument float functions: `name => function, whether it can overflow`.
macro_rules! unary {
    ($($name:ident => $f:expr, $overflow:expr;)*) => {$(
        fn $name(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
            let x = one_float(thread, &args, stringify!($name))?;
            let f: fn(f64) -> f64 = $f;
            checked(x, f(x), $overflow)
        }
    )*};
}

unary! {
    acos => f64::acos, false;
    acosh => hyperbolic::acosh, false;
    asin => f64::asin, false;
    asinh => hyperbolic::asinh, false;
    atan => f64::atan, false;
    atanh => hyperbolic::atanh, false;
    cbrt => f64::cbrt, false;
    cos => f64::cos, false;
    cosh => f64::cosh, true;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    fabs => f64::abs, false;
    log1p => f64::ln_1p, false;
    sin => f64::sin, false;
    sinh => f64::sinh, true;
    sqrt => f64::sqrt, false;
    tan => f64::tan, false;
    tanh => f64::tanh, false;
}

fn degrees(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let x = one_float(thread, &args, "degrees")?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let x = one_float(thread, &args, "radians")?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn atan2(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (y, x) = two_floats(thread, &args, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}
