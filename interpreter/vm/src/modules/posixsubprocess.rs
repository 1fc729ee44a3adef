//! `_posixsubprocess`: the fork-and-exec primitive `Lib/subprocess.py` starts children with.
//!
//! `fork_exec` prepares everything the child needs (C strings, pointer vectors, the descriptors
//! to close) before forking, so that the child, until it execs, only makes system calls on
//! memory that already exists: another thread of the parent may have held the allocator's lock
//! at the fork. When the child cannot exec (or cannot enter `cwd`, or `preexec_fn` raised), it
//! writes `STAGE:ERRNO` (errno in hex) to the error pipe and exits with 255; the parent reads that
//! pipe, which closes without data when exec succeeds (its write end is close-on-exec), and
//! raises the matching OSError itself, as CPython does.

#![allow(unsafe_code)]

use std::ffi::CString;

use crate::builtins::native_function;
use crate::modules::arguments::{parse, Signature};
use crate::modules::posix::fs_encode;
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::str::{as_pystr, intern};
use crate::objects::{new_dict, new_module, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// Makes the `_posixsubprocess` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    ns.set_str(&intern("fork_exec"), native_function("fork_exec", fork_exec, BuiltinKind::Function, None));
    Ok(new_module("_posixsubprocess", dict))
}

const SIGNATURE: Signature<'static> = Signature {
    name: "fork_exec",
    params: &[
        "args",
        "executables",
        "cwd",
        "env",
        "stdio",
        "close_fds",
        "pass_fds",
        "errpipe_write",
        "restore_signals",
        "start_new_session",
        "process_group",
        "umask",
        "gid",
        "uid",
        "preexec_fn",
    ],
    posonly: 0,
    maxpos: 0,
    required: 15,
};

/// What the child does between fork and exec, all of it made before the fork.
struct ChildPlan {
    argv: Vec<CString>,
    executables: Vec<CString>,
    cwd: Option<CString>,
    /// `KEY=value` strings, or None to inherit the parent's environment.
    env: Option<Vec<CString>>,
    /// The descriptors that become 0, 1 and 2 (-1: inherited as they are).
    stdio: [i32; 3],
    /// The open descriptors above 2 to close, when `close_fds` (pass_fds and the error pipe
    /// left out).
    to_close: Vec<i32>,
    pass_fds: Vec<i32>,
    errpipe_write: i32,
    restore_signals: bool,
    start_new_session: bool,
    process_group: i32,
    umask: i32,
    gid: i32,
    uid: i32,
}

/// `fork_exec(*, args, executables, cwd, env, stdio, close_fds, pass_fds, errpipe_write,
/// restore_signals, start_new_session, process_group, umask, gid, uid, preexec_fn)`: the child's
/// pid. `stdio` is a 3-tuple of descriptors (-1 for "inherit"); `process_group`, `umask`, `gid`
/// and `uid` are -1 when not asked for.
fn fork_exec(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&SIGNATURE, &args)?;
    let arg = |i: usize| a[i].clone().unwrap_or(Value::None);
    let argv = c_strings(thread, &arg(0), "args")?;
    if argv.is_empty() {
        return Err(value_error("fork_exec: args must not be empty"));
    }
    let executables = c_strings(thread, &arg(1), "executables")?;
    let cwd = match arg(2) {
        Value::None => None,
        path => Some(c_string(&path, "cwd")?),
    };
    let env = match arg(3) {
        Value::None => None,
        entries => Some(c_strings(thread, &entries, "env")?),
    };
    let stdio_values = protocols::iter::collect(thread, &arg(4))?;
    let [stdin, stdout, stderr] = stdio_values.as_slice() else {
        return Err(value_error("fork_exec: stdio must hold 3 descriptors"));
    };
    let stdio = [int(thread, stdin)?, int(thread, stdout)?, int(thread, stderr)?];
    let close_fds = protocols::truthy(thread, &arg(5))?;
    let pass_fds =
        protocols::iter::collect(thread, &arg(6))?.iter().map(|fd| int(thread, fd)).collect::<PyResult<Vec<_>>>()?;
    let errpipe_write = int(thread, &arg(7))?;
    let mut keep = pass_fds.clone();
    keep.push(errpipe_write);
    let to_close =
        if close_fds { open_descriptors().into_iter().filter(|fd| !keep.contains(fd)).collect() } else { vec![] };
    let plan = ChildPlan {
        argv,
        executables,
        cwd,
        env,
        stdio,
        to_close,
        pass_fds,
        errpipe_write,
        restore_signals: protocols::truthy(thread, &arg(8))?,
        start_new_session: protocols::truthy(thread, &arg(9))?,
        process_group: int(thread, &arg(10))?,
        umask: int(thread, &arg(11))?,
        gid: int(thread, &arg(12))?,
        uid: int(thread, &arg(13))?,
    };
    let preexec_fn = arg(14);
    let pid = if preexec_fn.is_none() { fork_plain(&plan) } else { fork_running_python(thread, &plan, &preexec_fn) };
    if pid == -1 {
        return Err(crate::modules::posix::os_error(
            std::io::Error::last_os_error().raw_os_error().unwrap_or(0),
            None,
            None,
        ));
    }
    Ok(Value::Int(i64::from(pid)))
}

