//! The `sys` module: what the language core needs of it (exception state, the recursion limit,
//! exit, the standard streams, the hooks, version facts), and what the launcher tells it about
//! the run (`config`).

mod config;
mod facts;
mod hooks;
pub mod runtime;

pub use hooks::report_unraisable;
mod streams;

use std::sync::Arc;

pub use crate::modules::io::stdio::Stdio;
pub use config::{apply as configure, Config, Flags};
pub use facts::VERSION;
pub use hooks::{display, report_uncaught};
pub use streams::{is_native_stdout, os_error, set_stdio, write_stderr};

use crate::builtins::native_function;
use crate::modules::arguments::no_arguments;
use crate::objects::exception::{exceptions, type_error, value_error, PyErr};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::str::{intern, new_str};
use crate::objects::{list, new_dict, tuple_of, Payload};
use crate::protocols;
use crate::thread::{Interp, Thread};
use crate::value::{ObjRef, Value};
use crate::PyResult;

fn exc_info(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(match &thread.handled_exception() {
        Value::Obj(exc) if matches!(exc.payload(), Payload::Exception(_)) => {
            let tb =
                crate::objects::exception::exception_fields(exc).map(|f| f.traceback.clone()).unwrap_or(Value::None);
            tuple_of([Value::Obj(exc.class.clone()), Value::Obj(exc.clone()), tb])
        }
        _ => tuple_of([Value::None, Value::None, Value::None]),
    })
}

fn exception(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(thread.handled_exception())
}

fn getrecursionlimit(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(thread.interp.recursion_limit() as i64))
}

fn setrecursionlimit(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(limit) = args.pos().first() else {
        return Err(type_error("setrecursionlimit() takes exactly one argument (0 given)"));
    };
    if matches!(limit, Value::Float(_)) {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = protocols::number::index_of(thread, limit)?;
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= thread.depth() {
        return Err(crate::objects::exception::recursion_error(format!(
            "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
            thread.depth()
        )));
    }
    thread.interp.recursion_limit.store(n as usize, std::sync::atomic::Ordering::Relaxed);
    Ok(Value::None)
}

fn get_int_max_str_digits(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(crate::objects::int::max_str_digits() as i64))
}

fn set_int_max_str_digits(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let bound = crate::modules::arguments::bind("set_int_max_str_digits", &args, &["maxdigits"], 1)?;
    let limit = protocols::number::index_of(thread, bound[0].as_ref().unwrap_or(&Value::None))?;
    if limit != 0 && limit < crate::objects::int::STR_DIGITS_THRESHOLD as i64 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::objects::int::set_max_str_digits(usize::try_from(limit).unwrap_or(usize::MAX));
    Ok(Value::None)
}

fn exit(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Err(PyErr::with_args(&exceptions().system_exit, args.pos().to_vec()))
}

fn getrefcount(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    // Immortal objects (and immediates) report a fixed count, as CPython 3.12's immortals do.
    const IMMORTAL_REPORTED: i64 = (1 << 32) - 1;
    let count = match args.pos().first().and_then(Value::as_obj) {
        Some(obj) if !obj.is_immortal() => obj.refcount() as i64,
        _ => IMMORTAL_REPORTED,
    };
    Ok(Value::Int(count))
}

fn intern_function(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match args.pos().first().and_then(crate::objects::str::as_pystr) {
        Some(s) => Ok(Value::Obj(crate::objects::str::intern_wtf8(s.wtf8()))),
        None => Err(type_error("intern() argument must be str")),
    }
}

fn getframe(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let depth = frame_depth(thread, args, "_getframe")?;
    match thread.frame_at_depth(depth) {
        Some(frame) => Ok(Value::Obj(frame)),
        None => Err(value_error("call stack is not deep enough")),
    }
}

/// `sys._getframemodulename(depth=0)`: the `__name__` of the globals `depth` frames down.
fn getframemodulename(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let depth = frame_depth(thread, args, "_getframemodulename")?;
    let Some(index) = thread.frames.len().checked_sub(1 + depth) else { return Ok(Value::None) };
    let globals = thread.frames[index].globals.clone();
    Ok(crate::objects::dict_of(&globals).and_then(|d| d.get_str(&intern("__name__"))).unwrap_or(Value::None))
}

fn frame_depth(thread: &mut Thread, args: Args<'_>, function: &str) -> PyResult<usize> {
    if !args.kwnames.is_empty() {
        return Err(type_error(format!("sys.{function}() takes no keyword arguments")));
    }
    let depth = match args.pos() {
        [] => 0,
        [depth] => crate::protocols::number::index_of(thread, depth)?,
        more => return Err(type_error(format!("{function} expected at most 1 argument, got {}", more.len()))),
    };
    Ok(usize::try_from(depth).unwrap_or(0))
}

