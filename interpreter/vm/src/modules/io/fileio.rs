//! `FileIO`: a raw stream over an OS file descriptor (std's `File`), and the OSError
//! subclasses CPython raises for a failed system call.

use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::{AsRawFd, FromRawFd, IntoRawFd};

use parking_lot::Mutex;

use super::{new_stream, size_arg, state, this, unsupported, DEFAULT_BUFFER_SIZE};
use crate::builtins::{bytes_like, new_bytes, Method};
use crate::method;
use crate::modules::arguments::bind;
use crate::objects::exception::{exceptions, set_attr, type_error, value_error, PyErr};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::{as_pystr, intern, new_str};
use crate::objects::typeobj::type_name;
use crate::objects::{dict_of, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The state of a FileIO object.
#[derive(Default)]
pub struct FileIo {
    inner: Mutex<FileInner>,
}

#[derive(Default)]
struct FileInner {
    /// None once closed (or before `__init__`).
    file: Option<std::fs::File>,
    closefd: bool,
    readable: bool,
    writable: bool,
    appending: bool,
    created: bool,
    seekable: Option<bool>,
    blksize: usize,
    /// A standard stream's FileIO writes to the interpreter's writer instead of its descriptor.
    sink: Option<StdSink>,
}

/// The interpreter writer a standard stream's FileIO writes to (`Interp.stdout`/`stderr`):
/// the embedder's choice, and the one buffer `print` also writes to, which keeps the order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StdSink {
    Stdout,
    Stderr,
}

impl Drop for FileInner {
    fn drop(&mut self) {
        // A descriptor the stream does not own stays open.
        if let (Some(file), false) = (self.file.take(), self.closefd) {
            let _ = file.into_raw_fd();
        }
    }
}

pub const METHODS: &[Method] = &[
    method!("__new__", fileio_new, StaticMethod),
    method!("__init__", fileio_init),
    method!("__repr__", repr),
    method!("read", read),
    method!("readall", readall),
    method!("readinto", readinto),
    method!("write", write),
    method!("seek", seek),
    method!("tell", tell),
    method!("truncate", truncate),
    method!("close", close),
    method!("flush", flush),
    method!("fileno", fileno),
    method!("isatty", isatty),
    method!("readable", readable),
    method!("writable", writable),
    method!("seekable", seekable),
];

pub const GETTERS: &[(&str, NativeFn)] =
    &[("closed", closed), ("closefd", closefd), ("mode", mode), ("_blksize", blksize)];

/// The OSError subclass for an errno (PEP 3151), as CPython picks it.
fn class_for_errno(errno: i32) -> &'static ObjRef {
    let e = exceptions();
    match errno {
        2 => &e.file_not_found_error,
        17 => &e.file_exists_error,
        21 => &e.is_a_directory_error,
        20 => &e.not_a_directory_error,
        1 | 13 => &e.permission_error,
        11 => &e.blocking_io_error,
        4 => &e.interrupted_error,
        32 => &e.broken_pipe_error,
        _ => &e.os_error,
    }
}

/// The OSError for a failed system call: `OSError(errno, strerror[, filename])` of the
/// subclass its errno picks, with the members set.
pub fn os_error(err: &std::io::Error, filename: Option<Value>) -> PyErr {
    let Some(errno) = err.raw_os_error() else {
        return PyErr::new(&exceptions().os_error, err.to_string());
    };
    let text = err.to_string();
    let strerror = text.split(" (os error").next().unwrap_or(&text).to_string();
    let mut args = vec![Value::Int(i64::from(errno)), new_str(strerror.as_str())];
    args.extend(filename.clone());
    let exc = PyErr::with_args(class_for_errno(errno), args);
    set_attr(&exc, "errno", Value::Int(i64::from(errno)));
    set_attr(&exc, "strerror", new_str(strerror.as_str()));
    set_attr(&exc, "filename", filename.unwrap_or(Value::None));
    set_attr(&exc, "filename2", Value::None);
    exc
}

fn file_state(value: &Value) -> PyResult<&FileIo> {
    state::<FileIo>(value, "FileIO")
}

/// Runs `f` on the open file, or raises FileIO's "closed file" error.
fn with_file<R>(value: &Value, f: impl FnOnce(&mut FileInner) -> PyResult<R>) -> PyResult<R> {
    let fileio = file_state(value)?;
    let mut inner = fileio.inner.lock();
    if inner.file.is_none() {
        return Err(value_error("I/O operation on closed file"));
    }
    f(&mut inner)
}

