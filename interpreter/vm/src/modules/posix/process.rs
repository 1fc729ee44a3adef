//! Processes: identities, `kill`, `fork`, the `exec` family, `waitpid` and the `W*` status
//! macros, `_exit`, `times`, and what the system says of itself (`uname`, `cpu_count`).

#![allow(unsafe_code)]

use std::ffi::CString;
use std::sync::OnceLock;

use super::convert::{bind_kw, exact, fd_arg, int_arg, last_errno, os_error, path_arg, retry, Accepts};
use crate::modules::structseq;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::str::as_pystr;
use crate::objects::{as_list, as_tuple, tuple_of, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

macro_rules! id_functions {
    ($($name:ident => $call:expr;)*) => {
        $(
            #[doc = concat!("`", stringify!($name), "()`.")]
            pub fn $name(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
                exact(stringify!($name), &args, 0)?;
                // SAFETY: these calls take nothing and cannot fail.
                Ok(Value::Int(i64::from(unsafe { $call })))
            }
        )*
    };
}

id_functions! {
    getpid => libc::getpid();
    getppid => libc::getppid();
    getuid => libc::getuid();
    geteuid => libc::geteuid();
    getgid => libc::getgid();
    getegid => libc::getegid();
    getpgrp => libc::getpgrp();
}

/// `kill(pid, signal)`.
pub fn kill(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let [pid, signal] = pos else {
        return Err(type_error(format!("kill() takes exactly 2 arguments ({} given)", pos.len())));
    };
    let pid = int_arg(thread, pid)? as libc::pid_t;
    let signal = int_arg(thread, signal)? as libc::c_int;
    // SAFETY: plain system call on numbers.
    if unsafe { libc::kill(pid, signal) } == -1 {
        return Err(os_error(last_errno(), None, None));
    }
    // A signal sent to this process is handled before kill returns, as in CPython.
    thread.interrupt_point()?;
    Ok(Value::None)
}

/// The callables `register_at_fork` was given, each list in the order of registration.
struct ForkCallbacks {
    before: Vec<Value>,
    after_in_child: Vec<Value>,
    after_in_parent: Vec<Value>,
}

static FORK_CALLBACKS: std::sync::Mutex<ForkCallbacks> = std::sync::Mutex::new(ForkCallbacks {
    before: Vec::new(),
    after_in_child: Vec::new(),
    after_in_parent: Vec::new(),
});

/// `register_at_fork(*, before, after_in_child, after_in_parent)`: callables
/// that `fork()` calls, `before` in the parent just before forking (the last registered first),
/// the others just after, in the order they were registered. They are never unregistered.
pub fn register_at_fork(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if !args.pos().is_empty() {
        return Err(type_error("register_at_fork() takes no positional arguments"));
    }
    const NAMES: [&str; 3] = ["before", "after_in_child", "after_in_parent"];
    // A callable given as None is refused, as in CPython (only an absent one is no callback).
    let given = crate::modules::arguments::bind_keywords("register_at_fork", &args, &NAMES, 0)?;
    if given.iter().all(Option::is_none) {
        return Err(type_error("At least one argument is required."));
    }
    for (name, function) in NAMES.iter().zip(&given) {
        if let Some(function) = function {
            if !crate::builtins::is_callable(function) {
                let kind = crate::objects::typeobj::type_name(function);
                return Err(type_error(format!("'{name}' must be callable, not {kind}")));
            }
        }
    }
    let mut callbacks = FORK_CALLBACKS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let [before, after_in_child, after_in_parent] = <[Option<Value>; 3]>::try_from(given).unwrap_or_default();
    callbacks.before.extend(before);
    callbacks.after_in_child.extend(after_in_child);
    callbacks.after_in_parent.extend(after_in_parent);
    Ok(Value::None)
}

/// Calls the fork callbacks `pick` chooses (copied out of the lock first: a callback may
/// register more); an exception in one is reported as unraisable, and the others still run.
fn run_fork_callbacks(thread: &mut Thread, pick: fn(&ForkCallbacks) -> Vec<Value>) {
    let callbacks = pick(&FORK_CALLBACKS.lock().unwrap_or_else(std::sync::PoisonError::into_inner));
    for function in callbacks {
        if let Err(err) = crate::call::call(thread, &function, Args::positional(&[])) {
            crate::modules::sys::report_unraisable(thread, &err, None, &function);
        }
    }
}

/// `fork()`: 0 in the child, the child's pid in the parent; the callbacks of
/// `register_at_fork` run around it.
pub fn fork(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    exact("fork", &args, 0)?;
    run_fork_callbacks(thread, |c| c.before.iter().rev().cloned().collect());
    // The fork goes ahead even when the world could not be stopped.
    let stopped = crate::gc::collect::stop_the_world();
    // SAFETY: the child goes on running this thread only, as CPython's does.
    let pid = unsafe { libc::fork() };
    let errno = last_errno();
    if pid == 0 {
        crate::gc::world::after_fork_child(stopped.is_some());
        crate::all_threads::after_fork_child(thread);
    }
    drop(stopped);
    // As in CPython, the parent's callbacks run even when the fork failed.
    if pid == 0 {
        run_fork_callbacks(thread, |c| c.after_in_child.clone());
    } else {
        run_fork_callbacks(thread, |c| c.after_in_parent.clone());
    }
    if pid == -1 {
        return Err(os_error(errno, None, None));
    }
    Ok(Value::Int(i64::from(pid)))
}

/// A str or bytes argument of exec as a C string.
fn c_arg(thread: &mut Thread, function: &str, value: &Value) -> PyResult<CString> {
    let path = path_arg(thread, function, "args", value, Accepts::Path)?;
    Ok(path.c_path())
}

/// The argument vector of `execv`/`execve`.
fn argv_of(thread: &mut Thread, function: &str, argv: &Value) -> PyResult<Vec<CString>> {
    let items: Vec<Value> = match (as_tuple(argv), as_list(argv)) {
        (Some(items), _) => items.to_vec(),
        (_, Some(items)) => items.lock().to_vec(),
        _ => return Err(type_error(format!("{function}() arg 2 must be a tuple or list"))),
    };
    if items.is_empty() {
        return Err(value_error(format!("{function}() arg 2 must not be empty")));
    }
    let argv = items.iter().map(|item| c_arg(thread, function, item)).collect::<PyResult<Vec<_>>>()?;
    if argv[0].as_bytes().is_empty() {
        return Err(value_error(format!("{function}() arg 2 first element cannot be empty")));
    }
    Ok(argv)
}

/// `KEY=value` strings of an environment mapping.
fn env_of(thread: &mut Thread, env: &Value) -> PyResult<Vec<CString>> {
    let keys = crate::modules::io::call_method(thread, env, "keys", &[])?;
    let keys = protocols::iter::collect(thread, &keys)?;
    let mut out = Vec::new();
    for key in keys {
        let value = protocols::getitem(thread, env, &key)?;
        let key = c_arg(thread, "execve", &key)?.into_bytes();
        if key.is_empty() || key.contains(&b'=') {
            return Err(value_error("illegal environment variable name"));
        }
        let mut line = key;
        line.push(b'=');
        line.extend(c_arg(thread, "execve", &value)?.into_bytes());
        out.push(CString::new(line).unwrap_or_default());
    }
    Ok(out)
}

fn pointers(strings: &[CString]) -> Vec<*const libc::c_char> {
    strings.iter().map(|s| s.as_ptr()).chain(std::iter::once(std::ptr::null())).collect()
}

/// `execv(path, argv)`: replaces the process; returns only by raising.
pub fn execv(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [path, argv] = exact("execv", &args, 2)? else { return Ok(Value::None) };
    let path = path_arg(thread, "execv", "path", path, Accepts::Path)?;
    let argv = argv_of(thread, "execv", argv)?;
    let c_path = path.c_path();
    let argv_pointers = pointers(&argv);
    // SAFETY: the path and the NULL-terminated vector point into live CStrings.
    unsafe { libc::execv(c_path.as_ptr(), argv_pointers.as_ptr()) };
    Err(os_error(last_errno(), None, None))
}

/// `execve(path, argv, env)`.
pub fn execve(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("execve", &args, &["path", "argv", "env"], &[], 3)?;
    let path = path_arg(thread, "execve", "path", a[0].as_ref().unwrap_or(&Value::None), Accepts::PathOrFd)?;
    let argv = argv_of(thread, "execve", a[1].as_ref().unwrap_or(&Value::None))?;
    let env = env_of(thread, a[2].as_ref().unwrap_or(&Value::None))?;
    let c_path = path.c_path();
    let (argv_pointers, env_pointers) = (pointers(&argv), pointers(&env));
    // SAFETY: the path and the NULL-terminated vectors point into live CStrings.
    unsafe {
        match path.fd {
            Some(fd) => libc::fexecve(fd, argv_pointers.as_ptr(), env_pointers.as_ptr()),
            None => libc::execve(c_path.as_ptr(), argv_pointers.as_ptr(), env_pointers.as_ptr()),
        }
    };
    Err(os_error(last_errno(), Some(&path.object), None))
}

/// `_exit(status)`: ends the process now, without cleanup.
pub fn exit_now(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("_exit", &args, &["status"], &[], 1)?;
    let status = int_arg(thread, a[0].as_ref().unwrap_or(&Value::None))? as libc::c_int;
    // SAFETY: _exit ends the process.
    unsafe { libc::_exit(status) }
}

/// `waitpid(pid, options)`: `(pid, status)`.
pub fn waitpid(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [pid, options] = exact("waitpid", &args, 2)? else { return Ok(Value::None) };
    let pid = int_arg(thread, pid)? as libc::pid_t;
    let options = int_arg(thread, options)? as libc::c_int;
    let mut status = 0;
    // SAFETY: `status` is a valid int to write.
    match retry(thread, || unsafe { libc::waitpid(pid, &mut status, options) })? {
        Ok(pid) => Ok(tuple_of([Value::Int(i64::from(pid)), Value::Int(i64::from(status))])),
        Err(errno) => Err(os_error(errno, None, None)),
    }
}

/// `wait()`: `(pid, status)` of any child.
pub fn wait(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    exact("wait", &args, 0)?;
    let mut status = 0;
    // SAFETY: `status` is a valid int to write.
    match retry(thread, || unsafe { libc::wait(&mut status) })? {
        Ok(pid) => Ok(tuple_of([Value::Int(i64::from(pid)), Value::Int(i64::from(status))])),
        Err(errno) => Err(os_error(errno, None, None)),
    }
}

fn status_arg(thread: &mut Thread, args: &Args<'_>, function: &str) -> PyResult<libc::c_int> {
    let a = bind_kw(function, args, &["status"], &[], 1)?;
    Ok(int_arg(thread, a[0].as_ref().unwrap_or(&Value::None))? as libc::c_int)
}

macro_rules! status_functions {
    ($($name:ident => $test:expr, $wrap:expr;)*) => {
        $(
            #[doc = concat!("`", stringify!($name), "(status)`.")]
            #[allow(non_snake_case)]
            pub fn $name(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
                let status = status_arg(thread, &args, stringify!($name))?;
                Ok($wrap($test(status)))
            }
        )*
    };
}

fn int_of(n: libc::c_int) -> Value {
    Value::Int(i64::from(n))
}

status_functions! {
    WIFEXITED => libc::WIFEXITED, Value::Bool;
    WEXITSTATUS => libc::WEXITSTATUS, int_of;
    WIFSIGNALED => libc::WIFSIGNALED, Value::Bool;
    WTERMSIG => libc::WTERMSIG, int_of;
    WIFSTOPPED => libc::WIFSTOPPED, Value::Bool;
    WSTOPSIG => libc::WSTOPSIG, int_of;
    WIFCONTINUED => libc::WIFCONTINUED, Value::Bool;
    WCOREDUMP => libc::WCOREDUMP, Value::Bool;
}

/// `waitstatus_to_exitcode(status)`: the exit code, or minus the killing signal.
pub fn waitstatus_to_exitcode(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let status = status_arg(thread, &args, "waitstatus_to_exitcode")?;
    if libc::WIFEXITED(status) {
        return Ok(int_of(libc::WEXITSTATUS(status)));
    }
    if libc::WIFSIGNALED(status) {
        return Ok(int_of(-libc::WTERMSIG(status)));
    }
    Err(value_error(format!("invalid wait status: {status}")))
}

/// The `posix.times_result` type.
pub fn times_result_type() -> &'static ObjRef {
    static TYPE: OnceLock<ObjRef> = OnceLock::new();
    TYPE.get_or_init(|| {
        structseq::new_type("posix", "times_result", &["user", "system", "children_user", "children_system", "elapsed"])
    })
}

