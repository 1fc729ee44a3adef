//! `property`: construction (the getter's docstring as its `__doc__`), `getter`/`setter`/
//! `deleter` copies, `__get__`/`__set__`/`__delete__`, `__set_name__`, and CPython 3.12's
//! messages for a missing accessor ("property 'x' of 'C' object has no setter").

use crate::call::call;
use crate::method;
use crate::objects::exception::{attribute_error, type_error, PyErr};
use crate::objects::function::Args;
use crate::objects::str::{intern_static, new_str};
use crate::objects::typeobj::{class_of, type_data, types};
use crate::objects::{MemberData, Payload, Property};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::add_methods;

pub(super) fn install() {
    add_methods(
        &types().property,
        &[
            method!("__new__", property_new, StaticMethod),
            method!("__init__", property_init),
            method!("getter", property_getter),
            method!("setter", property_setter),
            method!("deleter", property_deleter),
            method!("__get__", property_get),
            method!("__set__", property_set),
            method!("__delete__", property_delete),
            method!("__set_name__", property_set_name),
        ],
    );
    // The read-only members (`fget`, `fset`, `fdel`) and `__isabstractmethod__`, which `dir()`
    // lists and whose assignment fails as CPython's does.
    let native = |name: &'static str, f: crate::objects::function::NativeFn| {
        super::native_function(name, f, crate::objects::function::BuiltinKind::Function, None)
    };
    let readonly = native("readonly", readonly_member);
    let t = types();
    let namespace = type_data(&t.property).namespace();
    for (name, getter) in [
        ("fget", property_fget as crate::objects::function::NativeFn),
        ("fset", property_fset),
        ("fdel", property_fdel),
    ] {
        let payload = Property::payload(native(name, getter), readonly.clone(), readonly.clone(), Value::None);
        // (CPython's are member descriptors; these are getset descriptors, whose methods take
        // them.)
        let member = ObjRef::new_immortal(t.getset_descriptor.clone(), None, payload);
        namespace.set_str(&intern_static(name), Value::Obj(member));
    }
    let abstract_getter = native("__isabstractmethod__", property_isabstractmethod);
    let payload = Property::payload(abstract_getter, Value::None, Value::None, Value::None);
    let getset = ObjRef::new_immortal(t.getset_descriptor.clone(), None, payload);
    namespace.set_str(&intern_static("__isabstractmethod__"), Value::Obj(getset));
}

fn property_fget(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(property_of(&arg(&args, 0))?.fget.clone())
}

fn property_fset(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(property_of(&arg(&args, 0))?.fset.clone())
}

fn property_fdel(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(property_of(&arg(&args, 0))?.fdel.clone())
}

fn readonly_member(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(attribute_error("readonly attribute"))
}

/// Whether any of the accessors is marked abstract.
fn property_isabstractmethod(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = arg(&args, 0);
    let property = property_of(&this)?;
    let accessors = [&property.fget, &property.fset, &property.fdel];
    Ok(Value::Bool(crate::attributes::any_abstract(thread, &accessors)?))
}

fn arg(args: &Args<'_>, i: usize) -> Value {
    args.values.get(i).cloned().unwrap_or(Value::None)
}

fn property_of(value: &Value) -> PyResult<&Property> {
    match value.payload() {
        Some(Payload::Property(property)) => Ok(property),
        _ => Err(type_error("descriptor requires a 'property' object")),
    }
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
fn property_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let given = Args { values: args.values.get(1..).unwrap_or_default(), kwnames: args.kwnames };
    let slots = super::arity::bind(&given, "property", &["fget", "fset", "fdel", "doc"], 0, 0)?;
    let get = |i: usize| slots[i].clone().unwrap_or(Value::None);
    let class = args.values.first().and_then(Value::as_obj).cloned().unwrap_or_else(|| types().property.clone());
    make(thread, &class, [get(0), get(1), get(2)], get(3))
}

/// A property of `class` with these accessors: without a doc, the getter's docstring is used;
/// a subclass's instance gets its doc in its own dict (CPython's property_init).
fn make(thread: &mut Thread, class: &ObjRef, [fget, fset, fdel]: [Value; 3], doc: Value) -> PyResult<Value> {
    let subclass = type_data(class).heap;
    let (doc, getter_doc) = if doc.is_none() && !fget.is_none() {
        match protocols::getattr_opt(thread, &fget, "__doc__")? {
            // A subclass does not count a getter's None docstring as taken from it.
            Some(found) if !(subclass && found.is_none()) => (found, true),
            _ => (Value::None, false),
        }
    } else {
        (doc, false)
    };
    let dict = type_data(class).instance_dict.then(crate::objects::new_dict);
    let payload =
        Property::payload_with(fget, fset, fdel, if subclass { Value::None } else { doc.clone() }, getter_doc);
    let made = Value::Obj(ObjRef::new(class.clone(), dict, payload));
    if subclass {
        // Without an instance dict (`__slots__`) a doc given explicitly is dropped silently,
        // as CPython 3.11 and 3.12 do; one taken from the getter raises.
        match protocols::attr::setattr(thread, &made, &intern_static("__doc__"), doc) {
            Err(err) if !getter_doc && err.matches(&crate::objects::exception::exceptions().attribute_error) => {}
            other => other?,
        }
    }
    Ok(made)
}

