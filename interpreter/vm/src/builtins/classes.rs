//! `object`, `type`, `super`, `property`, `classmethod`, `staticmethod` and `__build_class__`:
//! calling a class, creating classes (metaclasses, C3 linearization, `__slots__`,
//! `__set_name__`, `__init_subclass__`) and the zero-argument `super()`.

use std::sync::atomic::AtomicU64;

use crate::sync::Mutex;
use parking_lot::RwLock;

use crate::call::{call, call_method};
use crate::eval::Exit;
use crate::method;
use crate::objects::exception::{runtime_error, type_error};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, intern, intern_static, new_str};
use crate::objects::typeobj::{class_of, is_subtype, lookup, type_data, type_name, types, BaseKind, TypeData};
use crate::objects::{
    as_dict, as_tuple, new_dict, tuple, Dict, MemberData, OwnedPayload, Payload, Property, SuperData,
};
use crate::protocols::{self, str_arg};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::{add_methods, native_function, not_implemented};
use crate::objects::function::BuiltinKind;
use crate::objects::typeobj::set_builtin_attr;

pub(super) fn install() {
    let t = types();
    add_methods(
        &t.object,
        &[
            method!("__new__", object_new, StaticMethod),
            method!("__init__", object_init),
            method!("__repr__", object_repr),
            method!("__str__", object_str),
            method!("__eq__", object_eq),
            method!("__ne__", object_ne),
            method!("__lt__", object_order),
            method!("__le__", object_order),
            method!("__gt__", object_order),
            method!("__ge__", object_order),
            method!("__hash__", object_hash),
            method!("__getattribute__", object_getattribute),
            method!("__setattr__", object_setattr),
            method!("__delattr__", object_delattr),
            method!("__format__", object_format),
            method!("__init_subclass__", object_init_subclass, ClassMethod),
            method!("__dir__", object_dir),
            method!("__subclasshook__", object_subclasshook, ClassMethod),
            method!("__sizeof__", object_sizeof),
        ],
    );
    add_methods(
        &t.type_,
        &[
            method!("__new__", type_new, StaticMethod),
            method!("__init__", type_init),
            method!("__call__", type_call),
            method!("__repr__", type_repr),
            method!("mro", type_mro),
            method!("__subclasses__", type_subclasses),
            method!("__instancecheck__", type_instancecheck),
            method!("__subclasscheck__", type_subclasscheck),
            method!("__prepare__", type_prepare, ClassMethod),
            method!("__or__", type_or),
            method!("__ror__", type_ror),
            method!("__setattr__", type_setattr),
            method!("__delattr__", type_delattr),
        ],
    );
    // `__name__` and `__qualname__` are data descriptors of `type`, as in CPython.
    super::add_native_getset(&t.type_, "__name__", type_name_get, type_name_set, type_name_delete);
    super::add_native_getset(&t.type_, "__qualname__", type_qualname_get, type_qualname_set, type_qualname_delete);
    super::add_native_getset(&t.type_, "__doc__", type_doc_get, type_doc_set, type_doc_delete);
    add_methods(
        &t.super_,
        &[method!("__new__", super_new, StaticMethod), method!("__init__", noop_init), method!("__get__", super_get)],
    );
    add_methods(
        &t.classmethod,
        &[
            method!("__new__", classmethod_new, StaticMethod),
            method!("__init__", noop_init),
            method!("__get__", descriptor_get_method),
            method!("__repr__", wrapper_repr),
        ],
    );
    add_methods(
        &t.staticmethod,
        &[
            method!("__new__", staticmethod_new, StaticMethod),
            method!("__init__", noop_init),
            method!("__get__", descriptor_get_method),
            method!("__repr__", wrapper_repr),
        ],
    );
    for class in [&t.function, &t.method_descriptor, &t.wrapper_descriptor] {
        add_methods(class, &[method!("__get__", descriptor_get_method)]);
    }
    set_builtin_attr(&t.type_, "__dict__", getset("__dict__", type_dict_get, Value::None));
    for class in
        [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset, &t.enumerate, &t.dict_keys, &t.dict_values, &t.dict_items]
    {
        add_methods(class, &[method!("__class_getitem__", class_getitem, ClassMethod)]);
    }
    add_methods(
        &t.generic_alias,
        &[method!("__call__", generic_alias_call), method!("__new__", generic_alias_new, StaticMethod)],
    );
    add_methods(&t.method, &[method!("__new__", method_new, StaticMethod)]);
    for class in [&t.none_type, &t.not_implemented_type, &t.ellipsis_type] {
        add_methods(class, &[method!("__new__", singleton_new, StaticMethod)]);
    }
}

/// `types.GenericAlias(origin, args)`: what `origin[args]` gives for a builtin generic class.
fn generic_alias_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(type_error("GenericAlias() takes no keyword arguments"));
    }
    match args.pos() {
        [Value::Obj(class), origin, parameters] => {
            Ok(crate::typing::generic_alias_of(class, origin.clone(), parameters.clone()))
        }
        p => Err(type_error(format!("GenericAlias expected 2 arguments, got {}", p.len().saturating_sub(1)))),
    }
}

/// `types.MethodType(function, instance)`: `function` bound to `instance`.
fn method_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(type_error("method() takes no keyword arguments"));
    }
    let [_, func, instance] = args.pos() else {
        return Err(type_error(format!("method expected 2 arguments, got {}", args.pos().len().saturating_sub(1))));
    };
    if !super::is_callable(func) {
        return Err(type_error("first argument must be callable"));
    }
    if instance.is_none() {
        return Err(type_error("instance must not be None"));
    }
    let bound = crate::objects::BoundMethod { func: func.clone(), instance: instance.clone() };
    Ok(Value::Obj(ObjRef::new(types().method.clone(), None, OwnedPayload::Method(bound))))
}

/// `list[int]` and the other builtin generic classes: a generic alias.
pub(super) fn class_getitem(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(generic_alias(arg(&args, 0), arg(&args, 1)))
}

/// Calling `list[int](...)` calls `list(...)`.
fn generic_alias_call(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(crate::typing::Alias::Generic { origin, .. }) = args.values.first().and_then(crate::typing::alias_of)
    else {
        return Err(type_error("descriptor '__call__' requires a 'types.GenericAlias' object"));
    };
    call(thread, origin, Args { values: &args.values[1..], kwnames: args.kwnames })
}

/// A getset descriptor: a data descriptor whose getter (and setter) are native functions.
fn getset(name: &'static str, get: crate::objects::function::NativeFn, set: Value) -> Value {
    let fget = native_function(name, get, BuiltinKind::Function, None);
    let property = Property::payload(fget, set, Value::None, Value::None);
    Value::Obj(ObjRef::new_immortal(types().getset_descriptor.clone(), None, property))
}

/// The `__dict__` and `__weakref__` descriptors a class gets when it gives its instances a dict.
fn instance_dict_descriptors() -> &'static (Value, Value) {
    static DESCRIPTORS: std::sync::OnceLock<(Value, Value)> = std::sync::OnceLock::new();
    DESCRIPTORS.get_or_init(|| {
        let fget = native_function("__dict__", instance_dict_get, BuiltinKind::Function, None);
        let fset = native_function("__dict__", instance_dict_set, BuiltinKind::Function, None);
        let fdel = native_function("__dict__", instance_dict_delete, BuiltinKind::Function, None);
        let dict = Property::payload(fget, fset, fdel, Value::None);
        let dict = Value::Obj(ObjRef::new_immortal(types().getset_descriptor.clone(), None, dict));
        (dict, getset("__weakref__", weakref_get, Value::None))
    })
}

fn type_dict_get(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match arg(&args, 0) {
        Value::Obj(class) if matches!(class.payload(), Payload::Type(_)) => Ok(super::mapping_proxy(&class)),
        other => Err(type_error(format!(
            "descriptor '__dict__' for 'type' objects doesn't apply to a '{}' object",
            type_name(&other)
        ))),
    }
}

fn instance_dict_get(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = arg(&args, 0);
    // A class whose metaclass also derives from a class with instance dicts: its namespace,
    // read-only.
    if let Value::Obj(class) = &this {
        if matches!(class.payload(), Payload::Type(_)) {
            return Ok(super::mapping_proxy(class));
        }
    }
    match this.as_obj().and_then(crate::objects::shape::instance_dict) {
        Some(dict) => Ok(Value::Obj(dict)),
        None => Err(protocols::attr::no_attribute(&this, &intern_static("__dict__"))),
    }
}

