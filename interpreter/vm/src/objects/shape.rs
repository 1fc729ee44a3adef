//! Instance attributes kept by the class's shape, as CPython's split dicts keep them.
//!
//! A plain instance (`Payload::Instance` of a class whose instances have a `__dict__`) starts
//! with no dict of its own: its attribute values follow its `__slots__` values in the payload's
//! vector, in the order of its class's **shape**, the names the class's instances have set, in
//! the order they were first set. Every instance of `class P: def __init__(self): self.x = ...;
//! self.y = ...` sets x then y, so they share the names and each keeps only its values: one
//! vector instead of a dict object and its table.
//!
//! An instance moves to a dict of its own ("materializes", for good) when it is asked for its
//! `__dict__`, loses an attribute, sets its attributes in another order than the shape's, or
//! sets more than the shape holds. A dict, once made, is the only home of the attributes.
//!
//! The shape only grows, so a name's position never changes: the attribute cache keeps it as
//! its hint, and a lookup then checks one name (a pointer compare) and reads one value.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use crate::sync::Mutex;

use crate::objects::typeobj::type_data;
use crate::objects::{dict_of, new_dict, Payload};
use crate::value::{ObjRef, Value};

/// Names a shape holds at most; instances that set more move to a dict (as CPython's shared
/// keys stop at 30).
pub const SHAPE_CAPACITY: usize = 30;

/// The attribute names a class's instances have set, in the order first set.
pub struct Shape {
    names: [OnceLock<ObjRef>; SHAPE_CAPACITY],
    /// How many names are set; names below it never change.
    len: AtomicUsize,
    /// Held while a name is added.
    grow: Mutex<()>,
}

impl Default for Shape {
    fn default() -> Shape {
        Shape { names: [const { OnceLock::new() }; SHAPE_CAPACITY], len: AtomicUsize::new(0), grow: Mutex::new(()) }
    }
}

