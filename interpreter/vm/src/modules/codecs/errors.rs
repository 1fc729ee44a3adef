//! Codec error handlers: the builtin ones (strict, ignore, replace, backslashreplace,
//! xmlcharrefreplace, namereplace, surrogateescape, surrogatepass), the ones Python code
//! registers with `codecs.register_error` (per interpreter), and the UnicodeError objects.

use super::names::Codec;
use crate::objects::exception::{exceptions, PyErr};
use crate::objects::str::as_pystr;
use crate::objects::typeobj::type_name;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

/// The names of the builtin handlers.
pub const BUILTIN: &[&str] = &[
    "strict",
    "ignore",
    "replace",
    "backslashreplace",
    "xmlcharrefreplace",
    "namereplace",
    "surrogateescape",
    "surrogatepass",
];

pub use crate::builtins::unicode_error::escaped;

/// A UnicodeEncodeError for `points[start..end]`, with CPython's args and members.
pub fn encode_error(encoding: &str, points: &[u32], start: usize, end: usize, reason: &str) -> PyErr {
    crate::builtins::unicode_error::encode_error(encoding, points, start, end, reason)
}

/// A UnicodeDecodeError for `bytes[start..end]`, with CPython's args and members.
pub fn decode_error(encoding: &str, bytes: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    crate::builtins::unicode_error::decode_error(encoding, bytes, start, end, reason)
}

pub fn unknown_handler(name: &str) -> PyErr {
    PyErr::new(&exceptions().lookup_error, format!("unknown error handler name '{name}'"))
}

/// The handler registered under `name` (builtin names are not looked up here).
pub fn registered(thread: &Thread, name: &str) -> Option<Value> {
    thread.interp.codec_error_handlers.lock().get(name).cloned()
}

/// What replaces an undecodable sequence, and where decoding goes on.
pub struct DecodeFix {
    /// WTF-8 text.
    pub text: Vec<u8>,
    pub resume: usize,
}

/// Applies the `errors` handler to the invalid bytes `input[start..end]`.
#[allow(clippy::too_many_arguments)]
pub fn fix_decode(
    thread: Option<&mut Thread>,
    codec: Codec,
    big: bool,
    input: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
) -> PyResult<DecodeFix> {
    let name = codec.error_name();
    let mut text = Vec::new();
    match errors {
        "strict" => return Err(decode_error(name, input, start, end, reason)),
        "ignore" => {}
        "replace" => super::decode::push_code(&mut text, 0xFFFD),
        "backslashreplace" => input[start..end].iter().for_each(|b| text.extend(format!("\\x{b:02x}").bytes())),
        "surrogateescape" => {
            if input[start..end].iter().any(|&b| b < 0x80) {
                return Err(decode_error(name, input, start, end, reason));
            }
            input[start..end].iter().for_each(|&b| super::decode::push_code(&mut text, 0xDC00 + u32::from(b)));
        }
        "surrogatepass" => match passed_surrogate(codec, big, &input[start..]) {
            Some((code, len)) => {
                super::decode::push_code(&mut text, code);
                return Ok(DecodeFix { text, resume: start + len });
            }
            None => return Err(decode_error(name, input, start, end, reason)),
        },
        "xmlcharrefreplace" | "namereplace" => {
            return Err(PyErr::new(
                &exceptions().type_error,
                "don't know how to handle UnicodeDecodeError in error callback",
            ))
        }
        other => {
            let Some(thread) = thread else { return Err(unknown_handler(other)) };
            let Some(handler) = registered(thread, other) else { return Err(unknown_handler(other)) };
            let exc = decode_error(name, input, start, end, reason);
            let (replacement, resume) = call_handler(thread, &handler, exc, input.len(), false)?;
            let Some(s) = as_pystr(&replacement) else {
                return Err(crate::objects::exception::type_error(
                    "decoding error handler must return (str, int) tuple",
                ));
            };
            return Ok(DecodeFix { text: s.wtf8().to_vec(), resume });
        }
    }
    Ok(DecodeFix { text, resume: end })
}

/// A surrogate encoded as the UTF codecs would encode a normal code point, at the start of
/// `bytes` (what `surrogatepass` accepts), with its length.
fn passed_surrogate(codec: Codec, big: bool, bytes: &[u8]) -> Option<(u32, usize)> {
    let code = match codec {
        Codec::Utf8 | Codec::Utf8Sig => {
            let [0xED, b1 @ 0xA0..=0xBF, b2 @ 0x80..=0xBF, ..] = *bytes else { return None };
            return Some((0xD000 | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F), 3));
        }
        Codec::Utf16(_) => {
            let pair = [*bytes.first()?, *bytes.get(1)?];
            (u32::from(if big { u16::from_be_bytes(pair) } else { u16::from_le_bytes(pair) }), 2)
        }
        Codec::Utf32(_) => {
            let quad = [*bytes.first()?, *bytes.get(1)?, *bytes.get(2)?, *bytes.get(3)?];
            (if big { u32::from_be_bytes(quad) } else { u32::from_le_bytes(quad) }, 4)
        }
        _ => return None,
    };
    (0xD800..0xE000).contains(&code.0).then_some(code)
}

