//! The import system's objects as Python code sees them: `sys.meta_path` with its three finders
//! (BuiltinImporter, PathFinder, EmbeddedImporter), `sys.path_hooks`, `sys.path_importer_cache`,
//! FileFinder, the loaders and ModuleSpec.
//!
//! The classes are ordinary heap classes made once per interpreter; their Python-level methods
//! are added by `Lib/importlib/_bootstrap.py`. The import statement never calls those methods:
//! it recognizes the interpreter's own finder objects in `sys.meta_path` and in
//! `sys.path_importer_cache` and searches natively, which keeps the common case as fast as a
//! fixed search; any other finder (a Python object) is called through `find_spec`.

use std::path::Path;

use super::finder::{find_in_folder, find_stdlib, Found, Origin, EMBEDDED_PREFIX};
use crate::objects::exception::{exceptions, import_error, set_attr};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, intern, new_str};
use crate::objects::typeobj::{class_of, types};
use crate::objects::{list, new_dict, tuple_of, OwnedPayload};
use crate::protocols;
use crate::thread::{Interp, Thread};
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The interpreter's import classes and the native path hook.
pub struct Machinery {
    pub module_spec: ObjRef,
    pub builtin_importer: ObjRef,
    pub embedded_importer: ObjRef,
    pub path_finder: ObjRef,
    pub file_finder: ObjRef,
    pub source_loader: ObjRef,
    pub sourceless_loader: ObjRef,
    pub namespace_loader: ObjRef,
    /// `FileFinder.path_hook()`'s hook, the last entry of the default `sys.path_hooks`.
    pub path_hook: Value,
    /// The hook that makes `zipimport.zipimporter`s, the first entry.
    pub zip_hook: Value,
    /// Per-module import locks (`locks`).
    pub locks: super::locks::ModuleLocks,
}

/// What a meta-path search found.
pub enum Spec {
    /// Found by the interpreter's own finders: loaded natively.
    Native(Origin),
    /// A spec object some Python finder returned.
    Object(Value),
}

/// Makes the classes and fills `sys.meta_path`, `sys.path_hooks` and `sys.path_importer_cache`
/// (called once, when the interpreter is made).
pub fn install(interp: &std::sync::Arc<Interp>) {
    let mut thread = Thread::new_worker(interp.clone());
    let mut class = |name: &str, module: &str| make_class(&mut thread, name, module);
    let machinery = Machinery {
        module_spec: class("ModuleSpec", "_frozen_importlib"),
        builtin_importer: class("BuiltinImporter", "_frozen_importlib"),
        embedded_importer: class("EmbeddedImporter", "_frozen_importlib"),
        path_finder: class("PathFinder", "_frozen_importlib_external"),
        file_finder: class("FileFinder", "_frozen_importlib_external"),
        source_loader: class("SourceFileLoader", "_frozen_importlib_external"),
        sourceless_loader: class("SourcelessFileLoader", "_frozen_importlib_external"),
        namespace_loader: class("NamespaceLoader", "_frozen_importlib_external"),
        path_hook: crate::builtins::native_function(
            "path_hook_for_FileFinder",
            path_hook,
            crate::objects::function::BuiltinKind::Function,
            None,
        ),
        zip_hook: crate::builtins::native_function(
            "zipimporter_hook",
            zip_path_hook,
            crate::objects::function::BuiltinKind::Function,
            None,
        ),
        locks: Default::default(),
    };
    let set = |name: &str, value: Value| crate::modules::sys::set_sys_attr(interp, name, value);
    set(
        "meta_path",
        list(vec![
            Value::Obj(machinery.builtin_importer.clone()),
            Value::Obj(machinery.path_finder.clone()),
            Value::Obj(machinery.embedded_importer.clone()),
        ]),
    );
    set("path_hooks", list(vec![machinery.zip_hook.clone(), machinery.path_hook.clone()]));
    set("path_importer_cache", Value::Obj(new_dict()));
    for class in
        [&machinery.source_loader, &machinery.sourceless_loader, &machinery.namespace_loader, &machinery.file_finder]
    {
        let hook = crate::builtins::native_function(
            "__getattr__",
            methods_on_demand,
            crate::objects::function::BuiltinKind::Method,
            Some(class.clone()),
        );
        let _ = protocols::setattr(&mut thread, &Value::Obj(class.clone()), &intern("__getattr__"), hook);
    }
    let _ = interp.import_machinery.set(machinery);
    if let Some(Value::Obj(sys)) = crate::modules::sys::sys_attr(interp, "modules")
        .and_then(|m| crate::objects::dict_of(&m.as_obj()?.clone())?.get_str(&intern("sys")))
    {
        super::loader::describe_native(interp, &sys, "sys");
    }
    super::loader::describe_native(interp, &interp.builtins, "builtins");
}

