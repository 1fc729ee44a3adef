//! `UnicodeEncodeError`, `UnicodeDecodeError` and `UnicodeTranslateError`: their constructors'
//! checks, the `encoding`, `object`, `start`, `end` and `reason` members, and `str()`.

use crate::objects::exception::{exception_fields, exceptions, new_exception, type_error, PyErr};
use crate::objects::str::{as_pystr, intern, str_object, PyString};
use crate::objects::typeobj::{is_subtype, type_name};
use crate::objects::{dict_of, tuple};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Encode,
    Decode,
    Translate,
}

fn kind_of(class: &ObjRef) -> Option<Kind> {
    let e = exceptions();
    if is_subtype(class, &e.unicode_encode_error) {
        Some(Kind::Encode)
    } else if is_subtype(class, &e.unicode_decode_error) {
        Some(Kind::Decode)
    } else if is_subtype(class, &e.unicode_translate_error) {
        Some(Kind::Translate)
    } else {
        None
    }
}

/// Whether `class` is one of the three classes with members.
pub fn has_members(class: &ObjRef) -> bool {
    kind_of(class).is_some()
}

fn set_members(exc: &ObjRef, members: [(&str, Value); 5]) {
    if let Some(dict) = exc.dict().as_ref().and_then(dict_of) {
        for (name, value) in members {
            dict.set_str(&intern(name), value);
        }
    }
}

/// `__init__` of the three classes: (encoding, object, start, end, reason), without the
/// encoding for UnicodeTranslateError.
pub fn init(thread: &mut Thread, exc: &ObjRef, args: &[Value], has_keywords: bool) -> PyResult<()> {
    let Some(kind) = kind_of(&exc.class) else { return Ok(()) };
    if has_keywords {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            crate::objects::typeobj::type_data(&exc.class).name()
        )));
    }
    let expected = if kind == Kind::Translate { 4 } else { 5 };
    if args.len() != expected {
        return Err(type_error(format!("function takes exactly {expected} arguments ({} given)", args.len())));
    }
    let rest = if kind == Kind::Translate { args } else { &args[1..] };
    let encoding = if kind == Kind::Translate { Value::None } else { str_argument(&args[0], 1)? };
    let object = match kind {
        Kind::Decode => match super::bytes_like(&rest[0]) {
            Some(bytes) => super::new_bytes(bytes),
            None => return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(&rest[0])))),
        },
        _ => str_argument(&rest[0], args.len() - rest.len() + 1)?,
    };
    let start = index_argument(thread, &rest[1])?;
    let end = index_argument(thread, &rest[2])?;
    let reason = str_argument(&rest[3], expected)?;
    if let Some(mut fields) = exception_fields(exc) {
        fields.args = tuple(args.to_vec());
    }
    set_members(exc, [("encoding", encoding), ("object", object), ("start", start), ("end", end), ("reason", reason)]);
    Ok(())
}

fn str_argument(value: &Value, position: usize) -> PyResult<Value> {
    if as_pystr(value).is_some() {
        Ok(value.clone())
    } else {
        Err(type_error(format!("argument {position} must be str, not {}", type_name(value))))
    }
}

fn index_argument(thread: &mut Thread, value: &Value) -> PyResult<Value> {
    Ok(crate::objects::int::int_from_big(protocols::number::index_big(thread, value)?))
}

fn member(exc: &ObjRef, name: &str) -> Option<Value> {
    exc.dict().as_ref().and_then(dict_of)?.get_str(&intern(name))
}

