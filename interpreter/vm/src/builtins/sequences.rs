//! `list`, `tuple`, `range`, `bytes`, `slice` and the generator types: constructors, methods,
//! sequence arithmetic and a stable sort that tolerates any comparison function.

use ferrython_bytecode::{BinaryOp, CompareOp};

use crate::call::call;
use crate::method;
use crate::objects::exception::{index_error, type_error, value_error, PyErr};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, str_object, PyString};
use crate::objects::typeobj::{class_of, type_data, type_name, types};
use crate::objects::{as_list, list_of, tuple, ListCell, ListItems, OwnedPayload, Payload, TracebackData};
use crate::protocols::{self, iter};
use crate::thread::Thread;
use crate::value::{ObjRef, Packed, Value};
use crate::PyResult;

use super::add_methods;
use super::arity::{method_args, no_args, one_arg, slice_bound, ssize_arg};

pub(super) fn install() {
    let t = types();
    add_methods(
        &t.list,
        &[
            method!("__new__", list_new, StaticMethod),
            method!("__init__", list_init),
            method!("append", list_append),
            method!("extend", list_extend),
            method!("insert", list_insert),
            method!("pop", list_pop),
            method!("remove", list_remove),
            method!("index", seq_index_method),
            method!("count", seq_count),
            method!("reverse", list_reverse),
            method!("sort", list_sort),
            method!("copy", list_copy),
            method!("clear", list_clear),
            method!("__iadd__", list_iadd),
            method!("__imul__", list_imul),
            method!("__reversed__", list_reversed),
        ],
    );
    add_methods(
        &t.tuple,
        &[method!("__new__", tuple_new, StaticMethod), method!("index", seq_index_method), method!("count", seq_count)],
    );
    for class in [&t.generator, &t.coroutine] {
        add_methods(
            class,
            &[
                method!("send", gen_send),
                method!("throw", gen_throw),
                method!("close", gen_close),
                method!("__next__", gen_next),
                method!("__iter__", gen_iter),
            ],
        );
    }
    add_methods(&t.coroutine, &[method!("__await__", coroutine_await)]);
    add_methods(
        &t.async_generator,
        &[
            method!("__aiter__", gen_iter),
            method!("__anext__", agen_anext),
            method!("asend", agen_asend),
            method!("athrow", agen_athrow),
            method!("aclose", agen_aclose),
        ],
    );
    for class in [&t.async_generator_asend, &t.async_generator_athrow] {
        add_methods(
            class,
            &[
                method!("send", await_send),
                method!("throw", await_throw),
                method!("__await__", gen_iter),
                method!("close", await_close),
            ],
        );
    }
}

fn this(args: &Args<'_>) -> Value {
    args.pos().first().cloned().unwrap_or_default()
}

fn arg(args: &Args<'_>, i: usize) -> Option<Value> {
    args.pos().get(i).cloned()
}

fn items_of<'a>(args: &'a Args<'_>) -> PyResult<&'a ListCell> {
    match args.pos().first().and_then(|v| v.payload()) {
        Some(Payload::List(items)) => Ok(items),
        _ => Err(type_error("descriptor requires a 'list' object")),
    }
}

fn list_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = match args.values.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => types().list.clone(),
    };
    let dict = type_data(&class).instance_dict.then(crate::objects::new_dict);
    Ok(Value::Obj(ObjRef::new(class, dict, OwnedPayload::List(ListCell::new(ListItems::new())))))
}

/// Whether a class between `class` and the builtin `base` (in the MRO) defines `name`: a
/// subclass with its own `__new__` (for list) or `__init__` (for tuple) may be called with
/// keyword arguments, which the builtin then ignores, as CPython's do.
fn subclass_defines(class: &ObjRef, base: &ObjRef, name: &str) -> bool {
    let key = crate::objects::str::intern(name);
    let mro = type_data(class).mro.read().clone();
    for cls in mro {
        if ObjRef::ptr_eq(&cls, base) {
            return false;
        }
        let data = type_data(&cls);
        if data.heap && data.namespace().get_str(&key).is_some() {
            return true;
        }
    }
    false
}

fn list_init(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let items = items_of(&args)?;
    let own_new = match args.values.first() {
        Some(this) => subclass_defines(class_of(this), &types().list, "__new__"),
        None => false,
    };
    if !args.kwnames.is_empty() && !own_new {
        return Err(type_error("list() takes no keyword arguments"));
    }
    if args.pos().len() > 2 {
        return Err(type_error(format!("list expected at most 1 argument, got {}", args.pos().len() - 1)));
    }
    let new_items = match arg(&args, 1) {
        Some(iterable) => ListItems::from(iter::collect_sized(thread, &iterable)?),
        None => ListItems::new(),
    };
    let old = std::mem::replace(&mut *items.lock(), new_items);
    drop(old);
    Ok(Value::None)
}

