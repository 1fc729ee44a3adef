//! The `_codecs` module: the native codecs as functions, and the per-interpreter registry of
//! error handlers. `Lib/codecs.py` builds lookup, CodecInfo and the incremental classes on it.

use super::{decode, encode, errors, lookup};
use crate::builtins::{native_function, new_bytes};
use crate::modules::arguments::{bind, opt_str, req_str};
use crate::objects::exception::type_error;
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::str::{as_pystr, intern, new_str, str_object, PyString};
use crate::objects::typeobj::type_name;
use crate::objects::{new_dict, tuple_of};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let functions: &[(&'static str, NativeFn)] = &[
        ("encode", encode_function),
        ("decode", decode_function),
        ("_encode", raw_encode),
        ("_decode", raw_decode),
        ("_canonical", canonical),
        ("_aliases", aliases),
        ("register_error", register_error),
        ("lookup_error", lookup_error),
    ];
    for (name, function) in functions {
        ns.set_str(&intern(name), native_function(name, *function, BuiltinKind::Function, None));
    }
    Ok(crate::objects::new_module("_codecs", dict))
}

fn bytes_data(value: &Value) -> PyResult<Vec<u8>> {
    crate::builtins::bytes_like(value)
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(value))))
}

/// `_aliases()`: {alias: module} for the native codecs (`encodings.aliases` starts from it).
fn aliases(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    bind("_aliases", &args, &[], 0)?;
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    for (alias, module) in super::names::aliases() {
        ns.set_str(&intern(alias), new_str(module));
    }
    Ok(Value::Obj(dict))
}

/// `encode(obj, encoding='utf-8', errors='strict')`.
fn encode_function(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind("encode", &args, &["obj", "encoding", "errors"], 1)?;
    let codec = lookup(&opt_str(&a[1], "encode", "encoding")?.unwrap_or_else(|| "utf-8".into()))?;
    let errors = opt_str(&a[2], "encode", "errors")?.unwrap_or_else(|| "strict".into());
    let obj = a[0].clone().unwrap_or_default();
    let Some(text) = as_pystr(&obj) else {
        return Err(type_error(format!("utf_8_encode() argument 1 must be str, not {}", type_name(&obj))));
    };
    Ok(new_bytes(encode::encode_str(Some(thread), codec, text, &errors, codec.writes_bom())?))
}

/// `decode(obj, encoding='utf-8', errors='strict')`.
fn decode_function(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind("decode", &args, &["obj", "encoding", "errors"], 1)?;
    let codec = lookup(&opt_str(&a[1], "decode", "encoding")?.unwrap_or_else(|| "utf-8".into()))?;
    let errors = opt_str(&a[2], "decode", "errors")?.unwrap_or_else(|| "strict".into());
    let data = bytes_data(&a[0].clone().unwrap_or_default())?;
    let text = decode::decode(Some(thread), codec, &data, &errors)?;
    Ok(str_object(PyString::from_wtf8(&text)))
}

/// `_encode(encoding, text, errors, bom)`: bytes.
fn raw_encode(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind("_encode", &args, &["encoding", "text", "errors", "bom"], 4)?;
    let codec = lookup(&req_str(&a[0], "_encode", "encoding")?)?;
    let errors = opt_str(&a[2], "_encode", "errors")?.unwrap_or_else(|| "strict".into());
    let text = a[1].clone().unwrap_or_default();
    let Some(s) = as_pystr(&text) else {
        return Err(type_error(format!(
            "{}_encode() argument 1 must be str, not {}",
            codec.module_name(),
            type_name(&text)
        )));
    };
    let bom = matches!(a[3], Some(Value::Bool(true)));
    Ok(new_bytes(encode::encode_str(Some(thread), codec, s, &errors, bom)?))
}

/// `_decode(encoding, data, errors, final)`: (text, bytes consumed, the codec to go on
/// with: a BOM-reading codec becomes its fixed byte order once the BOM is read).
fn raw_decode(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind("_decode", &args, &["encoding", "data", "errors", "final"], 4)?;
    let codec = lookup(&req_str(&a[0], "_decode", "encoding")?)?;
    let errors = opt_str(&a[2], "_decode", "errors")?.unwrap_or_else(|| "strict".into());
    let data = bytes_data(&a[1].clone().unwrap_or_default())?;
    let last = matches!(a[3], Some(Value::Bool(true)));
    let (text, used) = decode::decode_partial(Some(thread), codec, &data, &errors, last)?;
    let next = if used == 0 || !codec.writes_bom() {
        codec.name()
    } else {
        use super::names::{Codec, Endian};
        let big = data.starts_with(&[0xFE, 0xFF]) || data.starts_with(&[0, 0, 0xFE, 0xFF]);
        let order = if big { Endian::Big } else { Endian::Little };
        match codec {
            Codec::Utf16(_) => Codec::Utf16(order).name(),
            Codec::Utf32(_) => Codec::Utf32(order).name(),
            _ => "utf-8",
        }
    };
    Ok(tuple_of([str_object(PyString::from_wtf8(&text)), Value::Int(used as i64), new_str(next)]))
}

/// `_canonical(encoding)`: (name, module name, writes a BOM), or LookupError.
fn canonical(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind("_canonical", &args, &["encoding"], 1)?;
    let codec = lookup(&req_str(&a[0], "lookup", "encoding")?)?;
    Ok(tuple_of([new_str(codec.name()), new_str(codec.module_name()), Value::Bool(codec.writes_bom())]))
}

fn register_error(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind("register_error", &args, &["errors", "handler"], 2)?;
    let name = req_str(&a[0], "register_error", "errors")?;
    let handler = a[1].clone().unwrap_or_default();
    if !crate::builtins::is_callable(&handler) {
        return Err(type_error("handler must be callable"));
    }
    thread.interp.codec_error_handlers.lock().insert(name, handler);
    Ok(Value::None)
}

fn lookup_error(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind("lookup_error", &args, &["name"], 1)?;
    let name = req_str(&a[0], "lookup_error", "name")?;
    errors::registered(thread, &name).ok_or_else(|| errors::unknown_handler(&name))
}