/// How a code point is shown in a message: `'\xe9'`, `'\u2014'`, `'\U0001f600'`.
pub fn escaped(c: u32) -> String {
    if c < 0x100 {
        format!("\\x{c:02x}")
    } else if c < 0x10000 {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

/// `str()` of an instance made with its five members; None when they are missing (an
/// instance made with only a message shows it as other exceptions do).
pub fn text(thread: &mut Thread, exc: &ObjRef) -> PyResult<Option<String>> {
    let Some(kind) = kind_of(&exc.class) else { return Ok(None) };
    let (Some(object), Some(start), Some(end), Some(reason)) =
        (member(exc, "object"), member(exc, "start"), member(exc, "end"), member(exc, "reason"))
    else {
        return Ok(None);
    };
    let reason = protocols::to_str(thread, &reason)?;
    let encoding = match member(exc, "encoding") {
        Some(e) if kind != Kind::Translate => protocols::to_str(thread, &e)?,
        _ => String::new(),
    };
    let (start, end) =
        (crate::objects::int::to_i64(&start).unwrap_or(0), crate::objects::int::to_i64(&end).unwrap_or(0));
    let len = match kind {
        Kind::Decode => super::bytes_like(&object).map_or(0, |b| b.len()),
        _ => as_pystr(&object).map_or(0, PyString::char_len),
    } as i64;
    let single = start >= 0 && start < len && end == start + 1;
    let position = if single { format!("position {start}") } else { format!("position {start}-{}", end - 1) };
    Ok(Some(match kind {
        Kind::Decode if single => {
            let byte = super::bytes_like(&object).map_or(0, |b| b[start as usize]);
            format!("'{encoding}' codec can't decode byte 0x{byte:02x} in {position}: {reason}")
        }
        Kind::Decode => format!("'{encoding}' codec can't decode bytes in {position}: {reason}"),
        Kind::Encode | Kind::Translate if single => {
            let c = as_pystr(&object).and_then(|s| s.code_points().nth(start as usize)).unwrap_or(0);
            let what = if kind == Kind::Encode {
                format!("'{encoding}' codec can't encode")
            } else {
                "can't translate".into()
            };
            format!("{what} character '{}' in {position}: {reason}", escaped(c))
        }
        Kind::Encode => format!("'{encoding}' codec can't encode characters in {position}: {reason}"),
        Kind::Translate => format!("can't translate characters in {position}: {reason}"),
    }))
}

/// A str object of code points (lone surrogates included).
fn str_of_points(points: &[u32]) -> Value {
    let mut bytes = Vec::with_capacity(points.len());
    for &c in points {
        match char::from_u32(c) {
            Some(ch) => bytes.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes()),
            // A surrogate, in the three bytes WTF-8 gives it.
            None => bytes.extend_from_slice(&[
                0xE0 | (c >> 12) as u8,
                0x80 | ((c >> 6) & 0x3F) as u8,
                0x80 | (c & 0x3F) as u8,
            ]),
        }
    }
    str_object(PyString::from_wtf8(&bytes))
}

fn made(class: &ObjRef, args: Vec<Value>, members: [(&str, Value); 5]) -> PyErr {
    let exc = new_exception(class, tuple(args));
    set_members(&exc, members);
    PyErr(exc)
}

/// The UnicodeEncodeError a codec raises for `points[start..end]`.
pub fn encode_error(encoding: &str, points: &[u32], start: usize, end: usize, reason: &str) -> PyErr {
    let (encoding, object, reason) =
        (crate::objects::str::new_str(encoding), str_of_points(points), crate::objects::str::new_str(reason));
    let (start, end) = (Value::Int(start as i64), Value::Int(end as i64));
    let args = vec![encoding.clone(), object.clone(), start.clone(), end.clone(), reason.clone()];
    made(
        &exceptions().unicode_encode_error,
        args,
        [("encoding", encoding), ("object", object), ("start", start), ("end", end), ("reason", reason)],
    )
}

/// The UnicodeDecodeError a codec raises for `bytes[start..end]`.
pub fn decode_error(encoding: &str, bytes: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let (encoding, object, reason) = (
        crate::objects::str::new_str(encoding),
        super::new_bytes(bytes.to_vec()),
        crate::objects::str::new_str(reason),
    );
    let (start, end) = (Value::Int(start as i64), Value::Int(end as i64));
    let args = vec![encoding.clone(), object.clone(), start.clone(), end.clone(), reason.clone()];
    made(
        &exceptions().unicode_decode_error,
        args,
        [("encoding", encoding), ("object", object), ("start", start), ("end", end), ("reason", reason)],
    )
}
