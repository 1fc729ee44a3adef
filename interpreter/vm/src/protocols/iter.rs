//! The iterator protocol: `iter()` and `next()`, with native iterators over the builtin
//! containers and the `__iter__`/`__next__` and `__getitem__` protocols for everything else.

use crate::call::{call, call_method};
use crate::objects::exception::{exceptions, runtime_error, type_error, PyErr};
use crate::objects::function::Args;
use crate::objects::iter::{DictViewKind, IterState};
use crate::objects::str::str_object;
use crate::objects::typeobj::{type_data, type_name, types};
use crate::objects::{tuple, tuple_of, DictViewData, Payload, RangeData};
use crate::protocols::{getitem, special};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// A native iterator object. Inlined, and its state moved straight into the new object: made
/// on the stack and copied, the state was read back in pieces of other sizes than it was just
/// written in (a store-forwarding stall on every `for` loop).
#[inline(always)]
pub fn new_iterator(state: IterState) -> Value {
    let class = iterator_class(&state).clone();
    // SAFETY: the data of an iterator is a locked `IterState`, written whole here.
    #[allow(unsafe_code)]
    let object = unsafe {
        ObjRef::new_in_place(
            class,
            crate::objects::number::Iterator,
            true,
            |slot: *mut crate::sync::Mutex<IterState>| slot.write(crate::sync::Mutex::new(state)),
        )
    };
    Value::Obj(object)
}

/// The class CPython gives the iterator with this state (`list_iterator`, `enumerate`, ...).
fn iterator_class(state: &IterState) -> &'static ObjRef {
    let t = types();
    match state {
        IterState::List { .. } => &t.list_iterator,
        IterState::Tuple { .. } => &t.tuple_iterator,
        IterState::Str { string, .. } => match string.payload() {
            Payload::Str(s) if s.is_ascii() => &t.str_ascii_iterator,
            _ => &t.str_iterator,
        },
        IterState::Bytes { bytes, .. } => match bytes.payload() {
            Payload::ByteArray(_) => &t.bytearray_iterator,
            _ => &t.bytes_iterator,
        },
        IterState::Range { .. } => &t.range_iterator,
        IterState::LongRange(_) => &t.longrange_iterator,
        IterState::Dict { dict, kind, .. } => match (dict.payload(), kind) {
            (Payload::Set(_) | Payload::FrozenSet(_), _) => &t.set_iterator,
            (_, DictViewKind::Keys) => &t.dict_keyiterator,
            (_, DictViewKind::Values) => &t.dict_valueiterator,
            (_, DictViewKind::Items) => &t.dict_itemiterator,
        },
        IterState::Set { .. } => &t.set_iterator,
        // `reversed(list)` is what `list.__reversed__` returns in CPython.
        IterState::Seq { seq: Value::Obj(seq), step, .. } if *step < 0 && ObjRef::ptr_eq(&seq.class, &t.list) => {
            &t.list_reverseiterator
        }
        IterState::Seq { step, .. } if *step < 0 => &t.reversed,
        IterState::Seq { .. } | IterState::Exhausted => &t.iterator,
        IterState::Callable { .. } => &t.callable_iterator,
        IterState::Enumerate { .. } => &t.enumerate,
        IterState::Zip { .. } => &t.zip,
        IterState::Map { .. } => &t.map,
        IterState::Filter { .. } => &t.filter,
    }
}

/// `iter(value)`.
pub fn get_iter(thread: &mut Thread, value: &Value) -> PyResult<Value> {
    if let Value::Obj(obj) = value {
        if !type_data(&obj.class).heap {
            if let Some(state) = payload_iter_state(obj) {
                return Ok(state);
            }
        }
    }
    get_iter_protocol(thread, value)
}

/// Whether `iter(value)` can work: a builtin iterable payload, `__iter__` or `__getitem__`.
pub fn is_iterable(value: &Value) -> bool {
    let native = match value {
        Value::Obj(obj) => !type_data(&obj.class).heap && payload_iter_state(obj).is_some(),
        _ => false,
    };
    native || special(value, "__iter__").is_some_and(|m| !m.is_none()) || sequence_protocol(value)
}