/// `list.append` (the eval loop calls it without a call when it sees it: `append_in_place`).
pub(crate) fn list_append(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let items = items_of(&args)?;
    let value = one_arg(&args, "list.append")?;
    items.lock().push(value);
    Ok(Value::None)
}

fn list_extend(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let items = items_of(&args)?;
    let iterable = one_arg(&args, "list.extend")?;
    let new_items = iter::collect_sized(thread, &iterable)?;
    items.lock().extend(new_items);
    Ok(Value::None)
}

fn list_iadd(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    list_extend(thread, args)?;
    Ok(this(&args))
}

fn list_imul(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let items = items_of(&args)?;
    let n = repeat_times(thread, &arg(&args, 1).unwrap_or(Value::Int(1)))?;
    let mut guard = items.lock();
    if n == 0 || guard.is_empty() {
        // The items are dropped after the lock is let go (a `__del__` may look at the list).
        let old = std::mem::take(&mut *guard);
        drop(guard);
        drop(old);
    } else {
        if (guard.len() * std::mem::size_of::<Value>()).checked_mul(n).is_none_or(|total| total > MAX_REPEAT_BYTES) {
            return Err(crate::objects::exception::memory_error(""));
        }
        let repeated = guard.repeated(n);
        let old = std::mem::replace(&mut *guard, repeated);
        drop(guard);
        drop(old);
    }
    Ok(this(&args))
}

fn list_insert(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let items = items_of(&args)?;
    let p = method_args(&args, "list.insert", 2, 2)?;
    let index = ssize_arg(thread, &p[0])?;
    let value = p[1].clone();
    let mut guard = items.lock();
    let len = guard.len() as i64;
    let at = if index < 0 { index.saturating_add(len).max(0) } else { index.min(len) };
    guard.insert(at as usize, value);
    Ok(Value::None)
}

fn list_pop(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let items = items_of(&args)?;
    let index = match method_args(&args, "list.pop", 0, 1)? {
        [v] => ssize_arg(thread, v)?,
        _ => -1,
    };
    let mut guard = items.lock();
    if guard.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let len = guard.len() as i64;
    let at = if index < 0 { index.saturating_add(len) } else { index };
    if at < 0 || at >= len {
        return Err(index_error("pop index out of range"));
    }
    Ok(guard.remove(at as usize))
}

fn list_remove(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let items = items_of(&args)?;
    let target = one_arg(&args, "list.remove")?;
    let snapshot = items.lock().to_vec();
    for (i, item) in snapshot.iter().enumerate() {
        if item.is(&target) || protocols::rich_eq(thread, item, &target)? {
            let mut guard = items.lock();
            if guard.get(i).is_some_and(|v| v.is(item)) {
                let removed = guard.remove(i);
                drop(guard);
                drop(removed);
                return Ok(Value::None);
            }
        }
    }
    Err(value_error("list.remove(x): x not in list"))
}

/// The items of a list, tuple or range receiver (a snapshot).
fn sequence_items(thread: &mut Thread, value: &Value) -> PyResult<Vec<Value>> {
    iter::collect(thread, value)
}

fn seq_index_method(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let seq = this(&args);
    let name = if matches!(seq.payload(), Some(Payload::Tuple(_))) { "tuple.index" } else { "list.index" };
    let p = method_args(&args, name, 1, 3)?;
    let target = p[0].clone();
    let start = match p.get(1) {
        Some(v) => slice_bound(thread, v)?,
        None => 0,
    };
    let stop = match p.get(2) {
        Some(v) => slice_bound(thread, v)?,
        None => i64::MAX,
    };
    let items = sequence_items(thread, &seq)?;
    let len = items.len() as i64;
    let norm = |v: i64| if v < 0 { v.saturating_add(len).max(0) } else { v.min(len) };
    let (start, stop) = (norm(start), norm(stop));
    for i in start..stop.max(start) {
        let item = &items[i as usize];
        if item.is(&target) || protocols::rich_eq(thread, item, &target)? {
            return Ok(Value::Int(i));
        }
    }
    let what = match seq.payload() {
        Some(Payload::Tuple(_)) => "tuple.index(x): x not in tuple".to_string(),
        _ => format!("{} is not in list", protocols::repr(thread, &target)?),
    };
    Err(value_error(what))
}

