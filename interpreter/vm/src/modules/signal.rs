//! The `signal` module: the signal numbers, `signal`/`getsignal` (Python handlers run by the
//! main thread's eval loop, see `interrupt`), `default_int_handler`, `raise_signal`, `alarm`,
//! `pause`, `strsignal` and the interval timers. Unix only.

#![allow(unsafe_code)]

use parking_lot::Mutex;

use crate::builtins::native_function;
use crate::modules::interrupt::{signal_arrived, SIGNAL_COUNT};
use crate::objects::exception::{exceptions, type_error, value_error, PyErr};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::str::{intern, new_str};
use crate::objects::{new_dict, new_module, tuple_of};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The handlers Python set, by signal number (None: never set, the OS's disposition holds).
static HANDLERS: Mutex<Vec<Option<Value>>> = Mutex::new(Vec::new());

const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

/// The Python handler to run for an arrived `signal`, if one is set.
pub fn python_handler(signal: i32) -> Option<Value> {
    let handlers = HANDLERS.lock();
    let handler = handlers.get(usize::try_from(signal).ok()?)?.clone()?;
    match handler {
        Value::Int(_) => None,
        other => Some(other),
    }
}

extern "C" fn on_signal(signal: libc::c_int) {
    signal_arrived(signal);
}

const CONSTANTS: &[(&str, libc::c_int)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGSYS", libc::SIGSYS),
    #[cfg(any(target_os = "linux", target_os = "android"))]
    ("SIGCLD", libc::SIGCHLD),
    #[cfg(any(target_os = "linux", target_os = "android"))]
    ("SIGPOLL", libc::SIGPOLL),
    #[cfg(any(target_os = "linux", target_os = "android"))]
    ("SIGPWR", libc::SIGPWR),
    #[cfg(any(target_os = "linux", target_os = "android"))]
    ("SIGSTKFLT", libc::SIGSTKFLT),
    #[cfg(target_os = "macos")]
    ("SIGEMT", libc::SIGEMT),
    #[cfg(target_os = "macos")]
    ("SIGINFO", libc::SIGINFO),
    ("SIG_BLOCK", libc::SIG_BLOCK),
    ("SIG_UNBLOCK", libc::SIG_UNBLOCK),
    ("SIG_SETMASK", libc::SIG_SETMASK),
    ("ITIMER_REAL", libc::ITIMER_REAL),
    ("ITIMER_VIRTUAL", libc::ITIMER_VIRTUAL),
    ("ITIMER_PROF", libc::ITIMER_PROF),
];

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("signal", signal),
    ("getsignal", getsignal),
    ("raise_signal", raise_signal),
    ("alarm", alarm),
    ("pause", pause),
    ("strsignal", strsignal),
    ("setitimer", setitimer),
    ("getitimer", getitimer),
    ("valid_signals", valid_signals),
];

/// The `default_int_handler` function object (one per process, so that `is` compares it),
/// made with the first `signal` module (`module`).
static HANDLER: std::sync::OnceLock<Value> = std::sync::OnceLock::new();

fn default_int_handler_object() -> Value {
    HANDLER
        .get_or_init(|| native_function("default_int_handler", default_int_handler, BuiltinKind::Function, None))
        .clone()
}

/// Makes the `signal` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    for (name, value) in CONSTANTS {
        ns.set_str(&intern(name), Value::Int(i64::from(*value)));
    }
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        ns.set_str(&intern("SIGRTMIN"), Value::Int(i64::from(libc::SIGRTMIN())));
        ns.set_str(&intern("SIGRTMAX"), Value::Int(i64::from(libc::SIGRTMAX())));
    }
    ns.set_str(&intern("NSIG"), Value::Int(SIGNAL_COUNT as i64));
    ns.set_str(&intern("SIG_DFL"), Value::Int(SIG_DFL));
    ns.set_str(&intern("SIG_IGN"), Value::Int(SIG_IGN));
    for (name, func) in FUNCTIONS {
        ns.set_str(&intern(name), native_function(name, *func, BuiltinKind::Function, None));
    }
    ns.set_str(&intern("ItimerError"), Value::Obj(exceptions().os_error.clone()));
    let module = new_module("signal", dict.clone());
    let handler =
        HANDLER.get_or_init(|| crate::modules::module_function("default_int_handler", default_int_handler, &module));
    ns.set_str(&intern("default_int_handler"), handler.clone());
    Ok(module)
}