/// Whether `value` iterates by `__getitem__` with 0, 1, 2...: not the typing aliases, whose
/// `__getitem__` substitutes type variables (CPython's give only a mapping subscript).
fn sequence_protocol(value: &Value) -> bool {
    !matches!(value.payload(), Some(Payload::Alias(_))) && special(value, "__getitem__").is_some()
}

/// The builtin types' `__iter__`: a native iterator over the payload, whatever the class.
pub fn payload_iter(thread: &mut Thread, obj: &ObjRef) -> PyResult<Value> {
    match payload_iter_state(obj) {
        Some(iter) => Ok(iter),
        None => get_iter_protocol(thread, &Value::Obj(obj.clone())),
    }
}

fn payload_iter_state(obj: &ObjRef) -> Option<Value> {
    let value = Value::Obj(obj.clone());
    let value = &value;
    {
        {
            let state = match obj.payload() {
                Payload::List(_) => Some(IterState::List { list: obj.clone(), index: 0 }),
                Payload::Tuple(_) => Some(IterState::Tuple { tuple: obj.clone(), index: 0 }),
                Payload::Str(_) => Some(IterState::Str { string: obj.clone(), offset: 0 }),
                Payload::Bytes(_) | Payload::ByteArray(_) => Some(IterState::Bytes { bytes: obj.clone(), index: 0 }),
                Payload::Set(d) | Payload::FrozenSet(d) => {
                    Some(IterState::Set { set: obj.clone(), items: d.set_order(), index: 0, expected: d.len() })
                }
                Payload::Dict(d) => Some(IterState::Dict {
                    dict: obj.clone(),
                    position: 0,
                    kind: DictViewKind::Keys,
                    expected: d.len(),
                    remaining: d.len(),
                }),
                Payload::DictView(DictViewData { dict, kind }) => {
                    let expected = crate::objects::dict_of(dict).map_or(0, |d| d.len());
                    Some(IterState::Dict {
                        dict: dict.clone(),
                        position: 0,
                        kind: *kind,
                        expected,
                        remaining: expected,
                    })
                }
                Payload::Range(RangeData { start, stop, step }) => {
                    Some(crate::builtins::range_iter_state(start, stop, step, false))
                }
                Payload::Iterator(_) | Payload::Generator(_) => return Some(value.clone()),
                _ => None,
            };
            state.map(new_iterator)
        }
    }
}

/// `iter()` through `__iter__` or the `__getitem__` protocol.
fn get_iter_protocol(thread: &mut Thread, value: &Value) -> PyResult<Value> {
    match special(value, "__iter__") {
        Some(Value::None) => Err(not_iterable(value)),
        Some(method) => {
            let iter = call_method(thread, &method, value, std::slice::from_ref(value))?;
            if special(&iter, "__next__").is_none() && !is_native_iterator(&iter) {
                return Err(type_error(format!("iter() returned non-iterator of type '{}'", type_name(&iter))));
            }
            Ok(iter)
        }
        None => {
            if sequence_protocol(value) {
                return Ok(new_iterator(IterState::Seq { seq: value.clone(), index: 0, step: 1 }));
            }
            Err(not_iterable(value))
        }
    }
}

fn is_native_iterator(value: &Value) -> bool {
    matches!(value.payload(), Some(Payload::Iterator(_) | Payload::Generator(_)))
}

fn not_iterable(value: &Value) -> PyErr {
    type_error(format!("'{}' object is not iterable", type_name(value)))
}

/// `next(iter)`: Some(item), or None when exhausted (StopIteration is absorbed).
pub fn next(thread: &mut Thread, iter: &Value) -> PyResult<Option<Value>> {
    if let Value::Obj(obj) = iter {
        match obj.payload() {
            Payload::Iterator(state) if !type_data(&obj.class).heap => return next_native(thread, state),
            Payload::Native(state) if !type_data(&obj.class).heap => {
                if let Some(step) = state.step() {
                    return step;
                }
            }
            Payload::Generator(_) => {
                return match crate::generator::resume(thread, obj, Value::None, None)? {
                    crate::generator::Step::Yielded(item) => Ok(Some(item)),
                    crate::generator::Step::Returned(_) => Ok(None),
                }
            }
            _ => {}
        }
    }
    let Some(method) = special(iter, "__next__") else {
        return Err(type_error(format!("'{}' object is not an iterator", type_name(iter))));
    };
    match call_method(thread, &method, iter, std::slice::from_ref(iter)) {
        Ok(item) => Ok(Some(item)),
        Err(err) if err.matches(&exceptions().stop_iteration) => Ok(None),
        Err(err) => Err(err),
    }
}