fn seq_count(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let seq = this(&args);
    let name = if matches!(seq.payload(), Some(Payload::Tuple(_))) { "tuple.count" } else { "list.count" };
    let target = one_arg(&args, name)?;
    let items = sequence_items(thread, &seq)?;
    let mut n = 0;
    for item in &items {
        if item.is(&target) || protocols::rich_eq(thread, item, &target)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_reverse(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "list.reverse")?;
    items_of(&args)?.lock().reverse();
    Ok(Value::None)
}

fn list_reversed(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "list.__reversed__")?;
    let last = items_of(&args)?.lock().len() as i64 - 1;
    Ok(iter::new_iterator(crate::objects::IterState::Seq { seq: this(&args), index: last, step: -1 }))
}

fn list_copy(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "list.copy")?;
    Ok(list_of(items_of(&args)?.lock().clone()))
}

fn list_clear(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "list.clear")?;
    let old = std::mem::take(&mut *items_of(&args)?.lock());
    drop(old);
    Ok(Value::None)
}

/// `list.sort(*, key=None, reverse=False)`: a stable merge sort. The list is emptied while it
/// sorts, as CPython does, so that a key or comparison that mutates it is detected.
pub fn list_sort(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let items = items_of(&args)?;
    if args.pos().len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in args.keywords() {
        match as_pystr(k).map(|s| s.as_str().into_owned()).as_deref() {
            Some("key") => key = v.clone(),
            Some("reverse") => reverse = protocols::truthy(thread, v)?,
            Some(other) => return Err(type_error(format!("'{other}' is an invalid keyword argument for sort()"))),
            None => return Err(type_error("keywords must be strings")),
        }
    }
    if key.is_none() && sort_natively(items.lock().packed_mut(), reverse) {
        return Ok(Value::None);
    }
    let values = std::mem::take(&mut *items.lock());
    let result = sorted_order(thread, &values, &key, reverse);
    // The keys are gone: their finalizers (which may change the list) run now, as in CPython.
    thread.finalize_point();
    let mut guard = items.lock();
    // While sorting the list is empty, with no storage: anything added meanwhile (even if
    // removed again) left storage behind, as CPython's `allocated != -1` check sees it.
    let modified = !guard.is_empty() || guard.capacity() != 0;
    match result {
        Ok(order) => {
            *guard = values.reordered(&order);
            drop(guard);
            if modified {
                return Err(value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(err) => {
            *guard = values;
            Err(err)
        }
    }
}

/// The positions of `items` in the order that sorts them by `key` (each key paired with its
/// item's position: the items themselves are moved once, at the end, by `reordered`).
fn sorted_order(thread: &mut Thread, items: &ListItems, key: &Value, reverse: bool) -> PyResult<Vec<usize>> {
    let mut keyed: Vec<(Value, usize)> = Vec::with_capacity(items.len());
    for (i, v) in items.iter().enumerate() {
        let k = if key.is_none() { v } else { call(thread, key, Args::positional(std::slice::from_ref(&v)))? };
        keyed.push((k, i));
    }
    if reverse {
        keyed.reverse();
    }
    let sorted = if keys_sort_natively(keyed.iter().map(|(k, _)| k)) {
        // No Python code compares these keys, so the order of comparisons cannot be seen: a
        // stable sort of the standard library gives CPython's result.
        keyed.sort_by(|a, b| native_order(&a.0, &b.0));
        keyed
    } else {
        merge_sort(thread, keyed)?
    };
    let mut order: Vec<usize> = sorted.into_iter().map(|(_, i)| i).collect();
    if reverse {
        order.reverse();
    }
    Ok(order)
}

/// What a sort key is, for `keys_sort_natively`: keys of one shape compare without Python code,
/// in a total order.
#[derive(PartialEq)]
enum KeyShape {
    Int,
    Float,
    Str,
    Tuple(Vec<KeyShape>),
}

/// The shape of a key that compares natively: a machine int, a float that is not NaN, an exact
/// str, or an exact tuple of those (a few levels deep); None for anything else.
fn key_shape(key: &Value, depth: usize) -> Option<KeyShape> {
    let t = crate::objects::typeobj::types();
    match key {
        Value::Int(_) => Some(KeyShape::Int),
        Value::Float(f) if !f.is_nan() => Some(KeyShape::Float),
        Value::Obj(o) if ObjRef::ptr_eq(&o.class, &t.str) => Some(KeyShape::Str),
        Value::Obj(o) if depth < 4 && ObjRef::ptr_eq(&o.class, &t.tuple) => match o.payload() {
            Payload::Tuple(items) => {
                items.iter().map(|item| key_shape(item, depth + 1)).collect::<Option<Vec<_>>>().map(KeyShape::Tuple)
            }
            _ => None,
        },
        _ => None,
    }
}

/// Whether every key has the shape of the first (see `KeyShape`): then `native_order` orders
/// them as Python's `<` would. CPython checks its keys the same way before sorting.
fn keys_sort_natively<K: std::ops::Deref<Target = Value>>(mut keys: impl Iterator<Item = K>) -> bool {
    let Some(first) = keys.next() else { return true };
    let Some(shape) = key_shape(&first, 0) else { return false };
    // Flat keys (the common case) are checked without building shapes.
    match shape {
        KeyShape::Int => keys.all(|k| matches!(*k, Value::Int(_))),
        KeyShape::Float => keys.all(|k| matches!(*k, Value::Float(f) if !f.is_nan())),
        _ => keys.all(|k| key_shape(&k, 0).as_ref() == Some(&shape)),
    }
}

/// The order of two keys of one shape (see `keys_sort_natively`).
fn native_order(a: &Value, b: &Value) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
        (Value::Obj(x), Value::Obj(y)) => match (x.payload(), y.payload()) {
            (Payload::Str(p), Payload::Str(q)) => p.wtf8().cmp(q.wtf8()),
            (Payload::Tuple(p), Payload::Tuple(q)) => {
                for (left, right) in p.iter().zip(q.iter()) {
                    let order = native_order(left, right);
                    if order != Ordering::Equal {
                        return order;
                    }
                }
                p.len().cmp(&q.len())
            }
            _ => Ordering::Equal,
        },
        _ => Ordering::Equal,
    }
}

/// Sorts in place, under the list's lock, items whose order needs no Python code (see
/// `keys_sort_natively`). Other threads never see the list emptied, as they could while Python
/// comparisons run. False (nothing done) for other items.
fn sort_natively(items: &mut [Packed], reverse: bool) -> bool {
    if !keys_sort_natively(items.iter().map(Packed::view)) {
        return false;
    }
    // A stable sort with the order turned around keeps equal items in their order, as
    // CPython's `reverse=True` does.
    if reverse {
        items.sort_by(|a, b| native_order(&b.view(), &a.view()));
    } else {
        items.sort_by(|a, b| native_order(&a.view(), &b.view()));
    }
    true
}

/// `a < b` for sorting.
fn less(thread: &mut Thread, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(result) = plain_less(a, b, 0) {
        return Ok(result);
    }
    let result = protocols::compare::rich_compare(thread, a, b, CompareOp::Lt)?;
    protocols::truthy(thread, &result)
}

/// `a < b` when it can be answered without running Python code: machine ints, floats, exact
/// strs, and tuples of those (compared item by item as tuples compare, to a few levels deep).
fn plain_less(a: &Value, b: &Value, depth: usize) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x < y),
        (Value::Float(x), Value::Float(y)) => Some(x < y),
        (Value::Obj(x), Value::Obj(y)) => {
            let t = crate::objects::typeobj::types();
            if !ObjRef::ptr_eq(&x.class, &y.class) {
                return None;
            }
            match (x.payload(), y.payload()) {
                // WTF-8 bytes order as their code points do.
                (Payload::Str(p), Payload::Str(q)) if ObjRef::ptr_eq(&x.class, &t.str) => Some(p.wtf8() < q.wtf8()),
                (Payload::Tuple(p), Payload::Tuple(q)) if depth < 4 && ObjRef::ptr_eq(&x.class, &t.tuple) => {
                    for (left, right) in p.iter().zip(q.iter()) {
                        if !plain_eq(left, right)? {
                            return plain_less(left, right, depth + 1);
                        }
                    }
                    Some(p.len() < q.len())
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// `a == b` when it can be answered without running Python code (the kinds `plain_less` takes).
fn plain_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Obj(x), Value::Obj(y)) => {
            let t = crate::objects::typeobj::types();
            match (x.payload(), y.payload()) {
                (Payload::Str(p), Payload::Str(q))
                    if ObjRef::ptr_eq(&x.class, &t.str) && ObjRef::ptr_eq(&y.class, &t.str) =>
                {
                    Some(p.wtf8() == q.wtf8())
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// A stable sort whose comparison may fail or be inconsistent without harm. It finds runs
/// and extends short ones by binary insertion as CPython's timsort does, so that a list
/// shorter than 64 items sees exactly CPython's sequence of comparisons; runs are then merged
/// pairwise (without galloping).
fn merge_sort(thread: &mut Thread, mut items: Vec<(Value, usize)>) -> PyResult<Vec<(Value, usize)>> {
    let n = items.len();
    if n <= 1 {
        return Ok(items);
    }
    let minrun = {
        let (mut m, mut extra) = (n, 0);
        while m >= 64 {
            extra |= m & 1;
            m >>= 1;
        }
        m + extra
    };
    let mut runs = Vec::new();
    let mut lo = 0;
    while lo < n {
        let mut len = count_run(thread, &mut items[lo..])?;
        if len < minrun {
            let force = minrun.min(n - lo);
            binary_insertion(thread, &mut items[lo..lo + force], len)?;
            len = force;
        }
        runs.push((lo, lo + len));
        lo += len;
    }
    while runs.len() > 1 {
        let mut merged_runs = Vec::with_capacity(runs.len() / 2 + 1);
        for pair in runs.chunks(2) {
            if let [(start, mid), (_, end)] = *pair {
                // Items move into `merged` and back (an error drops the half-moved `items`:
                // the caller keeps the list's original values).
                let mut merged = Vec::with_capacity(end - start);
                let (mut i, mut j) = (start, mid);
                while i < mid && j < end {
                    if less(thread, &items[j].0, &items[i].0)? {
                        merged.push(std::mem::take(&mut items[j]));
                        j += 1;
                    } else {
                        merged.push(std::mem::take(&mut items[i]));
                        i += 1;
                    }
                }
                merged.extend(items[i..mid].iter_mut().map(std::mem::take));
                merged.extend(items[j..end].iter_mut().map(std::mem::take));
                for (slot, item) in items[start..end].iter_mut().zip(merged) {
                    *slot = item;
                }
                merged_runs.push((start, end));
            } else {
                merged_runs.push(pair[0]);
            }
        }
        runs = merged_runs;
    }
    Ok(items)
}

/// The length of the run at the start of `items` (a strictly descending run is reversed).
fn count_run(thread: &mut Thread, items: &mut [(Value, usize)]) -> PyResult<usize> {
    if items.len() == 1 {
        return Ok(1);
    }
    let mut n = 2;
    if less(thread, &items[1].0, &items[0].0)? {
        while n < items.len() && less(thread, &items[n].0, &items[n - 1].0)? {
            n += 1;
        }
        items[..n].reverse();
    } else {
        while n < items.len() && !less(thread, &items[n].0, &items[n - 1].0)? {
            n += 1;
        }
    }
    Ok(n)
}

/// Sorts `items` whose first `sorted` items are already in order, inserting each of the
/// others after a binary search.
fn binary_insertion(thread: &mut Thread, items: &mut [(Value, usize)], sorted: usize) -> PyResult<()> {
    for start in sorted.max(1)..items.len() {
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if less(thread, &items[start].0, &items[p].0)? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        items[l..=start].rotate_right(1);
    }
    Ok(())
}

/// `lst[a:b] = items` (and extended slices of equal length).
pub fn list_set_slice(thread: &mut Thread, items: &ListCell, key: &Value, new_items: Vec<Value>) -> PyResult<()> {
    let len = items.lock().len();
    let (start, stop, step, count) = crate::ops::slice_indices(thread, key, len)?;
    let mut guard = items.lock();
    if step == 1 {
        let stop = stop.max(start) as usize;
        let end = stop.min(guard.len());
        let removed = guard.splice(start as usize..end, new_items);
        drop(guard);
        drop(removed);
        return Ok(());
    }
    if new_items.len() != count {
        return Err(value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {count}",
            new_items.len()
        )));
    }
    let mut replaced = Vec::with_capacity(count);
    for (k, item) in new_items.into_iter().enumerate() {
        let i = (start + k as i64 * step) as usize;
        replaced.push(guard.store(i, item));
    }
    // The replaced items go after the lock (a `__del__` may look at the list).
    drop(guard);
    drop(replaced);
    Ok(())
}

fn tuple_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = match args.values.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => types().tuple.clone(),
    };
    if !args.kwnames.is_empty() && !subclass_defines(&class, &types().tuple, "__init__") {
        return Err(type_error("tuple() takes no keyword arguments"));
    }
    if args.pos().len() > 2 {
        return Err(type_error(format!("tuple expected at most 1 argument, got {}", args.pos().len() - 1)));
    }
    let items = match arg(&args, 1) {
        Some(iterable) => {
            if ObjRef::ptr_eq(&class, &types().tuple)
                && matches!(iterable.payload(), Some(Payload::Tuple(_)))
                && !type_data(class_of(&iterable)).heap
            {
                return Ok(iterable);
            }
            iter::collect_sized(thread, &iterable)?
        }
        None => Vec::new(),
    };
    if ObjRef::ptr_eq(&class, &types().tuple) {
        return Ok(tuple(items));
    }
    let dict = type_data(&class).instance_dict.then(crate::objects::new_dict);
    Ok(Value::Obj(ObjRef::new(class, dict, OwnedPayload::Tuple(items.into()))))
}

// ---- bytes ----------------------------------------------------------------------------------

/// A new bytes object.
pub fn new_bytes(bytes: Vec<u8>) -> Value {
    Value::Obj(ObjRef::new(types().bytes.clone(), None, OwnedPayload::Bytes(bytes.into_boxed_slice())))
}

/// `x in bytes`.
pub fn bytes_contains(thread: &mut Thread, bytes: &[u8], item: &Value) -> PyResult<bool> {
    if let Some(needle) = super::bytes_like(item) {
        return Ok(needle.is_empty() || bytes.windows(needle.len()).any(|w| w == &needle[..]));
    }
    if !crate::objects::int::is_int(item) && protocols::special(item, "__index__").is_none() {
        return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(item))));
    }
    let n = protocols::number::index_big(thread, item)?;
    match num_traits::ToPrimitive::to_u8(&n) {
        Some(b) => Ok(bytes.contains(&b)),
        None => Err(value_error("byte must be in range(0, 256)")),
    }
}

