//! `mappingproxy` (`types.MappingProxyType`): a read-only, live view of a mapping. A class's
//! `__dict__` is one over the class's namespace; `types.MappingProxyType(m)` makes one over any
//! mapping; a dict view's `.mapping` is one over its dict.

use crate::method;
use crate::objects::exception::{key_error, type_error};
use crate::objects::function::Args;
use crate::objects::str::new_str;
use crate::objects::typeobj::{type_data, type_name, types};
use crate::objects::{OwnedPayload, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::add_methods;

/// What a proxy shows.
enum Target {
    /// A class's namespace, read where it lives.
    Class(ObjRef),
    /// Any mapping.
    Mapping(Value),
}

pub(super) fn install() {
    add_methods(
        &types().mappingproxy,
        &[
            method!("__new__", proxy_new, StaticMethod),
            method!("__getitem__", proxy_getitem),
            method!("__contains__", proxy_contains),
            method!("__iter__", proxy_iter),
            method!("__reversed__", proxy_reversed),
            method!("__len__", proxy_len),
            method!("__repr__", proxy_repr),
            method!("__str__", proxy_str),
            method!("__eq__", proxy_eq),
            method!("__ne__", proxy_ne),
            method!("__hash__", proxy_hash),
            method!("__or__", proxy_or),
            method!("__ror__", proxy_ror),
            method!("__ior__", proxy_ior),
            method!("get", proxy_get),
            method!("keys", proxy_keys),
            method!("values", proxy_values),
            method!("items", proxy_items),
            method!("copy", proxy_copy),
            method!("__class_getitem__", super::classes::class_getitem, ClassMethod),
        ],
    );
}

fn new_proxy(target: Target) -> Value {
    Value::Obj(ObjRef::new(types().mappingproxy.clone(), None, OwnedPayload::Native(Box::new(target))))
}

/// `C.__dict__`: a live view of the class's namespace.
pub fn class_namespace_proxy(class: &ObjRef) -> Value {
    new_proxy(Target::Class(class.clone()))
}

/// A view of `mapping` (a dict view's `.mapping`).
pub fn mapping_proxy_of(mapping: Value) -> Value {
    new_proxy(Target::Mapping(mapping))
}

/// `mappingproxy(mapping)`: refused for sequences and for objects that are no mappings.
fn proxy_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if let Some((name, _)) = args.keywords().next() {
        let name = crate::objects::str::as_pystr(name).map(|n| n.as_str().into_owned()).unwrap_or_default();
        if name != "mapping" || p.len() > 1 {
            return Err(type_error(format!("mappingproxy() got an unexpected keyword argument '{name}'")));
        }
    }
    let mapping = match (p.get(1), args.keywords().next()) {
        (Some(mapping), None) if p.len() == 2 => mapping.clone(),
        (None, Some((_, mapping))) => mapping.clone(),
        _ => {
            let given = p.len().saturating_sub(1) + args.kwnames.len();
            return Err(type_error(format!("mappingproxy() takes exactly one argument ({given} given)")));
        }
    };
    let is_sequence = matches!(mapping.payload(), Some(Payload::List(_) | Payload::Tuple(_)));
    if is_sequence || protocols::special(&mapping, "__getitem__").is_none() {
        return Err(type_error(format!("mappingproxy() argument must be a mapping, not {}", type_name(&mapping))));
    }
    Ok(new_proxy(Target::Mapping(mapping)))
}

fn target<'a>(args: &Args<'a>) -> PyResult<&'a Target> {
    match args.values.first().and_then(Value::payload) {
        Some(Payload::Native(state)) => state.downcast_ref::<Target>(),
        _ => None,
    }
    .ok_or_else(|| type_error("descriptor requires a 'mappingproxy' object"))
}

/// The mapping behind the proxy as a value: a class's namespace is copied into a new dict
/// (for the operations that hand out a whole mapping or its views).
fn as_mapping(target: &Target) -> Value {
    match target {
        Target::Class(class) => {
            let copy = type_data(class).namespace().copy();
            Value::Obj(ObjRef::new(types().dict.clone(), None, OwnedPayload::Dict(copy)))
        }
        Target::Mapping(mapping) => mapping.clone(),
    }
}

fn argument(args: &Args<'_>, name: &str) -> PyResult<Value> {
    match args.pos().get(1) {
        Some(value) => Ok(value.clone()),
        None => Err(type_error(format!("{name}() takes exactly one argument (0 given)"))),
    }
}

