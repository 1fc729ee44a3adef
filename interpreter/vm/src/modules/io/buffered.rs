//! `BufferedReader`, `BufferedWriter` and `BufferedRandom`: a read-ahead buffer and a write
//! buffer over a raw stream (a native FileIO is called directly; any other raw stream
//! through its Python methods, with no lock held).

use parking_lot::Mutex;

use super::{call_method, closed_error, fileio, io_types, new_stream, size_arg, state, this, unsupported};
use crate::builtins::{bytes_like, new_bytearray, new_bytes, Method};
use crate::method;
use crate::modules::arguments::bind;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::new_str;
use crate::objects::typeobj::{class_of, is_subtype, type_data, type_name};
use crate::objects::Payload;
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

#[derive(Default)]
pub struct Buffered {
    inner: Mutex<BufInner>,
}

#[derive(Default)]
struct BufInner {
    /// Null before `__init__` and after `detach`.
    raw: Value,
    detached: bool,
    readable: bool,
    writable: bool,
    size: usize,
    /// Bytes read ahead, from `read_pos` on.
    read_buf: Vec<u8>,
    read_pos: usize,
    /// Bytes written but not yet given to the raw stream.
    write_buf: Vec<u8>,
}

impl Drop for BufInner {
    /// A buffered writer that goes away flushes what it holds into a native raw file (a
    /// Python-level raw stream cannot be called here).
    fn drop(&mut self) {
        if !self.write_buf.is_empty() && fileio::native_closed(&self.raw) == Some(false) {
            let data = std::mem::take(&mut self.write_buf);
            let _ = fileio::write_all_quiet(&self.raw, &data);
        }
    }
}

pub const METHODS: &[Method] = &[
    method!("__new__", buffered_new, StaticMethod),
    method!("__init__", buffered_init),
    method!("__repr__", repr),
    method!("read", read),
    method!("read1", read1),
    method!("readinto", readinto),
    method!("readinto1", readinto),
    method!("readline", readline),
    method!("peek", peek),
    method!("write", write),
    method!("flush", flush),
    method!("seek", seek),
    method!("tell", tell),
    method!("truncate", truncate),
    method!("close", close),
    method!("detach", detach),
    method!("fileno", fileno),
    method!("isatty", isatty),
    method!("readable", readable),
    method!("writable", writable),
    method!("seekable", seekable),
];

pub const GETTERS: &[(&str, NativeFn)] = &[("raw", raw_getter), ("closed", closed), ("name", name), ("mode", mode)];

fn buf(value: &Value) -> PyResult<&Buffered> {
    state::<Buffered>(value, "BufferedReader")
}

fn buffered_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match args.values.first() {
        Some(Value::Obj(class)) if matches!(class.payload(), Payload::Type(_)) => {
            Ok(new_stream(class, Buffered::default()))
        }
        _ => Err(type_error("BufferedReader.__new__(X): X is not a type object")),
    }
}

fn class_name(value: &Value) -> String {
    type_data(class_of(value)).name()
}

fn buffered_init(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let rest = Args { values: &args.values[1..], kwnames: args.kwnames };
    let name = class_name(&this);
    let a = bind(&name, &rest, &["raw", "buffer_size"], 1)?;
    let raw = a[0].clone().unwrap_or_default();
    let size = match &a[1] {
        None => super::DEFAULT_BUFFER_SIZE as i64,
        Some(v) => protocols::number::index_of(thread, v)?,
    };
    if size <= 0 {
        return Err(value_error("buffer size must be strictly positive"));
    }
    let t = io_types();
    let class = class_of(&this).clone();
    let random = is_subtype(&class, &t.buffered_random);
    let reader = random || is_subtype(&class, &t.buffered_reader);
    let writer = random || is_subtype(&class, &t.buffered_writer);
    if reader && !super::ask(thread, &raw, "readable")? {
        return Err(unsupported(thread, "File or stream is not readable."));
    }
    if writer && !super::ask(thread, &raw, "writable")? {
        return Err(unsupported(thread, "File or stream is not writable."));
    }
    if random && !super::ask(thread, &raw, "seekable")? {
        return Err(unsupported(thread, "File or stream is not seekable."));
    }
    *buf(&this)?.inner.lock() = BufInner {
        raw,
        detached: false,
        readable: reader,
        writable: writer,
        size: size as usize,
        read_buf: Vec::new(),
        read_pos: 0,
        write_buf: Vec::new(),
    };
    Ok(Value::None)
}