// ---- sequence arithmetic ----------------------------------------------------------------------

/// The largest result of a sequence repetition attempted (beyond it: MemoryError, as CPython
/// gives when the allocation fails).
pub(crate) const MAX_REPEAT_BYTES: usize = 1 << 40;

/// The count of a sequence repetition: an index (OverflowError when it does not fit), at least 0.
pub(crate) fn repeat_times(thread: &mut Thread, count: &Value) -> PyResult<usize> {
    if !crate::objects::int::is_int(count) && protocols::special(count, "__index__").is_none() {
        return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(count))));
    }
    let n = protocols::number::index_of(thread, count).map_err(|err| {
        if err.matches(&crate::objects::exception::exceptions().index_error) {
            crate::objects::exception::overflow_error(format!(
                "cannot fit '{}' into an index-sized integer",
                type_name(count)
            ))
        } else {
            err
        }
    })?;
    Ok(n.max(0) as usize)
}

fn repeat_count(thread: &mut Thread, value: &Value) -> PyResult<Option<i64>> {
    if crate::objects::int::is_int(value) {
        return Ok(Some(protocols::number::index_of(thread, value).map_err(|_| {
            crate::objects::exception::overflow_error("cannot fit 'int' into an index-sized integer")
        })?));
    }
    if matches!(value.payload(), Some(Payload::Instance(_))) && protocols::special(value, "__index__").is_some() {
        return Ok(Some(protocols::number::index_of(thread, value)?));
    }
    Ok(None)
}

