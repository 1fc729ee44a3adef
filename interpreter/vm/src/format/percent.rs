//! printf-style formatting: `str % args` (and the text part of `bytes % args`).

use num_bigint::BigInt;
use num_traits::Signed;

use crate::objects::exception::{type_error, value_error};
use crate::objects::int::to_big;
use crate::objects::str::{as_pystr, new_str, str_object};
use crate::objects::typeobj::{type_data, type_name};
use crate::objects::Payload;
use crate::objects::PyString;
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

use super::spec::{format_float, parse_spec};

/// `str % args` (printf-style formatting), WTF-8 through and through so that lone surrogates in
/// the template and in str arguments survive.
pub fn percent_format_str(thread: &mut Thread, template: &PyString, args: &Value) -> PyResult<Value> {
    // `"%s" % x` is `str(x)` itself (a str subclass a `__str__` returned stays one), as CPython's
    // writer hands back the one str it was given.
    if template.wtf8() == b"%s" {
        let single = match args.payload() {
            Some(Payload::Tuple(items)) if items.len() == 1 => Some(&items[0]),
            Some(Payload::Tuple(_)) | Some(Payload::Dict(_)) => None,
            _ => Some(args),
        };
        if let Some(value) = single.filter(|v| type_data(crate::objects::typeobj::class_of(v)).heap) {
            return protocols::repr::to_str_value(thread, value);
        }
    }
    let out = percent_bytes(thread, template.wtf8(), args, false)?;
    Ok(str_object(PyString::from_wtf8(&out)))
}

