//! How objects reduce for `pickle` and `copy`: `object.__reduce_ex__`, `object.__reduce__` and
//! `object.__getstate__` (the default protocol, PEP 307: rebuild with `copyreg.__newobj__` or
//! `copyreg.__newobj_ex__`, then restore the state; `copyreg._reduce_ex` below protocol 2), and
//! the reductions of the builtin types that need their own (`__getnewargs__` of str, bytes and
//! tuple, `__reduce__` of set, frozenset, bytearray, range and slice).

use crate::method;
use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::str::{intern, new_str};
use crate::objects::typeobj::{class_of, lookup, type_name, types};
use crate::objects::{as_list, dict_of, list, new_dict, tuple, tuple_of, Payload, RangeData, SliceData};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::add_methods;

pub(super) fn install() {
    let t = types();
    add_methods(
        &t.object,
        &[
            method!("__reduce_ex__", object_reduce_ex),
            method!("__reduce__", object_reduce),
            method!("__getstate__", object_getstate),
        ],
    );
    for class in [&t.str, &t.bytes, &t.tuple] {
        add_methods(class, &[method!("__getnewargs__", plain_copy_args)]);
    }
    for class in [&t.set, &t.frozenset] {
        add_methods(class, &[method!("__reduce__", set_reduce)]);
    }
    add_methods(
        &t.bytearray,
        &[method!("__reduce_ex__", bytearray_reduce_ex), method!("__reduce__", bytearray_reduce)],
    );
    add_methods(&t.range, &[method!("__reduce__", bounds_reduce)]);
    add_methods(&t.slice, &[method!("__reduce__", bounds_reduce)]);
}

fn receiver(args: &Args<'_>) -> Value {
    args.values.first().cloned().unwrap_or_default()
}

/// An attribute of the `copyreg` module.
fn copyreg(thread: &mut Thread, name: &str) -> PyResult<Value> {
    let module = crate::import::import_module_level(thread, "copyreg", &Value::None, &Value::None, 0)?;
    protocols::attr::getattr(thread, &module, &intern(name))
}

/// `object.__reduce_ex__(protocol)`: an overridden `__reduce__` wins; else the default.
fn object_reduce_ex(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = receiver(&args);
    let protocol = match (args.values.get(1), args.values.len()) {
        (Some(p), 2) if args.kwnames.is_empty() => protocols::number::index_of(thread, p)?,
        _ => {
            return Err(type_error(format!(
                "object.__reduce_ex__() takes exactly one argument ({} given)",
                args.values.len().saturating_sub(1)
            )))
        }
    };
    let own = lookup(class_of(&this), &intern("__reduce__"));
    let default = lookup(&types().object, &intern("__reduce__"));
    if let (Some(own), Some(default)) = (&own, &default) {
        if !own.is(default) {
            return crate::call::call_method(thread, own, &this, std::slice::from_ref(&this));
        }
    }
    default_reduce(thread, &this, protocol)
}

/// `object.__reduce__()`: the default reduction of protocol 0.
fn object_reduce(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if args.values.len() != 1 || !args.kwnames.is_empty() {
        return Err(type_error(format!(
            "object.__reduce__() takes no arguments ({} given)",
            args.values.len().saturating_sub(1)
        )));
    }
    default_reduce(thread, &receiver(&args), 0)
}

fn default_reduce(thread: &mut Thread, this: &Value, protocol: i64) -> PyResult<Value> {
    if protocol >= 2 {
        return reduce_newobj(thread, this);
    }
    let reduce = copyreg(thread, "_reduce_ex")?;
    crate::call::call(thread, &reduce, Args::positional(&[this.clone(), Value::Int(protocol)]))
}

