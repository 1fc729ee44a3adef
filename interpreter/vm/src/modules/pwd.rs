//! The `pwd` module: the password database (`getpwnam`, `getpwuid`, `getpwall`), entries as
//! `struct_passwd` struct sequences. Lookups use the reentrant calls with a buffer that grows
//! while the system says it is too small; `getpwall` walks the database under a process-wide
//! lock, as `getpwent` keeps its place in hidden state. Unix only.

#![allow(unsafe_code)]

use std::ffi::{c_char, CStr};
use std::sync::{Mutex, OnceLock, PoisonError};

use crate::builtins::native_function;
use crate::modules::posix::{fs_decode, id_in_range, id_value, name_arg};
use crate::modules::structseq;
use crate::objects::exception::{key_error, memory_error, type_error};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::str::{intern, new_str};
use crate::objects::{list, new_dict, new_module};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

const FUNCTIONS: &[(&str, NativeFn)] = &[("getpwuid", getpwuid), ("getpwnam", getpwnam), ("getpwall", getpwall)];

/// Makes the `pwd` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    for (name, func) in FUNCTIONS {
        ns.set_str(&intern(name), native_function(name, *func, BuiltinKind::Function, None));
    }
    ns.set_str(&intern("struct_passwd"), Value::Obj(struct_passwd_type().clone()));
    ns.set_str(&intern("__doc__"), new_str(DOC));
    Ok(new_module("pwd", dict))
}

const DOC: &str = "This module provides access to the Unix password database.
It is available on all Unix versions.

