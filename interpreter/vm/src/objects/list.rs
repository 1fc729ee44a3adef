//! A list's items, packed in 8 bytes each (`Packed`: NaN-boxing) instead of the 16 of a
//! `Value`. A list of ints or floats then takes what CPython's array of pointers takes, without
//! the int and float objects those point to; a list of objects takes what CPython's takes.
//!
//! The methods speak in `Value`s: items go in by value (the list takes the count) and come out
//! as counted copies, so callers never see the packing. A list's lock is never held while
//! Python code runs: callers that must run Python code take a snapshot (`to_vec`) or take the
//! items out, and drop removed items after unlocking.

#![allow(unsafe_code)]

use std::cell::UnsafeCell;

use crate::value::{Packed, PyObject, Value};

/// A list object's items, guarded by the lock bit in the list's header (`gc::Header::lock`),
/// so that a list is its 24-byte header and the items' vector: 48 bytes (CPython's 40-byte list
/// and its 16-byte collector head take 56).
pub struct ListCell(UnsafeCell<ListItems>);

// SAFETY: the items are only reached through `lock`, which admits one holder at a time.
unsafe impl Sync for ListCell {}

impl ListCell {
    pub fn new(items: ListItems) -> ListCell {
        ListCell(UnsafeCell::new(items))
    }

    /// The header of the list object this is the data of.
    fn header(&self) -> &crate::gc::Header {
        // SAFETY: a `ListCell` only exists as a list object's data, `DATA_OFFSET` bytes after
        // the object's header (it is made by `ObjRef::new` and never moved out).
        unsafe {
            let object = std::ptr::from_ref(self).cast::<u8>().sub(super::kind::DATA_OFFSET).cast::<PyObject>();
            &(*object).gc
        }
    }

    /// Waits for the items' lock and takes it.
    #[inline(always)]
    pub fn lock(&self) -> ListGuard<'_> {
        let header = self.header();
        header.lock();
        // SAFETY: the lock is held until the guard is dropped: no other reference to the items
        // exists meanwhile.
        ListGuard { header, items: unsafe { &mut *self.0.get() } }
    }

    /// Takes the items' lock if it is free.
    pub fn try_lock(&self) -> Option<ListGuard<'_>> {
        let header = self.header();
        // SAFETY: as in `lock`.
        header.try_lock().then(|| ListGuard { header, items: unsafe { &mut *self.0.get() } })
    }
}

/// The items of a locked list; dropping it releases the lock.
pub struct ListGuard<'a> {
    header: &'a crate::gc::Header,
    items: &'a mut ListItems,
}

impl std::ops::Deref for ListGuard<'_> {
    type Target = ListItems;

    fn deref(&self) -> &ListItems {
        self.items
    }
}

impl std::ops::DerefMut for ListGuard<'_> {
    fn deref_mut(&mut self) -> &mut ListItems {
        self.items
    }
}

impl Drop for ListGuard<'_> {
    #[inline(always)]
    fn drop(&mut self) {
        self.header.unlock();
    }
}

#[derive(Default, Clone)]
pub struct ListItems(Vec<Packed>);

impl ListItems {
    pub fn new() -> ListItems {
        ListItems(Vec::new())
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// How many items fit before the storage grows (`sys.getsizeof`).
    pub fn capacity(&self) -> usize {
        self.0.capacity()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// A counted copy of item `index`.
    #[inline]
    pub fn get(&self, index: usize) -> Option<Value> {
        self.0.get(index).map(Packed::get)
    }

    #[inline]
    pub fn push(&mut self, value: Value) {
        self.0.push(Packed::new(value));
    }

    pub fn pop(&mut self) -> Option<Value> {
        self.0.pop().map(Packed::into_value)
    }

    /// Inserts before `index` (at most the length).
    pub fn insert(&mut self, index: usize, value: Value) {
        self.0.insert(index, Packed::new(value));
    }

    /// Takes item `index` out (which must be in range).
    pub fn remove(&mut self, index: usize) -> Value {
        self.0.remove(index).into_value()
    }

    /// Counted copies of the items, in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = Value> + ExactSizeIterator + '_ {
        self.0.iter().map(Packed::get)
    }

    /// A snapshot of the items, for work that may run Python code (the lock is released).
    pub fn to_vec(&self) -> Vec<Value> {
        self.iter().collect()
    }

    /// The items, unpacked.
    pub fn into_vec(self) -> Vec<Value> {
        self.0.into_iter().map(Packed::into_value).collect()
    }

    pub fn extend(&mut self, values: impl IntoIterator<Item = Value>) {
        self.0.extend(values.into_iter().map(Packed::new));
    }

    /// The items `n` times over (`l * n`, `l *= n`), copied packed.
    pub fn repeated(&self, n: usize) -> ListItems {
        let mut out = Vec::with_capacity(self.0.len() * n);
        for _ in 0..n {
            out.extend(self.0.iter().cloned());
        }
        ListItems(out)
    }

    pub fn reverse(&mut self) {
        self.0.reverse();
    }

    /// Replaces the items in `range` by `values`, returning the items replaced.
    pub fn splice(&mut self, range: std::ops::Range<usize>, values: Vec<Value>) -> Vec<Value> {
        self.0.splice(range, values.into_iter().map(Packed::new)).map(Packed::into_value).collect()
    }

    /// The items in the order `order` gives (a permutation of their positions), moved without
    /// touching their counts.
    pub fn reordered(mut self, order: &[usize]) -> ListItems {
        debug_assert_eq!(order.len(), self.0.len());
        ListItems(order.iter().map(|&i| std::mem::take(&mut self.0[i])).collect())
    }

    /// Stores `value` at `index`, returning the packed item it replaces (cheaper to drop than
    /// to unpack; the caller drops it once the lock is released), or gives `value` back when
    /// `index` is out of range.
    #[inline]
    pub fn store(&mut self, index: usize, value: Value) -> Result<Packed, Value> {
        match self.0.get_mut(index) {
            Some(slot) => Ok(std::mem::replace(slot, Packed::new(value))),
            None => Err(value),
        }
    }

    /// The packed items, for readers that look without taking counts (the collector, sorts).
    pub fn packed(&self) -> &[Packed] {
        &self.0
    }

    pub fn packed_mut(&mut self) -> &mut [Packed] {
        &mut self.0
    }
}

impl From<Vec<Value>> for ListItems {
    fn from(values: Vec<Value>) -> ListItems {
        values.into_iter().collect()
    }
}

impl FromIterator<Value> for ListItems {
    fn from_iter<I: IntoIterator<Item = Value>>(values: I) -> ListItems {
        // Into a new vector (`extend` reserves the exact length of a vector's items): `collect`
        // from a `Vec<Value>` may reuse its allocation, twice the size the packed items need.
        let mut items = Vec::new();
        items.extend(values.into_iter().map(Packed::new));
        ListItems(items)
    }
}
