//! `float`: constructor, parsing, methods and `round`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::call::call;
use crate::objects::exception::{overflow_error, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::int::{int_from_big, to_big};
use crate::objects::str::{as_pystr, new_str};
use crate::objects::typeobj::{type_data, type_name, types};
use crate::objects::{tuple_of, OwnedPayload, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::int::float_to_int;
use super::{new_class, number_format, this};
use crate::builtins::add_methods;
use crate::method;

pub(super) fn install() {
    let t = types();
    crate::builtins::add_native_getters(&t.float, &[("real", float_float), ("imag", float_zero)], false);
    crate::builtins::set_getset_doc(&t.float, "real", "the real part of a complex number");
    crate::builtins::set_getset_doc(&t.float, "imag", "the imaginary part of a complex number");
    add_methods(
        &t.float,
        &[
            method!("__new__", float_new, StaticMethod),
            method!("is_integer", float_is_integer),
            method!("__int__", float_int),
            method!("__float__", float_float),
            method!("__round__", float_round),
            method!("__abs__", float_abs),
            method!("__trunc__", float_int),
            method!("conjugate", float_float),
            method!("as_integer_ratio", float_as_integer_ratio),
            method!("hex", float_hex),
            method!("fromhex", float_fromhex, ClassMethod),
            method!("__floor__", float_floor),
            method!("__ceil__", float_ceil),
            method!("__getnewargs__", float_getnewargs),
            method!("__getformat__", float_getformat, ClassMethod),
            method!("__format__", number_format),
        ],
    );
}

fn float_value(args: &Args<'_>) -> PyResult<f64> {
    match this(args) {
        Value::Float(f) => Ok(f),
        v => match v.payload() {
            Some(Payload::Float(f)) => Ok(*f),
            _ => Err(type_error("descriptor requires a 'float' object")),
        },
    }
}

/// `float(value)`.
pub fn to_float(thread: &mut Thread, value: &Value) -> PyResult<f64> {
    match value {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(f64::from(u8::from(*b))),
        _ => {}
    }
    let exact = !type_data(crate::objects::typeobj::class_of(value)).heap;
    match value.payload() {
        Some(Payload::Float(f)) if exact => return Ok(*f),
        Some(Payload::Int(big)) if exact => return big_to_f64(big),
        Some(Payload::Str(s)) if exact => return parse_str(s),
        _ => {}
    }
    // A subclass's `__float__` (inherited or its own) decides, as CPython's PyNumber_Float.
    if let Some(result) = protocols::call_special(thread, value, "__float__", &[])? {
        return float_result(thread, value, result);
    }
    if let Some(result) = protocols::call_special(thread, value, "__index__", &[])? {
        return to_float(thread, &result);
    }
    match value.payload() {
        Some(Payload::Float(f)) => return Ok(*f),
        Some(Payload::Int(big)) => return big_to_f64(big),
        Some(Payload::Str(s)) => return parse_str(s),
        _ => {}
    }
    // bytes, bytearray and any other buffer (memoryview, array) are parsed as text.
    if let Some(data) = crate::builtins::bytes_like(value) {
        return match std::str::from_utf8(&data).ok().and_then(parse_float) {
            Some(f) => Ok(f),
            None => Err(value_error(format!("could not convert string to float: {}", protocols::repr(thread, value)?))),
        };
    }
    Err(type_error(format!("float() argument must be a string or a real number, not '{}'", type_name(value))))
}

fn big_to_f64(big: &BigInt) -> PyResult<f64> {
    big.to_f64().filter(|f| f.is_finite()).ok_or_else(|| overflow_error("int too large to convert to float"))
}

fn parse_str(s: &crate::objects::PyString) -> PyResult<f64> {
    parse_float(&s.as_str()).ok_or_else(|| {
        value_error(format!(
            "could not convert string to float: {}",
            ferrython_ast::repr::str_repr(s.code_points().collect::<Vec<_>>().into_iter())
        ))
    })
}

/// What `value.__float__()` returned, checked: a float, or (deprecated) a float subclass.
fn float_result(thread: &mut Thread, value: &Value, result: Value) -> PyResult<f64> {
    let f = match &result {
        Value::Float(f) => return Ok(*f),
        other => match other.payload() {
            Some(Payload::Float(f)) => *f,
            _ => {
                return Err(type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    type_name(value),
                    type_name(&result)
                )))
            }
        },
    };
    if type_data(crate::objects::typeobj::class_of(&result)).heap {
        let category = crate::objects::exception::exceptions().deprecation_warning.clone();
        let message = format!(
            "{}.__float__ returned non-float (type {}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.",
            type_name(value),
            type_name(&result)
        );
        crate::warnings::warn(thread, &category, &message, 1)?;
    }
    Ok(f)
}