/// The arguments `__new__` needs: `(args, kwargs)` from `__getnewargs_ex__`, `(args, None)`
/// from `__getnewargs__`, None when the object has neither.
fn new_arguments(thread: &mut Thread, this: &Value) -> PyResult<Option<(Value, Value)>> {
    // Special methods: looked up on the class (an instance's `__getattr__` is not asked).
    if let Some(result) = protocols::call_special(thread, this, "__getnewargs_ex__", &[])? {
        let pair = crate::objects::as_tuple(&result).filter(|t| t.len() == 2).map(<[Value]>::to_vec);
        let Some([args, kwargs]) = pair.as_deref().map(|p| [p[0].clone(), p[1].clone()]) else {
            return Err(match crate::objects::as_tuple(&result) {
                Some(t) => crate::objects::exception::value_error(format!(
                    "__getnewargs_ex__ should return a tuple of length 2, not {}",
                    t.len()
                )),
                None => type_error(format!("__getnewargs_ex__ should return a tuple, not '{}'", type_name(&result))),
            });
        };
        if crate::objects::as_tuple(&args).is_none() {
            return Err(type_error(format!(
                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                type_name(&args)
            )));
        }
        if crate::objects::as_dict(&kwargs).is_none() {
            return Err(type_error(format!(
                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                type_name(&kwargs)
            )));
        }
        return Ok(Some((args, kwargs)));
    }
    if let Some(args) = protocols::call_special(thread, this, "__getnewargs__", &[])? {
        if crate::objects::as_tuple(&args).is_none() {
            return Err(type_error(format!("__getnewargs__ should return a tuple, not '{}'", type_name(&args))));
        }
        return Ok(Some((args, Value::None)));
    }
    Ok(None)
}

/// The reduction of protocols 2 and up: `(copyreg.__newobj__, (cls, *args), state, listitems,
/// dictitems)`, or `__newobj_ex__` when there are keyword arguments.
fn reduce_newobj(thread: &mut Thread, this: &Value) -> PyResult<Value> {
    let class = class_of(this).clone();
    if lookup(&class, &intern("__new__")).is_none() {
        return Err(type_error(format!("cannot pickle '{}' object", type_name(this))));
    }
    let arguments = new_arguments(thread, this)?;
    let has_args = arguments.is_some();
    let (func, newargs) = match arguments {
        Some((args, kwargs)) if as_nonempty_dict(&kwargs) => {
            (copyreg(thread, "__newobj_ex__")?, tuple_of([Value::Obj(class.clone()), args, kwargs]))
        }
        Some((args, _)) => {
            let mut items = vec![Value::Obj(class.clone())];
            items.extend(crate::objects::as_tuple(&args).unwrap_or_default().iter().cloned());
            (copyreg(thread, "__newobj__")?, tuple(items))
        }
        None => (copyreg(thread, "__newobj__")?, tuple_of([Value::Obj(class.clone())])),
    };
    let is_list = as_list(this).is_some();
    let is_dict = crate::objects::as_dict(this).is_some();
    let state = state_for_reduce(thread, this, !has_args && !is_list && !is_dict)?;
    let listitems = if is_list { protocols::iter::get_iter(thread, this)? } else { Value::None };
    let dictitems = if is_dict {
        let items = crate::modules::io::call_method(thread, this, "items", &[])?;
        protocols::iter::get_iter(thread, &items)?
    } else {
        Value::None
    };
    Ok(tuple_of([func, newargs, state, listitems, dictitems]))
}

fn as_nonempty_dict(value: &Value) -> bool {
    crate::objects::as_dict(value).is_some_and(|d| !d.is_empty())
}

/// The state to pickle: what an overridden `__getstate__` returns, else the default one.
/// `required`: the object is rebuilt from its class alone, so an object of a builtin type
/// holding native state cannot be pickled.
fn state_for_reduce(thread: &mut Thread, this: &Value, required: bool) -> PyResult<Value> {
    let own = lookup(class_of(this), &intern("__getstate__"));
    let default = lookup(&types().object, &intern("__getstate__"));
    match (&own, &default) {
        (Some(own), Some(default)) if !own.is(default) => {
            crate::call::call_method(thread, own, this, std::slice::from_ref(this))
        }
        _ => default_state(thread, this, required),
    }
}

/// `object.__getstate__()`.
fn object_getstate(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    default_state(thread, &receiver(&args), false)
}

