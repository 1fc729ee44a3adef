//! Weak references (the native `_weakref` module): `ref` objects that do not keep their object
//! alive, with callbacks, and `getweakrefcount`/`getweakrefs`.
//!
//! A process-wide table maps each weakly referenced object's address to the weak reference
//! objects pointing at it (their addresses: the table holds no counts). Freeing an object whose
//! class ever had a weak reference made to an instance (`TypeData::weakly_referenced`) clears its
//! entry first: every reference goes dead, and callbacks are queued for the thread's next
//! finalization point. A weak reference object leaves the table when it is freed itself.
//! Both sides hold the table's lock while they look at the other's memory, so neither can see
//! freed memory; a count that already reached zero is never raised again (`ObjRef::upgrade`).

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use parking_lot::Mutex;

use crate::builtins::{add_methods, native_function};
use crate::method;
use crate::objects::exception::type_error;
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::str::{intern, new_str};
use crate::objects::typeobj::{new_builtin_type, set_builtin_attr, type_data, type_name, types, BaseKind};
use crate::objects::{new_dict, OwnedPayload, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, PyObject, Value};
use crate::PyResult;

/// Weakly referenced objects (by address) and the weak references to each, oldest first.
static TABLE: Mutex<Option<HashMap<usize, Vec<usize>>>> = Mutex::new(None);

/// The state of a `weakref.ref` object.
struct WeakRef {
    /// The object's address, 0 once it died.
    target: AtomicUsize,
    /// The callback (None when there is none, or after it was queued).
    callback: Mutex<Value>,
    /// The object's hash, kept once asked for (a dead reference still answers with it).
    hash: Mutex<Option<i64>>,
}

impl Drop for WeakRef {
    fn drop(&mut self) {
        let target = self.target.load(Ordering::Relaxed);
        if target == 0 {
            return;
        }
        let me = std::ptr::from_ref(self) as usize;
        let mut table = TABLE.lock();
        if let Some(refs) = table.as_mut().and_then(|t| t.get_mut(&target)) {
            refs.retain(|&r| state_address(r) != me);
            if refs.is_empty() {
                table.as_mut().map(|t| t.remove(&target));
            }
        }
    }
}

/// The address of the `WeakRef` state inside a weak reference object at `object`.
fn state_address(object: usize) -> usize {
    // SAFETY: addresses in the table are of live weak reference objects (they leave the table
    // in their state's Drop, under the table's lock, which the caller holds).
    #[allow(unsafe_code)]
    let object = unsafe { &*(object as *const PyObject) };
    match object.payload() {
        Payload::Native(state) => state.downcast_ref::<WeakRef>().map_or(0, |s| std::ptr::from_ref(s) as usize),
        _ => 0,
    }
}

fn state_of(object: &PyObject) -> Option<&WeakRef> {
    match object.payload() {
        Payload::Native(state) => state.downcast_ref::<WeakRef>(),
        _ => None,
    }
}

/// Called while `object` is freed: its weak references die, and their callbacks are queued.
pub(crate) fn clear_references_to(object: &PyObject) {
    // Outside the lock: dropping a reference may free it, which takes the lock.
    for weakref in kill_references_to(object) {
        let callback = state_of(&weakref).map(|s| std::mem::replace(&mut *s.callback.lock(), Value::None));
        match callback {
            Some(callback) if !callback.is_none() => crate::finalize::queue_weak_callback(callback, weakref),
            _ => drop(weakref),
        }
    }
}

/// Called by the cycle collector for an unreachable object: its weak references die, and the
/// callbacks of those that are not unreachable themselves are added to `callbacks` (as CPython:
/// a weak reference that is garbage too calls nothing).
pub(crate) fn clear_for_collection(object: &PyObject, callbacks: &mut Vec<(ObjRef, Value)>) {
    if !type_data(&object.class).weakly_referenced.load(Ordering::Relaxed) {
        return;
    }
    for weakref in kill_references_to(object) {
        if weakref.gc.is_unreachable() {
            continue;
        }
        let callback = state_of(&weakref).map(|s| std::mem::replace(&mut *s.callback.lock(), Value::None));
        if let Some(callback) = callback.filter(|c| !c.is_none()) {
            callbacks.push((weakref, callback));
        }
    }
}

