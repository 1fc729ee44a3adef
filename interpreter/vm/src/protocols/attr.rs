//! Attribute access: `object.__getattribute__`'s descriptor rules, `type.__getattribute__`,
//! `__getattr__` fallbacks, and the attributes builtin payloads expose.

use crate::call::{call, call_method};
use crate::objects::exception::{attribute_error, exceptions, set_attr, type_error, PyErr};
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::str::{as_pystr, intern_static};
use crate::objects::typeobj::{class_of, lookup, type_data, type_name, types};
use crate::objects::{BoundMethod, MemberData, OwnedPayload, Payload, SuperData};
use crate::protocols::special;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// `getattr(obj, name)`; `name` is an interned str.
pub fn getattr(thread: &mut Thread, obj: &Value, name: &ObjRef) -> PyResult<Value> {
    // `super.__getattribute__` looks past the class first; super's own attributes come after.
    let class = class_of(obj).clone();
    if let Some(Payload::Super(SuperData { .. })) = obj.payload() {
        // Unless a subclass of super overrides `__getattribute__`.
        let overridden = type_data(&class).heap
            && lookup(&class, &intern_static("__getattribute__")).is_some_and(|g| !is_object_getattribute(&g));
        if !overridden {
            if let Some(found) = crate::builtins::super_getattr(thread, obj.as_obj().expect("a super object"), name)? {
                return Ok(found);
            }
        }
    }
    if type_data(&class).heap {
        // A class that defines __getattribute__ or __getattr__ takes over.
        if let Some(custom) = lookup(&class, &intern_static("__getattribute__")) {
            if !is_object_getattribute(&custom) {
                let result = call_method(thread, &custom, obj, &[obj.clone(), Value::Obj(name.clone())]);
                return getattr_fallback(thread, obj, &class, name, result);
            }
        }
        let result = generic_getattr(thread, obj, name);
        return getattr_fallback(thread, obj, &class, name, result);
    }
    generic_getattr(thread, obj, name)
}

fn is_object_getattribute(value: &Value) -> bool {
    matches!(value.payload(), Some(Payload::Builtin(b)) if b.name == "__getattribute__" && b.owner.as_ref().is_some_and(|o| ObjRef::ptr_eq(o, &types().object)))
}

/// After AttributeError, a class's `__getattr__` gets its turn.
pub(crate) fn getattr_fallback(
    thread: &mut Thread,
    obj: &Value,
    class: &ObjRef,
    name: &ObjRef,
    result: PyResult<Value>,
) -> PyResult<Value> {
    match result {
        Err(err) if err.matches(&exceptions().attribute_error) => match lookup(class, &intern_static("__getattr__")) {
            Some(hook) => call_method(thread, &hook, obj, &[obj.clone(), Value::Obj(name.clone())])
                .map_err(|err| crate::objects::exception::attach_attribute_context(err, obj, name)),
            None => Err(crate::objects::exception::attach_attribute_context(err, obj, name)),
        },
        other => other,
    }
}

/// Whether a value found on a type is a data descriptor (it defines `__set__` or `__delete__`).
fn is_data_descriptor(descr: &Value) -> bool {
    match descr.payload() {
        Some(Payload::Property(_) | Payload::Member(MemberData { .. })) => true,
        Some(Payload::Function(_) | Payload::Builtin(_) | Payload::ClassMethod(_) | Payload::StaticMethod(_)) => false,
        Some(Payload::Str(_) | Payload::Int(_) | Payload::Tuple(_) | Payload::Dict(_)) => false,
        Some(_) => {
            let class = class_of(descr);
            type_data(class).heap
                && (lookup(class, &intern_static("__set__")).is_some()
                    || lookup(class, &intern_static("__delete__")).is_some())
        }
        None => false,
    }
}

