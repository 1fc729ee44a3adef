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
pub mod multibyte;
pub mod names;
mod utf7;

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

/// In development mode (`-X dev`) an unknown error handler is a LookupError even when the
/// text needs no handler, as CPython checks it there (after the encoding).
pub fn check_handler_in_dev_mode(thread: &crate::thread::Thread, errors: &str) -> PyResult<()> {
    if thread.interp.dev_mode.load(std::sync::atomic::Ordering::Relaxed) {
        check_handler(thread, errors)?;
    }
    Ok(())
}

/// `str.encode` without an interpreter at hand (builtin error handlers only).
pub fn encode_text(points: &[u32], encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding)?;
    encode::encode(None, codec, points, errors, codec.writes_bom())
}

/// Whether CPython's `str.encode` and `bytes.decode` reach the codec `encoding` names without
/// its codec registry (a shortcut for the commonest spellings): their errors carry no note.
fn is_shortcut(encoding: &str) -> bool {
    let name = encoding.to_ascii_lowercase().replace('_', "-");
    matches!(
        name.as_str(),
        "utf-8"
            | "utf8"
            | "latin-1"
            | "latin1"
            | "iso-8859-1"
            | "iso8859-1"
            | "ascii"
            | "us-ascii"
            | "utf-16"
            | "utf-32"
    )
}

/// An error of a codec reached through the registry gets CPython 3.12's note ("encoding with
/// 'cp437' codec failed").
fn with_note(thread: &mut crate::thread::Thread, err: PyErr, action: &str, encoding: &str) -> PyErr {
    if !is_shortcut(encoding) {
        let name = crate::objects::str::new_str(encoding);
        if let Ok(name) = crate::protocols::repr::repr(thread, &name) {
            let note = crate::objects::str::new_str(format!("{action} with {name} codec failed"));
            // As CPython, the codec's error goes on unchanged when the note cannot be added.
            let _ = crate::builtins::exceptions::add_note_to(thread, &err.value(), note);
        }
    }
    err
}

/// `str.encode` and `bytes(str, ...)`: with any error handler, registered ones included.
pub fn encode_with(
    thread: &mut crate::thread::Thread,
    points: &[u32],
    encoding: &str,
    errors: &str,
) -> PyResult<Vec<u8>> {
    let Some(codec) = names::find(encoding) else {
        let mut text = ferrython_ast::PyStr::new();
        points.iter().for_each(|&c| text.push(c));
        let input = crate::objects::str::str_object(crate::objects::str::PyString::from_wtf8(text.as_wtf8()));
        let result = registered_codec(thread, encoding, errors, input, true)?;
        return Ok(crate::builtins::bytes_like(&result).unwrap_or_default());
    };
    check_handler_in_dev_mode(thread, errors)?;
    encode::encode(Some(thread), codec, points, errors, codec.writes_bom())
        .map_err(|err| with_note(thread, err, "encoding", encoding))
}

/// `bytes.decode` and `str(bytes, ...)`: with any error handler, registered ones included, and
/// the codec's warnings; WTF-8 text.
pub fn decode_with(
    thread: &mut crate::thread::Thread,
    bytes: &[u8],
    encoding: &str,
    errors: &str,
) -> PyResult<Vec<u8>> {
    let Some(codec) = names::find(encoding) else {
        // The decoder gets a memoryview of the data, as CPython's does.
        let data = crate::builtins::new_bytes(bytes.to_vec());
        let memoryview = crate::value::Value::Obj(crate::objects::typeobj::types().memoryview.clone());
        let input = crate::call::call(thread, &memoryview, crate::objects::function::Args::positional(&[data]))?;
        let result = registered_codec(thread, encoding, errors, input, false)?;
        return Ok(crate::objects::str::as_pystr(&result).map(|s| s.wtf8().to_vec()).unwrap_or_default());
    };
    check_handler_in_dev_mode(thread, errors)?;
    decode::decode(Some(thread), codec, bytes, errors).map_err(|err| with_note(thread, err, "decoding", encoding))
}

/// Encodes or decodes `input` with a codec Python code registered (`codecs.register`): its
/// result must be a `(bytes, int)` or `(str, int)` tuple, as CPython checks for `str.encode`
/// and `bytes.decode`.
fn registered_codec(
    thread: &mut crate::thread::Thread,
    encoding: &str,
    errors: &str,
    input: crate::value::Value,
    encoding_text: bool,
) -> PyResult<crate::value::Value> {
    use crate::objects::function::Args;
    use crate::objects::str::{intern, new_str};
    use crate::value::Value;
    let module = crate::import::import_module_level(thread, "codecs", &Value::None, &Value::None, 0)?;
    let lookup = crate::protocols::attr::getattr(thread, &module, &intern("lookup"))?;
    let info = crate::call::call(thread, &lookup, Args::positional(&[new_str(encoding)]))?;
    let (kind, method, wanted) =
        if encoding_text { ("encoder", "encode", "bytes") } else { ("decoder", "decode", "str") };
    // A codec marked as no text encoding (`_is_text_encoding = False`) serves only
    // codecs.encode and codecs.decode.
    if let Some(flag) = crate::protocols::getattr_opt(thread, &info, "_is_text_encoding")? {
        if !crate::protocols::truthy(thread, &flag)? {
            return Err(PyErr::new(
                &exceptions().lookup_error,
                format!("'{encoding}' is not a text encoding; use codecs.{method}() to handle arbitrary codecs"),
            ));
        }
    }
    check_handler_in_dev_mode(thread, errors)?;
    let function = crate::protocols::attr::getattr(thread, &info, &intern(method))?;
    let action = if encoding_text { "encoding" } else { "decoding" };
    let result = crate::call::call(thread, &function, Args::positional(&[input, new_str(errors)]))
        .map_err(|err| with_note(thread, err, action, encoding))?;
    let pair = crate::objects::as_tuple(&result).and_then(|t| <&[Value; 2]>::try_from(t).ok()).cloned();
    let Some([value, _]) = pair else {
        // (CPython words the two differently.)
        let tuple = if encoding_text { "(object, integer)" } else { "(object,integer)" };
        return Err(crate::objects::exception::type_error(format!("{kind} must return a tuple {tuple}")));
    };
    let fits = if encoding_text {
        matches!(value.payload(), Some(crate::objects::Payload::Bytes(_)))
    } else {
        crate::objects::str::as_pystr(&value).is_some()
    };
    if !fits {
        return Err(crate::objects::exception::type_error(format!(
            "'{encoding}' {kind} returned '{}' instead of '{wanted}'; use codecs.{method}() to {method} to arbitrary types",
            crate::objects::typeobj::type_name(&value)
        )));
    }
    Ok(value)
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