/// The weak reference's callback is what the cycle collector sees of it (its weakref rules).
impl crate::gc::traverse::NativeData for WeakRef {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.callback.lock());
    }

    fn clear(&self) -> Vec<Value> {
        vec![std::mem::replace(&mut *self.callback.lock(), Value::None)]
    }
}

/// Makes every weak reference to `object` dead; returns those still alive.
fn kill_references_to(object: &PyObject) -> Vec<ObjRef> {
    let address = std::ptr::from_ref(object) as usize;
    let mut live_refs = Vec::new();
    {
        let mut table = TABLE.lock();
        let Some(refs) = table.as_mut().and_then(|t| t.remove(&address)) else { return live_refs };
        for r in refs {
            // SAFETY: `r` is in the table, so its memory is live while the lock is held.
            #[allow(unsafe_code)]
            let object = unsafe { &*(r as *const PyObject) };
            if let Some(state) = state_of(object) {
                state.target.store(0, Ordering::Relaxed);
            }
            // SAFETY: as above.
            #[allow(unsafe_code)]
            if let Some(strong) = unsafe { ObjRef::upgrade(object) } {
                live_refs.push(strong);
            }
        }
    }
    live_refs
}

/// The object a weak reference points to, if it is alive.
fn referent(state: &WeakRef) -> Option<ObjRef> {
    let _table = TABLE.lock();
    let target = state.target.load(Ordering::Relaxed);
    if target == 0 {
        return None;
    }
    // SAFETY: the object is in the table (its reference is not dead), so it is not freed while
    // the lock is held.
    #[allow(unsafe_code)]
    unsafe {
        ObjRef::upgrade(target as *const PyObject)
    }
}

/// Whether instances of the object's type can be weakly referenced (CPython's list).
fn weakly_referenceable(value: &Value) -> bool {
    let Value::Obj(obj) = value else { return false };
    if type_data(&obj.class).heap {
        return type_data(&obj.class).weakrefable;
    }
    // Bound slot wrappers (`obj.__init__` of a builtin) are CPython's method-wrappers: no.
    if let Payload::Builtin(builtin) = obj.payload() {
        return builtin.bound.is_none() || !builtin.name.starts_with("__");
    }
    matches!(
        obj.payload(),
        Payload::Function(_)
            | Payload::Type(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Generator(_)
            | Payload::Code(_)
            | Payload::Module
            | Payload::Method(_)
            | Payload::MemoryView(_)
            | Payload::Native(_)
    )
}

/// `ref(object[, callback])` and its subclasses' construction.
fn ref_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(class)) = args.values.first() else {
        return Err(type_error("ref.__new__(X): X is not a type object"));
    };
    let rest = &args.pos()[1..];
    let plain = !type_data(class).heap;
    // A call of `ref` itself takes no keywords (a subclass's `__init__` may).
    if plain && !args.kwnames.is_empty() {
        return Err(type_error("ref() takes no keyword arguments"));
    }
    if rest.is_empty() {
        return Err(type_error("__new__ expected at least 1 argument, got 0"));
    }
    if rest.len() > 2 {
        return Err(type_error(format!("__new__ expected at most 2 arguments, got {}", rest.len())));
    }
    let target = &rest[0];
    let callback = rest.get(1).cloned().unwrap_or(Value::None);
    if !weakly_referenceable(target) {
        return Err(type_error(format!("cannot create weak reference to '{}' object", type_name(target))));
    }
    let Value::Obj(target_obj) = target else { unreachable!("checked above") };
    let address = target_obj.addr();
    let mut table = TABLE.lock();
    let refs = table.get_or_insert_with(HashMap::new).entry(address).or_default();
    // A plain `ref(obj)` without a callback is shared.
    if plain && callback.is_none() {
        for &r in refs.iter() {
            // SAFETY: `r` is in the table, so it is live while the lock is held.
            #[allow(unsafe_code)]
            let object = unsafe { &*(r as *const PyObject) };
            let reusable =
                ObjRef::ptr_eq(&object.class, class) && state_of(object).is_some_and(|s| s.callback.lock().is_none());
            if reusable {
                // SAFETY: as above.
                #[allow(unsafe_code)]
                if let Some(existing) = unsafe { ObjRef::upgrade(object) } {
                    return Ok(Value::Obj(existing));
                }
            }
        }
    }
    let callback_is_none = callback.is_none();
    let state = WeakRef { target: AtomicUsize::new(address), callback: Mutex::new(callback), hash: Mutex::new(None) };
    let dict = type_data(class).instance_dict.then(new_dict);
    let weakref = ObjRef::new(class.clone(), dict, OwnedPayload::Native(Box::new(state)));
    // The shared plain reference comes first in `getweakrefs`, as in CPython.
    if plain && callback_is_none {
        refs.insert(0, weakref.addr());
    } else {
        refs.push(weakref.addr());
    }
    type_data(&target_obj.class).weakly_referenced.store(true, Ordering::Relaxed);
    Ok(Value::Obj(weakref))
}

