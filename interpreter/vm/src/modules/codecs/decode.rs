//! Decoding: bytes to text (WTF-8, so that lone surrogates survive), one-shot and incremental,
//! with the error handlers applied where a sequence is invalid.

use super::errors::{self, DecodeFix};
use super::names::{Codec, Endian};
use crate::thread::Thread;
use crate::PyResult;

/// What the bytes at a position hold.
pub(super) enum Step {
    /// A code point and how many bytes it took.
    Char(u32, usize),
    /// An invalid sequence of this many bytes, and why.
    Invalid(usize, &'static str),
    /// The start of a sequence that the next bytes may complete.
    Incomplete,
    /// This many bytes that decode to nothing (an escaped newline).
    Skip(usize),
    /// This many bytes that decode as Latin-1.
    Latin1(usize),
    /// A code point and how many bytes it took, from an escape that deserves a
    /// DeprecationWarning: its kind, and how many bytes the warning shows.
    Warn(u32, usize, &'static str, usize),
}

/// Appends a code point (a lone surrogate too) as WTF-8.
pub fn push_code(out: &mut Vec<u8>, code: u32) {
    match code {
        0..=0x7F => out.push(code as u8),
        0x80..=0x7FF => out.extend_from_slice(&[0xC0 | (code >> 6) as u8, 0x80 | (code & 0x3F) as u8]),
        0x800..=0xFFFF => out.extend_from_slice(&[
            0xE0 | (code >> 12) as u8,
            0x80 | ((code >> 6) & 0x3F) as u8,
            0x80 | (code & 0x3F) as u8,
        ]),
        _ => out.extend_from_slice(&[
            0xF0 | (code >> 18) as u8,
            0x80 | ((code >> 12) & 0x3F) as u8,
            0x80 | ((code >> 6) & 0x3F) as u8,
            0x80 | (code & 0x3F) as u8,
        ]),
    }
}

fn utf8_step(bytes: &[u8]) -> Step {
    let first = bytes[0];
    let (len, init, lower, upper) = match first {
        0x00..=0x7F => return Step::Char(u32::from(first), 1),
        0xC2..=0xDF => (2, u32::from(first & 0x1F), 0x80, 0xBF),
        0xE0 => (3, 0, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, u32::from(first & 0x0F), 0x80, 0xBF),
        0xED => (3, 0xD, 0x80, 0x9F),
        0xF0 => (4, 0, 0x90, 0xBF),
        0xF1..=0xF3 => (4, u32::from(first & 0x07), 0x80, 0xBF),
        0xF4 => (4, 4, 0x80, 0x8F),
        _ => return Step::Invalid(1, "invalid start byte"),
    };
    let mut code = init;
    for k in 1..len {
        let Some(&b) = bytes.get(k) else { return Step::Incomplete };
        let (lo, hi) = if k == 1 { (lower, upper) } else { (0x80, 0xBF) };
        if !(lo..=hi).contains(&b) {
            return Step::Invalid(k, "invalid continuation byte");
        }
        code = (code << 6) | u32::from(b & 0x3F);
    }
    Step::Char(code, len)
}

fn unit16(bytes: &[u8], at: usize, big: bool) -> Option<u32> {
    let pair = [*bytes.get(at)?, *bytes.get(at + 1)?];
    Some(u32::from(if big { u16::from_be_bytes(pair) } else { u16::from_le_bytes(pair) }))
}

fn utf16_step(bytes: &[u8], big: bool) -> Step {
    let Some(first) = unit16(bytes, 0, big) else { return Step::Incomplete };
    if !(0xD800..0xE000).contains(&first) {
        return Step::Char(first, 2);
    }
    if first >= 0xDC00 {
        return Step::Invalid(2, "illegal encoding");
    }
    match unit16(bytes, 2, big) {
        Some(second) if (0xDC00..0xE000).contains(&second) => {
            Step::Char(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00), 4)
        }
        Some(_) => Step::Invalid(2, "illegal UTF-16 surrogate"),
        None => Step::Incomplete,
    }
}

fn utf32_step(bytes: &[u8], big: bool) -> Step {
    let Some(quad) = bytes.get(..4) else { return Step::Incomplete };
    let quad = [quad[0], quad[1], quad[2], quad[3]];
    let code = if big { u32::from_be_bytes(quad) } else { u32::from_le_bytes(quad) };
    if code > 0x10FFFF {
        Step::Invalid(4, "code point not in range(0x110000)")
    } else if (0xD800..0xE000).contains(&code) {
        Step::Invalid(4, "code point in surrogate code point range(0xd800, 0xe000)")
    } else {
        Step::Char(code, 4)
    }
}

fn step(codec: Codec, big: bool, bytes: &[u8], last: bool) -> Step {
    match codec {
        // `decode_units` hands UTF-7 to its own stateful decoder.
        Codec::Utf7 => unreachable!("UTF-7 is decoded by utf7::decode"),
        Codec::UnicodeEscape => super::escape::unicode_escape_step(bytes, last),
        Codec::RawUnicodeEscape => super::escape::raw_unicode_escape_step(bytes, last),
        Codec::Utf8 | Codec::Utf8Sig => utf8_step(bytes),
        Codec::Utf16(_) => utf16_step(bytes, big),
        Codec::Utf32(_) => utf32_step(bytes, big),
        Codec::Latin1 => Step::Char(u32::from(bytes[0]), 1),
        Codec::Ascii if bytes[0] < 0x80 => Step::Char(u32::from(bytes[0]), 1),
        Codec::Ascii => Step::Invalid(1, "ordinal not in range(128)"),
        Codec::Multibyte(_) => unreachable!("multibyte codecs are decoded by multibyte::decode"),
        Codec::CodePage(page) => match page.decode(bytes[0]) {
            Some(c) => Step::Char(c, 1),
            None => Step::Invalid(1, "character maps to <undefined>"),
        },
    }
}

/// The reason an incomplete sequence at the very end gives once no more input will come.
fn truncated_reason(codec: Codec, remaining: usize) -> &'static str {
    match codec {
        Codec::Utf16(_) if remaining >= 2 => "unexpected end of data",
        Codec::Utf16(_) | Codec::Utf32(_) => "truncated data",
        _ => "unexpected end of data",
    }
}

