//! The text codecs: the native engine (`names`, `decode`, `encode`, `errors`) behind
//! `str.encode`, `bytes.decode`, the `_io` text streams, and the `_codecs` module that
//! `Lib/codecs.py` builds on.

pub mod charmap;
mod code_pages;
pub mod decode;
pub mod encode;
pub mod errors;
mod escape;
mod module;
pub mod names;

pub use module::init;
pub use names::Codec;

use crate::objects::exception::{exceptions, PyErr};
use crate::PyResult;

/// The codec `encoding` names, or CPython's LookupError.
pub fn lookup(encoding: &str) -> PyResult<Codec> {
    names::find(encoding).ok_or_else(|| PyErr::new(&exceptions().lookup_error, format!("unknown encoding: {encoding}")))
}

/// Whether `errors` names a handler: builtin, or registered by this interpreter.
pub fn check_handler(thread: &crate::thread::Thread, errors: &str) -> PyResult<()> {
    if errors::BUILTIN.contains(&errors) || errors::registered(thread, errors).is_some() {
        Ok(())
    } else {
        Err(errors::unknown_handler(errors))
    }
}

/// `str.encode` without an interpreter at hand (builtin error handlers only).
pub fn encode_text(points: &[u32], encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding)?;
    encode::encode(None, codec, points, errors, codec.writes_bom())
}

/// `str.encode` and `bytes(str, ...)`: with any error handler, registered ones included.
pub fn encode_with(
    thread: &mut crate::thread::Thread,
    points: &[u32],
    encoding: &str,
    errors: &str,
) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding)?;
    encode::encode(Some(thread), codec, points, errors, codec.writes_bom())
}

/// `bytes.decode` and `str(bytes, ...)`: with any error handler, registered ones included, and
/// the codec's warnings; WTF-8 text.
pub fn decode_with(
    thread: &mut crate::thread::Thread,
    bytes: &[u8],
    encoding: &str,
    errors: &str,
) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding)?;
    decode::decode(Some(thread), codec, bytes, errors)
}

/// `bytes.decode` without an interpreter at hand, to code points.
pub fn decode_text(bytes: &[u8], encoding: &str, errors: &str) -> PyResult<Vec<u32>> {
    let codec = lookup(encoding)?;
    if !errors::BUILTIN.contains(&errors) {
        return Err(errors::unknown_handler(errors));
    }
    let text = decode::decode(None, codec, bytes, errors)?;
    Ok(crate::objects::str::PyString::from_wtf8(&text).code_points().collect())
}
