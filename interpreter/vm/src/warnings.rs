//! The warnings machinery: every warning, whether Python code (`warnings.warn`) or the VM itself
//! (SyntaxWarning at compile time, DeprecationWarning of a builtin, RuntimeWarning of a coroutine
//! never awaited) issues it, goes through the interpreter's filters (`warnings.filters`): it is
//! ignored, shown (once per location, per module, once ever, or always) or raised as an
//! exception, as CPython's `_warnings` decides.
//!
//! The filters, the "once" registry and the default action are Python objects kept in the
//! interpreter, so that `Lib/warnings.py` (which exposes them through `_warnings`) and this module
//! share them. A warning is shown by `warnings._showwarnmsg` when the `warnings` module has been
//! imported (so that a replaced `warnings.showwarning` sees it), else written to `sys.stderr`
//! here in the same format.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::objects::exception::{exceptions, PyErr};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, intern, intern_static, new_str};
use crate::objects::typeobj::{is_subtype, type_data};
use crate::objects::{dict_of, list, new_dict, tuple_of, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The interpreter's warning filters and registries.
pub struct WarningsState {
    /// `warnings.filters`: (action, message, category, module, lineno) tuples, first match wins.
    pub filters: ObjRef,
    /// `warnings.onceregistry`: the warnings an "once" filter has let through.
    pub once_registry: ObjRef,
    /// `_warnings._defaultaction`: the action when no filter matches.
    pub default_action: parking_lot::Mutex<Value>,
    /// Moves on whenever the filters change: a module's `__warningregistry__` from an older
    /// version is cleared before use.
    pub version: AtomicU64,
}

impl WarningsState {
    /// CPython's default filters for a release build.
    pub fn new() -> WarningsState {
        let e = exceptions();
        let filter = |action: &'static str, category: &ObjRef, module: Value| {
            tuple_of([new_str(action), Value::None, Value::Obj(category.clone()), module, Value::Int(0)])
        };
        let filters = vec![
            filter("default", &e.deprecation_warning, new_str("__main__")),
            filter("ignore", &e.deprecation_warning, Value::None),
            filter("ignore", &e.pending_deprecation_warning, Value::None),
            filter("ignore", &e.import_warning, Value::None),
            filter("ignore", &e.resource_warning, Value::None),
        ];
        let Value::Obj(filters) = list(filters) else { unreachable!("a list is an object") };
        WarningsState {
            filters,
            once_registry: new_dict(),
            default_action: parking_lot::Mutex::new(new_str("default")),
            version: AtomicU64::new(1),
        }
    }

    /// Called after the filters list changed (`_warnings._filters_mutated`).
    pub fn filters_mutated(&self) {
        self.version.fetch_add(1, Ordering::Relaxed);
    }
}

impl Default for WarningsState {
    fn default() -> WarningsState {
        WarningsState::new()
    }
}

/// A warning from native code, located at the Python frame `stacklevel - 1` levels below the
/// running one (1: the running frame). Err when a filter turns it into an exception.
pub fn warn(thread: &mut Thread, category: &ObjRef, message: &str, stacklevel: usize) -> PyResult<()> {
    warn_value(thread, new_str(message), category, stacklevel, Value::None)
}

/// A BytesWarning, issued only when -b is given (`message` is made only then).
pub fn bytes_warning(thread: &mut Thread, message: impl FnOnce() -> String) -> PyResult<()> {
    if !thread.interp.bytes_warning.load(Ordering::Relaxed) {
        return Ok(());
    }
    let category = exceptions().bytes_warning.clone();
    warn(thread, &category, &message(), 1)
}

/// `warn` for a message that is a str or a Warning instance, with `source` (the object that
/// caused a ResourceWarning, or None).
pub fn warn_value(
    thread: &mut Thread,
    message: Value,
    category: &ObjRef,
    stacklevel: usize,
    source: Value,
) -> PyResult<()> {
    let at = thread.frames.len().checked_sub(stacklevel.max(1));
    let (filename, lineno, globals) = match at.map(|i| &thread.frames[i]) {
        Some(frame) => (
            frame.code.filename_str(),
            frame.code.line_at(frame.lasti).map_or(0, i64::from),
            Some(frame.globals.clone()),
        ),
        None => ("sys".to_string(), 1, None),
    };
    let (module, registry) = match &globals {
        Some(globals) => {
            let namespace = crate::ops::namespace(globals);
            let module = namespace.get_str(&intern_static("__name__")).unwrap_or_else(|| new_str("<string>"));
            let key = intern_static("__warningregistry__");
            let registry = match namespace.get_str(&key) {
                Some(registry) => registry,
                None => {
                    let registry = Value::Obj(new_dict());
                    namespace.set_str(&key, registry.clone());
                    registry
                }
            };
            (module, registry)
        }
        None => (new_str("sys"), Value::Obj(new_dict())),
    };
    let globals = globals.map_or(Value::None, Value::Obj);
    let place = Place { filename: new_str(filename), lineno, module, registry, globals };
    warn_explicit(thread, message, category, place, source)
}

