//! Making and running a found module: its spec (a `ModuleSpec` of `machinery`), its namespace
//! (`__name__`, `__file__`, `__cached__`, `__package__`, `__path__`, `__spec__`, `__loader__`),
//! and its entry in `sys.modules` while it runs (removed again when it fails). Modules the
//! interpreter's own finders found load natively; a spec from a Python finder loads through its
//! loader's `create_module` and `exec_module`.

use super::finder::Origin;
use super::machinery::{machinery, new_instance, own_attr};
use crate::objects::exception::{import_error, set_attr};
use crate::objects::function::Args;
use crate::objects::str::{intern, intern_static, new_str};
use crate::objects::{list, new_dict};
use crate::protocols;
use crate::thread::{Interp, Thread};
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// Sets `name` in an object's own dict (the spec's `_initializing` flag).
fn set_own_attr(object: &Value, name: &str, value: Value) {
    if let Some(object) = object.as_obj() {
        crate::objects::shape::set_own_attr(object, &intern(name), value);
    }
}

/// Whether a module's `__spec__` says it is still running its body (a circular import).
pub fn is_initializing(thread: &mut Thread, module: &Value) -> bool {
    // Read from the namespace: a module's attribute lookup falls back to this function.
    let spec = module
        .as_obj()
        .and_then(|m| m.dict().as_ref())
        .and_then(crate::objects::dict_of)
        .and_then(|d| d.get_str(&intern_static("__spec__")));
    let Some(spec) = spec.filter(|s| !s.is_none()) else { return false };
    match protocols::getattr_opt(thread, &spec, "_initializing") {
        Ok(Some(flag)) => protocols::truthy(thread, &flag).unwrap_or(false),
        _ => false,
    }
}

/// The spec and loader of a module the interpreter's own finders found.
pub fn spec_and_loader(interp: &Interp, name: &str, origin: &Origin) -> (Value, Value) {
    let m = machinery(interp);
    let is_package = origin.is_package();
    let parent = if is_package { name } else { name.rsplit_once('.').map_or("", |(p, _)| p) };
    let mut cached = Value::None;
    let (loader, origin_text) = match origin {
        Origin::Native => (Value::Obj(m.builtin_importer.clone()), new_str("built-in")),
        Origin::Namespace { .. } => (new_instance(&m.namespace_loader, &[]), Value::None),
        Origin::Embedded { .. } => (Value::Obj(m.embedded_importer.clone()), new_str(origin.filename(name))),
        Origin::File { path, .. } => {
            let filename = origin.filename(name);
            let optimize = interp.optimize.load(std::sync::atomic::Ordering::Relaxed);
            cached = super::pyc::cache_path(path, optimize).map_or(Value::None, |c| new_str(c.display().to_string()));
            let attrs = [("name", new_str(name)), ("path", new_str(filename.clone()))];
            (new_instance(&m.source_loader, &attrs), new_str(filename))
        }
        Origin::Sourceless { .. } => {
            let filename = origin.filename(name);
            // The compiled file is its own cache.
            cached = new_str(filename.clone());
            let attrs = [("name", new_str(name)), ("path", new_str(filename.clone()))];
            (new_instance(&m.sourceless_loader, &attrs), new_str(filename))
        }
    };
    let locations = match is_package {
        true => list(origin.package_path(name).into_iter().map(new_str).collect()),
        false => Value::None,
    };
    let spec = new_instance(
        &m.module_spec,
        &[
            ("name", new_str(name)),
            ("loader", loader.clone()),
            ("origin", origin_text),
            ("loader_state", Value::None),
            ("submodule_search_locations", locations),
            ("parent", new_str(parent)),
            (
                "has_location",
                Value::Bool(matches!(
                    origin,
                    Origin::File { .. } | Origin::Sourceless { .. } | Origin::Embedded { .. }
                )),
            ),
            ("cached", cached),
            ("_initializing", Value::Bool(false)),
        ],
    );
    (spec, loader)
}

/// Gives a native module its `__spec__`, `__loader__` and `__package__` (kept when it has them).
pub fn describe_native(interp: &Interp, module: &ObjRef, name: &str) {
    let Some(dict) = module.dict().as_ref() else { return };
    let ns = crate::ops::namespace(dict);
    if ns.get_str(&intern_static("__spec__")).is_some() {
        return;
    }
    let (spec, loader) = spec_and_loader(interp, name, &Origin::Native);
    ns.set_str(&intern_static("__spec__"), spec);
    ns.set_str(&intern_static("__loader__"), loader);
    if ns.get_str(&intern_static("__package__")).is_none() {
        ns.set_str(&intern_static("__package__"), new_str(""));
    }
}