fn fileio_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match args.values.first() {
        Some(Value::Obj(class)) if matches!(class.payload(), Payload::Type(_)) => {
            Ok(new_stream(class, FileIo::default()))
        }
        _ => Err(type_error("FileIO.__new__(X): X is not a type object")),
    }
}

/// The parsed mode of a FileIO: (readable, writable, appending, created, truncating).
fn parse_mode(mode: &str) -> PyResult<(bool, bool, bool, bool, bool)> {
    let bad = || value_error("Must have exactly one of create/read/write/append mode and at most one plus");
    let (mut rwa, mut plus) = (false, false);
    let (mut readable, mut writable, mut appending, mut created, mut truncating) = (false, false, false, false, false);
    for c in mode.chars() {
        match c {
            'x' | 'r' | 'w' | 'a' => {
                if rwa {
                    return Err(bad());
                }
                rwa = true;
                match c {
                    'x' => (created, writable) = (true, true),
                    'r' => readable = true,
                    'w' => (writable, truncating) = (true, true),
                    _ => (writable, appending) = (true, true),
                }
            }
            '+' => {
                if plus {
                    return Err(bad());
                }
                (readable, writable, plus) = (true, true, true);
            }
            'b' => {}
            _ => return Err(value_error(format!("invalid mode: {mode}"))),
        }
    }
    if !rwa {
        return Err(bad());
    }
    Ok((readable, writable, appending, created, truncating))
}

/// `os.fspath(file)`: a str or bytes path, or the object's `__fspath__()`.
pub fn fspath(thread: &mut Thread, file: &Value) -> PyResult<Value> {
    if as_pystr(file).is_some() || matches!(file.payload(), Some(Payload::Bytes(_))) {
        return Ok(file.clone());
    }
    let Some(method) = protocols::special(file, "__fspath__") else {
        return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", type_name(file))));
    };
    let path = crate::call::call_method(thread, &method, file, std::slice::from_ref(file))?;
    if as_pystr(&path).is_some() || matches!(path.payload(), Some(Payload::Bytes(_))) {
        return Ok(path);
    }
    Err(type_error(format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        type_name(file),
        type_name(&path)
    )))
}

fn path_text(path: &Value) -> PyResult<std::path::PathBuf> {
    let bytes: Vec<u8> = match (as_pystr(path), path.payload()) {
        (Some(s), _) => s.as_str().into_owned().into_bytes(),
        (_, Some(Payload::Bytes(b))) => b.to_vec(),
        _ => Vec::new(),
    };
    if bytes.contains(&0) {
        return Err(value_error("embedded null character"));
    }
    #[cfg(any(unix, target_os = "wasi"))]
    {
        #[cfg(unix)]
        use std::os::unix::ffi::OsStringExt;
        #[cfg(target_os = "wasi")]
        use std::os::wasi::ffi::OsStringExt;
        Ok(std::path::PathBuf::from(std::ffi::OsString::from_vec(bytes)))
    }
}

