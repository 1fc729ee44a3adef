//! The import system: the `import` statement (IMPORT_NAME, IMPORT_FROM, `import *`) and
//! `__import__`, with CPython's semantics: `sys.modules` first, then the finders of
//! `sys.meta_path` (`machinery`), then loading (`loader`), under a per-module lock (`locks`). Relative names are resolved against the importing module's `__package__`
//! (or `__spec__.parent`, or `__name__`); parents are imported before their submodules, and each
//! submodule is bound as an attribute of its parent package.
//!
//! Everything lives in the interpreter's own `sys.modules`: no state is shared between
//! interpreters.

pub mod finder;
pub mod imp;
pub mod loader;
pub mod locks;
pub mod machinery;
pub mod pyc;
pub mod report;

use crate::objects::exception::{exceptions, import_error, set_attr, type_error, value_error, PyErr};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, intern, intern_static, new_str};
use crate::objects::typeobj::type_name;
use crate::objects::{as_dict, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// IMPORT_NAME: `__import__(name, globals(), None, fromlist, level)` with the running frame's
/// globals.
pub fn import_name(thread: &mut Thread, name: &ObjRef, fromlist: Value, level: Value) -> PyResult<Value> {
    let globals = Value::Obj(thread.current_globals());
    // A replaced `builtins.__import__` is called instead of the import system.
    let builtins = thread.frames.last().map(|f| (*f.builtins).clone());
    if let Some(builtins) = builtins {
        match crate::ops::builtins_get(thread, &builtins, &intern_static("__import__"))? {
            None => return Err(import_error("__import__ not found")),
            Some(hook) if !matches!(hook.payload(), Some(Payload::Builtin(b)) if b.name == "__import__") => {
                let locals = thread.frames.last().map(|f| f.locals.clone()).filter(|l| !l.is_null());
                let args = [Value::Obj(name.clone()), globals, locals.unwrap_or(Value::None), fromlist, level];
                return crate::call::call(thread, &hook, Args::positional(&args));
            }
            Some(_) => {}
        }
    }
    let text = str_of(&Value::Obj(name.clone())).unwrap_or_default();
    let level = crate::objects::int::to_i64(&level).unwrap_or(0);
    import_module_level(thread, &text, &globals, &fromlist, level)
}

fn str_of(value: &Value) -> Option<String> {
    as_pystr(value).map(|s| s.as_str().into_owned())
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub fn builtin_import(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    const NAMES: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];
    let slots = crate::builtins::arity::bind(&args, "__import__", &NAMES, 0, 1)?;
    let [name, globals, _locals, fromlist, level]: [Option<Value>; 5] =
        slots.try_into().map_err(|_| type_error("__import__() takes at most 5 arguments"))?;
    let name = name.ok_or_else(|| type_error("__import__() missing required argument 'name' (pos 1)"))?;
    let Some(name) = str_of(&name) else { return Err(type_error("module name must be a string")) };
    let level = match level {
        Some(level) => protocols::number::index_of(thread, &level)?,
        None => 0,
    };
    let globals = globals.unwrap_or(Value::None);
    import_module_level(thread, &name, &globals, &fromlist.unwrap_or(Value::None), level)
}

/// A module name as `repr` shows it (the messages of ImportError).
pub(crate) fn quoted(name: &str) -> String {
    ferrython_ast::repr::str_repr(name.chars().map(u32::from))
}

/// CPython's `PyImport_ImportModuleLevelObject`: imports `name` and returns what the statement
/// binds (the top-level package for `import a.b`, the module itself with a fromlist).
pub fn import_module_level(
    thread: &mut Thread,
    name: &str,
    globals: &Value,
    fromlist: &Value,
    level: i64,
) -> PyResult<Value> {
    if level < 0 {
        return Err(value_error("level must be >= 0"));
    }
    let absolute = if level > 0 {
        resolve_name(thread, name, globals, level)?
    } else {
        if name.is_empty() {
            return Err(value_error("Empty module name"));
        }
        name.to_string()
    };
    let module = import_absolute(thread, &absolute)?;
    let has_from = !fromlist.is_none() && protocols::truthy(thread, fromlist)?;
    if !has_from {
        if level == 0 || !name.is_empty() {
            return match name.split_once('.') {
                None => Ok(module),
                Some((front, _)) if level == 0 => import_absolute(thread, front),
                Some((front, _)) => {
                    let cut_off = name.len() - front.len();
                    let returned = &absolute[..absolute.len() - cut_off];
                    sys_module(thread, returned).ok_or_else(|| crate::objects::exception::key_error(new_str(returned)))
                }
            };
        }
        return Ok(module);
    }
    if protocols::getattr_opt(thread, &module, "__path__")?.is_some() {
        handle_fromlist(thread, &module, fromlist, false)?;
    }
    Ok(module)
}

/// The absolute name of a relative import of `name` `level` levels up from the importing module.
fn resolve_name(thread: &mut Thread, name: &str, globals: &Value, level: i64) -> PyResult<String> {
    let Some(globals) = as_dict(globals) else {
        return Err(match globals {
            Value::None => crate::objects::exception::key_error(new_str("'__name__' not in globals")),
            _ => type_error("globals must be a dict"),
        });
    };
    let package = globals.get_str(&intern_static("__package__")).filter(|p| !p.is_none());
    let spec = globals.get_str(&intern_static("__spec__")).filter(|s| !s.is_none());
    let package = if let Some(package) = package {
        str_of(&package).ok_or_else(|| type_error("package must be a string"))?
    } else if let Some(spec) = spec {
        let parent = protocols::getattr(thread, &spec, &intern_static("parent"))?;
        str_of(&parent).ok_or_else(|| type_error("__spec__.parent must be a string"))?
    } else {
        let category = exceptions().import_warning.clone();
        crate::warnings::warn(
            thread,
            &category,
            "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__",
            1,
        )?;
        let module_name = globals
            .get_str(&intern_static("__name__"))
            .ok_or_else(|| crate::objects::exception::key_error(new_str("'__name__' not in globals")))?;
        let module_name = str_of(&module_name).ok_or_else(|| type_error("__name__ must be a string"))?;
        if globals.get_str(&intern_static("__path__")).is_some() {
            module_name
        } else {
            module_name.rsplit_once('.').map_or(String::new(), |(p, _)| p.to_string())
        }
    };
    if package.is_empty() {
        return Err(import_error_none("attempted relative import with no known parent package"));
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((up, _)) => base = up,
            None => return Err(import_error_none("attempted relative import beyond top-level package")),
        }
    }
    Ok(if name.is_empty() { base.to_string() } else { format!("{base}.{name}") })
}

