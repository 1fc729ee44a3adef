//! The `cmath` module: the elementary functions of complex numbers, with CPython's branch cuts
//! (those of C99 and Kahan's "Branch Cuts for Complex Elementary Functions"), argument rules and
//! errors: a finite argument whose result overflows is "math range error" (OverflowError), a
//! pole (log 0, atanh 1) is "math domain error" (ValueError).
//!
//! The inverse functions use Kahan's formulas through `sqrt`; the others are written through
//! the hyperbolic ones (`sin z = -i sinh(iz)` ...). Infinite and NaN arguments follow the same
//! formulas, which C99's tables of special values mostly agree with.

use std::f64::consts::{E, LN_2, PI, TAU};

use crate::builtins::native_function;
use crate::builtins::numbers::complex::{complex_argument, float_parts, new_complex};
use crate::modules::arguments::{exactly, no_keywords, parse, Signature};
use crate::objects::exception::{overflow_error, type_error, value_error};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::new_dict;
use crate::objects::str::intern;
use crate::objects::tuple_of;
use crate::objects::typeobj::type_name;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// A complex number as its parts.
#[derive(Clone, Copy)]
struct C(f64, f64);

/// Above this, squaring would overflow: the inverse functions switch to asymptotic forms.
const LARGE: f64 = f64::MAX / 4.0;
/// Where cosh and sinh start to overflow before their product with cos or sin does.
const LOG_LARGE: f64 = 708.3;

pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let functions: &[(&'static str, NativeFn)] = &[
        ("acos", acos),
        ("acosh", acosh),
        ("asin", asin),
        ("asinh", asinh),
        ("atan", atan),
        ("atanh", atanh),
        ("cos", cos),
        ("cosh", cosh),
        ("exp", exp),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("log", log),
        ("log10", log10),
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("sin", sin),
        ("sinh", sinh),
        ("sqrt", sqrt),
        ("tan", tan),
        ("tanh", tanh),
    ];
    for (name, function) in functions {
        ns.set_str(&intern(name), native_function(name, *function, BuiltinKind::Function, None));
    }
    for (name, value) in [
        ("pi", Value::Float(PI)),
        ("e", Value::Float(E)),
        ("tau", Value::Float(TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
        ("infj", new_complex(0.0, f64::INFINITY)),
        ("nanj", new_complex(0.0, f64::NAN)),
    ] {
        ns.set_str(&intern(name), value);
    }
    Ok(crate::objects::new_module("cmath", dict))
}

/// A complex argument: a complex (or `__complex__`), a float or an int (or `__float__`,
/// `__index__`).
fn argument(thread: &mut Thread, value: &Value) -> PyResult<C> {
    if let Some((re, im)) = complex_argument(thread, value)? {
        return Ok(C(re, im));
    }
    match float_parts(thread, value)? {
        Some(re) => Ok(C(re, 0.0)),
        None => Err(type_error(format!("must be real number, not {}", type_name(value)))),
    }
}

fn one(thread: &mut Thread, args: &Args<'_>, name: &str) -> PyResult<C> {
    no_keywords(args, name)?;
    match args.pos() {
        [z] => argument(thread, z),
        other => Err(type_error(format!("cmath.{name}() takes exactly one argument ({} given)", other.len()))),
    }
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

/// The result of `f` at `z` as a complex, with CPython's errors for a finite argument:
/// `pole` names the functions whose infinite results are domain errors.
fn apply(thread: &mut Thread, args: &Args<'_>, name: &str, pole: bool, f: fn(C) -> C) -> PyResult<Value> {
    let z = one(thread, args, name)?;
    let r = f(z);
    if finite(z) && !finite(r) {
        if !pole && (r.0.is_infinite() || r.1.is_infinite()) {
            return Err(overflow_error("math range error"));
        }
        return Err(value_error("math domain error"));
    }
    Ok(new_complex(r.0, r.1))
}

/// `iz`, and back: the identities between the circular and hyperbolic functions.
fn times_i(z: C) -> C {
    C(-z.1, z.0)
}

fn times_minus_i(z: C) -> C {
    C(z.1, -z.0)
}

fn c_sqrt(z: C) -> C {
    let C(x, y) = z;
    if x == 0.0 && y == 0.0 {
        return C(0.0, y);
    }
    if y.is_infinite() {
        return C(f64::INFINITY, y);
    }
    if x.is_nan() {
        return C(x, x);
    }
    if x.is_infinite() {
        return if x > 0.0 {
            C(x, if y.is_nan() { y } else { 0.0f64.copysign(y) })
        } else {
            C(y.abs() * 0.0, f64::INFINITY.copysign(y))
        };
    }
    if y.is_nan() {
        return C(y, y);
    }
    let (ax, ay) = (x.abs(), y.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Subnormal parts: scaled up by 2^106 for the sum, the root scaled back by 2^-53.
        let (sx, sy) = (ax * 2f64.powi(106), ay * 2f64.powi(106));
        (sx + sx.hypot(sy)).sqrt() / 2f64.powi(53) / std::f64::consts::SQRT_2
    } else if ax > LARGE || ay > LARGE {
        2.0 * (ax / 8.0 + (ax / 8.0).hypot(ay / 8.0)).sqrt()
    } else {
        ((ax + ax.hypot(ay)) / 2.0).sqrt()
    };
    let d = ay / (2.0 * s);
    if x >= 0.0 {
        C(s, d.copysign(y))
    } else {
        C(d, s.copysign(y))
    }
}

fn c_exp(z: C) -> C {
    let C(x, y) = z;
    if y == 0.0 && !x.is_nan() {
        return C(x.exp(), y);
    }
    if x > LOG_LARGE {
        let l = (x - 1.0).exp();
        return C(l * y.cos() * E, l * y.sin() * E);
    }
    let l = x.exp();
    C(l * y.cos(), l * y.sin())
}

/// log|z|, exactly near |z| = 1 and without overflow or underflow elsewhere.
fn log_abs(x: f64, y: f64) -> f64 {
    let (ax, ay) = (x.abs(), y.abs());
    if ax > LARGE || ay > LARGE {
        return (ax / 2.0).hypot(ay / 2.0).ln() + LN_2;
    }
    if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax == 0.0 && ay == 0.0 {
            return f64::NEG_INFINITY;
        }
        return (ax * 2f64.powi(53)).hypot(ay * 2f64.powi(53)).ln() - 53.0 * LN_2;
    }
    let h = ax.hypot(ay);
    if (0.71..=1.73).contains(&h) {
        let (big, small) = if ax > ay { (ax, ay) } else { (ay, ax) };
        return ((big - 1.0) * (big + 1.0) + small * small).ln_1p() / 2.0;
    }
    h.ln()
}

fn c_log(z: C) -> C {
    C(log_abs(z.0, z.1), z.1.atan2(z.0))
}

fn c_sinh(z: C) -> C {
    let C(x, y) = z;
    if x.abs() > LOG_LARGE && x.is_finite() {
        let m = x - 1.0f64.copysign(x);
        return C(y.cos() * m.sinh() * E, y.sin() * m.cosh() * E);
    }
    C(x.sinh() * y.cos(), x.cosh() * y.sin())
}

fn c_cosh(z: C) -> C {
    let C(x, y) = z;
    if x.abs() > LOG_LARGE && x.is_finite() {
        let m = x - 1.0f64.copysign(x);
        return C(y.cos() * m.cosh() * E, y.sin() * m.sinh() * E);
    }
    C(x.cosh() * y.cos(), x.sinh() * y.sin())
}

fn c_tanh(z: C) -> C {
    let C(x, y) = z;
    if x.abs() > LOG_LARGE {
        return C(1.0f64.copysign(x), 4.0 * y.sin() * y.cos() * (-2.0 * x.abs()).exp());
    }
    let (tx, ty) = (x.tanh(), y.tan());
    let cx = 1.0 / x.cosh();
    let txty = tx * ty;
    let denominator = 1.0 + txty * txty;
    C(tx * (1.0 + ty * ty) / denominator, ((ty / denominator) * cx) * cx)
}

fn c_asinh(z: C) -> C {
    let C(x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let real = (x / 2.0).hypot(y / 2.0).ln() + 2.0 * LN_2;
        let real = if y >= 0.0 { real.copysign(x) } else { -real.copysign(-x) };
        return C(real, y.atan2(x.abs()));
    }
    let s1 = c_sqrt(C(1.0 + y, -x));
    let s2 = c_sqrt(C(1.0 - y, x));
    C((s1.0 * s2.1 - s2.0 * s1.1).asinh(), y.atan2(s1.0 * s2.0 - s1.1 * s2.1))
}

fn c_acos(z: C) -> C {
    let C(x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let magnitude = (x / 2.0).hypot(y / 2.0).ln() + 2.0 * LN_2;
        let imag = if x < 0.0 { -magnitude.copysign(y) } else { magnitude.copysign(-y) };
        return C(y.abs().atan2(x), imag);
    }
    let s1 = c_sqrt(C(1.0 - x, -y));
    let s2 = c_sqrt(C(1.0 + x, y));
    C(2.0 * s1.0.atan2(s2.0), (s2.0 * s1.1 - s2.1 * s1.0).asinh())
}

fn c_acosh(z: C) -> C {
    let C(x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        return C((x / 2.0).hypot(y / 2.0).ln() + 2.0 * LN_2, y.atan2(x));
    }
    let s1 = c_sqrt(C(x - 1.0, y));
    let s2 = c_sqrt(C(x + 1.0, y));
    C((s1.0 * s2.0 + s1.1 * s2.1).asinh(), 2.0 * s1.1.atan2(s2.0))
}

fn c_atanh(z: C) -> C {
    let C(x, y) = z;
    if x < 0.0 {
        let r = c_atanh(C(-x, -y));
        return C(-r.0, -r.1);
    }
    let ay = y.abs();
    let sqrt_large = LARGE.sqrt();
    if x > sqrt_large || ay > sqrt_large {
        let h = (x / 2.0).hypot(y / 2.0);
        return C(x / 4.0 / h / h, -(PI / 2.0).copysign(-y));
    }
    if x == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return C(f64::INFINITY, y);
        }
        return C(-(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(), (2.0f64.atan2(-ay) / 2.0).copysign(y));
    }
    C(
        (4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)).ln_1p() / 4.0,
        -(-2.0 * y).atan2((1.0 - x) * (1.0 + x) - ay * ay) / 2.0,
    )
}

