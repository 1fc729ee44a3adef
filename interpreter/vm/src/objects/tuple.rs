//! A tuple's items. Up to `INLINE` of them live in the object itself, so that the tuples made
//! most often (pairs from `enumerate`, `zip` and `dict.items`, keys, returned values) take one
//! allocation and one pointer less to reach; longer tuples keep their items in a boxed slice.

#![allow(unsafe_code)]

use std::mem::{ManuallyDrop, MaybeUninit};
use std::ops::Deref;

use crate::value::Value;

/// How many items fit in the object: the payload has 56 bytes beside its tag, a length and
/// three values.
pub const INLINE: usize = 3;

pub struct TupleItems {
    len: usize,
    storage: Storage,
}

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
        TupleItems { len: count, storage: Storage { inline: ManuallyDrop::new(inline) } }
    }
}

impl From<Vec<Value>> for TupleItems {
    fn from(items: Vec<Value>) -> TupleItems {
        if items.len() <= INLINE {
            let mut items = items;
            let count = items.len();
            return TupleItems::inline_from_tail(&mut items, count);
        }
        TupleItems { len: items.len(), storage: Storage { heap: ManuallyDrop::new(items.into_boxed_slice()) } }
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
            return TupleItems { len: N, storage: Storage { inline: ManuallyDrop::new(inline) } };
        }
        let heap: Box<[Value]> = Box::new(items);
        TupleItems { len: N, storage: Storage { heap: ManuallyDrop::new(heap) } }
    }
}

impl Deref for TupleItems {
    type Target = [Value];

    #[inline]
    fn deref(&self) -> &[Value] {
        if self.len <= INLINE {
            // SAFETY: the first `len` inline entries are initialized (see `Storage`).
            unsafe { std::slice::from_raw_parts(self.storage.inline.as_ptr().cast::<Value>(), self.len) }
        } else {
            // SAFETY: past `INLINE` items the storage is the boxed slice.
            unsafe { &self.storage.heap }
        }
    }
}

impl Drop for TupleItems {
    fn drop(&mut self) {
        // SAFETY: as in `deref`; each item is dropped once, here.
        unsafe {
            if self.len <= INLINE {
                let items = (*self.storage.inline).as_mut_ptr().cast::<Value>();
                std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(items, self.len));
            } else {
                ManuallyDrop::drop(&mut self.storage.heap);
            }
        }
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
