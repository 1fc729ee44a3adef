//! File descriptors: `open`, `close`, `read`, `write`, `lseek`, `dup`, `pipe`, their flags
//! (inheritable, blocking) and what they are connected to (`isatty`, `device_encoding`,
//! `get_terminal_size`). Descriptors the functions make are non-inheritable (PEP 446).

#![allow(unsafe_code)]

use std::sync::OnceLock;

use super::convert::{bind_kw, dir_fd_arg, exact, fd_arg, int_arg, os_error, path_arg, path_error, retry, Accepts};
use crate::builtins::{bytes_like, new_bytes};
use crate::modules::structseq;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::str::new_str;
use crate::objects::tuple_of;
use crate::objects::typeobj::type_name;
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

fn fd_error(errno: i32) -> crate::objects::exception::PyErr {
    os_error(errno, None, None)
}

/// `open(path, flags, mode=0o777, *, dir_fd=None)`.
pub fn open(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("open", &args, &["path", "flags", "mode"], &["dir_fd"], 2)?;
    let path = path_arg(thread, "open", "path", a[0].as_ref().unwrap_or(&Value::None), Accepts::Path)?;
    let flags = int_arg(thread, a[1].as_ref().unwrap_or(&Value::None))? as libc::c_int;
    let mode = match &a[2] {
        Some(m) => int_arg(thread, m)? as libc::c_uint,
        None => 0o777,
    };
    let dir_fd = dir_fd_arg(thread, &a[3])?;
    let c_path = path.c_path();
    // SAFETY: `c_path` is NUL-terminated; the mode is passed as C's variadic argument.
    match retry(thread, || unsafe { libc::openat(dir_fd, c_path.as_ptr(), flags | libc::O_CLOEXEC, mode) })? {
        Ok(fd) => Ok(Value::Int(i64::from(fd))),
        Err(_) => Err(path_error(&path)),
    }
}

/// `close(fd)`.
pub fn close(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("close", &args, &["fd"], &[], 1)?;
    let fd = fd_arg(thread, a[0].as_ref().unwrap_or(&Value::None))?;
    // SAFETY: closing a number is harmless to memory; a wrong one gives EBADF.
    if unsafe { libc::close(fd) } == -1 {
        return Err(fd_error(super::convert::last_errno()));
    }
    Ok(Value::None)
}

/// `closerange(fd_low, fd_high)`: errors are ignored.
pub fn closerange(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [low, high] = exact("closerange", &args, 2)? else { return Ok(Value::None) };
    let (low, high) = (fd_arg(thread, low)?, fd_arg(thread, high)?);
    for fd in low.max(0)..high {
        // SAFETY: as in `close`.
        unsafe { libc::close(fd) };
    }
    Ok(Value::None)
}

/// `read(fd, length)`.
pub fn read(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [fd, length] = exact("read", &args, 2)? else { return Ok(Value::None) };
    let fd = fd_arg(thread, fd)?;
    let length = int_arg(thread, length)?;
    if length < 0 {
        return Err(value_error("negative length"));
    }
    let mut buffer = vec![0u8; length as usize];
    // SAFETY: `buffer` has room for `length` bytes.
    match retry(thread, || unsafe { libc::read(fd, buffer.as_mut_ptr().cast(), buffer.len()) })? {
        Ok(n) => {
            buffer.truncate(n as usize);
            Ok(new_bytes(buffer))
        }
        Err(errno) => Err(fd_error(errno)),
    }
}

/// `write(fd, data)`: how many bytes were written.
pub fn write(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [fd, data] = exact("write", &args, 2)? else { return Ok(Value::None) };
    let fd = fd_arg(thread, fd)?;
    let Some(data) = bytes_like(data) else {
        return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(data))));
    };
    // SAFETY: `data` holds `data.len()` readable bytes.
    match retry(thread, || unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) })? {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(errno) => Err(fd_error(errno)),
    }
}

/// `lseek(fd, position, whence)`: the new position.
pub fn lseek(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [fd, position, whence] = exact("lseek", &args, 3)? else { return Ok(Value::None) };
    let fd = fd_arg(thread, fd)?;
    let position = int_arg(thread, position)?;
    let whence = int_arg(thread, whence)? as libc::c_int;
    // SAFETY: plain system call on numbers.
    let result = unsafe { libc::lseek(fd, position as libc::off_t, whence) };
    if result == -1 {
        return Err(fd_error(super::convert::last_errno()));
    }
    Ok(Value::Int(result as i64))
}

