//! The hooks a program may replace: `sys.displayhook` (what the REPL and 'single' code show),
//! `sys.excepthook` (how an uncaught exception is reported), and the audit hooks.

use crate::objects::exception::{exceptions, type_error, PyErr};
use crate::objects::function::Args;
use crate::objects::str::intern_static;
use crate::objects::typeobj::{class_of, is_subtype, type_name};
use crate::objects::{tuple, Payload};
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

/// `sys.displayhook(value)`: shows the repr of a value other than None on `sys.stdout` and
/// keeps it as `builtins._`.
pub(super) fn displayhook(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [value] = args.pos() else {
        return Err(type_error(format!("displayhook() takes exactly one argument ({} given)", args.pos().len())));
    };
    if value.is_none() {
        return Ok(Value::None);
    }
    let builtins = Value::Obj(thread.interp.builtins_dict.clone());
    let underscore = Value::Obj(intern_static("_"));
    crate::protocols::mapping_set(thread, &builtins, underscore.clone(), Value::None)?;
    let text = crate::protocols::repr(thread, value)?;
    crate::builtins::write_stdout(thread, &format!("{text}\n"))?;
    crate::protocols::mapping_set(thread, &builtins, underscore, value.clone())?;
    Ok(Value::None)
}

/// What 'single' code does with the value of an expression statement: calls `sys.displayhook`.
pub fn display(thread: &mut Thread, value: Value) -> PyResult<()> {
    match super::sys_attr(&thread.interp, "displayhook") {
        Some(hook) => crate::call::call(thread, &hook, Args::positional(&[value])).map(|_| ()),
        None => Err(PyErr::new(&exceptions().runtime_error, "lost sys.displayhook")),
    }
}

/// `sys.excepthook(type, value, traceback)`: prints the report of an exception to `sys.stderr`.
pub(super) fn excepthook(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [_, value, _] = args.pos() else {
        return Err(type_error(format!("excepthook expected 3 arguments, got {}", args.pos().len())));
    };
    let report = match value {
        Value::Obj(obj) if matches!(obj.payload(), Payload::Exception(_)) => {
            crate::traceback::format_exception(thread, &PyErr(obj.clone()))
        }
        other => format!("TypeError: print_exception(): Exception expected for value, {} found\n", type_name(other)),
    };
    super::streams::write_stderr(thread, &report)?;
    Ok(Value::None)
}

/// Reports an uncaught exception through `sys.excepthook`, as CPython does when a program ends
/// with one (and the REPL after each failed statement). Never raises.
pub fn report_uncaught(thread: &mut Thread, err: &PyErr) {
    let value = err.value();
    let traceback = err.fields().traceback.clone();
    let Some(hook) = super::sys_attr(&thread.interp, "excepthook") else {
        let report = format!("sys.excepthook is missing\n{}", crate::traceback::format_exception(thread, err));
        let _ = super::streams::write_stderr(thread, &report);
        return;
    };
    let call_args = [Value::Obj(err.class().clone()), value, traceback];
    if let Err(hook_err) = crate::call::call(thread, &hook, Args::positional(&call_args)) {
        if hook_err.matches(&exceptions().system_exit) {
            return;
        }
        let report = format!(
            "Error in sys.excepthook:\n{}\nOriginal exception was:\n{}",
            crate::traceback::format_exception(thread, &hook_err),
            crate::traceback::format_exception(thread, err)
        );
        let _ = super::streams::write_stderr(thread, &report);
    }
}

/// `sys.addaudithook(hook)`: the interpreter's hooks are called in the order they were added.
pub(super) fn addaudithook(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [hook] = args.pos() else {
        return Err(type_error(format!("addaudithook() takes exactly one argument ({} given)", args.pos().len())));
    };
    thread.interp.audit_hooks.lock().push(hook.clone());
    Ok(Value::None)
}

/// `sys.audit(event, *args)`: calls each audit hook with the event name and the args tuple.
pub(super) fn audit(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some((event, rest)) = args.pos().split_first() else {
        return Err(type_error("audit() missing 1 required positional argument: 'event'"));
    };
    if !is_subtype(class_of(event), &crate::objects::typeobj::types().str) {
        return Err(type_error(format!("expected str for argument 'event', not {}", type_name(event))));
    }
    // Copied out: a hook may add hooks.
    let hooks = thread.interp.audit_hooks.lock().clone();
    let event_args = tuple(rest.to_vec());
    for hook in hooks {
        crate::call::call(thread, &hook, Args::positional(&[event.clone(), event_args.clone()]))?;
    }
    Ok(Value::None)
}

