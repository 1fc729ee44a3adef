//! How the builtin iterators pickle and copy: `__reduce__` of every native iterator (rebuild
//! with `iter`, `reversed`, `enumerate`, `zip`, `map` or `filter`, then the position) and the
//! `__setstate__` of those whose position can be restored, as CPython 3.12's do.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::method;
use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::int::int_from_big;
use crate::objects::iter::{DictViewKind, IterState};
use crate::objects::str::new_str;
use crate::objects::typeobj::{class_of, is_subtype, type_name, types};
use crate::objects::{list, tuple, tuple_of, OwnedPayload, Payload, RangeData};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::add_methods;

pub(super) fn install() {
    let t = types();
    for class in t.iterator_classes() {
        add_methods(class, &[method!("__reduce__", iterator_reduce)]);
    }
    for class in [
        &t.list_iterator,
        &t.tuple_iterator,
        &t.str_ascii_iterator,
        &t.str_iterator,
        &t.bytes_iterator,
        &t.bytearray_iterator,
        &t.range_iterator,
        &t.longrange_iterator,
        &t.iterator,
        &t.reversed,
        &t.list_reverseiterator,
        &t.zip,
    ] {
        add_methods(class, &[method!("__setstate__", iterator_setstate)]);
    }
}

/// The native iterator a method was called on.
fn receiver<'a>(args: &'a Args<'_>, method: &str) -> PyResult<(&'a Value, &'a ObjRef)> {
    let this = args.values.first().ok_or_else(|| type_error(format!("{method}() needs an iterator")))?;
    match this.as_obj() {
        Some(obj) if matches!(obj.payload(), Payload::Iterator(_)) => Ok((this, obj)),
        _ => Err(type_error(format!("descriptor '{method}' needs a builtin iterator, not '{}'", type_name(this)))),
    }
}

fn state_of(obj: &ObjRef) -> &crate::sync::Mutex<IterState> {
    match obj.payload() {
        Payload::Iterator(state) => state,
        _ => unreachable!("receiver() checked the payload"),
    }
}

/// A builtin by name, looked up as CPython's `_PyEval_GetBuiltin` does: through the builtins
/// dict with full key equality (its keys may be objects with their own `__eq__`).
fn builtin(thread: &mut Thread, name: &str) -> PyResult<Value> {
    let dict = thread.interp.builtins_dict.clone();
    let key = Value::Obj(crate::objects::str::intern(name));
    let found = match crate::objects::dict_of(&dict) {
        Some(d) => d.get(thread, &key)?,
        None => None,
    };
    found.ok_or_else(|| crate::objects::exception::attribute_error(name.to_string()))
}

/// The items of a range iterator still to come, from `next` by `step` below (or above) `stop`.
fn range_left(next: i64, stop: i64, step: i64) -> i128 {
    let span = if step > 0 { i128::from(stop) - i128::from(next) } else { i128::from(next) - i128::from(stop) };
    if span <= 0 {
        0
    } else {
        (span - 1) / i128::from(step.unsigned_abs()) + 1
    }
}

fn new_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let payload = OwnedPayload::Range(RangeData {
        start: int_from_big(start),
        stop: int_from_big(stop),
        step: int_from_big(step),
    });
    Value::Obj(ObjRef::new(types().range.clone(), None, payload))
}

