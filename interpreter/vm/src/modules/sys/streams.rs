//! The native standard streams: `sys.stdout` and `sys.stderr` until a program replaces them,
//! writing to the interpreter's writers (the embedder's choice).

use std::io::Write as _;

use crate::builtins::add_methods;
use crate::method;
use crate::objects::exception::{exceptions, type_error, PyErr};
use crate::objects::function::Args;
use crate::objects::str::{intern, new_str};
use crate::objects::typeobj::{new_builtin_type, type_name, types, BaseKind};
use crate::objects::{new_dict, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The class of the native standard streams (shown as CPython's `TextIOWrapper`).
fn stream_class() -> &'static ObjRef {
    static CLASS: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    CLASS.get_or_init(|| {
        let t = types();
        let class =
            new_builtin_type(&t.type_, "TextIOWrapper", std::slice::from_ref(&t.object), BaseKind::Other, false);
        add_methods(&class, &[method!("write", stream_write), method!("flush", stream_flush)]);
        crate::objects::typeobj::set_builtin_attr(&class, "__module__", new_str("_io"));
        class
    })
}

/// Which stream a native stream object writes to: 1 for stdout, 2 for stderr.
fn stream_number(value: &Value) -> Option<i64> {
    let obj = value.as_obj()?;
    let dict = crate::objects::dict_of(obj.dict.as_ref()?)?;
    crate::objects::int::to_i64(&dict.get_str(&intern("_fd"))?)
}

pub(super) fn new_stream(fd: i64) -> Value {
    let dict = new_dict();
    crate::ops::namespace(&dict).set_str(&intern("_fd"), Value::Int(fd));
    Value::Obj(ObjRef::new(stream_class().clone(), Some(dict), Payload::Instance(Default::default())))
}

fn stream_write(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let (Some(stream), Some(text)) = (p.first(), p.get(1)) else {
        return Err(type_error("write() takes exactly one argument"));
    };
    let Some(s) = crate::objects::str::as_pystr(text) else {
        return Err(type_error(format!("write() argument must be str, not {}", type_name(text))));
    };
    let bytes = s.as_str().into_owned();
    let result = match stream_number(stream) {
        Some(2) => {
            let _ = thread.interp.stdout.lock().flush();
            thread.interp.stderr.lock().write_all(bytes.as_bytes())
        }
        _ => thread.interp.stdout.lock().write_all(bytes.as_bytes()),
    };
    result.map_err(|e| os_error(&e))?;
    Ok(Value::Int(s.char_len() as i64))
}

fn stream_flush(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let result = match args.pos().first().and_then(stream_number) {
        Some(2) => thread.interp.stderr.lock().flush(),
        _ => thread.interp.stdout.lock().flush(),
    };
    result.map_err(|e| os_error(&e))?;
    Ok(Value::None)
}

/// The OSError subclass CPython raises for a failed write, with its `[Errno N] text` message.
pub fn os_error(err: &std::io::Error) -> PyErr {
    let e = exceptions();
    let class = match err.kind() {
        std::io::ErrorKind::BrokenPipe => &e.broken_pipe_error,
        _ => &e.os_error,
    };
    let text = err.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text);
    match err.raw_os_error() {
        Some(errno) => PyErr::new(class, format!("[Errno {errno}] {text}")),
        None => PyErr::new(class, text),
    }
}

/// Writes to `sys.stderr` (the native one, or the object a program put there).
pub fn write_stderr(thread: &mut Thread, text: &str) -> PyResult<()> {
    match super::sys_attr(&thread.interp, "stderr") {
        Some(Value::None) => Ok(()),
        Some(stream) if stream_number(&stream) != Some(2) => {
            let write = crate::protocols::getattr(thread, &stream, &intern("write"))?;
            crate::call::call(thread, &write, Args::positional(&[new_str(text)]))?;
            Ok(())
        }
        _ => {
            let _ = thread.interp.stdout.lock().flush();
            let mut stderr = thread.interp.stderr.lock();
            stderr.write_all(text.as_bytes()).and_then(|_| stderr.flush()).map_err(|e| os_error(&e))
        }
    }
}

/// Whether `value` is the interpreter's own stdout stream (then `print` writes directly).
pub fn is_native_stdout(value: &Value) -> bool {
    stream_number(value) == Some(1) && value.as_obj().is_some_and(|o| ObjRef::ptr_eq(&o.class, stream_class()))
}
