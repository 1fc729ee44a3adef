//! `int` and `bool`: constructors, conversions, methods and three-argument `pow`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::call::call;
use crate::objects::exception::{overflow_error, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::int::{int_from_big, to_big};
use crate::objects::str::{as_pystr, new_str};
use crate::objects::typeobj::{class_of, type_data, type_name, types};
use crate::objects::{tuple_of, OwnedPayload, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::float::round;
use super::{keyword, new_class, number_format, this};
use crate::builtins::add_methods;
use crate::method;

pub(super) fn install() {
    let t = types();
    crate::builtins::add_native_getters(
        &t.int,
        &[("real", int_index), ("imag", int_zero), ("numerator", int_index), ("denominator", int_one)],
        false,
    );
    for (name, doc) in [
        ("real", "the real part of a complex number"),
        ("imag", "the imaginary part of a complex number"),
        ("numerator", "the numerator of a rational number in lowest terms"),
        ("denominator", "the denominator of a rational number in lowest terms"),
    ] {
        crate::builtins::set_getset_doc(&t.int, name, doc);
    }
    add_methods(
        &t.int,
        &[
            method!("__new__", int_new, StaticMethod),
            method!("bit_length", int_bit_length),
            method!("bit_count", int_bit_count),
            method!("conjugate", int_conjugate),
            method!("__index__", int_index),
            method!("__int__", int_index),
            method!("__trunc__", int_index),
            method!("__floor__", int_index),
            method!("__ceil__", int_index),
            method!("__getnewargs__", int_getnewargs),
            method!("__sizeof__", int_sizeof),
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
}

/// `int(text, base)` refuses more digits than `sys.get_int_max_str_digits()` in a base that is
/// not a power of two.
fn check_digit_limit(text: &str, base: u32) -> PyResult<()> {
    if base.is_power_of_two() && base != 0 {
        return Ok(());
    }
    crate::objects::int::check_parse_limit(text.chars().filter(|c| c.is_alphanumeric()).count())
}

/// Parses an int literal as `int(text, base)` does (underscores, whitespace, prefixes).
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let text = crate::builtins::strings::ascii_digits(text);
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
    let class = new_class(&args, &types().int)?;
    if ObjRef::ptr_eq(&class, &types().bool_) {
        return Err(type_error("int.__new__(bool) is not safe, use bool.__new__()"));
    }
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
            let base = protocols::number::index_big(thread, &b)?.to_u32().unwrap_or(1);
            if base != 0 && !(2..=36).contains(&base) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            if !matches!(v.payload(), Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_))) {
                return Err(type_error("int() can't convert non-string with explicit base"));
            }
            int_from_text(thread, &v, base)?.unwrap_or_default()
        }
    };
    if ObjRef::ptr_eq(&class, &types().int) {
        return Ok(result);
    }
    let big = to_big(&result).unwrap_or_default();
    let dict = type_data(&class).instance_dict.then(crate::objects::new_dict);
    Ok(Value::Obj(ObjRef::new(class, dict, OwnedPayload::Int(big))))
}