/// `fsync(fd)`: also takes an object with `fileno()`.
pub fn fsync(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("fsync", &args, &["fd"], &[], 1)?;
    let given = a[0].clone().unwrap_or_default();
    let fd = match protocols::special(&given, "__index__") {
        Some(_) => fd_arg(thread, &given)?,
        None => {
            let fileno = crate::modules::io::call_method(thread, &given, "fileno", &[])?;
            fd_arg(thread, &fileno)?
        }
    };
    // SAFETY: plain system call on a number.
    match retry(thread, || unsafe { libc::fsync(fd) })? {
        Ok(_) => Ok(Value::None),
        Err(errno) => Err(fd_error(errno)),
    }
}

/// `ftruncate(fd, length)`.
pub fn ftruncate(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [fd, length] = exact("ftruncate", &args, 2)? else { return Ok(Value::None) };
    let fd = fd_arg(thread, fd)?;
    let length = int_arg(thread, length)?;
    // SAFETY: plain system call on numbers.
    match retry(thread, || unsafe { libc::ftruncate(fd, length as libc::off_t) })? {
        Ok(_) => Ok(Value::None),
        Err(errno) => Err(fd_error(errno)),
    }
}

/// `truncate(path, length)`.
pub fn truncate(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("truncate", &args, &["path", "length"], &[], 2)?;
    let path = path_arg(thread, "truncate", "path", a[0].as_ref().unwrap_or(&Value::None), Accepts::PathOrFd)?;
    let length = int_arg(thread, a[1].as_ref().unwrap_or(&Value::None))? as libc::off_t;
    let c_path = path.c_path();
    let result = match path.fd {
        // SAFETY: plain system calls; `c_path` is NUL-terminated.
        Some(fd) => retry(thread, || unsafe { libc::ftruncate(fd, length) })?,
        None => retry(thread, || unsafe { libc::truncate(c_path.as_ptr(), length) })?,
    };
    match result {
        Ok(_) => Ok(Value::None),
        Err(_) => Err(path_error(&path)),
    }
}

/// `dup(fd)`: a new, non-inheritable descriptor.
pub fn dup(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [fd] = exact("dup", &args, 1)? else { return Ok(Value::None) };
    let fd = fd_arg(thread, fd)?;
    // SAFETY: plain system call on numbers.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if new == -1 {
        return Err(fd_error(super::convert::last_errno()));
    }
    Ok(Value::Int(i64::from(new)))
}

/// `dup2(fd, fd2, inheritable=True)`.
pub fn dup2(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("dup2", &args, &["fd", "fd2", "inheritable"], &[], 2)?;
    let fd = fd_arg(thread, a[0].as_ref().unwrap_or(&Value::None))?;
    let fd2 = fd_arg(thread, a[1].as_ref().unwrap_or(&Value::None))?;
    let inheritable = super::convert::flag_arg(thread, &a[2], true)?;
    // SAFETY: plain system call on numbers.
    let new = unsafe { libc::dup2(fd, fd2) };
    if new == -1 {
        return Err(fd_error(super::convert::last_errno()));
    }
    if !inheritable {
        set_cloexec(new, true).map_err(fd_error)?;
    }
    Ok(Value::Int(i64::from(new)))
}

/// `pipe()`: `(read_end, write_end)`, both non-inheritable.
pub fn pipe(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    exact("pipe", &args, 0)?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for the two descriptors.
    if unsafe { libc::pipe(fds.as_mut_ptr()) } == -1 {
        return Err(fd_error(super::convert::last_errno()));
    }
    for fd in fds {
        set_cloexec(fd, true).map_err(fd_error)?;
    }
    Ok(tuple_of([Value::Int(i64::from(fds[0])), Value::Int(i64::from(fds[1]))]))
}

