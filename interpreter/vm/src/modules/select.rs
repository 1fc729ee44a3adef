//! `_select`: one call, `poll(pairs, timeout_ms)`, over the system's `poll(2)`; `Lib/select.py`
//! builds `select.select` and `select.poll` on it (poll has no limit on descriptor numbers, where
//! select(2)'s fd_set has).

#![allow(unsafe_code)]

use std::time::{Duration, Instant};

use crate::builtins::native_function;
use crate::modules::posix::os_error;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::str::intern;
use crate::objects::{list, new_dict, new_module, tuple_of};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// Makes the `_select` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    ns.set_str(&intern("poll"), native_function("poll", poll, BuiltinKind::Function, None));
    let constants: &[(&str, libc::c_short)] = &[
        ("POLLIN", libc::POLLIN),
        ("POLLPRI", libc::POLLPRI),
        ("POLLOUT", libc::POLLOUT),
        ("POLLERR", libc::POLLERR),
        ("POLLHUP", libc::POLLHUP),
        ("POLLNVAL", libc::POLLNVAL),
        ("POLLRDNORM", libc::POLLRDNORM),
        ("POLLRDBAND", libc::POLLRDBAND),
        ("POLLWRNORM", libc::POLLWRNORM),
        ("POLLWRBAND", libc::POLLWRBAND),
    ];
    for (name, value) in constants {
        ns.set_str(&intern(name), Value::Int(i64::from(*value)));
    }
    Ok(new_module("_select", dict))
}

/// `poll(pairs, timeout_ms)`: waits until one of the `(fd, events)` pairs is ready, or for
/// `timeout_ms` milliseconds (None or negative: forever); the `(fd, revents)` pairs that have
/// events. A signal's handler runs between tries, with the time left (PEP 475).
fn poll(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [pairs, timeout] = crate::modules::arguments::exactly::<2>("poll", &args)?;
    let mut fds = Vec::new();
    for pair in protocols::iter::collect(thread, pairs)? {
        let items = protocols::iter::collect(thread, &pair)?;
        let [fd, events] = items.as_slice() else { return Err(type_error("poll: expected (fd, events) pairs")) };
        let fd = protocols::number::index_of(thread, fd)?;
        let events = protocols::number::index_of(thread, events)?;
        let fd = i32::try_from(fd).map_err(|_| value_error("file descriptor out of range"))?;
        fds.push(libc::pollfd { fd, events: events as libc::c_short, revents: 0 });
    }
    let deadline = match timeout {
        Value::None => None,
        t => {
            let ms = protocols::number::index_of(thread, t)?;
            (ms >= 0).then(|| Instant::now() + Duration::from_millis(ms as u64))
        }
    };
    loop {
        let wait_ms = match deadline {
            None => -1,
            Some(deadline) => {
                let left = deadline.saturating_duration_since(Instant::now());
                // Rounded up, so that a wait never ends before the deadline.
                left.as_micros().div_ceil(1000).min(i32::MAX as u128) as libc::c_int
            }
        };
        // SAFETY: `fds` is a live array of `fds.len()` pollfd records.
        let n =
            crate::gc::world::detached(|| unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, wait_ms) });
        if n >= 0 {
            break;
        }
        let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        if errno != libc::EINTR {
            return Err(os_error(errno, None, None));
        }
        thread.interrupt_point()?;
    }
    let ready = fds
        .iter()
        .filter(|p| p.revents != 0)
        .map(|p| tuple_of([Value::Int(i64::from(p.fd)), Value::Int(i64::from(p.revents as u16))]))
        .collect();
    Ok(list(ready))
}
