//! Ownership: user and group ids as arguments and results, `chown`/`lchown`/`fchown`, and the
//! process's groups (`getgroups`, `getgrouplist`, `initgroups`). The id conversion is shared
//! with the `pwd` and `grp` modules.

#![allow(unsafe_code)]

use std::ffi::CString;

use num_traits::{Signed, ToPrimitive};

use super::convert::{bind_kw, dir_fd_arg, exact, fd_arg, flag_arg, fs_encode, last_errno, os_error, path_arg, retry};
use super::convert::{Accepts, PathArg};
use crate::objects::exception::{overflow_error, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::list;
use crate::objects::str::as_pystr;
use crate::objects::typeobj::type_name;
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

/// A user or group id argument (`what` is "uid" or "gid"): an int (`__index__`) from 0 to the
/// largest id, or -1 (which stands for the largest, "no id": `chown`'s "leave unchanged").
pub fn id_arg(thread: &mut Thread, value: &Value, what: &str) -> PyResult<u32> {
    id_in_range(thread, value, what)?.map_err(|less| {
        let side = if less { "less than minimum" } else { "greater than maximum" };
        overflow_error(format!("{what} is {side}"))
    })
}

/// `id_arg`, with an id out of range given as `Err(true)` (below -1) or `Err(false)` (too
/// large) instead of an OverflowError: a non-int is still a TypeError.
pub fn id_in_range(thread: &mut Thread, value: &Value, what: &str) -> PyResult<Result<u32, bool>> {
    if protocols::special(value, "__index__").is_none() && !matches!(value, Value::Int(_)) {
        return Err(type_error(format!("{what} should be integer, not {}", type_name(value))));
    }
    let n = protocols::number::index_big(thread, value)?;
    // As CPython words it: an id too large that still fits a C long is "less than minimum".
    Ok(match (n.to_u32(), n.to_i64()) {
        (Some(id), _) => Ok(id),
        (None, Some(-1)) => Ok(u32::MAX),
        (None, Some(_)) => Err(true),
        (None, None) => Err(n.is_negative()),
    })
}

/// An id as an int: the largest ("no id") shows as -1, as CPython gives it.
pub fn id_value(id: u32) -> Value {
    if id == u32::MAX {
        Value::Int(-1)
    } else {
        Value::Int(i64::from(id))
    }
}

/// A name argument of `function` that must be a str, as a C string (UTF-8 with the
/// surrogateescape'd bytes given back); `message` is CPython's TypeError for other types.
pub fn name_arg(value: &Value, message: impl FnOnce(String) -> String) -> PyResult<CString> {
    let Some(text) = as_pystr(value) else { return Err(type_error(message(type_name(value).to_string()))) };
    let bytes = fs_encode(text)?;
    CString::new(bytes).map_err(|_| value_error("embedded null byte"))
}

/// A str, bytes or os.PathLike argument as a C string (CPython's `PyUnicode_FSConverter`).
fn fs_converter(thread: &mut Thread, value: &Value) -> PyResult<CString> {
    let wrong = |v: &Value| type_error(format!("expected str, bytes or os.PathLike object, not {}", type_name(v)));
    let path = if as_pystr(value).is_some() || matches!(value.payload(), Some(crate::objects::Payload::Bytes(_))) {
        value.clone()
    } else if protocols::special(value, "__fspath__").is_some() {
        crate::modules::io::fspath(thread, value)?
    } else {
        return Err(wrong(value));
    };
    let bytes = match (as_pystr(&path), path.payload()) {
        (Some(text), _) => fs_encode(text)?,
        (_, Some(crate::objects::Payload::Bytes(b))) => b.to_vec(),
        _ => return Err(wrong(&path)),
    };
    CString::new(bytes).map_err(|_| value_error("embedded null byte"))
}

fn ids(thread: &mut Thread, a: &[Option<Value>], first: usize) -> PyResult<(u32, u32)> {
    let uid = id_arg(thread, a[first].as_ref().unwrap_or(&Value::None), "uid")?;
    let gid = id_arg(thread, a[first + 1].as_ref().unwrap_or(&Value::None), "gid")?;
    Ok((uid, gid))
}

fn done(result: Result<libc::c_int, i32>, path: &PathArg) -> PyResult<Value> {
    match result {
        Ok(_) => Ok(Value::None),
        // A file descriptor is named too, as CPython's chown does.
        Err(errno) => Err(os_error(errno, Some(&path.object), None)),
    }
}

/// `chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True)`: -1 leaves an id unchanged;
/// the path may be an open file descriptor (without `dir_fd` and `follow_symlinks`).
pub fn chown(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("chown", &args, &["path", "uid", "gid"], &["dir_fd", "follow_symlinks"], 3)?;
    let path = path_arg(thread, "chown", "path", a[0].as_ref().unwrap_or(&Value::None), Accepts::PathOrFd)?;
    let (uid, gid) = ids(thread, &a, 1)?;
    let dir_fd = dir_fd_arg(thread, &a[3])?;
    let follow = flag_arg(thread, &a[4], true)?;
    let result = match path.fd {
        Some(fd) => {
            if dir_fd != libc::AT_FDCWD {
                return Err(value_error("chown: can't specify both dir_fd and fd"));
            }
            if !follow {
                return Err(value_error("chown: cannot use fd and follow_symlinks together"));
            }
            // SAFETY: a plain system call on numbers.
            retry(thread, || unsafe { libc::fchown(fd, uid, gid) })?
        }
        None => {
            let c_path = path.c_path();
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: `c_path` is NUL-terminated and outlives the call.
            retry(thread, || unsafe { libc::fchownat(dir_fd, c_path.as_ptr(), uid, gid, flags) })?
        }
    };
    done(result, &path)
}

/// `lchown(path, uid, gid)`: `chown` of a symbolic link itself.
pub fn lchown(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let given = args.pos().len() + args.kwnames.len();
    if given > 3 {
        return Err(type_error(format!("lchown() takes at most 3 arguments ({given} given)")));
    }
    let a = bind_kw("lchown", &args, &["path", "uid", "gid"], &[], 3)?;
    let path = path_arg(thread, "lchown", "path", a[0].as_ref().unwrap_or(&Value::None), Accepts::Path)?;
    let (uid, gid) = ids(thread, &a, 1)?;
    let c_path = path.c_path();
    // SAFETY: `c_path` is NUL-terminated and outlives the call.
    let result = retry(thread, || unsafe { libc::lchown(c_path.as_ptr(), uid, gid) })?;
    done(result, &path)
}

/// `fchown(fd, uid, gid)`.
pub fn fchown(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let given = args.pos().len() + args.kwnames.len();
    if given > 3 {
        return Err(type_error(format!("fchown() takes at most 3 arguments ({given} given)")));
    }
    let a = bind_kw("fchown", &args, &["fd", "uid", "gid"], &[], 3)?;
    let fd = fd_arg(thread, a[0].as_ref().unwrap_or(&Value::None))?;
    let (uid, gid) = ids(thread, &a, 1)?;
    // SAFETY: a plain system call on numbers.
    match retry(thread, || unsafe { libc::fchown(fd, uid, gid) })? {
        Ok(_) => Ok(Value::None),
        Err(errno) => Err(os_error(errno, None, None)),
    }
}

/// `getgroups()`: the supplementary group ids of the process.
pub fn getgroups(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    exact("getgroups", &args, 0)?;
    loop {
        // SAFETY: with a size of 0 the call only counts the groups.
        let count = unsafe { libc::getgroups(0, std::ptr::null_mut()) };
        if count < 0 {
            return Err(os_error(last_errno(), None, None));
        }
        let mut groups: Vec<libc::gid_t> = vec![0; count as usize + 1];
        // SAFETY: `groups` has room for the `len` ids the call may write.
        let got = unsafe { libc::getgroups(groups.len() as libc::c_int, groups.as_mut_ptr()) };
        if got < 0 {
            let errno = last_errno();
            // The groups changed between the two calls: count again.
            if errno == libc::EINVAL {
                continue;
            }
            return Err(os_error(errno, None, None));
        }
        groups.truncate(got as usize);
        return Ok(list(groups.into_iter().map(id_value).collect()));
    }
}

/// `getgrouplist(user, group)`: the groups `user` belongs to, `group` among them.
pub fn getgrouplist(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [user, group] = exact("getgrouplist", &args, 2)? else { return Ok(Value::None) };
    let user = match as_pystr(user) {
        Some(text) => CString::new(fs_encode(text)?).map_err(|_| value_error("embedded null character"))?,
        None => {
            return Err(type_error(format!("getgrouplist() argument 1 must be str, not {}", type_name(user))));
        }
    };
    let group = id_arg(thread, group, "gid")?;
    let mut size: usize = 64;
    loop {
        let mut groups: Vec<libc::gid_t> = vec![0; size];
        let mut count = size as libc::c_int;
        // SAFETY: `groups` has room for `count` ids; `user` is NUL-terminated.
        let ret = crate::gc::world::detached(|| unsafe {
            libc::getgrouplist(user.as_ptr(), group, groups.as_mut_ptr(), &mut count)
        });
        if ret == -1 {
            // Too small: `count` says how many there are (when the system says so).
            let wanted = usize::try_from(count).unwrap_or(0);
            size = if wanted > size { wanted } else { size * 2 };
            if size > 1 << 24 {
                return Err(crate::objects::exception::memory_error(""));
            }
            continue;
        }
        groups.truncate(usize::try_from(count).unwrap_or(0));
        return Ok(list(groups.into_iter().map(id_value).collect()));
    }
}

/// `initgroups(username, gid)`: sets the process's groups to those of `username` and `gid`.
pub fn initgroups(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [user, group] = exact("initgroups", &args, 2)? else { return Ok(Value::None) };
    let user = fs_converter(thread, user)?;
    let group = id_arg(thread, group, "gid")?;
    // SAFETY: `user` is NUL-terminated.
    if crate::gc::world::detached(|| unsafe { libc::initgroups(user.as_ptr(), group) }) == -1 {
        return Err(os_error(last_errno(), None, None));
    }
    Ok(Value::None)
}