/// Forks a child that only makes system calls before it execs.
fn fork_plain(plan: &ChildPlan) -> libc::pid_t {
    let argv = pointers(&plan.argv);
    let env = plan.env.as_deref().map(pointers);
    // SAFETY: the child touches only the prepared plan and the pointer vectors, all alive.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        let stage = prepare_child(plan);
        // SAFETY: the vectors are NULL-terminated and point into live C strings.
        let failure = stage.unwrap_or_else(|| unsafe { exec_any(plan, &argv, env.as_deref()) });
        report_and_exit(plan.errpipe_write, failure);
    }
    pid
}

/// Forks with the world stopped, as `os.fork` does, so that the child can run `preexec_fn`
/// (Python code) after setting up its descriptors and before exec.
fn fork_running_python(thread: &mut Thread, plan: &ChildPlan, preexec_fn: &Value) -> libc::pid_t {
    let argv = pointers(&plan.argv);
    let env = plan.env.as_deref().map(pointers);
    let stopped = crate::gc::collect::stop_the_world();
    // SAFETY: as `os.fork`: the child goes on running this thread only.
    let pid = unsafe { libc::fork() };
    if pid != 0 {
        drop(stopped);
        return pid;
    }
    crate::gc::world::after_fork_child(stopped.is_some());
    crate::all_threads::after_fork_child(thread);
    drop(stopped);
    let mut failure = prepare_child(plan);
    if failure.is_none() && crate::call::call(thread, preexec_fn, Args::positional(&[])).is_err() {
        failure = Some((Stage::Preexec, 0));
    }
    // SAFETY: as in `fork_plain`.
    let failure = failure.unwrap_or_else(|| unsafe { exec_any(plan, &argv, env.as_deref()) });
    report_and_exit(plan.errpipe_write, failure)
}

/// Where the child failed; the parent turns each into its exception.
#[derive(Clone, Copy)]
enum Stage {
    Exec,
    Chdir,
    Setup,
    Preexec,
}

impl Stage {
    fn tag(self) -> &'static [u8] {
        match self {
            Stage::Exec => b"exec",
            Stage::Chdir => b"chdir",
            Stage::Setup => b"setup",
            Stage::Preexec => b"preexec",
        }
    }
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// In the child: the standard descriptors, the directory, the umask, signals, the session and
/// ids, then the closing of the other descriptors. Some failure stops it.
fn prepare_child(plan: &ChildPlan) -> Option<(Stage, i32)> {
    // SAFETY (whole function): system calls on numbers and on the plan's C strings.
    unsafe {
        // A source that is itself one of 0..2 would be overwritten by an earlier dup2: move it up.
        let mut sources = plan.stdio;
        for source in sources.iter_mut() {
            if (0..3).contains(source) {
                let moved = libc::fcntl(*source, libc::F_DUPFD_CLOEXEC, 3);
                if moved == -1 {
                    return Some((Stage::Setup, errno()));
                }
                *source = moved;
            }
        }
        for (target, source) in sources.iter().enumerate() {
            let target = target as i32;
            if *source == -1 {
                continue;
            }
            // dup2 leaves the new descriptor inheritable.
            if libc::dup2(*source, target) == -1 {
                return Some((Stage::Setup, errno()));
            }
        }
        if let Some(cwd) = &plan.cwd {
            if libc::chdir(cwd.as_ptr()) == -1 {
                return Some((Stage::Chdir, errno()));
            }
        }
        if plan.umask >= 0 {
            libc::umask(plan.umask as libc::mode_t);
        }
        if plan.restore_signals {
            // The interpreter ignores these; a child program expects their default.
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
        }
        if plan.start_new_session && libc::setsid() == -1 {
            return Some((Stage::Setup, errno()));
        }
        if plan.process_group >= 0 && libc::setpgid(0, plan.process_group) == -1 {
            return Some((Stage::Setup, errno()));
        }
        if plan.gid >= 0 && libc::setregid(plan.gid as libc::gid_t, plan.gid as libc::gid_t) == -1 {
            return Some((Stage::Setup, errno()));
        }
        if plan.uid >= 0 && libc::setreuid(plan.uid as libc::uid_t, plan.uid as libc::uid_t) == -1 {
            return Some((Stage::Setup, errno()));
        }
        for fd in &plan.to_close {
            if *fd > 2 {
                libc::close(*fd);
            }
        }
        for fd in &plan.pass_fds {
            let flags = libc::fcntl(*fd, libc::F_GETFD);
            if flags != -1 {
                libc::fcntl(*fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC);
            }
        }
    }
    None
}