Password database entries are reported as 7-tuples containing the following
items from the password database (see `<pwd.h>'), in order:
pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.
The uid and gid items are integers, all others are strings. An
exception is raised if the entry asked for cannot be found.";

/// `pwd.struct_passwd`.
pub fn struct_passwd_type() -> &'static ObjRef {
    static TYPE: OnceLock<ObjRef> = OnceLock::new();
    TYPE.get_or_init(|| {
        structseq::new_type(
            "pwd",
            "struct_passwd",
            &["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"],
        )
    })
}

/// The bytes of a C string the system gave, None for a null pointer.
///
/// # Safety
/// `p` is null or points to a NUL-terminated string.
pub unsafe fn c_bytes(p: *const c_char) -> Option<Vec<u8>> {
    if p.is_null() {
        None
    } else {
        // SAFETY: as the caller promises.
        Some(unsafe { CStr::from_ptr(p) }.to_bytes().to_vec())
    }
}

/// A string field: str (surrogateescape for bytes that are not UTF-8), None when missing.
pub fn text(bytes: &Option<Vec<u8>>) -> Value {
    match bytes {
        Some(b) => fs_decode(b),
        None => Value::None,
    }
}

/// An entry copied out of the system's buffers.
struct Entry {
    name: Option<Vec<u8>>,
    passwd: Option<Vec<u8>>,
    uid: u32,
    gid: u32,
    gecos: Option<Vec<u8>>,
    dir: Option<Vec<u8>>,
    shell: Option<Vec<u8>>,
}

impl Entry {
    /// # Safety
    /// `p`'s strings are null or NUL-terminated.
    unsafe fn copy(p: &libc::passwd) -> Entry {
        // SAFETY: as the caller promises.
        unsafe {
            Entry {
                name: c_bytes(p.pw_name),
                passwd: c_bytes(p.pw_passwd),
                uid: p.pw_uid,
                gid: p.pw_gid,
                gecos: c_bytes(p.pw_gecos),
                dir: c_bytes(p.pw_dir),
                shell: c_bytes(p.pw_shell),
            }
        }
    }

    fn value(&self) -> Value {
        structseq::new_instance(
            struct_passwd_type(),
            vec![
                text(&self.name),
                text(&self.passwd),
                id_value(self.uid),
                id_value(self.gid),
                text(&self.gecos),
                text(&self.dir),
                text(&self.shell),
            ],
        )
    }
}

/// Runs a reentrant lookup (`call` fills its result from the buffer it is given, or gives the
/// error number), with a larger buffer while the error is ERANGE. Any other error is "not
/// found", as in CPython. The call runs detached: the name service may be slow.
pub fn reentrant<R>(
    size_name: libc::c_int,
    mut call: impl FnMut(&mut [c_char]) -> Result<Option<R>, libc::c_int>,
) -> PyResult<Option<R>> {
    // SAFETY: sysconf only reads a setting.
    let suggested = unsafe { libc::sysconf(size_name) };
    let mut size = usize::try_from(suggested).ok().filter(|s| *s > 0).unwrap_or(1024);
    loop {
        let mut buffer: Vec<c_char> = vec![0; size];
        match crate::gc::world::detached(|| call(&mut buffer)) {
            Ok(found) => return Ok(found),
            Err(libc::ERANGE) => {
                size = size.saturating_mul(2);
                if size > 1 << 28 {
                    return Err(memory_error(""));
                }
            }
            Err(_) => return Ok(None),
        }
    }
}

/// The count check of a one-argument function CPython parses positionally.
fn one_arg<'a>(function: &str, args: &Args<'a>) -> PyResult<&'a Value> {
    if !args.kwnames.is_empty() {
        return Err(type_error(format!("pwd.{function}() takes no keyword arguments")));
    }
    match args.pos() {
        [value] => Ok(value),
        other => Err(type_error(format!("pwd.{function}() takes exactly one argument ({} given)", other.len()))),
    }
}

/// `getpwuid(uid)`.
fn getpwuid(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = one_arg("getpwuid", &args)?;
    // An id out of range is a KeyError, without the id.
    let Ok(uid) = id_in_range(thread, value, "uid")? else {
        return Err(key_error(new_str("getpwuid(): uid not found")));
    };
    let found = reentrant(libc::_SC_GETPW_R_SIZE_MAX, |buffer| {
        // SAFETY: `entry` and `result` are filled by the call from `buffer`, which it is
        // given with its length; they are only read while `buffer` lives.
        unsafe {
            let mut entry: libc::passwd = std::mem::zeroed();
            let mut result: *mut libc::passwd = std::ptr::null_mut();
            let ret = libc::getpwuid_r(uid, &mut entry, buffer.as_mut_ptr(), buffer.len(), &mut result);
            match ret {
                0 if result.is_null() => Ok(None),
                0 => Ok(Some(Entry::copy(&entry))),
                errno => Err(errno),
            }
        }
    })?;
    match found {
        Some(entry) => Ok(entry.value()),
        None => {
            let shown = if uid == u32::MAX { "-1".to_string() } else { uid.to_string() };
            Err(key_error(new_str(format!("getpwuid(): uid not found: {shown}"))))
        }
    }
}

/// `getpwnam(name)`.
fn getpwnam(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = one_arg("getpwnam", &args)?;
    let name = name_arg(value, |kind| format!("getpwnam() argument must be str, not {kind}"))?;
    let found = reentrant(libc::_SC_GETPW_R_SIZE_MAX, |buffer| {
        // SAFETY: as in getpwuid; `name` is NUL-terminated.
        unsafe {
            let mut entry: libc::passwd = std::mem::zeroed();
            let mut result: *mut libc::passwd = std::ptr::null_mut();
            let ret = libc::getpwnam_r(name.as_ptr(), &mut entry, buffer.as_mut_ptr(), buffer.len(), &mut result);
            match ret {
                0 if result.is_null() => Ok(None),
                0 => Ok(Some(Entry::copy(&entry))),
                errno => Err(errno),
            }
        }
    })?;
    match found {
        Some(entry) => Ok(entry.value()),
        None => {
            let shown = crate::protocols::repr(thread, value)?;
            Err(key_error(new_str(format!("getpwnam(): name not found: {shown}"))))
        }
    }
}

/// Held while a thread walks the password database with `getpwent`.
static WALK: Mutex<()> = Mutex::new(());

/// `getpwall()`: every entry of the database, in its order.
fn getpwall(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    crate::modules::arguments::no_arguments(&args, "pwd.getpwall")?;
    // SAFETY: libc's own walk of the password database, its entries copied one by one.
    let entries = unsafe { walk_database(&WALK, libc::setpwent, libc::getpwent, libc::endpwent, Entry::copy) };
    Ok(list(entries.iter().map(Entry::value).collect()))
}

/// Every entry of a C account database (`setpwent`/`getpwent`/`endpwent` and the group
/// database's), copied out while the thread is detached (taking `lock` may wait for another
/// thread's walk) and under `lock`, which keeps other walks of the same database out.
///
/// # Safety
/// `next` returns null or an entry valid until its next call, as `getpwent` does, and `copy`
/// may be called with such an entry.
pub(crate) unsafe fn walk_database<C, E: Send>(
    lock: &Mutex<()>,
    start: unsafe extern "C" fn(),
    next: unsafe extern "C" fn() -> *mut C,
    end: unsafe extern "C" fn(),
    copy: unsafe fn(&C) -> E,
) -> Vec<E> {
    crate::gc::world::detached(|| {
        let _walk = lock.lock().unwrap_or_else(PoisonError::into_inner);
        let mut entries = Vec::new();
        // SAFETY: as the caller guarantees; each entry is copied before the next call.
        unsafe {
            start();
            loop {
                let entry = next();
                if entry.is_null() {
                    break;
                }
                entries.push(copy(&*entry));
            }
            end();
        }
        entries
    })
}