/// The struct sequence type of `sys.unraisablehook`'s argument. CPython 3.12 documents it as
/// `sys.UnraisableHookArgs` but does not make it an attribute of `sys`: it is named
/// `UnraisableHookArgs`, in module 'builtins', and reached only as the type of that argument.
fn unraisable_args_type() -> &'static crate::value::ObjRef {
    static TYPE: std::sync::OnceLock<crate::value::ObjRef> = std::sync::OnceLock::new();
    TYPE.get_or_init(|| {
        crate::modules::structseq::new_type(
            "builtins",
            "UnraisableHookArgs",
            &["exc_type", "exc_value", "exc_traceback", "err_msg", "object"],
        )
    })
}

/// `sys.unraisablehook(unraisable)`: reports an exception that could not be raised (from a
/// `__del__`, a weakref callback, a thread) on `sys.stderr`.
pub(super) fn unraisablehook(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [unraisable] = args.pos() else {
        return Err(type_error(format!("unraisablehook() takes exactly one argument ({} given)", args.pos().len())));
    };
    let fields = crate::objects::as_tuple(unraisable).unwrap_or_default();
    if !crate::objects::typeobj::is_subtype(class_of(unraisable), unraisable_args_type()) || fields.len() != 5 {
        return Err(type_error("sys.unraisablehook argument type must be UnraisableHookArgs"));
    }
    let message = match crate::objects::str::as_pystr(&fields[3]) {
        Some(text) => text.as_str().into_owned(),
        None => "Exception ignored in".to_string(),
    };
    let mut text = message;
    if !fields[4].is_none() {
        let shown = crate::protocols::repr(thread, &fields[4]).unwrap_or_else(|_| "<object repr() failed>".into());
        text.push_str(": ");
        text.push_str(&shown);
    }
    text.push('\n');
    match &fields[1] {
        Value::Obj(exc) if matches!(exc.payload(), Payload::Exception(_)) => {
            text.push_str(&crate::traceback::format_exception(thread, &PyErr(exc.clone())));
        }
        other if !other.is_none() => text.push_str(&format!("{}\n", type_name(other))),
        _ => {}
    }
    super::streams::write_stderr(thread, &text)?;
    Ok(Value::None)
}

/// Reports `err`, which cannot be raised, through `sys.unraisablehook` ("Exception ignored in:
/// OBJ" by default; `message` replaces "Exception ignored in"). Never raises: when the hook
/// fails or is missing, the report is written to stderr directly.
pub fn report_unraisable(thread: &mut Thread, err: &PyErr, message: Option<&str>, object: &Value) {
    let fields = vec![
        Value::Obj(err.class().clone()),
        err.value(),
        err.fields().traceback.clone(),
        message.map_or(Value::None, crate::objects::str::new_str),
        object.clone(),
    ];
    let unraisable = crate::modules::structseq::new_instance(unraisable_args_type(), fields);
    let called = match super::sys_attr(&thread.interp, "unraisablehook") {
        Some(hook) => crate::call::call(thread, &hook, Args::positional(std::slice::from_ref(&unraisable))),
        None => Err(PyErr::new(&exceptions().runtime_error, "lost sys.unraisablehook")),
    };
    if called.is_err() {
        let _ = unraisablehook(thread, Args::positional(std::slice::from_ref(&unraisable)));
    }
}

/// `sys.breakpointhook(*args, **kwargs)`: calls the function `$PYTHONBREAKPOINT` names
/// (`pdb.set_trace` when unset or empty; "0" turns breakpoints off), importing its module.
pub(super) fn breakpointhook(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let ignore_environment = super::sys_attr(&thread.interp, "flags")
        .and_then(|flags| crate::protocols::getattr_opt(thread, &flags, "ignore_environment").ok().flatten())
        .is_some_and(|v| matches!(v, Value::Int(n) if n != 0) || matches!(v, Value::Bool(true)));
    let configured = if ignore_environment { None } else { std::env::var("PYTHONBREAKPOINT").ok() };
    let name = match configured.as_deref() {
        None | Some("") => "pdb.set_trace".to_string(),
        Some("0") => return Ok(Value::None),
        Some(name) => name.to_string(),
    };
    let (module, attribute) = match name.rsplit_once('.') {
        Some((module, attribute)) => (module.to_string(), attribute.to_string()),
        None => ("builtins".to_string(), name.clone()),
    };
    // The module itself (not its top-level package), then the attribute: no fromlist, so
    // that no submodule named after the attribute is imported.
    let found = crate::import::import_module_level(thread, &module, &Value::None, &Value::None, 0)
        .and_then(|_| crate::import::import_absolute(thread, &module))
        .and_then(|m| crate::protocols::getattr(thread, &m, &crate::objects::str::intern(&attribute)));
    match found {
        Ok(hook) => crate::call::call(thread, &hook, args),
        Err(_) => {
            let category = exceptions().runtime_warning.clone();
            crate::warnings::warn(
                thread,
                &category,
                &format!("Ignoring unimportable $PYTHONBREAKPOINT: \"{name}\""),
                1,
            )?;
            Ok(Value::None)
        }
    }
}