/// The `__getattr__` of the loader and finder classes: their Python-level methods (`get_source`,
/// `get_data`, ...) come from `importlib._bootstrap`, imported the first time one is asked
/// for, so that a module's `__loader__` works without importing `importlib` first.
fn methods_on_demand(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [object, name] = args.pos() else {
        return Err(crate::objects::exception::type_error("__getattr__ expected 2 arguments"));
    };
    let Some(attr) = name.as_obj().filter(|_| as_pystr(name).is_some()).cloned() else {
        return Err(crate::objects::exception::type_error("attribute name must be string"));
    };
    let installed = crate::ops::namespace(&thread.interp.modules).get_str(&intern("importlib._bootstrap")).is_some();
    if !installed && !str_of(name).is_some_and(|n| n.starts_with("__")) {
        super::import_absolute(thread, "importlib._bootstrap")?;
        if crate::objects::typeobj::lookup(class_of(object), &attr).is_some() {
            return protocols::getattr(thread, object, &attr);
        }
    }
    Err(protocols::attr::no_attribute(object, &attr))
}

/// `type(name, (object,), {'__module__': module})`.
fn make_class(thread: &mut Thread, name: &str, module: &str) -> ObjRef {
    let body = new_dict();
    crate::ops::namespace(&body).set_str(&intern("__module__"), new_str(module));
    let args = [new_str(name), tuple_of([Value::Obj(types().object.clone())]), Value::Obj(body)];
    match crate::call::call(thread, &Value::Obj(types().type_.clone()), Args::positional(&args)) {
        Ok(Value::Obj(class)) => class,
        // type() with these arguments cannot fail: a failure is a bug of the VM.
        _ => unreachable!("type() failed to make {name}"),
    }
}

/// The machinery of the thread's interpreter.
pub fn machinery(interp: &Interp) -> &Machinery {
    match interp.import_machinery.get() {
        Some(m) => m,
        None => unreachable!("the import machinery is installed when the interpreter is made"),
    }
}

/// An instance of one of the machinery's classes with the given attributes.
pub fn new_instance(class: &ObjRef, attrs: &[(&str, Value)]) -> Value {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    for (name, value) in attrs {
        ns.set_str(&intern(name), value.clone());
    }
    Value::Obj(ObjRef::new(class.clone(), Some(dict), OwnedPayload::Instance(Default::default())))
}

/// An attribute held in an object's own dict (None when missing).
pub fn own_attr(object: &Value, name: &str) -> Value {
    object.as_obj().and_then(|o| crate::objects::shape::own_attr(o, &intern(name))).unwrap_or(Value::None)
}

fn str_of(value: &Value) -> Option<String> {
    as_pystr(value).map(|s| s.as_str().into_owned())
}

fn is(value: &Value, class: &ObjRef) -> bool {
    matches!(value, Value::Obj(o) if ObjRef::ptr_eq(o, class))
}

/// Asks each finder of `sys.meta_path` in turn for `name`; `path` is the parent package's
/// `__path__`, or None for a top-level module.
pub fn find_spec(thread: &mut Thread, name: &str, path: &Value) -> PyResult<Option<Spec>> {
    let interp = thread.interp.clone();
    let m = machinery(&interp);
    let meta_path = match crate::modules::sys::sys_attr(&interp, "meta_path") {
        Some(Value::None) | None => return Err(import_error("sys.meta_path is None, Python is likely shutting down")),
        Some(meta_path) => protocols::iter::collect(thread, &meta_path)?,
    };
    for finder in meta_path {
        if is(&finder, &m.builtin_importer) {
            if path.is_none() && crate::modules::is_native(name) {
                return Ok(Some(Spec::Native(Origin::Native)));
            }
        } else if is(&finder, &m.embedded_importer) {
            if let Some(origin) = find_embedded(thread, name, path)? {
                return Ok(Some(Spec::Native(origin)));
            }
        } else if is(&finder, &m.path_finder) {
            if let Some(found) = path_find(thread, name, path)? {
                return Ok(Some(found));
            }
        } else if let Some(method) = protocols::getattr_opt(thread, &finder, "find_spec")? {
            let args = [new_str(name), path.clone(), Value::None];
            let spec = crate::call::call(thread, &method, Args::positional(&args))?;
            if !spec.is_none() {
                return Ok(Some(Spec::Object(spec)));
            }
        }
    }
    Ok(None)
}