/// Where a warning is issued, as `warnings.warn_explicit` takes it.
pub struct Place {
    pub filename: Value,
    pub lineno: i64,
    /// The module name filters match (None: taken from the filename).
    pub module: Value,
    /// The module's `__warningregistry__` dict (None: no registry).
    pub registry: Value,
    /// The module's globals, for the source line (None when unknown).
    pub globals: Value,
}

/// `warnings.warn_explicit`: applies the filters to the warning and shows it, ignores it or
/// raises it.
pub fn warn_explicit(
    thread: &mut Thread,
    message: Value,
    category: &ObjRef,
    place: Place,
    source: Value,
) -> PyResult<()> {
    let state = &thread.interp.warnings;
    let version = state.version.load(Ordering::Relaxed);
    let module = if place.module.is_none() { module_from_filename(&place.filename) } else { place.module.clone() };
    if let Some(registry) = dict_of_value(&place.registry) {
        let version_key = intern_static("version");
        if registry.get_str(&version_key).map(|v| matches!(v, Value::Int(n) if n as u64 == version)) != Some(true) {
            registry.clear();
            registry.set_str(&version_key, Value::Int(version as i64));
        }
    }
    // The text and the instance: a Warning instance is its own category.
    let is_instance = message.as_obj().is_some_and(|o| is_subtype(&o.class, &exceptions().warning));
    let (text, category, instance) = if is_instance {
        let text = new_str(crate::protocols::to_str(thread, &message)?);
        let category = message.as_obj().map(|o| o.class.clone()).unwrap_or_else(|| category.clone());
        (text, category, message)
    } else {
        let instance =
            crate::call::call(thread, &Value::Obj(category.clone()), Args::positional(std::slice::from_ref(&message)))?;
        (message, category.clone(), instance)
    };
    let key = tuple_of([text.clone(), Value::Obj(category.clone()), Value::Int(place.lineno)]);
    if let Some(registry) = dict_of_value(&place.registry) {
        if registry.get(thread, &key)?.is_some_and(|v| !matches!(v, Value::Bool(false) | Value::Int(0))) {
            return Ok(());
        }
    }
    let (action, filter) = matching_filter(thread, &text, &category, &module, place.lineno)?;
    let action_text = as_pystr(&action).map(|a| a.as_str().into_owned()).unwrap_or_default();
    let mark = |thread: &mut Thread, key: &Value| -> PyResult<()> {
        if let Some(registry) = dict_of_value(&place.registry) {
            registry.set(thread, key.clone(), Value::Bool(true))?;
        }
        Ok(())
    };
    match action_text.as_str() {
        "ignore" => return Ok(()),
        "error" => return Err(crate::ops::as_error(instance)?),
        "once" => {
            mark(thread, &key)?;
            let once_key = tuple_of([text.clone(), Value::Obj(category.clone())]);
            let once = thread.interp.warnings.once_registry.clone();
            let Some(once) = dict_of(&once) else { return Ok(()) };
            if once.get(thread, &once_key)?.is_some() {
                return Ok(());
            }
            once.set(thread, once_key, Value::Bool(true))?;
        }
        "always" | "all" => {}
        "module" => {
            mark(thread, &key)?;
            let module_key = tuple_of([text.clone(), Value::Obj(category.clone()), Value::Int(0)]);
            if let Some(registry) = dict_of_value(&place.registry) {
                if registry.get(thread, &module_key)?.is_some() {
                    return Ok(());
                }
            }
            mark(thread, &module_key)?;
        }
        "default" => mark(thread, &key)?,
        _ => {
            let shown = crate::protocols::repr(thread, &action)?;
            let item = crate::protocols::repr(thread, &filter)?;
            return Err(PyErr::new(
                &exceptions().runtime_error,
                format!("Unrecognized action ({shown}) in warnings.filters:\n {item}"),
            ));
        }
    }
    show(thread, instance, &category, &place, source)
}

