//! The `grp` module: the group database (`getgrnam`, `getgrgid`, `getgrall`), entries as
//! `struct_group` struct sequences whose `gr_mem` is a list of the members' names. Lookups use
//! the reentrant calls as `pwd` does; `getgrall` walks the database under a process-wide lock.
//! Unix only.

#![allow(unsafe_code)]

use std::sync::{Mutex, OnceLock};

use crate::builtins::native_function;
use crate::modules::posix::{id_arg, id_value, name_arg};
use crate::modules::pwd::{c_bytes, reentrant, text};
use crate::modules::structseq;
use crate::objects::exception::{key_error, type_error};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::str::{as_pystr, intern, new_str};
use crate::objects::{list, new_dict, new_module};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

const FUNCTIONS: &[(&str, NativeFn)] = &[("getgrgid", getgrgid), ("getgrnam", getgrnam), ("getgrall", getgrall)];

/// Makes the `grp` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    for (name, func) in FUNCTIONS {
        ns.set_str(&intern(name), native_function(name, *func, BuiltinKind::Function, None));
    }
    ns.set_str(&intern("struct_group"), Value::Obj(struct_group_type().clone()));
    ns.set_str(&intern("__doc__"), new_str(DOC));
    Ok(new_module("grp", dict))
}

const DOC: &str = "Access to the Unix group database.

Group entries are reported as 4-tuples containing the following fields
from the group database, in order:

  gr_name   - name of the group
  gr_passwd - group password (encrypted); often empty
  gr_gid    - numeric ID of the group
  gr_mem    - list of members

The gid is an integer, name and password are strings.  (Note that most
users are not explicitly listed as members of the groups they are in
according to the password database.  Check both databases to get
complete membership information.)";

/// `grp.struct_group`.
pub fn struct_group_type() -> &'static ObjRef {
    static TYPE: OnceLock<ObjRef> = OnceLock::new();
    TYPE.get_or_init(|| structseq::new_type("grp", "struct_group", &["gr_name", "gr_passwd", "gr_gid", "gr_mem"]))
}

/// An entry copied out of the system's buffers.
struct Entry {
    name: Option<Vec<u8>>,
    passwd: Option<Vec<u8>>,
    gid: u32,
    members: Vec<Vec<u8>>,
}

impl Entry {
    /// # Safety
    /// `g`'s strings are null or NUL-terminated, and `gr_mem` is null or a null-terminated
    /// array of such strings.
    unsafe fn copy(g: &libc::group) -> Entry {
        let mut members = Vec::new();
        // SAFETY: as the caller promises.
        unsafe {
            if !g.gr_mem.is_null() {
                let mut member = g.gr_mem;
                while !(*member).is_null() {
                    members.extend(c_bytes(*member));
                    member = member.add(1);
                }
            }
            Entry { name: c_bytes(g.gr_name), passwd: c_bytes(g.gr_passwd), gid: g.gr_gid, members }
        }
    }

    fn value(&self) -> Value {
        let members = list(self.members.iter().map(|m| crate::modules::posix::fs_decode(m)).collect());
        structseq::new_instance(
            struct_group_type(),
            vec![text(&self.name), text(&self.passwd), id_value(self.gid), members],
        )
    }
}

/// The one argument of `function(name)`, which may also be given by keyword.
fn one_arg(function: &str, name: &str, args: &Args<'_>) -> PyResult<Value> {
    let given = args.pos().len() + args.kwnames.len();
    if given > 1 {
        return Err(type_error(format!("{function}() takes at most 1 argument ({given} given)")));
    }
    // A missing argument is reported before an unknown keyword, as CPython does.
    let named = args.keywords().any(|(key, _)| as_pystr(key).is_some_and(|k| k.as_str() == name));
    if args.pos().is_empty() && !named {
        return Err(type_error(format!("{function}() missing required argument '{name}' (pos 1)")));
    }
    let mut bound = crate::modules::arguments::bind_keywords(function, args, &[name], 1)?;
    Ok(bound.pop().flatten().unwrap_or(Value::None))
}

/// `getgrgid(id)`.
fn getgrgid(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = one_arg("getgrgid", "id", &args)?;
    let gid = id_arg(thread, &value, "gid")?;
    let found = reentrant(libc::_SC_GETGR_R_SIZE_MAX, |buffer| {
        // SAFETY: `entry` and `result` are filled by the call from `buffer`, which it is
        // given with its length; they are only read while `buffer` lives.
        unsafe {
            let mut entry: libc::group = std::mem::zeroed();
            let mut result: *mut libc::group = std::ptr::null_mut();
            let ret = libc::getgrgid_r(gid, &mut entry, buffer.as_mut_ptr(), buffer.len(), &mut result);
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
            let shown = if gid == u32::MAX { "-1".to_string() } else { gid.to_string() };
            Err(key_error(new_str(format!("getgrgid(): gid not found: {shown}"))))
        }
    }
}

/// `getgrnam(name)`.
fn getgrnam(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = one_arg("getgrnam", "name", &args)?;
    let name = name_arg(&value, |kind| format!("getgrnam() argument 'name' must be str, not {kind}"))?;
    let found = reentrant(libc::_SC_GETGR_R_SIZE_MAX, |buffer| {
        // SAFETY: as in getgrgid; `name` is NUL-terminated.
        unsafe {
            let mut entry: libc::group = std::mem::zeroed();
            let mut result: *mut libc::group = std::ptr::null_mut();
            let ret = libc::getgrnam_r(name.as_ptr(), &mut entry, buffer.as_mut_ptr(), buffer.len(), &mut result);
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
            let shown = crate::protocols::repr(thread, &value)?;
            Err(key_error(new_str(format!("getgrnam(): name not found: {shown}"))))
        }
    }
}

/// Held while a thread walks the group database with `getgrent`.
static WALK: Mutex<()> = Mutex::new(());

/// `getgrall()`: every entry of the database, in its order.
fn getgrall(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    crate::modules::arguments::no_arguments(&args, "grp.getgrall")?;
    // SAFETY: libc's own walk of the group database, its entries copied one by one.
    let entries =
        unsafe { super::pwd::walk_database(&WALK, libc::setgrent, libc::getgrent, libc::endgrent, Entry::copy) };
    Ok(list(entries.iter().map(Entry::value).collect()))
}
