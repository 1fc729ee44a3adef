//! The `unicodedata` module: character names (unicode_names2), general categories
//! (unicode-general-category), canonical combining classes and normalization
//! (unicode-normalization), and the other properties from tables generated from Unicode 15.0,
//! the version CPython 3.12 has (`values`: decimal, digit and numeric values, East Asian
//! widths, bidirectional classes, mirroring, decompositions). Not yet here: the `ucd_3_2_0`
//! object (Unicode 3.2 for IDNA).

mod values;

use unicode_general_category::{get_general_category, GeneralCategory as Cat};
use unicode_normalization::UnicodeNormalization;

use crate::builtins::native_function;
use crate::objects::exception::{exceptions, type_error, value_error, PyErr};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::new_dict;
use crate::objects::str::{as_pystr, intern, new_str};
use crate::objects::typeobj::type_name;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The Unicode version of the data.
const VERSION: &str = "15.0.0";

/// Makes the `unicodedata` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    ns.set_str(&intern("unidata_version"), new_str(VERSION));
    let functions: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("lookup", lookup),
        ("name", name),
        ("category", category),
        ("combining", combining),
        ("decimal", decimal),
        ("digit", digit),
        ("numeric", numeric),
        ("normalize", normalize),
        ("is_normalized", is_normalized),
        ("east_asian_width", east_asian_width),
        ("bidirectional", bidirectional),
        ("mirrored", mirrored),
        ("decomposition", decomposition),
    ];
    for (name, function) in functions {
        ns.set_str(&intern(name), native_function(name, *function, BuiltinKind::Function, None));
    }
    Ok(crate::objects::new_module("unicodedata", dict))
}

/// The code point of a one-character str argument. `position` is how CPython's message names
/// the argument ("argument 1" of functions taking more than one, else "argument").
fn character(value: Option<&Value>, function: &str, position: &str) -> PyResult<u32> {
    let value = value.ok_or_else(|| type_error(format!("{function}() takes at least 1 argument (0 given)")))?;
    match as_pystr(value) {
        Some(s) if s.char_len() == 1 => Ok(s.code_points().next().unwrap_or(0)),
        _ => Err(type_error(format!("{function}() {position} must be a unicode character, not {}", type_name(value)))),
    }
}

/// The `(chr[, default])` arguments of `name`, `decimal`, `digit` and `numeric`.
fn char_and_default<'a>(args: &'a Args<'_>, function: &str) -> PyResult<(u32, Option<&'a Value>)> {
    let p = crate::modules::arguments::between(function, args, 1, 2)?;
    Ok((character(p.first(), function, "argument 1")?, p.get(1)))
}

/// The default when there is one, else the ValueError `message`.
fn or_default(found: Option<Value>, default: Option<&Value>, message: &str) -> PyResult<Value> {
    match (found, default) {
        (Some(value), _) => Ok(value),
        (None, Some(default)) => Ok(default.clone()),
        (None, None) => Err(value_error(message)),
    }
}

fn single<'a>(args: &'a Args<'_>, function: &str) -> PyResult<&'a Value> {
    crate::modules::arguments::single(function, args)
}

/// `lookup(name)`: the character of that name (any case, aliases included).
fn lookup(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = single(&args, "lookup")?;
    let text = as_pystr(value)
        .ok_or_else(|| type_error(format!("lookup() argument must be str, not {}", type_name(value))))?
        .as_str()
        .into_owned();
    match unicode_names2::character(&text.to_uppercase()) {
        Some(c) => Ok(new_str(c.to_string())),
        None => {
            Err(PyErr::with_args(&exceptions().key_error, vec![new_str(format!("undefined character name '{text}'"))]))
        }
    }
}

/// `name(chr[, default])`.
fn name(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (code, default) = char_and_default(&args, "name")?;
    let found = char::from_u32(code).and_then(unicode_names2::name).map(|n| new_str(n.to_string()));
    or_default(found, default, "no such name")
}

/// `category(chr)`: the two-letter general category.
fn category(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let code = character(Some(single(&args, "category")?), "category", "argument")?;
    let Some(c) = char::from_u32(code) else { return Ok(new_str("Cs")) };
    let abbreviation = match get_general_category(c) {
        Cat::UppercaseLetter => "Lu",
        Cat::LowercaseLetter => "Ll",
        Cat::TitlecaseLetter => "Lt",
        Cat::ModifierLetter => "Lm",
        Cat::OtherLetter => "Lo",
        Cat::NonspacingMark => "Mn",
        Cat::SpacingMark => "Mc",
        Cat::EnclosingMark => "Me",
        Cat::DecimalNumber => "Nd",
        Cat::LetterNumber => "Nl",
        Cat::OtherNumber => "No",
        Cat::ConnectorPunctuation => "Pc",
        Cat::DashPunctuation => "Pd",
        Cat::OpenPunctuation => "Ps",
        Cat::ClosePunctuation => "Pe",
        Cat::InitialPunctuation => "Pi",
        Cat::FinalPunctuation => "Pf",
        Cat::OtherPunctuation => "Po",
        Cat::MathSymbol => "Sm",
        Cat::CurrencySymbol => "Sc",
        Cat::ModifierSymbol => "Sk",
        Cat::OtherSymbol => "So",
        Cat::SpaceSeparator => "Zs",
        Cat::LineSeparator => "Zl",
        Cat::ParagraphSeparator => "Zp",
        Cat::Control => "Cc",
        Cat::Format => "Cf",
        Cat::Surrogate => "Cs",
        Cat::PrivateUse => "Co",
        Cat::Unassigned => "Cn",
    };
    Ok(new_str(abbreviation))
}

