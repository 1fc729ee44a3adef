//! Reading directories: the entries `listdir` names, and `scandir`'s iterator of `DirEntry`
//! objects, which answer `is_dir`/`is_file`/`is_symlink` from the directory's own record when
//! it says, and otherwise from a `stat` they keep.
// The widths of `struct stat`'s fields and of `mode_t` differ between Linux and macOS.
#![allow(clippy::unnecessary_cast)]
#![allow(unsafe_code)]

use std::sync::OnceLock;

use parking_lot::Mutex;

use super::convert::{bind_kw, flag_arg, last_errno, os_error, path_arg, Accepts, PathArg};
use super::stat::{stat_at, stat_result};
use crate::builtins::add_methods;
use crate::method;
use crate::objects::exception::{stop_iteration, type_error};
use crate::objects::function::{Args, NativeFn};
use crate::objects::str::new_str;
use crate::objects::typeobj::{new_builtin_type, set_builtin_attr, type_name, types, BaseKind};
use crate::objects::{OwnedPayload, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// One directory entry as `readdir` gives it.
pub struct RawEntry {
    pub name: Vec<u8>,
    pub kind: u8,
    pub inode: u64,
}

/// The entries of a directory (a path, or an open directory's descriptor, which stays open),
/// without `.` and `..`.
pub fn read_entries(path: &PathArg) -> Result<Vec<RawEntry>, i32> {
    // SAFETY: the DIR stream is used by this function only and closed before it returns;
    // each dirent is read before the next readdir call.
    unsafe {
        let dir = match path.fd {
            Some(fd) => {
                let copy = libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0);
                if copy == -1 {
                    return Err(last_errno());
                }
                let dir = libc::fdopendir(copy);
                if dir.is_null() {
                    let errno = last_errno();
                    libc::close(copy);
                    return Err(errno);
                }
                libc::rewinddir(dir);
                dir
            }
            None => {
                let c_path = path.c_path();
                let dir = libc::opendir(c_path.as_ptr());
                if dir.is_null() {
                    return Err(last_errno());
                }
                dir
            }
        };
        let mut entries = Vec::new();
        loop {
            *errno_location() = 0;
            let entry = libc::readdir(dir);
            if entry.is_null() {
                let errno = last_errno();
                libc::closedir(dir);
                if errno != 0 {
                    return Err(errno);
                }
                return Ok(entries);
            }
            let name = std::ffi::CStr::from_ptr((*entry).d_name.as_ptr()).to_bytes().to_vec();
            if name == b"." || name == b".." {
                continue;
            }
            entries.push(RawEntry { name, kind: (*entry).d_type, inode: (*entry).d_ino as u64 });
        }
    }
}