/// `it.__reduce__()`: `(callable, args)` or `(callable, args, position)`.
fn iterator_reduce(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (this, obj) = receiver(&args, "__reduce__")?;
    let t = types();
    let class = Value::Obj(class_of(this).clone());
    let iter = builtin(thread, "iter")?;
    let guard = state_of(obj).lock();
    let with_index =
        |callable: Value, seq: Value, index: usize| tuple_of([callable, tuple_of([seq]), Value::Int(index as i64)]);
    let reduced = match &*guard {
        IterState::List { list, index } => with_index(iter, Value::Obj(list.clone()), *index),
        IterState::Tuple { tuple, index } => with_index(iter, Value::Obj(tuple.clone()), *index),
        IterState::Bytes { bytes, index } => with_index(iter, Value::Obj(bytes.clone()), *index),
        IterState::Str { string, offset } => {
            let index = match string.payload() {
                Payload::Str(s) => s.wtf8().get(..*offset).map_or(0, chars_in),
                _ => 0,
            };
            with_index(iter, Value::Obj(string.clone()), index)
        }
        IterState::Range { next, stop, step } => {
            let left = range_left(*next, *stop, *step);
            let end = i128::from(*next) + left * i128::from(*step);
            let range = new_range(BigInt::from(*next), BigInt::from(end), BigInt::from(*step));
            tuple_of([iter, tuple_of([range]), Value::None])
        }
        IterState::LongRange(long) => {
            let crate::objects::iter::LongRange { next, step, left } = &**long;
            let range = new_range(next.clone(), next + left * step, step.clone());
            tuple_of([iter, tuple_of([range]), Value::None])
        }
        IterState::Seq { seq, index, step } => {
            let callable = if *step < 0 { Value::Obj(t.reversed.clone()) } else { iter };
            tuple_of([callable, tuple_of([seq.clone()]), Value::Int(*index)])
        }
        IterState::Set { items, index, .. } => {
            tuple_of([iter, tuple_of([list(items.get(*index..).unwrap_or_default().to_vec())])])
        }
        IterState::Dict { dict, position, kind, remaining, .. } => {
            let items = dict_rest(dict, *position, *kind, *remaining);
            tuple_of([iter, tuple_of([list(items)])])
        }
        IterState::Callable { callable, sentinel } => tuple_of([iter, tuple_of([callable.clone(), sentinel.clone()])]),
        IterState::Enumerate { iter: inner, count, .. } => tuple_of([class, tuple_of([inner.clone(), count.clone()])]),
        IterState::Zip { iters, strict, .. } => {
            let mut reduced = vec![class, tuple(iters.to_vec())];
            if *strict {
                reduced.push(Value::Bool(true));
            }
            tuple(reduced)
        }
        IterState::Map { func, iters } => {
            let mut parts = vec![func.clone()];
            parts.extend(iters.iter().cloned());
            tuple_of([class, tuple(parts)])
        }
        IterState::Filter { func, iter: inner } => tuple_of([class, tuple_of([func.clone(), inner.clone()])]),
        IterState::Exhausted => exhausted_reduce(obj, class, iter),
    };
    Ok(reduced)
}

/// What an exhausted iterator reduces to: its callable over an empty container of the kind it
/// iterated (CPython's iterators drop their container when done).
fn exhausted_reduce(obj: &ObjRef, class: Value, iter: Value) -> Value {
    let t = types();
    let is = |c: &ObjRef| ObjRef::ptr_eq(&obj.class, c);
    if is(&t.list_reverseiterator) {
        return tuple_of([Value::Obj(t.reversed.clone()), tuple_of([list(vec![])])]);
    }
    let empty_list = [&t.list_iterator, &t.dict_keyiterator, &t.dict_valueiterator, &t.dict_itemiterator];
    if empty_list.into_iter().chain([&t.set_iterator]).any(is) {
        return tuple_of([iter, tuple_of([list(vec![])])]);
    }
    if is(&t.str_ascii_iterator) || is(&t.str_iterator) {
        return tuple_of([iter, tuple_of([new_str("")])]);
    }
    if is(&t.range_iterator) || is(&t.longrange_iterator) {
        let range = new_range(BigInt::zero(), BigInt::zero(), BigInt::from(1));
        return tuple_of([iter, tuple_of([range]), Value::None]);
    }
    if is_subtype(&obj.class, &t.zip) {
        return tuple_of([class, tuple_of([])]);
    }
    if is_subtype(&obj.class, &t.reversed) {
        return tuple_of([class, tuple_of([tuple(vec![])])]);
    }
    tuple_of([iter, tuple_of([tuple(vec![])])])
}