/// `int(value)` for one argument.
pub fn to_int(thread: &mut Thread, value: &Value) -> PyResult<Value> {
    match value {
        Value::Int(_) => return Ok(value.clone()),
        Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => return float_to_int(*f),
        _ => {}
    }
    // A subclass's own `__int__` comes first; the builtin payloads are the fast path.
    if !type_data(class_of(value)).heap {
        match value.payload() {
            Some(Payload::Int(big)) => return Ok(int_from_big(big.clone())),
            Some(Payload::Float(f)) => return float_to_int(*f),
            _ => {}
        }
    }
    // An exact str has none of the three methods below: straight to its text.
    if let Some(text) = crate::objects::str::exact_str(value) {
        if let Some(n) = small_decimal(text.wtf8()) {
            return Ok(Value::Int(n));
        }
        if let Some(result) = int_from_text(thread, value, 10)? {
            return Ok(result);
        }
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        let Some(result) = protocols::call_special(thread, value, name, &[])? else { continue };
        if name == "__trunc__" {
            let category = crate::objects::exception::exceptions().deprecation_warning.clone();
            crate::warnings::warn(thread, &category, "The delegation of int() to __trunc__ is deprecated.", 1)?;
            // `__trunc__` may return any object with `__index__`.
            return match to_big(&result) {
                Some(big) => Ok(int_from_big(big)),
                None => match protocols::special(&result, "__index__") {
                    Some(_) => Ok(int_from_big(protocols::number::index_big(thread, &result)?)),
                    None => Err(type_error(format!("__trunc__ returned non-Integral (type {})", type_name(&result)))),
                },
            };
        }
        let Some(big) = to_big(&result) else {
            return Err(type_error(format!("{name} returned non-int (type {})", type_name(&result))));
        };
        if !matches!(result, Value::Int(_)) && !ObjRef::ptr_eq(class_of(&result), &types().int) {
            let category = crate::objects::exception::exceptions().deprecation_warning.clone();
            let message = format!(
                "{name} returned non-int (type {}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.",
                type_name(&result)
            );
            crate::warnings::warn(thread, &category, &message, 1)?;
        }
        return Ok(int_from_big(big));
    }
    if let Some(result) = int_from_text(thread, value, 10)? {
        return Ok(result);
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(value)
    )))
}

/// The value of plain decimal text (an optional sign, then 1 to 18 ASCII digits, nothing
/// else): the common `int("123")`, parsed without allocating; None for anything else, which
/// `parse_int` then reads with all of Python's rules.
fn small_decimal(text: &[u8]) -> Option<i64> {
    let (negative, digits) = match text.split_first()? {
        (b'-', rest) => (true, rest),
        (b'+', rest) => (false, rest),
        _ => (false, text),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut n: i64 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        n = n * 10 + i64::from(d - b'0');
    }
    Some(if negative { -n } else { n })
}

/// `int(text, base)` of a str or bytes-like object; None for other objects.
fn int_from_text(thread: &mut Thread, value: &Value, base: u32) -> PyResult<Option<Value>> {
    let (text, shown) = match value.payload() {
        Some(Payload::Str(s)) => (s.as_str().into_owned(), None),
        _ => match crate::builtins::bytes_like(value) {
            // Bytes-like objects show as the bytes they hold.
            Some(data) => {
                let text = String::from_utf8_lossy(&data).into_owned();
                (text, Some(ferrython_ast::repr::bytes_repr(&data)))
            }
            None => return Ok(None),
        },
    };
    check_digit_limit(&text, base)?;
    match parse_int(&text, base) {
        Some(big) => Ok(Some(int_from_big(big))),
        None => {
            let shown = match shown {
                Some(shown) => shown,
                None => protocols::repr(thread, value)?,
            };
            // CPython shows at most 200 characters of the repr.
            let shown: String = shown.chars().take(200).collect();
            Err(value_error(format!("invalid literal for int() with base {base}: {shown}")))
        }
    }
}