/// New buffered stream of `class` over `raw` (what `open` makes).
pub fn new_buffered(class: &ObjRef, raw: Value, size: usize) -> Value {
    let readable = !ObjRef::ptr_eq(class, &io_types().buffered_writer);
    let writable = !ObjRef::ptr_eq(class, &io_types().buffered_reader);
    let mut inner = BufInner::default();
    (inner.raw, inner.readable, inner.writable, inner.size) = (raw, readable, writable, size.max(1));
    new_stream(class, Buffered { inner: Mutex::new(inner) })
}

/// The raw stream, or the errors of a detached or uninitialised object.
fn raw_of(value: &Value) -> PyResult<Value> {
    let inner = buf(value)?.inner.lock();
    if inner.detached {
        return Err(value_error("raw stream has been detached"));
    }
    if inner.raw.is_null() {
        return Err(value_error("I/O operation on uninitialized object"));
    }
    Ok(inner.raw.clone())
}

fn is_native(raw: &Value) -> bool {
    fileio::native_closed(raw).is_some()
}

fn raw_closed(thread: &mut Thread, raw: &Value) -> PyResult<bool> {
    match fileio::native_closed(raw) {
        Some(closed) => Ok(closed),
        None => super::iobase::is_closed(thread, raw),
    }
}

/// One raw read of up to `n` bytes (None: would block).
fn raw_read(thread: &mut Thread, raw: &Value, n: usize) -> PyResult<Option<Vec<u8>>> {
    if is_native(raw) {
        return fileio::read_native(raw, n, thread);
    }
    let target = new_bytearray(vec![0; n]);
    let got = call_method(thread, raw, "readinto", std::slice::from_ref(&target))?;
    if got.is_none() {
        return Ok(None);
    }
    let got = protocols::number::index_of(thread, &got)?;
    if got < 0 || got as usize > n {
        return Err(crate::objects::exception::PyErr::new(
            &crate::objects::exception::exceptions().os_error,
            format!("raw readinto() returned invalid length {got} (should have been between 0 and {n})"),
        ));
    }
    let data = bytes_like(&target).unwrap_or_default();
    Ok(Some(data[..got as usize].to_vec()))
}

fn raw_readall(thread: &mut Thread, raw: &Value) -> PyResult<Option<Vec<u8>>> {
    if is_native(raw) {
        return fileio::readall_native(raw, thread);
    }
    if let Some(readall) = protocols::getattr_opt(thread, raw, "readall")? {
        let data = crate::call::call(thread, &readall, Args::positional(&[]))?;
        return Ok(if data.is_none() { None } else { Some(bytes_like(&data).unwrap_or_default()) });
    }
    // A raw stream without readall() (a BytesIO) is read to its end with read(), as CPython
    // does; None (no data for now) ends the reading.
    let mut all = Vec::new();
    loop {
        let chunk = call_method(thread, raw, "read", &[])?;
        if chunk.is_none() {
            return Ok(if all.is_empty() { None } else { Some(all) });
        }
        let Some(bytes) = bytes_like(&chunk) else { return Err(type_error("read() should return bytes")) };
        if bytes.is_empty() {
            return Ok(Some(all));
        }
        all.extend_from_slice(&bytes);
    }
}

/// Writes all of `data` to the raw stream.
fn raw_write_all(thread: &mut Thread, raw: &Value, mut data: &[u8]) -> PyResult<()> {
    while !data.is_empty() {
        let n = if is_native(raw) {
            fileio::write_native(raw, data, thread)?
        } else {
            let n = call_method(thread, raw, "write", &[new_bytes(data.to_vec())])?;
            if n.is_none() {
                None
            } else {
                Some(protocols::number::index_of(thread, &n)? as usize)
            }
        };
        match n {
            Some(n) => data = &data[n.min(data.len())..],
            None => {
                return Err(crate::objects::exception::PyErr::new(
                    &crate::objects::exception::exceptions().blocking_io_error,
                    "write could not complete without blocking",
                ))
            }
        }
    }
    Ok(())
}

fn raw_seek(thread: &mut Thread, raw: &Value, offset: i64, whence: i64) -> PyResult<i64> {
    if is_native(raw) {
        return fileio::seek_native(raw, offset, whence);
    }
    let pos = call_method(thread, raw, "seek", &[Value::Int(offset), Value::Int(whence)])?;
    protocols::number::index_of(thread, &pos)
}

