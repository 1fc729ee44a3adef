//! `isinstance()` and `issubclass()` as CPython's `Objects/abstract.c` answers them: classes,
//! tuples of them (nested to any depth, within the recursion limit), unions, the metaclass hooks
//! `__instancecheck__`/`__subclasscheck__`, and the abstract protocol by which any object with a
//! `__bases__` tuple acts as a class and any object's `__class__` names its class.

use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::typeobj::{class_of, is_subtype, lookup, type_data, types};
use crate::objects::{as_tuple, Payload};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::functions::pos;

pub(super) fn isinstance(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "isinstance", 2, 2)?;
    Ok(Value::Bool(is_instance(thread, &p[0], &p[1])?))
}

pub(super) fn issubclass(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "issubclass", 2, 2)?;
    Ok(Value::Bool(is_subclass(thread, &p[0], &p[1])?))
}

fn as_type(value: &Value) -> Option<&ObjRef> {
    value.as_obj().filter(|c| matches!(c.payload(), Payload::Type(_)))
}

/// The hook `name` of `classinfo`'s class, for a class whose metaclass is written in Python or
/// for any other object (the builtin `type`'s hooks are the plain checks below).
fn hook(classinfo: &Value, name: &'static str) -> Option<Value> {
    match as_type(classinfo) {
        Some(class) if !type_data(&class.class).heap => None,
        _ => protocols::special(classinfo, name),
    }
}

