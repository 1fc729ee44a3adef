//! Making and running a found module: its namespace (`__name__`, `__file__`, `__package__`,
//! `__path__`, `__spec__`, `__loader__`), its entry in `sys.modules` while it runs (removed again
//! when it fails), and the spec and loader objects that describe it.

use std::sync::OnceLock;

use super::finder::Origin;
use crate::objects::exception::import_error;
use crate::objects::str::{intern, intern_static, new_str};
use crate::objects::typeobj::{new_builtin_type, set_builtin_attr, types, BaseKind};
use crate::objects::{list, new_dict, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// A plain class whose instances are attribute bags, shown under CPython's module name.
fn bag_class(name: &str, module: &str) -> ObjRef {
    let t = types();
    let class = new_builtin_type(&t.type_, name, std::slice::from_ref(&t.object), BaseKind::Object, true);
    set_builtin_attr(&class, "__module__", new_str(module));
    class
}

fn module_spec_class() -> &'static ObjRef {
    static CLASS: OnceLock<ObjRef> = OnceLock::new();
    CLASS.get_or_init(|| bag_class("ModuleSpec", "_frozen_importlib"))
}

fn namespace_loader_class() -> &'static ObjRef {
    static CLASS: OnceLock<ObjRef> = OnceLock::new();
    CLASS.get_or_init(|| bag_class("NamespaceLoader", "_frozen_importlib_external"))
}

fn source_loader_class() -> &'static ObjRef {
    static CLASS: OnceLock<ObjRef> = OnceLock::new();
    CLASS.get_or_init(|| bag_class("SourceFileLoader", "_frozen_importlib_external"))
}

/// The loader of native modules (CPython's is the class itself).
pub fn builtin_importer() -> &'static ObjRef {
    static CLASS: OnceLock<ObjRef> = OnceLock::new();
    CLASS.get_or_init(|| bag_class("BuiltinImporter", "_frozen_importlib"))
}

fn new_bag(class: &ObjRef, attrs: &[(&str, Value)]) -> Value {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    for (name, value) in attrs {
        ns.set_str(&intern(name), value.clone());
    }
    Value::Obj(ObjRef::new(class.clone(), Some(dict), Payload::Instance(Default::default())))
}

/// Sets `name` in the attribute bag `spec` (the spec's `_initializing` flag).
fn set_bag_attr(bag: &Value, name: &str, value: Value) {
    if let Some(dict) = bag.as_obj().and_then(|o| o.dict.as_ref()) {
        crate::ops::namespace(dict).set_str(&intern(name), value);
    }
}

/// Whether a module's `__spec__` says it is still running its body (a circular import).
pub fn is_initializing(thread: &mut Thread, module: &Value) -> bool {
    // Read from the namespace: a module's attribute lookup falls back to this function.
    let spec = module
        .as_obj()
        .and_then(|m| m.dict.as_ref())
        .and_then(crate::objects::dict_of)
        .and_then(|d| d.get_str(&intern_static("__spec__")));
    let Some(spec) = spec.filter(|s| !s.is_none()) else { return false };
    match crate::protocols::getattr_opt(thread, &spec, "_initializing") {
        Ok(Some(flag)) => crate::protocols::truthy(thread, &flag).unwrap_or(false),
        _ => false,
    }
}

/// An attribute of an attribute bag such as a spec (None when missing).
fn bag_attr(bag: &Value, name: &str) -> Value {
    bag.as_obj()
        .and_then(|o| o.dict.as_ref())
        .and_then(crate::objects::dict_of)
        .and_then(|d| d.get_str(&intern(name)))
        .unwrap_or(Value::None)
}

/// The spec and loader of a module.
fn spec_and_loader(name: &str, origin: &Origin) -> (Value, Value) {
    let is_package = origin.is_package();
    let parent = if is_package { name } else { name.rsplit_once('.').map_or("", |(p, _)| p) };
    let (loader, origin_text) = match origin {
        Origin::Native => (Value::Obj(builtin_importer().clone()), new_str("built-in")),
        Origin::Namespace { .. } => (new_bag(namespace_loader_class(), &[]), Value::None),
        _ => {
            let filename = origin.filename(name);
            let loader =
                new_bag(source_loader_class(), &[("name", new_str(name)), ("path", new_str(filename.clone()))]);
            (loader, new_str(filename))
        }
    };
    let locations = match is_package {
        true => list(origin.package_path(name).into_iter().map(new_str).collect()),
        false => Value::None,
    };
    let spec = new_bag(
        module_spec_class(),
        &[
            ("name", new_str(name)),
            ("loader", loader.clone()),
            ("origin", origin_text),
            ("loader_state", Value::None),
            ("submodule_search_locations", locations),
            ("parent", new_str(parent)),
            ("has_location", Value::Bool(matches!(origin, Origin::File { .. } | Origin::Embedded { .. }))),
            ("cached", Value::None),
            ("_initializing", Value::Bool(false)),
        ],
    );
    (spec, loader)
}