/// The instance dict (None when empty), paired with a dict of the set `__slots__` values when
/// there are some.
fn default_state(thread: &mut Thread, this: &Value, required: bool) -> PyResult<Value> {
    let Value::Obj(obj) = this else { return Ok(Value::None) };
    if required && !matches!(obj.payload(), Payload::Instance(_)) {
        return Err(type_error(format!("cannot pickle '{}' object", type_name(this))));
    }
    let mut state = Value::None;
    if let Some(dict) = crate::objects::shape::instance_dict(obj).as_ref() {
        if dict_of(dict).is_some_and(|d| !d.is_empty()) {
            // A copy, as CPython gives: changing the state must not change the object.
            let copy = crate::modules::io::call_method(thread, &Value::Obj(dict.clone()), "copy", &[])?;
            state = copy;
        }
    }
    let slot_names = copyreg(thread, "_slotnames")?;
    let names = crate::call::call(thread, &slot_names, Args::positional(&[Value::Obj(class_of(this).clone())]))?;
    let names = protocols::iter::collect(thread, &names)?;
    if names.is_empty() {
        return Ok(state);
    }
    let slots = new_dict();
    let slots_value = Value::Obj(slots.clone());
    for name in names {
        let Some(key) = crate::objects::str::as_pystr(&name).map(|s| intern(&s.as_str())) else { continue };
        match protocols::attr::getattr(thread, this, &key) {
            Ok(value) => protocols::setitem(thread, &slots_value, name, value)?,
            Err(e) if e.matches(&crate::objects::exception::exceptions().attribute_error) => {}
            Err(e) => return Err(e),
        }
    }
    if dict_of(&slots).is_some_and(|d| !d.is_empty()) {
        return Ok(tuple_of([state, slots_value]));
    }
    Ok(state)
}

/// `__getnewargs__` of str, bytes and tuple: the plain value, so that a subclass instance is
/// rebuilt by `cls.__new__(cls, value)`.
fn plain_copy_args(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = receiver(&args);
    let plain = match this.payload() {
        // A new str, never the receiver itself (as CPython copies it).
        Some(Payload::Str(text)) => {
            crate::objects::str::str_object(crate::objects::str::PyString::from_wtf8(text.wtf8()))
        }
        Some(Payload::Bytes(b)) => super::new_bytes(b.to_vec()),
        // An exact tuple is itself.
        Some(Payload::Tuple(_)) if this.as_obj().is_some_and(|o| ObjRef::ptr_eq(&o.class, &types().tuple)) => this,
        Some(Payload::Tuple(items)) => tuple(items.to_vec()),
        _ => return Err(type_error("__getnewargs__ needs a str, bytes or tuple")),
    };
    Ok(tuple_of([plain]))
}

/// `set.__reduce__()`: `(cls, (list_of_items,), state)`, the state as `__getstate__` gives it.
fn set_reduce(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = receiver(&args);
    let items = protocols::iter::collect(thread, &this)?;
    let class: ObjRef = class_of(&this).clone();
    let state = state_for_reduce(thread, &this, false)?;
    Ok(tuple_of([Value::Obj(class), tuple_of([list(items)]), state]))
}

/// `bytearray.__reduce_ex__(protocol)`: from bytes from protocol 3, else from a latin-1 str
/// (protocols 0 to 2 have no bytes).
fn bytearray_reduce_ex(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = receiver(&args);
    let protocol = match args.values.get(1) {
        Some(p) => protocols::number::index_of(thread, p)?,
        None => 0,
    };
    let data = super::bytes_like(&this).unwrap_or_default();
    let class = Value::Obj(class_of(&this).clone());
    let state = state_for_reduce(thread, &this, false)?;
    if protocol >= 3 {
        return Ok(tuple_of([class, tuple_of([super::new_bytes(data)]), state]));
    }
    let text: String = data.iter().map(|b| char::from(*b)).collect();
    let args = if data.is_empty() { tuple_of([]) } else { tuple_of([new_str(text), new_str("latin-1")]) };
    Ok(tuple_of([class, args, state]))
}

fn bytearray_reduce(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = receiver(&args);
    bytearray_reduce_ex(thread, Args::positional(&[this, Value::Int(0)]))
}

/// `range.__reduce__()` and `slice.__reduce__()`: `(cls, (start, stop, step))`.
fn bounds_reduce(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = receiver(&args);
    let (Some(Payload::Range(RangeData { start, stop, step })) | Some(Payload::Slice(SliceData { start, stop, step }))) =
        this.payload()
    else {
        return Err(type_error("__reduce__ needs a range or a slice"));
    };
    let bounds = tuple_of([start.clone(), stop.clone(), step.clone()]);
    Ok(tuple_of([Value::Obj(class_of(&this).clone()), bounds]))
}