fn instance_dict_set(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (this, value) = (arg(&args, 0), arg(&args, 1));
    if !crate::attributes::set_native_attr(thread, &this, "__dict__", Some(value))? {
        // A class's namespace (a metaclass deriving from the descriptor's class) is read-only.
        return Err(crate::objects::exception::attribute_error(
            "attribute '__dict__' of 'type' objects is not writable",
        ));
    }
    Ok(Value::None)
}

/// `del instance.__dict__`: the instance gets a fresh empty dict (CPython makes it at its next
/// use); a dict it shared with others is left as it was.
fn instance_dict_delete(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = arg(&args, 0);
    if matches!(this.payload(), Some(Payload::Type(_))) {
        return Err(crate::objects::exception::attribute_error(
            "attribute '__dict__' of 'type' objects is not writable",
        ));
    }
    if matches!(this.payload(), Some(Payload::Module)) {
        return Err(crate::objects::exception::attribute_error("readonly attribute"));
    }
    // An exception's dict is a member of BaseException, which can be replaced but not deleted.
    if matches!(this.payload(), Some(Payload::Exception(_))) {
        return Err(type_error("cannot delete __dict__"));
    }
    if let Some(obj) = this.as_obj() {
        if obj.dict().is_some() || crate::objects::shape::is_shaped(obj) {
            crate::objects::shape::replace_dict(obj, crate::objects::new_dict());
        }
    }
    Ok(Value::None)
}

/// `instance.__weakref__`: the first weak reference to the instance (the shared plain one when
/// there is one), else None.
fn weakref_get(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = arg(&args, 0);
    Ok(crate::modules::weakref::references_to(&this).into_iter().next().map_or(Value::None, Value::Obj))
}

/// `type(None)()`, `type(NotImplemented)()`, `type(...)()`: the singleton itself.
fn singleton_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let t = types();
    let class = arg(&args, 0);
    let name = class.as_obj().map(|c| type_data(c).name()).unwrap_or_default();
    if args.values.len() > 1 {
        return Err(type_error(format!("{name} takes no arguments")));
    }
    Ok(match class.as_obj() {
        Some(c) if ObjRef::ptr_eq(c, &t.not_implemented_type) => not_implemented(),
        Some(c) if ObjRef::ptr_eq(c, &t.ellipsis_type) => super::ellipsis(),
        _ => Value::None,
    })
}

/// `__get__(instance, owner=None)` of the builtin descriptors (functions, classmethod,
/// staticmethod): what attribute lookup through a class does with them.
fn descriptor_get_method(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    if p.len() < 2 || p.len() > 3 {
        return Err(type_error(format!("expected 1 or 2 arguments, got {}", p.len().saturating_sub(1))));
    }
    let (this, obj) = (p[0].clone(), p[1].clone());
    let owner = match p.get(2).filter(|v| !v.is_none()) {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Type(_)) => o.clone(),
        // An owner that is not a class (a metaclass written as a plain class binds methods
        // itself): a classmethod binds to it, a function to the instance.
        Some(other) => {
            return Ok(match this.payload() {
                Some(Payload::ClassMethod(f)) => protocols::attr::bound_method(f.clone(), other.clone()),
                Some(Payload::StaticMethod(f)) => f.clone(),
                _ if obj.is_none() => this,
                _ => {
                    let class = class_of(&obj).clone();
                    protocols::attr::descriptor_get(thread, &this, &obj, &class)?.unwrap_or(this)
                }
            })
        }
        None if obj.is_none() => return Err(type_error("__get__(None, None) is invalid")),
        None => class_of(&obj).clone(),
    };
    let instance = if obj.is_none() { Value::Null } else { obj };
    Ok(protocols::attr::descriptor_get(thread, &this, &instance, &owner)?.unwrap_or(this))
}

fn arg(args: &Args<'_>, i: usize) -> Value {
    args.pos().get(i).cloned().unwrap_or(Value::None)
}

fn noop_init(_: &mut Thread, _: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

/// Calling a class: the metaclass's `__call__` if it has its own, else `type.__call__`.
pub fn call_type(thread: &mut Thread, class: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    // `str(x)`, the commonest call of a type: what `str.__new__` makes of one positional
    // argument, without the generic construction.
    if let [value] = args.values {
        if args.kwnames.is_empty() && ObjRef::ptr_eq(class, &types().str) {
            return crate::protocols::repr::to_str_value(thread, value);
        }
    }
    let meta = class.class.clone();
    if type_data(&meta).heap {
        if let Some(call_method_value) = lookup(&meta, &intern_static("__call__")) {
            if !matches!(call_method_value.payload(), Some(Payload::Builtin(b)) if b.name == "__call__") {
                if matches!(call_method_value.payload(), Some(Payload::Function(_) | Payload::Builtin(_))) {
                    let mut values = vec![Value::Obj(class.clone())];
                    values.extend_from_slice(args.values);
                    return call(thread, &call_method_value, Args { values: &values, kwnames: args.kwnames });
                }
                // Anything else binds as a descriptor would, or not at all: `__call__ = dict`
                // makes `Class(...)` call `dict(...)` (typing's TypedDict).
                let instance = Value::Obj(class.clone());
                let bound = crate::protocols::attr::descriptor_get(thread, &call_method_value, &instance, &meta)?;
                return call(thread, bound.as_ref().unwrap_or(&call_method_value), args);
            }
        }
    }
    type_call_impl(thread, class, args)
}

fn type_call(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(class)) = args.values.first() else { return Err(type_error("type.__call__ needs a type")) };
    let rest = Args { values: &args.values[1..], kwnames: args.kwnames };
    type_call_impl(thread, &class.clone(), rest)
}

/// For a call of `class`: when `type.__call__` would just make a plain instance with
/// `object.__new__` and then call a Python `__init__`, that `__init__` (the eval loop runs it
/// as a frame of its own instead of calling `type.__call__`).
pub fn plain_init(class: &ObjRef) -> Option<Value> {
    let t = types();
    let data = type_data(class);
    if !data.heap || data.kind != BaseKind::Object || !ObjRef::ptr_eq(&class.class, &t.type_) {
        return None;
    }
    if data.abstract_methods.load(std::sync::atomic::Ordering::Relaxed) {
        return None;
    }
    let new = lookup(class, &intern_static("__new__"))?;
    if !new.is(&lookup(&t.object, &intern_static("__new__"))?) {
        return None;
    }
    let init = lookup(class, &intern_static("__init__"))?;
    match init.payload() {
        Some(Payload::Function(f)) if !f.code.is_generator_like() => Some(init),
        _ => None,
    }
}

/// `type.__call__`: `__new__`, then `__init__` when the result is an instance of the class.
fn type_call_impl(thread: &mut Thread, class: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let t = types();
    if ObjRef::ptr_eq(class, &t.type_) && args.values.len() == 1 && args.kwnames.is_empty() {
        return Ok(Value::Obj(class_of(&args.values[0]).clone()));
    }
    // `super()` in a method: no `__new__`/`__init__` lookups (CPython 3.12 compiles
    // `super().name` to an instruction that makes no super object at all).
    if ObjRef::ptr_eq(class, &t.super_) && args.values.is_empty() {
        let (this_class, obj) = zero_arg_super(thread)?;
        return make_super(thread, class.clone(), this_class, obj);
    }
    // `str(x)`, the commonest conversion, without looking up `__new__` and `__init__`.
    if ObjRef::ptr_eq(class, &t.str) && args.values.len() == 1 && args.kwnames.is_empty() {
        return crate::protocols::repr::to_str_value(thread, &args.values[0]);
    }
    let class_value = Value::Obj(class.clone());
    let new = lookup(class, &intern_static("__new__")).ok_or_else(|| type_error("cannot create instances"))?;
    let new_func = match new.payload() {
        Some(Payload::StaticMethod(f)) => f.clone(),
        // A `__new__` made a classmethod receives the class twice, as in CPython.
        Some(Payload::ClassMethod(f)) => crate::protocols::attr::bound_method(f.clone(), class_value.clone()),
        _ => new,
    };
    let mut values = Vec::with_capacity(args.values.len() + 1);
    values.push(class_value.clone());
    values.extend_from_slice(args.values);
    let instance = call(thread, &new_func, Args { values: &values, kwnames: args.kwnames })?;
    if !is_subtype(class_of(&instance), class) {
        return Ok(instance);
    }
    if let Some(init) = lookup(class_of(&instance), &intern_static("__init__")) {
        // `object.__init__` can only object to arguments that `object.__new__` has already
        // refused, so it is not called.
        if crate::protocols::attr::is_object_method(&init, "__init__") {
            return Ok(instance);
        }
        values[0] = instance.clone();
        let result = crate::call::call_method_kw(thread, &init, &instance, &values, args.kwnames)?;
        if !result.is_none() {
            return Err(type_error(format!("__init__() should return None, not '{}'", type_name(&result))));
        }
    }
    Ok(instance)
}