/// Loads and runs the module `name` found at `origin`; returns what `sys.modules` holds for it
/// afterwards (a module may replace itself there).
pub fn load(thread: &mut Thread, name: &str, origin: Origin) -> PyResult<Value> {
    let interp = thread.interp.clone();
    let (spec, loader) = spec_and_loader(&interp, name, &origin);
    let modules = crate::ops::namespace(&interp.modules);
    let key = intern(name);
    if let Origin::Native = origin {
        let module = crate::modules::native_module(thread, name)?;
        describe_native(&interp, &module, name);
        modules.set_str(&key, Value::Obj(module.clone()));
        return Ok(Value::Obj(module));
    }
    let dict = new_dict();
    let module = crate::objects::new_module(name, dict.clone());
    init_namespace(&dict, &spec, &loader);
    let ns = crate::ops::namespace(&dict);
    if let Origin::Namespace { .. } = origin {
        // A namespace package has no code to run.
        ns.set_str(&intern_static("__file__"), Value::None);
        modules.set_str(&key, Value::Obj(module.clone()));
        return Ok(Value::Obj(module));
    }
    // The builtins dict, as CPython's `exec` of the module's code puts there (only `__main__`
    // gets the module).
    ns.set_str(&intern_static("__builtins__"), Value::Obj(interp.builtins_dict.clone()));
    modules.set_str(&key, Value::Obj(module));
    set_own_attr(&spec, "_initializing", Value::Bool(true));
    let ran = code_of(thread, name, &origin).and_then(|code| thread.run_code(code, dict.clone(), Value::Obj(dict)));
    set_own_attr(&spec, "_initializing", Value::Bool(false));
    if let Err(err) = ran {
        modules.remove_str(&key);
        return Err(err);
    }
    modules.get_str(&key).ok_or_else(|| import_error(format!("Loaded module {name} not found in sys.modules")))
}

/// The module attributes a spec gives, as CPython's `_init_module_attrs` sets them on a fresh
/// namespace.
fn init_namespace(dict: &ObjRef, spec: &Value, loader: &Value) {
    let ns = crate::ops::namespace(dict);
    ns.set_str(&intern_static("__doc__"), Value::None);
    ns.set_str(&intern_static("__package__"), own_attr(spec, "parent"));
    ns.set_str(&intern_static("__loader__"), loader.clone());
    ns.set_str(&intern_static("__spec__"), spec.clone());
    let locations = own_attr(spec, "submodule_search_locations");
    if !locations.is_none() {
        // The same list as the spec's, as in CPython.
        ns.set_str(&intern_static("__path__"), locations);
    }
    if matches!(own_attr(spec, "has_location"), Value::Bool(true)) {
        ns.set_str(&intern_static("__file__"), own_attr(spec, "origin"));
        ns.set_str(&intern_static("__cached__"), own_attr(spec, "cached"));
    }
}

/// The code of a module found on disk (through the bytecode cache, or compiled only) or
/// embedded.
pub fn code_of(thread: &mut Thread, name: &str, origin: &Origin) -> PyResult<std::sync::Arc<crate::objects::Code>> {
    match origin {
        Origin::File { path, .. } => super::pyc::source_code(thread, name, path),
        Origin::Sourceless { path, .. } => super::pyc::sourceless_code(thread, name, path),
        Origin::Embedded { source, .. } => {
            let filename = origin.filename(name);
            thread.interp.register_source(&filename, source);
            crate::compile::compile_source(thread, source.as_bytes(), &filename, "exec")
        }
        _ => Err(import_error(format!("no code object available for {name}"))),
    }
}

/// Loads a module from a spec a Python finder returned: `loader.create_module(spec)` (or a
/// fresh module), its attributes from the spec, then `loader.exec_module(module)` with the
/// module in `sys.modules` (a legacy loader's `load_module(name)` instead).
pub fn load_spec(thread: &mut Thread, name: &str, spec: &Value) -> PyResult<Value> {
    let loader = protocols::getattr(thread, spec, &intern("loader"))?;
    let modules = Value::Obj(thread.interp.modules.clone());
    if !loader.is_none() && protocols::getattr_opt(thread, &loader, "exec_module")?.is_none() {
        if let Some(load_module) = protocols::getattr_opt(thread, &loader, "load_module")? {
            crate::call::call(thread, &load_module, Args::positional(&[new_str(name)]))?;
            return modules_entry(thread, name);
        }
    }
    let module = module_from_spec(thread, spec, &loader)?;
    protocols::setitem(thread, &modules, new_str(name), module.clone())?;
    if loader.is_none() {
        return Ok(module);
    }
    let _ = protocols::setattr(thread, spec, &intern("_initializing"), Value::Bool(true));
    let exec = protocols::getattr(thread, &loader, &intern("exec_module"));
    let ran = exec.and_then(|exec| crate::call::call(thread, &exec, Args::positional(&[module])));
    let _ = protocols::setattr(thread, spec, &intern("_initializing"), Value::Bool(false));
    if let Err(err) = ran {
        let _ = protocols::mapping_del(thread, &modules, &new_str(name));
        return Err(err);
    }
    modules_entry(thread, name)
}

fn modules_entry(thread: &mut Thread, name: &str) -> PyResult<Value> {
    let modules = Value::Obj(thread.interp.modules.clone());
    match protocols::mapping_get(thread, &modules, &new_str(name))? {
        Some(module) => Ok(module),
        None => Err(crate::objects::exception::key_error(new_str(name))),
    }
}

