//! `BytesIO`: an in-memory binary stream.

use parking_lot::Mutex;

use super::{closed_error, new_stream, size_arg, state, this};
use crate::builtins::{bytes_like, new_bytes, Method};
use crate::method;
use crate::modules::arguments::bind;
use crate::objects::exception::{stop_iteration, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::typeobj::type_name;
use crate::objects::Payload;
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

#[derive(Default)]
pub struct BytesIo {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    data: Vec<u8>,
    pos: usize,
    closed: bool,
}

pub const METHODS: &[Method] = &[
    method!("__new__", bytesio_new, StaticMethod),
    method!("__init__", bytesio_init),
    method!("__next__", next),
    method!("getvalue", getvalue),
    method!("__getstate__", getstate),
    method!("__setstate__", setstate),
    method!("read", read),
    method!("read1", read),
    method!("readinto", readinto),
    method!("readinto1", readinto),
    method!("readline", readline),
    method!("write", write),
    method!("seek", seek),
    method!("tell", tell),
    method!("truncate", truncate),
    method!("close", close),
    method!("flush", flush),
    method!("readable", yes),
    method!("writable", yes),
    method!("seekable", yes),
];

fn bio(value: &Value) -> PyResult<&BytesIo> {
    state::<BytesIo>(value, "BytesIO")
}

fn open_inner<R>(value: &Value, f: impl FnOnce(&mut Inner) -> PyResult<R>) -> PyResult<R> {
    let mut inner = bio(value)?.inner.lock();
    if inner.closed {
        return Err(closed_error());
    }
    f(&mut inner)
}

fn bytesio_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match args.values.first() {
        Some(Value::Obj(class)) if matches!(class.payload(), Payload::Type(_)) => {
            Ok(new_stream(class, BytesIo::default()))
        }
        _ => Err(type_error("BytesIO.__new__(X): X is not a type object")),
    }
}

fn bytesio_init(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let rest = Args { values: &args.values[1..], kwnames: args.kwnames };
    let a = bind("BytesIO", &rest, &["initial_bytes"], 0)?;
    let data = match &a[0] {
        None => Vec::new(),
        Some(v) if v.is_none() => Vec::new(),
        Some(v) => bytes_like(v)
            .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(v))))?,
    };
    *bio(&this)?.inner.lock() = Inner { data, pos: 0, closed: false };
    Ok(Value::None)
}

/// `__getstate__()`: (the contents, the position, a copy of the instance dict or None), which
/// pickling and `copy` use.
fn getstate(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let (data, pos) = open_inner(&this, |inner| Ok((new_bytes(inner.data.clone()), Value::Int(inner.pos as i64))))?;
    let dict = match this.as_obj().and_then(|obj| obj.dict().as_ref()).and_then(crate::objects::dict_of) {
        Some(dict) if !dict.is_empty() => {
            let copy = crate::objects::OwnedPayload::Dict(dict.copy());
            Value::Obj(crate::value::ObjRef::new(crate::objects::typeobj::types().dict.clone(), None, copy))
        }
        _ => Value::None,
    };
    Ok(crate::objects::tuple_of([data, pos, dict]))
}

/// `__setstate__(state)`: the contents, position and attributes `__getstate__` gave.
fn setstate(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let state = args.values.get(1).cloned().unwrap_or_default();
    let items = crate::objects::as_tuple(&state).filter(|items| items.len() >= 3).ok_or_else(|| {
        type_error(format!("_io.BytesIO.__setstate__ argument should be 3-tuple, got {}", type_name(&state)))
    })?;
    let data = bytes_like(&items[0])
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(&items[0]))))?;
    if !crate::objects::int::is_int(&items[1]) {
        let given = type_name(&items[1]);
        return Err(type_error(format!("second item of state must be an integer, not {given}")));
    }
    let pos = protocols::number::index_of(thread, &items[1])?;
    if pos < 0 {
        return Err(value_error("position value cannot be negative"));
    }
    let attributes =
        match &items[2] {
            Value::None => None,
            value => Some(crate::objects::as_dict(value).ok_or_else(|| {
                type_error(format!("third item of state should be a dict, got a {}", type_name(value)))
            })?),
        };
    open_inner(&this, |inner| {
        inner.data = data;
        inner.pos = pos as usize;
        Ok(())
    })?;
    if let (Some(attributes), Some(dict)) =
        (attributes, this.as_obj().and_then(|obj| obj.dict().as_ref()).and_then(crate::objects::dict_of))
    {
        for (key, value) in attributes.items() {
            dict.set(thread, key, value)?;
        }
    }
    Ok(Value::None)
}