/// An ImportError whose `name` and `path` are None.
fn import_error_none(message: &str) -> PyErr {
    let err = import_error(message);
    set_attr(&err, "name", Value::None);
    set_attr(&err, "path", Value::None);
    err
}

fn module_not_found(message: String, name: &str) -> PyErr {
    let err = PyErr::new(&exceptions().module_not_found_error, message);
    set_attr(&err, "name", new_str(name));
    set_attr(&err, "path", Value::None);
    err
}

/// `sys.modules[name]`, if present.
fn sys_module(thread: &Thread, name: &str) -> Option<Value> {
    crate::ops::namespace(&thread.interp.modules).get_str(&intern(name))
}

/// Imports the module of absolute name `name` (its parents first) and returns it.
pub fn import_absolute(thread: &mut Thread, name: &str) -> PyResult<Value> {
    match sys_module(thread, name) {
        Some(Value::None) => Err(module_not_found(format!("import of {name} halted; None in sys.modules"), name)),
        Some(module) => {
            // Another thread may still be running it.
            machinery::machinery(&thread.interp.clone()).locks.wait_for(name);
            Ok(module)
        }
        None => thread.nested(|thread| {
            let interp = thread.interp.clone();
            let _guard = machinery::machinery(&interp).locks.acquire(name);
            match sys_module(thread, name) {
                // Another thread imported it while this one waited.
                Some(module) if !module.is_none() => Ok(module),
                _ => find_and_load(thread, name),
            }
        }),
    }
}

