//! The `_io` module, natively: the stream class hierarchy (`iobase`), raw files (`fileio`),
//! buffering (`buffered`), text (`textio`), in-memory streams (`bytesio`, `stringio`) and
//! `open` (`open`). Each stream object holds its state as a `Payload::Native`, behind a lock
//! that is never held while Python code runs (a Python-level raw stream or buffer is called
//! between two short holds).

mod buffered;
mod bytesio;
pub mod fileio;
mod iobase;
mod open;
pub mod stdio;
mod stringio;
mod textio;

pub use fileio::{fspath, StdSink};

use std::sync::OnceLock;

use crate::builtins::{add_methods, native_function, Method};
use crate::objects::exception::{type_error, value_error, PyErr};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::str::{intern, new_str};
use crate::objects::typeobj::{new_builtin_type, set_builtin_attr, type_name, types, BaseKind};
use crate::objects::{new_dict, OwnedPayload, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// `io.DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// The `_io` classes (builtin types, shared by every interpreter of the process).
pub struct IoTypes {
    pub iobase: ObjRef,
    pub raw_iobase: ObjRef,
    pub buffered_iobase: ObjRef,
    pub text_iobase: ObjRef,
    pub fileio: ObjRef,
    pub bytesio: ObjRef,
    pub stringio: ObjRef,
    pub buffered_reader: ObjRef,
    pub buffered_writer: ObjRef,
    pub buffered_random: ObjRef,
    pub text_wrapper: ObjRef,
}

fn class(name: &str, base: &ObjRef, methods: &[Method]) -> ObjRef {
    let class = new_builtin_type(&types().type_, name, std::slice::from_ref(base), BaseKind::Object, true);
    set_builtin_attr(&class, "__module__", new_str("_io"));
    add_methods(&class, methods);
    class
}

/// A read-only property computed by a native getter.
pub(crate) fn add_getters(class: &ObjRef, getters: &[(&'static str, crate::objects::function::NativeFn)]) {
    crate::builtins::add_native_getters(class, getters, false);
}

/// The `_io` classes.
pub fn io_types() -> &'static IoTypes {
    static TYPES: OnceLock<IoTypes> = OnceLock::new();
    TYPES.get_or_init(|| {
        let iobase = class("_IOBase", &types().object, iobase::METHODS);
        add_getters(&iobase, &[("closed", iobase::closed_getter)]);
        let raw_iobase = class("_RawIOBase", &iobase, iobase::RAW_METHODS);
        let buffered_iobase = class("_BufferedIOBase", &iobase, iobase::BUFFERED_METHODS);
        let text_iobase = class("_TextIOBase", &iobase, iobase::TEXT_METHODS);
        let fileio = class("FileIO", &raw_iobase, fileio::METHODS);
        add_getters(&fileio, fileio::GETTERS);
        crate::builtins::set_getset_doc(&fileio, "closed", "True if the file is closed");
        crate::builtins::set_getset_doc(&fileio, "closefd", "True if the file descriptor will be closed by close().");
        crate::builtins::set_getset_doc(&fileio, "mode", "String giving the file mode");
        let bytesio = class("BytesIO", &buffered_iobase, bytesio::METHODS);
        add_getters(&bytesio, &[("closed", bytesio::closed)]);
        let stringio = class("StringIO", &text_iobase, stringio::METHODS);
        add_getters(&stringio, stringio::GETTERS);
        let buffered_reader = class("BufferedReader", &buffered_iobase, buffered::METHODS);
        let buffered_writer = class("BufferedWriter", &buffered_iobase, buffered::METHODS);
        let buffered_random = class("BufferedRandom", &buffered_iobase, buffered::METHODS);
        for c in [&buffered_reader, &buffered_writer, &buffered_random] {
            add_getters(c, buffered::GETTERS);
        }
        let text_wrapper = class("TextIOWrapper", &text_iobase, textio::METHODS);
        add_getters(&text_wrapper, textio::GETTERS);
        IoTypes {
            iobase,
            raw_iobase,
            buffered_iobase,
            text_iobase,
            fileio,
            bytesio,
            stringio,
            buffered_reader,
            buffered_writer,
            buffered_random,
            text_wrapper,
        }
    })
}

/// Makes the `_io` module.
pub fn init(thread: &mut Thread) -> PyResult<ObjRef> {
    let t = io_types();
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    for (name, class) in [
        ("_IOBase", &t.iobase),
        ("_RawIOBase", &t.raw_iobase),
        ("_BufferedIOBase", &t.buffered_iobase),
        ("_TextIOBase", &t.text_iobase),
        ("FileIO", &t.fileio),
        ("BytesIO", &t.bytesio),
        ("StringIO", &t.stringio),
        ("BufferedReader", &t.buffered_reader),
        ("BufferedWriter", &t.buffered_writer),
        ("BufferedRandom", &t.buffered_random),
        ("TextIOWrapper", &t.text_wrapper),
    ] {
        ns.set_str(&intern(name), Value::Obj(class.clone()));
    }
    ns.set_str(&intern("DEFAULT_BUFFER_SIZE"), Value::Int(DEFAULT_BUFFER_SIZE as i64));
    ns.set_str(&intern("open"), open_function());
    ns.set_str(&intern("open_code"), native_function("open_code", open::open_code, BuiltinKind::Function, None));
    ns.set_str(
        &intern("text_encoding"),
        native_function("text_encoding", open::text_encoding, BuiltinKind::Function, None),
    );
    // UnsupportedOperation derives from OSError and ValueError: made by calling `type`.
    let e = crate::objects::exception::exceptions();
    let bases = crate::objects::tuple_of([Value::Obj(e.os_error.clone()), Value::Obj(e.value_error.clone())]);
    let namespace = new_dict();
    crate::ops::namespace(&namespace).set_str(&intern("__module__"), new_str("io"));
    let unsupported = crate::call::call(
        thread,
        &Value::Obj(types().type_.clone()),
        Args::positional(&[new_str("UnsupportedOperation"), bases, Value::Obj(namespace)]),
    )?;
    ns.set_str(&intern("UnsupportedOperation"), unsupported);
    ns.set_str(&intern("BlockingIOError"), Value::Obj(e.blocking_io_error.clone()));
    Ok(crate::objects::new_module("_io", dict))
}

/// `io.UnsupportedOperation(message)`.
pub(crate) fn unsupported(thread: &mut Thread, message: &str) -> PyErr {
    let class = crate::modules::native_module(thread, "_io").ok().and_then(|m| {
        m.dict().as_ref().and_then(crate::objects::dict_of).and_then(|d| d.get_str(&intern("UnsupportedOperation")))
    });
    match class.as_ref().and_then(Value::as_obj) {
        Some(class) => PyErr::new(class, message),
        None => value_error(message),
    }
}

/// "I/O operation on closed file." (the buffered and text layers' wording).
pub(crate) fn closed_error() -> PyErr {
    value_error("I/O operation on closed file.")
}

/// The native state of type `T` of a stream object, or the TypeError of a method applied to
/// the wrong object.
pub(crate) fn state<'v, T: 'static>(value: &'v Value, class: &str) -> PyResult<&'v T> {
    match value.payload() {
        Some(Payload::Native(state)) => state.downcast_ref::<T>(),
        _ => None,
    }
    .ok_or_else(|| {
        type_error(format!("descriptor for '_io.{class}' objects doesn't apply to a '{}' object", type_name(value)))
    })
}

/// A new stream object of `class` (or a subclass) holding `state`.
pub(crate) fn new_stream(class: &ObjRef, state: impl crate::gc::traverse::NativeData) -> Value {
    Value::Obj(ObjRef::new(class.clone(), Some(new_dict()), OwnedPayload::Native(Box::new(state))))
}

/// The receiver of a method call.
pub(crate) fn this(args: &Args<'_>) -> Value {
    args.values.first().cloned().unwrap_or_default()
}

/// Calls `obj.name(*args)`.
pub(crate) fn call_method(thread: &mut Thread, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let method = crate::protocols::getattr(thread, obj, &intern(name))?;
    crate::call::call(thread, &method, Args::positional(args))
}

/// A size argument: None or absent is -1; otherwise an int (`__index__`).
pub(crate) fn size_arg(thread: &mut Thread, value: Option<&Value>) -> PyResult<i64> {
    match value {
        None | Some(Value::None) => Ok(-1),
        Some(v @ Value::Int(_)) | Some(v @ Value::Bool(_)) => crate::protocols::number::index_of(thread, v),
        Some(v) => match crate::protocols::special(v, "__index__") {
            Some(_) => crate::protocols::number::index_of(thread, v),
            None => Err(type_error(format!("argument should be integer or None, not '{}'", type_name(v)))),
        },
    }
}

/// Flushes `sys.stdout` and `sys.stderr` when they are the native streams (at exit).
pub fn flush_std_streams(thread: &mut Thread) {
    for name in ["stderr", "stdout"] {
        if let Some(stream) = crate::modules::sys::sys_attr(&thread.interp, name) {
            if !stream.is_none() {
                let _ = call_method(thread, &stream, "flush", &[]);
            }
        }
    }
}

/// The truth of `obj.name()` (`readable()`, `isatty()` ...).
pub(crate) fn ask(thread: &mut Thread, obj: &Value, name: &str) -> PyResult<bool> {
    let answer = call_method(thread, obj, name, &[])?;
    crate::protocols::truthy(thread, &answer)
}

/// Whether `function` is the `open` function (whose module is `_io`, though `builtins` holds
/// it too).
pub fn is_open_function(function: &ObjRef) -> bool {
    open_function().as_obj().is_some_and(|open| ObjRef::ptr_eq(open, function))
}

/// The `open` function object (the same object as `builtins.open` and `io.open`).
pub fn open_function() -> Value {
    static OPEN: OnceLock<Value> = OnceLock::new();
    OPEN.get_or_init(|| native_function("open", open::open_builtin, BuiltinKind::Function, None)).clone()
}