/// The one argument of a `sys` function taking exactly one (CPython's METH_O).
fn only_arg(args: Args<'_>, function: &str) -> PyResult<Value> {
    match args.pos() {
        _ if !args.kwnames.is_empty() => Err(type_error(format!("sys.{function}() takes no keyword arguments"))),
        [one] => Ok(one.clone()),
        more => Err(type_error(format!("sys.{function}() takes exactly one argument ({} given)", more.len()))),
    }
}

fn settrace(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let func = only_arg(args, "settrace")?;
    thread.set_trace(func);
    Ok(Value::None)
}

fn gettrace(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(thread.trace_function())
}

fn setprofile(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let func = only_arg(args, "setprofile")?;
    thread.set_profile(func);
    Ok(Value::None)
}

fn getprofile(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(thread.profile_function())
}

fn settraceallthreads(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let func = only_arg(args, "_settraceallthreads")?;
    crate::all_threads::set_hook_all_threads(thread, crate::all_threads::Hook::Trace, func);
    Ok(Value::None)
}

fn setprofileallthreads(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let func = only_arg(args, "_setprofileallthreads")?;
    crate::all_threads::set_hook_all_threads(thread, crate::all_threads::Hook::Profile, func);
    Ok(Value::None)
}

fn current_frames(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_arguments(&args, "sys._current_frames")?;
    crate::all_threads::current_frames(thread)
}

fn current_exceptions(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_arguments(&args, "sys._current_exceptions")?;
    crate::all_threads::current_exceptions(thread)
}

/// `sys.call_tracing(func, args)`: calls `func(*args)` with tracing on, also from inside a
/// trace function (where events are otherwise off).
fn call_tracing(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [func, call_args] = match args.pos() {
        [func, call_args] if args.kwnames.is_empty() => [func.clone(), call_args.clone()],
        _ if !args.kwnames.is_empty() => return Err(type_error("call_tracing() takes no keyword arguments")),
        more => return Err(type_error(format!("call_tracing expected 2 arguments, got {}", more.len()))),
    };
    let Some(values) = crate::objects::as_tuple(&call_args) else {
        return Err(type_error(format!(
            "call_tracing() argument 2 must be tuple, not {}",
            crate::objects::typeobj::type_name(&call_args)
        )));
    };
    let values = values.to_vec();
    thread.with_tracing_enabled(|thread| crate::call::call(thread, &func, Args::positional(&values)))
}

