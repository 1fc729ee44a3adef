//! `int`, `bool`, `float` and `complex`: constructors, methods, `round` and three-argument `pow`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::call::call;
use crate::method;
use crate::objects::exception::{overflow_error, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::int::{int_from_big, to_big};
use crate::objects::str::{as_pystr, new_str};
use crate::objects::typeobj::{class_of, type_data, type_name, types};
use crate::objects::{tuple, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::add_methods;

pub(super) fn install() {
    let t = types();
    add_methods(
        &t.int,
        &[
            method!("__new__", int_new, StaticMethod),
            method!("bit_length", int_bit_length),
            method!("bit_count", int_bit_count),
            method!("conjugate", int_conjugate),
            method!("__index__", int_index),
            method!("__int__", int_index),
            method!("__float__", int_float),
            method!("__round__", int_round),
            method!("__abs__", int_abs),
            method!("as_integer_ratio", int_as_integer_ratio),
            method!("is_integer", int_is_integer),
            method!("to_bytes", int_to_bytes),
            method!("from_bytes", int_from_bytes, ClassMethod),
            method!("__format__", number_format),
        ],
    );
    add_methods(&t.bool_, &[method!("__new__", bool_new, StaticMethod), method!("__repr__", bool_repr)]);
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
            method!("__format__", number_format),
        ],
    );
    add_methods(
        &t.complex,
        &[
            method!("__new__", complex_new, StaticMethod),
            method!("conjugate", complex_conjugate),
            method!("__abs__", complex_abs),
        ],
    );
}

/// A new complex number.
pub fn new_complex(real: f64, imag: f64) -> Value {
    Value::Obj(ObjRef::new(types().complex.clone(), None, Payload::Complex(real, imag)))
}

fn this(args: &Args<'_>) -> Value {
    args.pos().first().cloned().unwrap_or_default()
}

fn keyword(args: &Args<'_>, name: &str) -> Option<Value> {
    args.keywords().find(|(k, _)| as_pystr(k).is_some_and(|s| s.as_str() == name)).map(|(_, v)| v.clone())
}

/// The most digits `int(text)` converts in a base that is not a power of two (CPython's
/// default `sys.get_int_max_str_digits()`).
const MAX_STR_DIGITS: usize = 4300;

fn check_digit_limit(text: &str, base: u32) -> PyResult<()> {
    if base.is_power_of_two() && base != 0 {
        return Ok(());
    }
    let digits = text.chars().filter(|c| c.is_alphanumeric()).count();
    if digits > MAX_STR_DIGITS {
        return Err(value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// Parses an int literal as `int(text, base)` does (underscores, whitespace, prefixes).
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let text = super::strings::ascii_digits(text);
    let trimmed = text.trim();
    let (negative, digits) = match trimmed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, trimmed.strip_prefix('+').unwrap_or(trimmed)),
    };
    let lower = digits.to_ascii_lowercase();
    let (base, body) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &digits[2..]),
        (0 | 8, Some("0o")) => (8, &digits[2..]),
        (0 | 2, Some("0b")) => (2, &digits[2..]),
        (0, _) => {
            if digits.len() > 1 && digits.starts_with('0') && digits.chars().any(|c| c != '0' && c != '_') {
                return None;
            }
            (10, digits)
        }
        (b, _) => (b, digits),
    };
    let body = body.strip_prefix('_').filter(|_| base != 10 || digits.len() != body.len()).unwrap_or(body);
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return None;
    }
    let cleaned: String = body.chars().filter(|&c| c != '_').collect();
    if !cleaned.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let value = BigInt::parse_bytes(cleaned.as_bytes(), base)?;
    Some(if negative { -value } else { value })
}