fn signal_number(thread: &mut Thread, value: &Value) -> PyResult<i32> {
    let n = protocols::number::index_of(thread, value)?;
    if n < 1 || n >= SIGNAL_COUNT as i64 {
        return Err(value_error("signal number out of range"));
    }
    Ok(n as i32)
}

fn os_error_now() -> PyErr {
    crate::modules::posix::os_error(std::io::Error::last_os_error().raw_os_error().unwrap_or(0), None, None)
}

/// The handler the OS has for `signal`, as `getsignal` shows one Python did not set.
fn os_handler(signal: i32) -> Value {
    // SAFETY: `sigaction` is plain data; a NULL new action only reads the current one.
    let mut current: libc::sigaction = unsafe { std::mem::zeroed() };
    if unsafe { libc::sigaction(signal, std::ptr::null(), &mut current) } == -1 {
        return Value::None;
    }
    match current.sa_sigaction {
        libc::SIG_DFL => Value::Int(SIG_DFL),
        libc::SIG_IGN => Value::Int(SIG_IGN),
        // The embedder's Ctrl-C handler raises KeyboardInterrupt, as `default_int_handler` does.
        _ if signal == libc::SIGINT => default_int_handler_object(),
        _ => Value::None,
    }
}

/// Whether Python handles `signal` (a handler function, or `default_int_handler` for SIGINT),
/// rather than the OS (SIG_DFL, SIG_IGN).
pub fn handled_by_python(signal: i32) -> bool {
    match current_handler(signal) {
        Value::Int(_) => false,
        Value::None => signal == libc::SIGINT,
        _ => true,
    }
}

fn current_handler(signal: i32) -> Value {
    let set = HANDLERS.lock().get(signal as usize).cloned().flatten();
    set.unwrap_or_else(|| os_handler(signal))
}

/// `signal(signalnum, handler)`: the previous handler.
fn signal(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [number, handler] = exact(&args, "signal", 2)? else { return Ok(Value::None) };
    let number = signal_number(thread, number)?;
    if !thread.is_main {
        return Err(value_error("signal only works in main thread of the main interpreter"));
    }
    let action = match handler {
        Value::Int(SIG_DFL) => libc::SIG_DFL,
        Value::Int(SIG_IGN) => libc::SIG_IGN,
        other if crate::builtins::is_callable(other) => on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t,
        _ => return Err(type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")),
    };
    let previous = current_handler(number);
    // SAFETY: `sigaction` is plain data; the handler only stores to atomics.
    let mut new_action: libc::sigaction = unsafe { std::mem::zeroed() };
    new_action.sa_sigaction = action;
    new_action.sa_flags = libc::SA_ONSTACK;
    unsafe { libc::sigemptyset(&mut new_action.sa_mask) };
    if unsafe { libc::sigaction(number, &new_action, std::ptr::null_mut()) } == -1 {
        return Err(os_error_now());
    }
    let mut handlers = HANDLERS.lock();
    if handlers.len() < SIGNAL_COUNT {
        handlers.resize(SIGNAL_COUNT, None);
    }
    handlers[number as usize] = Some(handler.clone());
    drop(handlers);
    Ok(previous)
}

/// `getsignal(signalnum)`.
fn getsignal(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [number] = exact(&args, "getsignal", 1)? else { return Ok(Value::None) };
    let number = signal_number(thread, number)?;
    Ok(current_handler(number))
}

/// `default_int_handler(signalnum, frame)`: raises KeyboardInterrupt.
fn default_int_handler(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(PyErr::with_args(&exceptions().keyboard_interrupt, Vec::new()))
}

/// `raise_signal(signalnum)`: the handler has run when it returns.
fn raise_signal(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [number] = exact(&args, "raise_signal", 1)? else { return Ok(Value::None) };
    let number = signal_number(thread, number)?;
    // SAFETY: plain system call on a number.
    if unsafe { libc::raise(number) } != 0 {
        return Err(os_error_now());
    }
    thread.interrupt_point()?;
    Ok(Value::None)
}

/// `alarm(seconds)`: the seconds left of the previous alarm.
fn alarm(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [seconds] = exact(&args, "alarm", 1)? else { return Ok(Value::None) };
    let seconds = protocols::number::index_of(thread, seconds)?;
    // SAFETY: alarm cannot fail.
    Ok(Value::Int(i64::from(unsafe { libc::alarm(seconds.clamp(0, u32::MAX as i64) as u32) })))
}

/// `pause()`: sleeps until a signal arrives, then runs its handler.
fn pause(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "pause", 0)?;
    // SAFETY: pause has no preconditions.
    unsafe { libc::pause() };
    thread.interrupt_point()?;
    Ok(Value::None)
}

