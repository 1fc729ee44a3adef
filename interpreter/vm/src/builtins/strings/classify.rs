//! str predicates: isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isascii,
//! isupper, islower, istitle, isidentifier and isprintable, and the decimal-digit table. Lone
//! surrogates are seen as U+FFFD, which has the same answers for all but isprintable.

use crate::objects::function::Args;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

use super::case::is_titlecase;
use super::text::{no_args, py_isspace};

/// `str.isprintable()`: no character is a control, separator (other than the ASCII space),
/// format, surrogate, private-use or unassigned code point.
pub(super) fn isprintable(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(&args, "isprintable")?;
    if s.has_surrogates() {
        return Ok(Value::Bool(false));
    }
    let text = s.as_str();
    Ok(Value::Bool(text.chars().all(|c| {
        let code = c as u32;
        c == ' '
            || !(c.is_control()
                || c.is_whitespace()
                || matches!(code, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F)
                || matches!(code, 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB)
                || matches!(code, 0xE000..=0xF8FF | 0xF0000..=0x10FFFF))
    })))
}

fn predicate(args: &Args<'_>, name: &str, test: impl Fn(char) -> bool) -> PyResult<Value> {
    let text = no_args(args, name)?.as_str();
    Ok(Value::Bool(!text.is_empty() && text.chars().all(test)))
}

pub(super) fn isdigit(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    predicate(&args, "isdigit", |c| {
        decimal_value(c).is_some() || DIGITS.iter().any(|&(lo, hi)| (lo..=hi).contains(&(c as u32)))
    })
}

pub(super) fn isdecimal(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    predicate(&args, "isdecimal", |c| decimal_value(c).is_some())
}

/// The first code point of each run of ten decimal digits (general category Nd) in Unicode 15.
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
    0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0,
    0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50,
    0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E950,
    0x1FBF0,
];

/// The code points with a digit value that are not decimal digits (superscripts, circled
/// digits, ...), as inclusive ranges.
const DIGITS: &[(u32, u32)] = &[
    (0xB2, 0xB3),
    (0xB9, 0xB9),
    (0x1369, 0x1371),
    (0x19DA, 0x19DA),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247C),
    (0x2488, 0x2490),
    (0x24EA, 0x24EA),
    (0x24F5, 0x24FD),
    (0x24FF, 0x24FF),
    (0x2776, 0x277E),
    (0x2780, 0x2788),
    (0x278A, 0x2792),
    (0x10A40, 0x10A43),
    (0x10E60, 0x10E68),
    (0x11052, 0x1105A),
    (0x1F100, 0x1F10A),
];

/// The value of a Unicode decimal digit (what `int()` and `str.isdecimal` accept).
pub fn decimal_value(c: char) -> Option<u32> {
    let code = c as u32;
    let at = DECIMAL_ZEROS.partition_point(|&zero| zero <= code);
    let zero = *DECIMAL_ZEROS.get(at.checked_sub(1)?)?;
    (code - zero < 10).then_some(code - zero)
}

/// Text with every Unicode decimal digit replaced by its ASCII digit (for number parsing).
pub fn ascii_digits(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mapped = text
        .chars()
        .map(|c| match decimal_value(c) {
            Some(d) if !c.is_ascii() => char::from(b'0' + d as u8),
            _ => c,
        })
        .collect();
    std::borrow::Cow::Owned(mapped)
}

pub(super) fn isnumeric(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    predicate(&args, "isnumeric", char::is_numeric)
}

pub(super) fn isalpha(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    // Letter numbers (`Ⅷ`) are Alphabetic in Unicode but not letters to Python.
    predicate(&args, "isalpha", |c| c.is_alphabetic() && !c.is_numeric())
}

pub(super) fn isalnum(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    predicate(&args, "isalnum", char::is_alphanumeric)
}

pub(super) fn isspace(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    predicate(&args, "isspace", py_isspace)
}

pub(super) fn isascii(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = no_args(&args, "isascii")?.as_str();
    Ok(Value::Bool(text.is_ascii()))
}

pub(super) fn isupper(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = no_args(&args, "isupper")?.as_str();
    // A titlecase letter (`ǅ`) counts as neither upper nor lower here, but spoils both.
    Ok(Value::Bool(text.chars().any(char::is_uppercase) && !text.chars().any(|c| c.is_lowercase() || is_titlecase(c))))
}

pub(super) fn islower(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = no_args(&args, "islower")?.as_str();
    Ok(Value::Bool(text.chars().any(char::is_lowercase) && !text.chars().any(|c| c.is_uppercase() || is_titlecase(c))))
}

pub(super) fn istitle(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = no_args(&args, "istitle")?.as_str();
    let mut previous_cased = false;
    let mut any = false;
    for c in text.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            any = true;
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::Bool(any))
}

pub(super) fn isidentifier(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = no_args(&args, "isidentifier")?.as_str();
    let mut chars = text.chars();
    let ok = match chars.next() {
        Some(first) => {
            // The joiners became XID_Continue after Unicode 15.0, which Python 3.12 uses.
            (first == '_' || unicode_ident::is_xid_start(first))
                && chars.all(|c| unicode_ident::is_xid_continue(c) && !matches!(c, '\u{200C}' | '\u{200D}'))
        }
        None => false,
    };
    Ok(Value::Bool(ok))
}