/// Whether `class` (or a base before `object`) defines `name` itself.
fn overrides(class: &ObjRef, name: &str, base: &ObjRef) -> bool {
    let key = intern(name);
    for c in type_data(class).mro.read().iter() {
        if ObjRef::ptr_eq(c, base) {
            return false;
        }
        if type_data(c).namespace().get_str(&key).is_some() {
            return true;
        }
    }
    false
}

/// `object.__new__(cls)`: a new instance of the class's layout.
fn object_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = match args.values.first() {
        None => return Err(type_error("object.__new__(): not enough arguments")),
        Some(Value::Obj(class)) if matches!(class.payload(), Payload::Type(_)) => class,
        Some(other) => {
            return Err(type_error(format!("object.__new__(X): X is not a type object ({})", type_name(other))))
        }
    };
    let t = types();
    let extra = args.values.len() > 1;
    if extra {
        let object = &t.object;
        if !overrides(class, "__init__", object) || overrides(class, "__new__", object) {
            let name = type_data(class).name();
            return Err(type_error(if overrides(class, "__new__", object) {
                "object.__new__() takes exactly one argument (the type to instantiate)".to_string()
            } else {
                format!("{name}() takes no arguments")
            }));
        }
    }
    let data = type_data(class);
    if data.abstract_methods.load(std::sync::atomic::Ordering::Relaxed) {
        return Err(abstract_class_error(thread, class));
    }
    if data.kind != BaseKind::Object && data.kind != BaseKind::Exception {
        return Err(type_error(format!("object.__new__({}) is not safe, use {}.__new__()", data.name(), data.name())));
    }
    Ok(new_instance(class))
}

/// "Can't instantiate abstract class A without an implementation for abstract method 'f'".
fn abstract_class_error(thread: &mut Thread, class: &ObjRef) -> crate::objects::exception::PyErr {
    let names = type_data(class).namespace().get_str(&intern_static("__abstractmethods__"));
    let mut names: Vec<String> = match names {
        Some(names) => crate::protocols::iter::collect(thread, &names)
            .unwrap_or_default()
            .iter()
            .filter_map(|n| as_pystr(n).map(|s| format!("'{}'", s.as_str())))
            .collect(),
        None => Vec::new(),
    };
    names.sort();
    let plural = if names.len() == 1 { "" } else { "s" };
    type_error(format!(
        "Can't instantiate abstract class {} without an implementation for abstract method{plural} {}",
        type_data(class).name(),
        names.join(", ")
    ))
}

/// A new plain instance of `class`, with a `__dict__` and slots as its layout says.
pub fn new_instance(class: &ObjRef) -> Value {
    let data = type_data(class);
    if data.kind == BaseKind::Exception {
        return Value::Obj(ObjRef::new(
            class.clone(),
            Some(new_dict()),
            OwnedPayload::Exception(Box::new(crate::objects::ExceptionData::new(tuple(Vec::new())))),
        ));
    }
    // Classes with a shape start their instances without a dict (`objects::shape`).
    let dict = (data.instance_dict && data.shape.is_none()).then(new_dict);
    let values = crate::objects::shape::new_values(class);
    Value::Obj(ObjRef::new(class.clone(), dict, OwnedPayload::Instance(Mutex::new(values))))
}

fn object_init(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if args.values.len() > 1 {
        let this = &args.values[0];
        let class = class_of(this);
        let object = &types().object;
        if !overrides(class, "__new__", object) || overrides(class, "__init__", object) {
            return Err(type_error(if overrides(class, "__init__", object) {
                "object.__init__() takes exactly one argument (the instance to initialize)".to_string()
            } else {
                format!("{}.__init__() takes exactly one argument (the instance to initialize)", type_name(this))
            }));
        }
    }
    Ok(Value::None)
}

fn object_repr(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(new_str(protocols::repr::default_repr(&arg(&args, 0))))
}

/// `type.__repr__`: `<class 'module.name'>`, also for classes whose metaclass is a subclass.
fn type_repr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match arg(&args, 0) {
        Value::Obj(class) if matches!(class.payload(), Payload::Type(_)) => {
            Ok(new_str(protocols::repr::payload_repr(thread, &class)?))
        }
        other => Err(type_error(format!(
            "descriptor '__repr__' requires a 'type' object but received a '{}'",
            crate::objects::typeobj::type_name(&other)
        ))),
    }
}

fn object_str(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = arg(&args, 0);
    Ok(new_str(protocols::repr(thread, &this)?))
}

fn object_eq(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = (arg(&args, 0), arg(&args, 1));
    Ok(if a.is(&b) { Value::Bool(true) } else { not_implemented() })
}

fn object_ne(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = (arg(&args, 0), arg(&args, 1));
    // `__ne__` inverts `__eq__` unless that is NotImplemented.
    let eq = match protocols::special(&a, "__eq__") {
        Some(method) => protocols::compare::call_compare_method(thread, &method, &a, &b)?,
        None => not_implemented(),
    };
    if super::is_not_implemented(&eq) {
        return Ok(eq);
    }
    Ok(Value::Bool(!protocols::truthy(thread, &eq)?))
}

/// `object.__lt__`, `__le__`, `__gt__`, `__ge__`: objects have no order of their own
/// (comparisons skip these: see `protocols::compare::dunder_compare`).
fn object_order(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if args.values.len() != 2 || !args.kwnames.is_empty() {
        let given = args.values.len().saturating_sub(1);
        return Err(type_error(format!("expected 1 argument, got {given}")));
    }
    Ok(not_implemented())
}

fn object_hash(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = arg(&args, 0);
    Ok(Value::Int(this.as_obj().map_or(0, protocols::pointer_hash)))
}

fn object_getattribute(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (this, name) = (arg(&args, 0), arg(&args, 1));
    let name = interned_name(&name)?;
    protocols::attr::generic_getattr(thread, &this, &name)
}

fn interned_name(name: &Value) -> PyResult<ObjRef> {
    match as_pystr(name) {
        Some(s) => Ok(crate::objects::str::intern_wtf8(s.wtf8())),
        None => Err(type_error(format!("attribute name must be string, not '{}'", type_name(name)))),
    }
}

/// CPython's "Carlo Verre hack" check: `object.__setattr__` and `__delattr__` do not apply to
/// classes, whose own `type.__setattr__` keeps their caches right.
fn refuse_class(this: &Value, what: &str) -> PyResult<()> {
    if matches!(this.payload(), Some(Payload::Type(_))) {
        return Err(type_error(format!("can't apply this {what} to {} object", type_name(this))));
    }
    Ok(())
}

fn object_setattr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (this, name, value) = (arg(&args, 0), arg(&args, 1), arg(&args, 2));
    refuse_class(&this, "__setattr__")?;
    let name = interned_name(&name)?;
    protocols::attr::generic_setattr(thread, &this, &name, Some(value))?;
    Ok(Value::None)
}

/// The class a descriptor of `type` (`__name__`, `__qualname__`, `__doc__`) was applied to,
/// with CPython's error for anything else.
fn descriptor_class(this: &Value, name: &str) -> PyResult<ObjRef> {
    match this.as_obj() {
        Some(class) if matches!(class.payload(), Payload::Type(_)) => Ok(class.clone()),
        _ => Err(type_error(format!(
            "descriptor '{name}' for 'type' objects doesn't apply to a '{}' object",
            type_name(this)
        ))),
    }
}

fn type_names_store(thread: &mut Thread, args: &Args<'_>, name: &str, value: Option<Value>) -> PyResult<Value> {
    let this = arg(args, 0);
    let class = descriptor_class(&this, name)?;
    let data = type_data(&class);
    if !data.heap {
        return Err(type_error(format!("cannot set '{name}' attribute of immutable type '{}'", data.name())));
    }
    crate::attributes::set_native_attr(thread, &this, name, value)?;
    Ok(Value::None)
}

fn type_names_get(thread: &mut Thread, args: &Args<'_>, name: &str) -> PyResult<Value> {
    let this = arg(args, 0);
    descriptor_class(&this, name)?;
    Ok(crate::attributes::native_attr(thread, &this, name)?.unwrap_or(Value::None))
}