/// Applies the descriptor protocol to `descr` found on `owner`, for instance `obj` (Null when
/// looked up on the class itself). Returns None when `descr` is not a descriptor.
pub fn descriptor_get(thread: &mut Thread, descr: &Value, obj: &Value, owner: &ObjRef) -> PyResult<Option<Value>> {
    let Some(payload) = descr.payload() else { return Ok(None) };
    Ok(Some(match payload {
        Payload::Function(_) => {
            if obj.is_null() {
                descr.clone()
            } else {
                bound_method(descr.clone(), obj.clone())
            }
        }
        Payload::Builtin(builtin) if builtin.bound.is_none() => match builtin.kind {
            BuiltinKind::Method if !obj.is_null() => crate::builtins::bind_builtin(builtin, obj.clone()),
            BuiltinKind::ClassMethod => crate::builtins::bind_builtin(builtin, Value::Obj(owner.clone())),
            _ => descr.clone(),
        },
        // CPython 3.12 chains a wrapped descriptor (`classmethod(property(f))`): its `__get__`
        // gets the class as the instance.
        Payload::ClassMethod(func)
            if matches!(func.payload(), Some(Payload::Property(_)))
                || (type_data(class_of(func)).heap && special(func, "__get__").is_some()) =>
        {
            let class = Value::Obj(owner.clone());
            match func.payload() {
                Some(Payload::Property(_)) => {
                    descriptor_get(thread, func, &class, owner)?.unwrap_or_else(|| func.clone())
                }
                _ => match special(func, "__get__") {
                    Some(get) => call_method(thread, &get, func, &[func.clone(), class.clone(), class])?,
                    None => func.clone(),
                },
            }
        }
        Payload::ClassMethod(func) => bound_method(func.clone(), Value::Obj(owner.clone())),
        // `super(C)` stored on a class binds to the instance it is read from.
        Payload::Super(SuperData { this_class, obj: bound, .. })
            if bound.is_null() && !obj.is_null() && !type_data(class_of(descr)).heap =>
        {
            crate::builtins::bind_super(thread, descr, this_class.clone(), obj.clone())?
        }
        Payload::StaticMethod(func) => func.clone(),
        Payload::Property(property) => {
            let fget = &property.fget;
            if obj.is_null() {
                descr.clone()
            } else if fget.is_none() {
                return Err(crate::builtins::missing_accessor(thread, property, obj, "getter")?);
            } else {
                call(thread, fget, Args::positional(std::slice::from_ref(obj)))?
            }
        }
        Payload::Member(MemberData { name, index, .. }) => {
            if obj.is_null() {
                descr.clone()
            } else {
                let value = slot_value(obj, *index, name);
                if value.is_null() {
                    return Err(no_attribute(obj, name));
                }
                value
            }
        }
        _ => {
            let class = class_of(descr);
            if !type_data(class).heap {
                return Ok(None);
            }
            match lookup(class, &intern_static("__get__")) {
                Some(get) => {
                    let instance = if obj.is_null() { Value::None } else { obj.clone() };
                    call_method(thread, &get, descr, &[descr.clone(), instance, Value::Obj(owner.clone())])?
                }
                None => return Ok(None),
            }
        }
    }))
}

pub(crate) fn bound_method(func: Value, instance: Value) -> Value {
    Value::Obj(ObjRef::new(types().method.clone(), None, OwnedPayload::Method(BoundMethod { func, instance })))
}

fn slot_value(obj: &Value, index: usize, name: &ObjRef) -> Value {
    match obj.payload() {
        Some(Payload::Instance(slots)) => slots.lock().get(index).cloned().unwrap_or_default(),
        // Instances of builtin types' subclasses keep their slots in their dict.
        _ => slot_dict(obj).and_then(|d| d.get_str(name)).unwrap_or_default(),
    }
}

/// Where an instance of a subclass of a builtin type (an exception, a set) keeps the values
/// of its `__slots__`: its dict (see `create_class`).
fn slot_dict(obj: &Value) -> Option<&crate::objects::Dict> {
    let o = obj.as_obj()?;
    if matches!(o.payload(), Payload::Instance(_)) || !type_data(&o.class).heap {
        return None;
    }
    o.dict().as_ref().and_then(crate::objects::dict_of)
}