fn int_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = match args.values.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => types().int.clone(),
    };
    let p = &args.pos()[1..];
    if p.len() + args.kwnames.len() > 2 {
        return Err(type_error(format!("int() takes at most 2 arguments ({} given)", p.len() + args.kwnames.len())));
    }
    // `x` is positional-only; `base` is the only keyword.
    if let Some((bad, _)) = args.keywords().find(|(k, _)| as_pystr(k).is_none_or(|s| s.as_str() != "base")) {
        let bad = as_pystr(bad).map(|s| s.as_str().into_owned()).unwrap_or_default();
        return Err(type_error(format!("'{bad}' is an invalid keyword argument for int()")));
    }
    let value = p.first().cloned();
    let base = p.get(1).cloned().or_else(|| keyword(&args, "base"));
    let result = match (value, base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(type_error("int() missing string argument")),
        (Some(v), None) => to_int(thread, &v)?,
        (Some(v), Some(b)) => {
            let base = protocols::number::index_of(thread, &b)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let text = match v.payload() {
                Some(Payload::Str(s)) => s.as_str().into_owned(),
                Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                    String::from_utf8_lossy(&super::bytes_like(&v).unwrap_or_default()).into_owned()
                }
                _ => return Err(type_error("int() can't convert non-string with explicit base")),
            };
            check_digit_limit(&text, base as u32)?;
            match parse_int(&text, base as u32) {
                Some(big) => int_from_big(big),
                None => {
                    let shown = protocols::repr(thread, &v)?;
                    return Err(value_error(format!("invalid literal for int() with base {base}: {shown}")));
                }
            }
        }
    };
    if ObjRef::ptr_eq(&class, &types().int) {
        return Ok(result);
    }
    let big = to_big(&result).unwrap_or_default();
    let dict = type_data(&class).instance_dict.then(crate::objects::new_dict);
    Ok(Value::Obj(ObjRef::new(class, dict, Payload::Int(big))))
}

/// `int(value)` for one argument.
pub fn to_int(thread: &mut Thread, value: &Value) -> PyResult<Value> {
    match value {
        Value::Int(_) => return Ok(value.clone()),
        Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => return float_to_int(*f),
        _ => {}
    }
    match value.payload() {
        Some(Payload::Int(big)) => return Ok(int_from_big(big.clone())),
        Some(Payload::Float(f)) => return float_to_int(*f),
        Some(Payload::Str(s)) => {
            let text = s.as_str();
            check_digit_limit(&text, 10)?;
            return match parse_int(&text, 10) {
                Some(big) => Ok(int_from_big(big)),
                None => Err(value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    protocols::repr(thread, value)?
                ))),
            };
        }
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let text = String::from_utf8_lossy(&super::bytes_like(value).unwrap_or_default()).into_owned();
            return match parse_int(&text, 10) {
                Some(big) => Ok(int_from_big(big)),
                None => Err(value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    protocols::repr(thread, value)?
                ))),
            };
        }
        _ => {}
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(result) = protocols::call_special(thread, value, name, &[])? {
            if to_big(&result).is_none() {
                return Err(type_error(format!("{name} returned non-int (type {})", type_name(&result))));
            }
            return Ok(result);
        }
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(value)
    )))
}

fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(int_from_big(num_traits::FromPrimitive::from_f64(t).unwrap_or_default()))
}