/// `isinstance(value, classinfo)`.
pub fn is_instance(thread: &mut Thread, value: &Value, classinfo: &Value) -> PyResult<bool> {
    // The exact class answers at once, without a metaclass's `__instancecheck__`.
    if as_type(classinfo).is_some_and(|class| ObjRef::ptr_eq(class_of(value), class)) {
        return Ok(true);
    }
    if let Some(items) = as_tuple(classinfo) {
        let items = items.to_vec();
        return thread.nested_for(" in __instancecheck__", |thread| {
            for item in &items {
                if is_instance(thread, value, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
    }
    match crate::typing::alias_of(classinfo) {
        Some(crate::typing::Alias::Union(items)) => {
            for item in items.clone() {
                let item = if item.is_none() { Value::Obj(types().none_type.clone()) } else { item };
                if is_instance(thread, value, &item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        Some(crate::typing::Alias::Generic { .. }) => {
            return Err(type_error("isinstance() argument 2 cannot be a parameterized generic"));
        }
        _ => {}
    }
    if let Some(check) = hook(classinfo, "__instancecheck__") {
        let result = thread.nested_for(" in __instancecheck__", |thread| {
            crate::call::call_method(thread, &check, classinfo, &[classinfo.clone(), value.clone()])
        })?;
        return protocols::truthy(thread, &result);
    }
    real_is_instance(thread, value, classinfo)
}

/// Whether the class of `value` may claim another class through `__class__`: it defines
/// `__class__` or its own `__getattribute__` (proxies do one or the other).
fn may_claim_class(class: &ObjRef) -> bool {
    let data = type_data(class);
    data.heap
        && (data.defines_class.load(std::sync::atomic::Ordering::Relaxed)
            || lookup(class, &crate::objects::str::intern_static("__getattribute__"))
                .is_some_and(|hook| !protocols::attr::is_object_method(&hook, "__getattribute__")))
}

/// `isinstance` without the hooks: the real class, then what `__class__` claims.
pub(super) fn real_is_instance(thread: &mut Thread, value: &Value, classinfo: &Value) -> PyResult<bool> {
    if let Some(class) = as_type(classinfo) {
        if is_subtype(class_of(value), class) {
            return Ok(true);
        }
        if may_claim_class(class_of(value)) {
            if let Some(claimed) = protocols::getattr_opt(thread, value, "__class__")? {
                if let Some(claimed) = as_type(&claimed) {
                    if !ObjRef::ptr_eq(claimed, class_of(value)) {
                        return Ok(is_subtype(claimed, class));
                    }
                }
            }
        }
        return Ok(false);
    }
    if abstract_bases(thread, classinfo)?.is_none() {
        return Err(type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
    }
    match protocols::getattr_opt(thread, value, "__class__")? {
        Some(claimed) => abstract_is_subclass(thread, &claimed, classinfo),
        None => Ok(false),
    }
}

/// `issubclass(sub, classinfo)`.
pub fn is_subclass(thread: &mut Thread, sub: &Value, classinfo: &Value) -> PyResult<bool> {
    if let (Some(sub_class), Some(class)) = (as_type(sub), as_type(classinfo)) {
        if !type_data(&class.class).heap {
            return Ok(is_subtype(sub_class, class));
        }
    }
    if let Some(items) = as_tuple(classinfo) {
        let items = items.to_vec();
        return thread.nested_for(" in __subclasscheck__", |thread| {
            for item in &items {
                if is_subclass(thread, sub, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
    }
    match crate::typing::alias_of(classinfo) {
        Some(crate::typing::Alias::Union(items)) => {
            if as_type(sub).is_none() && abstract_bases(thread, sub)?.is_none() {
                return Err(type_error("issubclass() arg 1 must be a class"));
            }
            for item in items.clone() {
                let item = if item.is_none() { Value::Obj(types().none_type.clone()) } else { item };
                if is_subclass(thread, sub, &item)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        Some(crate::typing::Alias::Generic { .. }) => {
            return Err(type_error("issubclass() argument 2 cannot be a parameterized generic"));
        }
        _ => {}
    }
    if let Some(check) = hook(classinfo, "__subclasscheck__") {
        let result = thread.nested_for(" in __subclasscheck__", |thread| {
            crate::call::call_method(thread, &check, classinfo, &[classinfo.clone(), sub.clone()])
        })?;
        return protocols::truthy(thread, &result);
    }
    real_is_subclass(thread, sub, classinfo)
}

/// `issubclass` without the hooks: the MROs of two classes, or the `__bases__` protocol.
pub(super) fn real_is_subclass(thread: &mut Thread, sub: &Value, classinfo: &Value) -> PyResult<bool> {
    if let (Some(sub_class), Some(class)) = (as_type(sub), as_type(classinfo)) {
        return Ok(is_subtype(sub_class, class));
    }
    if as_type(sub).is_none() && abstract_bases(thread, sub)?.is_none() {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    if as_type(classinfo).is_none() && abstract_bases(thread, classinfo)?.is_none() {
        return Err(type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    }
    abstract_is_subclass(thread, sub, classinfo)
}

/// `value.__bases__` when it is a tuple (a class in the abstract sense); None when it is
/// missing (AttributeError) or not a tuple. Other errors propagate.
fn abstract_bases(thread: &mut Thread, value: &Value) -> PyResult<Option<Vec<Value>>> {
    if let Some(class) = as_type(value) {
        return Ok(Some(type_data(class).bases.read().iter().cloned().map(Value::Obj).collect()));
    }
    Ok(protocols::getattr_opt(thread, value, "__bases__")?.and_then(|bases| as_tuple(&bases).map(<[Value]>::to_vec)))
}

/// Whether `class` is `derived` or one of its bases, followed through `__bases__` (one base
/// at a time without recursion, several by recursion counted against the limit).
fn abstract_is_subclass(thread: &mut Thread, derived: &Value, class: &Value) -> PyResult<bool> {
    let mut derived = derived.clone();
    let bases = loop {
        if derived.is(class) {
            return Ok(true);
        }
        let Some(bases) = abstract_bases(thread, &derived)? else { return Ok(false) };
        match bases.as_slice() {
            [] => return Ok(false),
            [only] => derived = only.clone(),
            _ => break bases,
        }
    };
    thread.nested_for(" in __issubclass__", |thread| {
        for base in &bases {
            if abstract_is_subclass(thread, base, class)? {
                return Ok(true);
            }
        }
        Ok(false)
    })
}