pub(super) fn float_to_int(f: f64) -> PyResult<Value> {
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

/// The arguments of to_bytes/from_bytes after self or the class: `first` (`length` or
/// `bytes`) and `byteorder` (positional or keyword; 'big' by default) and the keyword-only
/// `signed`: (first, little-endian, signed).
fn bytes_arguments(
    thread: &mut Thread,
    args: &Args<'_>,
    name: &str,
    first: &str,
) -> PyResult<(Option<Value>, bool, bool)> {
    let p = &args.pos()[1..];
    if p.len() > 2 {
        return Err(type_error(format!("{name}() takes at most 2 positional arguments ({} given)", p.len())));
    }
    let mut slots = [p.first().cloned(), p.get(1).cloned()];
    let mut signed = false;
    for (k, v) in args.keywords() {
        let key = as_pystr(k).map(|s| s.as_str().into_owned()).unwrap_or_default();
        let index = match key.as_str() {
            "byteorder" => 1,
            "signed" => {
                signed = protocols::truthy(thread, v)?;
                continue;
            }
            k if k == first => 0,
            _ => return Err(type_error(format!("'{key}' is an invalid keyword argument for {name}()"))),
        };
        if slots[index].is_some() {
            return Err(type_error(format!(
                "argument for {name}() given by name ('{key}') and position ({})",
                index + 1
            )));
        }
        slots[index] = Some(v.clone());
    }
    let [first_value, order] = slots;
    let little = match order {
        None => false,
        Some(o) => match protocols::str_arg(&o, &format!("{name}() argument 'byteorder'"))?.as_str() {
            "big" => false,
            "little" => true,
            _ => return Err(value_error("byteorder must be either 'little' or 'big'")),
        },
    };
    Ok((first_value, little, signed))
}

fn int_to_bytes(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = int_value(&args)?;
    let (length, little, signed) = bytes_arguments(thread, &args, "to_bytes", "length")?;
    let length = match length {
        Some(l) => protocols::number::index_big(thread, &l)?,
        None => BigInt::from(1),
    };
    let length = match length.to_i64() {
        Some(n) if n < 0 => return Err(value_error("length argument must be non-negative")),
        Some(n) => n as usize,
        None => return Err(overflow_error("Python int too large to convert to C ssize_t")),
    };
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
    if !crate::objects::str::can_allocate(length) {
        return Err(crate::objects::exception::memory_error(""));
    }
    let fill = if value.is_negative() { 0xFF } else { 0 };
    let mut out = vec![fill; length - bytes.len()];
    out.append(&mut bytes);
    if little {
        out.reverse();
    }
    Ok(crate::builtins::new_bytes(out))
}

fn int_from_bytes(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = this(&args);
    let (source, little, signed) = bytes_arguments(thread, &args, "from_bytes", "bytes")?;
    let source = source.ok_or_else(|| type_error("from_bytes() missing required argument 'bytes' (pos 1)"))?;
    let mut data = match crate::builtins::bytes_like(&source) {
        Some(d) => d,
        // Not str (it needs an encoding), nor an int (a length to `bytes()`).
        None if as_pystr(&source).is_some() || to_big(&source).is_some() => {
            return Err(type_error(format!("cannot convert '{}' object to bytes", type_name(&source))));
        }
        None => {
            let bytes = call(thread, &Value::Obj(types().bytes.clone()), Args::positional(&[source]))?;
            crate::builtins::bytes_like(&bytes).unwrap_or_default()
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

fn int_zero(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    int_value(&args)?;
    Ok(Value::Int(0))
}

fn int_one(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    int_value(&args)?;
    Ok(Value::Int(1))
}

fn int_getnewargs(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(tuple_of([int_from_big(int_value(&args)?)]))
}

/// CPython's size of an int object: a 24-byte header and 30-bit digits (at least one).
fn int_sizeof(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let digits = int_value(&args)?.bits().div_ceil(30).max(1);
    Ok(Value::Int(24 + 4 * digits as i64))
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
    Ok(tuple_of([int_from_big(int_value(&args)?), Value::Int(1)]))
}

fn int_is_integer(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn int_round(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = int_from_big(int_value(&args)?);
    match args.pos().get(1) {
        // Unlike round(), an explicit None is not "no ndigits" here.
        Some(Value::None) => Err(type_error("'NoneType' object cannot be interpreted as an integer")),
        Some(ndigits) => round(thread, &value, ndigits),
        None => Ok(value),
    }
}

/// `pow(base, exp, mod)`.
pub fn pow_mod(_thread: &mut Thread, base: &Value, exp: &Value, modulus: &Value) -> PyResult<Value> {
    let is_complex = |v: &Value| matches!(v.payload(), Some(Payload::Complex(..)));
    if is_complex(base) || is_complex(exp) {
        return Err(value_error("complex modulo"));
    }
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
