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

/// Keeps `dict`, which `object` had as its `__dict__`, until `object` is freed; the object's
/// collector header carries the mark.
pub(crate) fn keep(object: &PyObject, dict: ObjRef) {
    let address = std::ptr::from_ref(object) as usize;
    DISPLACED.lock().get_or_insert_with(HashMap::new).entry(address).or_default().push(dict);
    object.gc.set_displaced_dicts();
}

/// Lets go of the dicts kept for `object`, which is being freed (its header had the mark; the
/// caller read it before the header was cleared).
pub(crate) fn release(object: &PyObject) {
    // Dropped after the lock: freeing a dict may free objects that have entries here.
    drop(remove(object));
}

/// The dicts kept for `object`, taken out of the table, for the cycle collector clearing it
/// (an unreachable object: nothing can still read its old dicts).
pub(crate) fn take(object: &PyObject) -> Vec<ObjRef> {
    if !object.gc.has_displaced_dicts() {
        return Vec::new();
    }
    remove(object)
}

fn remove(object: &PyObject) -> Vec<ObjRef> {
    let address = std::ptr::from_ref(object) as usize;
    DISPLACED.lock().as_mut().and_then(|table| table.remove(&address)).unwrap_or_default()
}

/// Calls `visit` with each dict kept for `object` (the collector sees them as its references,
/// so that a cycle through an old dict is found).
pub(crate) fn for_each(object: &PyObject, mut visit: impl FnMut(&ObjRef)) {
    let address = std::ptr::from_ref(object) as usize;
    if let Some(dicts) = DISPLACED.lock().as_ref().and_then(|table| table.get(&address)) {
        dicts.iter().for_each(&mut visit);
    }
}