/// Makes the `sys` module of an interpreter and registers it (and `builtins`) in `sys.modules`.
pub fn install(interp: &Arc<Interp>) {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let set = |name: &str, value: Value| ns.set_str(&intern(name), value);
    let functions: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("exc_info", exc_info),
        ("exception", exception),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("exit", exit),
        ("getrefcount", getrefcount),
        ("intern", intern_function),
        ("_getframe", getframe),
        ("_getframemodulename", getframemodulename),
        ("settrace", settrace),
        ("gettrace", gettrace),
        ("setprofile", setprofile),
        ("getprofile", getprofile),
        ("call_tracing", call_tracing),
        ("_settraceallthreads", settraceallthreads),
        ("_setprofileallthreads", setprofileallthreads),
        ("_current_frames", current_frames),
        ("_current_exceptions", current_exceptions),
        ("displayhook", hooks::displayhook),
        ("excepthook", hooks::excepthook),
        ("audit", hooks::audit),
        ("addaudithook", hooks::addaudithook),
        ("getdefaultencoding", facts::getdefaultencoding),
        ("getfilesystemencoding", facts::getfilesystemencoding),
        ("getfilesystemencodeerrors", facts::getfilesystemencodeerrors),
        ("getsizeof", facts::getsizeof),
        ("unraisablehook", hooks::unraisablehook),
        ("breakpointhook", hooks::breakpointhook),
        ("getswitchinterval", runtime::getswitchinterval),
        ("setswitchinterval", runtime::setswitchinterval),
        ("getdlopenflags", runtime::getdlopenflags),
        ("setdlopenflags", runtime::setdlopenflags),
        ("is_finalizing", runtime::is_finalizing),
        ("getallocatedblocks", runtime::getallocatedblocks),
        ("getunicodeinternedsize", runtime::getunicodeinternedsize),
        ("_clear_type_cache", runtime::clear_type_cache),
        ("_debugmallocstats", runtime::debugmallocstats),
        ("get_asyncgen_hooks", runtime::get_asyncgen_hooks),
        ("set_asyncgen_hooks", runtime::set_asyncgen_hooks),
        ("get_coroutine_origin_tracking_depth", runtime::get_coroutine_origin_tracking_depth),
        ("set_coroutine_origin_tracking_depth", runtime::set_coroutine_origin_tracking_depth),
    ];
    for (name, func) in functions {
        set(name, native_function(name, *func, BuiltinKind::Function, None));
    }
    for hook in ["displayhook", "excepthook", "unraisablehook", "breakpointhook"] {
        if let Some(function) = ns.get_str(&intern(hook)) {
            set(&format!("__{hook}__"), function);
        }
    }
    for (name, value) in facts::struct_facts() {
        set(name, value);
    }
    set("argv", list(vec![new_str("")]));
    set("path", list(Vec::new()));
    set("modules", Value::Obj(interp.modules.clone()));
    set("version", new_str(VERSION));
    set("hexversion", Value::Int(0x030C07F0));
    set("maxsize", Value::Int(i64::MAX));
    set("maxunicode", Value::Int(0x10FFFF));
    set("byteorder", new_str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    set("platform", new_str(std::env::consts::OS));
    set("orig_argv", list(Vec::new()));
    set("warnoptions", list(Vec::new()));
    set("_xoptions", Value::Obj(new_dict()));
    // An embedder's interpreter has no path configuration unless it gives one (`configure`).
    for name in ["executable", "_base_executable", "prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        set(name, new_str(""));
    }
    set("platlibdir", new_str("lib"));
    set("__doc__", new_str(facts::DOC));
    set("abiflags", new_str(""));
    set("api_version", Value::Int(1013));
    set("copyright", new_str(facts::COPYRIGHT));
    set("float_repr_style", new_str("short"));
    set("pycache_prefix", Value::None);
    set("_git", tuple_of([new_str("ferrython"), new_str(""), new_str("")]));
    set("_home", Value::None);
    set("thread_info", facts::thread_info());
    set("builtin_module_names", runtime::builtin_module_names());
    set("stdlib_module_names", runtime::stdlib_module_names());
    set("_stdlib_dir", Value::None);
    set("flags", Flags::default().to_value());
    set("dont_write_bytecode", Value::Bool(false));
    let version = tuple_of([Value::Int(0), Value::Int(1), Value::Int(0), new_str("alpha"), Value::Int(0)]);
    let namespace = crate::builtins::new_simple_namespace(&[
        ("name", new_str("ferrython")),
        ("cache_tag", new_str("ferrython-312")),
        ("version", version),
    ]);
    set("implementation", namespace);
    set("monitoring", Value::Obj(crate::monitoring::module::make(interp)));
    let sys = crate::objects::new_module("sys", dict);
    crate::modules::attach_functions(&sys, &interp.builtins);
    {
        let mut natives = interp.native_modules.lock();
        natives.insert("sys".to_string(), sys.clone());
        natives.insert("builtins".to_string(), interp.builtins.clone());
    }
    // UTF-8 is always found, so this cannot fail.
    let _ = set_stdio(interp, &Stdio::default());
    let modules = crate::ops::namespace(&interp.modules);
    modules.set_str(&intern("sys"), Value::Obj(sys));
    modules.set_str(&intern("builtins"), Value::Obj(interp.builtins.clone()));
}

/// The interpreter's `sys` module's namespace.
fn sys_namespace(interp: &Interp) -> Option<ObjRef> {
    interp.native_modules.lock().get("sys").and_then(|sys| sys.dict().get())
}

/// `sys.path` as it is now (the list may have been replaced).
pub fn path_of(thread: &Thread) -> Option<Value> {
    crate::objects::dict_of(&sys_namespace(&thread.interp)?)?.get_str(&intern("path"))
}

/// An attribute of the interpreter's `sys` module (None when missing).
pub fn sys_attr(interp: &Interp, name: &str) -> Option<Value> {
    crate::objects::dict_of(&sys_namespace(interp)?)?.get_str(&intern(name))
}

/// Sets an attribute of the interpreter's `sys` module (`sys.ps1` for the REPL).
pub fn set_sys_attr(interp: &Interp, name: &str, value: Value) {
    if let Some(dict) = sys_namespace(interp) {
        crate::ops::namespace(&dict).set_str(&intern(name), value);
    }
}

/// The `sys` module's `stdout` (what `print` writes to by default).
pub fn stdout_of(thread: &Thread) -> Option<Value> {
    let modules = crate::objects::dict_of(&thread.interp.modules)?;
    let sys = modules.get_str(&intern("sys"))?;
    crate::objects::dict_of(sys.as_obj()?.dict().as_ref()?)?.get_str(&intern("stdout"))
}
