//! The `_json` module: the native halves of `Lib/json` that CPython writes in C, under the
//! names `json.decoder`, `json.scanner` and `json.encoder` import (`c_scanstring`,
//! `c_make_scanner`, `c_encode_basestring`, `c_encode_basestring_ascii`, `c_make_encoder`).
//! `Lib/json` falls back to its Python versions when a name is missing, so each piece here
//! behaves exactly as that Python code does, only faster.
//!
//! - `scanner`: `scanstring` and the `Scanner` type (`make_scanner`), which parse a document.
//! - `encoder`: `encode_basestring(_ascii)` and the `Encoder` type (`make_encoder`), which
//!   write one.

mod encoder;
mod scanner;

use crate::builtins::native_function;
use crate::objects::exception::PyErr;
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::str::{intern, new_str};
use crate::objects::{new_dict, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// Makes the `_json` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    ns.set_str(&intern("__doc__"), new_str("json speedups\n"));
    ns.set_str(&intern("make_scanner"), Value::Obj(scanner::scanner_type().clone()));
    ns.set_str(&intern("make_encoder"), Value::Obj(encoder::encoder_type().clone()));
    let functions: [(&'static str, crate::objects::function::NativeFn); 3] = [
        ("scanstring", scanner::scanstring),
        ("encode_basestring", encoder::encode_basestring),
        ("encode_basestring_ascii", encoder::encode_basestring_ascii),
    ];
    for (name, func) in functions {
        ns.set_str(&intern(name), native_function(name, func, BuiltinKind::Function, None));
    }
    Ok(crate::objects::new_module("_json", dict))
}

/// `json.decoder.JSONDecodeError(message, document, position)`, raised: the error class lives
/// in Python, so it is looked up when needed (as CPython's `_json` does).
fn decode_error(thread: &mut Thread, message: &str, document: &Value, position: usize) -> PyErr {
    let made = (|| {
        let module = crate::import::import_module_level(thread, "json.decoder", &Value::None, &Value::None, 0)?;
        let decoder = protocols::attr::getattr(thread, &module, &intern("decoder"))?;
        let class = protocols::attr::getattr(thread, &decoder, &intern("JSONDecodeError"))?;
        let args = [new_str(message), document.clone(), Value::Int(position as i64)];
        crate::call::call(thread, &class, Args::positional(&args))
    })();
    match made {
        Ok(Value::Obj(error)) => PyErr(error),
        Ok(other) => crate::objects::exception::type_error(format!(
            "exceptions must derive from BaseException, not {}",
            crate::objects::typeobj::type_name(&other)
        )),
        Err(err) => err,
    }
}

/// The native state of a `_json` object of type `T`, if `value` is one.
fn state_of<T: 'static>(value: &Value) -> Option<&T> {
    match value.payload()? {
        Payload::Native(state) => state.downcast_ref::<T>(),
        _ => None,
    }
}