/// Decodes `input` from `start` (past any BOM: `big` is the byte order of UTF-16/32) as far
/// as it goes: to the end when `last`, else up to an incomplete sequence at the end. Returns
/// the text and where it stopped. Errors name positions in all of `input`, and a UTF-16/32
/// codec by the byte order it decodes in (`utf-16-le`), as CPython's do.
pub fn decode_units(
    mut thread: Option<&mut Thread>,
    codec: Codec,
    big: bool,
    input: &[u8],
    start: usize,
    errors: &str,
    last: bool,
) -> PyResult<(Vec<u8>, usize)> {
    if codec == Codec::Utf7 {
        let (text, used) = super::utf7::decode(thread, &input[start..], errors, last)?;
        return Ok((text, start + used));
    }
    if let Codec::Multibyte(multibyte) = codec {
        return super::multibyte::decode(thread, multibyte, input, start, errors, last);
    }
    if codec == Codec::Utf8 || codec == Codec::Utf8Sig {
        // Valid UTF-8 is already WTF-8.
        if let Ok(text) = std::str::from_utf8(&input[start..]) {
            return Ok((text.as_bytes().to_vec(), input.len()));
        }
    }
    let codec = codec.in_order(big);
    let mut out = Vec::with_capacity(input.len() - start);
    let mut warned = false;
    let mut i = start;
    while i < input.len() {
        let (len, reason) = match step(codec, big, &input[i..], last) {
            Step::Char(c, len) => {
                push_code(&mut out, c);
                i += len;
                continue;
            }
            Step::Skip(len) => {
                i += len;
                continue;
            }
            Step::Latin1(len) => {
                input[i..i + len].iter().for_each(|&b| push_code(&mut out, u32::from(b)));
                i += len;
                continue;
            }
            Step::Warn(c, len, kind, shown) => {
                if let (Some(thread), false) = (thread.as_deref_mut(), warned) {
                    let text: String = input[i..(i + shown).min(input.len())].iter().map(|&b| char::from(b)).collect();
                    let category = crate::objects::exception::exceptions().deprecation_warning.clone();
                    crate::warnings::warn(thread, &category, &format!("{kind} '{text}'"), 1)?;
                }
                warned = true;
                push_code(&mut out, c);
                i += len;
                continue;
            }
            Step::Invalid(len, reason) => (len, reason),
            Step::Incomplete if !last => break,
            Step::Incomplete => (input.len() - i, truncated_reason(codec, input.len() - i)),
        };
        let end = (i + len).min(input.len());
        let DecodeFix { text, resume } =
            errors::fix_decode(thread.as_deref_mut(), codec, big, input, i, end, reason, errors)?;
        out.extend_from_slice(&text);
        i = resume;
    }
    Ok((out, i))
}

