//! UTF-7 (RFC 2152), as CPython writes and reads it: printable ASCII but `+`, `\` and `~`,
//! and space, tab, CR and LF stand for themselves, `+` is written `+-`, and everything else
//! goes in shifted runs of modified base64 over UTF-16 units (`+...-`). Lone surrogates are
//! encoded like other units; decoding pairs them up again.

use super::errors::{self, DecodeFix};
use super::names::Codec;
use crate::thread::Thread;
use crate::PyResult;

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn is_base64(b: u32) -> bool {
    b < 128 && (b as u8 == b'+' || b as u8 == b'/' || (b as u8).is_ascii_alphanumeric())
}

fn from_base64(b: u8) -> u32 {
    BASE64.iter().position(|&c| c == b).unwrap_or(0) as u32
}

/// Whether the encoder writes `c` as itself: RFC 2152's sets D and O and white space, that is
/// every printable ASCII character but `+`, `\` and `~`.
fn encode_direct(c: u32) -> bool {
    c < 128 && {
        let b = c as u8;
        matches!(b, b' ' | b'\t' | b'\r' | b'\n') || (b.is_ascii_graphic() && !matches!(b, b'+' | b'\\' | b'~'))
    }
}

/// Whether a byte outside a shifted run decodes as itself.
fn decode_direct(b: u8) -> bool {
    b < 128 && b != b'+'
}

/// Encodes code points; every one can be encoded.
pub fn encode(points: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(points.len());
    let (mut shifted, mut bits, mut buffer) = (false, 0u32, 0u64);
    let put_unit = |out: &mut Vec<u8>, unit: u32, bits: &mut u32, buffer: &mut u64| {
        *bits += 16;
        *buffer = (*buffer << 16) | u64::from(unit);
        while *bits >= 6 {
            out.push(BASE64[((*buffer >> (*bits - 6)) & 0x3F) as usize]);
            *bits -= 6;
        }
        *buffer &= (1 << *bits) - 1;
    };
    for &c in points {
        if shifted {
            if encode_direct(c) {
                // The run ends: its last bits, padded with zeros, then `-` where the next
                // character would otherwise read as base64 (or is `-` itself).
                if bits > 0 {
                    out.push(BASE64[((buffer << (6 - bits)) & 0x3F) as usize]);
                    bits = 0;
                    buffer = 0;
                }
                shifted = false;
                if is_base64(c) || c == u32::from(b'-') {
                    out.push(b'-');
                }
                out.push(c as u8);
                continue;
            }
        } else if c == u32::from(b'+') {
            out.extend_from_slice(b"+-");
            continue;
        } else if encode_direct(c) {
            out.push(c as u8);
            continue;
        } else {
            out.push(b'+');
            shifted = true;
        }
        if c >= 0x10000 {
            put_unit(&mut out, 0xD800 + ((c - 0x10000) >> 10), &mut bits, &mut buffer);
            put_unit(&mut out, 0xDC00 + ((c - 0x10000) & 0x3FF), &mut bits, &mut buffer);
        } else {
            put_unit(&mut out, c, &mut bits, &mut buffer);
        }
    }
    if bits > 0 {
        out.push(BASE64[((buffer << (6 - bits)) & 0x3F) as usize]);
    }
    if shifted {
        out.push(b'-');
    }
    out
}

/// Decodes `input` as far as it goes: all of it when `last`, else up to the start of a shifted
/// run still open at the end (which the next call reads again). Returns WTF-8 text and the
/// bytes consumed.
pub fn decode(mut thread: Option<&mut Thread>, input: &[u8], errors: &str, last: bool) -> PyResult<(Vec<u8>, usize)> {
    let push = super::decode::push_code;
    let mut out = Vec::with_capacity(input.len());
    let (mut shifted, mut bits, mut buffer, mut surrogate) = (false, 0u32, 0u32, 0u32);
    // Where the open shifted run started, in the input and in the output.
    let (mut run_start, mut run_out) = (0, 0);
    let mut i = 0;
    loop {
        while i < input.len() {
            let b = input[i];
            let failure = if shifted {
                if is_base64(u32::from(b)) {
                    buffer = (buffer << 6) | from_base64(b);
                    bits += 6;
                    i += 1;
                    if bits >= 16 {
                        let unit = (buffer >> (bits - 16)) & 0xFFFF;
                        bits -= 16;
                        buffer &= (1 << bits) - 1;
                        if surrogate != 0 {
                            if (0xDC00..0xE000).contains(&unit) {
                                push(&mut out, 0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00));
                                surrogate = 0;
                                continue;
                            }
                            push(&mut out, surrogate);
                            surrogate = 0;
                        }
                        if (0xD800..0xDC00).contains(&unit) {
                            surrogate = unit;
                        } else {
                            push(&mut out, unit);
                        }
                    }
                    continue;
                }
                // The run ends here.
                shifted = false;
                if bits > 6 {
                    i += 1;
                    Some("partial character in shift sequence")
                } else if buffer != 0 {
                    i += 1;
                    Some("non-zero padding bits in shift sequence")
                } else {
                    if surrogate != 0 && decode_direct(b) {
                        push(&mut out, surrogate);
                    }
                    surrogate = 0;
                    // A `-` ends the run and is dropped; any other character stays.
                    if b == b'-' {
                        i += 1;
                    }
                    None
                }
            } else if b == b'+' {
                run_start = i;
                i += 1;
                match input.get(i) {
                    Some(b'-') => {
                        i += 1;
                        out.push(b'+');
                        None
                    }
                    Some(&next) if !is_base64(u32::from(next)) => {
                        i += 1;
                        Some("ill-formed sequence")
                    }
                    _ => {
                        shifted = true;
                        surrogate = 0;
                        run_out = out.len();
                        bits = 0;
                        buffer = 0;
                        None
                    }
                }
            } else if decode_direct(b) {
                out.push(b);
                i += 1;
                None
            } else {
                run_start = i;
                i += 1;
                Some("unexpected special character")
            };
            if let Some(reason) = failure {
                let DecodeFix { text, resume } =
                    errors::fix_decode(thread.as_deref_mut(), Codec::Utf7, false, input, run_start, i, reason, errors)?;
                out.extend_from_slice(&text);
                i = resume;
            }
        }
        if shifted && last {
            // The input ends inside a run: an error if it left bits of a character.
            shifted = false;
            if surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0) {
                let DecodeFix { text, resume } = errors::fix_decode(
                    thread.as_deref_mut(),
                    Codec::Utf7,
                    false,
                    input,
                    run_start,
                    input.len(),
                    "unterminated shift sequence",
                    errors,
                )?;
                out.extend_from_slice(&text);
                i = resume;
                if i < input.len() {
                    continue;
                }
            }
        }
        break;
    }
    if shifted {
        // Not the last input: the open run is read again with what follows.
        out.truncate(run_out);
        return Ok((out, run_start));
    }
    Ok((out, i))
}
