//! The environment: `environ` as CPython's posix module gives it (a dict of bytes, read at
//! import), and `putenv`/`unsetenv`, which change the process's own.

#![allow(unsafe_code)]

use std::ffi::CString;

use super::convert::{bind_kw, last_errno, os_error};
use crate::builtins::new_bytes;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::str::as_pystr;
use crate::objects::typeobj::type_name;
use crate::objects::{new_dict, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// `posix.environ`: the process environment as `{bytes: bytes}`.
pub fn environ_dict(thread: &mut Thread) -> PyResult<ObjRef> {
    use std::os::unix::ffi::OsStringExt;
    let dict = new_dict();
    let value = Value::Obj(dict.clone());
    for (key, val) in std::env::vars_os() {
        let (key, val) = (new_bytes(key.into_vec()), new_bytes(val.into_vec()));
        crate::protocols::setitem(thread, &value, key, val)?;
    }
    Ok(dict)
}

/// A name or value of `function`: str (UTF-8 with surrogateescape) or bytes, without NUL.
fn env_bytes(value: &Value, function: &str, what: &str) -> PyResult<Vec<u8>> {
    let bytes = match (as_pystr(value), value.payload()) {
        (Some(text), _) => super::convert::fs_encode(text)?,
        (_, Some(Payload::Bytes(b))) => b.to_vec(),
        _ => {
            return Err(type_error(format!(
                "{function}: {what} should be string, bytes or os.PathLike, not {}",
                type_name(value)
            )))
        }
    };
    if bytes.contains(&0) {
        return Err(value_error(format!("{function}: embedded null character in {what}")));
    }
    Ok(bytes)
}

/// A variable's name; `putenv` refuses one with `=` itself (the C library refuses the rest).
fn name_arg(value: &Value, function: &str) -> PyResult<CString> {
    let name = env_bytes(value, function, "name")?;
    if function == "putenv" && name.contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    Ok(CString::new(name).unwrap_or_default())
}

/// `putenv(name, value)`.
pub fn putenv(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("putenv", &args, &["name", "value"], &[], 2)?;
    let name = name_arg(a[0].as_ref().unwrap_or(&Value::None), "putenv")?;
    let value = env_bytes(a[1].as_ref().unwrap_or(&Value::None), "putenv", "value")?;
    let value = CString::new(value).unwrap_or_default();
    // SAFETY: both strings are NUL-terminated; setenv copies them.
    if unsafe { libc::setenv(name.as_ptr(), value.as_ptr(), 1) } == -1 {
        return Err(os_error(last_errno(), None, None));
    }
    Ok(Value::None)
}

/// `unsetenv(name)`.
pub fn unsetenv(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("unsetenv", &args, &["name"], &[], 1)?;
    let name = name_arg(a[0].as_ref().unwrap_or(&Value::None), "unsetenv")?;
    // SAFETY: the name is NUL-terminated.
    if unsafe { libc::unsetenv(name.as_ptr()) } == -1 {
        return Err(os_error(last_errno(), None, None));
    }
    Ok(Value::None)
}
