//! `_IOBase`, `_RawIOBase`, `_BufferedIOBase` and `_TextIOBase`: the behaviour a stream gets
//! from its base classes, written against the stream's own methods (so that Python
//! subclasses that implement `read`, `readinto` or `write` get the rest).

use super::{call_method, closed_error, size_arg, this, unsupported, DEFAULT_BUFFER_SIZE};
use crate::builtins::{new_bytearray, new_bytes, Method};
use crate::method;
use crate::objects::exception::stop_iteration;
use crate::objects::function::Args;
use crate::objects::str::intern;
use crate::objects::{dict_of, list, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

pub const METHODS: &[Method] = &[
    method!("__enter__", enter),
    method!("__exit__", exit),
    method!("__iter__", iter),
    method!("__next__", next),
    method!("close", close),
    method!("flush", flush),
    method!("readable", no),
    method!("writable", no),
    method!("seekable", no),
    method!("isatty", isatty),
    method!("seek", seek),
    method!("tell", tell),
    method!("truncate", truncate),
    method!("fileno", fileno),
    method!("readline", readline),
    method!("readlines", readlines),
    method!("writelines", writelines),
    method!("_checkClosed", check_closed_method),
];

pub const RAW_METHODS: &[Method] = &[method!("read", raw_read), method!("readall", raw_readall)];

pub const BUFFERED_METHODS: &[Method] = &[
    method!("read", buffered_read),
    method!("read1", buffered_read1),
    method!("write", buffered_write),
    method!("detach", buffered_detach),
    method!("readinto", buffered_readinto),
    method!("readinto1", buffered_readinto),
];

pub const TEXT_METHODS: &[Method] = &[
    method!("read", text_read),
    method!("readline", text_readline),
    method!("write", text_write),
    method!("detach", text_detach),
];

const CLOSED_FLAG: &str = "__IOBase_closed";

/// Whether a Python-level stream is closed (its `closed` attribute).
pub fn is_closed(thread: &mut Thread, stream: &Value) -> PyResult<bool> {
    let closed = protocols::getattr(thread, stream, &intern("closed"))?;
    protocols::truthy(thread, &closed)
}

pub fn check_closed(thread: &mut Thread, stream: &Value) -> PyResult<()> {
    if is_closed(thread, stream)? {
        return Err(closed_error());
    }
    Ok(())
}

pub fn closed_getter(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let flag =
        this.as_obj().and_then(|o| o.dict().as_ref()).and_then(dict_of).and_then(|d| d.get_str(&intern(CLOSED_FLAG)));
    Ok(Value::Bool(matches!(flag, Some(Value::Bool(true)))))
}

fn check_closed_method(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    check_closed(thread, &this(&args))?;
    Ok(Value::None)
}

fn enter(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    check_closed(thread, &this)?;
    Ok(this)
}

fn exit(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    call_method(thread, &this(&args), "close", &[])?;
    Ok(Value::None)
}

fn iter(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    check_closed(thread, &this)?;
    Ok(this)
}

fn next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let line = call_method(thread, &this(&args), "readline", &[])?;
    if protocols::len(thread, &line)? == 0 {
        return Err(stop_iteration(Value::None));
    }
    Ok(line)
}

fn close(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    if is_closed(thread, &this)? {
        return Ok(Value::None);
    }
    let flushed = call_method(thread, &this, "flush", &[]);
    if let Some(dict) = this.as_obj().and_then(|o| o.dict().as_ref()).and_then(dict_of) {
        dict.set_str(&intern(CLOSED_FLAG), Value::Bool(true));
    }
    flushed.map(|_| Value::None)
}

fn flush(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    check_closed(thread, &this(&args))?;
    Ok(Value::None)
}

fn no(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn isatty(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    check_closed(thread, &this(&args))?;
    Ok(Value::Bool(false))
}

fn seek(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(thread, "seek"))
}

fn tell(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    call_method(thread, &this(&args), "seek", &[Value::Int(0), Value::Int(1)])
}

fn truncate(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(thread, "truncate"))
}

fn fileno(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(thread, "fileno"))
}

