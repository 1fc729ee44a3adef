//! `module` (`types.ModuleType`): making module objects from Python code, and `dir()` of a
//! module, which lists its namespace (or what its own `__dir__` function returns).

use crate::method;
use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, intern_static};
use crate::objects::typeobj::{is_subtype, type_data, type_name, types, BaseKind};
use crate::objects::{new_dict, OwnedPayload, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::add_methods;

pub(super) fn install() {
    add_methods(
        &types().module,
        &[
            method!("__new__", module_new, StaticMethod),
            method!("__init__", module_init),
            method!("__dir__", module_dir),
            method!("__repr__", module_repr),
        ],
    );
}

/// `module.__new__(cls, ...)`: a module of class `cls` with an empty namespace.
fn module_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = match args.values.first() {
        Some(Value::Obj(class)) if matches!(class.payload(), Payload::Type(_)) => class,
        Some(other) => {
            return Err(type_error(format!("module.__new__(X): X is not a type object ({})", type_name(other))))
        }
        None => return Err(type_error("module.__new__(): not enough arguments")),
    };
    if !is_subtype(class, &types().module) || type_data(class).kind != BaseKind::Module {
        let name = type_data(class).name();
        return Err(type_error(format!("module.__new__({name}): {name} is not a subtype of module")));
    }
    Ok(Value::Obj(ObjRef::new(class.clone(), Some(new_dict()), OwnedPayload::Module)))
}

/// `module.__init__(self, name, doc=None)`: the namespace's standard entries.
fn module_init(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let rest = Args { values: args.values.get(1..).unwrap_or_default(), kwnames: args.kwnames };
    let mut bound = super::arity::bind(&rest, "module", &["name", "doc"], 0, 1)?.into_iter();
    let (Some(Some(name)), doc) = (bound.next(), bound.next().flatten()) else {
        return Err(type_error("module() missing required argument 'name' (pos 1)"));
    };
    if as_pystr(&name).is_none() {
        return Err(type_error(format!("module() argument 'name' must be str, not {}", type_name(&name))));
    }
    let Some(dict) = args.values.first().and_then(|m| m.as_obj()).and_then(|m| m.dict().get()) else {
        return Err(type_error("descriptor '__init__' requires a 'module' object"));
    };
    let Some(namespace) = crate::objects::dict_of(&dict) else { return Ok(Value::None) };
    namespace.set_str(&intern_static("__name__"), name);
    namespace.set_str(&intern_static("__doc__"), doc.unwrap_or(Value::None));
    for entry in ["__package__", "__loader__", "__spec__"] {
        namespace.set_str(&intern_static(entry), Value::None);
    }
    Ok(Value::None)
}

/// `dir(module)`: the module's `__dir__` function if its namespace has one, else the names
/// in its namespace.
fn module_dir(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(module) = args.values.first() else {
        return Err(type_error("descriptor '__dir__' of 'module' object needs an argument"));
    };
    // The `__dict__` attribute, which a subclass may replace.
    let dict = crate::protocols::getattr(thread, module, &intern_static("__dict__"))?;
    let Some(namespace) =
        dict.as_obj().filter(|o| matches!(o.payload(), Payload::Dict(_))).and_then(crate::objects::dict_of)
    else {
        return Err(type_error("<module>.__dict__ is not a dictionary"));
    };
    if let Some(custom) = namespace.get_str(&intern_static("__dir__")) {
        return crate::call::call(thread, &custom, Args::positional(&[]));
    }
    Ok(crate::objects::list(namespace.keys()))
}

fn module_repr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match args.values.first() {
        Some(Value::Obj(module)) if matches!(module.payload(), Payload::Module) => {
            Ok(crate::objects::str::new_str(crate::import::loader::module_repr(thread, module)?))
        }
        _ => Err(type_error("descriptor '__repr__' requires a 'module' object")),
    }
}