macro_rules! elementary {
    ($($name:ident, $pole:expr, $f:expr;)*) => {$(
        fn $name(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
            apply(thread, &args, stringify!($name), $pole, $f)
        }
    )*};
}

elementary! {
    sqrt, false, c_sqrt;
    exp, false, c_exp;
    sinh, false, c_sinh;
    cosh, false, c_cosh;
    tanh, false, c_tanh;
    sin, false, |z| times_minus_i(c_sinh(times_i(z)));
    cos, false, |z| c_cosh(times_i(z));
    tan, false, |z| times_minus_i(c_tanh(times_i(z)));
    asinh, false, c_asinh;
    acos, false, c_acos;
    acosh, false, c_acosh;
    asin, false, |z| times_minus_i(c_asinh(times_i(z)));
    atanh, true, c_atanh;
    atan, true, |z| times_minus_i(c_atanh(times_i(z)));
    log10, true, |z| { let r = c_log(z); C(r.0 / std::f64::consts::LN_10, r.1 / std::f64::consts::LN_10) };
}

/// `log(z[, base])`: the natural logarithm, or log(z) / log(base).
fn log(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "log")?;
    let (z, base) = match args.pos() {
        [z] => (argument(thread, z)?, None),
        [z, base] => (argument(thread, z)?, Some(argument(thread, base)?)),
        more => return Err(type_error(format!("log expected at most 2 arguments, got {}", more.len()))),
    };
    let mut r = c_log(z);
    let mut arguments_finite = finite(z);
    if let Some(base) = base {
        arguments_finite &= finite(base);
        let b = c_log(base);
        r = divide(r, b)?;
    }
    if arguments_finite && !finite(r) {
        return Err(value_error("math domain error"));
    }
    Ok(new_complex(r.0, r.1))
}