/// `+`, `*` and `%` on str, bytes, list and tuple; set operators; dict `|`.
pub fn sequence_binary(thread: &mut Thread, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Option<Value>> {
    if matches!(a.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_)))
        || matches!(b.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_)))
    {
        if let Some(result) = super::bytes_binary(thread, a, b, op)? {
            return Ok(Some(result));
        }
    }
    let (Some(pa), pb) = (a.payload(), b.payload()) else {
        // int * sequence
        if op.base() == BinaryOp::Multiply {
            if let Some(pb) = b.payload() {
                if matches!(pb, Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_)) {
                    return sequence_binary(thread, b, a, op);
                }
            }
        }
        return Ok(None);
    };
    match op.base() {
        BinaryOp::Add => Ok(match (pa, pb) {
            (Payload::Str(x), Some(Payload::Str(y))) => Some(crate::objects::str::concat_object(&[x, y])),
            (Payload::List(_), _) if op.is_inplace() => {
                // `list += iterable` extends in place.
                let items = iter::collect(thread, b)?;
                if let Some(l) = as_list(a) {
                    l.lock().extend(items);
                }
                Some(a.clone())
            }
            (Payload::List(x), Some(Payload::List(y))) => {
                let mut items = x.lock().clone();
                items.extend(y.lock().iter());
                Some(list_of(items))
            }
            (Payload::Tuple(x), Some(Payload::Tuple(y))) => Some(tuple(x.iter().chain(y.iter()).cloned().collect())),
            (Payload::Bytes(x), Some(Payload::Bytes(y))) => Some(new_bytes([&x[..], &y[..]].concat())),
            (Payload::Str(_), _) => {
                return Err(type_error(format!("can only concatenate str (not \"{}\") to str", type_name(b))));
            }
            (Payload::List(_), _) if !type_data(class_of(b)).heap => {
                return Err(type_error(format!("can only concatenate list (not \"{}\") to list", type_name(b))));
            }
            (Payload::Tuple(_), _) if !type_data(class_of(b)).heap => {
                return Err(type_error(format!("can only concatenate tuple (not \"{}\") to tuple", type_name(b))));
            }
            _ => None,
        }),
        BinaryOp::Multiply => {
            if !matches!(pa, Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_)) {
                return Ok(None);
            }
            let Some(n) = repeat_count(thread, b)? else {
                if matches!(b, Value::Float(_))
                    || matches!(pb, Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_)))
                {
                    return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(b))));
                }
                return Ok(None);
            };
            let n = n.max(0) as usize;
            // A result larger than memory can hold is MemoryError, before anything is allocated.
            let item_len = match pa {
                Payload::Str(x) => x.wtf8().len(),
                Payload::List(x) => x.lock().len() * std::mem::size_of::<Value>(),
                Payload::Tuple(x) => x.len() * std::mem::size_of::<Value>(),
                Payload::Bytes(x) => x.len(),
                _ => 0,
            };
            if item_len.checked_mul(n).is_none_or(|total| total > MAX_REPEAT_BYTES) {
                return Err(crate::objects::exception::memory_error(""));
            }
            // An exact immutable sequence once is itself, as in CPython.
            if n == 1
                && matches!(pa, Payload::Str(_) | Payload::Tuple(_) | Payload::Bytes(_))
                && !type_data(class_of(a)).heap
            {
                return Ok(Some(a.clone()));
            }
            // An empty sequence repeated is empty, however large the count.
            let n = if item_len == 0 { 0 } else { n };
            Ok(match pa {
                Payload::Str(x) => Some(str_object(PyString::from_wtf8(&x.wtf8().repeat(n)))),
                Payload::List(x) => {
                    let out = x.lock().repeated(n);
                    if op.is_inplace() {
                        // The old items go after the lock (a `__del__` may look at the list).
                        let old = std::mem::replace(&mut *x.lock(), out);
                        drop(old);
                        return Ok(Some(a.clone()));
                    }
                    Some(list_of(out))
                }
                Payload::Tuple(x) => {
                    let mut out = Vec::with_capacity(x.len() * n);
                    for _ in 0..n {
                        out.extend(x.iter().cloned());
                    }
                    Some(tuple(out))
                }
                Payload::Bytes(x) => Some(new_bytes(x.repeat(n))),
                _ => None,
            })
        }
        BinaryOp::Remainder => match pa {
            Payload::Str(s) => Ok(Some(crate::format::percent_format_str(thread, s, b)?)),
            _ => Ok(None),
        },
        BinaryOp::Or | BinaryOp::And | BinaryOp::Xor | BinaryOp::Subtract => {
            super::mapping::set_binary(thread, a, b, op)
        }
        _ => Ok(None),
    }
}

