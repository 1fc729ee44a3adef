//! A deque as a sequence: items by index (get, set, delete, insert) and the methods that
//! compare items with a value (`in`, count, index, remove).
//!
//! Comparing runs Python code (`__eq__`), which may change the deque: each item is compared
//! with the lock released, and the deque's change counter is read again afterwards, as CPython
//! checks its own, with the same errors.

use super::deque::Deque;
use super::{slot_args, this};
use crate::builtins::arity::{slice_bound, ssize_arg};
use crate::builtins::Method;
use crate::method;
use crate::modules::arguments::{no_keywords, single};
use crate::objects::exception::{index_error, runtime_error, type_error, value_error, PyErr};
use crate::objects::function::Args;
use crate::objects::typeobj::type_name;
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

pub(super) const METHODS: &[Method] = &[
    method!("__getitem__", getitem),
    method!("__setitem__", setitem),
    method!("__delitem__", delitem),
    method!("__contains__", contains),
    method!("count", count),
    method!("index", index),
    method!("insert", insert),
    method!("remove", remove),
];

fn mutated() -> PyErr {
    runtime_error("deque mutated during iteration")
}

/// A subscript: an int or an object with `__index__` (a slice is refused, as CPython's deque
/// refuses it).
fn subscript(thread: &mut Thread, key: &Value) -> PyResult<i64> {
    if !crate::objects::int::is_int(key) && protocols::special(key, "__index__").is_none() {
        return Err(type_error(format!("sequence index must be integer, not '{}'", type_name(key))));
    }
    protocols::number::index_of(thread, key)
}

/// `index` made non-negative, if it is within `len`.
fn position(index: i64, len: usize) -> Option<usize> {
    let at = if index < 0 { index.checked_add(len as i64)? } else { index };
    (0..len as i64).contains(&at).then_some(at as usize)
}

fn out_of_range() -> PyErr {
    index_error("deque index out of range")
}

fn getitem(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(&args, "__getitem__")?;
    let [key] = slot_args::<1>(&rest)?;
    let index = subscript(thread, key)?;
    let inner = deque.lock();
    position(index, inner.items.len()).and_then(|at| inner.items.get(at).cloned()).ok_or_else(out_of_range)
}

fn setitem(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(&args, "__setitem__")?;
    let [key, value] = slot_args::<2>(&rest)?;
    let index = subscript(thread, key)?;
    let old = {
        let mut inner = deque.lock();
        let at = position(index, inner.items.len()).ok_or_else(out_of_range)?;
        std::mem::replace(&mut inner.items[at], value.clone())
    };
    drop(old);
    Ok(Value::None)
}

fn delitem(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(&args, "__delitem__")?;
    let [key] = slot_args::<1>(&rest)?;
    let index = subscript(thread, key)?;
    let old = {
        let mut inner = deque.lock();
        let at = position(index, inner.items.len()).ok_or_else(out_of_range)?;
        inner.changed();
        inner.items.remove(at)
    };
    drop(old);
    Ok(Value::None)
}

/// `insert(index, value)`: before `index`, clamped to the ends as `list.insert` clamps it.
fn insert(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(&args, "insert")?;
    no_keywords(&rest, "deque.insert")?;
    let [index, value] = rest.pos() else {
        return Err(type_error(format!("insert() takes exactly 2 arguments ({} given)", rest.pos().len())));
    };
    let index = ssize_arg(thread, index)?;
    let mut inner = deque.lock();
    let len = inner.items.len();
    if inner.maxlen.is_some_and(|max| len >= max) {
        return Err(index_error("deque already at its maximum size"));
    }
    let at = if index < 0 { index.saturating_add(len as i64).max(0) as usize } else { (index as usize).min(len) };
    inner.changed();
    inner.items.insert(at, value.clone());
    Ok(Value::None)
}

impl Deque {
    /// The change counter and the length, read together.
    fn state_and_len(&self) -> (u64, usize) {
        let inner = self.lock();
        (inner.state, inner.items.len())
    }