/// The parent package of `name`, imported now (None for a top-level module).
fn import_parent(thread: &mut Thread, name: &str) -> PyResult<Option<Value>> {
    match name.rsplit_once('.') {
        Some((parent, _)) => Ok(Some(import_absolute(thread, parent)?)),
        None => Ok(None),
    }
}

/// The search path for a submodule of `parent`: its `__path__` (None for a top-level module).
fn search_path(thread: &mut Thread, name: &str, parent: Option<&Value>) -> PyResult<Value> {
    let Some(parent_module) = parent else { return Ok(Value::None) };
    match protocols::getattr_opt(thread, parent_module, "__path__")? {
        Some(path) => Ok(path),
        None => {
            let parent = name.rsplit_once('.').map_or("", |(p, _)| p);
            Err(module_not_found(
                format!("No module named {}; {} is not a package", quoted(name), quoted(parent)),
                name,
            ))
        }
    }
}

fn find_and_load(thread: &mut Thread, name: &str) -> PyResult<Value> {
    if thread.interp.import_report.timing.load(std::sync::atomic::Ordering::Relaxed) {
        return report::timed(thread, name, find_and_load_module);
    }
    find_and_load_module(thread, name)
}

fn find_and_load_module(thread: &mut Thread, name: &str) -> PyResult<Value> {
    let parent = import_parent(thread, name)?;
    // Importing the parent may have imported this module too, or put it in sys.modules under
    // this name as `os` does with `os.path`: that counts even when the parent is no package.
    if parent.is_some() {
        if let Some(module) = sys_module(thread, name) {
            return Ok(module);
        }
    }
    let path = search_path(thread, name, parent.as_ref())?;
    let module = match machinery::find_spec(thread, name, &path)? {
        None => return Err(module_not_found(format!("No module named {}", quoted(name)), name)),
        Some(machinery::Spec::Native(origin)) => loader::load(thread, name, origin)?,
        Some(machinery::Spec::Object(spec)) => loader::load_spec(thread, name, &spec)?,
    };
    if thread.interp.import_report.verbose.load(std::sync::atomic::Ordering::Relaxed) {
        report::loaded(thread, name, &module);
    }
    if let (Some(parent), Some((_, child))) = (parent, name.rsplit_once('.')) {
        protocols::setattr(thread, &parent, &intern(child), module.clone())?;
    }
    Ok(module)
}

/// Where the module `name` would be loaded from by the interpreter's own finders (its parents
/// imported first, as `runpy` does), for `ferrython -m`; None when no finder (or only a
/// Python-level one) has it.
pub fn find_origin(thread: &mut Thread, name: &str) -> PyResult<Option<finder::Origin>> {
    let parent = import_parent(thread, name)?;
    let path = search_path(thread, name, parent.as_ref())?;
    Ok(match machinery::find_spec(thread, name, &path)? {
        Some(machinery::Spec::Native(origin)) => Some(origin),
        _ => None,
    })
}

/// Imports the submodules a fromlist names that the package does not have as attributes.
fn handle_fromlist(thread: &mut Thread, module: &Value, fromlist: &Value, recursive: bool) -> PyResult<()> {
    for item in protocols::iter::collect(thread, fromlist)? {
        let Some(x) = str_of(&item) else {
            let where_ = if recursive {
                let name = module_name_of(thread, module)?;
                format!("{name}.__all__")
            } else {
                "``from list''".to_string()
            };
            return Err(type_error(format!("Item in {where_} must be str, not {}", type_name(&item))));
        };
        if x == "*" {
            if !recursive {
                if let Some(all) = protocols::getattr_opt(thread, module, "__all__")? {
                    handle_fromlist(thread, module, &all, true)?;
                }
            }
            continue;
        }
        if protocols::getattr_opt(thread, module, &x)?.is_some() {
            continue;
        }
        let from_name = format!("{}.{x}", module_name_of(thread, module)?);
        if let Err(err) = import_absolute(thread, &from_name) {
            let missing_this = err.matches(&exceptions().module_not_found_error)
                && err_name(thread, &err).as_deref() == Some(from_name.as_str());
            if missing_this && !matches!(sys_module(thread, &from_name), Some(Value::None)) {
                continue;
            }
            return Err(err);
        }
    }
    Ok(())
}

