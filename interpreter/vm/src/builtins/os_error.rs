//! `OSError`'s constructor: the subclass `OSError(errno, strerror)` picks by errno, the
//! `errno`, `strerror`, `filename`, `filename2` (and BlockingIOError's `characters_written`)
//! members, and `str()` of `[Errno N] message: 'file'`.

use crate::objects::exception::{exceptions, value_error};
use crate::objects::str::{intern, intern_static};
use crate::objects::typeobj::{is_subtype, lookup};
use crate::objects::{dict_of, tuple};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// Whether `class` is OSError or one of its subclasses.
pub fn is_os_error(class: &ObjRef) -> bool {
    is_subtype(class, &exceptions().os_error)
}

/// The subclass `OSError(errno, ...)` makes for a Linux errno value (PEP 3151's table).
pub fn subclass_for_errno(errno: i64) -> Option<&'static ObjRef> {
    let e = exceptions();
    Some(match errno {
        11 | 114 | 115 => &e.blocking_io_error,
        10 => &e.child_process_error,
        32 | 108 => &e.broken_pipe_error,
        103 => &e.connection_aborted_error,
        111 => &e.connection_refused_error,
        104 => &e.connection_reset_error,
        17 => &e.file_exists_error,
        2 => &e.file_not_found_error,
        4 => &e.interrupted_error,
        21 => &e.is_a_directory_error,
        20 => &e.not_a_directory_error,
        1 | 13 => &e.permission_error,
        3 => &e.process_lookup_error,
        110 => &e.timeout_error,
        _ => return None,
    })
}

/// Whether a subclass defines `__init__` without `__new__`: its arguments are then parsed by
/// `OSError.__init__` rather than by `OSError.__new__` (so that a custom `__init__` may take
/// other arguments), as CPython does.
pub fn parses_in_init(class: &ObjRef) -> bool {
    let base = &exceptions().os_error;
    let init = lookup(class, &intern_static("__init__"));
    let new = lookup(class, &intern_static("__new__"));
    let base_init = lookup(base, &intern_static("__init__"));
    let base_new = lookup(base, &intern_static("__new__"));
    let same = |a: &Option<Value>, b: &Option<Value>| match (a, b) {
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    };
    !same(&init, &base_init) && same(&new, &base_new)
}

/// Sets the members from `args` (errno, strerror, filename, winerror, filename2) and drops
/// the filenames from `args`, as CPython's OSError does when given 2 to 5 arguments.
pub fn parse_args(thread: &mut Thread, exc: &ObjRef, args: &[Value]) -> PyResult<()> {
    let Some(dict) = exc.dict().as_ref().and_then(dict_of) else { return Ok(()) };
    if !(2..=5).contains(&args.len()) {
        return Ok(());
    }
    dict.set_str(&intern("errno"), args[0].clone());
    dict.set_str(&intern("strerror"), args[1].clone());
    let Some(filename) = args.get(2).filter(|f| !f.is_none()) else { return Ok(()) };
    let blocking = ObjRef::ptr_eq(&exc.class, &exceptions().blocking_io_error);
    if blocking && protocols::special(filename, "__index__").is_some() {
        let written = protocols::number::index_big(thread, filename)?;
        if num_traits::ToPrimitive::to_i64(&written).is_none() {
            return Err(value_error("cannot fit 'int' into an index-sized integer"));
        }
        dict.set_str(&intern("characters_written"), crate::objects::int::int_from_big(written));
        return Ok(());
    }
    dict.set_str(&intern("filename"), filename.clone());
    if let Some(filename2) = args.get(4).filter(|f| !f.is_none()) {
        dict.set_str(&intern("filename2"), filename2.clone());
    }
    if let Some(mut fields) = crate::objects::exception::exception_fields(exc) {
        fields.args = tuple(args[..2].to_vec());
    }
    Ok(())
}

/// The args `__reduce__` gives an OSError: its two args then its filename (and None for the
/// winerror and its second filename), when it has a filename.
pub fn reduce_args(exc: &ObjRef, args: Value) -> Value {
    let items = crate::objects::as_tuple(&args).map(<[Value]>::to_vec).unwrap_or_default();
    let Some(filename) = member(exc, "filename").filter(|f| !f.is_none()) else { return args };
    if items.len() != 2 {
        return args;
    }
    let mut out = items;
    out.push(filename);
    if let Some(filename2) = member(exc, "filename2").filter(|f| !f.is_none()) {
        out.extend([Value::None, filename2]);
    }
    tuple(out)
}

fn member(exc: &ObjRef, name: &str) -> Option<Value> {
    exc.dict().as_ref().and_then(dict_of)?.get_str(&intern(name))
}

/// `str(oserror)` when it has the errno form (a filename, or both errno and strerror); None
/// for the plain exception form.
pub fn os_error_str(thread: &mut Thread, exc: &ObjRef) -> PyResult<Option<String>> {
    let (errno, strerror) = (member(exc, "errno"), member(exc, "strerror"));
    let filename = member(exc, "filename").filter(|f| !f.is_none());
    if filename.is_none() && (errno.is_none() || strerror.is_none()) {
        return Ok(None);
    }
    let errno = protocols::to_str(thread, &errno.unwrap_or(Value::None))?;
    let strerror = protocols::to_str(thread, &strerror.unwrap_or(Value::None))?;
    let head = format!("[Errno {errno}] {strerror}");
    Ok(Some(match filename {
        Some(filename) => {
            let first = protocols::repr(thread, &filename)?;
            match member(exc, "filename2").filter(|f| !f.is_none()) {
                Some(second) => format!("{head}: {first} -> {}", protocols::repr(thread, &second)?),
                None => format!("{head}: {first}"),
            }
        }
        None => head,
    }))
}