/// The number of code points in a run of WTF-8.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| (**b & 0xC0) != 0x80).count()
}

/// The entries a dict (or set) iterator has still to give, without moving it.
fn dict_rest(dict: &ObjRef, mut position: usize, kind: DictViewKind, remaining: usize) -> Vec<Value> {
    let Some(table) = crate::objects::dict_of(dict) else { return vec![] };
    let mut items = Vec::new();
    while items.len() < remaining {
        let (_, entry) = table.entry_from(position);
        let Some((after, key, value)) = entry else { break };
        position = after;
        items.push(match kind {
            DictViewKind::Keys => key,
            DictViewKind::Values => value,
            DictViewKind::Items => tuple_of([key, value]),
        });
    }
    items
}

/// `it.__setstate__(position)`: moves a sequence or range iterator to `position` (clamped to
/// the sequence), or sets a zip's strictness.
fn iterator_setstate(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (_, obj) = receiver(&args, "__setstate__")?;
    let Some(state) = args.values.get(1).filter(|_| args.values.len() == 2 && args.kwnames.is_empty()) else {
        return Err(type_error(format!("__setstate__() takes exactly one argument ({} given)", args.values.len() - 1)));
    };
    let mutex = state_of(obj);
    if matches!(&*mutex.lock(), IterState::Zip { .. }) {
        let strict = protocols::truthy(thread, state)?;
        if let IterState::Zip { strict: s, .. } = &mut *mutex.lock() {
            *s = strict;
        }
        return Ok(Value::None);
    }
    if matches!(&*mutex.lock(), IterState::LongRange(_)) {
        let wanted = protocols::number::index_big(thread, state)?;
        if let IterState::LongRange(long) = &mut *mutex.lock() {
            let crate::objects::iter::LongRange { next, step, left } = &mut **long;
            let skip = if wanted.is_negative() { BigInt::zero() } else { wanted.min(left.clone()) };
            *next += &skip * &*step;
            *left -= skip;
        }
        return Ok(Value::None);
    }
    let wanted = protocols::number::index_of(thread, state)?;
    // The length of a reversed sequence is asked before the lock is taken (it may run Python).
    let reversed_len = match &*mutex.lock() {
        IterState::Seq { seq, step, .. } if *step < 0 => Some(seq.clone()),
        _ => None,
    };
    let reversed_len = match reversed_len {
        Some(seq) => Some(protocols::len(thread, &seq)? as i64),
        None => None,
    };
    let clamp = |len: usize| wanted.clamp(0, len as i64) as usize;
    match &mut *mutex.lock() {
        IterState::List { list, index } => *index = clamp(protocols::payload_len(list).unwrap_or(0)),
        IterState::Tuple { tuple, index } => *index = clamp(protocols::payload_len(tuple).unwrap_or(0)),
        IterState::Bytes { bytes, index } => *index = clamp(protocols::payload_len(bytes).unwrap_or(0)),
        IterState::Str { string, offset } => {
            if let Payload::Str(s) = string.payload() {
                let chars = clamp(s.char_len());
                *offset = byte_offset(s.wtf8(), chars);
            }
        }
        IterState::Range { next, stop, step } => {
            let skip = (wanted.max(0) as i128).min(range_left(*next, *stop, *step));
            let moved = i128::from(*next) + skip * i128::from(*step);
            *next = moved.to_i64().unwrap_or(*stop);
        }
        IterState::Seq { index, step, .. } => match reversed_len {
            Some(len) if *step < 0 => *index = wanted.clamp(-1, len - 1),
            _ => *index = wanted.max(0),
        },
        _ => {}
    }
    Ok(Value::None)
}

/// The byte offset of code point `chars` in a run of WTF-8.
fn byte_offset(bytes: &[u8], chars: usize) -> usize {
    let mut seen = 0;
    for (at, byte) in bytes.iter().enumerate() {
        if (byte & 0xC0) != 0x80 {
            if seen == chars {
                return at;
            }
            seen += 1;
        }
    }
    bytes.len()
}