// ---- generators ---------------------------------------------------------------------------

fn gen_obj(args: &Args<'_>) -> PyResult<ObjRef> {
    match args.pos().first() {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(type_error("descriptor requires a generator")),
    }
}

fn step_result(step: crate::generator::Step) -> PyResult<Value> {
    match step {
        crate::generator::Step::Yielded(v) => Ok(v),
        crate::generator::Step::Returned(v) => Err(crate::objects::exception::stop_iteration(v)),
    }
}

fn gen_send(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let gen = gen_obj(&args)?;
    let value = arg(&args, 1).ok_or_else(|| type_error("generator.send() takes exactly one argument (0 given)"))?;
    step_result(crate::generator::resume(thread, &gen, value, None)?)
}

fn gen_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let gen = gen_obj(&args)?;
    step_result(crate::generator::resume(thread, &gen, Value::None, None)?)
}

/// `coro.__await__()`: a `coroutine_wrapper` driving it.
fn coroutine_await(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let coroutine = gen_obj(&args)?;
    Ok(super::coroutine_wrapper::new(Value::Obj(coroutine)))
}

fn gen_iter(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(this(&args))
}

/// The exception `throw(value)` or the deprecated `throw(type[, value[, tb]])` raises, checked
/// as CPython checks it: the traceback first, then a class (instantiated with the value unless
/// the value is already an instance of it) or an instance (with no separate value).
pub(super) fn thrown(thread: &mut Thread, args: &Args<'_>) -> PyResult<PyErr> {
    let p = &args.pos()[1..];
    let Some(first) = p.first() else { return Err(type_error("throw expected at least 1 argument, got 0")) };
    if p.len() > 3 {
        return Err(type_error(format!("throw expected at most 3 arguments, got {}", p.len())));
    }
    if p.len() > 1 {
        crate::warnings::warn(
            thread,
            &crate::objects::exception::exceptions().deprecation_warning,
            "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.",
            1,
        )?;
    }
    let value = p.get(1).filter(|v| !v.is_none());
    let traceback = p.get(2).filter(|v| !v.is_none());
    if traceback.is_some_and(|tb| !matches!(tb.payload(), Some(Payload::Traceback(TracebackData { .. })))) {
        return Err(type_error("throw() third argument must be a traceback object"));
    }
    let exception_class = first.as_obj().filter(|class| {
        matches!(class.payload(), Payload::Type(_))
            && crate::objects::typeobj::is_subtype(class, &crate::objects::exception::exceptions().base_exception)
    });
    let instance = match (exception_class, first.payload()) {
        (Some(class), _) => match value {
            Some(v) if crate::objects::typeobj::is_subtype(class_of(v), class) => v.clone(),
            Some(v) => {
                let args = match v.payload() {
                    Some(Payload::Tuple(items)) => items.to_vec(),
                    _ => vec![v.clone()],
                };
                call(thread, first, Args::positional(&args))?
            }
            None => call(thread, first, Args::positional(&[]))?,
        },
        (None, Some(Payload::Exception(_))) => {
            if value.is_some() {
                return Err(type_error("instance exception may not have a separate value"));
            }
            first.clone()
        }
        _ => {
            return Err(type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                type_name(first)
            )))
        }
    };
    let instance = crate::ops::exception_instance(thread, instance)?;
    if let Some(tb) = traceback {
        if let Some(mut fields) = crate::objects::exception::exception_fields(&instance) {
            fields.traceback = tb.clone();
        }
    }
    Ok(PyErr(instance))
}

