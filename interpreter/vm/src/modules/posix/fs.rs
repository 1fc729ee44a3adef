//! Operations on paths: the working directory, listing, making and removing directories and
//! files, renaming, links, permissions, times and access checks. Each takes `dir_fd` (paths
//! relative to an open directory) where the `*at` system call makes that free.

#![allow(unsafe_code)]

use super::convert::{
    bind_kw, dir_fd_arg, exact, fd_arg, flag_arg, int_arg, last_errno, os_error, path_arg, path_error, retry, Accepts,
    PathArg,
};
use crate::builtins::new_bytes;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::{as_tuple, list};
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

fn path0(thread: &mut Thread, function: &str, a: &[Option<Value>], accepts: Accepts) -> PyResult<PathArg> {
    path_arg(thread, function, "path", a[0].as_ref().unwrap_or(&Value::None), accepts)
}

fn done(result: Result<libc::c_int, i32>, path: &PathArg) -> PyResult<Value> {
    match result {
        Ok(_) => Ok(Value::None),
        Err(errno) => Err(match path.fd {
            Some(_) => os_error(errno, None, None),
            None => os_error(errno, Some(&path.object), None),
        }),
    }
}

fn check(ret: libc::c_int) -> Result<libc::c_int, i32> {
    if ret == -1 {
        Err(last_errno())
    } else {
        Ok(ret)
    }
}

/// The working directory's bytes.
fn cwd_bytes() -> Result<Vec<u8>, i32> {
    use std::os::unix::ffi::OsStringExt;
    std::env::current_dir().map(|p| p.into_os_string().into_vec()).map_err(|e| e.raw_os_error().unwrap_or(0))
}

/// `getcwd()`.
pub fn getcwd(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    exact("getcwd", &args, 0)?;
    cwd_bytes().map(|b| super::convert::fs_decode(&b)).map_err(|errno| os_error(errno, None, None))
}

/// `getcwdb()`.
pub fn getcwdb(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    exact("getcwdb", &args, 0)?;
    cwd_bytes().map(new_bytes).map_err(|errno| os_error(errno, None, None))
}

/// `chdir(path)`: a path or an open directory's descriptor.
pub fn chdir(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("chdir", &args, &["path"], &[], 1)?;
    let path = path0(thread, "chdir", &a, Accepts::PathOrFd)?;
    let c_path = path.c_path();
    // SAFETY: plain system calls; `c_path` is NUL-terminated.
    let result = match path.fd {
        Some(fd) => check(unsafe { libc::fchdir(fd) }),
        None => check(unsafe { libc::chdir(c_path.as_ptr()) }),
    };
    done(result, &path)
}

/// `listdir(path=None)`: the names in a directory, bytes if the path was bytes.
pub fn listdir(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("listdir", &args, &["path"], &[], 0)?;
    let path = path0(thread, "listdir", &a, Accepts::PathFdOrNone)?;
    let names = super::scandir::read_entries(&path).map_err(|errno| match path.fd {
        Some(_) => os_error(errno, None, None),
        None => os_error(errno, Some(&path.object), None),
    })?;
    Ok(list(names.into_iter().map(|entry| path.same_kind(entry.name)).collect()))
}

/// `mkdir(path, mode=0o777, *, dir_fd=None)`.
pub fn mkdir(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("mkdir", &args, &["path", "mode"], &["dir_fd"], 1)?;
    let path = path0(thread, "mkdir", &a, Accepts::Path)?;
    let mode = match &a[1] {
        Some(m) => int_arg(thread, m)? as libc::mode_t,
        None => 0o777,
    };
    let dir_fd = dir_fd_arg(thread, &a[2])?;
    let c_path = path.c_path();
    // SAFETY: `c_path` is NUL-terminated.
    done(check(unsafe { libc::mkdirat(dir_fd, c_path.as_ptr(), mode) }), &path)
}

fn unlink_common(thread: &mut Thread, args: Args<'_>, function: &str, flags: libc::c_int) -> PyResult<Value> {
    let a = bind_kw(function, &args, &["path"], &["dir_fd"], 1)?;
    let path = path0(thread, function, &a, Accepts::Path)?;
    let dir_fd = dir_fd_arg(thread, &a[1])?;
    let c_path = path.c_path();
    // SAFETY: `c_path` is NUL-terminated.
    done(check(unsafe { libc::unlinkat(dir_fd, c_path.as_ptr(), flags) }), &path)
}

/// `rmdir(path, *, dir_fd=None)`.
pub fn rmdir(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    unlink_common(thread, args, "rmdir", libc::AT_REMOVEDIR)
}

/// `remove(path, *, dir_fd=None)`.
pub fn remove(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    unlink_common(thread, args, "remove", 0)
}

/// `unlink(path, *, dir_fd=None)`.
pub fn unlink(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    unlink_common(thread, args, "unlink", 0)
}

