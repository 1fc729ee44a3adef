//! The hooks a program may replace: `sys.displayhook` (what the REPL and 'single' code show),
//! `sys.excepthook` (how an uncaught exception is reported), and the audit hooks.

use crate::objects::exception::{exceptions, type_error, PyErr};
use crate::objects::function::Args;
use crate::objects::str::intern_static;
use crate::objects::typeobj::{class_of, is_subtype, type_name};
use crate::objects::{list, tuple, Payload};
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
        Value::Obj(obj) if matches!(obj.payload, Payload::Exception(_)) => {
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

/// `sys.addaudithook(hook)`: hooks are kept in `sys._audit_hooks` (a list), called in order.
pub(super) fn addaudithook(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [hook] = args.pos() else {
        return Err(type_error(format!("addaudithook() takes exactly one argument ({} given)", args.pos().len())));
    };
    if let Some(Value::Obj(hooks)) = super::sys_attr(&thread.interp, "_audit_hooks") {
        if let Payload::List(items) = &hooks.payload {
            items.lock().push(hook.clone());
        }
    }
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
    let hooks = match super::sys_attr(&thread.interp, "_audit_hooks") {
        Some(Value::Obj(hooks)) => match &hooks.payload {
            Payload::List(items) => items.lock().clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let event_args = tuple(rest.to_vec());
    for hook in hooks {
        crate::call::call(thread, &hook, Args::positional(&[event.clone(), event_args.clone()]))?;
    }
    Ok(Value::None)
}

/// The initial (empty) list of audit hooks.
pub(super) fn new_audit_hooks() -> Value {
    list(Vec::new())
}
