//! The `unicode_escape` and `raw_unicode_escape` codecs: Latin-1 text in which backslash
//! escapes stand for other characters. Decoding reads one escape (or one run of plain bytes) at
//! a time as a `Step` for `decode_units`; encoding cannot fail.

use super::decode::Step;

/// What the escape at the start of `bytes` (a backslash) of `unicode_escape` decodes to; `last`
/// says that no more bytes follow (else an escape cut short waits for them).
pub fn unicode_escape_step(bytes: &[u8], last: bool) -> Step {
    if bytes[0] != b'\\' {
        return Step::Char(u32::from(bytes[0]), 1);
    }
    // An escape cut short: wait for more, or fail over what there is.
    let cut = |reason: &'static str| if last { Step::Invalid(bytes.len(), reason) } else { Step::Incomplete };
    let Some(&c) = bytes.get(1) else { return cut("\\ at end of string") };
    let simple = match c {
        b'\n' => return Step::Skip(2),
        b'\\' | b'\'' | b'"' => u32::from(c),
        b'a' => 7,
        b'b' => 8,
        b't' => 9,
        b'n' => 10,
        b'v' => 11,
        b'f' => 12,
        b'r' => 13,
        b'0'..=b'7' => {
            let digits = bytes[1..].iter().take(3).take_while(|b| matches!(b, b'0'..=b'7')).count();
            let value = bytes[1..=digits].iter().fold(0, |v, &d| v * 8 + u32::from(d - b'0'));
            if value > 0o377 {
                return Step::Warn(value, 1 + digits, "invalid octal escape sequence", 1 + digits);
            }
            return Step::Char(value, 1 + digits);
        }
        b'x' => return hex_escape(bytes, 2, last, "truncated \\xXX escape"),
        b'u' => return hex_escape(bytes, 4, last, "truncated \\uXXXX escape"),
        b'U' => return hex_escape(bytes, 8, last, "truncated \\UXXXXXXXX escape"),
        b'N' => return named_escape(bytes, last),
        // An unknown escape stays as it is (with a DeprecationWarning).
        _ => return Step::Warn(u32::from(b'\\'), 1, "invalid escape sequence", 2),
    };
    Step::Char(simple, 2)
}

/// `\xXX`, `\uXXXX` or `\UXXXXXXXX`: `count` hex digits after the backslash and letter.
fn hex_escape(bytes: &[u8], count: usize, last: bool, reason: &'static str) -> Step {
    let mut value = 0u32;
    for k in 0..count {
        let Some(&b) = bytes.get(2 + k) else {
            return if last { Step::Invalid(bytes.len(), reason) } else { Step::Incomplete };
        };
        let Some(digit) = char::from(b).to_digit(16) else { return Step::Invalid(2 + k, reason) };
        value = value * 16 + digit;
    }
    if value > 0x10FFFF {
        return Step::Invalid(2 + count, "illegal Unicode character");
    }
    Step::Char(value, 2 + count)
}

/// `\N{name}`: a character by its Unicode name.
fn named_escape(bytes: &[u8], last: bool) -> Step {
    const MALFORMED: &str = "malformed \\N character escape";
    let incomplete = if last { Step::Invalid(bytes.len(), MALFORMED) } else { Step::Incomplete };
    match bytes.get(2) {
        None => return incomplete,
        Some(b'{') => {}
        Some(_) => return Step::Invalid(2, MALFORMED),
    }
    let Some(close) = bytes[3..].iter().position(|&b| b == b'}').map(|p| p + 3) else { return incomplete };
    if close == 3 {
        return Step::Invalid(3, MALFORMED);
    }
    let name: String = bytes[3..close].iter().map(|&b| char::from(b)).collect();
    match unicode_names2::character(&name.to_ascii_uppercase()) {
        Some(c) => Step::Char(u32::from(c), close + 1),
        None => Step::Invalid(close + 1, "unknown Unicode character name"),
    }
}

/// The step of `raw_unicode_escape` at `bytes`: only `\uXXXX` and `\UXXXXXXXX` are escapes, and
/// only after an odd number of backslashes.
pub fn raw_unicode_escape_step(bytes: &[u8], last: bool) -> Step {
    if bytes[0] != b'\\' {
        return Step::Char(u32::from(bytes[0]), 1);
    }
    let run = bytes.iter().take_while(|&&b| b == b'\\').count();
    match bytes.get(run) {
        None if !last => Step::Incomplete,
        Some(b'u' | b'U') if run % 2 == 1 => {
            if run > 1 {
                // The backslashes before the one that starts the escape are plain.
                return Step::Latin1(run - 1);
            }
            let (count, reason) =
                if bytes[1] == b'u' { (4, "truncated \\uXXXX escape") } else { (8, "truncated \\UXXXXXXXX escape") };
            match hex_escape(bytes, count, last, reason) {
                Step::Invalid(len, "illegal Unicode character") => Step::Invalid(len, "\\Uxxxxxxxx out of range"),
                step => step,
            }
        }
        _ => Step::Latin1(run),
    }
}

/// Appends `c` as `unicode_escape` writes it.
pub fn push_unicode_escaped(out: &mut Vec<u8>, c: u32) {
    let text = match c {
        0x5C => "\\\\".to_string(),
        0x09 => "\\t".to_string(),
        0x0A => "\\n".to_string(),
        0x0D => "\\r".to_string(),
        0x20..=0x7E => return out.push(c as u8),
        0..=0xFF => format!("\\x{c:02x}"),
        0x100..=0xFFFF => format!("\\u{c:04x}"),
        _ => format!("\\U{c:08x}"),
    };
    out.extend_from_slice(text.as_bytes());
}

/// Appends `c` as `raw_unicode_escape` writes it.
pub fn push_raw_unicode_escaped(out: &mut Vec<u8>, c: u32) {
    match c {
        0..=0xFF => out.push(c as u8),
        0x100..=0xFFFF => out.extend_from_slice(format!("\\u{c:04x}").as_bytes()),
        _ => out.extend_from_slice(format!("\\U{c:08x}").as_bytes()),
    }
}