/// The first filter that matches, as (action, filter); the default action when none does.
fn matching_filter(
    thread: &mut Thread,
    text: &Value,
    category: &ObjRef,
    module: &Value,
    lineno: i64,
) -> PyResult<(Value, Value)> {
    let filters = thread.interp.warnings.filters.clone();
    let items = match filters.payload() {
        Payload::List(items) => items.lock().to_vec(),
        _ => Vec::new(),
    };
    for filter in items {
        let Some(parts) = crate::objects::as_tuple(&filter).map(<[Value]>::to_vec) else {
            return Err(PyErr::new(&exceptions().value_error, "_warnings.filters item isn't a 5-tuple"));
        };
        let [action, message, filter_category, filter_module, filter_lineno] = parts.as_slice() else {
            return Err(PyErr::new(&exceptions().value_error, "_warnings.filters item isn't a 5-tuple"));
        };
        // `issubclass(category, filter_category)`: a filter may name a tuple of classes.
        let category_matches = match filter_category {
            Value::Obj(class) if matches!(class.payload(), Payload::Type(_)) => is_subtype(category, class),
            other => crate::builtins::instance_check::is_subclass(thread, &Value::Obj(category.clone()), other)?,
        };
        let lineno_matches = match filter_lineno {
            Value::Int(0) => true,
            Value::Int(n) => *n == lineno,
            _ => false,
        };
        if category_matches
            && lineno_matches
            && pattern_matches(thread, message, text)?
            && pattern_matches(thread, filter_module, module)?
        {
            return Ok((action.clone(), filter));
        }
    }
    let default = thread.interp.warnings.default_action.lock().clone();
    Ok((default, Value::None))
}

/// A filter's message or module pattern: None matches anything, a str matches itself, and a
/// compiled pattern decides with its `match` method.
fn pattern_matches(thread: &mut Thread, pattern: &Value, subject: &Value) -> PyResult<bool> {
    if pattern.is_none() {
        return Ok(true);
    }
    if let (Some(pattern), Some(subject)) = (as_pystr(pattern), as_pystr(subject)) {
        return Ok(pattern.as_str() == subject.as_str());
    }
    let matcher = crate::protocols::getattr(thread, pattern, &intern("match"))?;
    let result = crate::call::call(thread, &matcher, Args::positional(std::slice::from_ref(subject)))?;
    crate::protocols::truthy(thread, &result)
}

/// The module name of a file: its name without `.py` ("<unknown>" for an empty one).
fn module_from_filename(filename: &Value) -> Value {
    let name = as_pystr(filename).map(|s| s.as_str().into_owned()).unwrap_or_default();
    if name.is_empty() {
        return new_str("<unknown>");
    }
    new_str(name.strip_suffix(".py").unwrap_or(&name))
}

fn dict_of_value(value: &Value) -> Option<&crate::objects::Dict> {
    value.as_obj().and_then(dict_of)
}

/// Shows a warning that passed the filters: through `warnings._showwarnmsg` when the module is
/// loaded, else on `sys.stderr` as `FILE:LINE: Category: message` and the source line.
fn show(thread: &mut Thread, instance: Value, category: &ObjRef, place: &Place, source: Value) -> PyResult<()> {
    let warnings_module = dict_of(&thread.interp.modules).and_then(|m| m.get_str(&intern_static("warnings")));
    if let Some(module) = warnings_module {
        let make = crate::protocols::getattr_opt(thread, &module, "WarningMessage")?;
        let show = crate::protocols::getattr_opt(thread, &module, "_showwarnmsg")?;
        if let (Some(make), Some(show)) = (make, show) {
            let args = [
                instance,
                Value::Obj(category.clone()),
                place.filename.clone(),
                Value::Int(place.lineno),
                Value::None,
                Value::None,
                source,
            ];
            let message = crate::call::call(thread, &make, Args::positional(&args))?;
            crate::call::call(thread, &show, Args::positional(&[message]))?;
            return Ok(());
        }
    }
    let text = crate::protocols::to_str(thread, &instance)?;
    let filename = as_pystr(&place.filename).map(|s| s.as_str().into_owned()).unwrap_or_default();
    let mut report = format!("{filename}:{}: {}: {text}\n", place.lineno, type_data(category).name());
    if let Some(line) = source_line(thread, &filename, place.lineno) {
        report.push_str(&format!("  {line}\n"));
    }
    if !source.is_none() {
        // There is no tracemalloc to say where the source object was made.
        let name = type_data(category).name();
        report.push_str(&format!("{name}: Enable tracemalloc to get the object allocation traceback\n"));
    }
    crate::modules::sys::write_stderr(thread, &report)
}

/// Line `lineno` of `filename`, stripped (None when unknown or blank).
pub fn source_line(thread: &Thread, filename: &str, lineno: i64) -> Option<String> {
    // As linecache: no lines for pseudo-files such as `<string>`.
    if filename.starts_with('<') {
        return None;
    }
    let index = usize::try_from(lineno).ok()?.checked_sub(1)?;
    let text = thread.interp.source_of(filename)?;
    let line = text.lines().nth(index)?.trim().to_string();
    (!line.is_empty()).then_some(line)
}