/// `cls.__doc__`: the class's own `__doc__` (never a base's), bound when it is a descriptor.
fn type_doc_get(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = descriptor_class(&arg(&args, 0), "__doc__")?;
    let Some(doc) = type_data(&class).namespace().get_str(&intern_static("__doc__")) else { return Ok(Value::None) };
    // `type`'s own `__doc__` entry is this descriptor (its docstring is not kept), and the
    // function type's is the member descriptor its instances' docstrings are read with.
    if super::getset::is_native_descriptor(&doc) {
        return Ok(Value::None);
    }
    if type_data(&class).heap {
        return Ok(protocols::attr::descriptor_get(thread, &doc, &Value::Null, &class)?.unwrap_or(doc));
    }
    Ok(doc)
}

/// `cls.__doc__ = value`: into the namespace of a class made by Python code; never deleted.
fn type_doc_store(args: &Args<'_>, value: Option<Value>) -> PyResult<Value> {
    let this = arg(args, 0);
    let class = descriptor_class(&this, "__doc__")?;
    let data = type_data(&class);
    let Some(value) = value.filter(|_| data.heap) else {
        let what = if data.heap { "delete" } else { "set" };
        return Err(type_error(format!("cannot {what} '__doc__' attribute of immutable type '{}'", data.name())));
    };
    data.namespace().set_str(&intern_static("__doc__"), value);
    data.bump_version();
    crate::objects::typeobj::invalidate_subclasses(&this);
    Ok(Value::None)
}

fn type_doc_set(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = arg(&args, 1);
    type_doc_store(&args, Some(value))
}

fn type_doc_delete(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    type_doc_store(&args, None)
}

fn type_name_get(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    type_names_get(thread, &args, "__name__")
}

fn type_qualname_get(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    type_names_get(thread, &args, "__qualname__")
}

fn type_name_set(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = arg(&args, 1);
    type_names_store(thread, &args, "__name__", Some(value))
}

fn type_qualname_set(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = arg(&args, 1);
    type_names_store(thread, &args, "__qualname__", Some(value))
}

fn type_name_delete(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    type_names_store(thread, &args, "__name__", None)
}

fn type_qualname_delete(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    type_names_store(thread, &args, "__qualname__", None)
}

/// `type.__setattr__(cls, name, value)` and `type.__delattr__(cls, name)` (value None).
fn type_store(thread: &mut Thread, args: &Args<'_>, what: &str, value: Option<Value>) -> PyResult<Value> {
    let (this, name) = (arg(args, 0), arg(args, 1));
    if !matches!(this.payload(), Some(Payload::Type(_))) {
        return Err(type_error(format!(
            "descriptor '{what}' requires a 'type' object but received a '{}'",
            type_name(&this)
        )));
    }
    let name = interned_name(&name)?;
    protocols::attr::generic_setattr(thread, &this, &name, value)?;
    Ok(Value::None)
}

fn type_setattr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = arg(&args, 2);
    type_store(thread, &args, "__setattr__", Some(value))
}

fn type_delattr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    type_store(thread, &args, "__delattr__", None)
}

fn object_delattr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (this, name) = (arg(&args, 0), arg(&args, 1));
    refuse_class(&this, "__delattr__")?;
    let name = interned_name(&name)?;
    protocols::attr::generic_setattr(thread, &this, &name, None)?;
    Ok(Value::None)
}

fn object_format(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (this, spec) = (arg(&args, 0), arg(&args, 1));
    let spec = str_arg(&spec, "format spec")?;
    if !spec.is_empty() {
        return Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(&this))));
    }
    protocols::repr::to_str_value(thread, &this)
}

fn object_init_subclass(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        let name = args.kwnames.first().and_then(as_pystr).map(|s| s.as_str().into_owned()).unwrap_or_default();
        let class = arg(&args, 0);
        let class_name = class.as_obj().map(|c| type_data(c).name()).unwrap_or_default();
        let _ = name;
        return Err(type_error(format!("{class_name}.__init_subclass__() takes no keyword arguments")));
    }
    Ok(Value::None)
}

fn object_subclasshook(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(not_implemented())
}

/// `object.__dir__`: the instance dict's keys and every attribute of the class and its bases.
/// A private `__slots__` name as the class body's code spells it: `__x` of class `C` is `_C__x`.
fn mangle_slot(class_name: &str, slot: String) -> String {
    let owner = class_name.trim_start_matches('_');
    if slot.starts_with("__") && !slot.ends_with("__") && !owner.is_empty() {
        return format!("_{owner}{slot}");
    }
    slot
}

/// `object.__sizeof__()`: the bytes CPython (64-bit) gives the object: its type's basic size,
/// plus its items for the variable-sized builtins.
fn object_sizeof(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    super::arity::no_args(&args, "object.__sizeof__")?;
    let this = args.pos().first().cloned().unwrap_or_default();
    let size = match &this {
        Value::Float(_) => 24,
        Value::Int(_) | Value::Bool(_) => 28,
        Value::Obj(obj) => match obj.payload() {
            Payload::Instance(slots) => 16 + 8 * slots.lock().len(),
            Payload::Float(_) => 24,
            Payload::Complex(..) => 32,
            Payload::Str(s) => {
                let n = s.char_len();
                match s.code_points().max().unwrap_or(0) {
                    0..=0x7F => 40 + n + 1,
                    0x80..=0xFF => 56 + n + 1,
                    0x100..=0xFFFF => 56 + 2 * (n + 1),
                    _ => 56 + 4 * (n + 1),
                }
            }
            Payload::Bytes(b) => 33 + b.len(),
            Payload::ByteArray(b) => {
                let capacity = b.lock().capacity();
                56 + if capacity == 0 { 0 } else { capacity + 1 }
            }
            Payload::Tuple(items) => 24 + 8 * items.len(),
            Payload::List(items) => 40 + 8 * items.lock().capacity(),
            Payload::Dict(_) => 48,
            Payload::Set(_) | Payload::FrozenSet(_) => 200,
            _ => 16,
        },
        _ => 16,
    };
    Ok(Value::Int(size as i64))
}

fn object_dir(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = arg(&args, 0);
    let mut names: Vec<Value> = Vec::new();
    // The object's `__dict__` as attribute access answers it (a bound method answers with its
    // function's), as CPython's `object.__dir__`: an AttributeError, or a value that is not a
    // dict, counts as no dict.
    match crate::protocols::getattr(thread, &this, &intern_static("__dict__")) {
        Ok(dict) if matches!(dict.payload(), Some(Payload::Dict(_))) => {
            names.extend(as_dict(&dict).map(Dict::keys).unwrap_or_default());
        }
        Ok(_) => {}
        Err(e) if e.matches(&crate::objects::exception::exceptions().attribute_error) => {}
        Err(e) => return Err(e),
    }
    let class = match this.payload() {
        Some(Payload::Type(_)) => this.as_obj().cloned(),
        // What `__class__` answers (a slot of that name may be unset: then only the
        // instance's own names are listed).
        _ => match crate::protocols::getattr(thread, &this, &intern_static("__class__")) {
            Ok(Value::Obj(c)) if matches!(c.payload(), Payload::Type(_)) => Some(c),
            Ok(_) => None,
            Err(e) if e.matches(&crate::objects::exception::exceptions().attribute_error) => None,
            Err(e) => return Err(e),
        },
    };
    if let Some(class) = class {
        for c in type_data(&class).mro.read().iter() {
            names.extend(type_data(c).namespace().keys());
        }
        names.push(Value::Obj(intern_static("__class__")));
    }
    let set = crate::ops::build_set(thread, names)?;
    let unique = set.as_obj().and_then(crate::objects::dict_of).map(Dict::keys).unwrap_or_default();
    Ok(crate::objects::list(unique))
}

// ---- type ---------------------------------------------------------------------------------

fn type_init(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_prepare(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Obj(new_dict()))
}

/// `type.mro(cls)`: C3 of the class's bases, as a list.
fn type_mro(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Value::Obj(class) = arg(&args, 0) else { return Err(type_error("mro() needs a type")) };
    if !matches!(class.payload(), Payload::Type(_)) {
        return Err(type_error(format!(
            "descriptor 'mro' for 'type' objects doesn't apply to a '{}' object",
            type_name(&Value::Obj(class))
        )));
    }
    let bases = type_data(&class).bases.read().clone();
    let mro = if bases.is_empty() { vec![class.clone()] } else { c3_mro(&class, &bases)? };
    Ok(crate::objects::list(mro.into_iter().map(Value::Obj).collect()))
}