/// A subclass's `__init__` may take more arguments than `ref` does.
fn ref_init(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match args.pos().len().saturating_sub(1) {
        0 => Err(type_error("__init__ expected at least 1 argument, got 0")),
        n if n > 2 => Err(type_error(format!("__init__ expected at most 2 arguments, got {n}"))),
        _ => Ok(Value::None),
    }
}

fn this(args: &Args<'_>) -> PyResult<&'static WeakRef> {
    let state = match args.values.first().and_then(Value::payload) {
        Some(Payload::Native(state)) => state.downcast_ref::<WeakRef>(),
        _ => None,
    };
    // SAFETY: the state lives as long as the object the caller's arguments hold.
    #[allow(unsafe_code)]
    state
        .map(|s| unsafe { &*std::ptr::from_ref(s) })
        .ok_or_else(|| type_error("descriptor requires a 'weakref.ReferenceType' object"))
}

/// `r()`: the object, or None once it died.
fn ref_call(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = this(&args)?;
    if args.values.len() > 1 {
        return Err(type_error(format!("weakref() takes no arguments ({} given)", args.values.len() - 1)));
    }
    Ok(referent(state).map_or(Value::None, Value::Obj))
}

fn ref_hash(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = this(&args)?;
    if let Some(hash) = *state.hash.lock() {
        return Ok(Value::Int(hash));
    }
    let Some(target) = referent(state) else { return Err(type_error("weak object has gone away")) };
    let hash = crate::protocols::hash_value(thread, &Value::Obj(target))?;
    *state.hash.lock() = Some(hash);
    Ok(Value::Int(hash))
}

/// `==`: two live references compare their objects; otherwise identity.
fn ref_compare(thread: &mut Thread, args: Args<'_>, equal: bool) -> PyResult<Value> {
    let state = this(&args)?;
    let other = args.values.get(1).cloned().unwrap_or(Value::None);
    let other_state = match other.payload() {
        Some(Payload::Native(s)) => s.downcast_ref::<WeakRef>(),
        _ => None,
    };
    let Some(other_state) = other_state else { return Ok(crate::builtins::not_implemented()) };
    let answer = match (referent(state), referent(other_state)) {
        (Some(a), Some(b)) => crate::protocols::compare::rich_eq(thread, &Value::Obj(a), &Value::Obj(b))?,
        _ => args.values[0].is(&other),
    };
    Ok(Value::Bool(answer == equal))
}

fn ref_eq(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    ref_compare(thread, args, true)
}

fn ref_ne(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    ref_compare(thread, args, false)
}

fn ref_repr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = this(&args)?;
    let me = args.values[0].as_obj().map_or(0, ObjRef::addr);
    let text = match referent(state) {
        None => format!("<weakref at {me:#x}; dead>"),
        Some(target) => {
            let target = Value::Obj(target);
            let name = crate::protocols::attr::getattr(thread, &target, &intern("__name__"))
                .ok()
                .and_then(|n| crate::objects::str::as_pystr(&n).map(|s| s.as_str().into_owned()));
            let class = type_name(&target);
            let address = target.as_obj().map_or(0, ObjRef::addr);
            match name {
                Some(name) => format!("<weakref at {me:#x}; to '{class}' at {address:#x} ({name})>"),
                None => format!("<weakref at {me:#x}; to '{class}' at {address:#x}>"),
            }
        }
    };
    Ok(new_str(text))
}

