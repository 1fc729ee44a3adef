//! Native modules, one file each, and the table the import system finds them in. `sys` and
//! `builtins` exist from the start; the others are made the first time they are imported, once
//! per interpreter (kept in `Interp::native_modules`, so that deleting one from `sys.modules`
//! and importing it again gives back the same module, as CPython's single-phase modules do).

pub mod arguments;
pub mod array;
pub mod ast;
pub mod atexit;
pub mod cmath;
pub mod codecs;
pub mod collections;
#[cfg(unix)]
pub mod errno;
pub mod gc;
#[cfg(unix)]
pub mod grp;
pub mod hashlib;
pub mod interrupt;
pub mod io;
pub mod itertools;
pub mod json;
pub mod marshal;
pub mod math;
pub mod opcode;
#[cfg(unix)]
pub mod posix;
#[cfg(unix)]
pub mod posixsubprocess;
#[cfg(unix)]
pub mod pwd;
pub mod random;
#[cfg(unix)]
pub mod select;
#[cfg(unix)]
pub mod signal;
pub mod sre;
pub mod structseq;
pub mod structure;
pub mod sys;
pub mod threads;
pub mod time;
pub mod unicodedata;
pub mod warnings;
pub mod weakref;
pub mod zlib;

use crate::objects::function::{Builtin, BuiltinKind};
use crate::objects::{OwnedPayload, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// Makes a native module's object.
type ModuleInit = fn(&mut Thread) -> PyResult<ObjRef>;

/// The native modules made on demand.
const ON_DEMAND: &[(&str, ModuleInit)] = &[
    ("_ast", ast::init),
    ("_codecs", codecs::init),
    ("_collections", collections::init),
    ("_hashlib", hashlib::init),
    ("_imp", crate::import::imp::init),
    ("_io", io::init),
    ("_json", json::init),
    ("_opcode", opcode::init),
    ("_random", random::init),
    ("_re", sre::init),
    ("_struct", structure::init),
    ("_thread", threads::init),
    ("_warnings", warnings::init),
    ("_weakref", weakref::init),
    ("array", array::init),
    ("atexit", atexit::init),
    ("cmath", cmath::init),
    ("gc", gc::init),
    #[cfg(unix)]
    ("grp", grp::init),
    ("itertools", itertools::init),
    ("marshal", marshal::init),
    ("math", math::init),
    #[cfg(unix)]
    ("posix", posix::init),
    #[cfg(unix)]
    ("_posixsubprocess", posixsubprocess::init),
    #[cfg(unix)]
    ("pwd", pwd::init),
    #[cfg(unix)]
    ("_select", select::init),
    #[cfg(unix)]
    ("signal", signal::init),
    #[cfg(unix)]
    ("errno", errno::init),
    ("time", time::init),
    ("unicodedata", unicodedata::init),
    ("zlib", zlib::init),
];

/// The names of the native modules, `sys` and `builtins` included.
pub fn native_names() -> Vec<&'static str> {
    let mut names = vec!["sys", "builtins"];
    names.extend(ON_DEMAND.iter().map(|(name, _)| *name));
    names
}

/// Whether `name` is a native module.
pub fn is_native(name: &str) -> bool {
    matches!(name, "sys" | "builtins") || ON_DEMAND.iter().any(|(n, _)| *n == name)
}

/// The native module `name` of this interpreter, made now if it is the first import.
pub fn native_module(thread: &mut Thread, name: &str) -> PyResult<ObjRef> {
    if let Some(module) = thread.interp.native_modules.lock().get(name) {
        return Ok(module.clone());
    }
    let Some((_, init)) = ON_DEMAND.iter().find(|(n, _)| *n == name) else {
        return Err(crate::objects::exception::import_error(format!("no native module named '{name}'")));
    };
    let module = init(thread)?;
    attach_functions(&module, &thread.interp.builtins);
    thread.interp.native_modules.lock().insert(name.to_string(), module.clone());
    Ok(module)
}

/// A native function of `module` (see `attach_functions`), for an init function that keeps the
/// function object elsewhere too (so that it must be made with its module from the start).
pub fn module_function(name: &'static str, func: crate::objects::function::NativeFn, module: &ObjRef) -> Value {
    let builtin =
        Builtin { name, func, kind: BuiltinKind::Function, bound: None, owner: None, module: Some(module.clone()) };
    Value::Obj(ObjRef::new_immortal(
        crate::objects::typeobj::types().builtin_function.clone(),
        None,
        OwnedPayload::Builtin(builtin),
    ))
}

/// Gives the native functions in a new native module's namespace their module, so that
/// `math.sqrt.__module__` is 'math' and `math.sqrt.__self__` the module, as in CPython: each
/// function (made before its module) is replaced by a copy that names the module, one copy per
/// function, so that names for the same function (`sys.excepthook`, `sys.__excepthook__`) stay
/// the same object. A function that `builtins` holds too (`open`, which is `_io.open`) is left
/// as it is, as it may have been taken from there already (it names 'builtins'). The copies
/// live as long as the interpreter, as its native modules do.
pub fn attach_functions(module: &ObjRef, builtins: &ObjRef) {
    let Some(namespace) = module.dict().as_ref().and_then(crate::objects::dict_of) else {
        return;
    };
    let builtin_values =
        builtins.dict().as_ref().and_then(crate::objects::dict_of).map(|d| d.values()).unwrap_or_default();
    let mut copies: Vec<(ObjRef, Value)> = Vec::new();
    for (key, value) in namespace.items() {
        let (Value::Obj(name), Value::Obj(function)) = (&key, &value) else { continue };
        let Payload::Builtin(b) = function.payload() else { continue };
        if b.kind != BuiltinKind::Function || b.bound.is_some() || b.owner.is_some() || b.module.is_some() {
            continue;
        }
        if builtin_values.iter().any(|v| v.is(&value)) {
            continue;
        }
        let copy = match copies.iter().find(|(original, _)| ObjRef::ptr_eq(original, function)) {
            Some((_, copy)) => copy.clone(),
            None => {
                let copy = module_function(b.name, b.func, module);
                copies.push((function.clone(), copy.clone()));
                copy
            }
        };
        namespace.set_str(name, copy);
    }
}
