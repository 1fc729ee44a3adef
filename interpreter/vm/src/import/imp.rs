//! The native `_imp` module: what `Lib/importlib` builds on. It holds the machinery's classes
//! (whose Python-level methods `importlib._bootstrap` adds), the native searches of the three
//! finders and of FileFinder, module creation and code loading (through the bytecode cache),
//! and the cache format's constants.

use std::path::Path;

use super::finder::{find_in_folder, Found, Origin};
use super::machinery::{self, machinery, new_instance, Spec};
use crate::builtins::native_function;
use crate::objects::exception::{import_error, set_attr, type_error};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::str::{as_pystr, intern, new_str};
use crate::objects::typeobj::types;
use crate::objects::{list, new_dict, Code, OwnedPayload, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// Makes the `_imp` module.
pub fn init(thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let m = machinery(&thread.interp);
    let classes = [
        &m.module_spec,
        &m.builtin_importer,
        &m.embedded_importer,
        &m.path_finder,
        &m.file_finder,
        &m.source_loader,
        &m.sourceless_loader,
        &m.namespace_loader,
    ];
    for class in classes {
        let name = crate::objects::typeobj::type_data(class).name();
        ns.set_str(&intern(&name), Value::Obj(class.clone()));
    }
    ns.set_str(&intern("path_hook"), m.path_hook.clone());
    ns.set_str(&intern("MAGIC_NUMBER"), crate::builtins::new_bytes(super::pyc::MAGIC.to_vec()));
    ns.set_str(&intern("cache_tag"), new_str(super::pyc::CACHE_TAG));
    let functions: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("find_spec", find_spec),
        ("file_finder_spec", file_finder_spec),
        ("create_builtin", create_builtin),
        ("module_from_spec", module_from_spec),
        ("source_code", source_code),
        ("sourceless_code", sourceless_code),
        ("compile_to", compile_to),
        ("bytecode_code", bytecode_code),
        ("embedded_code", embedded_code),
        ("embedded_source", embedded_source),
        ("embedded_modules", embedded_modules),
        ("source_hash", source_hash),
        ("is_builtin", is_builtin),
        ("_override_frozen_modules_for_tests", override_frozen_modules_for_tests),
    ];
    for (name, function) in functions {
        ns.set_str(&intern(name), native_function(name, *function, BuiltinKind::Function, None));
    }
    Ok(crate::objects::new_module("_imp", dict))
}

fn text(value: &Value, what: &str) -> PyResult<String> {
    as_pystr(value).map(|s| s.as_str().into_owned()).ok_or_else(|| type_error(format!("{what} must be str")))
}