/// EmbeddedImporter's search: a top-level module of the Python-written standard library, or a
/// submodule of one of its packages.
pub fn find_embedded(thread: &mut Thread, name: &str, path: &Value) -> PyResult<Option<Origin>> {
    if path.is_none() {
        return Ok(find_stdlib(name));
    }
    let parent = name.rsplit_once('.').map_or("", |(p, _)| p).replace('.', "/");
    for entry in protocols::iter::collect(thread, path)? {
        let Some(entry) = str_of(&entry) else { continue };
        if entry.strip_prefix(EMBEDDED_PREFIX).is_some_and(|rest| rest.trim_start_matches('/') == parent) {
            return Ok(find_stdlib(name));
        }
    }
    Ok(None)
}

/// PathFinder's search over `path` (or `sys.path`): each entry's path-entry finder, from
/// `sys.path_importer_cache` or made by `sys.path_hooks`. A module or regular package anywhere
/// wins over folders without `__init__.py`, which together make a namespace package.
pub fn path_find(thread: &mut Thread, name: &str, path: &Value) -> PyResult<Option<Spec>> {
    let interp = thread.interp.clone();
    let m = machinery(&interp);
    let top_level = path.is_none();
    let entries = match top_level {
        true => crate::modules::sys::path_of(thread).unwrap_or(Value::None),
        false => path.clone(),
    };
    if entries.is_none() {
        return Ok(None);
    }
    let tail = name.rsplit('.').next().unwrap_or(name);
    let mut portions = Vec::new();
    for entry in protocols::iter::collect(thread, &entries)? {
        let Some(text) = str_of(&entry) else { continue };
        if text.starts_with(EMBEDDED_PREFIX) {
            // The embedded library's folders exist for EmbeddedImporter only.
            continue;
        }
        let finder = path_entry_finder(thread, m, entry, &text)?;
        if finder.is_none() {
            continue;
        }
        if ObjRef::ptr_eq(class_of(&finder), &m.file_finder) {
            let folder = str_of(&own_attr(&finder, "path")).unwrap_or_default();
            match find_in_folder(Path::new(&folder), tail) {
                Some(Found::Module(origin)) => return Ok(Some(Spec::Native(origin))),
                Some(Found::Portion(folder)) => portions.push(new_str(folder.display().to_string())),
                None => {}
            }
            continue;
        }
        let Some(method) = protocols::getattr_opt(thread, &finder, "find_spec")? else { continue };
        let spec = crate::call::call(thread, &method, Args::positional(&[new_str(name), Value::None]))?;
        if spec.is_none() {
            continue;
        }
        let loader = protocols::getattr(thread, &spec, &intern("loader"))?;
        if !loader.is_none() {
            return Ok(Some(Spec::Object(spec)));
        }
        let locations = protocols::getattr(thread, &spec, &intern("submodule_search_locations"))?;
        if locations.is_none() {
            return Err(import_error("spec missing loader"));
        }
        portions.extend(protocols::iter::collect(thread, &locations)?);
    }
    if portions.is_empty() {
        return Ok(None);
    }
    // The standard library stands where CPython's is: on the path, so one of its modules beats
    // a namespace package.
    if let Some(origin) = top_level.then(|| find_stdlib(name)).flatten() {
        return Ok(Some(Spec::Native(origin)));
    }
    Ok(Some(Spec::Native(Origin::Namespace { portions: portions.iter().filter_map(str_of).collect() })))
}