/// What replaces an unencodable run: bytes as they are, then text to encode.
pub struct EncodeFix {
    pub bytes: Vec<u8>,
    pub text: Vec<u32>,
    pub resume: usize,
}

/// Applies the `errors` handler to the unencodable characters `points[start..end]`.
pub fn fix_encode(
    thread: Option<&mut Thread>,
    codec: Codec,
    points: &[u32],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
) -> PyResult<EncodeFix> {
    let name = codec.error_name();
    let run = &points[start..end];
    let mut fix = EncodeFix { bytes: Vec::new(), text: Vec::new(), resume: end };
    let ascii = |fix: &mut EncodeFix, s: &str| fix.text.extend(s.chars().map(u32::from));
    match errors {
        "strict" => return Err(encode_error(name, points, start, end, reason)),
        "ignore" => {}
        "replace" => fix.text.extend(run.iter().map(|_| u32::from(b'?'))),
        "backslashreplace" => run.iter().for_each(|&c| ascii(&mut fix, &escaped(c))),
        "xmlcharrefreplace" => run.iter().for_each(|&c| ascii(&mut fix, &format!("&#{c};"))),
        "namereplace" => {
            for &c in run {
                match char::from_u32(c).and_then(unicode_names2::name) {
                    Some(n) => ascii(&mut fix, &format!("\\N{{{n}}}")),
                    None => ascii(&mut fix, &escaped(c)),
                }
            }
        }
        "surrogateescape" => {
            if !run.iter().all(|c| (0xDC80..0xDD00).contains(c)) {
                return Err(encode_error(name, points, start, end, reason));
            }
            fix.bytes.extend(run.iter().map(|c| (c - 0xDC00) as u8));
        }
        "surrogatepass" => {
            let utf = matches!(codec, Codec::Utf8 | Codec::Utf8Sig | Codec::Utf16(_) | Codec::Utf32(_));
            if !utf || !run.iter().all(|c| (0xD800..0xE000).contains(c)) {
                return Err(encode_error(name, points, start, end, reason));
            }
            run.iter().for_each(|&c| super::encode::push_encoded(&mut fix.bytes, codec, c));
        }
        other => {
            let Some(thread) = thread else { return Err(unknown_handler(other)) };
            let Some(handler) = registered(thread, other) else { return Err(unknown_handler(other)) };
            let exc = encode_error(name, points, start, end, reason);
            let (replacement, resume) = call_handler(thread, &handler, exc, points.len(), true)?;
            fix.resume = resume;
            match replacement.payload() {
                Some(crate::objects::Payload::Bytes(b)) => fix.bytes.extend_from_slice(b),
                _ => match as_pystr(&replacement) {
                    Some(s) => fix.text.extend(s.code_points()),
                    None => {
                        return Err(crate::objects::exception::type_error(
                            "encoding error handler must return (str/bytes, int) tuple",
                        ))
                    }
                },
            }
        }
    }
    Ok(fix)
}

/// Calls a Python error handler with the exception; returns its replacement and the
/// position to go on from (negative counts from the end).
fn call_handler(
    thread: &mut Thread,
    handler: &Value,
    exc: PyErr,
    len: usize,
    encoding: bool,
) -> PyResult<(Value, usize)> {
    let result = crate::call::call(thread, handler, crate::objects::function::Args::positional(&[exc.value()]))?;
    let wrong = || {
        crate::objects::exception::type_error(if encoding {
            "encoding error handler must return (str/bytes, int) tuple"
        } else {
            "decoding error handler must return (str, int) tuple"
        })
    };
    let Some([replacement, position]) = crate::objects::as_tuple(&result).and_then(|t| <&[Value; 2]>::try_from(t).ok())
    else {
        return Err(wrong());
    };
    let Value::Int(position) = position else { return Err(wrong()) };
    let resolved = if *position < 0 { len as i64 + position } else { *position };
    if resolved < 0 || resolved > len as i64 {
        return Err(PyErr::new(
            &exceptions().index_error,
            format!("position {position} from error handler out of bounds"),
        ));
    }
    let _ = type_name(replacement);
    Ok((replacement.clone(), resolved as usize))
}
