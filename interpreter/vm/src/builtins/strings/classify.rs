//! str predicates: isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isascii,
//! isupper, islower, istitle, isidentifier and isprintable, and the decimal-digit table. Lone
//! surrogates are seen as U+FFFD, which has the same answers.

use crate::objects::function::Args;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

use super::case::{assigned, is_titlecase};
use super::text::{no_args, py_isspace};

/// `str.isprintable()`: no character is a control, separator (other than the ASCII space),
/// format, surrogate, private-use or unassigned code point (as `repr()` decides what to escape).
pub(super) fn isprintable(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(&args, "isprintable")?;
    Ok(Value::Bool(s.code_points().all(ferrython_ast::repr::is_printable)))
}

/// Whether `c` has a numeric value (Unicode 15's Numeric_Type): the number categories, plus
/// the CJK ideographs used as numerals, which are letters by category.
fn is_numeric(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as Cat};
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    matches!(get_general_category(c), Cat::DecimalNumber | Cat::LetterNumber | Cat::OtherNumber)
        || CJK_NUMERALS.binary_search(&(c as u32)).is_ok()
}

/// The ideographs with a numeric value (Unihan's kPrimaryNumeric, kAccountingNumeric and
/// kOtherNumeric), sorted.
const CJK_NUMERALS: &[u32] = &[
    0x3405, 0x3483, 0x382A, 0x3B4D, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96, 0x4EBF, 0x4EC0,
    0x4EDF, 0x4EE8, 0x4F0D, 0x4F70, 0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341, 0x5343, 0x5344, 0x5345, 0x534C,
    0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB, 0x58F1, 0x58F9, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E, 0x5F10,
    0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E, 0x8086, 0x842C, 0x8CAE, 0x8CB3, 0x8D30, 0x9621, 0x9646, 0x964C,
    0x9678, 0x96F6, 0xF96B, 0xF973, 0xF978, 0xF9B2, 0xF9D1, 0xF9D3, 0xF9FD, 0x20001, 0x20064, 0x200E2, 0x20121,
    0x2092A, 0x20983, 0x2098C, 0x2099C, 0x20AEA, 0x20AFD, 0x20B19, 0x22390, 0x22998, 0x23B1B, 0x2626D, 0x2F890,
];

/// Whether `c` is a letter (general category L*: what Python calls alphabetic; Unicode's
/// Alphabetic property also takes letter numbers and some marks).
fn is_letter(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as Cat};
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    matches!(
        get_general_category(c),
        Cat::UppercaseLetter | Cat::LowercaseLetter | Cat::TitlecaseLetter | Cat::ModifierLetter | Cat::OtherLetter
    )
}

/// `str.isalnum` of one character: a letter or a character with a numeric value.
pub fn is_alnum_char(c: char) -> bool {
    is_letter(c) || is_numeric(c)
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
    predicate(&args, "isnumeric", is_numeric)
}

pub(super) fn isalpha(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    predicate(&args, "isalpha", is_letter)
}

pub(super) fn isalnum(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    predicate(&args, "isalnum", is_alnum_char)
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
    let upper = |c: char| c.is_uppercase() && assigned(c);
    let spoils = |c: char| (c.is_lowercase() && assigned(c)) || is_titlecase(c);
    Ok(Value::Bool(text.chars().any(upper) && !text.chars().any(spoils)))
}

pub(super) fn islower(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = no_args(&args, "islower")?.as_str();
    // U+0295 stopped being Lowercase in Unicode 16; Python 3.12's Unicode 15 still has it.
    let lower = |c: char| c.is_lowercase() && assigned(c) || c == '\u{295}';
    let spoils = |c: char| (c.is_uppercase() && assigned(c)) || is_titlecase(c);
    Ok(Value::Bool(text.chars().any(lower) && !text.chars().any(spoils)))
}

pub(super) fn istitle(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let text = no_args(&args, "istitle")?.as_str();
    let mut previous_cased = false;
    let mut any = false;
    for c in text.chars().map(|c| if assigned(c) { c } else { '\u{FFFD}' }) {
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
    Ok(Value::Bool(is_identifier(&text)))
}

/// `str.isidentifier()`.
pub fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => {
            // Python 3.12 knows Unicode 15.0: later characters, and the joiners (made
            // XID_Continue in 15.1), are not identifier characters yet.
            (first == '_' || unicode_ident::is_xid_start(first) && assigned(first))
                && chars
                    .all(|c| unicode_ident::is_xid_continue(c) && assigned(c) && !matches!(c, '\u{200C}' | '\u{200D}'))
        }
        None => false,
    }
}
