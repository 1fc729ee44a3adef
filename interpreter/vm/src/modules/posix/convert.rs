//! What the `posix` functions share: binding their arguments (positional, then keyword-only),
//! turning path arguments into bytes (str, bytes, os.PathLike, and file descriptors where a
//! function takes them), the file system encoding (UTF-8 with surrogateescape), and the OSError
//! of a failed call.

use std::ffi::CString;

use crate::builtins::new_bytes;
use crate::objects::exception::{exceptions, set_attr, type_error, value_error, PyErr};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, new_str, str_object, PyString};
use crate::objects::typeobj::type_name;
use crate::objects::Payload;
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

/// The arguments of `function(positional..., *, keyword_only...)`, the first `required`
/// of them required; None for those not given.
pub fn bind_kw(
    function: &str,
    args: &Args<'_>,
    positional: &[&str],
    keyword_only: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos = args.pos();
    if pos.len() > positional.len() {
        let kind = if required >= positional.len() { "exactly" } else { "at most" };
        let n = positional.len();
        return Err(type_error(format!(
            "{function}() takes {kind} {n} positional argument{} ({} given)",
            if n == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let names: Vec<&str> = positional.iter().chain(keyword_only).copied().collect();
    crate::modules::arguments::bind_keywords(function, args, &names, required.min(positional.len()))
}

/// Exactly `n` positional arguments, for the functions CPython parses positionally
/// (`read expected 2 arguments, got 1`).
pub fn exact<'a>(function: &str, args: &Args<'a>, n: usize) -> PyResult<&'a [Value]> {
    let pos = args.pos();
    if !args.kwnames.is_empty() {
        return Err(type_error(format!("{function}() takes no keyword arguments")));
    }
    if pos.len() == n {
        return Ok(pos);
    }
    Err(type_error(match n {
        0 => format!("posix.{function}() takes no arguments ({} given)", pos.len()),
        1 => format!("{function}() takes exactly one argument ({} given)", pos.len()),
        _ => format!("{function} expected {n} arguments, got {}", pos.len()),
    }))
}

/// An int argument (`__index__`).
pub fn int_arg(thread: &mut Thread, value: &Value) -> PyResult<i64> {
    protocols::number::index_of(thread, value)
}

/// A file descriptor argument: an int that fits a C int.
pub fn fd_arg(thread: &mut Thread, value: &Value) -> PyResult<i32> {
    let n = int_arg(thread, value)?;
    i32::try_from(n).map_err(|_| {
        PyErr::new(
            &exceptions().overflow_error,
            if n < 0 { "fd is less than minimum" } else { "fd is greater than maximum" },
        )
    })
}

/// An optional bool argument (truth of any object), `default` when absent.
pub fn flag_arg(thread: &mut Thread, value: &Option<Value>, default: bool) -> PyResult<bool> {
    match value {
        None => Ok(default),
        Some(v) => protocols::truthy(thread, v),
    }
}

/// A `dir_fd` argument: None (or absent) is the current directory.
pub fn dir_fd_arg(thread: &mut Thread, value: &Option<Value>) -> PyResult<i32> {
    match value {
        None | Some(Value::None) => Ok(libc::AT_FDCWD),
        Some(v) => fd_arg(thread, v),
    }
}

/// A path argument, converted.
pub struct PathArg {
    /// The object given, which errors name as their `filename`.
    pub object: Value,
    /// The path's bytes (empty for a file descriptor).
    pub bytes: Vec<u8>,
    /// Whether it was given as bytes: results made from it are bytes too.
    pub is_bytes: bool,
    /// The file descriptor, when one was given instead of a path.
    pub fd: Option<i32>,
}

impl PathArg {
    /// The path as a C string (the bytes have no NUL: checked at conversion).
    pub fn c_path(&self) -> CString {
        CString::new(self.bytes.clone()).unwrap_or_default()
    }

    /// A path of the same kind (str or bytes) as this argument.
    pub fn same_kind(&self, bytes: Vec<u8>) -> Value {
        if self.is_bytes {
            new_bytes(bytes)
        } else {
            fs_decode(&bytes)
        }
    }
}

/// What a function's path parameter accepts besides str, bytes and os.PathLike.
#[derive(Clone, Copy, PartialEq)]
pub enum Accepts {
    Path,
    PathOrFd,
    PathFdOrNone,
}

/// Converts the argument `name` of `function`: str, bytes, an os.PathLike giving one of those,
/// or (as `accepts` says) a file descriptor or None. Errors have CPython's wording.
pub fn path_arg(thread: &mut Thread, function: &str, name: &str, value: &Value, accepts: Accepts) -> PyResult<PathArg> {
    let wrong = || {
        let what = match accepts {
            Accepts::Path => "string, bytes or os.PathLike",
            Accepts::PathOrFd => "string, bytes, os.PathLike or integer",
            Accepts::PathFdOrNone => "string, bytes, os.PathLike, integer or None",
        };
        type_error(format!("{function}: {name} should be {what}, not {}", type_name(value)))
    };
    let fd_allowed = matches!(accepts, Accepts::PathOrFd | Accepts::PathFdOrNone);
    let mut object = value.clone();
    let (bytes, is_bytes) = if let Some(text) = as_pystr(value) {
        (fs_encode(text)?, false)
    } else if let Some(Payload::Bytes(b)) = value.payload() {
        (b.to_vec(), true)
    } else if value.is_none() && accepts == Accepts::PathFdOrNone {
        return Ok(PathArg { object, bytes: b".".to_vec(), is_bytes: false, fd: None });
    } else if fd_allowed && protocols::special(value, "__index__").is_some() {
        let fd = fd_arg(thread, value)?;
        return Ok(PathArg { object, bytes: Vec::new(), is_bytes: false, fd: Some(fd) });
    } else if protocols::special(value, "__fspath__").is_some() {
        let path = crate::modules::io::fspath(thread, value)?;
        let converted = match (as_pystr(&path), path.payload()) {
            (Some(text), _) => (fs_encode(text)?, false),
            (_, Some(Payload::Bytes(b))) => (b.to_vec(), true),
            _ => return Err(wrong()),
        };
        // Errors name the str or bytes path, as CPython's do, not the os.PathLike object.
        object = path;
        converted
    } else {
        return Err(wrong());
    };
    if bytes.contains(&0) {
        return Err(value_error(format!("{function}: embedded null character in {name}")));
    }
    Ok(PathArg { object, bytes, is_bytes, fd: None })
}

/// The bytes of a str path: UTF-8, with surrogateescape'd bytes given back.
pub fn fs_encode(text: &PyString) -> PyResult<Vec<u8>> {
    if let Some(utf8) = text.as_utf8() {
        return Ok(utf8.as_bytes().to_vec());
    }
    let points: Vec<u32> = text.code_points().collect();
    crate::modules::codecs::encode_text(&points, "utf-8", "surrogateescape")
}

/// The str of a path's bytes: UTF-8, with undecodable bytes as lone surrogates.
pub fn fs_decode(bytes: &[u8]) -> Value {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return new_str(text);
    }
    let codec = crate::modules::codecs::Codec::Utf8;
    match crate::modules::codecs::decode::decode(None, codec, bytes, "surrogateescape") {
        Ok(wtf8) => str_object(PyString::from_wtf8(&wtf8)),
        Err(_) => new_str(String::from_utf8_lossy(bytes).into_owned()),
    }
}

/// The errno of the last failed call on this thread.
pub fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// The message of an errno, as `strerror` gives it.
pub fn strerror_text(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    match text.rfind(" (os error ") {
        Some(end) => text[..end].to_string(),
        None => text,
    }
}

/// The OSError (of the subclass PEP 3151 picks) for `errno`, naming the files involved.
pub fn os_error(errno: i32, filename: Option<&Value>, filename2: Option<&Value>) -> PyErr {
    let strerror = new_str(strerror_text(errno));
    let exc = PyErr::with_args(class_for_errno(errno), vec![Value::Int(i64::from(errno)), strerror.clone()]);
    set_attr(&exc, "errno", Value::Int(i64::from(errno)));
    set_attr(&exc, "strerror", strerror);
    set_attr(&exc, "filename", filename.cloned().unwrap_or(Value::None));
    set_attr(&exc, "filename2", filename2.cloned().unwrap_or(Value::None));
    exc
}

/// The OSError of the last failed call, naming `path` unless it was a file descriptor.
pub fn path_error(path: &PathArg) -> PyErr {
    let errno = last_errno();
    match path.fd {
        Some(_) => os_error(errno, None, None),
        None => os_error(errno, Some(&path.object), None),
    }
}

/// The OSError subclass PEP 3151 gives `errno`.
fn class_for_errno(errno: i32) -> &'static crate::value::ObjRef {
    let e = exceptions();
    match errno {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => &e.blocking_io_error,
        libc::ECHILD => &e.child_process_error,
        libc::EPIPE | libc::ESHUTDOWN => &e.broken_pipe_error,
        libc::ECONNABORTED => &e.connection_aborted_error,
        libc::ECONNREFUSED => &e.connection_refused_error,
        libc::ECONNRESET => &e.connection_reset_error,
        libc::EEXIST => &e.file_exists_error,
        libc::ENOENT => &e.file_not_found_error,
        libc::EINTR => &e.interrupted_error,
        libc::EISDIR => &e.is_a_directory_error,
        libc::ENOTDIR => &e.not_a_directory_error,
        libc::EPERM | libc::EACCES => &e.permission_error,
        libc::ESRCH => &e.process_lookup_error,
        libc::ETIMEDOUT => &e.timeout_error,
        _ => &e.os_error,
    }
}

/// Runs a system call until it is not interrupted by a signal (PEP 475): between tries the
/// main thread runs the Python signal handlers, whose exception ends the call. The call runs
/// detached (it may block, and touches no object), so the cycle collector need not wait for it.
pub fn retry<T: PartialEq + From<i8>>(thread: &mut Thread, mut call: impl FnMut() -> T) -> PyResult<Result<T, i32>> {
    loop {
        let result = crate::gc::world::detached(&mut call);
        if result != T::from(-1) {
            return Ok(Ok(result));
        }
        let errno = last_errno();
        if errno != libc::EINTR {
            return Ok(Err(errno));
        }
        thread.interrupt_point()?;
    }
}