/// `object.__getattribute__` (and `type.__getattribute__` for classes).
pub fn generic_getattr(thread: &mut Thread, obj: &Value, name: &ObjRef) -> PyResult<Value> {
    if let Some(Payload::Type(_)) = obj.payload() {
        return type_getattr(thread, obj, name);
    }
    let class = class_of(obj).clone();
    let descr = lookup(&class, name);
    if let Some(descr) = &descr {
        if is_data_descriptor(descr) {
            if let Some(value) = descriptor_get(thread, descr, obj, &class)? {
                return Ok(value);
            }
        }
    }
    // Plain instances only have `__class__` and `__dict__` natively; other payloads have more.
    let plain = matches!(obj.payload(), Some(Payload::Instance(_)));
    // A class attribute named `__class__` (a proxy's `__class__ = str`) comes before object's.
    let is_class = ObjRef::ptr_eq(name, &intern_static("__class__"));
    // So does a class attribute named `__dict__` (`class M(ModuleType): __dict__ = 8`).
    let is_dict = ObjRef::ptr_eq(name, &intern_static("__dict__"));
    let native = if is_class || is_dict { descr.is_none() } else { !plain };
    if native {
        let name_text = as_pystr(&Value::Obj(name.clone())).map(|s| s.as_str().into_owned()).unwrap_or_default();
        if let Some(value) = crate::attributes::native_attr(thread, obj, &name_text)? {
            return Ok(value);
        }
    }
    if let Some(value) = obj.as_obj().and_then(|o| crate::objects::shape::own_attr(o, name)) {
        return Ok(value);
    }
    if let Some(descr) = descr {
        return Ok(descriptor_get(thread, &descr, obj, &class)?.unwrap_or(descr));
    }
    if let Some(Payload::Module) = obj.payload() {
        return module_getattr(thread, obj, name);
    }
    // A bound method shows the attributes of its function (`method.marker` where the
    // function was given `marker`), as CPython's method objects do; so does the error.
    if let Some(Payload::Method(m)) = obj.payload() {
        let func = m.func.clone();
        return getattr(thread, &func, name);
    }
    Err(no_attribute(obj, name))
}

/// A name a module's namespace lacks: the module's own `__getattr__` (PEP 562) decides, else
/// AttributeError, worded for a module still running its body as CPython words it.
fn module_getattr(thread: &mut Thread, module: &Value, name: &ObjRef) -> PyResult<Value> {
    let namespace = module.as_obj().and_then(|m| m.dict().get());
    // A module without annotations gets an empty `__annotations__` dict on first access.
    if ObjRef::ptr_eq(name, &intern_static("__annotations__")) {
        if let Some(d) = namespace.as_ref().and_then(crate::objects::dict_of) {
            let annotations = Value::Obj(crate::objects::new_dict());
            d.set_str(name, annotations.clone());
            return Ok(annotations);
        }
    }
    let hook =
        namespace.as_ref().and_then(crate::objects::dict_of).and_then(|d| d.get_str(&intern_static("__getattr__")));
    if let Some(hook) = hook {
        return crate::call::call(
            thread,
            &hook,
            crate::objects::function::Args::positional(&[Value::Obj(name.clone())]),
        );
    }
    if crate::import::loader::is_initializing(thread, module) {
        let module_name = module.as_obj().and_then(crate::thread::module_name).unwrap_or_else(|| "?".into());
        let text = as_pystr(&Value::Obj(name.clone())).map(|s| s.as_str().into_owned()).unwrap_or_default();
        let err = attribute_error(format!(
            "partially initialized module '{module_name}' has no attribute '{text}' (most likely due to a circular \
             import)"
        ));
        set_attr(&err, "name", Value::Obj(name.clone()));
        set_attr(&err, "obj", module.clone());
        return Err(err);
    }
    Err(no_attribute(module, name))
}

/// AttributeError as CPython words it, with `name` and `obj` set.
pub fn no_attribute(obj: &Value, name: &ObjRef) -> PyErr {
    let text = as_pystr(&Value::Obj(name.clone())).map(|s| s.as_str().into_owned()).unwrap_or_default();
    let message = match obj.payload() {
        Some(Payload::Module) => {
            let module = obj.as_obj().and_then(crate::thread::module_name).unwrap_or_else(|| "?".into());
            format!("module '{module}' has no attribute '{text}'")
        }
        Some(Payload::Type(data)) => format!("type object '{}' has no attribute '{text}'", data.name()),
        _ => format!("'{}' object has no attribute '{text}'", type_name(obj)),
    };
    let err = attribute_error(message);
    set_attr(&err, "name", Value::Obj(name.clone()));
    set_attr(&err, "obj", obj.clone());
    err
}