/// `times()`: CPU times of the process and its children, and the elapsed real time.
pub fn times(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    exact("times", &args, 0)?;
    // SAFETY: `tms` is plain data that times() fills; sysconf cannot fail for this name.
    let (mut tms, ticks) = unsafe { (std::mem::zeroed::<libc::tms>(), libc::sysconf(libc::_SC_CLK_TCK)) };
    let elapsed = unsafe { libc::times(&mut tms) };
    let ticks = if ticks > 0 { ticks as f64 } else { 100.0 };
    let values = [tms.tms_utime, tms.tms_stime, tms.tms_cutime, tms.tms_cstime, elapsed]
        .iter()
        .map(|t| Value::Float(*t as f64 / ticks))
        .collect();
    Ok(structseq::new_instance(times_result_type(), values))
}

/// The `posix.uname_result` type.
pub fn uname_result_type() -> &'static ObjRef {
    static TYPE: OnceLock<ObjRef> = OnceLock::new();
    TYPE.get_or_init(|| {
        structseq::new_type("posix", "uname_result", &["sysname", "nodename", "release", "version", "machine"])
    })
}

/// `uname()`.
pub fn uname(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    exact("uname", &args, 0)?;
    // SAFETY: `utsname` is plain data that uname() fills with NUL-terminated fields.
    let mut names: libc::utsname = unsafe { std::mem::zeroed() };
    if unsafe { libc::uname(&mut names) } == -1 {
        return Err(os_error(last_errno(), None, None));
    }
    let field = |chars: &[libc::c_char]| {
        let bytes: Vec<u8> = chars.iter().take_while(|c| **c != 0).map(|c| *c as u8).collect();
        super::convert::fs_decode(&bytes)
    };
    let values = vec![
        field(&names.sysname),
        field(&names.nodename),
        field(&names.release),
        field(&names.version),
        field(&names.machine),
    ];
    Ok(structseq::new_instance(uname_result_type(), values))
}

