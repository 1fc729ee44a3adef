//! A tuple's items. Up to `INLINE` of them live in the object itself, so that the tuples made
//! most often (pairs from `enumerate`, `zip` and `dict.items`, keys, returned values) take one
//! allocation and one pointer less to reach; longer tuples keep their items in a boxed slice.

#![allow(unsafe_code)]

use std::cell::UnsafeCell;
use std::mem::{ManuallyDrop, MaybeUninit};
use std::ops::Deref;

use crate::objects::Payload;
use crate::value::{ObjRef, Value};

/// How many items fit in the object: the payload has 56 bytes beside its tag, a length and
/// three values.
pub const INLINE: usize = 3;

pub struct TupleItems {
    len: usize,
    /// In a cell for `reuse_pair` alone: a tuple's items never change while anything but
    /// its one owner can see it.
    storage: UnsafeCell<Storage>,
}

// SAFETY: the items are only read through shared references, except by `reuse_pair`, which
// changes them while its caller holds the only reference to the tuple (no other thread can
// reach it).
unsafe impl Sync for TupleItems {}
unsafe impl Send for TupleItems {}

/// The items themselves: `inline` when `len <= INLINE` (its first `len` entries initialized),
/// else `heap` (a slice of `len` items).
union Storage {
    inline: ManuallyDrop<[MaybeUninit<Value>; INLINE]>,
    heap: ManuallyDrop<Box<[Value]>>,
}

impl TupleItems {
    /// Items taken from the end of `values` (the eval loop's stack): `count` of them move, in
    /// order, without a vector in between when they fit inline. (Out of line: in the eval loop
    /// its loops cost the other instructions registers.)
    #[inline(never)]
    pub fn from_tail(values: &mut Vec<Value>, count: usize) -> TupleItems {
        let at = values.len() - count;
        if count > INLINE {
            return values.split_off(at).into();
        }
        TupleItems::inline_from_tail(values, count)
    }

    /// Moves the last `count` (at most `INLINE`) values of `values` into a tuple's items.
    #[inline]
    fn inline_from_tail(values: &mut Vec<Value>, count: usize) -> TupleItems {
        debug_assert!(count <= INLINE && count <= values.len());
        let mut inline = [const { MaybeUninit::uninit() }; INLINE];
        let at = values.len() - count;
        // SAFETY: the values move bitwise into the first `count` slots, and the vector is
        // shortened to forget them, so each keeps one owner.
        unsafe {
            std::ptr::copy_nonoverlapping(values.as_ptr().add(at), inline.as_mut_ptr().cast::<Value>(), count);
            values.set_len(at);
        }
        TupleItems { len: count, storage: UnsafeCell::new(Storage { inline: ManuallyDrop::new(inline) }) }
    }
}

impl From<Vec<Value>> for TupleItems {
    fn from(items: Vec<Value>) -> TupleItems {
        if items.len() <= INLINE {
            let mut items = items;
            let count = items.len();
            return TupleItems::inline_from_tail(&mut items, count);
        }
        TupleItems {
            len: items.len(),
            storage: UnsafeCell::new(Storage { heap: ManuallyDrop::new(items.into_boxed_slice()) }),
        }
    }
}

impl<const N: usize> From<[Value; N]> for TupleItems {
    #[inline]
    fn from(items: [Value; N]) -> TupleItems {
        if N <= INLINE {
            let mut inline = [const { MaybeUninit::uninit() }; INLINE];
            let items = ManuallyDrop::new(items);
            // SAFETY: the N values move bitwise into the first N slots (N <= INLINE); the
            // array they came from is forgotten, so each keeps one owner.
            unsafe { std::ptr::copy_nonoverlapping(items.as_ptr(), inline.as_mut_ptr().cast::<Value>(), N) };
            return TupleItems { len: N, storage: UnsafeCell::new(Storage { inline: ManuallyDrop::new(inline) }) };
        }
        let heap: Box<[Value]> = Box::new(items);
        TupleItems { len: N, storage: UnsafeCell::new(Storage { heap: ManuallyDrop::new(heap) }) }
    }
}

