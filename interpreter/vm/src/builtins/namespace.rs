//! `types.SimpleNamespace`: an object whose attributes are the keyword arguments it was made
//! with. Native because `sys.implementation` is one, made before any Python code runs.

use std::sync::OnceLock;

use crate::method;
use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, new_str};
use crate::objects::typeobj::{
    class_of, is_subtype, new_builtin_type_with_instance_dict, set_builtin_attr, type_data, types, BaseKind,
};
use crate::objects::{dict_of, tuple, tuple_of, OwnedPayload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::add_methods;

/// The `types.SimpleNamespace` class.
pub fn simple_namespace_class() -> &'static ObjRef {
    static CLASS: OnceLock<ObjRef> = OnceLock::new();
    CLASS.get_or_init(|| {
        let t = types();
        let object = std::slice::from_ref(&t.object);
        let class = new_builtin_type_with_instance_dict(&t.type_, "SimpleNamespace", object, BaseKind::Object, true);
        set_builtin_attr(&class, "__module__", new_str("types"));
        set_builtin_attr(&class, "__hash__", Value::None);
        add_methods(
            &class,
            &[
                method!("__init__", namespace_init),
                method!("__repr__", namespace_repr),
                method!("__eq__", namespace_eq),
                method!("__reduce__", namespace_reduce),
            ],
        );
        class
    })
}

/// A new namespace with the given attributes (`sys.implementation`).
pub fn new_simple_namespace(attributes: &[(&str, Value)]) -> Value {
    let dict = crate::objects::new_dict();
    if let Some(d) = dict_of(&dict) {
        for (name, value) in attributes {
            d.set_str(&crate::objects::str::intern(name), value.clone());
        }
    }
    let class = simple_namespace_class().clone();
    Value::Obj(ObjRef::new(class, Some(dict), OwnedPayload::Instance(Default::default())))
}

fn namespace_dict(this: &Value) -> PyResult<&crate::objects::Dict> {
    this.as_obj()
        .filter(|_| is_subtype(class_of(this), simple_namespace_class()))
        .and_then(|o| o.dict().as_ref())
        .and_then(dict_of)
        .ok_or_else(|| type_error("descriptor requires a 'types.SimpleNamespace' object"))
}

/// `SimpleNamespace(**kwargs)`: the keyword arguments become attributes.
fn namespace_init(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    if args.pos().len() > 1 {
        return Err(type_error("no positional arguments expected"));
    }
    let dict = namespace_dict(&this)?;
    for (name, value) in args.keywords() {
        dict.set(thread, name.clone(), value.clone())?;
    }
    Ok(Value::None)
}

/// `namespace(a=1, b=2)`, with the subclass's name for subclasses and `namespace(...)` for a
/// namespace that contains itself.
fn namespace_repr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let dict = namespace_dict(&this)?;
    let class = class_of(&this);
    let label =
        if ObjRef::ptr_eq(class, simple_namespace_class()) { "namespace".into() } else { type_data(class).name() };
    let Some(obj) = this.as_obj() else { return Err(type_error("a namespace is an object")) };
    let items = dict.items();
    let shown = crate::protocols::repr::guarded(obj, || {
        let mut fields = Vec::new();
        for (name, value) in &items {
            let name = as_pystr(name).map(|s| s.as_str().into_owned()).unwrap_or_default();
            fields.push(format!("{name}={}", crate::protocols::repr(thread, value)?));
        }
        Ok(fields.join(", "))
    })?;
    Ok(new_str(format!("{label}({})", shown.unwrap_or_else(|| "...".into()))))
}

/// Two namespaces are equal when their attributes are.
fn namespace_eq(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [this, other] = args.pos() else { return Err(type_error("__eq__ expected 1 argument")) };
    let namespace = simple_namespace_class();
    if !is_subtype(class_of(this), namespace) || !is_subtype(class_of(other), namespace) {
        return Ok(crate::builtins::not_implemented());
    }
    let (Some(a), Some(b)) = (this.as_obj().and_then(|o| o.dict().get()), other.as_obj().and_then(|o| o.dict().get()))
    else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(crate::protocols::rich_eq(thread, &Value::Obj(a), &Value::Obj(b))?))
}

/// Pickling: the class, no arguments, and the attributes as state.
fn namespace_reduce(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let state = this.as_obj().and_then(|o| o.dict().get()).map_or(Value::None, Value::Obj);
    Ok(tuple_of([Value::Obj(class_of(&this).clone()), tuple(Vec::new()), state]))
}