fn ref_callback(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(this(&args)?.callback.lock().clone())
}

/// The weak references to `value` that are alive, oldest first.
pub(crate) fn references_to(value: &Value) -> Vec<ObjRef> {
    let Value::Obj(obj) = value else { return Vec::new() };
    let table = TABLE.lock();
    let Some(refs) = table.as_ref().and_then(|t| t.get(&obj.addr())) else { return Vec::new() };
    refs.iter()
        // SAFETY: the references are in the table, so they are live while the lock is held.
        .filter_map(|&r| {
            #[allow(unsafe_code)]
            unsafe {
                ObjRef::upgrade(r as *const PyObject)
            }
        })
        .collect()
}

fn getweakrefcount(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [value] = args.values else {
        return Err(type_error(format!(
            "_weakref.getweakrefcount() takes exactly one argument ({} given)",
            args.values.len()
        )));
    };
    Ok(Value::Int(references_to(value).len() as i64))
}

fn getweakrefs(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [value] = args.values else {
        return Err(type_error(format!("getweakrefs() takes exactly one argument ({} given)", args.values.len())));
    };
    Ok(crate::objects::list(references_to(value).into_iter().map(Value::Obj).collect()))
}

/// `_remove_dead_weakref(dict, key)`: deletes `dict[key]` if it is a dead weak reference, in
/// one step under the dict's lock: a weak-valued dictionary's callback, run by a collection on
/// another thread, must not delete a live value stored under the same key meanwhile.
fn remove_dead_weakref(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [dict, key] = args.values else {
        return Err(type_error(format!("_remove_dead_weakref expected 2 arguments, got {}", args.values.len())));
    };
    let Some(table) = crate::objects::as_dict(dict) else {
        return Err(type_error(format!("_remove_dead_weakref() argument 1 must be dict, not {}", type_name(dict))));
    };
    let not_weakref = std::cell::Cell::new(false);
    let is_dead = |value: &Value| match value.as_obj().and_then(|obj| state_of(obj)) {
        Some(state) => state.target.load(Ordering::Acquire) == 0,
        None => {
            not_weakref.set(true);
            false
        }
    };
    drop(table.remove_if(thread, key, is_dead)?);
    if not_weakref.get() {
        return Err(type_error("not a weakref"));
    }
    Ok(Value::None)
}

/// Makes the `_weakref` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let t = types();
    let ref_class = new_builtin_type(&t.type_, "ReferenceType", std::slice::from_ref(&t.object), BaseKind::Other, true);
    set_builtin_attr(&ref_class, "__module__", new_str("weakref"));
    add_methods(
        &ref_class,
        &[
            method!("__new__", ref_new, StaticMethod),
            method!("__init__", ref_init),
            method!("__call__", ref_call),
            method!("__hash__", ref_hash),
            method!("__eq__", ref_eq),
            method!("__ne__", ref_ne),
            method!("__repr__", ref_repr),
        ],
    );
    let getter = native_function("__callback__", ref_callback, BuiltinKind::Function, None);
    let property = crate::objects::Property::payload(getter, Value::None, Value::None, Value::None);
    set_builtin_attr(&ref_class, "__callback__", Value::Obj(ObjRef::new(t.property.clone(), None, property)));

    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    ns.set_str(&intern("ref"), Value::Obj(ref_class.clone()));
    ns.set_str(&intern("ReferenceType"), Value::Obj(ref_class));
    ns.set_str(
        &intern("getweakrefcount"),
        native_function("getweakrefcount", getweakrefcount, BuiltinKind::Function, None),
    );
    ns.set_str(&intern("getweakrefs"), native_function("getweakrefs", getweakrefs, BuiltinKind::Function, None));
    ns.set_str(
        &intern("_remove_dead_weakref"),
        native_function("_remove_dead_weakref", remove_dead_weakref, BuiltinKind::Function, None),
    );
    Ok(crate::objects::new_module("_weakref", dict))
}