/// The path-entry finder of one `sys.path` entry, made by the first hook that accepts it and
/// remembered in `sys.path_importer_cache` (None when no hook does). '' is the current folder.
fn path_entry_finder(thread: &mut Thread, m: &Machinery, entry: Value, text: &str) -> PyResult<Value> {
    let key = match text.is_empty() {
        true => match std::env::current_dir() {
            Ok(cwd) => new_str(cwd.display().to_string()),
            Err(_) => return Ok(Value::None),
        },
        false => entry,
    };
    let interp = thread.interp.clone();
    let cache = crate::modules::sys::sys_attr(&interp, "path_importer_cache").filter(|c| !c.is_none());
    if let Some(cache) = &cache {
        if let Some(finder) = protocols::mapping_get(thread, cache, &key)? {
            return Ok(finder);
        }
    }
    let hooks = match crate::modules::sys::sys_attr(&interp, "path_hooks") {
        Some(hooks) if !hooks.is_none() => protocols::iter::collect(thread, &hooks)?,
        _ => Vec::new(),
    };
    let mut finder = Value::None;
    for hook in hooks {
        let made = if hook.is(&m.path_hook) {
            native_file_finder(m, &str_of(&key).unwrap_or_default())
        } else if hook.is(&m.zip_hook) && LOADING_ZIPIMPORT.get() {
            // Importing zipimport searches sys.path too: an archive met meanwhile is looked
            // at again later, so nothing is cached for it now.
            return Ok(Value::None);
        } else {
            crate::call::call(thread, &hook, Args::positional(std::slice::from_ref(&key)))
        };
        match made {
            Ok(made) => {
                finder = made;
                break;
            }
            Err(err) if err.matches(&exceptions().import_error) => continue,
            Err(err) => return Err(err),
        }
    }
    if let Some(cache) = &cache {
        protocols::mapping_set(thread, cache, key, finder.clone())?;
    }
    Ok(finder)
}

/// The native FileFinder for a folder (an ImportError for anything else, as CPython's hook).
pub fn native_file_finder(m: &Machinery, folder: &str) -> PyResult<Value> {
    let path = if folder.is_empty() { Path::new(".") } else { Path::new(folder) };
    if !path.is_dir() {
        let err = import_error("only directories are supported");
        set_attr(&err, "path", new_str(folder));
        return Err(err);
    }
    let absolute = std::path::absolute(path).map(|p| p.display().to_string()).unwrap_or_else(|_| folder.to_string());
    Ok(new_instance(&m.file_finder, &[("path", new_str(absolute))]))
}

std::thread_local! {
    /// Set while the zip hook imports `zipimport`.
    static LOADING_ZIPIMPORT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The first path hook: `zipimport.zipimporter(path)` for a path that is a file or inside one
/// (an archive and a folder in it); `zipimport` is imported only when such a path turns up.
fn zip_path_hook(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [path] = args.pos() else {
        return Err(crate::objects::exception::type_error("zipimporter_hook() takes 1 positional argument"));
    };
    let in_a_file = str_of(path).is_some_and(|text| {
        let mut candidate = Some(Path::new(&text));
        while let Some(here) = candidate.filter(|p| !p.as_os_str().is_empty()) {
            match std::fs::metadata(here) {
                Ok(meta) => return meta.is_file(),
                Err(_) => candidate = here.parent(),
            }
        }
        false
    });
    if !in_a_file {
        let err = import_error("not a Zip file");
        set_attr(&err, "path", path.clone());
        return Err(err);
    }
    LOADING_ZIPIMPORT.set(true);
    let module = super::import_absolute(thread, "zipimport");
    LOADING_ZIPIMPORT.set(false);
    let zipimporter = protocols::getattr(thread, &module?, &intern("zipimporter"))?;
    crate::call::call(thread, &zipimporter, Args::positional(std::slice::from_ref(path)))
}

/// The native path hook: `path_hook_for_FileFinder(path)`.
fn path_hook(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [path] = args.pos() else {
        return Err(crate::objects::exception::type_error("path_hook_for_FileFinder() takes 1 positional argument"));
    };
    let Some(text) = str_of(path) else {
        return Err(crate::objects::exception::type_error("path must be a str"));
    };
    native_file_finder(machinery(&thread.interp), &text)
}