fn gen_throw(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let gen = gen_obj(&args)?;
    let err = thrown(thread, &args)?;
    step_result(crate::generator::throw(thread, &gen, err)?.0)
}

fn gen_close(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let gen = gen_obj(&args)?;
    crate::generator::close(thread, &gen)
}

fn agen_anext(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let gen = gen_obj(&args)?;
    crate::generator::init_async_gen_hooks(thread, &gen)?;
    Ok(crate::generator::async_gen_step(&gen, Value::None, None))
}

fn agen_asend(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let gen = gen_obj(&args)?;
    crate::generator::init_async_gen_hooks(thread, &gen)?;
    Ok(crate::generator::async_gen_step(&gen, arg(&args, 1).unwrap_or(Value::None), None))
}

fn agen_athrow(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let gen = gen_obj(&args)?;
    crate::generator::init_async_gen_hooks(thread, &gen)?;
    let err = thrown(thread, &args)?;
    Ok(crate::generator::async_gen_step(&gen, Value::None, Some(err)))
}

fn agen_aclose(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let gen = gen_obj(&args)?;
    crate::generator::init_async_gen_hooks(thread, &gen)?;
    Ok(crate::generator::async_gen_close_step(&gen))
}

fn await_step<'a>(args: &'a Args<'_>) -> PyResult<&'a crate::generator::AwaitableStep> {
    match args.pos().first().and_then(|v| v.payload()) {
        Some(Payload::AwaitableStep(step)) => Ok(step),
        _ => Err(type_error("descriptor requires an awaitable")),
    }
}

fn await_send(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let step = await_step(&args)?;
    crate::generator::await_step_send(thread, step, arg(&args, 1).unwrap_or(Value::None), None)
}

fn await_throw(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let err = thrown(thread, &args)?;
    let step = await_step(&args)?;
    crate::generator::await_step_send(thread, step, Value::None, Some(err))
}

fn await_close(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}