fn call_on(thread: &mut Thread, target: &Target, method: &str, rest: &[Value]) -> PyResult<Value> {
    let mapping = as_mapping(target);
    let method = protocols::getattr(thread, &mapping, &crate::objects::str::intern(method))?;
    crate::call::call(thread, &method, Args::positional(rest))
}

fn proxy_getitem(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let key = argument(&args, "__getitem__")?;
    match target(&args)? {
        Target::Class(class) => {
            let found = type_data(class).namespace().get(thread, &key)?;
            found.ok_or_else(|| key_error(key))
        }
        Target::Mapping(mapping) => protocols::getitem(thread, mapping, &key),
    }
}

fn proxy_contains(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let key = argument(&args, "__contains__")?;
    Ok(Value::Bool(match target(&args)? {
        Target::Class(class) => type_data(class).namespace().contains(thread, &key)?,
        Target::Mapping(mapping) => protocols::contains(thread, mapping, &key)?,
    }))
}

fn proxy_iter(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let mapping = as_mapping(target(&args)?);
    protocols::iter::get_iter(thread, &mapping)
}

fn proxy_reversed(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let target = target(&args)?;
    let reversed = Value::Obj(types().reversed.clone());
    crate::call::call(thread, &reversed, Args::positional(&[as_mapping(target)]))
}

fn proxy_len(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let length = match target(&args)? {
        Target::Class(class) => type_data(class).namespace().len(),
        Target::Mapping(mapping) => protocols::len(thread, mapping)?,
    };
    Ok(Value::Int(length as i64))
}

fn proxy_repr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let mapping = as_mapping(target(&args)?);
    Ok(new_str(format!("mappingproxy({})", protocols::repr(thread, &mapping)?)))
}

fn proxy_str(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let mapping = as_mapping(target(&args)?);
    Ok(new_str(protocols::to_str(thread, &mapping)?))
}

fn proxy_eq(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let other = argument(&args, "__eq__")?;
    let mapping = as_mapping(target(&args)?);
    protocols::compare::rich_compare(thread, &mapping, &other, ferrython_bytecode::CompareOp::Eq)
}

fn proxy_ne(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let other = argument(&args, "__ne__")?;
    let mapping = as_mapping(target(&args)?);
    protocols::compare::rich_compare(thread, &mapping, &other, ferrython_bytecode::CompareOp::Ne)
}

/// Hashable when the mapping is (3.12).
fn proxy_hash(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let mapping = as_mapping(target(&args)?);
    Ok(Value::Int(protocols::hash_value(thread, &mapping)?))
}

fn proxy_or(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let other = argument(&args, "__or__")?;
    let other = match other.payload() {
        Some(Payload::Native(state)) => state.downcast_ref::<Target>().map_or(other.clone(), as_mapping),
        _ => other,
    };
    let mapping = as_mapping(target(&args)?);
    protocols::number::binary_op(thread, mapping, other, ferrython_bytecode::BinaryOp::Or)
}

fn proxy_ror(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let other = argument(&args, "__ror__")?;
    let mapping = as_mapping(target(&args)?);
    protocols::number::binary_op(thread, other, mapping, ferrython_bytecode::BinaryOp::Or)
}

fn proxy_ior(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(type_error("'|=' is not supported by mappingproxy; use '|' instead"))
}

fn proxy_get(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.len() < 2 || p.len() > 3 {
        return Err(type_error(format!("get expected at least 1 argument, got {}", p.len().saturating_sub(1))));
    }
    let default = p.get(2).cloned().unwrap_or(Value::None);
    match target(&args)? {
        Target::Class(class) => Ok(type_data(class).namespace().get(thread, &p[1])?.unwrap_or(default)),
        target => call_on(thread, target, "get", &[p[1].clone(), default]),
    }
}

fn proxy_keys(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    call_on(thread, target(&args)?, "keys", &[])
}

fn proxy_values(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    call_on(thread, target(&args)?, "values", &[])
}

fn proxy_items(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    call_on(thread, target(&args)?, "items", &[])
}

fn proxy_copy(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match target(&args)? {
        target @ Target::Class(_) => Ok(as_mapping(target)),
        target => call_on(thread, target, "copy", &[]),
    }
}

impl crate::gc::traverse::NativeData for Target {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        match self {
            Target::Class(class) => visit(&Value::Obj(class.clone())),
            Target::Mapping(mapping) => visit(mapping),
        }
    }
}