/// `percent_format_str` for a template and result known as Rust text.
pub fn percent_format(thread: &mut Thread, template: &str, args: &Value) -> PyResult<String> {
    let out = percent_bytes(thread, template.as_bytes(), args, false)?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// `bytes % args`: the conversions of str formatting, except that `%s` and `%b` insert
/// bytes-like values (or what `__bytes__` returns), `%r` and `%a` the ASCII repr, and `%c` an int
/// in range(256) or one byte; keys are bytes.
pub fn percent_format_bytes(thread: &mut Thread, template: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    percent_bytes(thread, template, args, true)
}

/// The int a `*` width or precision takes from the arguments, at most `max` (the C type
/// CPython converts it to, named for its OverflowError).
fn star_argument(value: &Value, c_type: &str, max: i64) -> PyResult<i64> {
    if !crate::objects::int::is_int(value) {
        return Err(type_error("* wants int"));
    }
    crate::objects::int::to_i64(value).filter(|n| (-max - 1..=max).contains(n)).ok_or_else(|| {
        crate::objects::exception::overflow_error(format!("Python int too large to convert to C {c_type}"))
    })
}

/// The engine of str and bytes formatting: `bytes` is the WTF-8 template of a str, or the
/// template of a bytes object when `for_bytes`.
fn percent_bytes(thread: &mut Thread, bytes: &[u8], args: &Value, for_bytes: bool) -> PyResult<Vec<u8>> {
    let single = [args.clone()];
    let items: &[Value] = match args.payload() {
        Some(Payload::Tuple(items)) => items,
        _ => &single,
    };
    // A mapping argument serves `%(key)s`; numbers, the commonest single arguments, are not.
    let mapping = match args {
        Value::Obj(obj) => match obj.payload() {
            Payload::Dict(_) => true,
            Payload::Tuple(_) | Payload::Str(_) | Payload::Int(_) | Payload::Float(_) => false,
            // Bytes formatting takes no bytes or bytearray for a mapping.
            Payload::Bytes(_) | Payload::ByteArray(_) if for_bytes => false,
            _ => protocols::special(args, "__getitem__").is_some(),
        },
        _ => false,
    };
    let mut out = Vec::with_capacity(bytes.len() + 16);
    let mut index = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Literal text up to the next '%' (ASCII, so the cut is at a char boundary).
        let next = memchr::memchr(b'%', &bytes[i..]).map_or(bytes.len(), |k| i + k);
        out.extend_from_slice(&bytes[i..next]);
        if next == bytes.len() {
            break;
        }
        i = next + 1;
        let mut value: Option<Value> = None;
        if bytes.get(i) == Some(&b'(') {
            // The key runs to the matching ')', with nested parentheses counted.
            let mut depth = 1;
            let mut end = i + 1;
            while end < bytes.len() {
                match bytes[end] {
                    b'(' => depth += 1,
                    b')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                end += 1;
            }
            if end >= bytes.len() {
                return Err(value_error("incomplete format key"));
            }
            if !mapping {
                return Err(type_error("format requires a mapping"));
            }
            let key = if for_bytes {
                crate::builtins::new_bytes(bytes[i + 1..end].to_vec())
            } else {
                str_object(PyString::from_wtf8(&bytes[i + 1..end]))
            };
            value = Some(protocols::getitem(thread, args, &key)?);
            i = end + 1;
        }
        let flags_start = i;
        while matches!(bytes.get(i), Some(b'-' | b'+' | b' ' | b'#' | b'0')) {
            i += 1;
        }
        let flags = ascii_text(&bytes[flags_start..i]);
        let mut width = String::new();
        if bytes.get(i) == Some(&b'*') {
            let w = items.get(index).cloned().ok_or_else(|| type_error("not enough arguments for format string"))?;
            index += 1;
            let w = star_argument(&w, "ssize_t", i64::MAX)?;
            width = w.to_string();
            i += 1;
        } else {
            let start = i;
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            width.push_str(ascii_text(&bytes[start..i]));
        }
        let mut precision = None;
        if bytes.get(i) == Some(&b'.') {
            i += 1;
            if bytes.get(i) == Some(&b'*') {
                let p =
                    items.get(index).cloned().ok_or_else(|| type_error("not enough arguments for format string"))?;
                index += 1;
                let p = star_argument(&p, "int", i64::from(i32::MAX))?;
                precision = Some(p.max(0) as usize);
                i += 1;
            } else {
                let start = i;
                while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
                let digits = ascii_text(&bytes[start..i]);
                precision = match digits.parse::<i32>() {
                    Ok(p) => Some(p as usize),
                    Err(_) if digits.is_empty() => Some(0),
                    Err(_) => return Err(value_error("precision too big")),
                };
            }
        }
        // Length modifiers are accepted and ignored, as in C.
        while matches!(bytes.get(i), Some(b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(&first) = bytes.get(i) else { return Err(value_error("incomplete format")) };
        let kind_len = match first {
            _ if for_bytes => 1,
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        let kind_bytes = &bytes[i..(i + kind_len).min(bytes.len())];
        let kind = if for_bytes {
            char::from(first)
        } else {
            std::str::from_utf8(kind_bytes).ok().and_then(|k| k.chars().next()).unwrap_or('\u{FFFD}')
        };
        let kind_at = i;
        i += kind_bytes.len();
        // Only a bare `%%` is a literal percent; with a key, flags, width or precision it is a
        // conversion like another, which takes an argument and then is unsupported (3.12).
        if kind == '%' && kind_at == next + 1 {
            out.push(b'%');
            continue;
        }
        let value = match value {
            Some(v) => v,
            None => {
                let v =
                    items.get(index).cloned().ok_or_else(|| type_error("not enough arguments for format string"))?;
                index += 1;
                v
            }
        };
        // The commonest conversions, with nothing to pad, go straight to the output.
        if flags.is_empty() && width.is_empty() && precision.is_none() && !for_bytes {
            match (kind, &value) {
                ('d' | 'i' | 'u', Value::Int(n)) => {
                    use std::io::Write;
                    let _ = write!(out, "{n}");
                    continue;
                }
                ('s', Value::Obj(obj)) if matches!(obj.payload(), Payload::Str(_)) && !type_data(&obj.class).heap => {
                    if let Some(s) = as_pystr(&value) {
                        out.extend_from_slice(s.wtf8());
                    }
                    continue;
                }
                _ => {}
            }
        }
        // A precision is a C int; a width too large to allocate is a MemoryError later.
        let width: i64 = match width.parse() {
            Ok(w) => w,
            Err(_) if width.is_empty() => 0,
            Err(_) => return Err(value_error("width too big")),
        };
        if precision.is_some_and(|p| p > i32::MAX as usize) {
            return Err(value_error("precision too big"));
        }
        let flags = Flags::parse(flags, width);
        match kind {
            's' | 'b' | 'r' | 'a' | 'c' if for_bytes => {
                let data = bytes_conversion(thread, kind, &value)?;
                // The precision cuts after that many bytes (not for %c).
                let end = precision.filter(|_| kind != 'c').map_or(data.len(), |p| p.min(data.len()));
                flags.pad(&mut out, "", &data[..end], false)?;
            }
            's' | 'r' | 'a' => {
                let text = match kind {
                    's' => protocols::repr::to_str_value(thread, &value)?,
                    'r' => new_str(protocols::repr(thread, &value)?),
                    _ => new_str(crate::builtins::ascii_of(&protocols::repr(thread, &value)?)),
                };
                let text = as_pystr(&text).map_or(&[][..], PyString::wtf8);
                // The precision cuts after that many code points.
                let end = match precision {
                    Some(p) => text
                        .iter()
                        .enumerate()
                        .filter(|(_, &b)| b & 0xC0 != 0x80)
                        .nth(p)
                        .map_or(text.len(), |(at, _)| at),
                    None => text.len(),
                };
                flags.pad(&mut out, "", &text[..end], false)?;
            }
            'c' => {
                let c = match as_pystr(&value) {
                    Some(s) if s.char_len() == 1 => s.wtf8().to_vec(),
                    Some(_) => return Err(type_error("%c requires int or char")),
                    None if crate::objects::int::is_int(&value)
                        || protocols::special(&value, "__index__").is_some() =>
                    {
                        let n = protocols::number::index_big(thread, &value)?;
                        let code = num_traits::ToPrimitive::to_u32(&n);
                        match code.and_then(char::from_u32) {
                            Some(c) => c.to_string().into_bytes(),
                            None => {
                                return Err(crate::objects::exception::overflow_error("%c arg not in range(0x110000)"))
                            }
                        }
                    }
                    None => return Err(type_error("%c requires int or char")),
                };
                flags.pad(&mut out, "", &c, false)?;
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let n = integer_argument(thread, &value, kind)?;
                let (radix, prefix) = match kind {
                    'x' => (16, "0x"),
                    'X' => (16, "0X"),
                    'o' => (8, "0o"),
                    _ => (10, ""),
                };
                let mut digits = if radix == 10 {
                    crate::objects::int::decimal_digits(n.magnitude())?
                } else {
                    n.magnitude().to_str_radix(radix)
                };
                if kind == 'X' {
                    digits.make_ascii_uppercase();
                }
                if let Some(p) = precision.filter(|&p| p > digits.len()) {
                    if !crate::objects::str::can_allocate(p) {
                        return Err(crate::objects::exception::memory_error(""));
                    }
                    digits.insert_str(0, &"0".repeat(p - digits.len()));
                }
                let sign = if n.is_negative() {
                    "-"
                } else if flags.plus {
                    "+"
                } else if flags.space {
                    " "
                } else {
                    ""
                };
                let lead = if flags.alternate { format!("{sign}{prefix}") } else { sign.to_string() };
                flags.pad(&mut out, &lead, digits.as_bytes(), true)?;
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                // Strings are not numbers here; an int too large for a float is an OverflowError.
                let not_real = || type_error(format!("must be real number, not {}", type_name(&value)));
                if matches!(value.payload(), Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_))) {
                    return Err(not_real());
                }
                let f = crate::builtins::to_float_value(thread, &value).map_err(|e| {
                    if e.matches(&crate::objects::exception::exceptions().type_error) {
                        not_real()
                    } else {
                        e
                    }
                })?;
                let mut spec = String::new();
                if flags.plus {
                    spec.push('+');
                } else if flags.space {
                    spec.push(' ');
                }
                if flags.alternate {
                    spec.push('#');
                }
                let text = format_float(
                    f,
                    &parse_spec(&format!("{spec}.{}{kind}", precision.unwrap_or(6)), || "float".into())?,
                )?;
                let (lead, body) = match text.strip_prefix(['-', '+', ' ']) {
                    Some(body) => (&text[..1], body),
                    None => ("", text.as_str()),
                };
                flags.pad(&mut out, lead, body.as_bytes(), true)?;
            }
            other => {
                // Non-ASCII characters show as '?', as CPython's message has them.
                let shown = if other.is_ascii() { other } else { '?' };
                return Err(value_error(format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {}",
                    other as u32,
                    if for_bytes { kind_at } else { bytes[..kind_at].iter().filter(|&&b| b & 0xC0 != 0x80).count() }
                )));
            }
        }
    }
    if index < items.len() && !mapping {
        let what = if for_bytes { "bytes" } else { "string" };
        return Err(type_error(format!("not all arguments converted during {what} formatting")));
    }
    Ok(out)
}

/// The bytes `%s`/`%b`, `%r`/`%a` or `%c` of bytes formatting give for `value`.
fn bytes_conversion(thread: &mut Thread, kind: char, value: &Value) -> PyResult<Vec<u8>> {
    match kind {
        'r' | 'a' => Ok(crate::builtins::ascii_of(&protocols::repr(thread, value)?).into_bytes()),
        'c' => {
            if matches!(value.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_))) {
                let data = crate::builtins::bytes_like(value).unwrap_or_default();
                if data.len() == 1 {
                    return Ok(data);
                }
            } else if crate::objects::int::is_int(value) || protocols::special(value, "__index__").is_some() {
                let n = protocols::number::index_big(thread, value)?;
                return match num_traits::ToPrimitive::to_u8(&n) {
                    Some(b) => Ok(vec![b]),
                    None => Err(crate::objects::exception::overflow_error("%c arg not in range(256)")),
                };
            }
            Err(type_error("%c requires an integer in range(256) or a single byte"))
        }
        _ => {
            if let Some(data) = crate::builtins::bytes_like(value) {
                return Ok(data);
            }
            if let Some(result) = protocols::call_special(thread, value, "__bytes__", &[])? {
                return crate::builtins::bytes_like(&result)
                    .filter(|_| matches!(result.payload(), Some(Payload::Bytes(_))))
                    .ok_or_else(|| type_error(format!("__bytes__ returned non-bytes (type {})", type_name(&result))));
            }
            Err(type_error(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                type_name(value)
            )))
        }
    }
}