/// Gives a native module its `__spec__`, `__loader__` and `__package__` (kept when it has them).
pub fn describe_native(module: &ObjRef, name: &str) {
    let Some(dict) = module.dict.as_ref() else { return };
    let ns = crate::ops::namespace(dict);
    if ns.get_str(&intern_static("__spec__")).is_some() {
        return;
    }
    let (spec, loader) = spec_and_loader(name, &Origin::Native);
    ns.set_str(&intern_static("__spec__"), spec);
    ns.set_str(&intern_static("__loader__"), loader);
    if ns.get_str(&intern_static("__package__")).is_none() {
        ns.set_str(&intern_static("__package__"), new_str(""));
    }
}

/// Loads and runs the module `name` found at `origin`; returns what `sys.modules` holds for it
/// afterwards (a module may replace itself there).
pub fn load(thread: &mut Thread, name: &str, origin: Origin) -> PyResult<Value> {
    let (spec, loader) = spec_and_loader(name, &origin);
    let modules = thread.interp.modules.clone();
    let modules = crate::ops::namespace(&modules);
    let key = intern(name);
    let (source, filename) = match &origin {
        Origin::Native => {
            let module = crate::modules::native_module(thread, name)?;
            describe_native(&module, name);
            modules.set_str(&key, Value::Obj(module.clone()));
            return Ok(Value::Obj(module));
        }
        Origin::Namespace { .. } => {
            // A namespace package has no code to run.
            let dict = new_dict();
            let ns = crate::ops::namespace(&dict);
            let path = bag_attr(&spec, "submodule_search_locations");
            let attrs =
                [("__doc__", Value::None), ("__package__", new_str(name)), ("__loader__", loader), ("__path__", path)];
            for (attr, value) in attrs {
                ns.set_str(&intern(attr), value);
            }
            ns.set_str(&intern_static("__spec__"), spec);
            ns.set_str(&intern_static("__file__"), Value::None);
            let module = Value::Obj(crate::objects::new_module(name, dict));
            modules.set_str(&key, module.clone());
            return Ok(module);
        }
        Origin::File { path, .. } => match std::fs::read(path) {
            Ok(bytes) => (bytes, origin.filename(name)),
            Err(err) => {
                let e = import_error(format!("could not read {}: {err}", path.display()));
                crate::objects::exception::set_attr(&e, "name", new_str(name));
                return Err(e);
            }
        },
        Origin::Embedded { source, .. } => {
            let filename = origin.filename(name);
            thread.interp.register_source(&filename, source);
            (source.as_bytes().to_vec(), filename)
        }
    };
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let is_package = origin.is_package();
    let package = if is_package { name } else { name.rsplit_once('.').map_or("", |(p, _)| p) };
    ns.set_str(&intern_static("__doc__"), Value::None);
    ns.set_str(&intern_static("__package__"), new_str(package));
    ns.set_str(&intern_static("__loader__"), loader);
    ns.set_str(&intern_static("__spec__"), spec.clone());
    if is_package {
        // The same list as the spec's, as in CPython.
        ns.set_str(&intern_static("__path__"), bag_attr(&spec, "submodule_search_locations"));
    }
    ns.set_str(&intern_static("__file__"), new_str(filename.clone()));
    ns.set_str(&intern_static("__cached__"), Value::None);
    ns.set_str(&intern_static("__builtins__"), Value::Obj(thread.interp.builtins.clone()));
    let module = crate::objects::new_module(name, dict.clone());
    modules.set_str(&key, Value::Obj(module));
    set_bag_attr(&spec, "_initializing", Value::Bool(true));
    let ran = crate::compile::compile_source(thread, &source, &filename, "exec")
        .and_then(|code| thread.run_code(code, dict.clone(), Value::Obj(dict.clone())));
    set_bag_attr(&spec, "_initializing", Value::Bool(false));
    if let Err(err) = ran {
        modules.remove_str(&key);
        return Err(err);
    }
    modules.get_str(&key).ok_or_else(|| import_error(format!("Loaded module {name} not found in sys.modules")))
}

/// `repr(module)` as CPython writes it from the module's spec: `<module 'm' from '/path/m.py'>`,
/// `<module 'sys' (built-in)>`, `<module 'ns' (namespace) from ['/path/ns']>`; without a spec,
/// from `__file__`.
pub fn module_repr(thread: &mut Thread, module: &ObjRef) -> PyResult<String> {
    let name = crate::thread::module_name(module).unwrap_or_else(|| "?".into());
    let namespace = module.dict.as_ref().and_then(crate::objects::dict_of);
    let get = |key: &'static str| namespace.and_then(|d| d.get_str(&intern_static(key)));
    let text = |value: &Value| crate::objects::str::as_pystr(value).map(|s| s.as_str().into_owned());
    if let Some(spec) = get("__spec__").filter(|s| !s.is_none()) {
        let origin = bag_attr(&spec, "origin");
        if origin.is_none() {
            let locations = bag_attr(&spec, "submodule_search_locations");
            if locations.is_none() {
                return Ok(format!("<module '{name}'>"));
            }
            let shown = crate::protocols::repr(thread, &locations)?;
            return Ok(format!("<module '{name}' (namespace) from {shown}>"));
        }
        let origin = text(&origin).unwrap_or_default();
        if matches!(bag_attr(&spec, "has_location"), Value::Bool(true)) {
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