/// Whether every `_` of `text` sits between two digits (the rule of numeric literals, which
/// `int()`, `float()` and `complex()` follow).
pub fn underscores_valid(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().enumerate().all(|(i, &c)| {
        c != b'_' || (i > 0 && i + 1 < b.len() && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit())
    })
}

/// Parses a float as `float(text)` does: surrounding whitespace, any Unicode decimal digits,
/// underscores between digits, `inf`/`infinity`/`nan` in any case.
pub fn parse_float(text: &str) -> Option<f64> {
    let text = crate::builtins::strings::ascii_digits(text);
    let t = text.trim();
    if !underscores_valid(t) {
        return None;
    }
    parse_float_ascii(&t.replace('_', ""))
}

/// Parses `[sign](digits[.digits]|.digits)[e[sign]digits]` or a signed inf/infinity/nan.
pub fn parse_float_ascii(t: &str) -> Option<f64> {
    let (negative, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let magnitude = if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if body.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        let (mantissa, exponent) = match body.find(['e', 'E']) {
            Some(i) => (&body[..i], Some(&body[i + 1..])),
            None => (body, None),
        };
        let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let digits = |d: &str| d.bytes().all(|c| c.is_ascii_digit());
        if whole.is_empty() && fraction.is_empty() || !digits(whole) || !digits(fraction) {
            return None;
        }
        if let Some(e) = exponent {
            let e = e.strip_prefix(['+', '-']).unwrap_or(e);
            if e.is_empty() || !digits(e) {
                return None;
            }
        }
        // The shape is checked: Rust's parser rounds correctly, as CPython's does.
        body.parse::<f64>().ok()?
    };
    Some(if negative { -magnitude } else { magnitude })
}

