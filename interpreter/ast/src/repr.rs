//! `repr()` of str, bytes, float and complex values, byte for byte as CPython 3.12 writes them.

use unicode_general_category::{get_general_category, GeneralCategory as Cat};

/// Whether `str.isprintable()` holds for the code point (space counts, other separators do not).
pub fn is_printable(code: u32) -> bool {
    if code == ' ' as u32 {
        return true;
    }
    let Some(c) = char::from_u32(code) else {
        return false; // surrogates
    };
    !matches!(
        get_general_category(c),
        Cat::Control
            | Cat::Format
            | Cat::Surrogate
            | Cat::PrivateUse
            | Cat::Unassigned
            | Cat::LineSeparator
            | Cat::ParagraphSeparator
            | Cat::SpaceSeparator
    )
}

/// `repr(str)`: single quotes unless the text has a single quote and no double quote.
pub fn str_repr(code_points: impl Iterator<Item = u32> + Clone) -> String {
    let (mut single, mut double) = (false, false);
    for c in code_points.clone() {
        single |= c == '\'' as u32;
        double |= c == '"' as u32;
    }
    let quote = if single && !double { '"' } else { '\'' };
    let mut out = String::with_capacity(2);
    out.push(quote);
    for code in code_points {
        match code {
            0x5C => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            c if c == quote as u32 => {
                out.push('\\');
                out.push(quote);
            }
            0x20..0x7F => out.push(code as u8 as char),
            c if c <= 0x7F => out.push_str(&format!("\\x{c:02x}")),
            c if is_printable(c) => out.push(char::from_u32(c).unwrap_or('?')),
            c if c <= 0xFF => out.push_str(&format!("\\x{c:02x}")),
            c if c <= 0xFFFF => out.push_str(&format!("\\u{c:04x}")),
            c => out.push_str(&format!("\\U{c:08x}")),
        }
    }
    out.push(quote);
    out
}

/// `repr(bytes)`.
pub fn bytes_repr(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b if b == quote as u8 => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7E => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

/// The shortest round-tripping digits of a finite, non-zero float and its decimal exponent:
/// the value is `0.d1d2d3... * 10**exponent`.
fn shortest_digits(value: f64) -> (String, i32) {
    // Rust's `{:e}` prints the shortest round-tripping form, for example "1.2345e-7".
    let text = format!("{:e}", value.abs());
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let mut digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    // When the value lies exactly halfway between two shortest candidates, Rust rounds up but
    // Python's repr takes the one with an even last digit.
    // The even neighbour only counts when it reads back as the same float.
    if let Some(even) = half_even_alternative(value.abs(), &digits) {
        if format!("0.{even}e{}", exp + 1).parse::<f64>() == Ok(value.abs()) {
            digits = even;
        }
    }
    (digits, exp + 1)
}

/// The even neighbour of `digits` when `value`'s exact decimal expansion is `digits - 1` followed
/// by exactly one `5` at the next place (a tie that Rust broke upwards), else `None`.
fn half_even_alternative(value: f64, digits: &str) -> Option<String> {
    let last = digits.bytes().last()?;
    if (last - b'0').is_multiple_of(2) {
        return None;
    }
    let n = digits.len();
    let digits_of =
        |text: String| -> Vec<u8> { text.split('e').next().unwrap_or("").bytes().filter(|b| *b != b'.').collect() };
    // A cheap look first: a tie shows as a 5 and then zeros at moderate precision.
    let near = digits_of(format!("{:.*e}", n + 20, value));
    if near.get(n) != Some(&b'5') || near[n + 1..].iter().any(|&b| b != b'0') {
        return None;
    }
    // The exact expansion of a double has at most 767 significant digits.
    let exact = format!("{:.800e}", value);
    let exact_digits: Vec<u8> = exact.split('e').next()?.bytes().filter(|b| *b != b'.').collect();
    let is_tie = exact_digits.get(n) == Some(&b'5') && exact_digits[n + 1..].iter().all(|&b| b == b'0');
    let truncated = &exact_digits[..n];
    let mut below = digits.as_bytes().to_vec();
    *below.last_mut()? -= 1;
    (is_tie && truncated == below.as_slice()).then(|| String::from_utf8(below).unwrap_or_default())
}

/// Formats like CPython's `float_repr_style = 'short'` with the `r` format code.
/// `add_dot_zero` gives `1.0` rather than `1` (floats do, complex parts do not).
fn format_shortest(value: f64, add_dot_zero: bool) -> String {
    if value.is_nan() {
        return "nan".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value == 0.0 {
        return format!("{sign}{}", if add_dot_zero { "0.0" } else { "0" });
    }
    let (digits, decpt) = shortest_digits(value);
    let n = digits.len() as i32;
    // Fixed notation for -4 < decpt <= 16, as repr() does.
    let body = if -4 < decpt && decpt <= 16 {
        if decpt <= 0 {
            format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
        } else if decpt >= n {
            let zeros = "0".repeat((decpt - n) as usize);
            if add_dot_zero {
                format!("{digits}{zeros}.0")
            } else {
                format!("{digits}{zeros}")
            }
        } else {
            format!("{}.{}", &digits[..decpt as usize], &digits[decpt as usize..])
        }
    } else {
        let exp = decpt - 1;
        let mantissa = if n == 1 { digits.clone() } else { format!("{}.{}", &digits[..1], &digits[1..]) };
        let exp_sign = if exp < 0 { '-' } else { '+' };
        format!("{mantissa}e{exp_sign}{:02}", exp.abs())
    };
    format!("{sign}{body}")
}

/// `repr(float)`.
pub fn float_repr(value: f64) -> String {
    format_shortest(value, true)
}

/// `repr(complex)`: `1j`, `(1+2j)`, `(-0-1j)`.
pub fn complex_repr(real: f64, imag: f64) -> String {
    let imag_text = format_shortest(imag, false);
    if real == 0.0 && real.is_sign_positive() {
        return format!("{imag_text}j");
    }
    let real_text = format_shortest(real, false);
    // A NaN shows no sign, so its part is joined with '+'.
    let joined = if imag_text.starts_with('-') { imag_text } else { format!("+{imag_text}") };
    format!("({real_text}{joined}j)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats() {
        for (v, s) in [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (-0.0, "-0.0"),
            (f64::INFINITY, "inf"),
            (2.5, "2.5"),
            (1e300, "1e+300"),
            // Exact ties between two shortest candidates go to the even one.
            (f64::from_bits(0x4058ffec80000000), "99.99880981445312"),
            (1429035198630573.2, "1429035198630573.2"),
            (0.5, "0.5"),
            (2.5e-324, "5e-324"),
        ] {
            assert_eq!(float_repr(v), s);
        }
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(0.0, 1e16), "1e+16j");
        assert_eq!(complex_repr(1.0, -2.0), "(1-2j)");
    }

    #[test]
    fn strings() {
        let r = |s: &str| str_repr(s.chars().map(|c| c as u32));
        assert_eq!(r("a'b"), "\"a'b\"");
        assert_eq!(r("a'\"b"), "'a\\'\"b'");
        assert_eq!(r("\x00\u{7f}\u{a0}é\u{2028}"), "'\\x00\\x7f\\xa0é\\u2028'");
        assert_eq!(bytes_repr(b"a'\x80"), "b\"a'\\x80\"");
    }
}
