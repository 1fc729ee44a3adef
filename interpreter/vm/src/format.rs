//! The format-spec mini-language (`format()`, f-strings, `str.format`) for int, float, str and
//! complex, and `str.format`'s field parsing.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::objects::exception::{type_error, value_error};
use crate::objects::int::to_big;
use crate::objects::str::{as_pystr, int_str, new_str};
use crate::objects::typeobj::{class_of, type_data, type_name};
use crate::objects::Payload;
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

/// `format(value, spec)`: `type(value).__format__(value, spec)`.
pub fn format(thread: &mut Thread, value: &Value, spec: &str) -> PyResult<String> {
    if !type_data(class_of(value)).heap {
        return format_builtin(thread, value, spec);
    }
    match protocols::special(value, "__format__") {
        Some(method) => {
            let result = crate::call::call_method(thread, &method, value, &[value.clone(), new_str(spec)])?;
            match as_pystr(&result) {
                Some(s) => Ok(s.as_str().into_owned()),
                None => Err(type_error(format!("__format__ must return a str, not {}", type_name(&result)))),
            }
        }
        None => format_builtin(thread, value, spec),
    }
}

/// FORMAT_VALUE of an f-string: the conversion (`!s`, `!r`, `!a` as 1, 2, 3), then
/// `format(value, spec)`.
pub fn format_value(thread: &mut Thread, value: Value, conversion: usize, spec: Option<Value>) -> PyResult<Value> {
    let converted = match conversion {
        1 => protocols::repr::to_str_value(thread, &value)?,
        2 => match value {
            Value::Int(i) => int_str(i),
            _ => new_str(protocols::repr(thread, &value)?),
        },
        3 => new_str(crate::builtins::ascii_of(&protocols::repr(thread, &value)?)),
        _ => value,
    };
    let spec_text = match &spec {
        Some(s) => match as_pystr(s) {
            Some(text) => text.as_str(),
            None => protocols::str_arg(s, "format spec")?.into(),
        },
        None => "".into(),
    };
    if spec_text.is_empty() {
        match &converted {
            Value::Obj(obj) if matches!(obj.payload, Payload::Str(_)) && !type_data(&obj.class).heap => {
                return Ok(converted)
            }
            Value::Int(i) => return Ok(int_str(*i)),
            _ => {}
        }
    }
    format(thread, &converted, &spec_text).map(new_str)
}

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Default, Debug)]
pub struct Spec {
    fill: Option<char>,
    align: Option<char>,
    sign: Option<char>,
    alternate: bool,
    zero: bool,
    width: Option<usize>,
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

fn parse_spec(spec: &str) -> PyResult<Spec> {
    let mut s = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut chars = spec.chars();
    let rest = match (chars.next(), chars.next()) {
        (Some(fill), Some(align)) if is_align(align) => {
            s.fill = Some(fill);
            s.align = Some(align);
            &spec[fill.len_utf8() + 1..]
        }
        (Some(align), _) if is_align(align) => {
            s.align = Some(align);
            &spec[1..]
        }
        _ => spec,
    };
    // The rest is ASCII up to the presentation type, which may be any character.
    let b = rest.as_bytes();
    let mut i = 0;
    if let Some(&c @ (b'+' | b'-' | b' ')) = b.first() {
        s.sign = Some(char::from(c));
        i += 1;
    }
    if b.get(i) == Some(&b'z') {
        i += 1;
    }
    if b.get(i) == Some(&b'#') {
        s.alternate = true;
        i += 1;
    }
    if b.get(i) == Some(&b'0') {
        s.zero = true;
        i += 1;
    }
    let (width, after) = parse_digits(b, i)?;
    s.width = width;
    i = after;
    if let Some(&c @ (b',' | b'_')) = b.get(i) {
        s.grouping = Some(char::from(c));
        i += 1;
    }
    if b.get(i) == Some(&b'.') {
        let (precision, after) = parse_digits(b, i + 1)?;
        if precision.is_none() {
            return Err(value_error("Format specifier missing precision"));
        }
        s.precision = precision;
        i = after;
    }
    let mut kind = rest[i..].chars();
    s.kind = kind.next();
    if kind.next().is_some() {
        return Err(value_error("Invalid format specifier"));
    }
    Ok(s)
}

/// The decimal number at `b[i..]`, if any, and where it ends.
fn parse_digits(b: &[u8], i: usize) -> PyResult<(Option<usize>, usize)> {
    let end = i + b[i.min(b.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
    if end == i {
        return Ok((None, i));
    }
    let mut n: usize = 0;
    for &d in &b[i..end] {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(usize::from(d - b'0')))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok((Some(n), end))
}

/// Pads `body` (with its sign/prefix `lead`) to the spec's width.
fn pad(spec: &Spec, lead: &str, body: &str, default_align: char) -> String {
    let fill = spec.fill.unwrap_or(if spec.zero && spec.align.is_none() { '0' } else { ' ' });
    let align = spec.align.unwrap_or(if spec.zero && spec.fill.is_none() { '=' } else { default_align });
    let width = spec.width.unwrap_or(0);
    let len = if width == 0 { 0 } else { char_count(lead) + char_count(body) };
    let mut out = String::with_capacity(lead.len() + body.len() + width.saturating_sub(len) * fill.len_utf8());
    if len >= width {
        out.push_str(lead);
        out.push_str(body);
        return out;
    }
    let padding = width - len;
    let fills = |out: &mut String, n: usize| out.extend(std::iter::repeat_n(fill, n));
    match align {
        '<' => {
            out.push_str(lead);
            out.push_str(body);
            fills(&mut out, padding);
        }
        '^' => {
            fills(&mut out, padding / 2);
            out.push_str(lead);
            out.push_str(body);
            fills(&mut out, padding - padding / 2);
        }
        '=' => {
            out.push_str(lead);
            fills(&mut out, padding);
            out.push_str(body);
        }
        _ => {
            fills(&mut out, padding);
            out.push_str(lead);
            out.push_str(body);
        }
    }
    out
}

fn char_count(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

/// ASCII digits with `separator` between groups of `every` from the right.
fn group_digits(digits: &str, separator: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

fn sign_text(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// `format()` of builtin values.
pub fn format_builtin(thread: &mut Thread, value: &Value, spec_text: &str) -> PyResult<String> {
    let is_str = matches!(value.payload(), Some(Payload::Str(_)));
    if spec_text.is_empty() {
        return protocols::to_str(thread, value);
    }
    let spec = parse_spec(spec_text)?;
    let is_int = crate::objects::int::is_int(value);
    if let Some(sep) = spec.grouping {
        let default = if is_str {
            Some('s')
        } else if is_int {
            Some('d')
        } else {
            None
        };
        match spec.kind.or(default) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
            Some(k) => return Err(value_error(format!("Cannot specify '{sep}' with '{k}'."))),
        }
    }
    if is_str {
        if spec.align == Some('=') {
            return Err(value_error("'=' alignment not allowed in string format specifier"));
        }
        if let Some(k) = spec.kind.filter(|&k| k != 's') {
            return Err(value_error(format!("Unknown format code '{k}' for object of type 'str'")));
        }
        if spec.sign.is_some() {
            return Err(value_error("Sign not allowed in string format specifier"));
        }
        if spec.alternate {
            return Err(value_error("Alternate form (#) not allowed in string format specifier"));
        }
        let text = match as_pystr(value) {
            Some(s) => s.as_str(),
            None => protocols::to_str(thread, value)?.into(),
        };
        let text = match spec.precision {
            Some(p) => match text.char_indices().nth(p) {
                Some((end, _)) => &text[..end],
                None => &text,
            },
            None => &text,
        };
        return Ok(pad(&spec, "", text, '<'));
    }
    if is_int {
        if matches!(spec.kind, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
            let f = match crate::objects::int::to_i64(value) {
                Some(i) => i as f64,
                None => to_big(value).and_then(|b| b.to_f64()).unwrap_or(f64::INFINITY),
            };
            return format_float(f, &spec);
        }
        return match value {
            Value::Int(i) => format_int(IntValue::Small(*i), &spec),
            _ => format_int(IntValue::Big(&to_big(value).unwrap_or_default()), &spec),
        };
    }
    let float = match value {
        Value::Float(f) => Some(*f),
        _ => match value.payload() {
            Some(Payload::Float(f)) => Some(*f),
            _ => None,
        },
    };
    if let Some(f) = float {
        return format_float(f, &spec);
    }
    if let Some(Payload::Complex(re, im)) = value.payload() {
        return format_complex(*re, *im, &spec);
    }
    Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(value))))
}

/// `format(complex, spec)`: both parts formatted as floats (the imaginary part always
/// signed), in parentheses when there is no presentation type and the real part shows.
fn format_complex(re: f64, im: f64, spec: &Spec) -> PyResult<String> {
    if spec.zero {
        return Err(value_error("Zero padding is not allowed in complex format specifier"));
    }
    if spec.align == Some('=') {
        return Err(value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    if let Some(k) = spec.kind.filter(|k| !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) {
        return Err(value_error(format!("Unknown format code '{k}' for object of type 'complex'")));
    }
    let bare = spec.kind.is_none();
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let part = |f: f64, sign: Option<char>| -> PyResult<String> {
        let part_spec = Spec {
            sign,
            alternate: spec.alternate,
            grouping: spec.grouping,
            precision: spec.precision,
            kind: if bare && spec.precision.is_some() { Some('g') } else { spec.kind },
            ..Spec::default()
        };
        if bare && spec.precision.is_none() {
            let text = ferrython_ast::repr::float_repr(f.abs());
            let text = text.strip_suffix(".0").map(str::to_string).unwrap_or(text);
            let negative = f.is_sign_negative() && !f.is_nan();
            return Ok(format!("{}{text}", sign_text(negative, sign)));
        }
        format_float(f, &part_spec)
    };
    let imag = part(im, Some('+'))?;
    let text = if skip_re {
        format!("{}j", part(im, spec.sign)?)
    } else if bare {
        format!("({}{imag}j)", part(re, spec.sign)?)
    } else {
        format!("{}{imag}j", part(re, spec.sign)?)
    };
    Ok(pad(spec, "", &text, '>'))
}

/// An int to format: most are machine-sized and need no big-number arithmetic.
enum IntValue<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntValue<'_> {
    fn is_negative(&self) -> bool {
        match self {
            IntValue::Small(i) => *i < 0,
            IntValue::Big(b) => b.is_negative(),
        }
    }

    /// The digits of the magnitude in `radix` (lowercase).
    fn magnitude_digits(&self, radix: u32) -> String {
        match self {
            IntValue::Small(i) => {
                let m = i.unsigned_abs();
                match radix {
                    2 => format!("{m:b}"),
                    8 => format!("{m:o}"),
                    16 => format!("{m:x}"),
                    _ => m.to_string(),
                }
            }
            IntValue::Big(b) => b.magnitude().to_str_radix(radix),
        }
    }

    fn to_u32(&self) -> Option<u32> {
        match self {
            IntValue::Small(i) => u32::try_from(*i).ok(),
            IntValue::Big(b) => b.to_u32(),
        }
    }
}

fn format_int(value: IntValue<'_>, spec: &Spec) -> PyResult<String> {
    if spec.precision.is_some() {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    let (digits, prefix) = match spec.kind {
        None | Some('d') | Some('n') => (value.magnitude_digits(10), ""),
        Some('b') => (value.magnitude_digits(2), "0b"),
        Some('o') => (value.magnitude_digits(8), "0o"),
        Some('x') => (value.magnitude_digits(16), "0x"),
        Some('X') => (value.magnitude_digits(16).to_ascii_uppercase(), "0X"),
        Some('c') => {
            if spec.sign.is_some() {
                return Err(value_error("Sign not allowed with integer format specifier 'c'"));
            }
            if spec.alternate {
                return Err(value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
            }
            let c = value
                .to_u32()
                .and_then(char::from_u32)
                .ok_or_else(|| crate::objects::exception::overflow_error("%c arg not in range(0x110000)"))?;
            return Ok(pad(spec, "", c.encode_utf8(&mut [0; 4]), '<'));
        }
        Some(k) => return Err(unknown_code(k, "int")),
    };
    let digits = match spec.grouping {
        Some(sep) => group_digits(&digits, sep, if matches!(spec.kind, Some('b' | 'o' | 'x' | 'X')) { 4 } else { 3 }),
        None => digits,
    };
    let sign = sign_text(value.is_negative(), spec.sign);
    if !spec.alternate {
        return Ok(pad_number(spec, sign, &digits));
    }
    Ok(pad_number(spec, &format!("{sign}{prefix}"), &digits))
}

/// "Unknown format code" for presentation type `k` (shown by its code when not printable).
fn unknown_code(k: char, type_name: &str) -> crate::PyErr {
    if (k as u32) > 32 && (k as u32) < 128 {
        value_error(format!("Unknown format code '{k}' for object of type '{type_name}'"))
    } else {
        value_error(format!("Unknown format code '\\x{:x}' for object of type '{type_name}'", k as u32))
    }
}

/// Zero padding of numbers goes between the sign and the digits, and keeps grouping.
fn pad_number(spec: &Spec, lead: &str, digits: &str) -> String {
    if spec.zero && spec.align.is_none() && spec.fill.is_none() {
        if let (Some(width), Some(sep)) = (spec.width, spec.grouping) {
            let raw: String = digits.chars().filter(|&c| c != sep).collect();
            let mut padded = raw.clone();
            let mut grouped = group_digits(&padded, sep, 3);
            while grouped.chars().count() + lead.chars().count() < width {
                padded.insert(0, '0');
                grouped = group_digits(&padded, sep, 3);
            }
            return format!("{lead}{grouped}");
        }
    }
    pad(spec, lead, digits, '>')
}

fn format_float(f: f64, spec: &Spec) -> PyResult<String> {
    let negative = f.is_sign_negative() && !f.is_nan();
    let magnitude = f.abs();
    let kind = spec.kind;
    let upper = matches!(kind, Some('E' | 'F' | 'G'));
    let body = if !magnitude.is_finite() {
        let text = if f.is_nan() { "nan" } else { "inf" };
        if upper {
            text.to_uppercase()
        } else {
            text.to_string()
        }
    } else {
        match kind {
            Some('f' | 'F') => fixed(magnitude, spec.precision.unwrap_or(6)),
            Some('e' | 'E') => exp_format(magnitude, spec.precision.unwrap_or(6), upper),
            Some('%') => fixed(magnitude * 100.0, spec.precision.unwrap_or(6)) + "%",
            Some('g' | 'G') => general_format(magnitude, spec.precision.unwrap_or(6), upper, spec.alternate),
            None => match spec.precision {
                Some(p) => {
                    let text = general_format(magnitude, p.max(1), false, spec.alternate);
                    if text.contains(['.', 'e', 'n', 'i']) { text } else { format!("{text}.0") }.replace(".0e", "e")
                }
                None => ferrython_ast::repr::float_repr(magnitude),
            },
            Some('n') => general_format(magnitude, spec.precision.unwrap_or(6), false, false),
            Some(k) => return Err(unknown_code(k, "float")),
        }
    };
    let body = match spec.grouping {
        Some(sep) => {
            let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
                Some(i) => body.split_at(i),
                None => (body.as_str(), ""),
            };
            format!("{}{rest}", group_digits(int_part, sep, 3))
        }
        None => body,
    };
    let lead = sign_text(negative, spec.sign);
    Ok(pad_number(spec, lead, &body))
}

/// `magnitude` (finite, not negative) with `precision` decimals, correctly rounded (half to
/// even on exact ties, as CPython's dtoa).
fn fixed(magnitude: f64, precision: usize) -> String {
    fixed_dyadic(magnitude, precision).unwrap_or_else(|| format!("{magnitude:.precision$}"))
}

/// `fixed` for the common values that are a multiple of 2^-10 below 2^53 (whole numbers,
/// halves, quarters...), by integer arithmetic: the standard library's exact formatting falls
/// back to slow big-number arithmetic exactly for these.
fn fixed_dyadic(magnitude: f64, precision: usize) -> Option<String> {
    const FRACTION_BITS: i32 = 10;
    if precision > FRACTION_BITS as usize {
        return None;
    }
    let scaled = magnitude * f64::from(1 << FRACTION_BITS);
    if scaled.fract() != 0.0 || scaled >= 9007199254740992.0 {
        return None;
    }
    // magnitude = scaled / 2^10 = scaled * 5^10 / 10^10, exactly.
    let exact = scaled as u128 * 5u128.pow(FRACTION_BITS as u32);
    let divisor = 10u128.pow(FRACTION_BITS as u32 - precision as u32);
    let (mut quotient, remainder) = (exact / divisor, exact % divisor);
    if remainder * 2 > divisor || (remainder * 2 == divisor && quotient % 2 == 1) {
        quotient += 1;
    }
    let digits = quotient.to_string();
    if precision == 0 {
        return Some(digits);
    }
    let digits = format!("{digits:0>width$}", width = precision + 1);
    let (whole, fraction) = digits.split_at(digits.len() - precision);
    Some(format!("{whole}.{fraction}"))
}

fn exp_format(f: f64, precision: usize, upper: bool) -> String {
    let text = format!("{:.*e}", precision, f);
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let exp: i32 = exponent.parse().unwrap_or(0);
    let e = if upper { 'E' } else { 'e' };
    format!("{mantissa}{e}{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

fn general_format(f: f64, precision: usize, upper: bool, alternate: bool) -> String {
    let p = precision.max(1);
    if f == 0.0 {
        return if alternate { format!("0.{}", "0".repeat(p - 1)) } else { "0".to_string() };
    }
    let exp_text = format!("{:.*e}", p - 1, f);
    let exp: i32 = exp_text.split_once('e').map_or(0, |(_, e)| e.parse().unwrap_or(0));
    let text = if exp < -4 || exp >= p as i32 {
        let formatted = exp_format(f, p - 1, upper);
        if alternate {
            formatted
        } else {
            let (m, e) = formatted.split_once(['e', 'E']).unwrap_or((&formatted, ""));
            let m = if m.contains('.') { m.trim_end_matches('0').trim_end_matches('.') } else { m };
            format!("{m}{}{e}", if upper { 'E' } else { 'e' })
        }
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        let fixed = format!("{:.*}", decimals, f);
        if alternate || !fixed.contains('.') {
            fixed
        } else {
            fixed.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    };
    text
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(thread: &mut Thread, template: &str, args: &[Value], kwargs: &[(String, Value)]) -> PyResult<String> {
    format_fields(thread, template, args, kwargs, &mut Numbering::default())
}

/// How a `str.format` template has numbered its fields so far (nested specs share it).
#[derive(Default)]
struct Numbering {
    auto_index: usize,
    used_manual: bool,
    used_auto: bool,
}

fn format_fields(
    thread: &mut Thread,
    template: &str,
    args: &[Value],
    kwargs: &[(String, Value)],
    numbering: &mut Numbering,
) -> PyResult<String> {
    let mut out = String::with_capacity(template.len() + 16);
    let bytes = template.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Literal text up to the next brace (ASCII, so the cut is at a char boundary).
        let next = memchr::memchr2(b'{', b'}', &bytes[i..]).map_or(bytes.len(), |k| i + k);
        out.push_str(&template[i..next]);
        if next == bytes.len() {
            break;
        }
        i = next;
        if bytes[i] == b'}' {
            if bytes.get(i + 1) == Some(&b'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        }
        if bytes.get(i + 1) == Some(&b'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // A replacement field: find its end, honouring nested braces in the spec.
        let mut depth = 1;
        let mut j = i + 1;
        while j < bytes.len() && depth > 0 {
            match bytes[j] {
                b'{' => depth += 1,
                b'}' => depth -= 1,
                _ => {}
            }
            j += 1;
        }
        if depth > 0 {
            return Err(value_error("expected '}' before end of string"));
        }
        let field = &template[i + 1..j - 1];
        i = j;
        let (head, spec) = match field.find(':') {
            Some(k) if !field[..k].contains('[') || field[..k].contains(']') => (&field[..k], &field[k + 1..]),
            _ => (field, ""),
        };
        let (name, conversion) = match head.rfind('!') {
            Some(k) => (&head[..k], Some(&head[k + 1..])),
            None => (head, None),
        };
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let mut value = if first.is_empty() {
            if numbering.used_manual {
                return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
            }
            numbering.used_auto = true;
            let auto_index = numbering.auto_index;
            let v = args.get(auto_index).cloned().ok_or_else(|| {
                crate::objects::exception::index_error(format!(
                    "Replacement index {auto_index} out of range for positional args tuple"
                ))
            })?;
            numbering.auto_index += 1;
            v
        } else if let Ok(index) = first.parse::<usize>() {
            if numbering.used_auto {
                return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
            }
            numbering.used_manual = true;
            args.get(index).cloned().ok_or_else(|| {
                crate::objects::exception::index_error(format!(
                    "Replacement index {index} out of range for positional args tuple"
                ))
            })?
        } else {
            kwargs
                .iter()
                .find(|(k, _)| k == first)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| crate::objects::exception::key_error(new_str(first)))?
        };
        // Attribute and index lookups after the first name.
        let mut rest = &name[first_end..];
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('.') {
                let end = after.find(['.', '[']).unwrap_or(after.len());
                value = protocols::getattr(thread, &value, &crate::objects::str::intern(&after[..end]))?;
                rest = &after[end..];
            } else if let Some(after) = rest.strip_prefix('[') {
                let end = after.find(']').ok_or_else(|| value_error("Missing ']' in format string"))?;
                let key_text = &after[..end];
                let key = match key_text.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => new_str(key_text),
                };
                value = protocols::getitem(thread, &value, &key)?;
                rest = &after[end + 1..];
            } else {
                break;
            }
        }
        let converted = match conversion {
            None => value,
            Some("r") => new_str(protocols::repr(thread, &value)?),
            Some("s") => new_str(protocols::to_str(thread, &value)?),
            Some("a") => new_str(crate::builtins::ascii_of(&protocols::repr(thread, &value)?)),
            Some(other) => return Err(value_error(format!("Unknown conversion specifier {other}"))),
        };
        if spec.contains('{') {
            let spec = format_fields(thread, spec, args, kwargs, numbering)?;
            out.push_str(&format(thread, &converted, &spec)?);
        } else if spec.is_empty()
            && matches!(&converted, Value::Obj(obj) if matches!(obj.payload, Payload::Str(_)) && !type_data(&obj.class).heap)
        {
            if let Some(s) = as_pystr(&converted) {
                out.push_str(&s.as_str());
            }
        } else if let (true, Value::Int(n)) = (spec.is_empty(), &converted) {
            use std::fmt::Write;
            let _ = write!(out, "{n}");
        } else {
            out.push_str(&format(thread, &converted, spec)?);
        }
    }
    Ok(out)
}

/// `str % args` (printf-style formatting).
pub fn percent_format(thread: &mut Thread, template: &str, args: &Value) -> PyResult<String> {
    let items: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => vec![args.clone()],
    };
    let mapping = matches!(args.payload(), Some(Payload::Dict(_)))
        || (protocols::special(args, "__getitem__").is_some()
            && !matches!(args.payload(), Some(Payload::Tuple(_) | Payload::Str(_))));
    let bytes = template.as_bytes();
    let mut out = String::with_capacity(template.len() + 16);
    let mut index = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Literal text up to the next '%' (ASCII, so the cut is at a char boundary).
        let next = memchr::memchr(b'%', &bytes[i..]).map_or(bytes.len(), |k| i + k);
        out.push_str(&template[i..next]);
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
            value = Some(protocols::getitem(thread, args, &new_str(&template[i + 1..end]))?);
            i = end + 1;
        }
        let flags_start = i;
        while matches!(bytes.get(i), Some(b'-' | b'+' | b' ' | b'#' | b'0')) {
            i += 1;
        }
        let flags = &template[flags_start..i];
        let mut width = String::new();
        if bytes.get(i) == Some(&b'*') {
            let w = items.get(index).cloned().ok_or_else(|| type_error("not enough arguments for format string"))?;
            index += 1;
            let w = crate::objects::int::to_i64(&w).ok_or_else(|| type_error("* wants int"))?;
            width = w.to_string();
            i += 1;
        } else {
            let start = i;
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            width.push_str(&template[start..i]);
        }
        let mut precision = None;
        if bytes.get(i) == Some(&b'.') {
            i += 1;
            if bytes.get(i) == Some(&b'*') {
                let p =
                    items.get(index).cloned().ok_or_else(|| type_error("not enough arguments for format string"))?;
                index += 1;
                let p = crate::objects::int::to_i64(&p).ok_or_else(|| type_error("* wants int"))?;
                precision = Some(p.max(0) as usize);
                i += 1;
            } else {
                let start = i;
                while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
                precision = Some(template[start..i].parse::<usize>().unwrap_or(0));
            }
        }
        // Length modifiers are accepted and ignored, as in C.
        while matches!(bytes.get(i), Some(b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(kind) = template[i..].chars().next() else { return Err(value_error("incomplete format")) };
        let kind_at = i;
        i += kind.len_utf8();
        if kind == '%' {
            out.push('%');
            continue;
        }
        let value = match value {
            Some(v) => v,
            None if mapping && items.len() == 1 => args.clone(),
            None => {
                let v =
                    items.get(index).cloned().ok_or_else(|| type_error("not enough arguments for format string"))?;
                index += 1;
                v
            }
        };
        // The commonest conversions, with nothing to pad, go straight to the output.
        if flags.is_empty() && width.is_empty() && precision.is_none() {
            match (kind, &value) {
                ('d' | 'i' | 'u', Value::Int(n)) => {
                    use std::fmt::Write;
                    let _ = write!(out, "{n}");
                    continue;
                }
                ('s', Value::Obj(obj)) if matches!(obj.payload, Payload::Str(_)) && !type_data(&obj.class).heap => {
                    if let Some(s) = as_pystr(&value) {
                        out.push_str(&s.as_str());
                    }
                    continue;
                }
                _ => {}
            }
        }
        let mut spec = String::new();
        let zero_pad = flags.contains('0') && !flags.contains('-') && !matches!(kind, 's' | 'r' | 'a' | 'c');
        if flags.contains('-') {
            spec.push('<');
        } else if !zero_pad {
            spec.push('>');
        }
        if flags.contains('+') {
            spec.push('+');
        } else if flags.contains(' ') {
            spec.push(' ');
        }
        if flags.contains('#') {
            spec.push('#');
        }
        if zero_pad {
            spec.push('0');
        }
        spec.push_str(&width);
        let text = match kind {
            's' => {
                let s = protocols::to_str(thread, &value)?;
                let s: String = match precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                format_builtin(thread, &new_str(s), &spec)?
            }
            'r' | 'a' => {
                let mut s = protocols::repr(thread, &value)?;
                if kind == 'a' {
                    s = crate::builtins::ascii_of(&s);
                }
                format_builtin(thread, &new_str(s), &spec)?
            }
            'd' | 'i' | 'u' => {
                let n = match to_big(&value) {
                    Some(_) => value.clone(),
                    None => match value {
                        Value::Float(f) => crate::builtins::to_int_value(thread, &Value::Float(f))?,
                        _ => {
                            if protocols::special(&value, "__int__").is_none()
                                && protocols::special(&value, "__index__").is_none()
                            {
                                return Err(type_error(format!(
                                    "%{kind} format: a real number is required, not {}",
                                    type_name(&value)
                                )));
                            }
                            crate::builtins::to_int_value(thread, &value)?
                        }
                    },
                };
                format_builtin(thread, &n, &spec)?
            }
            'x' | 'X' | 'o' => {
                if to_big(&value).is_none() {
                    return Err(type_error(format!(
                        "%{kind} format: an integer is required, not {}",
                        type_name(&value)
                    )));
                }
                format_builtin(thread, &value, &format!("{spec}{kind}"))?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = crate::builtins::to_float_value(thread, &value)
                    .map_err(|_| type_error(format!("must be real number, not {}", type_name(&value))))?;
                let p = precision.unwrap_or(6);
                format_float(f, &parse_spec(&format!("{spec}.{p}{kind}"))?)?
            }
            'c' => match as_pystr(&value) {
                Some(s) if s.char_len() == 1 => format_builtin(thread, &value, &spec)?,
                _ => {
                    let code = to_big(&value)
                        .and_then(|b| b.to_u32())
                        .and_then(char::from_u32)
                        .ok_or_else(|| type_error("%c requires int or char"))?;
                    format_builtin(thread, &new_str(code.to_string()), &spec)?
                }
            },
            other => {
                return Err(value_error(format!(
                    "unsupported format character '{other}' (0x{:x}) at index {}",
                    other as u32,
                    template[..kind_at].chars().count()
                )))
            }
        };
        out.push_str(&text);
    }
    if index < items.len() && !mapping {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}