fn float_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = new_class(&args, &types().float)?;
    // Keywords are refused by float itself; a subclass's own __init__ may take them.
    let own_init = || {
        crate::objects::typeobj::lookup(&class, &crate::objects::str::intern_static("__init__")).is_some_and(|init| {
            !matches!(init.payload(), Some(Payload::Builtin(b)) if b.owner.as_ref().is_some_and(|o| !type_data(o).heap))
        })
    };
    if !args.kwnames.is_empty() && (ObjRef::ptr_eq(&class, &types().float) || !own_init()) {
        return Err(type_error("float() takes no keyword arguments"));
    }
    let p = &args.pos()[1..];
    if p.len() > 1 {
        return Err(type_error(format!("float expected at most 1 argument, got {}", p.len())));
    }
    let f = match p.first() {
        Some(v) => to_float(thread, v)?,
        None => 0.0,
    };
    // A NaN from float() is a heap object, so that two of them are distinct objects (as in
    // CPython, `[float("nan")] == [float("nan")]` is False, while a list holding one NaN twice
    // compares equal to itself by identity).
    if ObjRef::ptr_eq(&class, &types().float) && !f.is_nan() {
        return Ok(Value::Float(f));
    }
    let dict = type_data(&class).instance_dict.then(crate::objects::new_dict);
    Ok(Value::Obj(ObjRef::new(class, dict, OwnedPayload::Float(f))))
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exponent>` (`0x0.` for zero and subnormals).
fn float_hex(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let f = float_value(&args)?;
    if f.is_nan() {
        return Ok(new_str("nan"));
    }
    if f.is_infinite() {
        return Ok(new_str(if f > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(new_str(format!("{sign}0x0.0p+0")));
    }
    let bits = f.abs().to_bits();
    let exponent = (bits >> 52) as i64;
    let mantissa = bits & ((1 << 52) - 1);
    let (lead, exp) = if exponent == 0 { (0, -1022) } else { (1, exponent - 1023) };
    let exp_sign = if exp < 0 { '-' } else { '+' };
    Ok(new_str(format!("{sign}0x{lead}.{mantissa:013x}p{exp_sign}{}", exp.abs())))
}

/// `float.fromhex(text)`.
fn float_fromhex(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = this(&args);
    let text = args.pos().get(1).cloned().unwrap_or_default();
    let text = match as_pystr(&text) {
        Some(s) => s.as_str().into_owned(),
        None => return Err(type_error("bad argument type for built-in operation")),
    };
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let trimmed = text.trim();
    let (negative, body) = match trimmed.as_bytes().first() {
        Some(b'-') => (true, &trimmed[1..]),
        Some(b'+') => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    let lower = body.to_ascii_lowercase();
    let magnitude = if lower == "inf" || lower == "infinity" {
        f64::INFINITY
    } else if lower == "nan" {
        f64::NAN
    } else {
        let digits = lower.strip_prefix("0x").unwrap_or(&lower);
        let (mantissa_text, exp_text) = match digits.split_once('p') {
            Some((m, e)) => (m, Some(e)),
            None => (digits, None),
        };
        let (whole, fraction) = mantissa_text.split_once('.').unwrap_or((mantissa_text, ""));
        if whole.is_empty() && fraction.is_empty() {
            return Err(invalid());
        }
        let mut mantissa = BigInt::zero();
        for c in whole.chars().chain(fraction.chars()) {
            let d = c.to_digit(16).ok_or_else(invalid)?;
            mantissa = mantissa * 16 + d;
        }
        let exp: i64 = match exp_text {
            Some(e) => e.parse().map_err(|_| invalid())?,
            None => 0,
        };
        let shift = exp - 4 * fraction.len() as i64;
        scale_to_float(&mantissa, shift)?
    };
    let result = Value::Float(if negative { -magnitude } else { magnitude });
    match class.as_obj() {
        Some(c) if !ObjRef::ptr_eq(c, &types().float) => call(thread, &class, Args::positional(&[result])),
        _ => Ok(result),
    }
}

/// `mantissa * 2**shift` rounded to the nearest float.
fn scale_to_float(mantissa: &BigInt, shift: i64) -> PyResult<f64> {
    if mantissa.is_zero() {
        return Ok(0.0);
    }
    let bits = mantissa.bits() as i64;
    if bits + shift > 1025 {
        return Err(overflow_error("hexadecimal value too large to represent as a float"));
    }
    // Below half the smallest subnormal (2**-1075) it rounds to zero.
    if bits + shift < -1076 {
        return Ok(0.0);
    }
    // Round once, to the bit of the result's last place (53 bits, or fewer for subnormals):
    // rounding to 53 bits first and then into the subnormal range would round twice.
    let last_place = (bits + shift - 53).max(-1074);
    let drop = last_place - shift;
    let units = if drop <= 0 {
        mantissa << (-drop) as usize
    } else {
        let drop = drop as usize;
        let kept: BigInt = mantissa >> drop;
        let rest: BigInt = mantissa - (&kept << drop);
        let half = BigInt::from(1) << (drop - 1);
        let odd = (&kept & BigInt::from(1)) == BigInt::from(1);
        if rest > half || (rest == half && odd) {
            kept + 1
        } else {
            kept
        }
    };
    // At most 2**53, so exact as a float; the scaling by a power of two is exact too.
    let value = units.to_f64().unwrap_or(f64::INFINITY);
    let result = if last_place < -1000 {
        value * 2f64.powi(-1000) * 2f64.powi((last_place + 1000) as i32)
    } else {
        value * 2f64.powi(last_place as i32)
    };
    if result.is_infinite() {
        return Err(overflow_error("hexadecimal value too large to represent as a float"));
    }
    Ok(result)
}

fn float_is_integer(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let f = float_value(&args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_int(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    float_to_int(float_value(&args)?)
}

fn float_float(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(float_value(&args)?))
}

fn float_zero(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    float_value(&args)?;
    Ok(Value::Float(0.0))
}

fn float_floor(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    float_to_int(float_value(&args)?.floor())
}

fn float_ceil(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    float_to_int(float_value(&args)?.ceil())
}

fn float_getnewargs(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(tuple_of([Value::Float(float_value(&args)?)]))
}

/// `float.__getformat__('double' | 'float')`: the storage format, IEEE in the machine's order.
fn float_getformat(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let kind = args.pos().get(1).cloned().unwrap_or_default();
    let kind = protocols::str_arg(&kind, "__getformat__() argument")?;
    if kind != "double" && kind != "float" {
        return Err(value_error("__getformat__() argument 1 must be 'double' or 'float'"));
    }
    Ok(new_str(if cfg!(target_endian = "little") { "IEEE, little-endian" } else { "IEEE, big-endian" }))
}

fn float_abs(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(float_value(&args)?.abs()))
}

fn float_round(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let ndigits = args.pos().get(1).cloned().unwrap_or(Value::None);
    round(thread, &Value::Float(float_value(&args)?), &ndigits)
}

fn float_as_integer_ratio(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let f = float_value(&args)?;
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    let (mut mantissa, mut exponent) = (f, 0i32);
    while mantissa.fract() != 0.0 {
        mantissa *= 2.0;
        exponent -= 1;
    }
    let numerator: BigInt = num_traits::FromPrimitive::from_f64(mantissa).unwrap_or_default();
    let (numerator, denominator) = if exponent < 0 {
        let d = BigInt::from(1) << (-exponent) as usize;
        let g = numerator.gcd(&d);
        (numerator / &g, d / g)
    } else {
        (numerator, BigInt::from(1))
    };
    Ok(tuple_of([int_from_big(numerator), int_from_big(denominator)]))
}

/// `round(number, ndigits)`.
pub fn round(thread: &mut Thread, number: &Value, ndigits: &Value) -> PyResult<Value> {
    let plain = match number.payload() {
        Some(Payload::Float(f)) if !type_data(&number.as_obj().expect("an object").class).heap => Value::Float(*f),
        _ => number.clone(),
    };
    match &plain {
        Value::Float(f) => {
            if ndigits.is_none() {
                let r = round_half_even(*f);
                return float_to_int(r);
            }
            Ok(Value::Float(round_float_digits(*f, saturated_index(thread, ndigits)?)?))
        }
        _ if crate::objects::int::is_int(&plain) && !type_data(crate::objects::typeobj::class_of(&plain)).heap => {
            let value = to_big(&plain).unwrap_or_default();
            if ndigits.is_none() {
                return Ok(int_from_big(value));
            }
            let n = saturated_index(thread, ndigits)?;
            if n >= 0 {
                return Ok(int_from_big(value));
            }
            // Past the value's digit count (under bits * 0.302 + 1) the rounding is to 0.
            if n.unsigned_abs() > value.bits() / 3 + 2 {
                return Ok(Value::Int(0));
            }
            let pow = num_traits::pow(BigInt::from(10), (-n) as usize);
            let (q, r) = value.div_mod_floor(&pow);
            let twice = &r * 2;
            let q = if twice > pow || (twice == pow && q.is_odd()) { q + 1 } else { q };
            Ok(int_from_big(q * pow))
        }
        _ => {
            let args: Vec<Value> = if ndigits.is_none() { vec![] } else { vec![ndigits.clone()] };
            match protocols::call_special(thread, number, "__round__", &args)? {
                Some(r) => Ok(r),
                None => Err(type_error(format!("type {} doesn't define __round__ method", type_name(number)))),
            }
        }
    }
}

/// An `__index__` argument clamped to the i64 range (CPython's `PyNumber_AsSsize_t` with no
/// exception: huge ndigits mean "all" or "none").
fn saturated_index(thread: &mut Thread, value: &Value) -> PyResult<i64> {
    let big = protocols::number::index_big(thread, value)?;
    Ok(big.to_i64().unwrap_or(if big.is_negative() { i64::MIN } else { i64::MAX }))
}

fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}

/// Rounds to `n` decimal digits, half to even on the exact binary value, as CPython does:
/// past 323 digits a float is its own rounding, and below -308 digits it rounds to zero.
fn round_float_digits(f: f64, n: i64) -> PyResult<f64> {
    if !f.is_finite() || n > 323 || f == 0.0 {
        return Ok(f);
    }
    if n < -308 {
        return Ok(0.0 * f);
    }
    let rounded: f64 = if n >= 0 {
        // Rust prints the exact value rounded half to even, and parses correctly rounded.
        format!("{:.*}", n as usize, f).parse().unwrap_or(f)
    } else {
        let (numerator, denominator) = exact_ratio(f);
        let step = denominator * num_traits::pow(BigInt::from(10), (-n) as usize);
        let (q, r) = numerator.div_mod_floor(&step);
        let twice = r * 2;
        let q = if twice > step || (twice == step && q.is_odd()) { q + 1 } else { q };
        format!("{q}e{}", -n).parse().unwrap_or(f)
    };
    if rounded.is_infinite() {
        return Err(overflow_error("rounded value too large to represent"));
    }
    // A result of zero keeps the sign of the value.
    Ok(if rounded == 0.0 { 0.0 * f } else { rounded })
}

/// A finite float as numerator / denominator, the denominator a power of two.
fn exact_ratio(f: f64) -> (BigInt, BigInt) {
    let bits = f.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exp) = if exponent == 0 { (fraction, -1074) } else { (fraction | (1 << 52), exponent - 1075) };
    let mut numerator = BigInt::from(mantissa);
    if f.is_sign_negative() {
        numerator = -numerator;
    }
    if exp >= 0 {
        (numerator << exp as usize, BigInt::from(1))
    } else {
        (numerator, BigInt::from(1) << (-exp) as usize)
    }
}