/// One step of a range or list iterator, the commonest `for` loops, for FOR_ITER to take
/// without a call; None leaves every other case (other iterators, the end) to `next`.
#[inline(always)]
pub(crate) fn next_fast(obj: &ObjRef) -> Option<Value> {
    let Payload::Iterator(state) = obj.payload() else { return None };
    let mut guard = state.lock();
    match &mut *guard {
        IterState::Range { next, stop, step } if *step == 1 && *next < *stop => {
            let item = *next;
            // No overflow: `next < stop <= i64::MAX`.
            *next += 1;
            Some(Value::Int(item))
        }
        IterState::List { list, index } => {
            let Payload::List(items) = list.payload() else { return None };
            let item = items.lock().get(*index)?;
            *index += 1;
            Some(item)
        }
        _ => None,
    }
}

/// One step of a native iterator object, whatever its class (`__next__` of the native
/// iterator types, inherited by subclasses of enumerate, zip, map, filter and reversed).
pub fn step_native(thread: &mut Thread, obj: &ObjRef) -> PyResult<Option<Value>> {
    match obj.payload() {
        Payload::Iterator(state) => next_native(thread, state),
        _ => next(thread, &Value::Obj(obj.clone())),
    }
}

/// One step of a native iterator. The state lock is released before any Python code runs.
fn next_native(thread: &mut Thread, state: &crate::sync::Mutex<IterState>) -> PyResult<Option<Value>> {
    let mut guard = state.lock();
    let step = match &mut *guard {
        IterState::List { list, index } => {
            let item = match list.payload() {
                Payload::List(items) => items.lock().get(*index),
                _ => None,
            };
            *index += 1;
            item
        }
        IterState::Tuple { tuple, index } => {
            let item = match tuple.payload() {
                Payload::Tuple(items) => items.get(*index).cloned(),
                _ => None,
            };
            *index += 1;
            item
        }
        IterState::Str { string, offset } => match string.payload() {
            Payload::Str(s) => {
                let bytes = s.wtf8();
                if *offset >= bytes.len() {
                    None
                } else {
                    let len = utf8_len(bytes[*offset]);
                    let piece = &bytes[*offset..*offset + len];
                    *offset += len;
                    if len == 1 {
                        Some(crate::objects::str::char_str(u32::from(piece[0])))
                    } else {
                        Some(str_object(crate::objects::PyString::from_wtf8(piece)))
                    }
                }
            }
            _ => None,
        },
        IterState::Bytes { bytes, index } => {
            let item = match bytes.payload() {
                Payload::Bytes(b) => b.get(*index).map(|&byte| Value::Int(i64::from(byte))),
                Payload::ByteArray(b) => b.lock().get(*index).map(|&byte| Value::Int(i64::from(byte))),
                _ => None,
            };
            *index += 1;
            item
        }
        IterState::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let item = *next;
                *next = next.saturating_add(*step);
                if (*step > 0 && *next < item) || (*step < 0 && *next > item) {
                    *next = *stop;
                }
                Some(Value::Int(item))
            } else {
                None
            }
        }
        IterState::LongRange(long) => {
            let crate::objects::iter::LongRange { next, step, left } = &mut **long;
            if num_traits::Signed::is_positive(left) {
                let item = next.clone();
                *next += &*step;
                *left -= 1u8;
                Some(crate::objects::int::int_from_big(item))
            } else {
                None
            }
        }
        IterState::Set { set, items, index, expected } => {
            if dict_of(set).map_or(0, |d| d.len()) != *expected {
                *guard = IterState::Exhausted;
                return Err(runtime_error("Set changed size during iteration"));
            }
            let item = items.get(*index).cloned();
            *index += 1;
            item
        }
        IterState::Dict { dict, position, kind, expected, remaining } => {
            let Some(table) = dict_of(dict) else { return Ok(None) };
            let (len, entry) = table.entry_from(*position);
            if len != *expected {
                let what = if matches!(dict.payload(), Payload::Dict(_)) { "dictionary" } else { "Set" };
                *guard = IterState::Exhausted;
                return Err(runtime_error(format!("{what} changed size during iteration")));
            }
            match entry {
                Some(_) if *remaining == 0 => {
                    *guard = IterState::Exhausted;
                    return Err(runtime_error("dictionary keys changed during iteration"));
                }
                Some((after, key, value)) => {
                    *position = after;
                    *remaining -= 1;
                    Some(match kind {
                        DictViewKind::Keys => key,
                        DictViewKind::Values => value,
                        DictViewKind::Items => tuple_of([key, value]),
                    })
                }
                None => None,
            }
        }
        IterState::Exhausted => None,
        _ => return next_with_python(thread, state, guard),
    };
    // A range iterator keeps its place at the end, as CPython's does (for `__reduce__`).
    if step.is_none() && !matches!(*guard, IterState::Range { .. } | IterState::LongRange(_)) {
        *guard = IterState::Exhausted;
    }
    Ok(step)
}