/// `property.__init__`: the work is done by `__new__` (a subclass may still call it).
fn property_init(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

/// `getter`/`setter`/`deleter`: a copy of the property (of its class) with one accessor
/// replaced; a doc taken from the old getter is taken again from the new one.
fn property_copy(thread: &mut Thread, args: &Args<'_>, which: usize) -> PyResult<Value> {
    let this = arg(args, 0);
    let func = arg(args, 1);
    let property = property_of(&this)?;
    let mut accessors = [property.fget.clone(), property.fset.clone(), property.fdel.clone()];
    accessors[which] = func;
    let doc = if property.getter_doc && !accessors[0].is_none() {
        Value::None
    } else if type_data(class_of(&this)).heap {
        protocols::getattr_opt(thread, &this, "__doc__")?.unwrap_or(Value::None)
    } else {
        property.doc.lock().clone()
    };
    let name = property.name.lock().clone();
    let class = class_of(&this).clone();
    let copy = if type_data(&class).heap {
        let [g, s, d] = accessors;
        call(thread, &Value::Obj(class), Args::positional(&[g, s, d, doc]))?
    } else {
        make(thread, &class, accessors, doc)?
    };
    if let Some(Payload::Property(made)) = copy.payload() {
        *made.name.lock() = name;
    }
    Ok(copy)
}

fn property_getter(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    property_copy(thread, &args, 0)
}

fn property_setter(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    property_copy(thread, &args, 1)
}

fn property_deleter(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    property_copy(thread, &args, 2)
}

/// "property 'x' of 'C' object has no setter" (without a name: "property of 'C' object ..."),
/// with the qualified name of the instance's class.
pub fn missing_accessor(thread: &mut Thread, property: &Property, obj: &Value, what: &str) -> PyResult<PyErr> {
    let qualname = new_str(type_data(class_of(obj)).qualname.read().clone());
    let owner = protocols::repr(thread, &qualname)?;
    let name = property.name.lock().clone();
    Ok(attribute_error(if name.is_none() {
        format!("property of {owner} object has no {what}")
    } else {
        format!("property {} of {owner} object has no {what}", protocols::repr(thread, &name)?)
    }))
}

fn property_get(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (this, obj) = (arg(&args, 0), arg(&args, 1));
    if obj.is_none() {
        return Ok(this);
    }
    let owner = class_of(&obj).clone();
    Ok(protocols::attr::descriptor_get(thread, &this, &obj, &owner)?.unwrap_or(this))
}

fn property_set(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (this, obj, value) = (arg(&args, 0), arg(&args, 1), arg(&args, 2));
    let property = property_of(&this)?;
    if property.fset.is_none() {
        return Err(missing_accessor(thread, property, &obj, "setter")?);
    }
    call(thread, &property.fset, Args::positional(&[obj, value]))?;
    Ok(Value::None)
}

fn property_delete(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (this, obj) = (arg(&args, 0), arg(&args, 1));
    let property = property_of(&this)?;
    if property.fdel.is_none() {
        return Err(missing_accessor(thread, property, &obj, "deleter")?);
    }
    call(thread, &property.fdel, Args::positional(&[obj]))?;
    Ok(Value::None)
}

/// `property.__set_name__(owner, name)`: remembers the name for error messages.
fn property_set_name(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let given = args.values.len().saturating_sub(1);
    if given != 2 || !args.kwnames.is_empty() {
        return Err(type_error(format!("__set_name__() takes 2 positional arguments but {given} were given")));
    }
    let this = arg(&args, 0);
    *property_of(&this)?.name.lock() = arg(&args, 2);
    Ok(Value::None)
}

// ---- member descriptors (`__slots__` entries) ----------------------------------------------

pub(super) fn install_members() {
    add_methods(
        &types().member_descriptor,
        &[method!("__get__", member_get), method!("__set__", member_set), method!("__delete__", member_delete)],
    );
}

/// The member descriptor a method was called on, after checking that `obj` is an instance of
/// the class that defined it.
fn member_for(this: &Value, obj: &Value) -> PyResult<ObjRef> {
    let Some(Payload::Member(MemberData { name, owner, .. })) = this.payload() else {
        return Err(type_error("descriptor requires a 'member_descriptor' object"));
    };
    if !crate::objects::typeobj::is_subtype(class_of(obj), owner) {
        let name = crate::objects::str::as_pystr(&Value::Obj(name.clone())).map(|s| s.as_str().into_owned());
        return Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name.unwrap_or_default(),
            type_data(owner).name(),
            crate::objects::typeobj::type_name(obj)
        )));
    }
    Ok(owner.clone())
}

/// `member.__get__(obj, type=None)`.
fn member_get(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if let Some(Payload::Property(_)) = args.values.first().and_then(Value::payload) {
        return super::getset::getset_get(thread, args);
    }
    let (this, obj) = (arg(&args, 0), arg(&args, 1));
    if obj.is_none() {
        return Ok(this);
    }
    let owner = member_for(&this, &obj)?;
    Ok(protocols::attr::descriptor_get(thread, &this, &obj, &owner)?.unwrap_or(this))
}

/// `member.__set__(obj, value)` and `member.__delete__(obj)` (value None).
fn member_store(thread: &mut Thread, this: &Value, obj: &Value, value: Option<Value>) -> PyResult<Value> {
    if let Some(Payload::Property(_)) = this.payload() {
        return super::getset::getset_store(thread, this, obj, value);
    }
    member_for(this, obj)?;
    let Some(Payload::Member(MemberData { name, .. })) = this.payload() else { return Ok(Value::None) };
    let name = name.clone();
    protocols::attr::generic_setattr(thread, obj, &name, value)?;
    Ok(Value::None)
}

fn member_set(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    member_store(thread, &arg(&args, 0), &arg(&args, 1), Some(arg(&args, 2)))
}

fn member_delete(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    member_store(thread, &arg(&args, 0), &arg(&args, 1), None)
}
