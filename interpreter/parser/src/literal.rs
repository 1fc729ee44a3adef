//! Literal values: numbers, and the escape sequences of str and bytes literals.

use ferrython_ast::{Constant, Int, PyStr};
use num_bigint::BigInt;

/// CPython's default limit on decimal digits converted to an int (`sys.get_int_max_str_digits()`).
const INT_MAX_STR_DIGITS: usize = 4300;

/// The value of a NUMBER token (already checked by the lexer).
pub fn parse_number(text: &str) -> Result<Constant, String> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    if let Some(imag) = lower.strip_suffix('j') {
        let value: f64 = imag.parse().map_err(|_| format!("invalid imaginary literal {text}"))?;
        return Ok(Constant::Complex { real: 0.0, imag: value });
    }
    let radix = match lower.get(..2) {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 10,
    };
    if radix != 10 {
        let digits = &lower[2..];
        if let Ok(small) = i64::from_str_radix(digits, radix) {
            return Ok(Constant::Int(Int::Small(small)));
        }
        let big = BigInt::parse_bytes(digits.as_bytes(), radix).ok_or_else(|| format!("invalid literal {text}"))?;
        return Ok(Constant::Int(Int::Big(big)));
    }
    if lower.contains(['.', 'e']) {
        let value: f64 = lower.parse().map_err(|_| format!("invalid float literal {text}"))?;
        return Ok(Constant::Float(value));
    }
    if let Ok(small) = lower.parse::<i64>() {
        return Ok(Constant::Int(Int::Small(small)));
    }
    let digits = lower.trim_start_matches('0').len();
    if digits > INT_MAX_STR_DIGITS {
        return Err(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
        ));
    }
    let big = BigInt::parse_bytes(lower.as_bytes(), 10).ok_or_else(|| format!("invalid literal {text}"))?;
    Ok(Constant::Int(Int::from_big(big)))
}

/// An escape problem: a hard error, reported as CPython's "(unicode error) ..." or "(value error)".
#[derive(Debug)]
pub struct EscapeError {
    pub msg: String,
}

/// Decoding a literal body also yields warnings for invalid escapes (`"\d"`): the escape text.
pub struct Decoded<T> {
    pub value: T,
    pub invalid_escape: Option<String>,
}

/// The escapes str and bytes literals share: `\` newline, `\\`, quotes, `\a` to `\v`, and octal.
/// `c` follows the backslash at `esc_start`; `i` is just past `c` and moves past octal digits.
/// Returns `None` when `c` starts no shared escape, `Some(None)` for a line continuation.
fn shared_escape(
    c: u8,
    bytes: &[u8],
    i: &mut usize,
    body: &str,
    esc_start: usize,
    invalid_escape: &mut Option<String>,
) -> Option<Option<u32>> {
    let value = match c {
        b'\n' => return Some(None),
        b'\\' | b'\'' | b'"' => c as u32,
        b'a' => 7,
        b'b' => 8,
        b'f' => 12,
        b'n' => 10,
        b'r' => 13,
        b't' => 9,
        b'v' => 11,
        b'0'..=b'7' => {
            let mut value = (c - b'0') as u32;
            let mut digits = 1;
            while digits < 3 && matches!(bytes.get(*i), Some(b'0'..=b'7')) {
                value = value * 8 + (bytes[*i] - b'0') as u32;
                *i += 1;
                digits += 1;
            }
            if value > 0o377 && invalid_escape.is_none() {
                *invalid_escape = Some(format!("invalid octal escape sequence '\\{}'", &body[esc_start + 1..*i]));
            }
            value
        }
        _ => return None,
    };
    Some(Some(value))
}

fn hex_value(body: &[u8], at: usize, len: usize) -> Option<u32> {
    let digits = body.get(at..at + len)?;
    if !digits.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
}