/// The flags and width of one conversion.
struct Flags {
    left: bool,
    zero: bool,
    plus: bool,
    space: bool,
    alternate: bool,
    width: usize,
}

impl Flags {
    fn parse(flags: &str, width: i64) -> Flags {
        Flags {
            // A negative width from `*` means left adjustment.
            left: flags.contains('-') || width < 0,
            zero: flags.contains('0'),
            plus: flags.contains('+'),
            space: flags.contains(' '),
            alternate: flags.contains('#'),
            width: width.unsigned_abs() as usize,
        }
    }

    /// Appends `lead` and `body` padded to the width: spaces on the left (right with `-`),
    /// or, for numbers with the `0` flag, zeros between the lead and the body.
    fn pad(&self, out: &mut Vec<u8>, lead: &str, body: &[u8], numeric: bool) -> PyResult<()> {
        let len = lead.len() + body.iter().filter(|&&b| b & 0xC0 != 0x80).count();
        let padding = self.width.saturating_sub(len);
        if !crate::objects::str::can_allocate(padding) || out.try_reserve(padding + lead.len() + body.len()).is_err() {
            return Err(crate::objects::exception::memory_error(""));
        }
        if self.left {
            out.extend_from_slice(lead.as_bytes());
            out.extend_from_slice(body);
            out.resize(out.len() + padding, b' ');
        } else if self.zero && numeric {
            out.extend_from_slice(lead.as_bytes());
            out.resize(out.len() + padding, b'0');
            out.extend_from_slice(body);
        } else {
            out.resize(out.len() + padding, b' ');
            out.extend_from_slice(lead.as_bytes());
            out.extend_from_slice(body);
        }
        Ok(())
    }
}

/// The int that `%d` and friends format: ints as they are, other numbers through `int()`
/// for d/i/u, `__index__` for x/X/o.
fn integer_argument(thread: &mut Thread, value: &Value, kind: char) -> PyResult<BigInt> {
    if let Some(n) = to_big(value) {
        return Ok(n);
    }
    let decimal = matches!(kind, 'd' | 'i' | 'u');
    if decimal {
        if matches!(value, Value::Float(_))
            || protocols::special(value, "__int__").is_some()
            || protocols::special(value, "__index__").is_some()
        {
            let n = crate::builtins::to_int_value(thread, value)?;
            return to_big(&n).ok_or_else(|| type_error("__int__ returned non-int"));
        }
        return Err(type_error(format!("%{kind} format: a real number is required, not {}", type_name(value))));
    }
    if protocols::special(value, "__index__").is_some() {
        let n = protocols::number::index_of(thread, value)?;
        return Ok(BigInt::from(n));
    }
    Err(type_error(format!("%{kind} format: an integer is required, not {}", type_name(value))))
}

/// Flag, width and precision characters, which are ASCII by how they were scanned.
fn ascii_text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).unwrap_or_default()
}
