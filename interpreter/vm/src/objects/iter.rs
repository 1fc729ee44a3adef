//! The builtin iterators: one state enum, advanced by `protocols::iter::next`.

use crate::value::{ObjRef, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// A `longrange_iterator`'s place: `left` items from `next` on, `step` apart.
pub struct LongRange {
    pub next: num_bigint::BigInt,
    pub step: num_bigint::BigInt,
    pub left: num_bigint::BigInt,
}

pub enum IterState {
    /// Over a list (its length is read at each step, as CPython's list iterator does).
    List {
        list: ObjRef,
        index: usize,
    },
    Tuple {
        tuple: ObjRef,
        index: usize,
    },
    /// A str, by code point; `offset` is a byte offset into its WTF-8.
    Str {
        string: ObjRef,
        offset: usize,
    },
    Bytes {
        bytes: ObjRef,
        index: usize,
    },
    /// Over a range whose bounds and length fit an i64 (CPython's `range_iterator`); it keeps
    /// its place when exhausted, for `__reduce__`.
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Over any other range (CPython's `longrange_iterator`; boxed to keep the payload small).
    LongRange(Box<LongRange>),
    /// Over a dict's entries; `expected` is the size when iteration started, for CPython's
    /// "dictionary changed size during iteration", and `remaining` the entries still to come
    /// (one more is "dictionary keys changed during iteration").
    Dict {
        dict: ObjRef,
        position: usize,
        kind: DictViewKind,
        expected: usize,
        remaining: usize,
    },
    /// The `__getitem__` iteration protocol (and reversed() over sequences when `step` is -1).
    Seq {
        seq: Value,
        index: i64,
        step: i64,
    },
    /// Over a set or frozenset, in CPython's table order (a snapshot; `expected` is the size
    /// when iteration started, for "Set changed size during iteration").
    Set {
        set: ObjRef,
        items: Vec<Value>,
        index: usize,
        expected: usize,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        callable: Value,
        sentinel: Value,
    },
    Enumerate {
        iter: Value,
        count: Value,
        /// The pair returned last, given again (with new items) once its consumer has let go
        /// of it (`tuple::reuse_pair`).
        last: Option<ObjRef>,
    },
    /// The iterators are shared (`Arc`): each step takes them without holding the state's
    /// lock while they run, and without copying a vector.
    Zip {
        iters: std::sync::Arc<[Value]>,
        strict: bool,
        /// Over two iterables: the pair returned last, as for `Enumerate`.
        last: Option<ObjRef>,
    },
    Map {
        func: Value,
        iters: std::sync::Arc<[Value]>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    Exhausted,
}
