//! Helpers over a str's WTF-8 bytes: decoding code points, mapping between code-point indexes
//! and byte offsets, and whitespace. Searching works on the bytes directly: WTF-8 is
//! self-synchronizing, so a byte match of one string in another is always at code points.

use crate::objects::exception::{exceptions, memory_error, overflow_error, type_error};
use crate::objects::function::Args;
use crate::objects::str::as_pystr;
use crate::objects::typeobj::types;
use crate::objects::PyString;
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The str a method was called on.
pub(super) fn this<'a>(args: &Args<'a>) -> PyResult<&'a PyString> {
    args.pos().first().and_then(as_pystr).ok_or_else(|| type_error("descriptor requires a 'str' object"))
}

/// The str a method without arguments was called on.
pub(super) fn no_args<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a PyString> {
    let given = args.values.len().saturating_sub(1);
    if given > 0 {
        return Err(type_error(format!("str.{name}() takes no arguments ({given} given)")));
    }
    this(args)
}

/// The one argument of a method that takes exactly one, positionally.
pub(super) fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    if !args.kwnames.is_empty() {
        return Err(type_error(format!("str.{name}() takes no keyword arguments")));
    }
    match args.pos() {
        [_, arg] => Ok(arg),
        pos => {
            Err(type_error(format!("str.{name}() takes exactly one argument ({} given)", pos.len().saturating_sub(1))))
        }
    }
}

/// The result of a method that left its str as it was: the same object for an exact str (as
/// CPython returns it), a plain copy for a subclass.
pub(super) fn unchanged(args: &Args<'_>, s: &PyString) -> Value {
    match args.pos().first() {
        Some(this @ Value::Obj(obj)) if ObjRef::ptr_eq(&obj.class, &types().str) => this.clone(),
        _ => s.substring_value(s.wtf8()),
    }
}

/// The code point starting at byte `i` and its length in bytes.
#[inline]
pub(super) fn decode_at(bytes: &[u8], i: usize) -> (u32, usize) {
    let first = bytes[i];
    let (len, init) = match first {
        0x00..=0x7F => return (u32::from(first), 1),
        0xC0..=0xDF => (2, u32::from(first & 0x1F)),
        0xE0..=0xEF => (3, u32::from(first & 0x0F)),
        _ => (4, u32::from(first & 0x07)),
    };
    let mut code = init;
    for k in 1..len {
        code = (code << 6) | u32::from(bytes.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    }
    (code, len)
}

/// The code point ending at byte `end` and the byte where it starts.
#[inline]
pub(super) fn decode_before(bytes: &[u8], end: usize) -> (u32, usize) {
    let mut start = end - 1;
    while start > 0 && bytes[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    (decode_at(bytes, start).0, start)
}

/// Appends code point `code` (surrogates in their three-byte form).
pub(super) fn push_code(out: &mut Vec<u8>, code: u32) {
    match char::from_u32(code) {
        Some(c) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        None => {
            out.push(0xE0 | (code >> 12) as u8);
            out.push(0x80 | ((code >> 6) & 0x3F) as u8);
            out.push(0x80 | (code & 0x3F) as u8);
        }
    }
}

/// The byte offset of code point `index` (at most the length).
pub(super) fn byte_offset(s: &PyString, index: usize) -> usize {
    let bytes = s.wtf8();
    if s.is_ascii() {
        return index.min(bytes.len());
    }
    if index >= s.char_len() {
        return bytes.len();
    }
    let mut seen = 0;
    for (at, &b) in bytes.iter().enumerate() {
        if b & 0xC0 != 0x80 {
            if seen == index {
                return at;
            }
            seen += 1;
        }
    }
    bytes.len()
}

/// The code-point index of byte offset `at`.
pub(super) fn char_index(s: &PyString, at: usize) -> usize {
    if s.is_ascii() {
        at
    } else {
        s.wtf8()[..at].iter().filter(|&&b| b & 0xC0 != 0x80).count()
    }
}

/// Whitespace as `str.isspace`, `split()` and `strip()` see it: Unicode's White_Space, plus
/// the information separators U+001C..U+001F (which Python counts by their bidirectional class).
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// `py_isspace` of a code point (surrogates are not whitespace).
#[inline]
pub(super) fn is_space_code(code: u32) -> bool {
    if code < 128 {
        matches!(code, 9..=13 | 28..=32)
    } else {
        char::from_u32(code).is_some_and(py_isspace)
    }
}

/// The byte offset of `needle` in `haystack`.
pub fn str_find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(0),
        1 => memchr::memchr(needle[0], haystack),
        _ => memchr::memmem::find(haystack, needle),
    }
}

/// The byte offset of the last `needle` in `haystack`.
pub(super) fn str_rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(haystack.len()),
        1 => memchr::memrchr(needle[0], haystack),
        _ => memchr::memmem::rfind(haystack, needle),
    }
}

/// A width or count argument (an index-sized int: beyond that, CPython's OverflowError).
pub(super) fn size_arg(thread: &mut Thread, v: &Value) -> PyResult<i64> {
    protocols::number::index_of(thread, v).map_err(|err| {
        if err.matches(&exceptions().index_error) {
            overflow_error("Python int too large to convert to C ssize_t")
        } else {
            err
        }
    })
}

/// The MemoryError of a result too large to allocate.
pub(super) fn too_large() -> crate::PyErr {
    memory_error("")
}