/// `importlib.util.module_from_spec`: the loader's `create_module(spec)` or a new module, with
/// the spec's attributes set (a loader with `exec_module` must also have `create_module`).
pub fn module_from_spec(thread: &mut Thread, spec: &Value, loader: &Value) -> PyResult<Value> {
    let mut module = Value::None;
    if !loader.is_none() {
        match protocols::getattr_opt(thread, loader, "create_module")? {
            Some(create) => module = crate::call::call(thread, &create, Args::positional(std::slice::from_ref(spec)))?,
            None if protocols::getattr_opt(thread, loader, "exec_module")?.is_some() => {
                return Err(import_error("loaders that define exec_module() must also define create_module()"));
            }
            None => {}
        }
    }
    if module.is_none() {
        let name = protocols::getattr(thread, spec, &intern("name"))?;
        let text = crate::objects::str::as_pystr(&name).map(|s| s.as_str().into_owned()).unwrap_or_default();
        module = Value::Obj(crate::objects::new_module(&text, new_dict()));
    }
    init_module_attrs(thread, spec, &module, loader)?;
    Ok(module)
}

/// CPython's `_init_module_attrs` for a module made by a loader: set when missing.
fn init_module_attrs(thread: &mut Thread, spec: &Value, module: &Value, loader: &Value) -> PyResult<()> {
    let missing = |thread: &mut Thread, attr: &str| -> PyResult<bool> {
        Ok(protocols::getattr_opt(thread, module, attr)?.is_none_or(|v| v.is_none()))
    };
    let name = protocols::getattr(thread, spec, &intern("name"))?;
    if missing(thread, "__name__")? {
        let _ = protocols::setattr(thread, module, &intern("__name__"), name);
    }
    if missing(thread, "__loader__")? {
        let _ = protocols::setattr(thread, module, &intern("__loader__"), loader.clone());
    }
    if missing(thread, "__package__")? {
        if let Some(parent) = protocols::getattr_opt(thread, spec, "parent")? {
            let _ = protocols::setattr(thread, module, &intern("__package__"), parent);
        }
    }
    let _ = protocols::setattr(thread, module, &intern("__spec__"), spec.clone());
    if let Some(locations) = protocols::getattr_opt(thread, spec, "submodule_search_locations")? {
        if !locations.is_none() && missing(thread, "__path__")? {
            let _ = protocols::setattr(thread, module, &intern("__path__"), locations);
        }
    }
    let has_location = match protocols::getattr_opt(thread, spec, "has_location")? {
        Some(flag) => protocols::truthy(thread, &flag)?,
        None => false,
    };
    if has_location {
        if missing(thread, "__file__")? {
            let origin = protocols::getattr(thread, spec, &intern("origin"))?;
            let _ = protocols::setattr(thread, module, &intern("__file__"), origin);
        }
        if missing(thread, "__cached__")? {
            if let Some(cached) = protocols::getattr_opt(thread, spec, "cached")? {
                let _ = protocols::setattr(thread, module, &intern("__cached__"), cached);
            }
        }
    }
    Ok(())
}

/// `repr(module)` as CPython writes it from the module's spec: `<module 'm' from '/path/m.py'>`,
/// `<module 'sys' (built-in)>`, `<module 'ns' (namespace) from ['/path/ns']>`; without a spec,
/// from `__file__`.
pub fn module_repr(thread: &mut Thread, module: &ObjRef) -> PyResult<String> {
    let name = crate::thread::module_name(module).unwrap_or_else(|| "?".into());
    let namespace = module.dict().as_ref().and_then(crate::objects::dict_of);
    let get = |key: &'static str| namespace.and_then(|d| d.get_str(&intern_static(key)));
    let text = |value: &Value| crate::objects::str::as_pystr(value).map(|s| s.as_str().into_owned());
    if let Some(spec) = get("__spec__").filter(|s| !s.is_none()) {
        let origin = own_attr(&spec, "origin");
        if origin.is_none() {
            let locations = own_attr(&spec, "submodule_search_locations");
            if locations.is_none() {
                return Ok(format!("<module '{name}'>"));
            }
            let shown = protocols::repr(thread, &locations)?;
            return Ok(format!("<module '{name}' (namespace) from {shown}>"));
        }
        let origin = text(&origin).unwrap_or_default();
        if matches!(own_attr(&spec, "has_location"), Value::Bool(true)) {
            return Ok(format!("<module '{name}' from '{origin}'>"));
        }
        return Ok(format!("<module '{name}' ({origin})>"));
    }
    Ok(match get("__file__").as_ref().and_then(text) {
        Some(file) => format!("<module '{name}' from '{file}'>"),
        None if crate::modules::is_native(&name) => format!("<module '{name}' (built-in)>"),
        None => format!("<module '{name}'>"),
    })
}

/// An ImportError naming the module (for a file that cannot be read).
pub fn unreadable(name: &str, path: &std::path::Path, err: &std::io::Error) -> crate::objects::exception::PyErr {
    let e = import_error(format!("could not read {}: {err}", path.display()));
    set_attr(&e, "name", new_str(name));
    e
}
