//! The `posix` module: the operating system interface `Lib/os.py` builds on. One file per
//! concept: argument conversion and errors (`convert`), file descriptors (`files`), paths
//! (`fs`), directories (`scandir`), `stat`, processes (`process`) and the environment
//! (`environ`). Unix only: other targets have no `posix` (nor `os`).

mod convert;
mod environ;
mod files;
mod fs;
mod owner;
mod process;
mod scandir;
mod stat;

pub use convert::{fs_decode, fs_encode, os_error};
pub use owner::{id_arg, id_in_range, id_value, name_arg};

use crate::builtins::{native_function, new_bytes};
use crate::objects::exception::{exceptions, value_error};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::str::{intern, new_str};
use crate::objects::{new_dict, new_module};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    // Paths
    ("stat", stat::stat),
    ("lstat", stat::lstat),
    ("fstat", stat::fstat),
    ("getcwd", fs::getcwd),
    ("getcwdb", fs::getcwdb),
    ("chdir", fs::chdir),
    ("fchdir", fs::fchdir),
    ("listdir", fs::listdir),
    ("scandir", scandir::scandir),
    ("mkdir", fs::mkdir),
    ("rmdir", fs::rmdir),
    ("remove", fs::remove),
    ("unlink", fs::unlink),
    ("rename", fs::rename),
    ("replace", fs::replace),
    ("link", fs::link),
    ("symlink", fs::symlink),
    ("readlink", fs::readlink),
    ("chmod", fs::chmod),
    ("fchmod", fs::fchmod),
    ("utime", fs::utime),
    ("access", fs::access),
    ("umask", fs::umask),
    ("truncate", files::truncate),
    ("chown", owner::chown),
    ("lchown", owner::lchown),
    ("fchown", owner::fchown),
    // File descriptors
    ("open", files::open),
    ("close", files::close),
    ("closerange", files::closerange),
    ("read", files::read),
    ("write", files::write),
    ("lseek", files::lseek),
    ("fsync", files::fsync),
    ("ftruncate", files::ftruncate),
    ("dup", files::dup),
    ("dup2", files::dup2),
    ("pipe", files::pipe),
    ("isatty", files::isatty),
    ("device_encoding", files::device_encoding),
    ("get_inheritable", files::get_inheritable),
    ("set_inheritable", files::set_inheritable),
    ("get_blocking", files::get_blocking),
    ("set_blocking", files::set_blocking),
    ("get_terminal_size", files::get_terminal_size),
    // Processes
    ("getpid", process::getpid),
    ("getppid", process::getppid),
    ("getuid", process::getuid),
    ("geteuid", process::geteuid),
    ("getgid", process::getgid),
    ("getegid", process::getegid),
    ("getpgrp", process::getpgrp),
    ("getgroups", owner::getgroups),
    ("getgrouplist", owner::getgrouplist),
    ("initgroups", owner::initgroups),
    ("getpgid", process::getpgid),
    ("kill", process::kill),
    ("fork", process::fork),
    ("register_at_fork", process::register_at_fork),
    ("execv", process::execv),
    ("execve", process::execve),
    ("_exit", process::exit_now),
    ("waitpid", process::waitpid),
    ("wait", process::wait),
    ("WIFEXITED", process::WIFEXITED),
    ("WEXITSTATUS", process::WEXITSTATUS),
    ("WIFSIGNALED", process::WIFSIGNALED),
    ("WTERMSIG", process::WTERMSIG),
    ("WIFSTOPPED", process::WIFSTOPPED),
    ("WSTOPSIG", process::WSTOPSIG),
    ("WIFCONTINUED", process::WIFCONTINUED),
    ("WCOREDUMP", process::WCOREDUMP),
    ("waitstatus_to_exitcode", process::waitstatus_to_exitcode),
    ("times", process::times),
    ("uname", process::uname),
    ("cpu_count", process::cpu_count),
    ("system", process::system),
    ("abort", process::abort),
    // The environment and the rest
    ("putenv", environ::putenv),
    ("unsetenv", environ::unsetenv),
    ("strerror", strerror),
    ("urandom", urandom),
    ("fspath", fspath),
];