/// `strsignal(signalnum)`: the signal's description, or None.
fn strsignal(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [number] = exact(&args, "strsignal", 1)? else { return Ok(Value::None) };
    let number = signal_number(thread, number)?;
    // SAFETY: strsignal returns a NUL-terminated string, copied before the next call.
    let text = unsafe {
        let text = libc::strsignal(number);
        if text.is_null() {
            return Ok(Value::None);
        }
        std::ffi::CStr::from_ptr(text).to_string_lossy().into_owned()
    };
    if text.starts_with("Unknown signal") || text.starts_with("Real-time signal") {
        return Ok(Value::None);
    }
    Ok(new_str(text))
}

/// `signal.valid_signals()`: the numbers of the signals the platform has (a full signal set's
/// members, which leaves out the ones the C library keeps for itself).
fn valid_signals(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    exact(&args, "valid_signals", 0)?;
    let mut set = std::mem::MaybeUninit::<libc::sigset_t>::uninit();
    // SAFETY: sigfillset initializes the set it is given; sigismember reads it afterwards.
    #[allow(unsafe_code)]
    let numbers: Vec<Value> = unsafe {
        if libc::sigfillset(set.as_mut_ptr()) != 0 {
            return Err(os_error_now());
        }
        let set = set.assume_init();
        (1..SIGNAL_COUNT as i32)
            .filter(|&n| libc::sigismember(&set, n) == 1)
            .map(|n| Value::Int(i64::from(n)))
            .collect()
    };
    crate::ops::build_set(thread, numbers)
}

fn seconds_of(tv: libc::timeval) -> Value {
    Value::Float(tv.tv_sec as f64 + tv.tv_usec as f64 / 1e6)
}

fn timeval_of(seconds: f64) -> libc::timeval {
    let whole = seconds.floor();
    let mut micros = ((seconds - whole) * 1e6).round() as i64;
    // A positive time shorter than a microsecond still arms the timer.
    if whole == 0.0 && micros == 0 && seconds > 0.0 {
        micros = 1;
    }
    libc::timeval { tv_sec: whole as libc::time_t, tv_usec: micros as libc::suseconds_t }
}

fn float_arg(thread: &mut Thread, value: &Value) -> PyResult<f64> {
    match value {
        Value::Float(f) => Ok(*f),
        other => Ok(protocols::number::index_of(thread, other)? as f64),
    }
}

/// `setitimer(which, seconds, interval=0.0)`: the previous `(delay, interval)`.
fn setitimer(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if !(2..=3).contains(&pos.len()) {
        return Err(type_error(format!("setitimer expected at least 2 arguments, got {}", pos.len())));
    }
    let which = protocols::number::index_of(thread, &pos[0])? as libc::c_int;
    let delay = float_arg(thread, &pos[1])?;
    let interval = match pos.get(2) {
        Some(v) => float_arg(thread, v)?,
        None => 0.0,
    };
    let new = libc::itimerval { it_value: timeval_of(delay), it_interval: timeval_of(interval) };
    // SAFETY: `itimerval` is plain data that setitimer fills.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    if unsafe { libc::setitimer(which, &new, &mut old) } == -1 {
        return Err(os_error_now());
    }
    Ok(tuple_of([seconds_of(old.it_value), seconds_of(old.it_interval)]))
}

/// `getitimer(which)`: `(delay, interval)`.
fn getitimer(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [which] = exact(&args, "getitimer", 1)? else { return Ok(Value::None) };
    let which = protocols::number::index_of(thread, which)? as libc::c_int;
    // SAFETY: `itimerval` is plain data that getitimer fills.
    let mut current: libc::itimerval = unsafe { std::mem::zeroed() };
    if unsafe { libc::getitimer(which, &mut current) } == -1 {
        return Err(os_error_now());
    }
    Ok(tuple_of([seconds_of(current.it_value), seconds_of(current.it_interval)]))
}

fn exact<'a>(args: &Args<'a>, function: &str, n: usize) -> PyResult<&'a [Value]> {
    let pos = args.pos();
    if args.kwnames.is_empty() && pos.len() == n {
        return Ok(pos);
    }
    if !args.kwnames.is_empty() {
        return Err(type_error(format!("{function}() takes no keyword arguments")));
    }
    Err(type_error(match n {
        0 => format!("{function}() takes no arguments ({} given)", pos.len()),
        1 => format!("{function}() takes exactly one argument ({} given)", pos.len()),
        _ => format!("{function} expected {n} arguments, got {}", pos.len()),
    }))
}