/// The raw stream's position, from its `tell()` (a Python raw stream's `seek` may not take a
/// whence, and CPython asks `tell` here).
fn raw_tell(thread: &mut Thread, raw: &Value) -> PyResult<i64> {
    if is_native(raw) {
        return fileio::seek_native(raw, 0, 1);
    }
    let pos = call_method(thread, raw, "tell", &[])?;
    let pos = protocols::number::index_of(thread, &pos)?;
    if pos < 0 {
        return Err(crate::objects::exception::PyErr::new(
            &crate::objects::exception::exceptions().os_error,
            format!("Raw stream returned invalid position {pos}"),
        ));
    }
    Ok(pos)
}

/// Checks the stream is usable (attached, open) and returns its raw stream.
fn checked(thread: &mut Thread, value: &Value) -> PyResult<Value> {
    checked_as(thread, value, None)
}

/// `checked`, with the wording CPython gives a read or write of a closed stream.
fn checked_as(thread: &mut Thread, value: &Value, message: Option<&str>) -> PyResult<Value> {
    let raw = raw_of(value)?;
    if raw_closed(thread, &raw)? {
        return Err(message.map_or_else(closed_error, value_error));
    }
    Ok(raw)
}

/// Gives the write buffer to the raw stream.
pub fn flush_writes(thread: &mut Thread, value: &Value) -> PyResult<()> {
    let raw = raw_of(value)?;
    let pending = std::mem::take(&mut buf(value)?.inner.lock().write_buf);
    if !pending.is_empty() {
        raw_write_all(thread, &raw, &pending)?;
    }
    fileio::flush_sink(thread, &raw)
}

/// Before a write on a random-access stream: the raw position goes back over the bytes read
/// ahead.
fn drop_read_ahead(thread: &mut Thread, value: &Value, raw: &Value) -> PyResult<()> {
    let ahead = {
        let mut inner = buf(value)?.inner.lock();
        let ahead = inner.read_buf.len() - inner.read_pos;
        inner.read_buf.clear();
        inner.read_pos = 0;
        ahead
    };
    if ahead > 0 {
        raw_seek(thread, raw, -(ahead as i64), 1)?;
    }
    Ok(())
}

fn check_readable(thread: &mut Thread, value: &Value) -> PyResult<Value> {
    let raw = checked_as(thread, value, Some("read of closed file"))?;
    if !buf(value)?.inner.lock().readable {
        return Err(unsupported(thread, "read"));
    }
    flush_writes(thread, value)?;
    Ok(raw)
}

/// Takes up to `n` bytes from the read-ahead buffer.
fn take_buffered(value: &Value, n: usize) -> PyResult<Vec<u8>> {
    let mut inner = buf(value)?.inner.lock();
    let start = inner.read_pos;
    let end = start.saturating_add(n).min(inner.read_buf.len());
    let taken = inner.read_buf[start..end].to_vec();
    inner.read_pos = end;
    if inner.read_pos == inner.read_buf.len() {
        inner.read_buf.clear();
        inner.read_pos = 0;
    }
    Ok(taken)
}

fn buffered_len(value: &Value) -> PyResult<usize> {
    let inner = buf(value)?.inner.lock();
    Ok(inner.read_buf.len() - inner.read_pos)
}