/// The base whose layout a class with these bases extends; TypeError when two bases have
/// different builtin layouts.
pub(super) fn layout_base_of(bases: &[ObjRef]) -> PyResult<ObjRef> {
    let mut kind = BaseKind::Object;
    for b in bases {
        let k = type_data(b).kind;
        if k != BaseKind::Object {
            if kind != BaseKind::Object && kind != k {
                return Err(type_error("multiple bases have instance lay-out conflict"));
            }
            kind = k;
        }
    }
    Ok(crate::objects::typeobj::best_base(bases).unwrap_or_else(|| types().object.clone()))
}

fn type_subclasses(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = arg(&args, 0);
    let Some(class) = class.as_obj() else { return Err(type_error("__subclasses__() needs a type")) };
    let subclasses = crate::objects::typeobj::subclasses_of(class);
    Ok(crate::objects::list(subclasses.into_iter().map(Value::Obj).collect()))
}

/// `type.__instancecheck__`: the check without hooks (the real class, then `__class__`).
fn type_instancecheck(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, instance) = (arg(&args, 0), arg(&args, 1));
    Ok(Value::Bool(super::instance_check::real_is_instance(thread, &instance, &class)?))
}

/// `type.__subclasscheck__`: the check without hooks (MROs, or the `__bases__` protocol).
fn type_subclasscheck(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, sub) = (arg(&args, 0), arg(&args, 1));
    Ok(Value::Bool(super::instance_check::real_is_subclass(thread, &sub, &class)?))
}

fn type_or(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    crate::typing::union(thread, arg(&args, 0), arg(&args, 1))
}

fn type_ror(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    crate::typing::union(thread, arg(&args, 1), arg(&args, 0))
}

/// `type(name, bases, dict, **kwds)` and class statements: creates a class.
fn type_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Obj(meta)) = pos.first() else { return Err(type_error("type.__new__(X): X is not a type object")) };
    // Only `type` itself takes the one-argument form.
    let exact = ObjRef::ptr_eq(meta, &types().type_);
    if pos.len() == 2 && exact && args.kwnames.is_empty() {
        return Ok(Value::Obj(class_of(&pos[1]).clone()));
    }
    if pos.len() != 4 {
        return Err(type_error(if exact {
            "type() takes 1 or 3 arguments".to_string()
        } else {
            format!("type.__new__() takes exactly 3 arguments ({} given)", pos.len() - 1)
        }));
    }
    let name = str_arg(&pos[1], "type.__new__() argument 1")?;
    if let Some(text) = as_pystr(&pos[1]) {
        check_type_name(text)?;
    }
    let bases = match as_tuple(&pos[2]) {
        Some(b) => b.to_vec(),
        None => return Err(type_error(format!("type.__new__() argument 2 must be tuple, not {}", type_name(&pos[2])))),
    };
    let Some(namespace) = as_dict(&pos[3]) else {
        return Err(type_error(format!("type.__new__() argument 3 must be dict, not {}", type_name(&pos[3]))));
    };
    // The most derived metaclass of the bases makes the class: its own `__new__` when it has one.
    let winner = calculate_meta(meta, &bases)?;
    if !ObjRef::ptr_eq(&winner, meta) {
        if let Some(new) = lookup(&winner, &intern_static("__new__")) {
            let func = match new.payload() {
                Some(Payload::StaticMethod(f)) => f.clone(),
                _ => new,
            };
            if !matches!(func.payload(), Some(Payload::Builtin(b)) if b.name == "__new__" && b.owner.as_ref().is_some_and(|o| ObjRef::ptr_eq(o, &types().type_)))
            {
                let mut values = vec![Value::Obj(winner.clone())];
                values.extend_from_slice(&args.values[1..]);
                return call(thread, &func, Args { values: &values, kwnames: args.kwnames });
            }
        }
    }
    let meta = &winner;
    let class = create_class(thread, meta, &name, &bases, namespace)?;
    // A class made by calling type() belongs to the module whose code called it.
    let module_key = intern_static("__module__");
    if type_data(&class).namespace().get_str(&module_key).is_none() {
        let caller_module =
            thread.frames.last().and_then(|f| crate::objects::dict_of(&f.globals)?.get_str(&intern_static("__name__")));
        if let Some(module) = caller_module {
            type_data(&class).namespace().set_str(&module_key, module);
        }
    }
    let kw: Vec<(Value, Value)> = args.keywords().map(|(k, v)| (k.clone(), v.clone())).collect();
    finish_class(thread, &class, namespace, &kw)?;
    Ok(Value::Obj(class))
}

/// A class name must hold no NUL and be encodable as UTF-8 (CPython keeps it as C text).
pub fn check_type_name(name: &crate::objects::str::PyString) -> PyResult<()> {
    if name.wtf8().contains(&0) {
        return Err(crate::objects::exception::value_error("type name must not contain null characters"));
    }
    if name.has_surrogates() {
        crate::modules::codecs::encode_text(&name.code_points().collect::<Vec<_>>(), "utf-8", "strict")?;
    }
    Ok(())
}