/// Two paths of `function(src, dst, *, src_dir_fd=None, dst_dir_fd=None)`.
fn two_paths(
    thread: &mut Thread,
    args: &Args<'_>,
    function: &str,
    extra: &[&str],
) -> PyResult<(PathArg, PathArg, Vec<Option<Value>>)> {
    let mut keywords = vec!["src_dir_fd", "dst_dir_fd"];
    keywords.extend_from_slice(extra);
    let a = bind_kw(function, args, &["src", "dst"], &keywords, 2)?;
    let src = path_arg(thread, function, "src", a[0].as_ref().unwrap_or(&Value::None), Accepts::Path)?;
    let dst = path_arg(thread, function, "dst", a[1].as_ref().unwrap_or(&Value::None), Accepts::Path)?;
    if src.is_bytes != dst.is_bytes {
        return Err(type_error(format!("{function}: src and dst must be the same type")));
    }
    Ok((src, dst, a))
}

fn two_done(result: Result<libc::c_int, i32>, src: &PathArg, dst: &PathArg) -> PyResult<Value> {
    result.map(|_| Value::None).map_err(|errno| os_error(errno, Some(&src.object), Some(&dst.object)))
}

fn rename_common(thread: &mut Thread, args: Args<'_>, function: &str) -> PyResult<Value> {
    let (src, dst, a) = two_paths(thread, &args, function, &[])?;
    let (src_dir, dst_dir) = (dir_fd_arg(thread, &a[2])?, dir_fd_arg(thread, &a[3])?);
    let (s, d) = (src.c_path(), dst.c_path());
    // SAFETY: both paths are NUL-terminated.
    two_done(check(unsafe { libc::renameat(src_dir, s.as_ptr(), dst_dir, d.as_ptr()) }), &src, &dst)
}

/// `rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None)`.
pub fn rename(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    rename_common(thread, args, "rename")
}

/// `replace(src, dst, ...)`: rename, replacing an existing file.
pub fn replace(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    rename_common(thread, args, "replace")
}

/// `link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)`.
pub fn link(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (src, dst, a) = two_paths(thread, &args, "link", &["follow_symlinks"])?;
    let (src_dir, dst_dir) = (dir_fd_arg(thread, &a[2])?, dir_fd_arg(thread, &a[3])?);
    let flags = if flag_arg(thread, &a[4], true)? { libc::AT_SYMLINK_FOLLOW } else { 0 };
    let (s, d) = (src.c_path(), dst.c_path());
    // SAFETY: both paths are NUL-terminated.
    two_done(check(unsafe { libc::linkat(src_dir, s.as_ptr(), dst_dir, d.as_ptr(), flags) }), &src, &dst)
}

/// `symlink(src, dst, target_is_directory=False, *, dir_fd=None)`.
pub fn symlink(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("symlink", &args, &["src", "dst", "target_is_directory"], &["dir_fd"], 2)?;
    let src = path_arg(thread, "symlink", "src", a[0].as_ref().unwrap_or(&Value::None), Accepts::Path)?;
    let dst = path_arg(thread, "symlink", "dst", a[1].as_ref().unwrap_or(&Value::None), Accepts::Path)?;
    let dir_fd = dir_fd_arg(thread, &a[3])?;
    let (s, d) = (src.c_path(), dst.c_path());
    // SAFETY: both paths are NUL-terminated.
    two_done(check(unsafe { libc::symlinkat(s.as_ptr(), dir_fd, d.as_ptr()) }), &src, &dst)
}

/// `readlink(path, *, dir_fd=None)`: the link's target, bytes if the path was bytes.
pub fn readlink(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("readlink", &args, &["path"], &["dir_fd"], 1)?;
    let path = path0(thread, "readlink", &a, Accepts::Path)?;
    let dir_fd = dir_fd_arg(thread, &a[1])?;
    let c_path = path.c_path();
    let mut buffer = vec![0u8; 4096];
    loop {
        // SAFETY: `buffer` has room for `buffer.len()` bytes; `c_path` is NUL-terminated.
        let n = unsafe { libc::readlinkat(dir_fd, c_path.as_ptr(), buffer.as_mut_ptr().cast(), buffer.len()) };
        if n == -1 {
            return Err(path_error(&path));
        }
        if (n as usize) < buffer.len() {
            buffer.truncate(n as usize);
            return Ok(path.same_kind(buffer));
        }
        let bigger = buffer.len() * 2;
        buffer.resize(bigger, 0);
    }
}

/// `chmod(path, mode, *, dir_fd=None, follow_symlinks=True)`.
pub fn chmod(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("chmod", &args, &["path", "mode"], &["dir_fd", "follow_symlinks"], 2)?;
    let path = path0(thread, "chmod", &a, Accepts::PathOrFd)?;
    let mode = int_arg(thread, a[1].as_ref().unwrap_or(&Value::None))? as libc::mode_t;
    let dir_fd = dir_fd_arg(thread, &a[2])?;
    let follow = flag_arg(thread, &a[3], true)?;
    let c_path = path.c_path();
    let result = match path.fd {
        // SAFETY: plain system calls; `c_path` is NUL-terminated.
        Some(fd) => check(unsafe { libc::fchmod(fd, mode) }),
        None if follow => check(unsafe { libc::fchmodat(dir_fd, c_path.as_ptr(), mode, 0) }),
        None => check(unsafe { libc::fchmodat(dir_fd, c_path.as_ptr(), mode, libc::AT_SYMLINK_NOFOLLOW) }),
    };
    done(result, &path)
}