fn fileio_init(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let rest = Args { values: &args.values[1..], kwnames: args.kwnames };
    let a = bind("FileIO", &rest, &["file", "mode", "closefd", "opener"], 1)?;
    let file = a[0].clone().unwrap_or_default();
    let mode = match &a[1] {
        None => "r".to_string(),
        Some(m) => crate::modules::arguments::req_str(&Some(m.clone()), "FileIO", "mode")?,
    };
    let closefd = match &a[2] {
        None => true,
        Some(v) => protocols::truthy(thread, v)?,
    };
    let opener = a[3].clone().filter(|o| !o.is_none());
    let (readable, writable, appending, created, truncating) = parse_mode(&mode)?;
    let fileio = file_state(&this)?;
    if fileio.inner.lock().file.is_some() {
        // Re-initialising closes the old descriptor first, as CPython does.
        let old = std::mem::take(&mut *fileio.inner.lock());
        drop(old);
    }
    let (opened, name) = match &file {
        Value::Float(_) => return Err(type_error("integer argument expected, got float")),
        Value::Int(_) | Value::Bool(_) => {
            let fd = match file {
                Value::Bool(b) => i64::from(b),
                Value::Int(fd) => fd,
                _ => -1,
            };
            if fd < 0 {
                return Err(value_error("negative file descriptor"));
            }
            (from_fd(fd as i32), file.clone())
        }
        _ => {
            let path = fspath(thread, &file)?;
            if !closefd {
                return Err(value_error("Cannot use closefd=False with file name"));
            }
            let os_path = path_text(&path)?;
            let opened = match opener {
                Some(opener) => {
                    let flags = open_flags(readable, writable, appending, created, truncating);
                    let fd = crate::call::call(thread, &opener, Args::positional(&[path.clone(), Value::Int(flags)]))?;
                    let fd = protocols::number::index_of(thread, &fd)?;
                    if fd < 0 {
                        return Err(value_error(format!("opener returned {fd}")));
                    }
                    from_fd(fd as i32)
                }
                None => {
                    let mut options = std::fs::OpenOptions::new();
                    options.read(readable).write(writable && !appending).append(appending);
                    if created {
                        options.create_new(true);
                    } else if writable && !readable || appending || truncating {
                        options.create(writable).truncate(truncating);
                    }
                    #[cfg(unix)]
                    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o666);
                    options.open(&os_path).map_err(|e| os_error(&e, Some(path.clone())))?
                }
            };
            if let Ok(meta) = opened.metadata() {
                if meta.is_dir() {
                    let err = std::io::Error::from_raw_os_error(21);
                    return Err(os_error(&err, Some(path.clone())));
                }
            }
            (opened, path)
        }
    };
    let mut opened = opened;
    if appending {
        let _ = opened.seek(SeekFrom::End(0));
    }
    #[cfg(unix)]
    let blksize = opened
        .metadata()
        .map(|m| std::os::unix::fs::MetadataExt::blksize(&m) as usize)
        .ok()
        .filter(|&b| b > 1)
        .unwrap_or(DEFAULT_BUFFER_SIZE);
    #[cfg(not(unix))]
    let blksize = DEFAULT_BUFFER_SIZE;
    *fileio.inner.lock() = FileInner {
        file: Some(opened),
        closefd,
        readable,
        writable,
        appending,
        created,
        seekable: None,
        blksize,
        sink: None,
    };
    if let Some(dict) = this.as_obj().and_then(|o| o.dict().as_ref()).and_then(dict_of) {
        dict.set_str(&intern("name"), name);
    }
    Ok(Value::None)
}

fn from_fd(fd: i32) -> std::fs::File {
    #[allow(unsafe_code)]
    // SAFETY: the caller gave this descriptor to the stream; with closefd=False it is
    // released with `into_raw_fd` instead of being closed.
    unsafe {
        std::fs::File::from_raw_fd(fd)
    }
}

/// The `os.open` flags an opener gets (Linux values).
fn open_flags(readable: bool, writable: bool, appending: bool, created: bool, truncating: bool) -> i64 {
    let mut flags = match (readable, writable) {
        (true, true) => 2,
        (false, true) => 1,
        _ => 0,
    };
    if created {
        flags |= 0o100 | 0o200;
    }
    if truncating {
        flags |= 0o100 | 0o1000;
    }
    if appending {
        flags |= 0o100 | 0o2000;
    }
    flags | 0o2000000
}

fn repr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let class = crate::objects::typeobj::type_data(crate::objects::typeobj::class_of(&this)).name();
    let fileio = file_state(&this)?;
    let (open, closefd, mode) = {
        let inner = fileio.inner.lock();
        (inner.file.is_some(), inner.closefd, mode_text(&inner))
    };
    if !open {
        return Ok(new_str(format!("<_io.{class} [closed]>")));
    }
    let name = protocols::getattr_opt(thread, &this, "name")?;
    let closefd = if closefd { "True" } else { "False" };
    Ok(new_str(match name {
        Some(name) => {
            format!("<_io.{class} name={} mode='{mode}' closefd={closefd}>", protocols::repr(thread, &name)?)
        }
        None => format!("<_io.{class} fd={} mode='{mode}' closefd={closefd}>", raw_fd(&this).unwrap_or(-1)),
    }))
}