/// This thread's errno, to clear before `readdir` (whose end and failure look alike).
#[cfg(any(target_os = "linux", target_os = "android"))]
unsafe fn errno_location() -> *mut libc::c_int {
    libc::__errno_location()
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
unsafe fn errno_location() -> *mut libc::c_int {
    libc::__error()
}

// ---------------------------------------------------------------------------------------------
// DirEntry

struct DirEntry {
    name: Value,
    path: Value,
    /// The C path of the entry (relative to `dir_fd`).
    c_path: std::ffi::CString,
    dir_fd: i32,
    kind: u8,
    inode: u64,
    /// `stat` and `lstat` results, once asked for.
    stat: Mutex<Option<Value>>,
    lstat: Mutex<Option<Value>>,
}

struct ScandirIterator {
    entries: Mutex<std::vec::IntoIter<Value>>,
}

fn class(name: &str, methods: &[crate::builtins::Method]) -> ObjRef {
    let class = new_builtin_type(&types().type_, name, std::slice::from_ref(&types().object), BaseKind::Object, false);
    set_builtin_attr(&class, "__module__", new_str("posix"));
    add_methods(&class, methods);
    class
}

/// The `posix.DirEntry` type.
pub fn dir_entry_type() -> &'static ObjRef {
    static TYPE: OnceLock<ObjRef> = OnceLock::new();
    TYPE.get_or_init(|| {
        let class = class(
            "DirEntry",
            &[
                method!("is_dir", is_dir),
                method!("is_file", is_file),
                method!("is_symlink", is_symlink),
                method!("is_junction", is_junction),
                method!("stat", entry_stat),
                method!("inode", inode),
                method!("__fspath__", entry_fspath),
                method!("__repr__", entry_repr),
            ],
        );
        let getters: &[(&'static str, NativeFn)] = &[("name", name), ("path", path)];
        crate::modules::io::add_getters(&class, getters);
        class
    })
}

/// The `posix.ScandirIterator` type.
pub fn scandir_iterator_type() -> &'static ObjRef {
    static TYPE: OnceLock<ObjRef> = OnceLock::new();
    TYPE.get_or_init(|| {
        class(
            "ScandirIterator",
            &[
                method!("__iter__", iter_self),
                method!("__next__", iter_next),
                method!("close", iter_close),
                method!("__enter__", iter_self),
                method!("__exit__", iter_exit),
            ],
        )
    })
}

/// `scandir(path=None)`: an iterator of `DirEntry`.
pub fn scandir(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("scandir", &args, &["path"], &[], 0)?;
    let path = path_arg(thread, "scandir", "path", a[0].as_ref().unwrap_or(&Value::None), Accepts::PathFdOrNone)?;
    let raw = read_entries(&path).map_err(|errno| match path.fd {
        Some(_) => os_error(errno, None, None),
        None => os_error(errno, Some(&path.object), None),
    })?;
    let entries: Vec<Value> = raw.into_iter().map(|raw| new_entry(&path, raw)).collect();
    let state = ScandirIterator { entries: Mutex::new(entries.into_iter()) };
    Ok(Value::Obj(ObjRef::new(scandir_iterator_type().clone(), None, OwnedPayload::Native(Box::new(state)))))
}

fn new_entry(dir: &PathArg, raw: RawEntry) -> Value {
    let (full, dir_fd) = match dir.fd {
        Some(fd) => (raw.name.clone(), fd),
        None => {
            let mut full = dir.bytes.clone();
            if !full.ends_with(b"/") {
                full.push(b'/');
            }
            full.extend_from_slice(&raw.name);
            (full, libc::AT_FDCWD)
        }
    };
    let c_path = if dir.fd.is_some() { raw.name.clone() } else { full.clone() };
    let state = DirEntry {
        name: dir.same_kind(raw.name),
        path: dir.same_kind(full),
        c_path: std::ffi::CString::new(c_path).unwrap_or_default(),
        dir_fd,
        kind: raw.kind,
        inode: raw.inode,
        stat: Mutex::new(None),
        lstat: Mutex::new(None),
    };
    Value::Obj(ObjRef::new(dir_entry_type().clone(), None, OwnedPayload::Native(Box::new(state))))
}

fn entry_of(value: Option<&Value>) -> PyResult<&DirEntry> {
    let value = value.ok_or_else(|| type_error("DirEntry method needs an argument"))?;
    match value.payload() {
        Some(Payload::Native(state)) => state.downcast_ref::<DirEntry>(),
        _ => None,
    }
    .ok_or_else(|| {
        type_error(format!("descriptor for 'posix.DirEntry' objects doesn't apply to a '{}' object", type_name(value)))
    })
}

fn follow_arg(thread: &mut Thread, args: &Args<'_>, function: &str) -> PyResult<bool> {
    let rest = Args { values: &args.values[1.min(args.values.len())..], kwnames: args.kwnames };
    let a = bind_kw(function, &rest, &[], &["follow_symlinks"], 0)?;
    flag_arg(thread, &a[0], true)
}

/// The entry's `stat` (following symlinks or not), made once.
fn cached_stat(entry: &DirEntry, follow: bool) -> PyResult<Value> {
    let follow = follow && entry_is_symlink(entry)?;
    let cache = if follow { &entry.stat } else { &entry.lstat };
    if let Some(st) = cache.lock().as_ref() {
        return Ok(st.clone());
    }
    let st = stat_at(entry.dir_fd, &entry.c_path, follow).map_err(|errno| os_error(errno, Some(&entry.path), None))?;
    let value = stat_result(&st);
    *cache.lock() = Some(value.clone());
    Ok(value)
}

fn mode_of(entry: &DirEntry, follow: bool) -> PyResult<Option<u32>> {
    match cached_stat(entry, follow) {
        Ok(st) => Ok(crate::objects::as_tuple(&st).and_then(|t| t.first()).and_then(|m| match m {
            Value::Int(m) => Some(*m as u32),
            _ => None,
        })),
        Err(e) if e.matches(&crate::objects::exception::exceptions().file_not_found_error) => Ok(None),
        Err(e) => Err(e),
    }
}

fn entry_is_symlink(entry: &DirEntry) -> PyResult<bool> {
    if entry.kind != libc::DT_UNKNOWN {
        return Ok(entry.kind == libc::DT_LNK);
    }
    Ok(mode_of(entry, false)?.is_some_and(|m| m & libc::S_IFMT as u32 == libc::S_IFLNK as u32))
}

/// Whether the entry is of the file type `kind` (`DT_*`) / `format` (`S_IF*`).
fn is_kind(entry: &DirEntry, follow: bool, kind: u8, format: u32) -> PyResult<bool> {
    if entry.kind != libc::DT_UNKNOWN && !(follow && entry.kind == libc::DT_LNK) {
        return Ok(entry.kind == kind);
    }
    Ok(mode_of(entry, follow)?.is_some_and(|m| m & libc::S_IFMT as u32 == format))
}

fn is_dir(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let follow = follow_arg(thread, &args, "is_dir")?;
    let entry = entry_of(args.values.first())?;
    Ok(Value::Bool(is_kind(entry, follow, libc::DT_DIR, libc::S_IFDIR as u32)?))
}

fn is_file(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let follow = follow_arg(thread, &args, "is_file")?;
    let entry = entry_of(args.values.first())?;
    Ok(Value::Bool(is_kind(entry, follow, libc::DT_REG, libc::S_IFREG as u32)?))
}

fn is_symlink(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let entry = entry_of(args.values.first())?;
    if args.values.len() > 1 {
        return Err(type_error(format!("is_symlink() takes no arguments ({} given)", args.values.len() - 1)));
    }
    Ok(Value::Bool(entry_is_symlink(entry)?))
}

fn is_junction(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    entry_of(args.values.first())?;
    Ok(Value::Bool(false))
}

fn entry_stat(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let follow = follow_arg(thread, &args, "stat")?;
    cached_stat(entry_of(args.values.first())?, follow)
}

fn inode(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let entry = entry_of(args.values.first())?;
    Ok(crate::objects::int::int_from_big(entry.inode.into()))
}

fn name(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(entry_of(args.values.first())?.name.clone())
}

fn path(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(entry_of(args.values.first())?.path.clone())
}

fn entry_fspath(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(entry_of(args.values.first())?.path.clone())
}

fn entry_repr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let entry = entry_of(args.values.first())?;
    let name = protocols::repr(thread, &entry.name)?;
    Ok(new_str(format!("<DirEntry {name}>")))
}

// ---------------------------------------------------------------------------------------------
// ScandirIterator

fn iterator_of(value: Option<&Value>) -> PyResult<&ScandirIterator> {
    let value = value.ok_or_else(|| type_error("ScandirIterator method needs an argument"))?;
    match value.payload() {
        Some(Payload::Native(state)) => state.downcast_ref::<ScandirIterator>(),
        _ => None,
    }
    .ok_or_else(|| type_error("descriptor needs a 'posix.ScandirIterator' object"))
}

fn iter_self(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    iterator_of(args.values.first())?;
    Ok(args.values[0].clone())
}

fn iter_next(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let next = iterator_of(args.values.first())?.entries.lock().next();
    next.ok_or_else(|| stop_iteration(Value::None))
}

fn iter_close(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let iterator = iterator_of(args.values.first())?;
    *iterator.entries.lock() = Vec::new().into_iter();
    Ok(Value::None)
}

fn iter_exit(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    iter_close(thread, Args::positional(&args.values[..1.min(args.values.len())]))?;
    Ok(Value::Bool(false))
}

/// Holds no references the cycle collector must follow.
impl crate::gc::traverse::NativeData for ScandirIterator {}
impl crate::gc::traverse::NativeData for DirEntry {}