/// C3 linearization of a class with the given bases.
pub(super) fn c3_mro(class: &ObjRef, bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    // A class whose custom `mro()` is still computing its first MRO has none to merge.
    if let Some(base) = bases.iter().find(|b| type_data(b).mro.read().is_empty()) {
        return Err(type_error(format!("Cannot extend an incomplete type '{}'", type_data(base).name())));
    }
    for (i, base) in bases.iter().enumerate() {
        if bases[..i].iter().any(|b| ObjRef::ptr_eq(b, base)) {
            return Err(type_error(format!("duplicate base class {}", type_data(base).name())));
        }
    }
    let mut sequences: Vec<Vec<ObjRef>> = bases.iter().map(|b| type_data(b).mro.read().clone()).collect();
    sequences.push(bases.to_vec());
    let mut result = vec![class.clone()];
    loop {
        sequences.retain(|s| !s.is_empty());
        if sequences.is_empty() {
            return Ok(result);
        }
        let candidate = sequences
            .iter()
            .map(|s| s[0].clone())
            .find(|head| !sequences.iter().any(|s| s[1..].iter().any(|x| ObjRef::ptr_eq(x, head))));
        let Some(head) = candidate else {
            // The classes still waiting to be merged, each named once.
            let mut names: Vec<String> = Vec::new();
            for s in &sequences {
                let n = type_data(&s[0]).name();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in sequences.iter_mut() {
            if ObjRef::ptr_eq(&s[0], &head) {
                s.remove(0);
            }
        }
        result.push(head);
    }
}

/// The most derived metaclass of `meta` and the bases' metaclasses.
pub fn calculate_meta(meta: &ObjRef, bases: &[Value]) -> PyResult<ObjRef> {
    let mut winner = meta.clone();
    for base in bases {
        let base_meta = class_of(base);
        if is_subtype(&winner, base_meta) {
            continue;
        }
        if is_subtype(base_meta, &winner) {
            winner = base_meta.clone();
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// Makes the class object (namespace copied, layout decided), before `__set_name__` and
/// `__init_subclass__` run.
fn create_class(thread: &mut Thread, meta: &ObjRef, name: &str, bases: &[Value], namespace: &Dict) -> PyResult<ObjRef> {
    let t = types();
    let mut base_classes = Vec::new();
    for base in bases {
        match base.as_obj() {
            Some(b) if matches!(b.payload(), Payload::Type(_)) => {
                let data = type_data(b);
                if !data.subclassable {
                    let name = crate::objects::typeobj::class_name(b);
                    return Err(type_error(format!("type '{name}' is not an acceptable base type")));
                }
                base_classes.push(b.clone());
            }
            _ => return Err(type_error("bases must be types")),
        }
    }
    if base_classes.is_empty() {
        base_classes.push(t.object.clone());
    }
    // The layout: the one non-object builtin kind among the bases.
    let mut kind = BaseKind::Object;
    for b in &base_classes {
        let k = type_data(b).kind;
        if k != BaseKind::Object {
            if kind != BaseKind::Object && kind != k {
                return Err(type_error("multiple bases have instance lay-out conflict"));
            }
            kind = k;
        }
    }
    let base_slots: usize = base_classes.iter().map(|b| type_data(b).slot_count).max().unwrap_or(0);
    let base_has_dict = base_classes.iter().any(|b| type_data(b).exposes_dict());
    // Instances can be weakly referenced when a base's can (of the builtin types, sets, types,
    // modules and those made weakly referenceable), when the class has no `__slots__` (and is
    // not a subclass of a builtin type of variable size, which has no room for the reference
    // list), or `__weakref__` is a slot.
    let base_weakrefable = base_classes.iter().any(|b| {
        let data = type_data(b);
        if data.heap {
            data.weakrefable
        } else {
            data.weakrefable
                || matches!(data.kind, BaseKind::Set | BaseKind::FrozenSet | BaseKind::Type | BaseKind::Module)
        }
    });
    let slots_value = namespace.get_str(&intern_static("__slots__"));
    let (slot_names, wants_dict, wants_weakref) = match &slots_value {
        Some(value) => {
            let names = match as_pystr(value) {
                Some(_) => vec![value.clone()],
                None => crate::protocols::iter::collect(thread, value)?,
            };
            let mut texts = Vec::new();
            let (mut wants_dict, mut wants_weakref) = (false, false);
            let count = names.len();
            for n in names {
                let Some(text) = as_pystr(&n).map(|s| s.as_str().into_owned()) else {
                    return Err(type_error(format!("__slots__ items must be strings, not '{}'", type_name(&n))));
                };
                if !super::strings::is_identifier(&text) {
                    return Err(type_error("__slots__ must be identifiers"));
                }
                if text == "__dict__" {
                    if wants_dict || base_has_dict {
                        return Err(type_error("__dict__ slot disallowed: we already got one"));
                    }
                    wants_dict = true;
                } else if text == "__weakref__" {
                    if wants_weakref || base_weakrefable {
                        return Err(type_error("__weakref__ slot disallowed: we already got one"));
                    }
                    wants_weakref = true;
                } else {
                    texts.push(mangle_slot(name, text));
                }
            }
            // Builtin types of variable size (int, bytes, tuple) have no room for slots.
            let variable = base_classes.iter().find(|b| {
                matches!(type_data(b).kind, BaseKind::Int | BaseKind::Bool | BaseKind::Bytes | BaseKind::Tuple)
            });
            if let (Some(base), true) = (variable, count > 0) {
                let base_name = crate::objects::typeobj::class_name(base);
                return Err(type_error(format!("nonempty __slots__ not supported for subtype of '{base_name}'")));
            }
            (texts, wants_dict, wants_weakref)
        }
        None => (Vec::new(), true, false),
    };
    // `__qualname__` and `__classcell__` are taken out of the namespace: a slot may use them.
    for text in slot_names.iter().filter(|t| !matches!(t.as_str(), "__qualname__" | "__classcell__")) {
        if namespace.get_str(&intern(text)).is_some() {
            return Err(crate::objects::exception::value_error(format!(
                "'{text}' in __slots__ conflicts with class variable"
            )));
        }
    }
    // CPython sorts the names (after that check), which orders the members in the class dict
    // and lets `__class__` assignment move between classes with the same slots.
    let mut slot_names = slot_names;
    slot_names.sort();
    // A subclass of a builtin type other than object keeps the values of its slots in a dict
    // (its instances have no slot storage of their own).
    let variable_size = matches!(kind, BaseKind::Int | BaseKind::Bool | BaseKind::Bytes | BaseKind::Tuple);
    let weakrefable = base_weakrefable || wants_weakref || (slots_value.is_none() && !variable_size);
    let slots_in_dict = kind != BaseKind::Object && !slot_names.is_empty();
    let dict_holds_slots =
        kind != BaseKind::Object && (slots_in_dict || base_classes.iter().any(|b| type_data(b).dict_holds_slots));
    let holder_has_dict = dict_holds_slots && (wants_dict || base_has_dict);
    let instance_dict = wants_dict
        || slots_in_dict
        || base_has_dict && slots_value.is_none()
        || base_classes.iter().any(|b| type_data(b).heap && type_data(b).instance_dict)
        || (slots_value.is_none());
    // Instances keep their attributes in a shape when nothing but this module's code reads
    // them: every base is `object` or a class with a shape (native bases such as
    // SimpleNamespace or the AST nodes read their instances' dicts themselves).
    let shaped = instance_dict
        && base_classes.iter().all(|b| ObjRef::ptr_eq(b, &types().object) || type_data(b).shape.is_some());
    let qualname = match namespace.get_str(&intern_static("__qualname__")) {
        Some(q) => match as_pystr(&q) {
            Some(text) => text.as_str().into_owned(),
            None => return Err(type_error(format!("type __qualname__ must be a str, not {}", type_name(&q)))),
        },
        None => name.to_string(),
    };
    // CPython keeps a UTF-8 copy of a str `__doc__`: one with lone surrogates cannot be made.
    if let Some(doc) = namespace.get_str(&intern_static("__doc__")) {
        if let Some(text) = as_pystr(&doc).filter(|t| t.has_surrogates()) {
            crate::modules::codecs::encode_text(&text.code_points().collect::<Vec<_>>(), "utf-8", "strict")?;
        }
    }
    // `__qualname__` leaves the class's dict, not the namespace given (`type(name, bases, ns)`).
    let dict = namespace.copy();
    dict.remove_str(&intern_static("__qualname__"));
    let data = TypeData {
        layout: Box::new(crate::objects::typeobj::TypeLayout {
            name: RwLock::new(name.to_string()),
            qualname: RwLock::new(qualname),
            bases: RwLock::new(base_classes.clone()),
            mro: RwLock::new(Vec::new()),
            dict,
            shape: shaped.then(Box::default),
        }),
        kind,
        heap: true,
        instance_dict,
        subclassable: true,
        slot_count: base_slots + slot_names.len(),
        dict_holds_slots,
        holder_has_dict,
        weakrefable,
        version: AtomicU64::new(crate::objects::typeobj::new_version()),
        defines_class: std::sync::atomic::AtomicBool::new(
            namespace.get_str(&intern_static("__class__")).is_some()
                || base_classes.iter().any(|b| type_data(b).defines_class.load(std::sync::atomic::Ordering::Relaxed)),
        ),
        weakly_referenced: std::sync::atomic::AtomicBool::new(false),
        abstract_methods: std::sync::atomic::AtomicBool::new(false),
    };
    let class = ObjRef::new(meta.clone(), None, OwnedPayload::Type(data));
    // The cell of `super()` and `__class__` comes from the class body's namespace; it is set
    // before the MRO is computed, since a metaclass's `mro()` may already call a method that
    // uses it.
    let class_cell = namespace.get_str(&intern_static("__classcell__"));
    if let Some(cell) = &class_cell {
        if !matches!(cell.payload(), Some(Payload::Cell(_))) {
            let shown = crate::protocols::repr(thread, &Value::Obj(class_of(cell).clone()))?;
            return Err(type_error(format!("__classcell__ must be a nonlocal cell, not {shown}")));
        }
        crate::ops::cell_set(cell, Value::Obj(class.clone()));
    }
    let mro = super::class_bases::compute_mro(thread, &class)?;
    *type_data(&class).mro.write() = mro;
    let ns = type_data(&class).namespace();
    for (i, slot) in slot_names.iter().enumerate() {
        let member = ObjRef::new(
            t.member_descriptor.clone(),
            None,
            OwnedPayload::Member(MemberData { name: intern(slot), index: base_slots + i, owner: class.clone() }),
        );
        ns.set_str(&intern(slot), Value::Obj(member));
    }
    // Implicit class and static methods.
    for special in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = ns.get_str(&intern(special)) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                ns.set_str(
                    &intern(special),
                    Value::Obj(ObjRef::new(t.classmethod.clone(), None, OwnedPayload::ClassMethod(f))),
                );
            }
        }
    }
    if let Some(f) = ns.get_str(&intern_static("__new__")) {
        if matches!(f.payload(), Some(Payload::Function(_))) {
            ns.set_str(
                &intern_static("__new__"),
                Value::Obj(ObjRef::new(t.staticmethod.clone(), None, OwnedPayload::StaticMethod(f))),
            );
        }
    }
    if ns.get_str(&intern_static("__eq__")).is_some() && ns.get_str(&intern_static("__hash__")).is_none() {
        ns.set_str(&intern_static("__hash__"), Value::None);
    }
    let (dict_descriptor, weakref_descriptor) = instance_dict_descriptors();
    let new_dict_here = instance_dict && (!dict_holds_slots || holder_has_dict) && !base_has_dict;
    for (name, descriptor, wanted) in [
        ("__dict__", dict_descriptor, new_dict_here),
        ("__weakref__", weakref_descriptor, weakrefable && !base_weakrefable),
    ] {
        if wanted && ns.get_str(&intern_static(name)).is_none() {
            ns.set_str(&intern_static(name), descriptor.clone());
        }
    }
    if ns.get_str(&intern_static("__doc__")).is_none() {
        ns.set_str(&intern_static("__doc__"), Value::None);
    }
    // The class cell is not a class attribute (a slot of that name leaves its member
    // descriptor in the class dict).
    if class_cell.is_some() && !slot_names.iter().any(|s| s == "__classcell__") {
        ns.remove_str(&intern_static("__classcell__"));
    }
    for base in &base_classes {
        crate::objects::typeobj::register_subclass(base, &class);
    }
    type_data(&class).bump_version();
    Ok(class)
}

/// `__set_name__` on the namespace's values, then the parent's `__init_subclass__`.
fn finish_class(thread: &mut Thread, class: &ObjRef, namespace: &Dict, kwargs: &[(Value, Value)]) -> PyResult<()> {
    let class_value = Value::Obj(class.clone());
    for (key, value) in namespace.items() {
        if let Some(hook) = protocols::special(&value, "__set_name__") {
            call_method(thread, &hook, &value, &[value.clone(), class_value.clone(), key.clone()])?;
        }
    }
    // super(class, class).__init_subclass__(**kwargs)
    let mro = type_data(class).mro.read().clone();
    let key = intern_static("__init_subclass__");
    // A custom `mro()` may leave the class out of its own MRO, which `super` refuses.
    let Some(at) = mro.iter().position(|c| ObjRef::ptr_eq(c, class)) else {
        return Err(type_error("super(type, obj): obj must be an instance or subtype of type"));
    };
    let found = mro.iter().skip(at + 1).find_map(|c| type_data(c).namespace().get_str(&key));
    if let Some(hook) = found {
        let func = match hook.payload() {
            Some(Payload::ClassMethod(f)) => f.clone(),
            _ => hook,
        };
        let mut values = vec![class_value];
        let mut names = Vec::new();
        for (k, v) in kwargs {
            names.push(k.clone());
            values.push(v.clone());
        }
        call(thread, &func, Args { values: &values, kwnames: &names })?;
    }
    Ok(())
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
pub(super) fn build_class(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    let name = pos[1].clone();
    let original_bases: Vec<Value> = pos[2..].to_vec();
    let bases = resolve_mro_entries(thread, &original_bases)?;
    let mut metaclass = None;
    let mut kwnames = Vec::new();
    let mut kwvalues = Vec::new();
    for (k, v) in args.keywords() {
        if as_pystr(k).is_some_and(|s| s.as_str() == "metaclass") {
            metaclass = Some(v.clone());
        } else {
            kwnames.push(k.clone());
            kwvalues.push(v.clone());
        }
    }
    // The explicit metaclass, else the first base's class; the most derived one when it is a type.
    let meta = metaclass.unwrap_or_else(|| match bases.first() {
        Some(base) => Value::Obj(class_of(base).clone()),
        None => Value::Obj(types().type_.clone()),
    });
    let meta = match meta {
        Value::Obj(m) if matches!(m.payload(), Payload::Type(_)) => Value::Obj(calculate_meta(&m, &bases)?),
        other => other,
    };
    let bases_tuple = tuple(bases.clone());
    let namespace = match protocols::getattr_opt(thread, &meta, "__prepare__")? {
        Some(prepare) => {
            let mut values = vec![name.clone(), bases_tuple.clone()];
            values.extend(kwvalues.iter().cloned());
            let namespace = call(thread, &prepare, Args { values: &values, kwnames: &kwnames })?;
            if protocols::special(&namespace, "__getitem__").is_none() {
                let meta_name = match &meta {
                    Value::Obj(m) if matches!(m.payload(), Payload::Type(_)) => type_data(m).name(),
                    _ => "<metaclass>".to_string(),
                };
                return Err(type_error(format!(
                    "{meta_name}.__prepare__() must return a mapping, not {}",
                    type_name(&namespace)
                )));
            }
            namespace
        }
        None => Value::Obj(new_dict()),
    };
    let cell = run_class_body(thread, &func, namespace.clone())?;
    if !original_bases.iter().zip(&bases).all(|(a, b)| a.is(b)) || original_bases.len() != bases.len() {
        protocols::mapping_set(thread, &namespace, Value::Obj(intern_static("__orig_bases__")), tuple(original_bases))?;
    }
    let mut values = vec![name, bases_tuple, namespace];
    values.extend(kwvalues);
    let class = call(thread, &meta, Args { values: &values, kwnames: &kwnames })?;
    // The class body's `__class__` cell must hold the class now: `type.__new__` sets it from
    // `__classcell__`, which a metaclass may have failed to pass on.
    let cell_content = match cell.payload() {
        Some(Payload::Cell(content)) if matches!(class.payload(), Some(Payload::Type(_))) => content.lock().clone(),
        _ => return Ok(class),
    };
    if cell_content.is(&class) {
        return Ok(class);
    }
    let name = protocols::repr(thread, &values[0])?;
    let shown_class = protocols::repr(thread, &class)?;
    if cell_content.is_null() {
        return Err(runtime_error(format!(
            "__class__ not set defining {name} as {shown_class}. Was __classcell__ propagated to type.__new__?"
        )));
    }
    let shown_content = protocols::repr(thread, &cell_content)?;
    Err(type_error(format!("__class__ set to {shown_content} defining {name} as {shown_class}")))
}

/// Bases that are not classes may stand for classes through `__mro_entries__`.
fn resolve_mro_entries(thread: &mut Thread, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    for base in bases {
        if matches!(base.payload(), Some(Payload::Type(_))) {
            out.push(base.clone());
            continue;
        }
        match protocols::getattr_opt(thread, base, "__mro_entries__")? {
            Some(entries) => {
                let result = call(thread, &entries, Args::positional(&[tuple(bases.to_vec())]))?;
                match as_tuple(&result) {
                    Some(items) => out.extend(items.iter().cloned()),
                    None => return Err(type_error("__mro_entries__ must return a tuple")),
                }
            }
            None => out.push(base.clone()),
        }
    }
    Ok(out)
}

/// Runs a class body's code with `namespace` as its locals; returns what it returned (the
/// `__class__` cell, or None).
fn run_class_body(thread: &mut Thread, func: &Value, namespace: Value) -> PyResult<Value> {
    let Some(Value::Obj(func_obj)) = Some(func.clone()) else {
        return Err(type_error("__build_class__: func must be a function"));
    };
    if !matches!(func_obj.payload(), Payload::Function(_)) {
        return Err(type_error("__build_class__: func must be a function"));
    }
    thread.nested(|thread| {
        thread.push_entry_frame(&func_obj, &[], &[])?;
        if let Some(frame) = thread.frames.last_mut() {
            frame.locals = namespace;
        }
        match thread.run_frames(None)? {
            Exit::Return(value) => Ok(value),
            Exit::Yield(..) => Err(type_error("a class body cannot yield")),
        }
    })
}

// ---- super -------------------------------------------------------------------------------

/// `super()`, `super(type)` (unbound) and `super(type, obj)`.
fn super_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(type_error("super() takes no keyword arguments"));
    }
    let pos = args.pos().get(1..).unwrap_or_default();
    let class = args.values.first().and_then(Value::as_obj).cloned().unwrap_or_else(|| types().super_.clone());
    let (this_class, obj) = match pos {
        [] => zero_arg_super(thread)?,
        [first, rest @ ..] if rest.len() <= 1 => {
            let Some(this_class) = first.as_obj().filter(|c| matches!(c.payload(), Payload::Type(_))).cloned() else {
                return Err(type_error(format!("super() argument 1 must be a type, not {}", type_name(first))));
            };
            match rest.first() {
                Some(obj) => (this_class, obj.clone()),
                None => return Ok(unbound_super(class, this_class)),
            }
        }
        _ => return Err(type_error(format!("super() expected at most 2 arguments, got {}", pos.len()))),
    };
    make_super(thread, class, this_class, obj)
}

/// `super(type)`: bound to nothing (its `obj` is Null) until its `__get__` binds it.
fn unbound_super(class: ObjRef, this_class: ObjRef) -> Value {
    let dict = type_data(&class).instance_dict.then(crate::objects::new_dict);
    let obj_class = this_class.clone();
    Value::Obj(ObjRef::new(class, dict, OwnedPayload::Super(SuperData { this_class, obj: Value::Null, obj_class })))
}

/// `super.__get__(obj, type=None)`: an unbound super bound to `obj`; otherwise itself.
fn super_get(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = arg(&args, 0);
    let obj = arg(&args, 1);
    let Some(Payload::Super(SuperData { this_class, obj: bound, .. })) = this.payload() else {
        return Err(type_error("descriptor '__get__' requires a 'super' object"));
    };
    if obj.is_none() || obj.is_null() || !bound.is_null() {
        return Ok(this);
    }
    bind_super(thread, &this, this_class.clone(), obj)
}

/// An unbound super object `sup` of `this_class`, bound to `obj` (its class may be a subclass
/// of super).
pub fn bind_super(thread: &mut Thread, sup: &Value, this_class: ObjRef, obj: Value) -> PyResult<Value> {
    make_super(thread, class_of(sup).clone(), this_class, obj)
}

/// The super object (of `class`: super or a subclass) of `this_class` for `obj`.
fn make_super(thread: &mut Thread, class: ObjRef, this_class: ObjRef, obj: Value) -> PyResult<Value> {
    let obj_class = super_check(thread, &this_class, &obj)?;
    let dict = type_data(&class).instance_dict.then(crate::objects::new_dict);
    Ok(Value::Obj(ObjRef::new(class, dict, OwnedPayload::Super(SuperData { this_class, obj, obj_class }))))
}

/// The class whose MRO a super object of `this_class` searches for `obj`: `obj` itself when it
/// is a subclass, else its class, else the class its `__class__` claims (proxies).
fn super_check(thread: &mut Thread, this_class: &ObjRef, obj: &Value) -> PyResult<ObjRef> {
    if let Some(class) = obj.as_obj().filter(|o| matches!(o.payload(), Payload::Type(_))) {
        if is_subtype(class, this_class) {
            return Ok(class.clone());
        }
    }
    if is_subtype(class_of(obj), this_class) {
        return Ok(class_of(obj).clone());
    }
    if let Some(Value::Obj(claimed)) = protocols::getattr_opt(thread, obj, "__class__")? {
        if matches!(claimed.payload(), Payload::Type(_))
            && !ObjRef::ptr_eq(&claimed, class_of(obj))
            && is_subtype(&claimed, this_class)
        {
            return Ok(claimed);
        }
    }
    Err(type_error("super(type, obj): obj must be an instance or subtype of type"))
}

/// The class (from the `__class__` cell) and first argument of the calling function.
fn zero_arg_super(thread: &mut Thread) -> PyResult<(ObjRef, Value)> {
    let Some(frame) = thread.frames.last() else {
        return Err(crate::objects::exception::runtime_error("super(): no current frame"));
    };
    let code = frame.code.clone();
    if code.argcount == 0 && !code.flags.has(ferrython_bytecode::CodeFlags::VARARGS) {
        return Err(crate::objects::exception::runtime_error("super(): no arguments"));
    }
    let mut first = thread.stack[frame.base].clone();
    // The first argument may live in a cell when a nested function captures it.
    if let Some(i) = code.cellvars.iter().position(|c| ObjRef::ptr_eq(c, &code.varnames[0])) {
        first = crate::ops::cell_get(&thread.stack[frame.deref_base() + i]);
    }
    if first.is_null() {
        return Err(crate::objects::exception::runtime_error("super(): arg[0] deleted"));
    }
    let class_name = intern_static("__class__");
    let Some(free_index) = code.freevars.iter().position(|f| ObjRef::ptr_eq(f, &class_name)) else {
        return Err(crate::objects::exception::runtime_error("super(): __class__ cell not found"));
    };
    let cell = thread.stack[frame.deref_base() + code.cellvars.len() + free_index].clone();
    match crate::ops::cell_get(&cell) {
        Value::Obj(class) if matches!(class.payload(), Payload::Type(_)) => Ok((class, first)),
        _ => Err(crate::objects::exception::runtime_error("super(): empty __class__ cell")),
    }
}

/// Attribute lookup through a super object: the MRO after `this_class`.
pub fn super_getattr(thread: &mut Thread, sup: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
    let Payload::Super(SuperData { obj, obj_class, .. }) = sup.payload() else { return Ok(None) };
    let Some(descr) = super_lookup(sup, name) else { return Ok(None) };
    let instance = if obj.as_obj().is_some_and(|o| ObjRef::ptr_eq(o, obj_class)) { Value::Null } else { obj.clone() };
    let bound = protocols::attr::descriptor_get(thread, &descr, &instance, obj_class)?;
    Ok(Some(bound.unwrap_or(descr)))
}

/// What a super object finds for `name` in the MRO after its class, before binding. Namespace
/// lookups run no Python code, so the MRO is searched under its read lock, without a copy.
fn super_lookup(sup: &ObjRef, name: &ObjRef) -> Option<Value> {
    let Payload::Super(SuperData { this_class, obj_class, obj }) = sup.payload() else { return None };
    // An unbound super (`super(C)`) searches nothing.
    if obj.is_null()
        || ObjRef::ptr_eq(name, &intern_static("__class__"))
        || as_pystr(&Value::Obj(name.clone())).is_some_and(|s| s.as_str() == "__class__")
    {
        return None;
    }
    let mro = type_data(obj_class).mro.read();
    let start = mro.iter().position(|c| ObjRef::ptr_eq(c, this_class)).map_or(mro.len(), |i| i + 1);
    mro[start..].iter().find_map(|class| type_data(class).namespace().get_str(name))
}

/// LOAD_ATTR of a method through an exact `super` object bound to an instance: the function
/// and the instance, for CALL to pass it as `self` (no bound-method object); None when the
/// general lookup must run.
pub fn super_method(sup: &ObjRef, name: &ObjRef) -> Option<(Value, Value)> {
    let Payload::Super(SuperData { obj, obj_class, .. }) = sup.payload() else { return None };
    if !ObjRef::ptr_eq(&sup.class, &types().super_) || obj.as_obj().is_some_and(|o| ObjRef::ptr_eq(o, obj_class)) {
        return None;
    }
    let descr = super_lookup(sup, name)?;
    matches!(descr.payload(), Some(Payload::Function(_))).then(|| (descr, obj.clone()))
}

// ---- property, classmethod, staticmethod --------------------------------------------------

/// `repr()` of a classmethod or staticmethod: `<staticmethod(<function f at 0x...>)>`.
fn wrapper_repr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = arg(&args, 0);
    let (kind, func) = match this.payload() {
        Some(Payload::ClassMethod(f)) => ("classmethod", f.clone()),
        Some(Payload::StaticMethod(f)) => ("staticmethod", f.clone()),
        _ => return Err(type_error("descriptor '__repr__' requires a 'staticmethod' object")),
    };
    let inner = protocols::repr(thread, &func)?;
    Ok(crate::objects::str::new_str(format!("<{kind}({inner})>")))
}