/// The byte order a UTF-16/32 BOM at the start of `input` names, and its length; None when
/// there is no BOM, and Err(()) when `input` is too short to tell.
fn read_bom(codec: Codec, input: &[u8], last: bool) -> Result<Option<(bool, usize)>, ()> {
    let (le, be): (&[u8], &[u8]) = match codec {
        Codec::Utf16(Endian::Detect) => (&[0xFF, 0xFE], &[0xFE, 0xFF]),
        Codec::Utf32(Endian::Detect) => (&[0xFF, 0xFE, 0, 0], &[0, 0, 0xFE, 0xFF]),
        Codec::Utf8Sig => (&[0xEF, 0xBB, 0xBF], &[]),
        _ => return Ok(None),
    };
    if input.starts_with(le) {
        return Ok(Some((false, le.len())));
    }
    if !be.is_empty() && input.starts_with(be) {
        return Ok(Some((true, be.len())));
    }
    let maybe = |bom: &[u8]| !bom.is_empty() && input.len() < bom.len() && bom.starts_with(input);
    if !last && (maybe(le) || maybe(be)) {
        return Err(());
    }
    Ok(None)
}

/// The fixed byte order of a codec (little-endian for the BOM-reading ones until a BOM says
/// otherwise).
fn fixed_order(codec: Codec) -> bool {
    matches!(codec, Codec::Utf16(Endian::Big) | Codec::Utf32(Endian::Big))
}

/// Decodes all of `input`, a BOM first where the codec reads one.
pub fn decode(thread: Option<&mut Thread>, codec: Codec, input: &[u8], errors: &str) -> PyResult<Vec<u8>> {
    let mut decoder = Decoder::new(codec, errors);
    decoder.decode(thread, input, true)
}

/// Decodes the start of `input` as `_codecs.<codec>_decode(data, errors, final)` does:
/// returns the text and the bytes consumed (a BOM included).
pub fn decode_partial(
    thread: Option<&mut Thread>,
    codec: Codec,
    input: &[u8],
    errors: &str,
    last: bool,
) -> PyResult<(Vec<u8>, usize)> {
    let (big, skip) = match read_bom(codec, input, last) {
        Err(()) => return Ok((Vec::new(), 0)),
        Ok(Some((big, len))) => (big, len),
        Ok(None) => (fixed_order(codec), 0),
    };
    decode_units(thread, codec, big, input, skip, errors, last)
}

/// An incremental decoder: keeps the bytes of an unfinished sequence, and the byte order a
/// BOM chose, between calls.
#[derive(Clone)]
pub struct Decoder {
    pub codec: Codec,
    pub errors: String,
    pending: Vec<u8>,
    /// The byte order, once known (a BOM was read, or the codec has a fixed one).
    order: Option<bool>,
}

impl Decoder {
    pub fn new(codec: Codec, errors: &str) -> Decoder {
        let order = (!codec.writes_bom()).then(|| fixed_order(codec));
        Decoder { codec, errors: errors.to_string(), pending: Vec::new(), order }
    }

    /// Decodes the next bytes; with `last`, an unfinished sequence at the end is an error.
    pub fn decode(&mut self, thread: Option<&mut Thread>, input: &[u8], last: bool) -> PyResult<Vec<u8>> {
        let mut data = std::mem::take(&mut self.pending);
        data.extend_from_slice(input);
        let mut start = 0;
        if self.order.is_none() {
            match read_bom(self.codec, &data, last) {
                Err(()) => {
                    self.pending = data;
                    return Ok(Vec::new());
                }
                Ok(Some((big, len))) => {
                    self.order = Some(big);
                    start = len;
                }
                Ok(None) if data.is_empty() => return Ok(Vec::new()),
                Ok(None) => self.order = Some(false),
            }
        }
        let big = self.order.unwrap_or(false);
        let (text, end) = decode_units(thread, self.codec, big, &data, start, &self.errors, last)?;
        self.pending = data[end..].to_vec();
        Ok(text)
    }

    /// The bytes held back (an unfinished sequence).
    pub fn pending(&self) -> &[u8] {
        &self.pending
    }

    /// Forgets held-back bytes; with `keep_order`, the byte order a BOM chose stays (a seek
    /// into the middle of a stream).
    pub fn reset(&mut self, keep_order: bool) {
        self.pending.clear();
        if !keep_order && self.codec.writes_bom() {
            self.order = None;
        }
    }
}
