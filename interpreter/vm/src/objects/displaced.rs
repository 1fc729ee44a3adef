//! The dicts that `obj.__dict__ = d` took from objects, kept until those objects are freed.
//!
//! An object's dict slot is read without a lock (`DictSlot`): code may hold a reference to the
//! dict it read while Python code runs and assigns the object a new `__dict__`. Freeing the
//! old dict then would leave that reference dangling, so it lives as long as the object does
//! (the object's collector header says it has some here; `PyObject`'s drop releases them).
//! Most assignments give a new object its first dict (`DictSlot::fill`) and need no entry.
//!
//! The table is process-wide, as the collector's registry is: objects are not tied to one
//! interpreter.

use std::collections::HashMap;

use parking_lot::Mutex;

use crate::value::{ObjRef, PyObject};

static DISPLACED: Mutex<Option<HashMap<usize, Vec<ObjRef>>>> = Mutex::new(None);

/// Keeps `dict`, which `object` had as its `__dict__`, until `object` is freed. Only tracked
/// objects have dict slots, and their header carries the mark.
pub(crate) fn keep(object: &PyObject, dict: ObjRef) {
    let address = std::ptr::from_ref(object) as usize;
    DISPLACED.lock().get_or_insert_with(HashMap::new).entry(address).or_default().push(dict);
    object.gc.set_displaced_dicts();
}

/// Lets go of the dicts kept for `object`, which is being freed.
pub(crate) fn release(object: &PyObject) {
    let address = std::ptr::from_ref(object) as usize;
    let dicts = DISPLACED.lock().as_mut().and_then(|table| table.remove(&address));
    // Dropped after the lock: freeing a dict may free objects that have entries here.
    drop(dicts);
}