fn getvalue(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    open_inner(&this(&args), |inner| Ok(new_bytes(inner.data.clone())))
}

fn take(inner: &mut Inner, size: i64) -> Vec<u8> {
    let start = inner.pos.min(inner.data.len());
    let end = if size < 0 { inner.data.len() } else { start.saturating_add(size as usize).min(inner.data.len()) };
    inner.pos = inner.pos.max(end);
    inner.data[start..end].to_vec()
}

fn read(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let size = size_arg(thread, args.values.get(1))?;
    open_inner(&this, |inner| Ok(new_bytes(take(inner, size))))
}

fn readinto(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let target = args.values.get(1).cloned().unwrap_or_default();
    let Some(Payload::ByteArray(buffer)) = target.payload() else {
        return Err(type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            type_name(&target)
        )));
    };
    let n = buffer.lock().len();
    let data = open_inner(&this, |inner| Ok(take(inner, n as i64)))?;
    buffer.lock()[..data.len()].copy_from_slice(&data);
    Ok(Value::Int(data.len() as i64))
}

fn line(inner: &mut Inner, limit: i64) -> Vec<u8> {
    let start = inner.pos.min(inner.data.len());
    let rest = &inner.data[start..];
    let mut end = memchr::memchr(b'\n', rest).map_or(rest.len(), |i| i + 1);
    if limit >= 0 {
        end = end.min(limit as usize);
    }
    inner.pos = start + end;
    rest[..end].to_vec()
}

fn readline(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let limit = size_arg(thread, args.values.get(1))?;
    open_inner(&this, |inner| Ok(new_bytes(line(inner, limit))))
}

fn next(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let data = open_inner(&this(&args), |inner| Ok(line(inner, -1)))?;
    if data.is_empty() {
        return Err(stop_iteration(Value::None));
    }
    Ok(new_bytes(data))
}

fn write(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let arg = args.values.get(1).cloned().unwrap_or_default();
    let Some(data) = bytes_like(&arg) else {
        return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(&arg))));
    };
    open_inner(&this, |inner| {
        let end = inner.pos + data.len();
        if inner.data.len() < end {
            inner.data.resize(end, 0);
        }
        inner.data[inner.pos..end].copy_from_slice(&data);
        inner.pos = end;
        Ok(Value::Int(data.len() as i64))
    })
}

fn seek(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let pos = args.values.get(1).cloned().unwrap_or_default();
    let pos = protocols::number::index_of(thread, &pos)?;
    let whence = match args.values.get(2) {
        Some(w) => protocols::number::index_of(thread, w)?,
        None => 0,
    };
    open_inner(&this, |inner| {
        let base = match whence {
            0 if pos < 0 => return Err(value_error(format!("negative seek value {pos}"))),
            0 => 0,
            1 => inner.pos as i64,
            2 => inner.data.len() as i64,
            _ => return Err(value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
        };
        inner.pos = (base + pos).max(0) as usize;
        Ok(Value::Int(inner.pos as i64))
    })
}

fn tell(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    open_inner(&this(&args), |inner| Ok(Value::Int(inner.pos as i64)))
}

fn truncate(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let size = match args.values.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(protocols::number::index_of(thread, v)?),
    };
    open_inner(&this, |inner| {
        let size = size.unwrap_or(inner.pos as i64);
        if size < 0 {
            return Err(value_error(format!("negative size value {size}")));
        }
        inner.data.truncate(size as usize);
        Ok(Value::Int(size))
    })
}

fn close(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let mut inner = bio(&this)?.inner.lock();
    inner.closed = true;
    inner.data = Vec::new();
    Ok(Value::None)
}

fn flush(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    open_inner(&this(&args), |_| Ok(Value::None))
}

fn yes(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    open_inner(&this(&args), |_| Ok(Value::Bool(true)))
}

pub fn closed(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(bio(&this(&args))?.inner.lock().closed))
}

/// Holds no references the cycle collector must follow.
impl crate::gc::traverse::NativeData for BytesIo {}