/// `isatty(fd)`.
pub fn isatty(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [fd] = exact("isatty", &args, 1)? else { return Ok(Value::None) };
    let fd = fd_arg(thread, fd)?;
    // SAFETY: plain system call on a number.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

/// `device_encoding(fd)`: the terminal's encoding (UTF-8, the locale's), or None.
pub fn device_encoding(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("device_encoding", &args, &["fd"], &[], 1)?;
    let fd = fd_arg(thread, a[0].as_ref().unwrap_or(&Value::None))?;
    // SAFETY: plain system call on a number.
    if unsafe { libc::isatty(fd) } == 1 {
        return Ok(new_str("UTF-8"));
    }
    Ok(Value::None)
}

fn fd_flags(fd: i32, get: libc::c_int) -> Result<libc::c_int, i32> {
    // SAFETY: plain system call on numbers.
    let flags = unsafe { libc::fcntl(fd, get) };
    if flags == -1 {
        return Err(super::convert::last_errno());
    }
    Ok(flags)
}

fn set_fd_flag(fd: i32, get: libc::c_int, set: libc::c_int, flag: libc::c_int, on: bool) -> Result<(), i32> {
    let flags = fd_flags(fd, get)?;
    let new = if on { flags | flag } else { flags & !flag };
    // SAFETY: plain system call on numbers.
    if new != flags && unsafe { libc::fcntl(fd, set, new) } == -1 {
        return Err(super::convert::last_errno());
    }
    Ok(())
}

/// Sets or clears close-on-exec.
pub fn set_cloexec(fd: i32, on: bool) -> Result<(), i32> {
    set_fd_flag(fd, libc::F_GETFD, libc::F_SETFD, libc::FD_CLOEXEC, on)
}

/// `get_inheritable(fd)`.
pub fn get_inheritable(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [fd] = exact("get_inheritable", &args, 1)? else { return Ok(Value::None) };
    let fd = fd_arg(thread, fd)?;
    let flags = fd_flags(fd, libc::F_GETFD).map_err(fd_error)?;
    Ok(Value::Bool(flags & libc::FD_CLOEXEC == 0))
}

/// `set_inheritable(fd, inheritable)`.
pub fn set_inheritable(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [fd, inheritable] = exact("set_inheritable", &args, 2)? else { return Ok(Value::None) };
    let fd = fd_arg(thread, fd)?;
    let inheritable = int_arg(thread, inheritable)? != 0;
    set_cloexec(fd, !inheritable).map_err(fd_error)?;
    Ok(Value::None)
}

/// `get_blocking(fd)`.
pub fn get_blocking(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [fd] = exact("get_blocking", &args, 1)? else { return Ok(Value::None) };
    let fd = fd_arg(thread, fd)?;
    let flags = fd_flags(fd, libc::F_GETFL).map_err(fd_error)?;
    Ok(Value::Bool(flags & libc::O_NONBLOCK == 0))
}

/// `set_blocking(fd, blocking)`.
pub fn set_blocking(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [fd, blocking] = exact("set_blocking", &args, 2)? else { return Ok(Value::None) };
    let fd = fd_arg(thread, fd)?;
    let blocking = int_arg(thread, blocking)? != 0;
    set_fd_flag(fd, libc::F_GETFL, libc::F_SETFL, libc::O_NONBLOCK, !blocking).map_err(fd_error)?;
    Ok(Value::None)
}

/// The `os.terminal_size` type.
pub fn terminal_size_type() -> &'static ObjRef {
    static TYPE: OnceLock<ObjRef> = OnceLock::new();
    TYPE.get_or_init(|| structseq::new_type("os", "terminal_size", &["columns", "lines"]))
}

/// `get_terminal_size(fd=1)`: `terminal_size(columns, lines)`.
pub fn get_terminal_size(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 1 || !args.kwnames.is_empty() {
        return Err(type_error(format!("get_terminal_size expected at most 1 argument, got {}", args.values.len())));
    }
    let fd = match pos.first() {
        Some(v) => fd_arg(thread, v)?,
        None => 1,
    };
    // SAFETY: `winsize` is plain data; TIOCGWINSZ writes one.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) } == -1 {
        return Err(fd_error(super::convert::last_errno()));
    }
    let values = vec![Value::Int(i64::from(size.ws_col)), Value::Int(i64::from(size.ws_row))];
    Ok(structseq::new_instance(terminal_size_type(), values))
}