fn dict_of(obj: &ObjRef) -> Option<&crate::objects::Dict> {
    match obj.payload() {
        Payload::Dict(d) | Payload::Set(d) | Payload::FrozenSet(d) => Some(d),
        _ => None,
    }
}

/// The byte length of the WTF-8 sequence starting with `first`.
fn utf8_len(first: u8) -> usize {
    match first {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// The iterators whose step runs Python code: the state is copied out, the lock released,
/// the step taken, and the state written back.
fn next_with_python(
    thread: &mut Thread,
    state: &crate::sync::Mutex<IterState>,
    mut guard: crate::sync::MutexGuard<'_, IterState>,
) -> PyResult<Option<Value>> {
    match &mut *guard {
        IterState::Seq { seq, index, step } => {
            if *index < 0 {
                *guard = IterState::Exhausted;
                return Ok(None);
            }
            let (seq, at, by) = (seq.clone(), *index, *step);
            *index += by;
            drop(guard);
            match getitem(thread, &seq, &Value::Int(at)) {
                Ok(item) => Ok(Some(item)),
                Err(err) if err.matches(&exceptions().index_error) || err.matches(&exceptions().stop_iteration) => {
                    *state.lock() = IterState::Exhausted;
                    Ok(None)
                }
                Err(err) => Err(err),
            }
        }
        IterState::Callable { callable, sentinel } => {
            let (callable, sentinel) = (callable.clone(), sentinel.clone());
            drop(guard);
            let item = match call(thread, &callable, Args::positional(&[])) {
                Ok(item) => item,
                Err(err) if err.matches(&exceptions().stop_iteration) => {
                    *state.lock() = IterState::Exhausted;
                    return Ok(None);
                }
                Err(err) => return Err(err),
            };
            // The callable may have exhausted this very iterator meanwhile: then it is done,
            // whatever it returned (3.12).
            if matches!(*state.lock(), IterState::Exhausted) {
                return Ok(None);
            }
            if crate::protocols::rich_eq(thread, &item, &sentinel)? {
                *state.lock() = IterState::Exhausted;
                return Ok(None);
            }
            Ok(Some(item))
        }
        IterState::Enumerate { iter, count, last } => {
            let (iter, current, last) = (iter.clone(), count.clone(), last.take());
            drop(guard);
            let Some(item) = next(thread, &iter)? else { return Ok(None) };
            let following = match &current {
                Value::Int(n) if *n < i64::MAX => Value::Int(n + 1),
                _ => crate::protocols::number::binary_op(
                    thread,
                    current.clone(),
                    Value::Int(1),
                    ferrython_bytecode::BinaryOp::Add,
                )?,
            };
            let pair = crate::objects::tuple::pair_reusing(last, [current, item]);
            if let IterState::Enumerate { count, last, .. } = &mut *state.lock() {
                *count = following;
                *last = Some(pair.clone());
            }
            Ok(Some(Value::Obj(pair)))
        }
        IterState::Zip { iters, strict, last } => {
            let (iters, strict, last) = (iters.clone(), *strict, last.take());
            drop(guard);
            zip_step(thread, state, &iters, strict, last)
        }
        IterState::Map { func, iters } => {
            let (func, iters) = (func.clone(), iters.clone());
            drop(guard);
            if let [iter] = &iters[..] {
                // One iterable (the common case): its item is the only argument.
                let Some(item) = next(thread, iter)? else { return Ok(None) };
                return call(thread, &func, Args::positional(std::slice::from_ref(&item))).map(Some);
            }
            let mut args = Vec::with_capacity(iters.len());
            for iter in iters.iter() {
                match next(thread, iter)? {
                    Some(item) => args.push(item),
                    None => return Ok(None),
                }
            }
            call(thread, &func, Args::positional(&args)).map(Some)
        }
        IterState::Filter { func, iter } => {
            let (func, iter) = (func.clone(), iter.clone());
            drop(guard);
            while let Some(item) = next(thread, &iter)? {
                let keep = if func.is_none() {
                    crate::protocols::truthy(thread, &item)?
                } else {
                    let verdict = call(thread, &func, Args::positional(std::slice::from_ref(&item)))?;
                    crate::protocols::truthy(thread, &verdict)?
                };
                if keep {
                    return Ok(Some(item));
                }
            }
            Ok(None)
        }
        _ => Ok(None),
    }
}

fn zip_step(
    thread: &mut Thread,
    state: &crate::sync::Mutex<IterState>,
    iters: &[Value],
    strict: bool,
    last: Option<ObjRef>,
) -> PyResult<Option<Value>> {
    if iters.is_empty() {
        return Ok(None);
    }
    if let [first, second] = iters {
        // Two iterables (the common case): a pair, the last one again when it is free.
        let Some(a) = next(thread, first)? else { return zip_end(thread, state, iters, strict, 0) };
        let Some(b) = next(thread, second)? else { return zip_end(thread, state, iters, strict, 1) };
        let pair = crate::objects::tuple::pair_reusing(last, [a, b]);
        if let IterState::Zip { last, .. } = &mut *state.lock() {
            *last = Some(pair.clone());
        }
        return Ok(Some(Value::Obj(pair)));
    }
    let mut items = Vec::with_capacity(iters.len());
    for (i, iter) in iters.iter().enumerate() {
        match next(thread, iter)? {
            Some(item) => items.push(item),
            None => return zip_end(thread, state, iters, strict, i),
        }
    }
    Ok(Some(tuple(items)))
}

/// Iterable `i` of a zip ran out: the zip is exhausted; a strict one checks that the others
/// end there too.
fn zip_end(
    thread: &mut Thread,
    state: &crate::sync::Mutex<IterState>,
    iters: &[Value],
    strict: bool,
    i: usize,
) -> PyResult<Option<Value>> {
    *state.lock() = IterState::Exhausted;
    if !strict {
        return Ok(None);
    }
    if i > 0 {
        let plural = if i == 1 { " " } else { "s 1-" };
        let which = if i == 1 { "1".to_string() } else { i.to_string() };
        return Err(crate::objects::exception::value_error(format!(
            "zip() argument {} is shorter than argument{plural}{which}",
            i + 1
        )));
    }
    for (j, rest) in iters.iter().enumerate().skip(1) {
        if next(thread, rest)?.is_some() {
            let plural = if j == 1 { " " } else { "s 1-" };
            let which = if j == 1 { "1".to_string() } else { j.to_string() };
            return Err(crate::objects::exception::value_error(format!(
                "zip() argument {} is longer than argument{plural}{which}",
                j + 1
            )));
        }
    }
    Ok(None)
}

/// The items of an iterable, one at a time, for native consumers (`sum`, `any`, `all`): an
/// exact list or tuple is stepped by index, as its iterator would be (a list's length is
/// read again at every step), without making the iterator object; anything else goes
/// through its iterator.
pub enum Items {
    Sequence(ObjRef, usize),
    Iterator(Value),
}

impl Items {
    pub fn new(thread: &mut Thread, iterable: &Value) -> PyResult<Items> {
        if let Value::Obj(obj) = iterable {
            if matches!(obj.payload(), Payload::List(_) | Payload::Tuple(_)) && !type_data(&obj.class).heap {
                return Ok(Items::Sequence(obj.clone(), 0));
            }
        }
        Ok(Items::Iterator(get_iter(thread, iterable)?))
    }

    pub fn next(&mut self, thread: &mut Thread) -> PyResult<Option<Value>> {
        match self {
            Items::Sequence(obj, index) => {
                let item = match obj.payload() {
                    Payload::List(items) => items.lock().get(*index),
                    Payload::Tuple(items) => items.get(*index).cloned(),
                    _ => None,
                };
                *index += 1;
                Ok(item)
            }
            Items::Iterator(iter) => next(thread, iter),
        }
    }
}

/// Every item of an iterable, collected.
/// `collect` as `list()`, `list.extend`, `tuple()` and `sorted()` do it: an instance of a class
/// statement's class is also asked for its length (`__len__`, else `__length_hint__`) once its
/// iterator is made, as CPython asks to size the result, so that those methods' errors come out.
pub fn collect_sized(thread: &mut Thread, iterable: &Value) -> PyResult<Vec<Value>> {
    if !iterable.as_obj().is_some_and(|o| type_data(&o.class).heap) {
        return collect(thread, iterable);
    }
    let iter = get_iter(thread, iterable)?;
    let mut items = Vec::with_capacity(length_hint(thread, iterable)?.min(1 << 16));
    while let Some(item) = next(thread, &iter)? {
        items.push(item);
    }
    Ok(items)
}

/// CPython's `PyObject_LengthHint` with a default of 0: `len()` when it answers, else
/// `__length_hint__()` (a TypeError from either, or NotImplemented, gives the default).
fn length_hint(thread: &mut Thread, value: &Value) -> PyResult<usize> {
    if special(value, "__len__").is_some() {
        match crate::protocols::len(thread, value) {
            Ok(n) => return Ok(n),
            Err(err) if err.matches(&exceptions().type_error) => {}
            Err(err) => return Err(err),
        }
    }
    let hint = match crate::protocols::call_special(thread, value, "__length_hint__", &[]) {
        Ok(Some(hint)) => hint,
        Ok(None) => return Ok(0),
        Err(err) if err.matches(&exceptions().type_error) => return Ok(0),
        Err(err) => return Err(err),
    };
    if crate::builtins::is_not_implemented(&hint) {
        return Ok(0);
    }
    if !crate::objects::int::is_int(&hint) {
        return Err(type_error(format!("__length_hint__ must be an integer, not {}", type_name(&hint))));
    }
    match crate::objects::int::to_i64(&hint) {
        Some(n) if n < 0 => Err(crate::objects::exception::value_error("__length_hint__() should return >= 0")),
        Some(n) => Ok(usize::try_from(n).unwrap_or(usize::MAX)),
        None => Err(crate::objects::exception::overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

pub fn collect(thread: &mut Thread, iterable: &Value) -> PyResult<Vec<Value>> {
    if let Value::Obj(obj) = iterable {
        if !type_data(&obj.class).heap {
            match obj.payload() {
                Payload::List(items) => return Ok(items.lock().to_vec()),
                Payload::Tuple(items) => return Ok(items.to_vec()),
                // A range too long for memory fails at once, as CPython's preallocation does.
                Payload::Range(RangeData { start, stop, step }) => {
                    let len = crate::builtins::range_len(start, stop, step)?;
                    if len.checked_mul(std::mem::size_of::<Value>()).is_none_or(|bytes| bytes > 1 << 40) {
                        return Err(crate::objects::exception::memory_error(""));
                    }
                }
                _ => {}
            }
        }
    }
    let iter = get_iter(thread, iterable)?;
    let mut items = Vec::new();
    while let Some(item) = next(thread, &iter)? {
        items.push(item);
    }
    Ok(items)
}