/// Complex division, scaled (Smith's method); a zero divisor (`log(z, 1)`) is a domain error.
fn divide(a: C, b: C) -> PyResult<C> {
    let (br, bi) = (b.1.abs(), b.0.abs());
    if b.0 == 0.0 && b.1 == 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(if bi >= br {
        let ratio = b.1 / b.0;
        let denominator = b.0 + b.1 * ratio;
        C((a.0 + a.1 * ratio) / denominator, (a.1 - a.0 * ratio) / denominator)
    } else {
        let ratio = b.0 / b.1;
        let denominator = b.0 * ratio + b.1;
        C((a.0 * ratio + a.1) / denominator, (a.1 * ratio - a.0) / denominator)
    })
}

fn phase(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let z = one(thread, &args, "phase")?;
    Ok(Value::Float(z.1.atan2(z.0)))
}

fn polar(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let z = one(thread, &args, "polar")?;
    let r = z.0.hypot(z.1);
    if finite(z) && r.is_infinite() {
        return Err(overflow_error("math range error"));
    }
    Ok(tuple_of([Value::Float(r), Value::Float(z.1.atan2(z.0))]))
}

fn rect(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "rect")?;
    let [r, phi] = exactly::<2>("rect", &args)?;
    let (r, phi) = (crate::modules::math::float_arg(thread, r)?, crate::modules::math::float_arg(thread, phi)?);
    if r.is_finite() && phi.is_infinite() {
        return Err(value_error("math domain error"));
    }
    let z = if phi == 0.0 { C(r, r * phi) } else { C(r * phi.cos(), r * phi.sin()) };
    if r.is_finite() && phi.is_finite() && !finite(z) {
        return Err(overflow_error("math range error"));
    }
    Ok(new_complex(z.0, z.1))
}

fn isfinite(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(finite(one(thread, &args, "isfinite")?)))
}

fn isinf(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let z = one(thread, &args, "isinf")?;
    Ok(Value::Bool(z.0.is_infinite() || z.1.is_infinite()))
}

fn isnan(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let z = one(thread, &args, "isnan")?;
    Ok(Value::Bool(z.0.is_nan() || z.1.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`, with complex distances.
fn isclose(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let sig =
        Signature { name: "isclose", params: &["a", "b", "rel_tol", "abs_tol"], posonly: 0, maxpos: 2, required: 2 };
    let bound = parse(&sig, &args)?;
    let (Some(a), Some(b)) = (&bound[0], &bound[1]) else { return Err(type_error("isclose() missing arguments")) };
    let (a, b) = (argument(thread, a)?, argument(thread, b)?);
    let mut tolerances = [1e-9, 0.0];
    for (slot, value) in tolerances.iter_mut().zip(&bound[2..]) {
        if let Some(value) = value {
            *slot = crate::modules::math::float_arg(thread, value)?;
        }
    }
    let [rel_tol, abs_tol] = tolerances;
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a.0 == b.0 && a.1 == b.1 {
        return Ok(Value::Bool(true));
    }
    if !finite(a) || !finite(b) {
        return Ok(Value::Bool(false));
    }
    let diff = (a.0 - b.0).hypot(a.1 - b.1);
    let close = diff <= rel_tol * b.0.hypot(b.1) || diff <= rel_tol * a.0.hypot(a.1) || diff <= abs_tol;
    Ok(Value::Bool(close))
}