/// `readline(size=-1)` of a binary stream, a byte at a time (or through `peek`).
fn readline(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let limit = size_arg(thread, args.values.get(1))?;
    let mut line = Vec::new();
    while limit < 0 || (line.len() as i64) < limit {
        let chunk = call_method(thread, &this, "read", &[Value::Int(1)])?;
        let Some(bytes) = crate::builtins::bytes_like(&chunk) else {
            return Err(crate::objects::exception::PyErr::new(
                &crate::objects::exception::exceptions().os_error,
                format!(
                    "read() should have returned a bytes object, not '{}'",
                    crate::objects::typeobj::type_name(&chunk)
                ),
            ));
        };
        if bytes.is_empty() {
            break;
        }
        line.extend_from_slice(&bytes);
        if line.ends_with(b"\n") {
            break;
        }
    }
    Ok(new_bytes(line))
}

/// `readlines(hint=-1)`: lines until their total length reaches `hint`.
pub fn readlines(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let hint = size_arg(thread, args.values.get(1))?;
    let iterator = protocols::iter::get_iter(thread, &this)?;
    let mut lines = Vec::new();
    let mut total = 0;
    while let Some(line) = protocols::iter::next(thread, &iterator)? {
        total += protocols::len(thread, &line)? as i64;
        lines.push(line);
        if hint > 0 && total >= hint {
            break;
        }
    }
    Ok(list(lines))
}

fn writelines(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    check_closed(thread, &this)?;
    let lines = args.values.get(1).cloned().unwrap_or_default();
    let iterator = protocols::iter::get_iter(thread, &lines)?;
    while let Some(line) = protocols::iter::next(thread, &iterator)? {
        call_method(thread, &this, "write", &[line])?;
    }
    Ok(Value::None)
}

/// `_RawIOBase.read(size=-1)`: `readall()`, or one `readinto` of a new buffer.
fn raw_read(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let size = size_arg(thread, args.values.get(1))?;
    if size < 0 {
        return call_method(thread, &this, "readall", &[]);
    }
    let buffer = new_bytearray(vec![0; size as usize]);
    let n = call_method(thread, &this, "readinto", std::slice::from_ref(&buffer))?;
    if n.is_none() {
        return Ok(Value::None);
    }
    let n = protocols::number::index_of(thread, &n)?;
    let Some(Payload::ByteArray(data)) = buffer.payload() else { return Ok(new_bytes(Vec::new())) };
    let data = data.lock();
    if n < 0 || n as usize > data.len() {
        return Err(crate::objects::exception::value_error(format!(
            "readinto returned {n} outside buffer size {size}"
        )));
    }
    Ok(new_bytes(data[..n as usize].to_vec()))
}

/// `_RawIOBase.readall()`: `read` until it returns no bytes.
fn raw_readall(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let mut all = Vec::new();
    loop {
        let chunk = call_method(thread, &this, "read", &[Value::Int(DEFAULT_BUFFER_SIZE as i64)])?;
        if chunk.is_none() {
            if all.is_empty() {
                return Ok(Value::None);
            }
            break;
        }
        let bytes = crate::builtins::bytes_like(&chunk).unwrap_or_default();
        if bytes.is_empty() {
            break;
        }
        all.extend_from_slice(&bytes);
    }
    Ok(new_bytes(all))
}

fn buffered_read(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(thread, "read"))
}

fn buffered_read1(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(thread, "read1"))
}

fn buffered_write(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(thread, "write"))
}

fn buffered_detach(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(thread, "detach"))
}

/// `_BufferedIOBase.readinto(b)`: one `read(len(b))` copied into `b`.
fn buffered_readinto(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let target = args.values.get(1).cloned().unwrap_or_default();
    let Some(Payload::ByteArray(_)) = target.payload() else {
        return Err(crate::objects::exception::type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            crate::objects::typeobj::type_name(&target)
        )));
    };
    let size = protocols::len(thread, &target)?;
    let data = call_method(thread, &this, "read", &[Value::Int(size as i64)])?;
    let bytes = crate::builtins::bytes_like(&data).unwrap_or_default();
    if let Some(Payload::ByteArray(buffer)) = target.payload() {
        let mut buffer = buffer.lock();
        let n = bytes.len().min(buffer.len());
        buffer[..n].copy_from_slice(&bytes[..n]);
    }
    Ok(Value::Int(bytes.len() as i64))
}

fn text_read(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(thread, "read"))
}

fn text_readline(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(thread, "readline"))
}

fn text_write(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(thread, "write"))
}

fn text_detach(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported(thread, "detach"))
}