fn mode_text(inner: &FileInner) -> &'static str {
    match (inner.created, inner.appending, inner.readable, inner.writable) {
        (true, _, true, _) => "xb+",
        (true, _, false, _) => "xb",
        (_, true, true, _) => "ab+",
        (_, true, false, _) => "ab",
        (_, _, true, true) => "rb+",
        (_, _, true, false) => "rb",
        _ => "wb",
    }
}

fn raw_fd(value: &Value) -> Option<i64> {
    let fileio = file_state(value).ok()?;
    let inner = fileio.inner.lock();
    inner.file.as_ref().map(|f| i64::from(f.as_raw_fd()))
}

/// Reads up to `n` bytes (None: the call would block).
pub fn read_native(value: &Value, n: usize, thread: &mut Thread) -> PyResult<Option<Vec<u8>>> {
    let result = with_file(value, |inner| {
        if !inner.readable {
            return Ok(Err("reading"));
        }
        // A raw read may return fewer bytes than asked: a huge size allocates no more than this.
        let mut buffer = vec![0; n.min(1 << 24)];
        let file = inner.file.as_mut().expect("checked open");
        loop {
            // Detached: a read may block (a pipe, a terminal); the collector need not wait.
            match crate::gc::world::detached(|| file.read(&mut buffer)) {
                Ok(got) => {
                    buffer.truncate(got);
                    return Ok(Ok(Some(buffer)));
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return Ok(Ok(None)),
                Err(e) => return Err(os_error(&e, None)),
            }
        }
    })?;
    result.map_err(|what| unsupported(thread, &format!("File not open for {what}")))
}

/// Reads to the end of the file.
pub fn readall_native(value: &Value, thread: &mut Thread) -> PyResult<Option<Vec<u8>>> {
    let result = with_file(value, |inner| {
        if !inner.readable {
            return Ok(Err("reading"));
        }
        let mut all = Vec::new();
        let file = inner.file.as_mut().expect("checked open");
        match crate::gc::world::detached(|| file.read_to_end(&mut all)) {
            Ok(_) => Ok(Ok(Some(all))),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                Ok(Ok(if all.is_empty() { None } else { Some(all) }))
            }
            Err(e) => Err(os_error(&e, None)),
        }
    })?;
    result.map_err(|what| unsupported(thread, &format!("File not open for {what}")))
}

/// Writes `data`; returns how many bytes the system took (None: it would block).
pub fn write_native(value: &Value, data: &[u8], thread: &mut Thread) -> PyResult<Option<usize>> {
    if let Some(sink) = sink_of(value) {
        return write_sink(thread, sink, data).map(Some);
    }
    let result = with_file(value, |inner| {
        if !inner.writable {
            return Ok(Err("writing"));
        }
        let file = inner.file.as_mut().expect("checked open");
        loop {
            match file.write(data) {
                Ok(n) => return Ok(Ok(Some(n))),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return Ok(Ok(None)),
                Err(e) => return Err(os_error(&e, None)),
            }
        }
    })?;
    result.map_err(|what| unsupported(thread, &format!("File not open for {what}")))
}

/// `lseek`.
pub fn seek_native(value: &Value, offset: i64, whence: i64) -> PyResult<i64> {
    with_file(value, |inner| {
        let file = inner.file.as_mut().expect("checked open");
        let target = match whence {
            0 if offset < 0 => return Err(os_error(&std::io::Error::from_raw_os_error(22), None)),
            0 => SeekFrom::Start(offset as u64),
            1 => SeekFrom::Current(offset),
            2 => SeekFrom::End(offset),
            _ => return Err(value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
        };
        file.seek(target).map(|p| p as i64).map_err(|e| os_error(&e, None))
    })
}

/// Whether a native FileIO is open (None: not a native FileIO).
pub fn native_closed(value: &Value) -> Option<bool> {
    match value.payload() {
        Some(Payload::Native(s)) => s.downcast_ref::<FileIo>().map(|f| f.inner.lock().file.is_none()),
        _ => None,
    }
}

pub fn blksize_of(value: &Value) -> usize {
    file_state(value).map_or(DEFAULT_BUFFER_SIZE, |f| f.inner.lock().blksize.max(1))
}

fn read(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let size = size_arg(thread, args.values.get(1))?;
    let data = if size < 0 { readall_native(&this, thread)? } else { read_native(&this, size as usize, thread)? };
    Ok(data.map_or(Value::None, new_bytes))
}

fn readall(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(readall_native(&this(&args), thread)?.map_or(Value::None, new_bytes))
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
    let size = buffer.lock().len();
    match read_native(&this, size, thread)? {
        None => Ok(Value::None),
        Some(data) => {
            let mut buffer = buffer.lock();
            let n = data.len().min(buffer.len());
            buffer[..n].copy_from_slice(&data[..n]);
            Ok(Value::Int(n as i64))
        }
    }
}

fn write(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let data = args.values.get(1).cloned().unwrap_or_default();
    let Some(bytes) = bytes_like(&data) else {
        return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(&data))));
    };
    Ok(write_native(&this, &bytes, thread)?.map_or(Value::None, |n| Value::Int(n as i64)))
}