/// `cpu_count()`: the number of processors, or None.
pub fn cpu_count(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    exact("cpu_count", &args, 0)?;
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n > 0 { Value::Int(n as i64) } else { Value::None })
}

/// `system(command)`: the wait status of `/bin/sh -c command`.
pub fn system(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = bind_kw("system", &args, &["command"], &[], 1)?;
    let command = a[0].clone().unwrap_or_default();
    let bytes = match (as_pystr(&command), command.payload()) {
        (Some(text), _) => super::convert::fs_encode(text)?,
        (_, Some(Payload::Bytes(b))) => b.to_vec(),
        _ => {
            return Err(type_error(format!(
                "system() argument 'command' must be str, not {}",
                crate::objects::typeobj::type_name(&command)
            )))
        }
    };
    let Ok(c_command) = CString::new(bytes) else { return Err(value_error("embedded null byte")) };
    crate::modules::io::flush_std_streams(thread);
    // SAFETY: `c_command` is NUL-terminated.
    Ok(Value::Int(i64::from(unsafe { libc::system(c_command.as_ptr()) })))
}

/// `abort()`.
pub fn abort(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    exact("abort", &args, 0)?;
    std::process::abort()
}

/// `getpgid(pid)`.
pub fn getpgid(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [pid] = exact("getpgid", &args, 1)? else { return Ok(Value::None) };
    let pid = fd_arg(thread, pid)?;
    // SAFETY: plain system call on a number.
    let group = unsafe { libc::getpgid(pid) };
    if group == -1 {
        return Err(os_error(last_errno(), None, None));
    }
    Ok(Value::Int(i64::from(group)))
}
