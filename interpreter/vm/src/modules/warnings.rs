//! The native `_warnings` module: `warn(message, category=UserWarning, stacklevel=1)` with the
//! default filters of the `warnings` module (DeprecationWarning shown only when the code that
//! triggers it runs in `__main__`; PendingDeprecationWarning, ImportWarning and ResourceWarning
//! ignored; the rest shown once per location). Filters set from Python come with the `warnings`
//! module itself.

use crate::builtins::native_function;
use crate::objects::exception::{exceptions, type_error};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::str::{as_pystr, intern, intern_static};
use crate::objects::typeobj::{is_subtype, type_name};
use crate::objects::{dict_of, new_dict, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// Makes the `_warnings` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    crate::ops::namespace(&dict).set_str(&intern("warn"), native_function("warn", warn, BuiltinKind::Function, None));
    Ok(crate::objects::new_module("_warnings", dict))
}

fn warn(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let mut slots: [Option<Value>; 3] = Default::default();
    for (slot, value) in slots.iter_mut().zip(args.pos()) {
        *slot = Some(value.clone());
    }
    for (key, value) in args.keywords() {
        let key = as_pystr(key).map(|s| s.as_str().into_owned()).unwrap_or_default();
        match ["message", "category", "stacklevel"].iter().position(|n| *n == key) {
            Some(i) => slots[i] = Some(value.clone()),
            None => return Err(type_error(format!("warn() got an unexpected keyword argument '{key}'"))),
        }
    }
    let [message, category, stacklevel] = slots;
    let message = message.ok_or_else(|| type_error("warn() missing required argument 'message' (pos 1)"))?;
    let e = exceptions();
    // A Warning instance is its own category.
    let (text, category) = match message.as_obj() {
        Some(obj) if is_subtype(&obj.class, &e.warning) => (protocols::to_str(thread, &message)?, obj.class.clone()),
        _ => {
            let category = match category {
                None | Some(Value::None) => e.user_warning.clone(),
                Some(Value::Obj(class))
                    if matches!(class.payload, Payload::Type(_)) && is_subtype(&class, &e.warning) =>
                {
                    class
                }
                Some(other) => {
                    return Err(type_error(format!("category must be a Warning subclass, not '{}'", type_name(&other))))
                }
            };
            (protocols::to_str(thread, &message)?, category)
        }
    };
    let level = match stacklevel {
        Some(level) => protocols::number::index_of(thread, &level)?.max(1) as usize,
        None => 1,
    };
    if !shown_by_default(thread, &category, level - 1) {
        return Ok(Value::None);
    }
    let location = crate::warnings::location(thread, level - 1);
    crate::warnings::warn_at(thread, &category, &text, None, location);
    Ok(Value::None)
}

/// A warning from native code (`DeprecationWarning` of `int()`, ...), located at the running
/// Python frame and filtered as `warn()` filters it.
pub fn warn_native(thread: &mut Thread, category: &ObjRef, message: &str) {
    if shown_by_default(thread, category, 0) {
        let location = crate::warnings::location(thread, 0);
        crate::warnings::warn_at(thread, category, message, None, location);
    }
}

/// The `warnings` module's default filters.
fn shown_by_default(thread: &Thread, category: &ObjRef, depth: usize) -> bool {
    let e = exceptions();
    if is_subtype(category, &e.deprecation_warning) {
        let globals = thread.frames.iter().rev().nth(depth).map(|f| f.globals.clone());
        let name = globals.as_ref().and_then(dict_of).and_then(|d| d.get_str(&intern_static("__name__")));
        return name.and_then(|n| as_pystr(&n).map(|s| s.as_str() == "__main__")).unwrap_or(false);
    }
    ![&e.pending_deprecation_warning, &e.import_warning, &e.resource_warning].iter().any(|c| is_subtype(category, c))
}