/// `type.__getattribute__`: the metatype's data descriptors, then the class's MRO (with
/// descriptors bound to the class), then the metatype's other attributes.
fn type_getattr(thread: &mut Thread, class_value: &Value, name: &ObjRef) -> PyResult<Value> {
    let Some(class) = class_value.as_obj().cloned() else { unreachable!("checked by the caller") };
    let meta = class.class.clone();
    let meta_attr = lookup(&meta, name);
    if let Some(descr) = &meta_attr {
        if is_data_descriptor(descr) {
            if let Some(value) = descriptor_get(thread, descr, class_value, &meta)? {
                return Ok(value);
            }
        }
    }
    let name_text = as_pystr(&Value::Obj(name.clone())).map(|s| s.as_str().into_owned()).unwrap_or_default();
    // These are data descriptors of `type` in CPython: a class's own attribute of the same
    // name (a `__name__` property for its instances) does not hide them.
    if matches!(name_text.as_str(), "__name__" | "__qualname__" | "__mro__" | "__bases__" | "__base__" | "__flags__") {
        if let Some(value) = crate::attributes::native_attr(thread, class_value, &name_text)? {
            return Ok(value);
        }
    }
    // Also a data descriptor of `type`: a builtin class's own `__module__` ("builtins"), not the
    // member descriptor its instances' `__module__` is read with (the function type's).
    if name_text == "__module__" && !type_data(&class).heap {
        if let Some(value) = crate::attributes::native_attr(thread, class_value, &name_text)? {
            return Ok(value);
        }
    }
    if name_text == "__annotations__" {
        return type_annotations(thread, &class, name);
    }
    if let Some(attr) = lookup(&class, name) {
        return Ok(descriptor_get(thread, &attr, &Value::Null, &class)?.unwrap_or(attr));
    }
    if let Some(value) = crate::attributes::native_attr(thread, class_value, &name_text)? {
        return Ok(value);
    }
    if let Some(descr) = meta_attr {
        return Ok(descriptor_get(thread, &descr, class_value, &meta)?.unwrap_or(descr));
    }
    if type_data(&meta).heap {
        if let Some(hook) = lookup(&meta, &intern_static("__getattr__")) {
            return call_method(thread, &hook, class_value, &[class_value.clone(), Value::Obj(name.clone())]);
        }
    }
    Err(no_attribute(class_value, name))
}

/// `cls.__annotations__` (a data descriptor of `type` in CPython): the class's own, never a
/// base's; a class without them gets an empty dict on first access; builtin types have none.
fn type_annotations(thread: &mut Thread, class: &ObjRef, name: &ObjRef) -> PyResult<Value> {
    let class_value = Value::Obj(class.clone());
    let data = type_data(class);
    if !data.heap {
        return Err(no_attribute(&class_value, name));
    }
    if let Some(own) = data.namespace().get_str(name) {
        return Ok(descriptor_get(thread, &own, &Value::Null, class)?.unwrap_or(own));
    }
    let annotations = Value::Obj(crate::objects::new_dict());
    data.namespace().set_str(name, annotations.clone());
    data.bump_version();
    crate::objects::typeobj::invalidate_subclasses(&class_value);
    Ok(annotations)
}

/// LOAD_ATTR for a method call: `(function, obj)` when the attribute is a plain function (or
/// native method) on the class and not shadowed, so no bound method is made; otherwise
/// `(attribute, NULL)`.
pub fn load_method(thread: &mut Thread, obj: Value, name: &ObjRef) -> PyResult<(Value, Value)> {
    if let Some(sup) = obj.as_obj().filter(|o| matches!(o.payload(), Payload::Super(SuperData { .. }))) {
        if let Some(found) = crate::builtins::super_method(sup, name) {
            return Ok(found);
        }
    }
    let class = class_of(&obj).clone();
    let plain = !matches!(obj.payload(), Some(Payload::Type(_) | Payload::Super(SuperData { .. })))
        && (!type_data(&class).heap
            || lookup(&class, &intern_static("__getattribute__")).is_none_or(|g| is_object_getattribute(&g)));
    if plain {
        if let Some(descr) = lookup(&class, name) {
            let is_method = match descr.payload() {
                Some(Payload::Function(_)) => true,
                Some(Payload::Builtin(b)) => b.kind == BuiltinKind::Method && b.bound.is_none(),
                _ => false,
            };
            if is_method {
                let shadowed = obj.as_obj().and_then(|o| crate::objects::shape::own_attr(o, name));
                return Ok(match shadowed {
                    Some(value) => (value, Value::Null),
                    None => (descr, obj),
                });
            }
        }
    }
    Ok((getattr(thread, &obj, name)?, Value::Null))
}