/// `combining(chr)`: the canonical combining class (0 for none).
fn combining(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let code = character(Some(single(&args, "combining")?), "combining", "argument")?;
    let class = char::from_u32(code).map_or(0, unicode_normalization::char::canonical_combining_class);
    Ok(Value::Int(i64::from(class)))
}

/// `decimal(chr[, default])`.
fn decimal(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (code, default) = char_and_default(&args, "decimal")?;
    let found = decimal_value(code).map(|d| Value::Int(i64::from(d)));
    or_default(found, default, "not a decimal")
}

/// `digit(chr[, default])`: decimal digits and the other digits (superscripts, circled, ...).
fn digit(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (code, default) = char_and_default(&args, "digit")?;
    let found = digit_value(code).map(|d| Value::Int(i64::from(d)));
    or_default(found, default, "not a digit")
}

/// `numeric(chr[, default])`: digits, fractions, Roman numerals, CJK numerals, ... as floats.
fn numeric(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (code, default) = char_and_default(&args, "numeric")?;
    let found = digit_value(code).map(f64::from).or_else(|| {
        let at = values::NUMERICS.binary_search_by_key(&code, |&(c, _)| c).ok()?;
        Some(values::NUMERICS[at].1)
    });
    or_default(found.map(Value::Float), default, "not a numeric character")
}

fn decimal_value(code: u32) -> Option<u32> {
    char::from_u32(code).and_then(crate::builtins::decimal_value)
}

fn digit_value(code: u32) -> Option<u32> {
    decimal_value(code).or_else(|| {
        let at = values::DIGITS.binary_search_by_key(&code, |&(c, _)| c).ok()?;
        Some(u32::from(values::DIGITS[at].1))
    })
}

/// The normalization form named by `normalize`'s and `is_normalized`'s first argument, and
/// the text of the second.
fn form_and_text(args: &Args<'_>, function: &str) -> PyResult<(String, String)> {
    let p = crate::modules::arguments::between(function, args, 2, 2)?;
    let form = as_pystr(&p[0])
        .ok_or_else(|| type_error(format!("{function}() argument 1 must be str, not {}", type_name(&p[0]))))?
        .as_str()
        .into_owned();
    let text = as_pystr(&p[1])
        .ok_or_else(|| type_error(format!("{function}() argument 2 must be str, not {}", type_name(&p[1]))))?
        .as_str()
        .into_owned();
    if !matches!(form.as_str(), "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(value_error("invalid normalization form"));
    }
    Ok((form, text))
}

fn normalized(form: &str, text: &str) -> String {
    match form {
        "NFC" => text.nfc().collect(),
        "NFD" => text.nfd().collect(),
        "NFKC" => text.nfkc().collect(),
        _ => text.nfkd().collect(),
    }
}

/// `normalize(form, unistr)`.
fn normalize(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (form, text) = form_and_text(&args, "normalize")?;
    Ok(new_str(normalized(&form, &text)))
}

/// `is_normalized(form, unistr)`.
fn is_normalized(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (form, text) = form_and_text(&args, "is_normalized")?;
    Ok(Value::Bool(normalized(&form, &text) == text))
}

/// The value of the run `code` falls in, if any.
fn in_runs(runs: &[(u32, u32, u8)], code: u32) -> Option<u8> {
    let at = runs.partition_point(|&(first, _, _)| first <= code).checked_sub(1)?;
    let (_, last, value) = runs[at];
    (code <= last).then_some(value)
}

/// `east_asian_width(chr)`: A, F, H, N, Na or W.
fn east_asian_width(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let code = character(Some(single(&args, "east_asian_width")?), "east_asian_width", "argument")?;
    let width = in_runs(values::EAST_ASIAN_WIDTH, code).map_or("N", |i| values::EAST_ASIAN_WIDTH_NAMES[usize::from(i)]);
    Ok(new_str(width))
}

/// `bidirectional(chr)`: the bidirectional class ('' for unassigned code points).
fn bidirectional(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let code = character(Some(single(&args, "bidirectional")?), "bidirectional", "argument")?;
    let class = in_runs(values::BIDIRECTIONAL, code).map_or("", |i| values::BIDIRECTIONAL_NAMES[usize::from(i)]);
    Ok(new_str(class))
}

/// `mirrored(chr)`: 1 when the character is mirrored in bidirectional text, else 0.
fn mirrored(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let code = character(Some(single(&args, "mirrored")?), "mirrored", "argument")?;
    Ok(Value::Int(i64::from(in_runs(values::MIRRORED, code).is_some())))
}

/// `decomposition(chr)`: the decomposition mapping as text ('' when none).
fn decomposition(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let code = character(Some(single(&args, "decomposition")?), "decomposition", "argument")?;
    let text =
        values::DECOMPOSITIONS.binary_search_by_key(&code, |&(c, _)| c).map_or("", |at| values::DECOMPOSITIONS[at].1);
    Ok(new_str(text))
}
