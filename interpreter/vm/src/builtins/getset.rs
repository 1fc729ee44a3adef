//! The attributes builtin types compute with native getters: getset descriptors (and member
//! descriptors, for the fields CPython reads straight from the object, such as `complex.real`),
//! with their `__get__`/`__set__`/`__delete__`, names, owner, docstring and repr as CPython's.

use crate::call::call;
use crate::method;
use crate::objects::exception::{attribute_error, type_error};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::str::intern;
use crate::objects::typeobj::{class_name, class_of, is_subtype, set_builtin_attr, type_data, type_name, types};
use crate::objects::{Builtin, Payload, Property};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::{add_methods, native_function};

pub(super) fn install() {
    add_methods(
        &types().getset_descriptor,
        &[method!("__get__", getset_get), method!("__set__", getset_set), method!("__delete__", getset_delete)],
    );
}

/// Read-only attributes of `class` computed by native getters: getset descriptors, or member
/// descriptors with `member`.
pub fn add_native_getters(class: &ObjRef, getters: &[(&'static str, NativeFn)], member: bool) {
    let t = types();
    let descriptor_type = if member { &t.member_descriptor } else { &t.getset_descriptor };
    for &(name, getter) in getters {
        let fget = native_function(name, getter, BuiltinKind::Function, Some(class.clone()));
        let property = Property::payload(fget, Value::None, Value::None, Value::None);
        set_builtin_attr(class, name, Value::Obj(ObjRef::new_immortal(descriptor_type.clone(), None, property)));
    }
}

/// A writable attribute of `class` computed by native functions: a getset descriptor whose
/// setter also deletes (value None).
pub fn add_native_getset(class: &ObjRef, name: &'static str, getter: NativeFn, setter: NativeFn, deleter: NativeFn) {
    add_writable(&types().getset_descriptor, class, name, [getter, setter, deleter]);
}

/// A writable field of `class`: a member descriptor (CPython's for `function.__doc__`).
pub fn add_native_member(class: &ObjRef, name: &'static str, getter: NativeFn, setter: NativeFn, deleter: NativeFn) {
    add_writable(&types().member_descriptor, class, name, [getter, setter, deleter]);
}

fn add_writable(descriptor_type: &ObjRef, class: &ObjRef, name: &'static str, functions: [NativeFn; 3]) {
    let [fget, fset, fdel] = functions.map(|f| native_function(name, f, BuiltinKind::Function, Some(class.clone())));
    let property = Property::payload(fget, fset, fdel, Value::None);
    let descriptor = ObjRef::new_immortal(descriptor_type.clone(), None, property);
    set_builtin_attr(class, name, Value::Obj(descriptor));
}

/// Gives the native descriptor `class.name` its docstring.
pub fn set_getset_doc(class: &ObjRef, name: &str, doc: &'static str) {
    let Some(descriptor) = type_data(class).namespace().get_str(&intern(name)) else { return };
    if let Some(Payload::Property(property)) = descriptor.payload() {
        *property.doc.lock() = Value::Obj(intern(doc));
    }
}

/// The getter of a native descriptor (a getset or member descriptor with a property payload).
fn native_getter(descriptor: &ObjRef) -> Option<&Builtin> {
    let t = types();
    let class = &descriptor.class;
    if !ObjRef::ptr_eq(class, &t.getset_descriptor) && !ObjRef::ptr_eq(class, &t.member_descriptor) {
        return None;
    }
    match descriptor.payload() {
        Payload::Property(property) => match property.fget.payload() {
            Some(Payload::Builtin(b)) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `value` is a native getset or member descriptor (what a builtin type's namespace
/// holds for its instances' `__doc__` or `__module__`, not the type's own).
pub(crate) fn is_native_descriptor(value: &Value) -> bool {
    value.as_obj().is_some_and(|descriptor| native_getter(descriptor).is_some())
}

/// `__name__`, `__qualname__` and `__objclass__` of a native descriptor.
pub(crate) fn native_descriptor_attr(descriptor: &ObjRef, name: &str) -> Option<Value> {
    let getter = native_getter(descriptor)?;
    let owner = getter.owner.as_ref()?;
    match name {
        "__name__" => Some(Value::Obj(intern(getter.name))),
        "__qualname__" => Some(Value::Obj(intern(&format!("{}.{}", type_data(owner).qualname.read(), getter.name)))),
        "__objclass__" => Some(Value::Obj(owner.clone())),
        _ => None,
    }
}

/// The repr of a native descriptor: `<attribute 'real' of 'float' objects>`, or `<member ...>`.
pub(crate) fn native_descriptor_repr(descriptor: &ObjRef) -> Option<String> {
    let getter = native_getter(descriptor)?;
    let owner = getter.owner.as_ref()?;
    let what = if ObjRef::ptr_eq(&descriptor.class, &types().member_descriptor) { "member" } else { "attribute" };
    Some(format!("<{what} '{}' of '{}' objects>", getter.name, class_name(owner)))
}

/// The descriptor a method was called on, after checking that `obj` is an instance of its
/// owner (CPython's `descr_check`).
fn checked(this: &Value, obj: &Value) -> PyResult<(ObjRef, Option<ObjRef>)> {
    let Some(descriptor) = this.as_obj().filter(|d| matches!(d.payload(), Payload::Property(_))) else {
        return Err(type_error(format!(
            "descriptor '__get__' for 'getset_descriptor' objects doesn't apply to a '{}' object",
            type_name(this)
        )));
    };
    let getter = native_getter(descriptor);
    let owner = getter.and_then(|g| g.owner.clone());
    if let (Some(getter), Some(owner)) = (getter, &owner) {
        if !is_subtype(class_of(obj), owner) {
            return Err(type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                getter.name,
                class_name(owner),
                type_name(obj)
            )));
        }
    }
    Ok((descriptor.clone(), owner))
}

/// `descriptor.__get__(obj, type=None)`.
pub(crate) fn getset_get(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let this = pos.first().cloned().unwrap_or(Value::None);
    let obj = pos.get(1).cloned().unwrap_or(Value::None);
    let owner_given = pos.get(2).is_some_and(|t| !t.is_none());
    if obj.is_none() {
        if !owner_given && pos.len() < 3 {
            return Ok(this);
        }
        if !owner_given {
            return Err(type_error("__get__(None, None) is invalid"));
        }
        return Ok(this);
    }
    let (descriptor, _) = checked(&this, &obj)?;
    let Payload::Property(property) = descriptor.payload() else { return Ok(this) };
    call(thread, &property.fget, Args::positional(&[obj]))
}

/// `__set__` and `__delete__` (value None) of a native descriptor.
pub(crate) fn getset_store(thread: &mut Thread, this: &Value, obj: &Value, value: Option<Value>) -> PyResult<Value> {
    let (descriptor, owner) = checked(this, obj)?;
    let Payload::Property(property) = descriptor.payload() else { return Ok(Value::None) };
    let func = if value.is_some() { &property.fset } else { &property.fdel };
    if func.is_none() {
        if ObjRef::ptr_eq(&descriptor.class, &types().member_descriptor) {
            return Err(attribute_error("readonly attribute"));
        }
        let name = native_getter(&descriptor).map_or("?", |g| g.name);
        let owner = owner.map(|o| class_name(&o)).unwrap_or_default();
        return Err(attribute_error(format!("attribute '{name}' of '{owner}' objects is not writable")));
    }
    let mut args = vec![obj.clone()];
    args.extend(value);
    call(thread, func, Args::positional(&args))?;
    Ok(Value::None)
}

fn getset_set(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let arg = |i: usize| pos.get(i).cloned().unwrap_or(Value::None);
    getset_store(thread, &arg(0), &arg(1), Some(arg(2)))
}

fn getset_delete(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let arg = |i: usize| pos.get(i).cloned().unwrap_or(Value::None);
    getset_store(thread, &arg(0), &arg(1), None)
}