/// Tries each candidate executable; returns only on failure: the first error that is not "no
/// such file" (as a shell's search does), else the last.
///
/// # Safety
/// `argv` and `env` must be NULL-terminated vectors of live C strings.
unsafe fn exec_any(
    plan: &ChildPlan,
    argv: &[*const libc::c_char],
    env: Option<&[*const libc::c_char]>,
) -> (Stage, i32) {
    let (mut first_other, mut last) = (None, libc::ENOENT);
    for executable in &plan.executables {
        match env {
            Some(env) => libc::execve(executable.as_ptr(), argv.as_ptr(), env.as_ptr()),
            None => libc::execv(executable.as_ptr(), argv.as_ptr()),
        };
        last = errno();
        if first_other.is_none() && last != libc::ENOENT && last != libc::ENOTDIR {
            first_other = Some(last);
        }
    }
    (Stage::Exec, first_other.unwrap_or(last))
}

/// Writes `STAGE:ERRNO` (hex) to the error pipe and ends the child. No allocation: a fixed buffer.
fn report_and_exit(errpipe_write: i32, (stage, code): (Stage, i32)) -> ! {
    let mut buffer = [0u8; 32];
    let tag = stage.tag();
    buffer[..tag.len()].copy_from_slice(tag);
    let mut len = tag.len();
    buffer[len] = b':';
    len += 1;
    let mut digits = [0u8; 8];
    let mut n = code.unsigned_abs();
    let mut count = 0;
    loop {
        digits[count] = b"0123456789abcdef"[(n % 16) as usize];
        count += 1;
        n /= 16;
        if n == 0 {
            break;
        }
    }
    for digit in digits[..count].iter().rev() {
        buffer[len] = *digit;
        len += 1;
    }
    // SAFETY: writing a live buffer, then ending the process without running any cleanup.
    unsafe {
        libc::write(errpipe_write, buffer.as_ptr().cast(), len);
        libc::_exit(255)
    }
}

/// The descriptors above 2 open in this process, read from the system's per-process list (or,
/// lacking one, every number up to the limit of open files).
fn open_descriptors() -> Vec<i32> {
    for dir in ["/proc/self/fd", "/dev/fd"] {
        if let Ok(entries) = std::fs::read_dir(dir) {
            // The descriptor that read the directory is in the list; closing it again is harmless.
            return entries
                .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<i32>().ok())
                .filter(|fd| *fd > 2)
                .collect();
        }
    }
    // SAFETY: sysconf has no preconditions.
    let limit = unsafe { libc::sysconf(libc::_SC_OPEN_MAX) };
    let limit = if limit > 0 { limit.min(65536) as i32 } else { 1024 };
    (3..limit).collect()
}

fn int(thread: &mut Thread, value: &Value) -> PyResult<i32> {
    let n = protocols::number::index_of(thread, value)?;
    i32::try_from(n).map_err(|_| value_error(format!("fork_exec: {n} is out of range")))
}

/// A str (file system encoding) or bytes argument as a C string.
fn c_string(value: &Value, what: &str) -> PyResult<CString> {
    let bytes = match (as_pystr(value), value.payload()) {
        (Some(text), _) => fs_encode(text)?,
        (_, Some(Payload::Bytes(b))) => b.to_vec(),
        _ => {
            return Err(type_error(format!(
                "fork_exec: {what} items must be str or bytes, not {}",
                crate::objects::typeobj::type_name(value)
            )))
        }
    };
    CString::new(bytes).map_err(|_| value_error("embedded null byte"))
}

fn c_strings(thread: &mut Thread, values: &Value, what: &str) -> PyResult<Vec<CString>> {
    protocols::iter::collect(thread, values)?.iter().map(|v| c_string(v, what)).collect()
}

fn pointers(strings: &[CString]) -> Vec<*const libc::c_char> {
    strings.iter().map(|s| s.as_ptr()).chain(std::iter::once(std::ptr::null())).collect()
}
