//! `range` and `slice`: construction, lengths, indexing and slicing with ints of any size.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::method;
use crate::objects::exception::{index_error, overflow_error, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::int::{int_from_big, is_int, to_big};
use crate::objects::iter::{IterState, LongRange};
use crate::objects::typeobj::{type_name, types};
use crate::objects::{tuple_of, OwnedPayload, Payload, RangeData, SliceData};
use crate::protocols::{self, iter};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::add_methods;
use super::arity::{method_args, one_arg};

pub(super) fn install() {
    let t = types();
    add_methods(
        &t.range,
        &[
            method!("__new__", range_new, StaticMethod),
            method!("__reversed__", range_reversed),
            method!("index", range_index),
            method!("count", range_count),
        ],
    );
    add_methods(&t.slice, &[method!("__new__", slice_new, StaticMethod), method!("indices", slice_indices_method)]);
}

// ---- range ----------------------------------------------------------------------------------

fn new_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    let payload = OwnedPayload::Range(RangeData {
        start: int_from_big(start),
        stop: int_from_big(stop),
        step: int_from_big(step),
    });
    Value::Obj(ObjRef::new(types().range.clone(), None, payload))
}

fn range_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(type_error("range() takes no keyword arguments"));
    }
    let p = args.pos().get(1..).unwrap_or_default();
    let mut ints = Vec::with_capacity(p.len());
    for v in p {
        if !is_int(v) && protocols::special(v, "__index__").is_none() {
            return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))));
        }
        ints.push(protocols::number::index_big(thread, v)?);
    }
    let mut ints = ints.into_iter();
    let (start, stop, step) = match (ints.next(), ints.next(), ints.next(), p.len()) {
        (Some(stop), None, None, _) => (BigInt::zero(), stop, BigInt::one()),
        (Some(start), Some(stop), None, _) => (start, stop, BigInt::one()),
        (Some(start), Some(stop), Some(step), 3) => (start, stop, step),
        (_, _, _, 0) => return Err(type_error("range expected at least 1 argument, got 0")),
        (_, _, _, n) => return Err(type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step.is_zero() {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(start, stop, step))
}

/// The state of `iter(range)`, or of `reversed(range)` when `reverse`: CPython's fast
/// `range_iterator` when the bounds, the length and the arithmetic past the ends fit an i64
/// (the same tests as CPython's, so that the iterator's class is the same), else a
/// `longrange_iterator`.
pub fn range_iter_state(start: &Value, stop: &Value, step: &Value, reverse: bool) -> IterState {
    let (a, b, c) = range_parts(start, stop, step);
    let len = big_range_len(&a, &b, &c);
    if let (Some(a), Some(b), Some(c), Some(n)) = (a.to_i64(), b.to_i64(), c.to_i64(), len.to_i64()) {
        if !reverse {
            let past_end_fits = n == 0 || if c > 0 { b <= i64::MAX - (c - 1) } else { b >= i64::MIN + (-1 - c) };
            if past_end_fits {
                return IterState::Range { next: a, stop: b, step: c };
            }
        } else if let (Some(back), Some(before)) = (c.checked_neg(), a.checked_sub(c)) {
            // From the last item down to one step before the first.
            let last = i128::from(before) + i128::from(n) * i128::from(c);
            if let Ok(last) = i64::try_from(last) {
                return IterState::Range { next: last, stop: before, step: back };
            }
        }
    }
    if reverse {
        let last = if len.is_zero() { a.clone() } else { &a + (&len - 1u8) * &c };
        IterState::LongRange(Box::new(LongRange { next: last, step: -c, left: len }))
    } else {
        IterState::LongRange(Box::new(LongRange { next: a, step: c, left: len }))
    }
}

/// `range.__reversed__()`.
fn range_reversed(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(Payload::Range(RangeData { start, stop, step })) = args.values.first().and_then(Value::payload) else {
        return Err(type_error("descriptor '__reversed__' requires a 'range' object"));
    };
    Ok(iter::new_iterator(range_iter_state(start, stop, step, true)))
}

/// The start, stop and step of a range as big ints.
pub fn range_parts(start: &Value, stop: &Value, step: &Value) -> (BigInt, BigInt, BigInt) {
    (to_big(start).unwrap_or_default(), to_big(stop).unwrap_or_default(), to_big(step).unwrap_or_else(BigInt::one))
}

/// The number of items of a range, of any size.
pub fn big_range_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() && start < stop {
        (stop - start - 1u8).div_floor(step) + 1u8
    } else if step.is_negative() && start > stop {
        (start - stop - 1u8).div_floor(&-step) + 1u8
    } else {
        BigInt::zero()
    }
}

