//! The format-spec mini-language: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
//! parsed once, then applied to str, int, float and complex values.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::objects::exception::{memory_error, overflow_error, value_error};
use crate::objects::str::can_allocate;
use crate::PyResult;

/// A parsed format spec.
#[derive(Default, Debug, Clone)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    /// `z`: negative zero (after rounding) shows as zero.
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
}

/// Parses `spec`; `type_name` names the formatted value's type in the error (asked for only
/// then).
pub fn parse_spec(spec: &str, type_name: impl FnOnce() -> String) -> PyResult<Spec> {
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
        s.no_neg_zero = true;
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
        match b.get(i) {
            // The same one twice is named only when it ends the spec; before more characters
            // it is an invalid spec (as CPython words them).
            Some(&second) if second == c && i + 1 == b.len() => {
                return Err(value_error(format!("Cannot specify '{0}' with '{0}'.", char::from(c))));
            }
            Some(&second) if second == c => {}
            Some(b',' | b'_') => return Err(value_error("Cannot specify both ',' and '_'.")),
            _ => {}
        }
    }
    if b.get(i) == Some(&b'.') {
        let (precision, after) = parse_digits(b, i + 1)?;
        match precision {
            None => return Err(value_error("Format specifier missing precision")),
            Some(p) if p > i32::MAX as usize => return Err(value_error("precision too big")),
            Some(_) => {}
        }
        s.precision = precision;
        i = after;
    }
    let mut kind = rest[i..].chars();
    s.kind = kind.next();
    if kind.next().is_some() {
        let type_name = type_name();
        return Err(value_error(format!("Invalid format specifier '{spec}' for object of type '{type_name}'")));
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

/// "Unknown format code" for presentation type `k` (shown by its code when not printable).
pub fn unknown_code(k: char, type_name: &str) -> crate::PyErr {
    if (k as u32) > 32 && (k as u32) < 128 {
        value_error(format!("Unknown format code '{k}' for object of type '{type_name}'"))
    } else {
        value_error(format!("Unknown format code '\\x{:x}' for object of type '{type_name}'", k as u32))
    }
}

/// Pads `body` (after its sign/prefix `lead`) to the spec's width. The `0` flag fills with
/// zeros whatever the alignment.
fn pad(spec: &Spec, lead: &str, body: &str, default_align: char) -> PyResult<String> {
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let align = spec.align.unwrap_or(default_align);
    let width = spec.width.unwrap_or(0);
    let len = if width == 0 { 0 } else { char_count(lead) + char_count(body) };
    let padding = width.saturating_sub(len);
    let mut out = String::new();
    // The width comes from the program: too large is a MemoryError, not an abort.
    padding
        .checked_mul(fill.len_utf8())
        .and_then(|n| n.checked_add(lead.len() + body.len()))
        .filter(|&n| can_allocate(n))
        .and_then(|n| out.try_reserve_exact(n).ok())
        .ok_or_else(|| memory_error(""))?;
    let (before, between) = match align {
        '<' => (0, 0),
        '^' => (padding / 2, 0),
        '=' => (0, padding),
        _ => (padding, 0),
    };
    let fills = |out: &mut String, n: usize| out.extend(std::iter::repeat_n(fill, n));
    fills(&mut out, before);
    out.push_str(lead);
    fills(&mut out, between);
    out.push_str(body);
    fills(&mut out, padding - before - between);
    Ok(out)
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

/// Lays out a number: `lead` (sign and prefix), the integer digits `whole` (grouped by the
/// spec's separator every `every` digits) and the `rest` (fraction, exponent, suffix). With
/// the `0` flag and no alignment, zeros go between the lead and the digits, grouped too.
fn pad_number(spec: &Spec, lead: &str, whole: &str, rest: &str, every: usize) -> PyResult<String> {
    let width = spec.width.unwrap_or(0);
    // Zeros put between the sign and the digits (the `0` flag, or an explicit `0=`) are grouped.
    let zero_fill = spec.zero && spec.align.is_none() || spec.fill == Some('0') && spec.align == Some('=');
    if zero_fill {
        if let Some(sep) = spec.grouping.filter(|_| !whole.is_empty()) {
            // The fewest digits whose grouped form fills the width (it never starts with a
            // separator, so it may pass the width by one).
            let target = width.saturating_sub(lead.len() + rest.len());
            let grouped_len = |d: usize| d + (d.max(1) - 1) / every;
            let mut count = whole.len().max(target * every / (every + 1));
            while grouped_len(count) < target {
                count += 1;
            }
            while count > whole.len() && grouped_len(count - 1) >= target {
                count -= 1;
            }
            let mut digits = String::new();
            if !can_allocate(count) {
                return Err(memory_error(""));
            }
            digits.try_reserve_exact(count).map_err(|_| memory_error(""))?;
            digits.extend(std::iter::repeat_n('0', count - whole.len()));
            digits.push_str(whole);
            let grouped = group_digits(&digits, sep, every);
            return Ok(format!("{lead}{grouped}{rest}"));
        }
    }
    if spec.zero && spec.align.is_none() {
        let zeros = width.saturating_sub(lead.len() + whole.len() + rest.len());
        let mut out = String::new();
        let total = zeros + lead.len() + whole.len() + rest.len();
        if !can_allocate(total) {
            return Err(memory_error(""));
        }
        out.try_reserve_exact(total).map_err(|_| memory_error(""))?;
        out.push_str(lead);
        out.extend(std::iter::repeat_n('0', zeros));
        out.push_str(whole);
        out.push_str(rest);
        return Ok(out);
    }
    match spec.grouping {
        Some(sep) if !whole.is_empty() => pad(spec, lead, &(group_digits(whole, sep, every) + rest), '>'),
        _ if rest.is_empty() => pad(spec, lead, whole, '>'),
        _ => pad(spec, lead, &format!("{whole}{rest}"), '>'),
    }
}

/// `format(str, spec)`.
pub fn format_str(text: &str, spec: &Spec) -> PyResult<String> {
    check_str_spec(spec)?;
    let text = match spec.precision {
        Some(p) => match text.char_indices().nth(p) {
            Some((end, _)) => &text[..end],
            None => text,
        },
        None => text,
    };
    pad(spec, "", text, '<')
}

/// `format_str` of WTF-8 text (a str with lone surrogates, which `&str` cannot hold).
pub fn format_wtf8(text: &[u8], spec: &Spec) -> PyResult<Vec<u8>> {
    check_str_spec(spec)?;
    let starts = || text.iter().enumerate().filter(|(_, &b)| b & 0xC0 != 0x80).map(|(at, _)| at);
    let end = spec.precision.and_then(|p| starts().nth(p)).unwrap_or(text.len());
    let text = &text[..end];
    let chars = starts().take_while(|&at| at < end).count();
    let padding = spec.width.unwrap_or(0).saturating_sub(chars);
    let fill = spec.fill.unwrap_or(if spec.zero { '0' } else { ' ' });
    let before = match spec.align.unwrap_or('<') {
        '>' => padding,
        '^' => padding / 2,
        _ => 0,
    };
    let mut fill_bytes = [0; 4];
    let fill = fill.encode_utf8(&mut fill_bytes).as_bytes();
    if !can_allocate(padding.saturating_mul(fill.len())) {
        return Err(memory_error(""));
    }
    let mut out = Vec::with_capacity(text.len() + padding * fill.len());
    (0..before).for_each(|_| out.extend_from_slice(fill));
    out.extend_from_slice(text);
    (before..padding).for_each(|_| out.extend_from_slice(fill));
    Ok(out)
}

/// The parts of a spec that a str refuses.
fn check_str_spec(spec: &Spec) -> PyResult<()> {
    check_grouping(spec, Some('s'))?;
    if let Some(k) = spec.kind.filter(|&k| k != 's') {
        return Err(unknown_code(k, "str"));
    }
    match spec.sign {
        Some(' ') => return Err(value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if spec.no_neg_zero {
        return Err(value_error("Negative zero coercion (z) not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == Some('=') {
        return Err(value_error("'=' alignment not allowed in string format specifier"));
    }
    Ok(())
}

/// An int to format: most are machine-sized and need no big-number arithmetic.
pub enum IntValue<'a> {
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

    /// The digits of the magnitude in `radix` (lowercase); decimal within the digit limit.
    fn magnitude_digits(&self, radix: u32) -> PyResult<String> {
        Ok(match self {
            IntValue::Small(i) => {
                // Written from the right into a buffer (64 binary digits at most).
                let mut m = i.unsigned_abs();
                let radix = u64::from(radix);
                let mut digits = [0u8; 64];
                let mut at = digits.len();
                loop {
                    at -= 1;
                    digits[at] = b"0123456789abcdef"[(m % radix) as usize];
                    m /= radix;
                    if m == 0 {
                        break;
                    }
                }
                std::str::from_utf8(&digits[at..]).map(str::to_owned).unwrap_or_default()
            }
            IntValue::Big(b) if radix == 10 => crate::objects::int::decimal_digits(b.magnitude())?,
            IntValue::Big(b) => b.magnitude().to_str_radix(radix),
        })
    }

    /// The value as a float, OverflowError when too large (as `float(int)`).
    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            IntValue::Small(i) => Ok(*i as f64),
            IntValue::Big(b) => {
                b.to_f64().filter(|f| f.is_finite()).ok_or_else(|| overflow_error("int too large to convert to float"))
            }
        }
    }
}

/// `format(int, spec)`; `type_name` names the value's type in errors (`bool` too).
pub fn format_int(value: IntValue<'_>, spec: &Spec, type_name: &str) -> PyResult<String> {
    check_grouping(spec, Some('d'))?;
    if matches!(spec.kind, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
        return format_float(value.to_f64()?, spec);
    }
    let (radix, prefix) = match spec.kind {
        None | Some('d' | 'n' | 'c') => (10, ""),
        Some('b') => (2, "0b"),
        Some('o') => (8, "0o"),
        Some('x') => (16, "0x"),
        Some('X') => (16, "0X"),
        Some(k) => return Err(unknown_code(k, type_name)),
    };
    if spec.precision.is_some() {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_zero {
        return Err(value_error("Negative zero coercion (z) not allowed in integer format specifier"));
    }
    if spec.kind == Some('c') {
        if spec.sign.is_some() {
            return Err(value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(value_error("Alternate form (#) not allowed with integer format specifier 'c'"));
        }
        let c = match value {
            IntValue::Small(i) => u32::try_from(i)
                .ok()
                .and_then(char::from_u32)
                .ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?,
            IntValue::Big(_) => return Err(overflow_error("Python int too large to convert to C long")),
        };
        return pad(spec, "", c.encode_utf8(&mut [0; 4]), '>');
    }
    let mut digits = value.magnitude_digits(radix)?;
    if spec.kind == Some('X') {
        digits.make_ascii_uppercase();
    }
    let sign = sign_text(value.is_negative(), spec.sign);
    let every = if radix == 10 { 3 } else { 4 };
    if !spec.alternate || prefix.is_empty() {
        return pad_number(spec, sign, &digits, "", every);
    }
    pad_number(spec, &format!("{sign}{prefix}"), &digits, "", every)
}

/// The separator is allowed with decimal presentations, and `_` with b/o/x/X too.
fn check_grouping(spec: &Spec, default: Option<char>) -> PyResult<()> {
    let Some(sep) = spec.grouping else { return Ok(()) };
    match spec.kind.or(default) {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
        Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(()),
        Some(k) => Err(value_error(format!("Cannot specify '{sep}' with '{k}'."))),
    }
}

/// `format(float, spec)`.
pub fn format_float(f: f64, spec: &Spec) -> PyResult<String> {
    check_grouping(spec, None)?;
    if let Some(k) = spec.kind.filter(|k| !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) {
        return Err(unknown_code(k, "float"));
    }
    let (negative, body) = float_body(f, spec);
    if !f.is_finite() {
        return pad_number(spec, sign_text(negative, spec.sign), "", &body, 3);
    }
    let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
    let (whole, rest) = body.split_at(split);
    pad_number(spec, sign_text(negative, spec.sign), whole, rest, 3)
}

/// The text of `|f|` for the spec's type and precision, and whether a minus sign goes first
/// (not for a negative zero under `z`).
fn float_body(f: f64, spec: &Spec) -> (bool, String) {
    let negative = f.is_sign_negative() && !f.is_nan();
    let magnitude = f.abs();
    let upper = matches!(spec.kind, Some('E' | 'F' | 'G'));
    if !magnitude.is_finite() {
        let text = if f.is_nan() { "nan" } else { "inf" };
        let mut text = if upper { text.to_uppercase() } else { text.to_string() };
        if spec.kind == Some('%') {
            text.push('%');
        }
        return (negative, text);
    }
    let alternate = spec.alternate;
    let body = match spec.kind {
        Some('f' | 'F') => with_point(fixed(magnitude, spec.precision.unwrap_or(6)), alternate),
        Some('e' | 'E') => exp_format(magnitude, spec.precision.unwrap_or(6), upper, alternate),
        Some('%') => with_point(fixed(magnitude * 100.0, spec.precision.unwrap_or(6)), alternate) + "%",
        Some('g' | 'G') => general_format(magnitude, spec.precision.unwrap_or(6), upper, alternate, false),
        Some('n') => general_format(magnitude, spec.precision.unwrap_or(6), false, alternate, false),
        _ => match spec.precision {
            Some(p) => general_format(magnitude, p, false, alternate, true),
            None => with_point(ferrython_ast::repr::float_repr(magnitude), alternate),
        },
    };
    let is_zero = body.split(['e', 'E', '%']).next().is_some_and(|m| m.bytes().all(|b| b == b'0' || b == b'.'));
    (negative && !(spec.no_neg_zero && is_zero), body)
}

/// `text` with a decimal point when the `#` flag asks for one (before any exponent).
fn with_point(text: String, alternate: bool) -> String {
    if !alternate || text.contains('.') {
        return text;
    }
    match text.find(['e', 'E', '%']) {
        Some(at) => format!("{}.{}", &text[..at], &text[at..]),
        None => text + ".",
    }
}

/// `magnitude` (finite, not negative) with `precision` decimals, correctly rounded (half to
/// even on exact ties, as CPython's dtoa).
fn fixed(magnitude: f64, precision: usize) -> String {
    if precision > EXACT_DIGITS {
        return fixed(magnitude, EXACT_DIGITS) + &"0".repeat(precision - EXACT_DIGITS);
    }
    fixed_dyadic(magnitude, precision).unwrap_or_else(|| format!("{magnitude:.precision$}"))
}

/// Digits after which every double's exact decimal expansion has ended (2^-1074 has 1074
/// decimals): more precision only adds zeros, which the standard library's formatting (limited
/// to 65535 digits) need not write.
const EXACT_DIGITS: usize = 1100;

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
    // magnitude = scaled / 2^10 = scaled * 5^10 / 10^10, exactly (`scaled` < 2^53).
    const POWERS_OF_TEN: [u64; 11] =
        [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000];
    let exact = u128::from(scaled as u64) * 9_765_625;
    let divisor = POWERS_OF_TEN[FRACTION_BITS as usize - precision];
    // In 64 bits when it fits (the common case): 128-bit division is a slow library call.
    let (quotient, remainder) = match u64::try_from(exact) {
        Ok(exact) => (u128::from(exact / divisor), exact % divisor),
        Err(_) => (exact / u128::from(divisor), (exact % u128::from(divisor)) as u64),
    };
    let round_up = remainder * 2 > divisor || (remainder * 2 == divisor && quotient % 2 == 1);
    let quotient = quotient + u128::from(round_up);
    // The decimal digits of the quotient, at least `precision + 1` of them.
    let mut digits = [b'0'; 48];
    let mut at = digits.len();
    match u64::try_from(quotient) {
        Ok(mut rest) => {
            while rest > 0 {
                at -= 1;
                digits[at] = b'0' + (rest % 10) as u8;
                rest /= 10;
            }
        }
        Err(_) => {
            let mut rest = quotient;
            while rest > 0 {
                at -= 1;
                digits[at] = b'0' + (rest % 10) as u8;
                rest /= 10;
            }
        }
    }
    let digits = &digits[at.min(digits.len() - precision - 1)..];
    // Then the point before the last `precision` of them.
    let whole = digits.len() - precision;
    let mut out = Vec::with_capacity(digits.len() + 1);
    out.extend_from_slice(&digits[..whole]);
    if precision > 0 {
        out.push(b'.');
        out.extend_from_slice(&digits[whole..]);
    }
    String::from_utf8(out).ok()
}

/// Scientific notation with `precision` digits after the point and a two-digit exponent.
fn exp_format(f: f64, precision: usize, upper: bool, alternate: bool) -> String {
    let exact = precision.min(EXACT_DIGITS);
    let mut text = format!("{:.*e}", exact, f);
    if precision > exact {
        let at = text.find('e').unwrap_or(text.len());
        text.insert_str(at, &"0".repeat(precision - exact));
    }
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let exp: i32 = exponent.parse().unwrap_or(0);
    let e = if upper { 'E' } else { 'e' };
    let point = if alternate && precision == 0 { "." } else { "" };
    format!("{mantissa}{point}{e}{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
}

/// The `g` presentation with `precision` significant digits; `repr_like` is the variant used
/// when a precision is given without a type: scientific from one exponent earlier, and at
/// least one digit after the point in fixed notation.
fn general_format(f: f64, precision: usize, upper: bool, alternate: bool, repr_like: bool) -> String {
    let p = precision.max(1);
    let exp = if f == 0.0 {
        0
    } else {
        let exp_text = format!("{:.*e}", p - 1, f);
        exp_text.split_once('e').map_or(0, |(_, e)| e.parse().unwrap_or(0))
    };
    let limit = if repr_like { p as i32 - 1 } else { p as i32 };
    if exp < -4 || exp >= limit {
        let formatted = exp_format(f, p - 1, upper, alternate);
        if alternate {
            return formatted;
        }
        let (m, e) = formatted.split_once(['e', 'E']).unwrap_or((&formatted, ""));
        let m = if m.contains('.') { m.trim_end_matches('0').trim_end_matches('.') } else { m };
        return format!("{m}{}{e}", if upper { 'E' } else { 'e' });
    }
    let decimals = (p as i32 - 1 - exp).max(0) as usize;
    let fixed = fixed(f, decimals);
    if alternate {
        return with_point(fixed, true);
    }
    let trimmed = if fixed.contains('.') { fixed.trim_end_matches('0').trim_end_matches('.') } else { &fixed };
    if repr_like && !trimmed.contains('.') {
        return format!("{trimmed}.0");
    }
    trimmed.to_string()
}

/// `format(complex, spec)`: both parts formatted as floats (the imaginary part always
/// signed), in parentheses when there is no presentation type and the real part shows.
pub fn format_complex(re: f64, im: f64, spec: &Spec) -> PyResult<String> {
    check_grouping(spec, None)?;
    if let Some(k) = spec.kind.filter(|k| !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')) {
        return Err(unknown_code(k, "complex"));
    }
    if spec.zero {
        return Err(value_error("Zero padding is not allowed in complex format specifier"));
    }
    if spec.align == Some('=') {
        return Err(value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let bare = spec.kind.is_none();
    let skip_re = bare && re == 0.0 && re.is_sign_positive();
    let part = |f: f64, sign: Option<char>| -> String {
        let part_spec = Spec {
            sign,
            alternate: spec.alternate,
            no_neg_zero: spec.no_neg_zero,
            grouping: spec.grouping,
            precision: spec.precision,
            kind: if bare && spec.precision.is_some() { Some('g') } else { spec.kind },
            ..Spec::default()
        };
        if bare && spec.precision.is_none() {
            // repr's style: no ".0" on whole numbers.
            let text = ferrython_ast::repr::float_repr(f.abs());
            let text = text.strip_suffix(".0").map(str::to_string).unwrap_or(text);
            let negative = f.is_sign_negative() && !f.is_nan() && !(spec.no_neg_zero && f == 0.0);
            let text = match spec.grouping {
                Some(sep) if f.is_finite() => {
                    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
                    group_digits(&text[..split], sep, 3) + &text[split..]
                }
                _ => text,
            };
            return format!("{}{}", sign_text(negative, sign), with_point(text, spec.alternate && f.is_finite()));
        }
        let (negative, body) = float_body(f, &part_spec);
        let body = match spec.grouping {
            Some(sep) if f.is_finite() => {
                let split = body.find(|c: char| !c.is_ascii_digit()).unwrap_or(body.len());
                group_digits(&body[..split], sep, 3) + &body[split..]
            }
            _ => body,
        };
        format!("{}{body}", sign_text(negative, sign))
    };
    let imag = part(im, Some('+'));
    let text = if skip_re {
        format!("{}j", part(im, spec.sign))
    } else if bare {
        format!("({}{imag}j)", part(re, spec.sign))
    } else {
        format!("{}{imag}j", part(re, spec.sign))
    };
    pad(spec, "", &text, '>')
}