/// The positional arguments, exactly `N` of them.
fn exactly<'a, const N: usize>(args: &'a Args<'_>, function: &str) -> PyResult<&'a [Value; N]> {
    args.pos().try_into().map_err(|_| {
        type_error(format!("{function}() takes exactly {N} argument{} ({} given)", plural(N), args.pos().len()))
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A spec object for what a native finder found.
fn spec_value(thread: &mut Thread, name: &str, found: Option<Spec>) -> Value {
    match found {
        Some(Spec::Native(origin)) => super::loader::spec_and_loader(&thread.interp, name, &origin).0,
        Some(Spec::Object(spec)) => spec,
        None => Value::None,
    }
}

/// `find_spec(kind, name, path)`: the spec the native finder `kind` ('builtin', 'embedded' or
/// 'path') gives for `name`, or None.
fn find_spec(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [kind, name, path] = exactly::<3>(&args, "find_spec")?;
    let name = text(name, "name")?;
    let found = match text(kind, "kind")?.as_str() {
        "builtin" => (path.is_none() && crate::modules::is_native(&name)).then_some(Spec::Native(Origin::Native)),
        "embedded" => machinery::find_embedded(thread, &name, path)?.map(Spec::Native),
        _ => machinery::path_find(thread, &name, path)?,
    };
    Ok(spec_value(thread, &name, found))
}

/// `file_finder_spec(folder, name)`: FileFinder's search of one folder; a folder without
/// `__init__.py` gives a spec with no loader whose locations are that folder.
fn file_finder_spec(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [folder, name] = exactly::<2>(&args, "file_finder_spec")?;
    let (folder, name) = (text(folder, "folder")?, text(name, "name")?);
    let tail = name.rsplit('.').next().unwrap_or(&name);
    Ok(match find_in_folder(Path::new(&folder), tail) {
        Some(Found::Module(origin)) => spec_value(thread, &name, Some(Spec::Native(origin))),
        Some(Found::Portion(portion)) => {
            let m = machinery(&thread.interp);
            new_instance(
                &m.module_spec,
                &[
                    ("name", new_str(name.as_str())),
                    ("loader", Value::None),
                    ("origin", Value::None),
                    ("loader_state", Value::None),
                    ("submodule_search_locations", list(vec![new_str(portion.display().to_string())])),
                    ("parent", new_str(name.as_str())),
                    ("has_location", Value::Bool(false)),
                    ("cached", Value::None),
                    ("_initializing", Value::Bool(false)),
                ],
            )
        }
        None => Value::None,
    })
}

/// `create_builtin(spec)`: the native module the spec names.
fn create_builtin(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [spec] = exactly::<1>(&args, "create_builtin")?;
    let name = crate::protocols::getattr(thread, spec, &intern("name"))?;
    let name = text(&name, "spec.name")?;
    if !crate::modules::is_native(&name) {
        let err = import_error(format!("no built-in module named {name}"));
        set_attr(&err, "name", new_str(name.as_str()));
        return Err(err);
    }
    let module = crate::modules::native_module(thread, &name)?;
    super::loader::describe_native(&thread.interp.clone(), &module, &name);
    Ok(Value::Obj(module))
}

/// `module_from_spec(spec)`: as `importlib.util.module_from_spec`.
fn module_from_spec(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [spec] = exactly::<1>(&args, "module_from_spec")?;
    let loader = crate::protocols::getattr(thread, spec, &intern("loader"))?;
    super::loader::module_from_spec(thread, spec, &loader)
}

fn code_value(code: std::sync::Arc<Code>) -> Value {
    Value::Obj(ObjRef::new(types().code.clone(), None, OwnedPayload::Code(code)))
}

/// `source_code(name, path)`: the code of a source file, through the bytecode cache.
fn source_code(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [name, path] = exactly::<2>(&args, "source_code")?;
    let (name, path) = (text(name, "name")?, text(path, "path")?);
    Ok(code_value(super::pyc::source_code(thread, &name, Path::new(&path))?))
}

/// `sourceless_code(name, path)`: the code of a `.pyc` file with no source beside it.
fn sourceless_code(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [name, path] = exactly::<2>(&args, "sourceless_code")?;
    let (name, path) = (text(name, "name")?, text(path, "path")?);
    Ok(code_value(super::pyc::sourceless_code(thread, &name, Path::new(&path))?))
}

/// `compile_to(source, target, shown)`: writes the bytecode file of a source file (py_compile).
fn compile_to(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [source, target, shown] = exactly::<3>(&args, "compile_to")?;
    let (source, target, shown) = (text(source, "source")?, text(target, "target")?, text(shown, "shown")?);
    super::pyc::compile_to(thread, Path::new(&source), Path::new(&target), &shown)?;
    Ok(Value::None)
}

/// `bytecode_code(data, filename)`: the code in the bytes of a `.pyc` file of this
/// implementation (read from an archive), named `filename`; None when they are not one.
fn bytecode_code(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [data, filename] = exactly::<2>(&args, "bytecode_code")?;
    let filename = text(filename, "filename")?;
    let Some(bytes) = crate::builtins::bytes_like(data) else { return Err(type_error("data must be bytes")) };
    Ok(match super::pyc::decode(&bytes, None) {
        Some(mut code) => {
            super::pyc::set_filename(&mut code, &filename);
            code_value(Code::from_compiled(&code))
        }
        None => Value::None,
    })
}

/// `embedded_code(name)`: the code of a module of the embedded library.
fn embedded_code(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [name] = exactly::<1>(&args, "embedded_code")?;
    let name = text(name, "name")?;
    match super::finder::find_stdlib(&name) {
        Some(origin) => Ok(code_value(super::loader::code_of(thread, &name, &origin)?)),
        None => Err(import_error(format!("No module named {}", super::quoted(&name)))),
    }
}

/// `embedded_source(name)`: the source of a module of the embedded library, or None.
fn embedded_source(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [name] = exactly::<1>(&args, "embedded_source")?;
    let name = text(name, "name")?;
    Ok(match super::finder::find_stdlib(&name) {
        Some(Origin::Embedded { source, .. }) => new_str(source),
        Some(Origin::File { path, .. }) => match std::fs::read_to_string(&path) {
            Ok(source) => new_str(source),
            Err(_) => Value::None,
        },
        _ => Value::None,
    })
}

/// `embedded_modules()`: the (name, is package) pairs of the embedded library, sorted by name
/// (for `importlib.resources` over embedded packages).
fn embedded_modules(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    exactly::<0>(&args, "embedded_modules")?;
    let pairs = ferrython_stdlib::MODULES
        .iter()
        .map(|(name, is_package, _)| crate::objects::tuple_of([new_str(*name), Value::Bool(*is_package)]))
        .collect();
    Ok(list(pairs))
}

/// `source_hash(key, source)`: 8 bytes that change with the source (the hash-based form of
/// PEP 552's header, keyed).
fn source_hash(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [key, source] = exactly::<2>(&args, "source_hash")?;
    let key = crate::objects::int::to_i64(key).ok_or_else(|| type_error("key must be an int"))?;
    let Some(Payload::Bytes(bytes)) = source.payload() else {
        return Err(type_error("source must be bytes"));
    };
    let hash = ferrython_bytecode::marshal::fnv(0xcbf2_9ce4_8422_2325 ^ key as u64, bytes);
    Ok(crate::builtins::new_bytes(hash.to_le_bytes().to_vec()))
}

/// `_override_frozen_modules_for_tests(override)`: CPython's test helpers switch frozen
/// modules on and off with it; Ferrython freezes nothing, so it only checks its argument.
fn override_frozen_modules_for_tests(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [flag] = exactly::<1>(&args, "_override_frozen_modules_for_tests")?;
    crate::objects::int::to_i64(flag).ok_or_else(|| type_error("an integer is required"))?;
    Ok(Value::None)
}

/// `is_builtin(name)`: whether `name` is a native module.
fn is_builtin(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [name] = exactly::<1>(&args, "is_builtin")?;
    Ok(Value::Bool(crate::modules::is_native(&text(name, "name")?)))
}