/// Decodes the body of a str literal (between the quotes). `raw` keeps backslashes; `fstring`
/// turns `{{` and `}}` into single braces.
pub fn decode_str(body: &str, raw: bool, fstring: bool) -> Result<Decoded<PyStr>, EscapeError> {
    let bytes = body.as_bytes();
    let mut out = PyStr::new();
    let mut invalid_escape = None;
    let mut i = 0;
    let mut run_start = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if fstring && (b == b'{' || b == b'}') && bytes.get(i + 1) == Some(&b) {
            out.push_str(&body[run_start..=i]);
            i += 2;
            run_start = i;
            continue;
        }
        if b != b'\\' || raw {
            i += 1;
            continue;
        }
        out.push_str(&body[run_start..i]);
        let esc_start = i;
        i += 1;
        let Some(&c) = bytes.get(i) else {
            // A lone trailing backslash cannot occur in a terminated literal; keep it.
            out.push('\\' as u32);
            run_start = i;
            break;
        };
        i += 1;
        if let Some(value) = shared_escape(c, bytes, &mut i, body, esc_start, &mut invalid_escape) {
            if let Some(value) = value {
                out.push(value);
            }
            run_start = i;
            continue;
        }
        match c {
            b'x' | b'u' | b'U' => {
                let (len, name) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let Some(value) = hex_value(bytes, i, len) else {
                    let end = (i..bytes.len().min(i + len))
                        .find(|&k| !bytes[k].is_ascii_hexdigit())
                        .unwrap_or(bytes.len().min(i + len));
                    return Err(unicode_error(esc_start, end.max(i) - 1, name));
                };
                if value > 0x10FFFF {
                    return Err(unicode_error(esc_start, i + len - 1, "illegal Unicode character"));
                }
                i += len;
                out.push(value);
            }
            b'N' => {
                if bytes.get(i) != Some(&b'{') {
                    return Err(unicode_error(esc_start, i - 1, "malformed \\N character escape"));
                }
                let Some(close) = bytes[i..].iter().position(|&b| b == b'}') else {
                    return Err(unicode_error(esc_start, bytes.len() - 1, "malformed \\N character escape"));
                };
                let name = &body[i + 1..i + close];
                if name.is_empty() {
                    return Err(unicode_error(esc_start, i, "malformed \\N character escape"));
                }
                match lookup_name(name) {
                    Some(ch) => out.push(ch as u32),
                    None => return Err(unicode_error(esc_start, i + close, "unknown Unicode character name")),
                }
                i += close + 1;
            }
            _ => {
                if invalid_escape.is_none() {
                    let ch = body[esc_start + 1..].chars().next().unwrap_or('?');
                    invalid_escape = Some(format!("invalid escape sequence '\\{ch}'"));
                }
                out.push('\\' as u32);
                i -= 1; // the character after the backslash is kept as itself
            }
        }
        run_start = i;
    }
    if run_start < bytes.len() {
        out.push_str(&body[run_start..]);
    }
    Ok(Decoded { value: out, invalid_escape })
}

fn unicode_error(start: usize, end: usize, reason: &str) -> EscapeError {
    EscapeError {
        msg: format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {reason}"),
    }
}

/// `\N{...}` names: Unicode character names, name aliases, and CPython's lookup rules
/// (case-insensitive).
fn lookup_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    unicode_names2::character(&upper)
}

/// Decodes the body of a bytes literal. Non-ASCII characters were rejected by the caller.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Decoded<Vec<u8>>, EscapeError> {
    let bytes = body.as_bytes();
    if raw {
        return Ok(Decoded { value: bytes.to_vec(), invalid_escape: None });
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut invalid_escape = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        let esc_start = i;
        i += 1;
        let Some(&c) = bytes.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        if let Some(value) = shared_escape(c, bytes, &mut i, body, esc_start, &mut invalid_escape) {
            if let Some(value) = value {
                // Octal escapes above 0o377 keep their low byte, as CPython does.
                out.push(value as u8);
            }
            continue;
        }
        match c {
            b'x' => {
                let Some(value) = hex_value(bytes, i, 2) else {
                    return Err(EscapeError {
                        msg: format!("(value error) invalid \\x escape at position {esc_start}"),
                    });
                };
                i += 2;
                out.push(value as u8);
            }
            _ => {
                if invalid_escape.is_none() {
                    invalid_escape = Some(format!("invalid escape sequence '\\{}'", c as char));
                }
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(Decoded { value: out, invalid_escape })
}