fn bool_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = &args.pos()[1..];
    if !args.kwnames.is_empty() {
        return Err(type_error("bool() takes no keyword arguments"));
    }
    if p.len() > 1 {
        return Err(type_error(format!("bool expected at most 1 argument, got {}", p.len())));
    }
    match p.first() {
        Some(v) => Ok(Value::Bool(protocols::truthy(thread, v)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn bool_repr(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(new_str(if matches!(this(&args), Value::Bool(true)) { "True" } else { "False" }))
}

fn int_value(args: &Args<'_>) -> PyResult<BigInt> {
    to_big(&this(args)).ok_or_else(|| type_error("descriptor requires an 'int' object"))
}

/// The `length`, `byteorder` and `signed` arguments of to_bytes/from_bytes (after `skip`
/// leading positional ones): (length or None, little-endian, signed).
fn bytes_options(
    thread: &mut Thread,
    args: &Args<'_>,
    skip: usize,
    name: &str,
) -> PyResult<(Option<Value>, bool, bool)> {
    let p = args.pos();
    let mut length = if name == "to_bytes" { p.get(skip).cloned() } else { None };
    let order_at = if name == "to_bytes" { skip + 1 } else { skip };
    let mut order = p.get(order_at).cloned();
    let mut signed = false;
    for (k, v) in args.keywords() {
        match as_pystr(k).map(|s| s.as_str().into_owned()).as_deref() {
            Some("length") if name == "to_bytes" => length = Some(v.clone()),
            Some("byteorder") => order = Some(v.clone()),
            Some("signed") => signed = protocols::truthy(thread, v)?,
            Some(other) => return Err(type_error(format!("{name}() got an unexpected keyword argument '{other}'"))),
            None => return Err(type_error("keywords must be strings")),
        }
    }
    let little = match order {
        None => false,
        Some(o) => match protocols::str_arg(&o, &format!("{name}() argument 'byteorder'"))?.as_str() {
            "big" => false,
            "little" => true,
            _ => return Err(value_error("byteorder must be either 'little' or 'big'")),
        },
    };
    Ok((length, little, signed))
}

fn int_to_bytes(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = int_value(&args)?;
    let (length, little, signed) = bytes_options(thread, &args, 1, "to_bytes")?;
    let length = match length {
        Some(l) => protocols::number::index_of(thread, &l)?,
        None => 1,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let length = length as usize;
    if value.is_negative() && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if value.is_zero() {
        Vec::new()
    } else if signed {
        value.to_signed_bytes_be()
    } else {
        value.to_bytes_be().1
    };
    if bytes.len() > length {
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if value.is_negative() { 0xFF } else { 0 };
    let mut out = vec![fill; length - bytes.len()];
    out.append(&mut bytes);
    if little {
        out.reverse();
    }
    Ok(super::new_bytes(out))
}

fn int_from_bytes(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = this(&args);
    let source = args
        .pos()
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("from_bytes() missing required argument 'bytes' (pos 1)"))?;
    let (_, little, signed) = bytes_options(thread, &args, 2, "from_bytes")?;
    let mut data = match super::bytes_like(&source) {
        Some(d) => d,
        None => {
            let bytes = call(thread, &Value::Obj(types().bytes.clone()), Args::positional(&[source]))?;
            super::bytes_like(&bytes).unwrap_or_default()
        }
    };
    if little {
        data.reverse();
    }
    let value =
        if signed { BigInt::from_signed_bytes_be(&data) } else { BigInt::from_bytes_be(num_bigint::Sign::Plus, &data) };
    let result = int_from_big(value);
    match class.as_obj() {
        Some(c) if !ObjRef::ptr_eq(c, &types().int) => call(thread, &class, Args::positional(&[result])),
        _ => Ok(result),
    }
}

fn int_bit_length(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(int_value(&args)?.bits() as i64))
}

fn int_bit_count(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let v = int_value(&args)?;
    Ok(Value::Int(v.magnitude().count_ones() as i64))
}

fn int_conjugate(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(int_from_big(int_value(&args)?))
}

fn int_index(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(int_from_big(int_value(&args)?))
}

fn int_abs(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(int_from_big(int_value(&args)?.abs()))
}

fn int_float(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let v = int_value(&args)?;
    v.to_f64()
        .filter(|f| f.is_finite())
        .map(Value::Float)
        .ok_or_else(|| overflow_error("int too large to convert to float"))
}

fn int_as_integer_ratio(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(tuple(vec![int_from_big(int_value(&args)?), Value::Int(1)]))
}

fn int_is_integer(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn int_round(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let ndigits = args.pos().get(1).cloned().unwrap_or(Value::None);
    round(thread, &int_from_big(int_value(&args)?), &ndigits)
}

fn number_format(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let spec = p.get(1).map(|s| protocols::str_arg(s, "format spec")).transpose()?.unwrap_or_default();
    Ok(new_str(crate::format::format_builtin(thread, &p[0], &spec)?))
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
    match value.payload() {
        Some(Payload::Float(f)) => return Ok(*f),
        Some(Payload::Int(big)) => {
            return big
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| overflow_error("int too large to convert to float"))
        }
        Some(Payload::Str(s)) => {
            let text = s.as_str();
            return parse_float(&text).ok_or_else(|| {
                value_error(format!(
                    "could not convert string to float: {}",
                    ferrython_ast::repr::str_repr(s.code_points().collect::<Vec<_>>().into_iter())
                ))
            });
        }
        _ => {}
    }
    if let Some(result) = protocols::call_special(thread, value, "__float__", &[])? {
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
    if let Some(result) = protocols::call_special(thread, value, "__index__", &[])? {
        return to_float(thread, &result);
    }
    Err(type_error(format!("float() argument must be a string or a real number, not '{}'", type_name(value))))
}

/// Parses a float as `float(text)` does.
pub fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let (sign, rest) = match lower.strip_prefix('-') {
        Some(r) => (-1.0, r),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    match rest {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if rest.is_empty() || rest.starts_with('_') || rest.ends_with('_') || rest.contains("__") {
        return None;
    }
    if !rest.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_')) {
        return None;
    }
    let cleaned: String = t.chars().filter(|&c| c != '_').collect();
    cleaned.parse::<f64>().ok()
}

fn float_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = match args.values.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => types().float.clone(),
    };
    let p = &args.pos()[1..];
    if !args.kwnames.is_empty() && ObjRef::ptr_eq(&class, &types().float) {
        return Err(type_error("float() takes no keyword arguments"));
    }
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
    Ok(Value::Obj(ObjRef::new(class, dict, Payload::Float(f))))
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
    let text = protocols::str_arg(&text, "fromhex() argument")?;
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
    // Keep 54+ significant bits before the final rounding by to_f64 and the power of two.
    let (scaled, rest) = if bits > 60 {
        let drop = bits - 60;
        let low_mask: BigInt = (BigInt::from(1) << drop as usize) - 1;
        let sticky = !(mantissa & low_mask).is_zero();
        let top: BigInt = (mantissa >> drop as usize) | BigInt::from(u8::from(sticky));
        (top, shift + drop)
    } else {
        (mantissa.clone(), shift)
    };
    let value = scaled.to_f64().unwrap_or(f64::INFINITY);
    let result = if rest < -1000 {
        value * 2f64.powi(-1000) * 2f64.powi((rest + 1000) as i32)
    } else {
        value * 2f64.powi(rest as i32)
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
    Ok(tuple(vec![int_from_big(numerator), int_from_big(denominator)]))
}

fn complex_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = &args.pos()[1..];
    let real = p.first().cloned().or_else(|| keyword(&args, "real"));
    let imag = p.get(1).cloned().or_else(|| keyword(&args, "imag"));
    // (real part, imaginary part, whether the argument was a complex)
    let (mut re, mut re_imag, mut re_complex) = (0.0, 0.0, false);
    if let Some(r) = &real {
        if let Some(Payload::Str(s)) = r.payload() {
            if imag.is_some() {
                return Err(type_error("complex() can't take second arg if first is a string"));
            }
            let text = s.as_str().trim().to_string();
            let text = match text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
                Some(inner) => inner.trim().to_string(),
                None => text,
            };
            let (a, b) = parse_complex(&text).ok_or_else(|| value_error("complex() arg is a malformed string"))?;
            return Ok(new_complex(a, b));
        }
        match complex_argument(thread, r)? {
            Some(parts) => (re, re_imag, re_complex) = (parts.0, parts.1, true),
            None => match float_parts(thread, r)? {
                Some(f) => re = f,
                None => {
                    return Err(type_error(format!(
                        "complex() first argument must be a string or a number, not '{}'",
                        type_name(r)
                    )))
                }
            },
        }
    }
    let mut im;
    if let Some(i) = &imag {
        if let Some(Payload::Str(_)) = i.payload() {
            return Err(type_error("complex() second arg can't be a string"));
        }
        match i.payload() {
            Some(Payload::Complex(a, b)) => {
                re -= b;
                im = *a;
            }
            _ => match float_parts(thread, i)? {
                Some(f) => im = f,
                None => {
                    return Err(type_error(format!(
                        "complex() second argument must be a number, not '{}'",
                        type_name(i)
                    )))
                }
            },
        }
        if re_complex {
            im += re_imag;
        }
    } else {
        im = re_imag;
    }
    Ok(new_complex(re, im))
}

/// A complex argument's parts: a complex, or an object with `__complex__`.
fn complex_argument(thread: &mut Thread, value: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(Payload::Complex(a, b)) = value.payload() {
        if !type_data(class_of(value)).heap {
            return Ok(Some((*a, *b)));
        }
    }
    match protocols::call_special(thread, value, "__complex__", &[])? {
        Some(result) => match result.payload() {
            Some(Payload::Complex(a, b)) => Ok(Some((*a, *b))),
            _ => Err(type_error(format!("__complex__ returned non-complex (type {})", type_name(&result)))),
        },
        None => Ok(None),
    }
}

/// A real argument of complex(): a float, an int, or an object with `__float__` or `__index__`.
fn float_parts(thread: &mut Thread, value: &Value) -> PyResult<Option<f64>> {
    let numeric = matches!(value, Value::Int(_) | Value::Float(_) | Value::Bool(_))
        || matches!(value.payload(), Some(Payload::Int(_) | Payload::Float(_)))
        || protocols::special(value, "__float__").is_some()
        || protocols::special(value, "__index__").is_some();
    if !numeric {
        return Ok(None);
    }
    to_float(thread, value).map(Some)
}

fn parse_complex(text: &str) -> Option<(f64, f64)> {
    if let Some(body) = text.strip_suffix(['j', 'J']) {
        let split = body
            .char_indices()
            .skip(1)
            .filter(|&(i, c)| (c == '+' || c == '-') && !matches!(body.as_bytes()[i - 1], b'e' | b'E'))
            .map(|(i, _)| i)
            .last();
        return match split {
            Some(i) => {
                let imag = match &body[i..] {
                    "+" => 1.0,
                    "-" => -1.0,
                    s => parse_float(s)?,
                };
                Some((parse_float(&body[..i])?, imag))
            }
            None => Some((
                0.0,
                match body {
                    "" | "+" => 1.0,
                    "-" => -1.0,
                    s => parse_float(s)?,
                },
            )),
        };
    }
    Some((parse_float(text)?, 0.0))
}

fn complex_parts(args: &Args<'_>) -> PyResult<(f64, f64)> {
    match this(args).payload() {
        Some(Payload::Complex(a, b)) => Ok((*a, *b)),
        _ => Err(type_error("descriptor requires a 'complex' object")),
    }
}

fn complex_conjugate(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = complex_parts(&args)?;
    Ok(new_complex(a, -b))
}

fn complex_abs(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = complex_parts(&args)?;
    Ok(Value::Float(a.hypot(b)))
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
            // Digits beyond the machine range are clamped, as CPython's PyNumber_AsSsize_t does.
            let n = protocols::number::index_big(thread, ndigits)?;
            let n = n.to_i64().unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
            Ok(Value::Float(round_float_digits(*f, n)))
        }
        _ if crate::objects::int::is_int(&plain) && !type_data(crate::objects::typeobj::class_of(&plain)).heap => {
            let value = to_big(&plain).unwrap_or_default();
            if ndigits.is_none() {
                return Ok(int_from_big(value));
            }
            let n = protocols::number::index_big(thread, ndigits)?;
            if !n.is_negative() {
                return Ok(int_from_big(value));
            }
            // Rounding to more digits than the value has gives 0 (without computing 10**-n).
            let digits = value.abs().to_string().len() as u64;
            let n = match n.to_i64() {
                Some(n) if n.unsigned_abs() <= digits => n,
                _ => return Ok(Value::Int(0)),
            };
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

fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}

/// Rounds to `n` decimal digits correctly (through the shortest decimal text).
fn round_float_digits(f: f64, n: i64) -> f64 {
    if !f.is_finite() || n > 308 {
        return f;
    }
    if n < -308 {
        return 0.0f64.copysign(f);
    }
    if n >= 0 {
        let text = format!("{:.*}", n as usize, f);
        // Rust formats with round-half-even on the exact binary value, as CPython does.
        return text.parse().unwrap_or(f);
    }
    let pow = 10f64.powi((-n) as i32);
    let y = f / pow;
    let r = round_half_even(y) * pow;
    if r.is_infinite() {
        return f;
    }
    r
}

/// `pow(base, exp, mod)`.
pub fn pow_mod(_thread: &mut Thread, base: &Value, exp: &Value, modulus: &Value) -> PyResult<Value> {
    let (Some(b), Some(e), Some(m)) = (to_big(base), to_big(exp), to_big(modulus)) else {
        return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    };
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let result = if e.is_negative() {
        let inverse = mod_inverse(&b, &m).ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        inverse.modpow(&(-e), &m.abs())
    } else {
        b.modpow(&e, &m.abs())
    };
    let result = if m.is_negative() && !result.is_zero() { result + m } else { result.mod_floor(&m.abs()) };
    Ok(int_from_big(result))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let e = a.mod_floor(&m).extended_gcd(&m);
    if e.gcd != BigInt::from(1) {
        return None;
    }
    Some(e.x.mod_floor(&m))
}