/// Fills the read-ahead buffer with one raw read; returns false at EOF (or would-block).
fn fill(thread: &mut Thread, value: &Value, raw: &Value) -> PyResult<bool> {
    let size = buf(value)?.inner.lock().size;
    match raw_read(thread, raw, size)? {
        Some(data) if !data.is_empty() => {
            let mut inner = buf(value)?.inner.lock();
            let consumed = inner.read_pos;
            inner.read_buf.drain(..consumed);
            inner.read_pos = 0;
            inner.read_buf.extend_from_slice(&data);
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// `read(size=-1)`: up to `size` bytes, reading until that many or EOF.
pub fn read_bytes(thread: &mut Thread, value: &Value, size: i64) -> PyResult<Option<Vec<u8>>> {
    let raw = check_readable(thread, value)?;
    if size < -1 {
        return Err(value_error("read length must be non-negative or -1"));
    }
    if size < 0 {
        let mut out = take_buffered(value, usize::MAX)?;
        match raw_readall(thread, &raw)? {
            Some(rest) => out.extend_from_slice(&rest),
            None if out.is_empty() => return Ok(None),
            None => {}
        }
        return Ok(Some(out));
    }
    let size = size as usize;
    let mut out = take_buffered(value, size)?;
    while out.len() < size {
        let wanted = size - out.len();
        let chunk = buf(value)?.inner.lock().size;
        if wanted >= chunk {
            match raw_read(thread, &raw, wanted)? {
                Some(data) if !data.is_empty() => out.extend_from_slice(&data),
                Some(_) => break,
                None if out.is_empty() => return Ok(None),
                None => break,
            }
        } else {
            if !fill(thread, value, &raw)? {
                break;
            }
            out.extend(take_buffered(value, wanted)?);
        }
    }
    Ok(Some(out))
}

fn read(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let size = size_arg(thread, args.values.get(1))?;
    Ok(read_bytes(thread, &this, size)?.map_or(Value::None, new_bytes))
}

/// `read1(size=-1)`: buffered bytes, or at most one raw read.
pub fn read1_bytes(thread: &mut Thread, value: &Value, size: i64) -> PyResult<Vec<u8>> {
    let raw = check_readable(thread, value)?;
    let size = if size < 0 { usize::MAX } else { size as usize };
    if size == 0 {
        return Ok(Vec::new());
    }
    if buffered_len(value)? > 0 {
        return take_buffered(value, size);
    }
    let chunk = buf(value)?.inner.lock().size;
    if size != usize::MAX && size > chunk {
        return Ok(raw_read(thread, &raw, size)?.unwrap_or_default());
    }
    fill(thread, value, &raw)?;
    take_buffered(value, size)
}

fn read1(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let size = size_arg(thread, args.values.get(1))?;
    Ok(new_bytes(read1_bytes(thread, &this, size)?))
}

fn readinto(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let target = args.values.get(1).cloned().unwrap_or_default();
    let Some(Payload::ByteArray(buffer)) = target.payload() else {
        return Err(type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            type_name(&target)
        )));
    };
    let n = buffer.lock().len();
    let data = read_bytes(thread, &this, n as i64)?.unwrap_or_default();
    buffer.lock()[..data.len()].copy_from_slice(&data);
    Ok(Value::Int(data.len() as i64))
}

fn peek(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let raw = check_readable(thread, &this)?;
    if buffered_len(&this)? == 0 {
        fill(thread, &this, &raw)?;
    }
    let inner = buf(&this)?.inner.lock();
    Ok(new_bytes(inner.read_buf[inner.read_pos..].to_vec()))
}

/// `readline(size=-1)`.
pub fn readline_bytes(thread: &mut Thread, value: &Value, limit: i64) -> PyResult<Vec<u8>> {
    let raw = check_readable(thread, value)?;
    let mut line = Vec::new();
    loop {
        let found = {
            let mut inner = buf(value)?.inner.lock();
            let start = inner.read_pos;
            let room = if limit < 0 { usize::MAX } else { limit as usize - line.len() };
            let avail = &inner.read_buf[start..];
            let (end, done) = match memchr::memchr(b'\n', avail) {
                Some(i) if i < room => (i + 1, true),
                _ if avail.len() >= room => (room, true),
                _ => (avail.len(), false),
            };
            line.extend_from_slice(&avail[..end]);
            inner.read_pos += end;
            done
        };
        if found || !fill(thread, value, &raw)? {
            return Ok(line);
        }
    }
}

fn readline(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let limit = size_arg(thread, args.values.get(1))?;
    Ok(new_bytes(readline_bytes(thread, &this, limit)?))
}

/// `write(b)`: buffers the bytes, flushing when the buffer is full.
pub fn write_bytes(thread: &mut Thread, value: &Value, data: &[u8]) -> PyResult<usize> {
    let raw = checked_as(thread, value, Some("write to closed file"))?;
    let (writable, readable) = {
        let inner = buf(value)?.inner.lock();
        (inner.writable, inner.readable)
    };
    if !writable {
        return Err(unsupported(thread, "write"));
    }
    if readable {
        drop_read_ahead(thread, value, &raw)?;
    }
    // A standard stream's writer buffers already (and `print` writes there directly).
    if let Some(sink) = fileio::sink_of(&raw) {
        let pending = std::mem::take(&mut buf(value)?.inner.lock().write_buf);
        if !pending.is_empty() {
            raw_write_all(thread, &raw, &pending)?;
        }
        return fileio::write_sink(thread, sink, data);
    }
    let full = {
        let mut inner = buf(value)?.inner.lock();
        inner.write_buf.extend_from_slice(data);
        inner.write_buf.len() >= inner.size
    };
    if full {
        flush_writes(thread, value)?;
    }
    Ok(data.len())
}

fn write(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let data = args.values.get(1).cloned().unwrap_or_default();
    let Some(bytes) = bytes_like(&data) else {
        return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(&data))));
    };
    Ok(Value::Int(write_bytes(thread, &this, &bytes)? as i64))
}

