//! Struct sequences: tuples whose items also have names (`sys.flags`, `sys.version_info`,
//! `sys.float_info`). A type is a `tuple` subclass with a read-only property per field and
//! CPython's `n_fields`, `n_sequence_fields`, `n_unnamed_fields` and `__match_args__`.

use crate::builtins::{add_methods, bind_builtin};
use crate::method;
use crate::objects::exception::type_error;
use crate::objects::function::{Args, Builtin, BuiltinKind};
use crate::objects::str::{intern, new_str};
use crate::objects::typeobj::{new_builtin_type, set_builtin_attr, type_data, types, BaseKind};
use crate::objects::{tuple, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// A new struct sequence type shown as `module.name`, with the given fields.
pub fn new_type(module: &str, name: &str, fields: &[&str]) -> ObjRef {
    let t = types();
    let class = new_builtin_type(&t.type_, name, std::slice::from_ref(&t.tuple), BaseKind::Tuple, false);
    set_builtin_attr(&class, "__module__", new_str(module));
    add_methods(&class, &[method!("__repr__", repr)]);
    for (index, field) in fields.iter().enumerate() {
        // The getter is `item_at` with the field's index bound as its first argument.
        let getter = Builtin { name: "item_at", func: item_at, kind: BuiltinKind::Function, bound: None, owner: None };
        let fget = bind_builtin(&getter, Value::Int(index as i64));
        let property = Payload::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None };
        set_builtin_attr(&class, field, Value::Obj(ObjRef::new(t.property.clone(), None, property)));
    }
    let count = Value::Int(fields.len() as i64);
    set_builtin_attr(&class, "n_fields", count.clone());
    set_builtin_attr(&class, "n_sequence_fields", count);
    set_builtin_attr(&class, "n_unnamed_fields", Value::Int(0));
    set_builtin_attr(&class, "__match_args__", tuple(fields.iter().map(|f| new_str(*f)).collect()));
    class
}

/// An instance of the struct sequence type `class`.
pub fn new_instance(class: &ObjRef, values: Vec<Value>) -> Value {
    Value::Obj(ObjRef::new(class.clone(), None, Payload::Tuple(values.into_boxed_slice())))
}

fn items(value: &Value) -> Option<&[Value]> {
    match &value.as_obj()?.payload {
        Payload::Tuple(items) => Some(items),
        _ => None,
    }
}

/// The getter of a field: `(index, self)`.
fn item_at(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    let index = match p.first() {
        Some(Value::Int(i)) => *i as usize,
        _ => return Err(type_error("bad struct sequence field")),
    };
    p.get(1)
        .and_then(items)
        .and_then(|items| items.get(index).cloned())
        .ok_or_else(|| type_error("descriptor needs a struct sequence"))
}

/// `sys.flags(debug=0, inspect=0, ...)`.
fn repr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(this) = args.pos().first() else { return Err(type_error("__repr__ needs an argument")) };
    let Some(values) = items(this) else { return Err(type_error("__repr__ needs a struct sequence")) };
    let class = crate::objects::typeobj::class_of(this).clone();
    let namespace = type_data(&class).namespace();
    let text = |name: &str| {
        namespace
            .get_str(&intern(name))
            .and_then(|v| crate::objects::str::as_pystr(&v).map(|s| s.as_str().into_owned()))
    };
    let fields: Vec<String> = match namespace.get_str(&intern("__match_args__")) {
        Some(names) => items(&names)
            .unwrap_or_default()
            .iter()
            .filter_map(|n| crate::objects::str::as_pystr(n).map(|s| s.as_str().into_owned()))
            .collect(),
        None => Vec::new(),
    };
    let mut out = format!("{}.{}(", text("__module__").unwrap_or_default(), type_data(&class).name());
    for (i, value) in values.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let shown = crate::protocols::repr(thread, value)?;
        match fields.get(i) {
            Some(field) => out.push_str(&format!("{field}={shown}")),
            None => out.push_str(&shown),
        }
    }
    out.push(')');
    Ok(new_str(out))
}