    /// Item `at`, if the deque has not changed since it was in `state`.
    fn item_unchanged(&self, at: usize, state: u64) -> Option<Value> {
        let inner = self.lock();
        (inner.state == state).then(|| inner.items.get(at).cloned()).flatten()
    }

    fn unchanged(&self, state: u64) -> bool {
        self.lock().state == state
    }
}

/// `item == value` as CPython's containers test it: identity first.
fn matches(thread: &mut Thread, item: &Value, value: &Value) -> PyResult<bool> {
    if item.is(value) {
        return Ok(true);
    }
    protocols::compare::rich_eq(thread, item, value)
}

/// The position of the first item in `start..stop` equal to `value`. A change of the deque by
/// a comparison that found no match is a RuntimeError.
fn find(
    thread: &mut Thread,
    deque: &Deque,
    value: &Value,
    start: usize,
    stop: usize,
    state: u64,
) -> PyResult<Option<usize>> {
    for at in start..stop {
        let item = deque.item_unchanged(at, state).ok_or_else(mutated)?;
        if matches(thread, &item, value)? {
            return Ok(Some(at));
        }
    }
    if !deque.unchanged(state) {
        return Err(mutated());
    }
    Ok(None)
}

fn contains(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(&args, "__contains__")?;
    let [value] = slot_args::<1>(&rest)?;
    let (state, len) = deque.state_and_len();
    Ok(Value::Bool(find(thread, deque, value, 0, len, state)?.is_some()))
}

fn count(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(&args, "count")?;
    let value = single("deque.count", &rest)?;
    let (state, len) = deque.state_and_len();
    let mut count = 0;
    for at in 0..len {
        let item = deque.item_unchanged(at, state).ok_or_else(mutated)?;
        if matches(thread, &item, value)? {
            count += 1;
        }
    }
    if !deque.unchanged(state) {
        return Err(mutated());
    }
    Ok(Value::Int(count))
}

/// `index(value[, start[, stop]])`: bounds as a slice's.
fn index(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(&args, "index")?;
    no_keywords(&rest, "deque.index")?;
    let given = rest.pos();
    match given.len() {
        0 => return Err(type_error("index() takes at least 1 argument (0 given)")),
        n if n > 3 => return Err(type_error(format!("index() takes at most 3 arguments ({n} given)"))),
        _ => {}
    }
    let start = match given.get(1) {
        Some(v) => slice_bound(thread, v)?,
        None => 0,
    };
    let stop = match given.get(2) {
        Some(v) => Some(slice_bound(thread, v)?),
        None => None,
    };
    let (state, len) = deque.state_and_len();
    let len_i = len as i64;
    let clamp = |n: i64| if n < 0 { n.saturating_add(len_i).max(0) } else { n.min(len_i) } as usize;
    let (start, stop) = (clamp(start), clamp(stop.unwrap_or(len_i)));
    match find(thread, deque, &given[0], start, stop.max(start), state)? {
        Some(at) => Ok(Value::Int(at as i64)),
        None => Err(value_error(format!("{} is not in deque", protocols::repr(thread, &given[0])?))),
    }
}

/// `remove(value)`: the first item equal to `value`. Any change of the deque by a comparison
/// is an IndexError here, as in CPython.
fn remove(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(&args, "remove")?;
    let value = single("deque.remove", &rest)?;
    let changed = || index_error("deque mutated during iteration");
    let (state, len) = deque.state_and_len();
    for at in 0..len {
        let item = deque.item_unchanged(at, state).ok_or_else(changed)?;
        let found = matches(thread, &item, value)?;
        drop(item);
        if !found {
            continue;
        }
        let removed = {
            let mut inner = deque.lock();
            if inner.state != state {
                return Err(changed());
            }
            inner.changed();
            inner.items.remove(at)
        };
        drop(removed);
        return Ok(Value::None);
    }
    if !deque.unchanged(state) {
        return Err(changed());
    }
    Err(value_error(format!("{} is not in deque", protocols::repr(thread, value)?)))
}
