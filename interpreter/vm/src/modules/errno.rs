//! The `errno` module: the system's error numbers by name, and `errorcode` (number to name).
//! Where two names share a number, `errorcode` gives the one CPython's does (the later here).

use crate::objects::str::{intern, new_str};
use crate::objects::{new_dict, new_module};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

macro_rules! names {
    ($($name:ident)*) => { &[$((stringify!($name), libc::$name)),*] };
}

/// The names every Unix has.
const COMMON: &[(&str, libc::c_int)] = names! {
    EPERM ENOENT ESRCH EINTR EIO ENXIO E2BIG ENOEXEC EBADF ECHILD EWOULDBLOCK EAGAIN ENOMEM EACCES
    EFAULT ENOTBLK EBUSY EEXIST EXDEV ENODEV ENOTDIR EISDIR EINVAL ENFILE EMFILE ENOTTY ETXTBSY
    EFBIG ENOSPC ESPIPE EROFS EMLINK EPIPE EDOM ERANGE EDEADLK ENAMETOOLONG ENOLCK ENOSYS ENOTEMPTY
    ELOOP ENOMSG EIDRM ENOSTR ENODATA ETIME ENOSR EREMOTE ENOLINK EPROTO EMULTIHOP EBADMSG EOVERFLOW
    EILSEQ EUSERS ENOTSOCK EDESTADDRREQ EMSGSIZE EPROTOTYPE ENOPROTOOPT EPROTONOSUPPORT
    ESOCKTNOSUPPORT EOPNOTSUPP ENOTSUP EPFNOSUPPORT EAFNOSUPPORT EADDRINUSE EADDRNOTAVAIL ENETDOWN
    ENETUNREACH ENETRESET ECONNABORTED ECONNRESET ENOBUFS EISCONN ENOTCONN ESHUTDOWN ETOOMANYREFS
    ETIMEDOUT ECONNREFUSED EHOSTDOWN EHOSTUNREACH EALREADY EINPROGRESS ESTALE EDQUOT ECANCELED
    EOWNERDEAD ENOTRECOVERABLE
};

/// The names only Linux has.
#[cfg(any(target_os = "linux", target_os = "android"))]
const SYSTEM: &[(&str, libc::c_int)] = names! {
    ECHRNG EL2NSYNC EL3HLT EL3RST ELNRNG EUNATCH ENOCSI EL2HLT EBADE EBADR EXFULL ENOANO EBADRQC
    EBADSLT EDEADLOCK EBFONT ENONET ENOPKG EADV ESRMNT ECOMM EDOTDOT ENOTUNIQ EBADFD EREMCHG ELIBACC
    ELIBBAD ELIBSCN ELIBMAX ELIBEXEC ERESTART ESTRPIPE EUCLEAN ENOTNAM ENAVAIL EISNAM EREMOTEIO
    ENOMEDIUM EMEDIUMTYPE ENOKEY EKEYEXPIRED EKEYREVOKED EKEYREJECTED ERFKILL EHWPOISON
};

/// The names only macOS has.
#[cfg(target_os = "macos")]
const SYSTEM: &[(&str, libc::c_int)] = names! {
    EPROCLIM EBADRPC ERPCMISMATCH EPROGUNAVAIL EPROGMISMATCH EPROCUNAVAIL EFTYPE EAUTH ENEEDAUTH
    EPWROFF EDEVERR EBADEXEC EBADARCH ESHLIBVERS EBADMACHO ENOATTR ENOPOLICY EQFULL
};

#[cfg(not(any(target_os = "linux", target_os = "android", target_os = "macos")))]
const SYSTEM: &[(&str, libc::c_int)] = &[];

/// Makes the `errno` module.
pub fn init(thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let codes = new_dict();
    let codes_value = Value::Obj(codes.clone());
    let mut names: Vec<(&str, libc::c_int)> = COMMON.iter().chain(SYSTEM).copied().collect();
    // CPython's errorcode names EDEADLOCK for EDEADLK's number on Linux: it comes later.
    names.sort_by_key(|(name, _)| *name == "EDEADLOCK");
    for (name, number) in names {
        ns.set_str(&intern(name), Value::Int(i64::from(number)));
        protocols::setitem(thread, &codes_value, Value::Int(i64::from(number)), new_str(name))?;
    }
    ns.set_str(&intern("errorcode"), codes_value);
    Ok(new_module("errno", dict))
}