fn seek(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let offset = args.values.get(1).cloned().unwrap_or_default();
    if matches!(offset, Value::Float(_)) {
        return Err(type_error("an integer is required"));
    }
    let offset = protocols::number::index_of(thread, &offset)?;
    let whence = match args.values.get(2) {
        Some(w) => protocols::number::index_of(thread, w)?,
        None => 0,
    };
    Ok(Value::Int(seek_native(&this, offset, whence)?))
}

fn tell(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(seek_native(&this(&args), 0, 1)?))
}

fn truncate(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let size = match args.values.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(protocols::number::index_of(thread, v)?),
    };
    let result = with_file(&this, |inner| {
        if !inner.writable {
            return Ok(Err(()));
        }
        let file = inner.file.as_mut().expect("checked open");
        let size = match size {
            Some(s) => s,
            None => file.stream_position().map_err(|e| os_error(&e, None))? as i64,
        };
        if size < 0 {
            return Err(os_error(&std::io::Error::from_raw_os_error(22), None));
        }
        file.set_len(size as u64).map_err(|e| os_error(&e, None))?;
        Ok(Ok(size))
    })?;
    match result {
        Ok(size) => Ok(Value::Int(size)),
        Err(()) => Err(unsupported(thread, "File not open for writing")),
    }
}

fn close(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    let fileio = file_state(&this)?;
    let was_open = fileio.inner.lock().file.is_some();
    if !was_open {
        return Ok(Value::None);
    }
    // `_RawIOBase.close` marks the object closed after `flush` (which does nothing here).
    let old = std::mem::take(&mut *fileio.inner.lock());
    drop(old);
    let _ = thread;
    Ok(Value::None)
}

fn fileno(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    with_file(&this(&args), |inner| Ok(Value::Int(i64::from(inner.file.as_ref().expect("open").as_raw_fd()))))
}

fn isatty(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    use std::io::IsTerminal;
    with_file(&this(&args), |inner| Ok(Value::Bool(inner.file.as_ref().expect("open").is_terminal())))
}

fn readable(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    with_file(&this(&args), |inner| Ok(Value::Bool(inner.readable)))
}

fn writable(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    with_file(&this(&args), |inner| Ok(Value::Bool(inner.writable)))
}

fn seekable(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    with_file(&this(&args), |inner| {
        if inner.seekable.is_none() {
            let file = inner.file.as_mut().expect("open");
            inner.seekable = Some(file.stream_position().is_ok());
        }
        Ok(Value::Bool(inner.seekable == Some(true)))
    })
}

fn closed(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(file_state(&this(&args))?.inner.lock().file.is_none()))
}

fn closefd(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(file_state(&this(&args))?.inner.lock().closefd))
}

fn mode(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(new_str(mode_text(&file_state(&this(&args))?.inner.lock())))
}

fn blksize(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(blksize_of(&this(&args)) as i64))
}

/// Writes all of `data` to a native FileIO without an interpreter (a buffered writer being
/// freed); errors are dropped, as CPython's finalizer reports but does not raise them.
pub fn write_all_quiet(value: &Value, data: &[u8]) -> std::io::Result<()> {
    let Some(Payload::Native(s)) = value.payload() else { return Ok(()) };
    let Some(fileio) = s.downcast_ref::<FileIo>() else { return Ok(()) };
    let mut inner = fileio.inner.lock();
    match inner.file.as_mut() {
        Some(file) => file.write_all(data),
        None => Ok(()),
    }
}

