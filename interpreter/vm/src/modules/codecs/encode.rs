//! Encoding: code points (lone surrogates included) to bytes, with the error handlers
//! applied to runs of characters the codec cannot encode.

use super::errors::{self, EncodeFix};
use super::names::{Codec, Endian};
use crate::objects::str::PyString;
use crate::thread::Thread;
use crate::PyResult;

/// Whether the codec encodes `c` as it is.
fn encodable(codec: Codec, c: u32) -> bool {
    match codec {
        Codec::Ascii => c < 0x80,
        Codec::Latin1 => c < 0x100,
        Codec::CodePage(page) => page.encode(c).is_some(),
        Codec::Multibyte(codec) => codec.encode_char(c).is_some(),
        Codec::UnicodeEscape | Codec::RawUnicodeEscape | Codec::Utf7 => true,
        _ => !(0xD800..0xE000).contains(&c),
    }
}

/// Appends `c` if the codec encodes it as it is; false otherwise. The table codecs look the
/// character up once (`encodable` then `push_encoded` would look it up twice).
fn push_if_encodable(out: &mut Vec<u8>, codec: Codec, c: u32) -> bool {
    match codec {
        Codec::CodePage(page) => page.encode(c).map(|byte| out.push(byte)).is_some(),
        Codec::Multibyte(multibyte) => {
            multibyte.encode_char(c).map(|(bytes, len)| out.extend_from_slice(&bytes[..len])).is_some()
        }
        _ if encodable(codec, c) => {
            push_encoded(out, codec, c);
            true
        }
        _ => false,
    }
}

/// Why a run of characters cannot be encoded.
fn reason(codec: Codec) -> &'static str {
    match codec {
        Codec::Ascii => "ordinal not in range(128)",
        Codec::Latin1 => "ordinal not in range(256)",
        Codec::CodePage(_) => "character maps to <undefined>",
        Codec::Multibyte(_) => "illegal multibyte sequence",
        _ => "surrogates not allowed",
    }
}

/// Appends one encodable code point (or, for the UTF codecs, a surrogate that
/// `surrogatepass` lets through).
pub fn push_encoded(out: &mut Vec<u8>, codec: Codec, c: u32) {
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => super::decode::push_code(out, c),
        Codec::Latin1 | Codec::Ascii => out.push(c as u8),
        Codec::CodePage(page) => out.push(page.encode(c).unwrap_or(b'?')),
        Codec::Multibyte(codec) => match codec.encode_char(c) {
            Some((bytes, len)) => out.extend_from_slice(&bytes[..len]),
            None => out.push(b'?'),
        },
        Codec::UnicodeEscape => super::escape::push_unicode_escaped(out, c),
        Codec::RawUnicodeEscape => super::escape::push_raw_unicode_escaped(out, c),
        // A code point alone, with no run around it (`encode` does whole texts).
        Codec::Utf7 => out.extend_from_slice(&super::utf7::encode(&[c])),
        Codec::Utf16(order) => {
            let big = order == Endian::Big;
            let mut put = |unit: u32| {
                let unit = unit as u16;
                out.extend_from_slice(&if big { unit.to_be_bytes() } else { unit.to_le_bytes() });
            };
            if c >= 0x10000 {
                put(0xD800 + ((c - 0x10000) >> 10));
                put(0xDC00 + ((c - 0x10000) & 0x3FF));
            } else {
                put(c);
            }
        }
        Codec::Utf32(order) => {
            out.extend_from_slice(&if order == Endian::Big { c.to_be_bytes() } else { c.to_le_bytes() })
        }
    }
}

/// The byte order mark the codec writes first.
pub fn bom(codec: Codec) -> &'static [u8] {
    match codec {
        Codec::Utf8Sig => &[0xEF, 0xBB, 0xBF],
        Codec::Utf16(Endian::Detect) => &[0xFF, 0xFE],
        Codec::Utf32(Endian::Detect) => &[0xFF, 0xFE, 0, 0],
        _ => &[],
    }
}

/// Encodes a str; `with_bom` writes the codec's BOM first (a stream's first write).
pub fn encode_str(
    thread: Option<&mut Thread>,
    codec: Codec,
    text: &PyString,
    errors: &str,
    with_bom: bool,
) -> PyResult<Vec<u8>> {
    let plain = match codec {
        Codec::Utf8 | Codec::Utf8Sig => !text.has_surrogates(),
        Codec::Ascii | Codec::Latin1 => text.is_ascii(),
        Codec::CodePage(page) => page.ascii && text.is_ascii(),
        Codec::Multibyte(_) => text.is_ascii(),
        _ => false,
    };
    if plain {
        let mut out = Vec::with_capacity(text.wtf8().len() + 3);
        if with_bom {
            out.extend_from_slice(bom(codec));
        }
        out.extend_from_slice(text.wtf8());
        return Ok(out);
    }
    let points: Vec<u32> = text.code_points().collect();
    encode(thread, codec, &points, errors, with_bom)
}

/// Encodes code points.
pub fn encode(
    mut thread: Option<&mut Thread>,
    codec: Codec,
    points: &[u32],
    errors: &str,
    with_bom: bool,
) -> PyResult<Vec<u8>> {
    if codec == Codec::Utf7 {
        // Shifted runs span characters: every code point can be encoded.
        return Ok(super::utf7::encode(points));
    }
    let mut out = Vec::with_capacity(points.len() * codec.unit());
    if with_bom {
        out.extend_from_slice(bom(codec));
    }
    let mut i = 0;
    while i < points.len() {
        if push_if_encodable(&mut out, codec, points[i]) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < points.len() && !encodable(codec, points[end]) {
            end += 1;
        }
        let EncodeFix { bytes, text, resume } =
            errors::fix_encode(thread.as_deref_mut(), codec, points, i, end, reason(codec), errors)?;
        out.extend_from_slice(&bytes);
        for (k, &c) in text.iter().enumerate() {
            if !push_if_encodable(&mut out, codec, c) {
                // A replacement must itself be encodable.
                return Err(errors::encode_error(
                    codec.error_name(),
                    points,
                    i + k.min(end - i - 1),
                    end,
                    reason(codec),
                ));
            }
        }
        i = resume;
    }
    Ok(out)
}