/// `len(range)`: OverflowError when it does not fit a machine size.
pub fn range_len(start: &Value, stop: &Value, step: &Value) -> PyResult<usize> {
    let (a, b, c) = range_parts(start, stop, step);
    big_range_len(&a, &b, &c)
        .to_i64()
        .map(|n| n as usize)
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

/// Ranges are equal when they produce the same sequence (whatever their size).
pub fn ranges_equal(a: (&Value, &Value, &Value), b: (&Value, &Value, &Value)) -> bool {
    let (a0, a1, a2) = range_parts(a.0, a.1, a.2);
    let (b0, b1, b2) = range_parts(b.0, b.1, b.2);
    let len = big_range_len(&a0, &a1, &a2);
    len == big_range_len(&b0, &b1, &b2) && (len.is_zero() || (a0 == b0 && (len.is_one() || a2 == b2)))
}

/// `range[key]`: an item, or a new range for a slice.
pub fn range_getitem(thread: &mut Thread, obj: &ObjRef, key: &Value) -> PyResult<Value> {
    let Payload::Range(RangeData { start, stop, step }) = obj.payload() else { return Err(type_error("not a range")) };
    let (a, b, c) = range_parts(start, stop, step);
    let len = big_range_len(&a, &b, &c);
    if matches!(key.payload(), Some(Payload::Slice(SliceData { .. }))) {
        let (s, e, k) = big_slice_indices(thread, key, &len)?;
        return Ok(new_range(&a + &c * s, &a + &c * e, &c * k));
    }
    if !is_int(key) && protocols::special(key, "__index__").is_none() {
        return Err(type_error(format!("range indices must be integers or slices, not {}", type_name(key))));
    }
    let index = protocols::number::index_big(thread, key)?;
    let index = if index.is_negative() { index + &len } else { index };
    if index.is_negative() || index >= len {
        return Err(index_error("range object index out of range"));
    }
    Ok(int_from_big(a + c * index))
}

/// The position of int `x` in the range, when it is there.
fn int_position(obj: &Value, x: &BigInt) -> Option<BigInt> {
    let Some(Payload::Range(RangeData { start, stop, step })) = obj.payload() else { return None };
    let (a, b, c) = range_parts(start, stop, step);
    let inside = if c.is_positive() { &a <= x && x < &b } else { &b < x && x <= &a };
    let (q, r) = (x - &a).div_rem(&c);
    (inside && r.is_zero()).then_some(q)
}

/// An exact int (not a bool nor a subclass) is searched arithmetically; anything else by
/// iterating, as CPython does.
fn exact_int(value: &Value) -> Option<BigInt> {
    match value {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Obj(o) if ObjRef::ptr_eq(crate::objects::typeobj::class_of(value), &types().int) => {
            to_big(&Value::Obj(o.clone()))
        }
        _ => None,
    }
}

/// `x in range`, in constant time for ints.
pub fn range_contains(thread: &mut Thread, obj: &ObjRef, item: &Value) -> PyResult<bool> {
    let range = Value::Obj(obj.clone());
    if let Some(x) = exact_int(item) {
        return Ok(int_position(&range, &x).is_some());
    }
    let iterator = iter::get_iter(thread, &range)?;
    while let Some(candidate) = iter::next(thread, &iterator)? {
        if protocols::rich_eq(thread, &candidate, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn range_index(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let target = one_arg(&args, "range.index")?;
    let range = args.pos()[0].clone();
    if let Some(x) = exact_int(&target) {
        return match int_position(&range, &x) {
            Some(i) => Ok(int_from_big(i)),
            None => Err(value_error(format!("{x} is not in range"))),
        };
    }
    let iterator = iter::get_iter(thread, &range)?;
    let mut i = 0i64;
    while let Some(candidate) = iter::next(thread, &iterator)? {
        if protocols::rich_eq(thread, &candidate, &target)? {
            return Ok(Value::Int(i));
        }
        i += 1;
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}

fn range_count(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let target = one_arg(&args, "range.count")?;
    let range = args.pos()[0].clone();
    if let Some(x) = exact_int(&target) {
        return Ok(Value::Int(i64::from(int_position(&range, &x).is_some())));
    }
    let iterator = iter::get_iter(thread, &range)?;
    let mut n = 0i64;
    while let Some(candidate) = iter::next(thread, &iterator)? {
        if protocols::rich_eq(thread, &candidate, &target)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

// ---- slice ----------------------------------------------------------------------------------

fn slice_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = method_args(&args, "slice", 1, 3)?;
    let (start, stop, step) = match p {
        [stop] => (Value::None, stop.clone(), Value::None),
        [start, stop] => (start.clone(), stop.clone(), Value::None),
        [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
        _ => return Err(type_error("slice expected at least 1 argument, got 0")),
    };
    Ok(crate::ops::new_slice(start, stop, step))
}

/// One bound of a slice as a big int (None stays None).
fn slice_part(thread: &mut Thread, value: &Value) -> PyResult<Option<BigInt>> {
    if value.is_none() {
        return Ok(None);
    }
    if !is_int(value) && protocols::special(value, "__index__").is_none() {
        return Err(type_error("slice indices must be integers or None or have an __index__ method"));
    }
    protocols::number::index_big(thread, value).map(Some)
}

/// The start, stop and step a slice selects from a sequence of `len` items (CPython's
/// `slice.indices`), with ints of any size.
pub fn big_slice_indices(thread: &mut Thread, slice: &Value, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let Some(Payload::Slice(SliceData { start, stop, step })) = slice.payload() else {
        return Err(type_error("expected a slice"));
    };
    let step = slice_part(thread, step)?.unwrap_or_else(BigInt::one);
    if step.is_zero() {
        return Err(value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() { (BigInt::from(-1), len - 1u8) } else { (BigInt::zero(), len.clone()) };
    let clamp = |v: BigInt| {
        if v.is_negative() {
            (v + len).max(lower.clone())
        } else {
            v.min(upper.clone())
        }
    };
    let (default_start, default_stop) =
        if step.is_negative() { (upper.clone(), lower.clone()) } else { (lower.clone(), upper.clone()) };
    let start = slice_part(thread, start)?.map_or(default_start, clamp);
    let stop = slice_part(thread, stop)?.map_or(default_stop, clamp);
    Ok((start, stop, step))
}

fn slice_indices_method(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let slice = args.pos()[0].clone();
    let len = one_arg(&args, "slice.indices")?;
    if !is_int(&len) && protocols::special(&len, "__index__").is_none() {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&len))));
    }
    let len = protocols::number::index_big(thread, &len)?;
    if len.is_negative() {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step) = big_slice_indices(thread, &slice, &len)?;
    Ok(tuple_of([int_from_big(start), int_from_big(stop), int_from_big(step)]))
}
