//! Struct sequences: tuples whose items also have names (`sys.flags`, `sys.version_info`,
//! `sys.float_info`, `time.struct_time`). A type is a `tuple` subclass with a read-only property
//! per field and CPython's `n_fields`, `n_sequence_fields`, `n_unnamed_fields` and
//! `__match_args__`. Extra fields (`struct_time`'s `tm_zone`) are attributes only: they are kept
//! in the instance's dict, outside the tuple.

use crate::builtins::{add_methods, bind_builtin};
use crate::method;
use crate::objects::exception::type_error;
use crate::objects::function::{Args, Builtin, BuiltinKind};
use crate::objects::str::{intern, new_str};
use crate::objects::typeobj::{new_builtin_type, set_builtin_attr, type_data, types, BaseKind};
use crate::objects::{tuple, OwnedPayload, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// A new struct sequence type shown as `module.name`, with the given fields.
pub fn new_type(module: &str, name: &str, fields: &[&str]) -> ObjRef {
    new_type_with_extras(module, name, fields, &[])
}

/// A struct sequence type whose instances also have the attributes `extras` (None unless given).
pub fn new_type_with_extras(module: &str, name: &str, fields: &[&str], extras: &[&str]) -> ObjRef {
    new_type_with_unnamed(module, name, fields, 0, extras)
}

/// A struct sequence type whose last `unnamed` sequence fields have no attribute (`os.stat_result`'s
/// integer times, whose names its extra fields take); `repr` still labels them with `fields`.
pub fn new_type_with_unnamed(module: &str, name: &str, fields: &[&str], unnamed: usize, extras: &[&str]) -> ObjRef {
    let t = types();
    let named = &fields[..fields.len() - unnamed.min(fields.len())];
    let class = new_builtin_type(&t.type_, name, std::slice::from_ref(&t.tuple), BaseKind::Tuple, false);
    set_builtin_attr(&class, "__module__", new_str(module));
    add_methods(&class, &[method!("__repr__", repr), method!("__new__", construct, StaticMethod)]);
    for (index, field) in named.iter().enumerate() {
        // The getter is `item_at` with the field's index bound as its first argument.
        let getter = Builtin {
            name: "item_at",
            func: item_at,
            kind: BuiltinKind::Function,
            bound: None,
            owner: None,
            module: None,
        };
        let fget = bind_builtin(&getter, Value::Int(index as i64));
        let property = crate::objects::Property::payload(fget, Value::None, Value::None, Value::None);
        set_builtin_attr(&class, field, Value::Obj(ObjRef::new(t.property.clone(), None, property)));
    }
    set_builtin_attr(&class, "n_fields", Value::Int((fields.len() + extras.len()) as i64));
    set_builtin_attr(&class, "n_sequence_fields", Value::Int(fields.len() as i64));
    set_builtin_attr(&class, "_extra_fields", tuple(extras.iter().map(|f| new_str(*f)).collect()));
    set_builtin_attr(&class, "n_unnamed_fields", Value::Int((fields.len() - named.len()) as i64));
    set_builtin_attr(&class, "__match_args__", tuple(named.iter().map(|f| new_str(*f)).collect()));
    set_builtin_attr(&class, "_sequence_fields", tuple(fields.iter().map(|f| new_str(*f)).collect()));
    class
}

/// An instance of the struct sequence type `class`.
pub fn new_instance(class: &ObjRef, values: Vec<Value>) -> Value {
    Value::Obj(ObjRef::new(class.clone(), None, OwnedPayload::Tuple(values.into())))
}

/// An instance with values for the type's extra fields too (in their order).
pub fn new_instance_with_extras(class: &ObjRef, values: Vec<Value>, extra_values: Vec<Value>) -> Value {
    let dict = crate::objects::new_dict();
    if let Some(d) = crate::objects::dict_of(&dict) {
        for (name, value) in names_of(class, "_extra_fields").iter().zip(extra_values) {
            d.set_str(&intern(name), value);
        }
    }
    Value::Obj(ObjRef::new(class.clone(), Some(dict), OwnedPayload::Tuple(values.into())))
}

/// The names a struct sequence type lists in its attribute `which`.
fn names_of(class: &ObjRef, which: &str) -> Vec<String> {
    match type_data(class).namespace().get_str(&intern(which)) {
        Some(names) => items(&names)
            .unwrap_or_default()
            .iter()
            .filter_map(|n| crate::objects::str::as_pystr(n).map(|s| s.as_str().into_owned()))
            .collect(),
        None => Vec::new(),
    }
}

/// `T(sequence)`: at least the sequence fields, at most all of them (extras last).
fn construct(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, sequence) = match args.pos() {
        [Value::Obj(class), sequence] if args.kwnames.is_empty() => (class.clone(), sequence.clone()),
        [Value::Obj(class), sequence, _dict] if args.kwnames.is_empty() => (class.clone(), sequence.clone()),
        _ => return Err(type_error("struct sequence takes a sequence argument")),
    };
    let values = crate::protocols::iter::collect(thread, &sequence)?;
    let fields = names_of(&class, "_sequence_fields");
    let extras = names_of(&class, "_extra_fields");
    let label = match crate::attributes::type_module(&class).unwrap_or_default().as_str() {
        "builtins" | "" => type_data(&class).name(),
        module => format!("{module}.{}", type_data(&class).name()),
    };
    let (min, max) = (fields.len(), fields.len() + extras.len());
    if values.len() < min {
        let kind = if max == min { "a" } else { "an at least" };
        return Err(type_error(format!("{label}() takes {kind} {min}-sequence ({}-sequence given)", values.len())));
    }
    if values.len() > max {
        let kind = if max == min { "a" } else { "an at most" };
        return Err(type_error(format!("{label}() takes {kind} {max}-sequence ({}-sequence given)", values.len())));
    }
    let mut values = values;
    let mut extra_values: Vec<Value> = values.split_off(min);
    extra_values.resize(extras.len(), Value::None);
    if extras.is_empty() {
        return Ok(new_instance(&class, values));
    }
    Ok(new_instance_with_extras(&class, values, extra_values))
}

fn items(value: &Value) -> Option<&[Value]> {
    match &value.as_obj()?.payload() {
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
    let fields = names_of(&class, "_sequence_fields");
    let module = crate::attributes::type_module(&class).unwrap_or_default();
    let mut out = match module.as_str() {
        "builtins" | "" => format!("{}(", type_data(&class).name()),
        module => format!("{module}.{}(", type_data(&class).name()),
    };
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