/// `setattr(obj, name, value)`.
pub fn setattr(thread: &mut Thread, obj: &Value, name: &ObjRef, value: Value) -> PyResult<()> {
    let class = class_of(obj).clone();
    if type_data(&class).heap {
        if let Some(hook) = lookup(&class, &intern_static("__setattr__")) {
            if !is_generic_store(&hook, "__setattr__") {
                call_method(thread, &hook, obj, &[obj.clone(), Value::Obj(name.clone()), value])?;
                return Ok(());
            }
        }
    }
    generic_setattr(thread, obj, name, Some(value))
}

/// `delattr(obj, name)`.
pub fn delattr(thread: &mut Thread, obj: &Value, name: &ObjRef) -> PyResult<()> {
    let class = class_of(obj).clone();
    if type_data(&class).heap {
        if let Some(hook) = lookup(&class, &intern_static("__delattr__")) {
            if !is_generic_store(&hook, "__delattr__") {
                call_method(thread, &hook, obj, &[obj.clone(), Value::Obj(name.clone())])?;
                return Ok(());
            }
        }
    }
    generic_setattr(thread, obj, name, None)
}

/// Whether `value` is `object`'s or `type`'s own `__setattr__`/`__delattr__` (`method`), both
/// of which `generic_setattr` does.
pub(crate) fn is_generic_store(value: &Value, method: &str) -> bool {
    let t = types();
    matches!(value.payload(), Some(Payload::Builtin(b)) if b.name == method && b.owner.as_ref().is_some_and(|o| ObjRef::ptr_eq(o, &t.object) || ObjRef::ptr_eq(o, &t.type_)))
}

pub(crate) fn is_object_method(value: &Value, method: &str) -> bool {
    matches!(value.payload(), Some(Payload::Builtin(b)) if b.name == method && b.owner.as_ref().is_some_and(|o| ObjRef::ptr_eq(o, &types().object)))
}