fn flush(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    checked_as(thread, &this, Some("flush of closed file"))?;
    flush_writes(thread, &this)?;
    Ok(Value::None)
}

/// The logical position: the raw position less the bytes read ahead, plus those pending.
pub fn tell_pos(thread: &mut Thread, value: &Value) -> PyResult<i64> {
    let raw = checked(thread, value)?;
    let pos = raw_tell(thread, &raw)?;
    let inner = buf(value)?.inner.lock();
    let pos = pos - (inner.read_buf.len() - inner.read_pos) as i64 + inner.write_buf.len() as i64;
    Ok(pos.max(0))
}

fn tell(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(tell_pos(thread, &this(&args))?))
}

pub fn seek_to(thread: &mut Thread, value: &Value, offset: i64, whence: i64) -> PyResult<i64> {
    if !(0..=2).contains(&whence) {
        return Err(value_error(format!("whence value {whence} unsupported")));
    }
    let raw = checked(thread, value)?;
    flush_writes(thread, value)?;
    let ahead = {
        let mut inner = buf(value)?.inner.lock();
        let ahead = inner.read_buf.len() - inner.read_pos;
        inner.read_buf.clear();
        inner.read_pos = 0;
        ahead as i64
    };
    let offset = if whence == 1 { offset - ahead } else { offset };
    raw_seek(thread, &raw, offset, whence)
}

fn seek(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let offset = args.values.get(1).cloned().unwrap_or_default();
    if matches!(offset, Value::Float(_)) {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let offset = protocols::number::index_of(thread, &offset)?;
    let whence = match args.values.get(2) {
        Some(w) => protocols::number::index_of(thread, w)?,
        None => 0,
    };
    Ok(Value::Int(seek_to(thread, &this, offset, whence)?))
}

fn truncate(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let raw = checked(thread, &this)?;
    if !buf(&this)?.inner.lock().writable {
        return Err(unsupported(thread, "truncate"));
    }
    flush_writes(thread, &this)?;
    let pos = match args.values.get(1) {
        None | Some(Value::None) => Value::Int(tell_pos(thread, &this)?),
        Some(v) => v.clone(),
    };
    drop_read_ahead(thread, &this, &raw)?;
    call_method(thread, &raw, "truncate", &[pos])
}

fn close(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let raw = raw_of(&this)?;
    if raw_closed(thread, &raw)? {
        return Ok(Value::None);
    }
    let flushed = flush_writes(thread, &this);
    {
        let mut inner = buf(&this)?.inner.lock();
        inner.read_buf.clear();
        inner.read_pos = 0;
        inner.write_buf.clear();
    }
    let closed = call_method(thread, &raw, "close", &[]);
    flushed?;
    closed.map(|_| Value::None)
}

fn detach(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    raw_of(&this)?;
    flush_writes(thread, &this)?;
    let mut inner = buf(&this)?.inner.lock();
    inner.detached = true;
    Ok(std::mem::take(&mut inner.raw))
}

fn delegate(thread: &mut Thread, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let raw = raw_of(&this(args))?;
    call_method(thread, &raw, name, &[])
}

fn fileno(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    delegate(thread, &args, "fileno")
}

fn isatty(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    delegate(thread, &args, "isatty")
}

fn readable(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    delegate(thread, &args, "readable")
}

fn writable(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    delegate(thread, &args, "writable")
}

fn seekable(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    delegate(thread, &args, "seekable")
}

fn raw_getter(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    raw_of(&this(&args))
}

fn closed(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let raw = raw_of(&this(&args))?;
    Ok(Value::Bool(raw_closed(thread, &raw)?))
}

fn name(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let raw = raw_of(&this(&args))?;
    protocols::getattr(thread, &raw, &crate::objects::str::intern("name"))
}

fn mode(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let raw = raw_of(&this(&args))?;
    protocols::getattr(thread, &raw, &crate::objects::str::intern("mode"))
}

fn repr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let class = class_name(&this);
    match protocols::getattr_opt(thread, &this, "name") {
        Ok(Some(name)) => Ok(new_str(format!("<_io.{class} name={}>", protocols::repr(thread, &name)?))),
        _ => Ok(new_str(format!("<_io.{class}>"))),
    }
}

/// The raw stream is what a buffered stream holds (a stream busy in another thread is left
/// out: its lock is taken).
impl crate::gc::traverse::NativeData for Buffered {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(inner) = self.inner.try_lock() {
            visit(&inner.raw);
        }
    }
}
