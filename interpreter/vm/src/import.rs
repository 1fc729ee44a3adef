//! The `import` statement. The import system (finders, loaders, the embedded stdlib) comes
//! with the launcher's issue; until then, modules already in `sys.modules` import, and anything
//! else raises ModuleNotFoundError as CPython words it.

use crate::objects::exception::{exceptions, PyErr};
use crate::objects::str::{as_pystr, intern, new_str};
use crate::objects::{as_dict, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// IMPORT_NAME.
pub fn import_name(thread: &mut Thread, name: &ObjRef, _fromlist: Value, _level: Value) -> PyResult<Value> {
    let text = as_pystr(&Value::Obj(name.clone())).map(|s| s.as_str().into_owned()).unwrap_or_default();
    let modules = Value::Obj(thread.interp.modules.clone());
    let top = text.split('.').next().unwrap_or(&text).to_string();
    if let Some(module) = as_dict(&modules).and_then(|d| d.get_str(&intern(&text))) {
        let _ = module;
        if let Some(top_module) = as_dict(&modules).and_then(|d| d.get_str(&intern(&top))) {
            return Ok(top_module);
        }
    }
    let err = PyErr::new(&exceptions().module_not_found_error, format!("No module named '{text}'"));
    crate::objects::exception::set_attr(&err, "name", new_str(text));
    Err(err)
}

/// IMPORT_FROM.
pub fn import_from(thread: &mut Thread, module: &Value, name: &ObjRef) -> PyResult<Value> {
    match protocols::getattr(thread, module, name) {
        Ok(value) => Ok(value),
        Err(err) if err.matches(&exceptions().attribute_error) => {
            let text = as_pystr(&Value::Obj(name.clone())).map(|s| s.as_str().into_owned()).unwrap_or_default();
            let module_name = module.as_obj().and_then(crate::thread::module_name).unwrap_or_else(|| "?".into());
            Err(PyErr::new(
                &exceptions().import_error,
                format!("cannot import name '{text}' from '{module_name}' (unknown location)"),
            ))
        }
        Err(err) => Err(err),
    }
}

/// `from module import *` into the running frame's locals.
pub fn import_star(thread: &mut Thread, module: &Value) -> PyResult<()> {
    let Some(Payload::Module) = module.payload() else { return Ok(()) };
    let Some(dict) = module.as_obj().and_then(|m| m.dict.clone()) else { return Ok(()) };
    let locals = thread.frames.last().map(|f| f.locals.clone()).unwrap_or(Value::Null);
    for (key, value) in as_dict(&Value::Obj(dict)).map(|d| d.items()).unwrap_or_default() {
        if as_pystr(&key).is_some_and(|s| s.as_str().starts_with('_')) {
            continue;
        }
        protocols::mapping_set(thread, &locals, key, value)?;
    }
    Ok(())
}
