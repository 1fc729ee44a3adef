//! `sys.stdin`, `sys.stdout`, `sys.stderr` and their `__stdin__`... originals: the `_io`
//! standard streams (`modules::io::stdio`), and the direct paths that `print` and error
//! reports take while the streams are still the ones made at start-up.

use std::io::Write as _;

use crate::modules::io::stdio::{self, Stdio};
use crate::modules::io::StdSink;
use crate::objects::exception::{exceptions, PyErr};
use crate::objects::function::Args;
use crate::objects::str::{intern, new_str};
use crate::thread::{Interp, Thread};
use crate::value::Value;
use crate::PyResult;

/// Sets the standard streams of `sys` (and their originals); LookupError for an unknown
/// encoding, with the streams left as they were.
pub fn set_stdio(interp: &Interp, config: &Stdio) -> PyResult<()> {
    let streams = stdio::std_streams(config)?;
    if let Some(dict) = super::sys_namespace(interp) {
        let ns = crate::ops::namespace(&dict);
        for (name, stream) in ["stdin", "stdout", "stderr"].iter().zip(streams) {
            ns.set_str(&intern(name), stream.clone());
            ns.set_str(&intern(&format!("__{name}__")), stream);
        }
    }
    Ok(())
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

/// Writes to `sys.stderr` (the standard one directly, or the object a program put there).
pub fn write_stderr(thread: &mut Thread, text: &str) -> PyResult<()> {
    match super::sys_attr(&thread.interp, "stderr") {
        Some(Value::None) => Ok(()),
        Some(stream) if stdio::direct_sink(&stream) != Some(StdSink::Stderr) => {
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

/// Whether `print` may write `value`'s text straight to `Interp.stdout` (it is the standard
/// stdout as made, still writing UTF-8): the same bytes, in the same buffer, as its `write`.
pub fn is_native_stdout(value: &Value) -> bool {
    stdio::direct_sink(value) == Some(StdSink::Stdout)
}