impl Deref for TupleItems {
    type Target = [Value];

    #[inline]
    fn deref(&self) -> &[Value] {
        if self.len <= INLINE {
            // SAFETY: the first `len` inline entries are initialized (see `Storage`).
            unsafe { std::slice::from_raw_parts((*self.storage.get()).inline.as_ptr().cast::<Value>(), self.len) }
        } else {
            // SAFETY: past `INLINE` items the storage is the boxed slice.
            unsafe { &(*self.storage.get()).heap }
        }
    }
}

impl Drop for TupleItems {
    fn drop(&mut self) {
        // SAFETY: as in `deref`; each item is dropped once, here.
        unsafe {
            if self.len <= INLINE {
                let items = (*self.storage.get_mut().inline).as_mut_ptr().cast::<Value>();
                std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(items, self.len));
            } else {
                ManuallyDrop::drop(&mut self.storage.get_mut().heap);
            }
        }
    }
}

/// Puts `items` in place of the two items of `tuple` when the caller's reference is the only
/// one (the consumer of the pair an iterator returned last time has dropped it): enumerate
/// and a two-way `zip` then make no new tuple per step, as CPython's do not. Gives the items
/// back when the tuple is shared (or not an exact pair); else the replaced items, for the
/// caller to drop once it holds no lock.
pub(crate) fn reuse_pair(tuple: &ObjRef, items: [Value; 2]) -> Result<[Value; 2], [Value; 2]> {
    let Payload::Tuple(pair) = tuple.payload() else { return Err(items) };
    if pair.len != 2 || tuple.count() != 1 || !ObjRef::ptr_eq(&tuple.class, &super::typeobj::types().tuple) {
        return Err(items);
    }
    // SAFETY: the count is 1 and the caller holds that reference, so nothing else (on any
    // thread) can reach the tuple to read its items meanwhile; a pair keeps its items inline.
    // Word by word (see `value::copy_words`): the new items were just written in pieces, and
    // the old ones were written the same way by the previous reuse.
    let old = unsafe {
        let slots = std::ptr::addr_of_mut!((*pair.storage.get()).inline).cast::<Value>();
        let old = [crate::value::take_words(slots), crate::value::take_words(slots.add(1))];
        let items = std::mem::ManuallyDrop::new(items);
        crate::value::copy_words(&items[0], slots);
        crate::value::copy_words(&items[1], slots.add(1));
        old
    };
    if !tuple.gc.is_tracked() && crate::gc::holds_tracked(&pair[..]) {
        // It may close a cycle now (CPython tracks a reused result tuple the same way).
        crate::gc::registry::track(tuple);
    }
    Ok(old)
}

/// The pair `(items)`: `last` with its items replaced when nothing else holds it (see
/// `reuse_pair`), else a new tuple. Called with no lock held: the replaced items are dropped
/// here, and a finalizer may run.
pub(crate) fn pair_reusing(last: Option<ObjRef>, items: [Value; 2]) -> ObjRef {
    let items = match &last {
        Some(pair) => match reuse_pair(pair, items) {
            Ok(replaced) => {
                drop(replaced);
                return last.expect("matched above");
            }
            Err(items) => items,
        },
        None => items,
    };
    drop(last);
    match super::tuple_of(items) {
        Value::Obj(pair) => pair,
        _ => unreachable!("a tuple is an object"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_and_boxed_items_read_back_in_order() {
        for n in 0..8 {
            let values: Vec<Value> = (0..n).map(Value::Int).collect();
            let items = TupleItems::from(values);
            assert_eq!(items.len(), n as usize);
            assert!(items.iter().enumerate().all(|(i, v)| matches!(v, Value::Int(x) if *x == i as i64)));
        }
        let mut stack: Vec<Value> = (0..6).map(Value::Int).collect();
        let items = TupleItems::from_tail(&mut stack, 2);
        assert!(matches!(&items[..], [Value::Int(4), Value::Int(5)]));
        assert_eq!(stack.len(), 4);
        let items = TupleItems::from([Value::None, Value::Bool(true)]);
        assert!(matches!(&items[..], [Value::None, Value::Bool(true)]));
    }
}