fn classmethod_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    super::arity::method_args(&args, "classmethod", 1, 1)?;
    let class = args.values.first().and_then(Value::as_obj).cloned().unwrap_or_else(|| types().classmethod.clone());
    let func = arg(&args, 1);
    let dict = wrapper_dict(thread, &func)?;
    Ok(Value::Obj(ObjRef::new(class, Some(dict), OwnedPayload::ClassMethod(func))))
}

fn staticmethod_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    super::arity::method_args(&args, "staticmethod", 1, 1)?;
    let class = args.values.first().and_then(Value::as_obj).cloned().unwrap_or_else(|| types().staticmethod.clone());
    let func = arg(&args, 1);
    let dict = wrapper_dict(thread, &func)?;
    Ok(Value::Obj(ObjRef::new(class, Some(dict), OwnedPayload::StaticMethod(func))))
}

/// The instance dict of a new classmethod or staticmethod: the wrapped callable's
/// `__module__`, `__name__`, `__qualname__`, `__doc__` and `__annotations__`, those it has
/// (CPython 3.10+ copies them as `functools.update_wrapper` would).
fn wrapper_dict(thread: &mut Thread, func: &Value) -> PyResult<ObjRef> {
    let dict = new_dict();
    if let Some(d) = crate::objects::dict_of(&dict) {
        for name in ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"] {
            if let Some(value) = protocols::getattr_opt(thread, func, name)? {
                d.set_str(&intern_static(name), value);
            }
        }
    }
    Ok(dict)
}

/// `list[int]` and friends: a `types.GenericAlias`-like object.
pub fn generic_alias(origin: Value, args: Value) -> Value {
    crate::typing::generic_alias(origin, args)
}

/// The `__build_class__` builtin.
pub(super) fn build_class_function() -> Value {
    native_function("__build_class__", build_class, crate::objects::function::BuiltinKind::Function, None)
}
