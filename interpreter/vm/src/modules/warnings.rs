//! The native `_warnings` module: `warn` and `warn_explicit` over the interpreter's filters
//! (`crate::warnings`), and the shared state `Lib/warnings.py` builds on: `filters`,
//! `_defaultaction`, `_onceregistry` and `_filters_mutated`.

use crate::builtins::native_function;
use crate::objects::exception::{exceptions, type_error};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::str::{as_pystr, intern};
use crate::objects::typeobj::{is_subtype, type_name};
use crate::objects::{new_dict, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::warnings::Place;
use crate::PyResult;

/// Makes the `_warnings` module.
pub fn init(thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let namespace = crate::ops::namespace(&dict);
    let functions: &[(&'static str, crate::objects::function::NativeFn)] =
        &[("warn", warn), ("warn_explicit", warn_explicit), ("_filters_mutated", filters_mutated)];
    for (name, func) in functions {
        namespace.set_str(&intern(name), native_function(name, *func, BuiltinKind::Function, None));
    }
    let state = &thread.interp.warnings;
    namespace.set_str(&intern("filters"), Value::Obj(state.filters.clone()));
    namespace.set_str(&intern("_onceregistry"), Value::Obj(state.once_registry.clone()));
    namespace.set_str(&intern("_defaultaction"), state.default_action.lock().clone());
    Ok(crate::objects::new_module("_warnings", dict))
}

/// Binds `names` from positional then keyword arguments.
fn bind<const N: usize>(args: &Args<'_>, function: &str, names: [&str; N]) -> PyResult<[Option<Value>; N]> {
    let mut slots: [Option<Value>; N] = std::array::from_fn(|_| None);
    if args.pos().len() > N {
        return Err(type_error(format!("{function}() takes at most {N} arguments ({} given)", args.pos().len())));
    }
    for (slot, value) in slots.iter_mut().zip(args.pos()) {
        *slot = Some(value.clone());
    }
    for (key, value) in args.keywords() {
        let key = as_pystr(key).map(|s| s.as_str().into_owned()).unwrap_or_default();
        match names.iter().position(|n| *n == key) {
            Some(i) => slots[i] = Some(value.clone()),
            None => return Err(type_error(format!("{function}() got an unexpected keyword argument '{key}'"))),
        }
    }
    Ok(slots)
}

/// The category of a warning: a Warning instance's class, else `category` (UserWarning when
/// None), which must be a Warning subclass.
fn category_of(message: &Value, category: Option<Value>) -> PyResult<ObjRef> {
    let e = exceptions();
    if let Some(obj) = message.as_obj().filter(|o| is_subtype(&o.class, &e.warning)) {
        return Ok(obj.class.clone());
    }
    match category {
        None | Some(Value::None) => Ok(e.user_warning.clone()),
        Some(Value::Obj(class)) if matches!(class.payload(), Payload::Type(_)) && is_subtype(&class, &e.warning) => {
            Ok(class)
        }
        Some(other) => Err(type_error(format!("category must be a Warning subclass, not '{}'", type_name(&other)))),
    }
}

/// `warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=())`.
fn warn(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [message, category, stacklevel, source, _skip] =
        bind(&args, "warn", ["message", "category", "stacklevel", "source", "skip_file_prefixes"])?;
    let message = message.ok_or_else(|| type_error("warn() missing required argument 'message' (pos 1)"))?;
    let category = category_of(&message, category)?;
    let level = match stacklevel {
        Some(level) => protocols::number::index_of(thread, &level)?,
        None => 1,
    };
    // Level 1 is the caller of warn() (this native call pushes no frame).
    let level = usize::try_from(level).unwrap_or(0).max(1);
    crate::warnings::warn_value(thread, message, &category, level, source.unwrap_or(Value::None))?;
    Ok(Value::None)
}

/// `warn_explicit(message, category, filename, lineno, module=None, registry=None,
/// module_globals=None, source=None)`.
fn warn_explicit(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let names = ["message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"];
    let [message, category, filename, lineno, module, registry, globals, source] = bind(&args, "warn_explicit", names)?;
    let missing =
        |name: &str, pos: usize| type_error(format!("warn_explicit() missing required argument '{name}' (pos {pos})"));
    let message = message.ok_or_else(|| missing("message", 1))?;
    let category = category.ok_or_else(|| missing("category", 2))?;
    let filename = filename.ok_or_else(|| missing("filename", 3))?;
    let lineno = lineno.ok_or_else(|| missing("lineno", 4))?;
    if as_pystr(&filename).is_none() {
        return Err(type_error(format!(
            "warn_explicit() argument 'filename' must be str, not {}",
            type_name(&filename)
        )));
    }
    let category = category_of(&message, Some(category))?;
    let lineno = protocols::number::index_of(thread, &lineno)?;
    let registry = registry.unwrap_or(Value::None);
    if !registry.is_none() && !matches!(registry.payload(), Some(Payload::Dict(_))) {
        return Err(type_error(format!("'registry' must be a dict or None, not '{}'", type_name(&registry))));
    }
    let place = Place {
        filename,
        lineno,
        module: module.unwrap_or(Value::None),
        registry,
        globals: globals.unwrap_or(Value::None),
    };
    crate::warnings::warn_explicit(thread, message, &category, place, source.unwrap_or(Value::None))?;
    Ok(Value::None)
}

/// `_filters_mutated()`: registries made before the change no longer count.
fn filters_mutated(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    thread.interp.warnings.filters_mutated();
    Ok(Value::None)
}