/// `fchmod(fd, mode)`.
pub fn fchmod(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("fchmod", &args, &["fd", "mode"], &[], 2)?;
    let fd = fd_arg(thread, a[0].as_ref().unwrap_or(&Value::None))?;
    let mode = int_arg(thread, a[1].as_ref().unwrap_or(&Value::None))? as libc::mode_t;
    // SAFETY: plain system call on numbers.
    check(unsafe { libc::fchmod(fd, mode) }).map(|_| Value::None).map_err(|errno| os_error(errno, None, None))
}

/// A time in seconds (int or float) as a timespec.
fn timespec_of(thread: &mut Thread, value: &Value) -> PyResult<libc::timespec> {
    let seconds = match value {
        Value::Float(f) => *f,
        other => protocols::number::index_of(thread, other)? as f64,
    };
    let whole = seconds.floor();
    Ok(libc::timespec { tv_sec: whole as libc::time_t, tv_nsec: ((seconds - whole) * 1e9) as _ })
}

fn ns_timespec(thread: &mut Thread, value: &Value) -> PyResult<libc::timespec> {
    let ns = protocols::number::index_of(thread, value)?;
    Ok(libc::timespec { tv_sec: ns.div_euclid(1_000_000_000) as _, tv_nsec: ns.rem_euclid(1_000_000_000) as _ })
}

fn pair(value: &Value) -> Option<[Value; 2]> {
    match as_tuple(value) {
        Some([a, b]) => Some([a.clone(), b.clone()]),
        _ => None,
    }
}

/// `utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)`.
pub fn utime(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("utime", &args, &["path", "times"], &["ns", "dir_fd", "follow_symlinks"], 1)?;
    let path = path0(thread, "utime", &a, Accepts::PathOrFd)?;
    let times = a[1].clone().filter(|t| !t.is_none());
    if times.is_some() && a[2].is_some() {
        return Err(value_error("utime: you may specify either 'times' or 'ns' but not both"));
    }
    let now = libc::timespec { tv_sec: 0, tv_nsec: libc::UTIME_NOW };
    let spec = if let Some(times) = times {
        let Some([atime, mtime]) = pair(&times) else {
            return Err(type_error("utime: 'times' must be either a tuple of two ints or None"));
        };
        [timespec_of(thread, &atime)?, timespec_of(thread, &mtime)?]
    } else if let Some(ns) = &a[2] {
        let Some([atime, mtime]) = pair(ns) else {
            return Err(type_error("utime: 'ns' must be a tuple of two ints"));
        };
        [ns_timespec(thread, &atime)?, ns_timespec(thread, &mtime)?]
    } else {
        [now, now]
    };
    let dir_fd = dir_fd_arg(thread, &a[3])?;
    let flags = if flag_arg(thread, &a[4], true)? { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    let c_path = path.c_path();
    let result = match path.fd {
        // SAFETY: `spec` holds two timespecs; `c_path` is NUL-terminated.
        Some(fd) => check(unsafe { libc::futimens(fd, spec.as_ptr()) }),
        None => check(unsafe { libc::utimensat(dir_fd, c_path.as_ptr(), spec.as_ptr(), flags) }),
    };
    done(result, &path)
}

/// `access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)`.
pub fn access(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("access", &args, &["path", "mode"], &["dir_fd", "effective_ids", "follow_symlinks"], 2)?;
    let path = path0(thread, "access", &a, Accepts::Path)?;
    let mode = int_arg(thread, a[1].as_ref().unwrap_or(&Value::None))? as libc::c_int;
    let dir_fd = dir_fd_arg(thread, &a[2])?;
    let mut flags = 0;
    if flag_arg(thread, &a[3], false)? {
        flags |= libc::AT_EACCESS;
    }
    if !flag_arg(thread, &a[4], true)? {
        flags |= libc::AT_SYMLINK_NOFOLLOW;
    }
    let c_path = path.c_path();
    // SAFETY: `c_path` is NUL-terminated.
    Ok(Value::Bool(unsafe { libc::faccessat(dir_fd, c_path.as_ptr(), mode, flags) } == 0))
}

/// `umask(mask)`: the previous mask.
pub fn umask(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [mask] = exact("umask", &args, 1)? else { return Ok(Value::None) };
    let mask = int_arg(thread, mask)? as libc::mode_t;
    // SAFETY: umask cannot fail.
    Ok(Value::Int(i64::from(unsafe { libc::umask(mask) })))
}

/// `fchdir(fd)`.
pub fn fchdir(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [fd] = exact("fchdir", &args, 1)? else { return Ok(Value::None) };
    let fd = fd_arg(thread, fd)?;
    // SAFETY: plain system call on a number.
    match retry(thread, || unsafe { libc::fchdir(fd) })? {
        Ok(_) => Ok(Value::None),
        Err(errno) => Err(os_error(errno, None, None)),
    }
}