fn err_name(thread: &mut Thread, err: &PyErr) -> Option<String> {
    protocols::getattr_opt(thread, &err.value(), "name").ok().flatten().and_then(|v| str_of(&v))
}

fn module_name_of(thread: &mut Thread, module: &Value) -> PyResult<String> {
    let name = protocols::getattr(thread, module, &intern_static("__name__"))?;
    Ok(str_of(&name).unwrap_or_default())
}

/// IMPORT_FROM: an attribute of the module, or its submodule from `sys.modules`; otherwise
/// CPython's "cannot import name" ImportError.
pub fn import_from(thread: &mut Thread, module: &Value, name: &ObjRef) -> PyResult<Value> {
    match protocols::getattr(thread, module, name) {
        Ok(value) => return Ok(value),
        Err(err) if err.matches(&exceptions().attribute_error) => {}
        Err(err) => return Err(err),
    }
    let text = str_of(&Value::Obj(name.clone())).unwrap_or_default();
    let package = protocols::getattr_opt(thread, module, "__name__")?.and_then(|n| str_of(&n));
    if let Some(package) = &package {
        if let Some(found) = sys_module(thread, &format!("{package}.{text}")) {
            return Ok(found);
        }
    }
    let package_repr = match &package {
        Some(package) => quoted(package),
        None => "<unknown module name>".to_string(),
    };
    let name_repr = quoted(&text);
    let file = match module.payload() {
        Some(Payload::Module) => module
            .as_obj()
            .and_then(|m| m.dict().as_ref())
            .and_then(crate::objects::dict_of)
            .and_then(|d| d.get_str(&intern_static("__file__")))
            .and_then(|f| str_of(&f)),
        _ => None,
    };
    let message = match &file {
        None => format!("cannot import name {} from {package_repr} (unknown location)", name_repr),
        Some(file) if loader::is_initializing(thread, module) => format!(
            "cannot import name {} from partially initialized module {package_repr} (most likely due to a circular \
             import) ({file})",
            name_repr
        ),
        Some(file) => format!("cannot import name {} from {package_repr} ({file})", name_repr),
    };
    let err = import_error(message);
    set_attr(&err, "name", package.map(new_str).unwrap_or(Value::None));
    set_attr(&err, "path", file.map(new_str).unwrap_or(Value::None));
    set_attr(&err, "name_from", Value::Obj(name.clone()));
    Err(err)
}

/// `from module import *` into the running frame's locals: the names of `__all__`, else every
/// public name of the module's namespace.
pub fn import_star(thread: &mut Thread, module: &Value) -> PyResult<()> {
    let locals = thread.frames.last().map(|f| f.locals.clone()).unwrap_or(Value::Null);
    if let Some(all) = protocols::getattr_opt(thread, module, "__all__")? {
        for name in protocols::iter::collect(thread, &all)? {
            let Some(text) = as_pystr(&name).map(|s| intern(&s.as_str())) else {
                let module_name = module_name_of(thread, module)?;
                return Err(type_error(format!("Item in {module_name}.__all__ must be str, not {}", type_name(&name))));
            };
            let value = protocols::getattr(thread, module, &text)?;
            protocols::mapping_set(thread, &locals, Value::Obj(text), value)?;
        }
        return Ok(());
    }
    let Some(dict) = module.as_obj().and_then(|m| m.dict().get()) else { return Ok(()) };
    for (key, value) in as_dict(&Value::Obj(dict)).map(|d| d.items()).unwrap_or_default() {
        if as_pystr(&key).is_some_and(|s| s.as_str().starts_with('_')) {
            continue;
        }
        protocols::mapping_set(thread, &locals, key, value)?;
    }
    Ok(())
}