/// `object.__setattr__` / `object.__delattr__` (value None): data descriptors on the class,
/// then the instance dict.
pub fn generic_setattr(thread: &mut Thread, obj: &Value, name: &ObjRef, value: Option<Value>) -> PyResult<()> {
    let class = class_of(obj).clone();
    if let Some(descr) = lookup(&class, name) {
        if let Some(done) = descriptor_set(thread, &descr, obj, name, value.clone())? {
            return Ok(done);
        }
    }
    let name_text = as_pystr(&Value::Obj(name.clone())).map(|s| s.as_str().into_owned()).unwrap_or_default();
    if name_text == "__class__" && !matches!(obj.payload(), Some(Payload::Type(_))) {
        return crate::objects::typeobj::set_class(obj, value);
    }
    // Plain instances have no attributes of their own kind to set.
    if !matches!(obj.payload(), Some(Payload::Instance(_)))
        && crate::attributes::set_native_attr(thread, obj, &name_text, value.clone())?
    {
        return Ok(());
    }
    if let Some(Payload::Type(data)) = obj.payload() {
        if !data.heap {
            let text = name_text;
            return Err(type_error(format!("cannot set '{text}' attribute of immutable type '{}'", data.name())));
        }
        if name_text == "__class__" {
            data.defines_class.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        if name_text == "__abstractmethods__" {
            let abstract_methods = match &value {
                Some(v) => crate::protocols::truthy(thread, v)?,
                None => false,
            };
            data.abstract_methods.store(abstract_methods, std::sync::atomic::Ordering::Relaxed);
        }
        match value {
            Some(value) => data.namespace().set_str(name, value),
            None => {
                if data.namespace().remove_str(name).is_none() {
                    return Err(no_attribute(obj, name));
                }
            }
        }
        data.bump_version();
        crate::objects::typeobj::invalidate_subclasses(obj);
        return Ok(());
    }
    let namespace = obj.as_obj().filter(|o| {
        (o.dict().is_some() && (!type_data(&o.class).dict_holds_slots || type_data(&o.class).holder_has_dict))
            || crate::objects::shape::is_shaped(o)
    });
    match (namespace, value) {
        (Some(o), Some(value)) => {
            crate::objects::shape::set_own_attr(o, name, value);
            Ok(())
        }
        (Some(o), None) => {
            // A shaped instance moves to a dict to lose an attribute (unless it lacks it).
            if crate::objects::shape::is_shaped(o) && crate::objects::shape::own_attr(o, name).is_none() {
                return Err(no_attribute(obj, name));
            }
            let dict = crate::objects::shape::instance_dict(o);
            match dict.as_ref().and_then(crate::objects::dict_of).and_then(|d| d.remove_str(name)) {
                Some(_) => Ok(()),
                None => Err(no_attribute(obj, name)),
            }
        }
        _ => {
            if lookup(&class, name).is_some() {
                Err(attribute_error(format!("'{}' object attribute '{name_text}' is read-only", type_name(obj))))
            } else {
                Err(no_attribute(obj, name))
            }
        }
    }
}

/// Setting through a data descriptor: Some(()) when `descr` handled it.
fn descriptor_set(
    thread: &mut Thread,
    descr: &Value,
    obj: &Value,
    name: &ObjRef,
    value: Option<Value>,
) -> PyResult<Option<()>> {
    match descr.payload() {
        Some(Payload::Property(property)) => {
            let (func, what) = if value.is_some() { (&property.fset, "setter") } else { (&property.fdel, "deleter") };
            if func.is_none() {
                let text = as_pystr(&Value::Obj(name.clone())).map(|s| s.as_str().into_owned()).unwrap_or_default();
                // A builtin type's read-only attribute (a getset descriptor) words it as CPython's.
                if ObjRef::ptr_eq(class_of(descr), &types().member_descriptor) {
                    return Err(attribute_error("readonly attribute"));
                }
                if ObjRef::ptr_eq(class_of(descr), &types().getset_descriptor) {
                    return Err(attribute_error(format!(
                        "attribute '{text}' of '{}' objects is not writable",
                        type_name(obj)
                    )));
                }
                return Err(crate::builtins::missing_accessor(thread, property, obj, what)?);
            }
            let mut args = vec![obj.clone()];
            args.extend(value);
            call(thread, func, Args::positional(&args))?;
            Ok(Some(()))
        }
        Some(Payload::Member(MemberData { index, name: member, .. })) => {
            if let Some(Payload::Instance(slots)) = obj.payload() {
                let mut slots = slots.lock();
                if *index < slots.len() {
                    let old = std::mem::replace(&mut slots[*index], value.clone().unwrap_or_default());
                    drop(slots);
                    if value.is_none() && old.is_null() {
                        let text = as_pystr(&Value::Obj(member.clone())).map(|s| s.as_str().into_owned());
                        return Err(attribute_error(text.unwrap_or_default()));
                    }
                    return Ok(Some(()));
                }
            }
            if let Some(dict) = slot_dict(obj) {
                let had = match value {
                    Some(value) => {
                        dict.set_str(member, value);
                        true
                    }
                    None => dict.remove_str(member).is_some(),
                };
                if !had {
                    let text = as_pystr(&Value::Obj(member.clone())).map(|s| s.as_str().into_owned());
                    return Err(attribute_error(text.unwrap_or_default()));
                }
                return Ok(Some(()));
            }
            Ok(None)
        }
        Some(Payload::Function(_) | Payload::Builtin(_) | Payload::ClassMethod(_) | Payload::StaticMethod(_))
        | None => Ok(None),
        Some(_) => {
            let class = class_of(descr);
            if !type_data(class).heap {
                return Ok(None);
            }
            let hook_name = if value.is_some() { "__set__" } else { "__delete__" };
            match special(descr, hook_name) {
                Some(hook) => {
                    let mut args = vec![descr.clone(), obj.clone()];
                    args.extend(value);
                    call_method(thread, &hook, descr, &args)?;
                    Ok(Some(()))
                }
                None => {
                    let other = if value.is_some() { "__delete__" } else { "__set__" };
                    if special(descr, other).is_some() {
                        return Err(attribute_error(hook_name.to_string()));
                    }
                    Ok(None)
                }
            }
        }
    }
}
