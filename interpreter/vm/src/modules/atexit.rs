//! The `atexit` module: functions to call when the interpreter exits, last registered first.
//! The list belongs to the interpreter (`Interp::exit_callbacks`); the launcher runs it with
//! `run_exitfuncs` when the program ends.

use crate::builtins::native_function;
use crate::objects::exception::type_error;
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::new_dict;
use crate::objects::str::{intern, intern_static, new_str};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// One registered call: the function, then its positional and keyword argument values, with
/// the keyword names (the layout of `Args`).
pub struct Callback {
    function: Value,
    values: Vec<Value>,
    kwnames: Vec<Value>,
}

const DOC: &str = "allow programmer to define multiple exit functions to be executed\n\
upon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n";

/// Makes the `atexit` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    ns.set_str(&intern("__doc__"), new_str(DOC));
    let functions: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("register", register),
        ("unregister", unregister),
        ("_run_exitfuncs", run_exitfuncs_function),
        ("_clear", clear),
        ("_ncallbacks", ncallbacks),
    ];
    for (name, function) in functions {
        ns.set_str(&intern(name), native_function(name, *function, BuiltinKind::Function, None));
    }
    Ok(crate::objects::new_module("atexit", dict))
}

/// `register(func, *args, **kwargs)`: returns `func`, so that it works as a decorator.
fn register(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(function) = args.pos().first() else {
        return Err(type_error("register() takes at least 1 argument (0 given)"));
    };
    if !crate::builtins::is_callable(function) {
        return Err(type_error("the first argument must be callable"));
    }
    let callback =
        Callback { function: function.clone(), values: args.values[1..].to_vec(), kwnames: args.kwnames.to_vec() };
    thread.interp.exit_callbacks.lock().push(callback);
    Ok(function.clone())
}

/// `unregister(func)`: drops every registration of a function equal to `func`.
fn unregister(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [function] = args.values else {
        return Err(type_error(format!(
            "atexit.unregister() takes exactly one argument ({} given)",
            args.values.len()
        )));
    };
    // Compared without the lock held: `__eq__` may run Python code.
    let registered: Vec<Value> = thread.interp.exit_callbacks.lock().iter().map(|c| c.function.clone()).collect();
    let mut drop_them = Vec::with_capacity(registered.len());
    for candidate in &registered {
        drop_them.push(crate::protocols::compare::rich_eq(thread, candidate, function)?);
    }
    let mut callbacks = thread.interp.exit_callbacks.lock();
    let mut index = 0;
    callbacks.retain(|c| {
        let same =
            drop_them.get(index).copied().unwrap_or(false) && registered.get(index).is_some_and(|f| f.is(&c.function));
        index += 1;
        !same
    });
    Ok(Value::None)
}

fn clear(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    let dropped = std::mem::take(&mut *thread.interp.exit_callbacks.lock());
    drop(dropped);
    Ok(Value::None)
}

fn ncallbacks(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(thread.interp.exit_callbacks.lock().len() as i64))
}

fn run_exitfuncs_function(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    run_exitfuncs(thread);
    Ok(Value::None)
}

/// Calls the registered functions, last first, and forgets them. An exception in one is
/// reported as CPython reports it ("Exception ignored in atexit callback: ...") and the
/// others still run.
pub fn run_exitfuncs(thread: &mut Thread) {
    loop {
        // Taken one at a time, so that a callback may register or unregister others.
        let Some(callback) = thread.interp.exit_callbacks.lock().pop() else { break };
        let args = Args { values: &callback.values, kwnames: &callback.kwnames };
        if let Err(err) = crate::call::call(thread, &callback.function, args) {
            let message = Some("Exception ignored in atexit callback");
            crate::modules::sys::report_unraisable(thread, &err, message, &callback.function);
        }
    }
}

/// The end of the interpreter after the exit functions, as CPython's `Py_FinalizeEx` ends the
/// modules. They leave `sys.modules` (all but `sys` and `builtins`); those nothing else holds go
/// with their namespaces, and the collector finalizes what the namespaces kept in cycles (a
/// class is in one, through its methods' globals) with the namespaces whole, so that a `__del__`
/// still sees its module's globals, and a file a module never closed is flushed. `__main__` goes
/// last, the same way when nothing holds it any more; else its globals are set to None, those
/// whose names start with a single `_` first (`__builtins__` is kept), so that the objects only
/// they kept run their `__del__` before the process ends. Other modules still held keep their
/// globals: clearing the standard library's would run its finalizers against half-cleared
/// modules.
pub fn finalize_modules(thread: &mut Thread) {
    // With daemon threads still running (parked at their next finalization point), nothing is
    // finalized, as in CPython: they may be in the middle of using any of it.
    if thread.interp.threads.lock().len() > 1 {
        return;
    }
    let collect = |thread: &mut Thread| {
        crate::gc::collect::collect(thread, 2, true);
        thread.run_finalizers();
    };
    collect(thread);
    let modules = crate::ops::namespace(&thread.interp.modules);
    let Some(Value::Obj(main)) = modules.remove_str(&intern_static("__main__")) else { return };
    let kept = [intern_static("sys"), intern_static("builtins")];
    let others: Vec<Value> = modules
        .keys()
        .iter()
        .filter_map(|key| key.as_obj().filter(|name| !kept.iter().any(|k| ObjRef::ptr_eq(k, name))))
        .filter_map(|name| modules.remove_str(name))
        .collect();
    drop(others);
    thread.clear_lookup_caches();
    collect(thread);
    if main.count() == 1 {
        drop(main);
        thread.clear_lookup_caches();
        collect(thread);
        return;
    }
    let Some(dict) = main.dict().get() else { return };
    let namespace = crate::ops::namespace(&dict);
    let builtins = intern_static("__builtins__");
    for private_only in [true, false] {
        for key in namespace.keys() {
            let Some(name) = key.as_obj().filter(|name| !ObjRef::ptr_eq(name, &builtins)) else { continue };
            let Some(text) = crate::objects::str::as_pystr(&key) else { continue };
            let text = text.as_str();
            let private = text.starts_with('_') && !text.starts_with("__");
            if private_only && !private {
                continue;
            }
            if namespace.get_str(name).is_some_and(|value| !value.is_none()) {
                namespace.set_str(name, Value::None);
                thread.run_finalizers();
            }
        }
    }
    collect(thread);
}