/// A FileIO over a standard descriptor (`closefd=False`, named `<stdin>` ...), or None when the
/// descriptor is not open (CPython then makes that `sys` stream None).
pub fn new_std(fd: i32, name: &str, sink: Option<StdSink>) -> Option<Value> {
    let file = std::mem::ManuallyDrop::new(from_fd(fd));
    let meta = file.metadata().ok()?;
    if reopened_by_rust(fd, &meta) {
        return None;
    }
    #[cfg(unix)]
    let blksize = (std::os::unix::fs::MetadataExt::blksize(&meta) as usize).max(1);
    #[cfg(not(unix))]
    let blksize = {
        let _ = meta;
        DEFAULT_BUFFER_SIZE
    };
    let inner = FileInner {
        file: Some(std::mem::ManuallyDrop::into_inner(file)),
        closefd: false,
        readable: fd == 0,
        writable: fd != 0,
        appending: false,
        created: false,
        seekable: None,
        blksize,
        sink,
    };
    let stream = new_stream(&super::io_types().fileio, FileIo { inner: Mutex::new(inner) });
    if let Some(dict) = stream.as_obj().and_then(|o| o.dict().as_ref()).and_then(dict_of) {
        dict.set_str(&intern("name"), new_str(name));
    }
    Some(stream)
}

/// Rust's runtime reopens a standard descriptor that was closed at start-up on /dev/null,
/// read-write; a shell redirection opens it for reading or for writing only. Such a
/// descriptor counts as closed, as CPython sees it.
#[cfg(unix)]
fn reopened_by_rust(fd: i32, meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(null) = std::fs::metadata("/dev/null") else { return false };
    if (meta.dev(), meta.ino(), meta.rdev()) != (null.dev(), null.ino(), null.rdev()) {
        return false;
    }
    #[allow(unsafe_code)]
    // SAFETY: F_GETFL only reads the flags of a descriptor; a bad one gives -1.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    flags >= 0 && flags & libc::O_ACCMODE == libc::O_RDWR
}

#[cfg(not(unix))]
fn reopened_by_rust(_fd: i32, _meta: &std::fs::Metadata) -> bool {
    false
}

/// The sink of an open standard-stream FileIO.
pub fn sink_of(value: &Value) -> Option<StdSink> {
    let Some(Payload::Native(s)) = value.payload() else { return None };
    let inner = s.downcast_ref::<FileIo>()?.inner.lock();
    inner.file.as_ref()?;
    inner.sink
}

/// Writes to the interpreter's writer; stderr first flushes stdout, so that what a program
/// printed comes before its errors.
pub fn write_sink(thread: &mut Thread, sink: StdSink, data: &[u8]) -> PyResult<usize> {
    let written = match sink {
        StdSink::Stdout => thread.interp.stdout.lock().write_all(data),
        StdSink::Stderr => {
            let _ = thread.interp.stdout.lock().flush();
            let mut stderr = thread.interp.stderr.lock();
            stderr.write_all(data).and_then(|_| stderr.flush())
        }
    };
    written.map_err(|e| os_error(&e, None))?;
    Ok(data.len())
}

/// Flushes the interpreter's writer behind a standard-stream FileIO (nothing for others).
pub fn flush_sink(thread: &mut Thread, raw: &Value) -> PyResult<()> {
    let flushed = match sink_of(raw) {
        Some(StdSink::Stdout) => thread.interp.stdout.lock().flush(),
        Some(StdSink::Stderr) => thread.interp.stderr.lock().flush(),
        None => Ok(()),
    };
    flushed.map_err(|e| os_error(&e, None))
}

/// `flush()`: nothing to do for a descriptor; a standard stream flushes its writer.
fn flush(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args);
    if native_closed(&this) != Some(false) {
        return Err(value_error("I/O operation on closed file."));
    }
    flush_sink(thread, &this)?;
    Ok(Value::None)
}

/// Whether a FileIO is a terminal, and whether it can seek (asked once, when a standard
/// stream is made).
pub fn probe(value: &Value) -> (bool, bool) {
    use std::io::IsTerminal;
    let Ok(fileio) = file_state(value) else { return (false, false) };
    let mut inner = fileio.inner.lock();
    let Some(file) = inner.file.as_mut() else { return (false, false) };
    let (tty, seekable) = (file.is_terminal(), file.stream_position().is_ok());
    inner.seekable = Some(seekable);
    (tty, seekable)
}

/// Holds no references the cycle collector must follow.
impl crate::gc::traverse::NativeData for FileIo {}