/// The integer constants, by the name the module gives them.
fn constants() -> Vec<(&'static str, i64)> {
    let mut out: Vec<(&'static str, i64)> = vec![
        ("F_OK", libc::F_OK.into()),
        ("R_OK", libc::R_OK.into()),
        ("W_OK", libc::W_OK.into()),
        ("X_OK", libc::X_OK.into()),
        ("O_RDONLY", libc::O_RDONLY.into()),
        ("O_WRONLY", libc::O_WRONLY.into()),
        ("O_RDWR", libc::O_RDWR.into()),
        ("O_ACCMODE", libc::O_ACCMODE.into()),
        ("O_APPEND", libc::O_APPEND.into()),
        ("O_CREAT", libc::O_CREAT.into()),
        ("O_EXCL", libc::O_EXCL.into()),
        ("O_TRUNC", libc::O_TRUNC.into()),
        ("O_NONBLOCK", libc::O_NONBLOCK.into()),
        ("O_NDELAY", libc::O_NDELAY.into()),
        ("O_NOCTTY", libc::O_NOCTTY.into()),
        ("O_CLOEXEC", libc::O_CLOEXEC.into()),
        ("O_DIRECTORY", libc::O_DIRECTORY.into()),
        ("O_NOFOLLOW", libc::O_NOFOLLOW.into()),
        ("O_SYNC", libc::O_SYNC.into()),
        ("O_DSYNC", libc::O_DSYNC.into()),
        ("O_ASYNC", libc::O_ASYNC.into()),
        ("SEEK_SET", libc::SEEK_SET.into()),
        ("SEEK_CUR", libc::SEEK_CUR.into()),
        ("SEEK_END", libc::SEEK_END.into()),
        ("WNOHANG", libc::WNOHANG.into()),
        ("WUNTRACED", libc::WUNTRACED.into()),
        ("WCONTINUED", libc::WCONTINUED.into()),
        ("EX_OK", 0),
        ("EX_USAGE", 64),
        ("EX_DATAERR", 65),
        ("EX_NOINPUT", 66),
        ("EX_NOUSER", 67),
        ("EX_NOHOST", 68),
        ("EX_UNAVAILABLE", 69),
        ("EX_SOFTWARE", 70),
        ("EX_OSERR", 71),
        ("EX_OSFILE", 72),
        ("EX_CANTCREAT", 73),
        ("EX_IOERR", 74),
        ("EX_TEMPFAIL", 75),
        ("EX_PROTOCOL", 76),
        ("EX_NOPERM", 77),
        ("EX_CONFIG", 78),
    ];
    #[cfg(any(target_os = "linux", target_os = "android"))]
    out.extend([
        ("O_RSYNC", libc::O_RSYNC.into()),
        ("O_PATH", libc::O_PATH.into()),
        ("O_TMPFILE", libc::O_TMPFILE.into()),
        ("O_NOATIME", libc::O_NOATIME.into()),
        ("O_DIRECT", libc::O_DIRECT.into()),
        ("O_LARGEFILE", libc::O_LARGEFILE.into()),
        ("SEEK_DATA", libc::SEEK_DATA.into()),
        ("SEEK_HOLE", libc::SEEK_HOLE.into()),
        ("WEXITED", libc::WEXITED.into()),
        ("WSTOPPED", libc::WSTOPPED.into()),
        ("WNOWAIT", libc::WNOWAIT.into()),
    ]);
    #[cfg(target_os = "macos")]
    out.extend([("O_SHLOCK", libc::O_SHLOCK.into()), ("O_EXLOCK", libc::O_EXLOCK.into())]);
    out
}

/// Makes the `posix` module.
pub fn init(thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    for (name, func) in FUNCTIONS {
        ns.set_str(&intern(name), native_function(name, *func, BuiltinKind::Function, None));
    }
    for (name, value) in constants() {
        ns.set_str(&intern(name), Value::Int(value));
    }
    ns.set_str(&intern("error"), Value::Obj(exceptions().os_error.clone()));
    ns.set_str(&intern("stat_result"), Value::Obj(stat::stat_result_type().clone()));
    ns.set_str(&intern("terminal_size"), Value::Obj(files::terminal_size_type().clone()));
    ns.set_str(&intern("times_result"), Value::Obj(process::times_result_type().clone()));
    ns.set_str(&intern("uname_result"), Value::Obj(process::uname_result_type().clone()));
    ns.set_str(&intern("DirEntry"), Value::Obj(scandir::dir_entry_type().clone()));
    ns.set_str(&intern("environ"), Value::Obj(environ::environ_dict(thread)?));
    Ok(new_module("posix", dict))
}

/// `strerror(code)`.
fn strerror(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [code] = convert::exact("strerror", &args, 1)? else { return Ok(Value::None) };
    let code = convert::int_arg(thread, code)?;
    Ok(new_str(convert::strerror_text(i32::try_from(code).unwrap_or(i32::MAX))))
}

/// `urandom(size)`: bytes from the system's random source.
fn urandom(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    use std::io::Read;
    let [size] = convert::exact("urandom", &args, 1)? else { return Ok(Value::None) };
    let size = convert::int_arg(thread, size)?;
    if size < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let mut buffer = vec![0u8; size as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut source| source.read_exact(&mut buffer))
        .map_err(|e| os_error(e.raw_os_error().unwrap_or(libc::EIO), None, None))?;
    Ok(new_bytes(buffer))
}

/// `fspath(path)` (PEP 519).
fn fspath(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let a = convert::bind_kw("fspath", &args, &["path"], &[], 1)?;
    crate::modules::io::fspath(thread, a[0].as_ref().unwrap_or(&Value::None))
}