impl Shape {
    /// How many names the shape has.
    pub fn len(&self) -> usize {
        self.len.load(Ordering::Acquire)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn name(&self, index: usize) -> Option<&ObjRef> {
        self.names.get(index)?.get()
    }

    /// The position of `name` among the first `count` names.
    fn position(&self, name: &ObjRef, count: usize) -> Option<usize> {
        let names = &self.names[..count.min(SHAPE_CAPACITY)];
        let by_address = names.iter().position(|n| n.get().is_some_and(|n| ObjRef::ptr_eq(n, name)));
        // The shape's names are interned, as is every immortal str: for an interned name the
        // addresses decide.
        if by_address.is_some() || name.is_immortal() {
            return by_address;
        }
        // A name built at run time: compare the text.
        let text = exact_str_text(name)?;
        names.iter().position(|n| n.get().and_then(exact_str_text) == Some(text))
    }

    /// Makes `name` the shape's name at `index`, the next one, or finds it there already;
    /// false when another name is there or the shape is full.
    fn extend(&self, index: usize, name: &ObjRef) -> bool {
        if index >= SHAPE_CAPACITY {
            return false;
        }
        let _grow = self.grow.lock();
        let len = self.len.load(Ordering::Acquire);
        if index < len {
            return self.name(index).is_some_and(|n| same_name(n, name));
        }
        if index > len {
            return false;
        }
        let Some(text) = exact_str_text(name) else { return false };
        let interned = if name.is_immortal() { name.clone() } else { crate::objects::str::intern_wtf8(text) };
        // Only this thread (holding `grow`) sets names; the slot at `len` is free.
        let _ = self.names[index].set(interned);
        self.len.store(len + 1, Ordering::Release);
        true
    }
}

/// The text of an exact str (shapes hold only exact strs: a str subclass key goes to a dict).
fn exact_str_text(name: &ObjRef) -> Option<&[u8]> {
    match name.payload() {
        Payload::Str(s) if ObjRef::ptr_eq(&name.class, &crate::objects::typeobj::types().str) => Some(s.wtf8()),
        _ => None,
    }
}

fn same_name(a: &ObjRef, b: &ObjRef) -> bool {
    ObjRef::ptr_eq(a, b) || exact_str_text(a).is_some_and(|t| exact_str_text(b) == Some(t))
}

/// The values vector of an instance whose attributes live in its class's shape (no dict
/// yet), the shape, and how many `__slots__` values come before the attributes.
#[inline(always)]
fn shaped_values(obj: &ObjRef) -> Option<(&Mutex<Vec<Value>>, &Shape, usize)> {
    match obj.payload() {
        Payload::Instance(values) if obj.dict().is_none() => {
            let data = type_data(&obj.class);
            Some((values, data.shape.as_deref()?, data.slot_count))
        }
        _ => None,
    }
}

/// Whether `obj` is an instance that keeps its attributes in its class's shape.
pub fn is_shaped(obj: &ObjRef) -> bool {
    shaped_values(obj).is_some()
}

/// The values vector for a new plain instance of a class with `slot_count` slots: the slots
/// (unset), and room for the attributes its shape says instances set.
pub fn new_values(class: &ObjRef) -> Vec<Value> {
    let data = type_data(class);
    let room = data.shape.as_deref().map_or(0, Shape::len);
    let mut values = Vec::with_capacity(data.slot_count + room);
    values.resize_with(data.slot_count, || Value::Null);
    values
}

/// The bit of a lookup hint that marks a name found absent (see `get`); shapes hold far fewer
/// names than it.
const ABSENT: u32 = 1 << 31;

/// What a shaped instance says about an attribute.
pub enum Lookup {
    Found(Value),
    Missing,
    /// The object keeps its attributes in a dict (or has none): look there.
    NotShaped,
}

/// The attribute `name` of a shaped instance; `hint` is where the name was last time.
#[inline]
pub fn get(obj: &ObjRef, name: &ObjRef, hint: &mut u32) -> Lookup {
    let Some((values, shape, slots)) = shaped_values(obj) else { return Lookup::NotShaped };
    // The name's place in the shape is found without the values' lock: a name the shape lacks
    // (a method looked up through an instance, say) no instance of the class has.
    let mut at = *hint as usize;
    if !shape.name(at).is_some_and(|n| ObjRef::ptr_eq(n, name)) {
        // A hint can also say "absent while the shape had N names": the shape only grows.
        let len = shape.len();
        if *hint == ABSENT | len as u32 {
            return Lookup::Missing;
        }
        let Some(found) = shape.position(name, len) else {
            *hint = ABSENT | len as u32;
            return Lookup::Missing;
        };
        at = found;
        *hint = found as u32;
    }
    let values = values.lock();
    if obj.dict().is_some() {
        // Another thread made the dict meanwhile.
        return Lookup::NotShaped;
    }
    match values.get(slots + at) {
        Some(value) => Lookup::Found(value.clone()),
        None => Lookup::Missing,
    }
}

/// The value at `at` of the values vector (its `__slots__` values first) of an instance that
/// keeps its attributes in its class's shape: for a caller that knows the name there from the
/// class's version (`site_cache`), since a shape's names never move. None when the instance
/// has a dict or has not set that many attributes.
#[inline(always)]
pub fn get_at(obj: &ObjRef, at: usize) -> Option<Value> {
    let Payload::Instance(values) = obj.payload() else { return None };
    if obj.dict().is_some() {
        return None;
    }
    let values = values.lock();
    if obj.dict().is_some() {
        // Another thread made the dict meanwhile.
        return None;
    }
    values.get(at).cloned()
}

/// The place in the values vector (see `get_at`) of the attribute at `hint` in the shape of
/// `obj`'s class.
pub fn values_index(obj: &ObjRef, hint: u32) -> usize {
    type_data(&obj.class).slot_count + hint as usize
}

/// `get` where the name was last time (`hint`), and only there: the attribute of a shaped
/// instance that has set it; None for anything else (the caller then takes `get`'s path).
#[inline(always)]
pub fn get_hinted(obj: &ObjRef, name: &ObjRef, hint: u32) -> Option<Value> {
    let (values, shape, slots) = shaped_values(obj)?;
    if !shape.name(hint as usize).is_some_and(|n| ObjRef::ptr_eq(n, name)) {
        return None;
    }
    let values = values.lock();
    if obj.dict().is_some() {
        // Another thread made the dict meanwhile.
        return None;
    }
    values.get(slots + hint as usize).cloned()
}

/// Whether `obj` is a shaped instance that surely lacks the attribute whose lookup left
/// `hint`: `get` found the name absent while the shape had as many names as it has now.
#[inline(always)]
pub fn lacks_hinted(obj: &ObjRef, hint: u32) -> bool {
    shaped_values(obj).is_some_and(|(_, shape, _)| hint == ABSENT | shape.len() as u32)
}

/// Sets the attribute `name` of a shaped instance: Err(value) when `obj` is not one (or stops
/// being one here: the caller then sets it in the dict), else the value replaced, for the
/// caller to drop.
#[inline]
pub fn set(obj: &ObjRef, name: &ObjRef, value: Value, hint: &mut u32) -> Result<Option<Value>, Value> {
    let Some((values, shape, slots)) = shaped_values(obj) else { return Err(value) };
    let mut values = values.lock();
    if obj.dict().is_some() {
        return Err(value);
    }
    let count = values.len() - slots;
    let at = *hint as usize;
    if at < count && shape.name(at).is_some_and(|n| ObjRef::ptr_eq(n, name)) {
        return Ok(Some(std::mem::replace(&mut values[slots + at], value)));
    }
    // A new attribute that is the shape's next name, as in the instances made before (a
    // shape's names are distinct, so it is not among the first `count`).
    if shape.name(count).is_some_and(|n| ObjRef::ptr_eq(n, name)) {
        *hint = count as u32;
        values.push(value);
        return Ok(None);
    }
    if let Some(at) = shape.position(name, count) {
        *hint = at as u32;
        return Ok(Some(std::mem::replace(&mut values[slots + at], value)));
    }
    // A name the shape gains now.
    if shape.extend(count, name) {
        *hint = count as u32;
        values.push(value);
        return Ok(None);
    }
    materialize_locked(obj, shape, slots, &mut values);
    Err(value)
}

/// The instance dict of `obj`, made now from its shaped attributes if it has none yet; None
/// for objects without a `__dict__`.
pub fn instance_dict(obj: &ObjRef) -> Option<ObjRef> {
    if let Some((values, shape, slots)) = shaped_values(obj) {
        materialize_locked(obj, shape, slots, &mut values.lock());
    }
    let data = crate::objects::typeobj::type_data(&obj.class);
    if data.dict_holds_slots {
        return if data.holder_has_dict { held_dict(obj) } else { None };
    }
    obj.dict().get()
}

/// Makes `dict` the object's `__dict__` (`obj.__dict__ = dict`), that very object: a shaped
/// instance drops its shaped attributes, an instance whose dict holds its slots' values keeps
/// `dict` in that holder.
pub fn replace_dict(obj: &ObjRef, dict: ObjRef) {
    if crate::objects::typeobj::type_data(&obj.class).dict_holds_slots {
        if let Some(holder) = obj.dict().as_ref().and_then(|holder| dict_of(holder)) {
            holder.set_str(&crate::objects::str::intern_static("__dict__"), Value::Obj(dict));
        }
        return;
    }
    if let Some((values, _, slots)) = shaped_values(obj) {
        let mut values = values.lock();
        if obj.dict().is_none() {
            let attributes: Vec<Value> = values.drain(slots..).collect();
            // SAFETY: the slot is empty (checked above) and the values' lock is held.
            #[allow(unsafe_code)]
            unsafe {
                obj.dict().fill(dict)
            };
            // The old attributes go after the lock (their finalizers may run Python code).
            drop(values);
            drop(attributes);
            return;
        }
    }
    if let Some(old) = obj.dict().replace(Some(dict)) {
        crate::objects::displaced::keep(obj, old);
    }
}

/// The `__dict__` an instance whose dict holds its slots' values keeps in that holder (see
/// `TypeData::dict_holds_slots`), made now if it has none yet.
fn held_dict(obj: &ObjRef) -> Option<ObjRef> {
    let holder = dict_of(obj.dict().as_ref()?)?;
    let key = crate::objects::str::intern_static("__dict__");
    if let Some(Value::Obj(dict)) = holder.get_str(&key) {
        return Some(dict);
    }
    let dict = new_dict();
    holder.set_str(&key, Value::Obj(dict.clone()));
    Some(dict)
}

/// The dict that holds `obj`'s own attributes: its dict, or the `__dict__` kept beside its
/// slots' values (None when it has neither).
pub fn attribute_dict(obj: &ObjRef) -> Option<ObjRef> {
    let dict = obj.dict().as_ref()?;
    if crate::objects::typeobj::type_data(&obj.class).dict_holds_slots {
        return instance_dict(obj);
    }
    Some(dict.clone())
}

/// An attribute in the object's own namespace: its dict, or its shaped values.
pub fn own_attr(obj: &ObjRef, name: &ObjRef) -> Option<Value> {
    match get(obj, name, &mut 0) {
        Lookup::Found(value) => Some(value),
        Lookup::Missing => None,
        Lookup::NotShaped if crate::objects::typeobj::type_data(&obj.class).dict_holds_slots => {
            dict_of(&attribute_dict(obj)?)?.get_str(name)
        }
        Lookup::NotShaped => dict_of(obj.dict().as_ref()?)?.get_str(name),
    }
}

/// Sets an attribute in the object's own namespace; false when it has none (no `__dict__`).
pub fn set_own_attr(obj: &ObjRef, name: &ObjRef, value: Value) -> bool {
    match set(obj, name, value, &mut 0) {
        Ok(old) => drop(old),
        Err(value) => match attribute_dict(obj) {
            Some(dict) => match dict_of(&dict) {
                Some(dict) => dict.set_str(name, value),
                None => return false,
            },
            None => return false,
        },
    }
    true
}

/// Moves a shaped instance's attributes into a new dict of its own (the caller holds the
/// values' lock; nothing happens when another thread got there first).
fn materialize_locked(obj: &ObjRef, shape: &Shape, slots: usize, values: &mut Vec<Value>) {
    if obj.dict().is_some() {
        return;
    }
    let dict = new_dict();
    if let Some(d) = dict_of(&dict) {
        for (i, value) in values.drain(slots..).enumerate() {
            if let Some(name) = shape.name(i) {
                d.set_str(name, value);
            }
        }
    }
    // SAFETY: the slot is empty (checked above) and the values' lock is held.
    #[allow(unsafe_code)]
    unsafe {
        obj.dict().fill(dict)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shape_keeps_positions() {
        let shape = Shape::default();
        let x = crate::objects::str::intern("x");
        let y = crate::objects::str::intern("y");
        assert!(shape.extend(0, &x));
        assert!(shape.extend(1, &y));
        assert!(shape.extend(0, &x), "the name already there");
        assert!(!shape.extend(0, &y), "another name is there");
        assert!(!shape.extend(3, &y), "past the end");
        assert_eq!(shape.position(&y, 2), Some(1));
        assert_eq!(shape.position(&y, 1), None, "only the first names count");
    }
}
