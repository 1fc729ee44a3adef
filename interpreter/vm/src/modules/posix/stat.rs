//! `stat`, `lstat`, `fstat` and the `os.stat_result` struct sequence they return.
// The widths of `struct stat`'s fields and of `mode_t` differ between Linux and macOS.
#![allow(clippy::unnecessary_cast)]

use std::sync::OnceLock;

use super::convert::{bind_kw, dir_fd_arg, fd_arg, flag_arg, os_error, path_arg, path_error, retry, Accepts};
use crate::modules::structseq;
use crate::objects::function::Args;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The ten sequence fields; the last three (integer times) are unnamed in CPython.
const FIELDS: &[&str] =
    &["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"];
const EXTRAS: &[&str] = &[
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
];

/// The `os.stat_result` type.
pub fn stat_result_type() -> &'static ObjRef {
    static TYPE: OnceLock<ObjRef> = OnceLock::new();
    TYPE.get_or_init(|| structseq::new_type_with_unnamed("os", "stat_result", FIELDS, 3, EXTRAS))
}

fn int(value: impl Into<i128>) -> Value {
    let value: i128 = value.into();
    match i64::try_from(value) {
        Ok(n) => Value::Int(n),
        Err(_) => crate::objects::int::int_from_big(value.into()),
    }
}

/// A `stat_result` from C's `struct stat`.
pub fn stat_result(st: &libc::stat) -> Value {
    let times = [(st.st_atime, st.st_atime_nsec), (st.st_mtime, st.st_mtime_nsec), (st.st_ctime, st.st_ctime_nsec)];
    let mut values = vec![
        int(st.st_mode as u32),
        int(st.st_ino as u64),
        int(st.st_dev as u64),
        int(st.st_nlink as u64),
        int(st.st_uid),
        int(st.st_gid),
        int(st.st_size as i64),
    ];
    values.extend(times.iter().map(|(secs, _)| int(*secs as i64)));
    let mut extras: Vec<Value> =
        times.iter().map(|(secs, nanos)| Value::Float(*secs as f64 + *nanos as f64 * 1e-9)).collect();
    extras.extend(times.iter().map(|(secs, nanos)| int(i128::from(*secs as i64) * 1_000_000_000 + *nanos as i128)));
    extras.extend([int(st.st_blksize as i64), int(st.st_blocks as i64), int(st.st_rdev as u64)]);
    structseq::new_instance_with_extras(stat_result_type(), values, extras)
}

/// C's `struct stat`, zeroed.
pub fn empty_stat() -> libc::stat {
    // SAFETY: `struct stat` is plain data, for which all-zero bytes are a valid value.
    #[allow(unsafe_code)]
    unsafe {
        std::mem::zeroed()
    }
}

/// `fstat` of a descriptor, as a Result of errno.
pub fn fstat_raw(thread: &mut Thread, fd: i32) -> PyResult<Result<libc::stat, i32>> {
    let mut st = empty_stat();
    // SAFETY: `st` is a valid `struct stat` to write.
    #[allow(unsafe_code)]
    let result = retry(thread, || unsafe { libc::fstat(fd, &mut st) })?;
    Ok(result.map(|_| st))
}

/// `stat` of a path relative to `dir_fd`, following a last symlink or not.
pub fn stat_at(dir_fd: i32, path: &std::ffi::CStr, follow: bool) -> Result<libc::stat, i32> {
    let mut st = empty_stat();
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: `path` is NUL-terminated and `st` a valid `struct stat` to write.
    #[allow(unsafe_code)]
    let ret = unsafe { libc::fstatat(dir_fd, path.as_ptr(), &mut st, flags) };
    if ret == 0 {
        Ok(st)
    } else {
        Err(super::convert::last_errno())
    }
}

fn stat_common(thread: &mut Thread, args: Args<'_>, function: &str, follow_default: bool) -> PyResult<Value> {
    let keywords: &[&str] = if follow_default { &["dir_fd", "follow_symlinks"] } else { &["dir_fd"] };
    let a = bind_kw(function, &args, &["path"], keywords, 1)?;
    let accepts = if follow_default { Accepts::PathOrFd } else { Accepts::Path };
    let path = path_arg(thread, function, "path", a[0].as_ref().unwrap_or(&Value::None), accepts)?;
    let dir_fd = dir_fd_arg(thread, &a[1])?;
    let follow = follow_default && flag_arg(thread, &a.get(2).cloned().flatten(), true)?;
    if let Some(fd) = path.fd {
        return match fstat_raw(thread, fd)? {
            Ok(st) => Ok(stat_result(&st)),
            Err(errno) => Err(os_error(errno, None, None)),
        };
    }
    match stat_at(dir_fd, &path.c_path(), follow) {
        Ok(st) => Ok(stat_result(&st)),
        Err(_) => Err(path_error(&path)),
    }
}

/// `stat(path, *, dir_fd=None, follow_symlinks=True)`.
pub fn stat(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    stat_common(thread, args, "stat", true)
}

/// `lstat(path, *, dir_fd=None)`.
pub fn lstat(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    stat_common(thread, args, "lstat", false)
}

/// `fstat(fd)`.
pub fn fstat(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("fstat", &args, &["fd"], &[], 1)?;
    let fd = fd_arg(thread, a[0].as_ref().unwrap_or(&Value::None))?;
    match fstat_raw(thread, fd)? {
        Ok(st) => Ok(stat_result(&st)),
        Err(errno) => Err(os_error(errno, None, None)),
    }
}
