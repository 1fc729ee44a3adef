//! The text codecs behind `str.encode`, `bytes.decode` and `bytes(text, encoding)`: UTF-8,
//! UTF-16, Latin-1 and ASCII, with the error handlers strict, ignore, replace,
//! backslashreplace and xmlcharrefreplace (encoding) and surrogateescape.

use crate::objects::exception::{exceptions, PyErr};
use crate::PyResult;

/// A codec Ferrython knows, from its normalized name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Latin1,
    Ascii,
    Utf16Le,
    Utf16Be,
    Utf16,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Latin1 => "latin-1",
            Codec::Ascii => "ascii",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf16 => "utf-16",
        }
    }

    /// The largest code point the codec encodes, for "ordinal not in range" messages.
    fn limit(self) -> Option<u32> {
        match self {
            Codec::Latin1 => Some(256),
            Codec::Ascii => Some(128),
            _ => None,
        }
    }
}

fn lookup(encoding: &str) -> PyResult<Codec> {
    let normalized: String = encoding.trim().to_ascii_lowercase().replace('_', "-");
    Ok(match normalized.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "latin-1" | "latin1" | "latin" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" => Codec::Latin1,
        "ascii" | "us-ascii" | "646" => Codec::Ascii,
        "utf-16-le" | "utf-16le" => Codec::Utf16Le,
        "utf-16-be" | "utf-16be" => Codec::Utf16Be,
        "utf-16" | "utf16" => Codec::Utf16,
        _ => return Err(PyErr::new(&exceptions().lookup_error, format!("unknown encoding: {encoding}"))),
    })
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(&exceptions().lookup_error, format!("unknown error handler name '{errors}'"))
}

/// Encodes code points (surrogates included) with `encoding` and the `errors` handler.
pub fn encode(points: &[u32], encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding)?;
    let encodable = |c: u32| match codec.limit() {
        Some(limit) => c < limit,
        None => !(0xD800..0xE000).contains(&c),
    };
    let mut out = Vec::with_capacity(points.len());
    if codec == Codec::Utf16 {
        out.extend_from_slice(&[0xFF, 0xFE]);
    }
    let mut i = 0;
    while i < points.len() {
        let c = points[i];
        if encodable(c) {
            push_encoded(&mut out, codec, c);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < points.len() && !encodable(points[end]) {
            end += 1;
        }
        match errors {
            "strict" => {
                let reason = match codec.limit() {
                    Some(limit) => format!("ordinal not in range({limit})"),
                    None => "surrogates not allowed".to_string(),
                };
                return Err(super::unicode_error::encode_error(codec.name(), points, i, end, &reason));
            }
            "ignore" => {}
            "replace" => (i..end).for_each(|_| push_encoded(&mut out, codec, u32::from(b'?'))),
            "backslashreplace" => {
                for &p in &points[i..end] {
                    super::unicode_error::escaped(p).bytes().for_each(|b| push_encoded(&mut out, codec, u32::from(b)));
                }
            }
            "xmlcharrefreplace" => {
                for &p in &points[i..end] {
                    format!("&#{p};").bytes().for_each(|b| push_encoded(&mut out, codec, u32::from(b)));
                }
            }
            "surrogateescape" if points[i..end].iter().all(|p| (0xDC80..0xDD00).contains(p)) => {
                out.extend(points[i..end].iter().map(|p| (p - 0xDC00) as u8));
            }
            "surrogateescape" | "surrogatepass" => {
                return encode(points, encoding, "strict");
            }
            other => return Err(unknown_handler(other)),
        }
        i = end;
    }
    Ok(out)
}

fn push_encoded(out: &mut Vec<u8>, codec: Codec, c: u32) {
    match codec {
        Codec::Utf8 => {
            let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
            let mut buf = [0; 4];
            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
        }
        Codec::Latin1 | Codec::Ascii => out.push(c as u8),
        Codec::Utf16Le | Codec::Utf16Be | Codec::Utf16 => {
            let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
            let mut buf = [0u16; 2];
            for unit in ch.encode_utf16(&mut buf) {
                let bytes = if codec == Codec::Utf16Be { unit.to_be_bytes() } else { unit.to_le_bytes() };
                out.extend_from_slice(&bytes);
            }
        }
    }
}

/// Decodes bytes with `encoding` and the `errors` handler, to code points.
pub fn decode(bytes: &[u8], encoding: &str, errors: &str) -> PyResult<Vec<u32>> {
    let codec = lookup(encoding)?;
    if !matches!(errors, "strict" | "ignore" | "replace" | "backslashreplace" | "surrogateescape" | "surrogatepass") {
        return Err(unknown_handler(errors));
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        // (code point, length) of the next character, or (bad length, reason).
        let step: Result<(u32, usize), (usize, &str)> = match codec {
            Codec::Latin1 => Ok((u32::from(bytes[i]), 1)),
            Codec::Ascii if bytes[i] < 0x80 => Ok((u32::from(bytes[i]), 1)),
            Codec::Ascii => Err((1, "ordinal not in range(128)")),
            Codec::Utf8 => utf8_step(&bytes[i..]),
            Codec::Utf16Le | Codec::Utf16Be | Codec::Utf16 => {
                let big = codec == Codec::Utf16Be;
                utf16_step(&bytes[i..], big)
            }
        };
        match step {
            Ok((c, len)) => {
                out.push(c);
                i += len;
            }
            Err((len, reason)) => {
                let end = (i + len).min(bytes.len());
                match errors {
                    "strict" | "surrogatepass" => {
                        return Err(super::unicode_error::decode_error(codec.name(), bytes, i, end, reason));
                    }
                    "ignore" => {}
                    "replace" => out.push(0xFFFD),
                    "surrogateescape" => out.extend(bytes[i..end].iter().map(|&b| 0xDC00 + u32::from(b))),
                    _ => {
                        for &b in &bytes[i..end] {
                            out.extend(format!("\\x{b:02x}").chars().map(u32::from));
                        }
                    }
                }
                i = end;
            }
        }
    }
    if codec == Codec::Utf16 && out.first() == Some(&0xFEFF) {
        out.remove(0);
    }
    Ok(out)
}

/// One UTF-8 character at the start of `bytes`, or the length of the maximal invalid prefix
/// and the reason.
fn utf8_step(bytes: &[u8]) -> Result<(u32, usize), (usize, &'static str)> {
    let first = bytes[0];
    let (len, init, lower, upper) = match first {
        0x00..=0x7F => return Ok((u32::from(first), 1)),
        0xC2..=0xDF => (2, u32::from(first & 0x1F), 0x80, 0xBF),
        0xE0 => (3, 0, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, u32::from(first & 0x0F), 0x80, 0xBF),
        0xED => (3, 0xD, 0x80, 0x9F),
        0xF0 => (4, 0, 0x90, 0xBF),
        0xF1..=0xF3 => (4, u32::from(first & 0x07), 0x80, 0xBF),
        0xF4 => (4, 4, 0x80, 0x8F),
        _ => return Err((1, "invalid start byte")),
    };
    let mut code = init;
    for k in 1..len {
        let Some(&b) = bytes.get(k) else { return Err((k, "unexpected end of data")) };
        let (lo, hi) = if k == 1 { (lower, upper) } else { (0x80, 0xBF) };
        if !(lo..=hi).contains(&b) {
            return Err((k, "invalid continuation byte"));
        }
        code = (code << 6) | u32::from(b & 0x3F);
    }
    Ok((code, len))
}

fn utf16_step(bytes: &[u8], big: bool) -> Result<(u32, usize), (usize, &'static str)> {
    let unit = |at: usize| -> Option<u32> {
        let pair = [*bytes.get(at)?, *bytes.get(at + 1)?];
        Some(u32::from(if big { u16::from_be_bytes(pair) } else { u16::from_le_bytes(pair) }))
    };
    let Some(first) = unit(0) else { return Err((bytes.len(), "truncated data")) };
    if !(0xD800..0xE000).contains(&first) {
        return Ok((first, 2));
    }
    if first >= 0xDC00 {
        return Err((2, "illegal encoding"));
    }
    match unit(2) {
        Some(second) if (0xDC00..0xE000).contains(&second) => {
            Ok((0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00), 4))
        }
        Some(_) => Err((2, "illegal UTF-16 surrogate")),
        None => Err((bytes.len(), "unexpected end of data")),
    }
}
