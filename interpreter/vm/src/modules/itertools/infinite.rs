//! The iterators that may never end: `count`, `cycle` and `repeat`.

use parking_lot::Mutex;

use super::{check_no_keywords, exhausted, instance, new_class, next_item, receiver, ssize_arg};
use crate::builtins::Method;
use crate::method;
use crate::modules::arguments::{exactly, parse, Signature};
use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::int::{is_int, to_i64};
use crate::objects::str::new_str;
use crate::objects::typeobj::{class_of, type_data};
use crate::objects::Payload;
use crate::protocols::number::binary_op;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;
use ferrython_bytecode::BinaryOp;

/// The short name of the receiver's type, as the reprs show it (`count`, or a subclass's).
fn short_type_name(this: &Value) -> String {
    type_data(class_of(this)).name()
}

// ---------------------------------------------------------------------------------------------
// count

pub(super) const COUNT: &[Method] =
    &[method!("__new__", count_new, StaticMethod), method!("__next__", count_next), method!("__repr__", count_repr)];

struct Count {
    /// The next value and the step.
    state: Mutex<(Value, Value)>,
}

/// Whether `value` is a number to `count` (CPython's `PyNumber_Check`).
fn is_number(value: &Value) -> bool {
    match value {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => true,
        _ => {
            matches!(value.payload(), Some(Payload::Int(_) | Payload::Float(_) | Payload::Complex(..)))
                || ["__index__", "__int__", "__float__"]
                    .iter()
                    .any(|name| crate::protocols::special(value, name).is_some())
        }
    }
}

/// `count(start=0, step=1)`.
fn count_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "count")?;
    let sig = Signature { name: "count", params: &["start", "step"], posonly: 0, maxpos: 2, required: 0 };
    let bound = parse(&sig, &args)?;
    let [start, step] = [&bound[0], &bound[1]];
    if start.as_ref().is_some_and(|v| !is_number(v)) || step.as_ref().is_some_and(|v| !is_number(v)) {
        return Err(type_error("a number is required"));
    }
    let step_is_one = step.as_ref().is_none_or(|s| is_int(s) && to_i64(s) == Some(1));
    let small_start = match start {
        None => Some(0),
        Some(s) if is_int(s) => to_i64(s),
        Some(_) => None,
    };
    // Counting machine ints by one yields plain ints whatever int-like start was given
    // (`count(True)` counts 1, 2, ...); otherwise the start itself comes first.
    let state = match (small_start, step_is_one) {
        (Some(first), true) => (Value::Int(first), Value::Int(1)),
        _ => (start.clone().unwrap_or(Value::Int(0)), step.clone().unwrap_or(Value::Int(1))),
    };
    Ok(instance(class, Count { state: Mutex::new(state) }))
}

fn count_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let count = receiver::<Count>(&args, "__next__", "count")?;
    let (current, step) = {
        let mut state = count.state.lock();
        // Machine-sized steps are taken under the lock, so that threads sharing the counter
        // never see the same value twice.
        let fast = match (&state.0, &state.1) {
            (Value::Int(current), Value::Int(step)) => current.checked_add(*step),
            _ => None,
        };
        if let Some(next) = fast {
            return Ok(std::mem::replace(&mut state.0, Value::Int(next)));
        }
        (state.0.clone(), state.1.clone())
    };
    let next = binary_op(thread, current.clone(), step, BinaryOp::Add)?;
    count.state.lock().0 = next;
    Ok(current)
}

fn count_repr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let count = receiver::<Count>(&args, "__repr__", "count")?;
    let name = short_type_name(&args.values[0]);
    let (current, step) = count.state.lock().clone();
    let current = crate::protocols::repr(thread, &current)?;
    if is_int(&step) && to_i64(&step) == Some(1) {
        return Ok(new_str(format!("{name}({current})")));
    }
    let step = crate::protocols::repr(thread, &step)?;
    Ok(new_str(format!("{name}({current}, {step})")))
}

// ---------------------------------------------------------------------------------------------
// cycle

pub(super) const CYCLE: &[Method] = &[method!("__new__", cycle_new, StaticMethod), method!("__next__", cycle_next)];

struct Cycle {
    state: Mutex<CycleState>,
}

struct CycleState {
    /// The iterator, during the first pass.
    iter: Option<Value>,
    /// The items seen in the first pass, replayed after it.
    saved: Vec<Value>,
    index: usize,
}

/// `cycle(iterable)`.
fn cycle_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "cycle")?;
    check_no_keywords(class, &args, "cycle")?;
    let [iterable] = exactly("cycle", &args)?;
    let iter = crate::protocols::iter::get_iter(thread, iterable)?;
    let state = CycleState { iter: Some(iter), saved: Vec::new(), index: 0 };
    Ok(instance(class, Cycle { state: Mutex::new(state) }))
}

fn cycle_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let cycle = receiver::<Cycle>(&args, "__next__", "cycle")?;
    let first_pass = cycle.state.lock().iter.clone();
    if let Some(iter) = first_pass {
        if let Some(item) = next_item(thread, &iter)? {
            cycle.state.lock().saved.push(item.clone());
            return Ok(item);
        }
        cycle.state.lock().iter = None;
    }
    let mut state = cycle.state.lock();
    if state.saved.is_empty() {
        return Err(exhausted());
    }
    let index = state.index % state.saved.len();
    state.index = index + 1;
    Ok(state.saved[index].clone())
}

// ---------------------------------------------------------------------------------------------
// repeat

pub(super) const REPEAT: &[Method] = &[
    method!("__new__", repeat_new, StaticMethod),
    method!("__next__", repeat_next),
    method!("__repr__", repeat_repr),
    method!("__length_hint__", repeat_length_hint),
];

struct Repeat {
    object: Value,
    /// How many more times; None for ever.
    remaining: Mutex<Option<i64>>,
}

/// `repeat(object, times=None)`: `times` must be an int (a negative one means none).
fn repeat_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "repeat")?;
    let sig = Signature { name: "repeat", params: &["object", "times"], posonly: 0, maxpos: 2, required: 1 };
    let bound = parse(&sig, &args)?;
    let remaining = match &bound[1] {
        None => None,
        Some(times) => Some(ssize_arg(thread, times)?.max(0)),
    };
    let object = bound[0].clone().unwrap_or_default();
    Ok(instance(class, Repeat { object, remaining: Mutex::new(remaining) }))
}

fn repeat_next(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let repeat = receiver::<Repeat>(&args, "__next__", "repeat")?;
    let mut remaining = repeat.remaining.lock();
    match *remaining {
        Some(0) => return Err(exhausted()),
        Some(n) => *remaining = Some(n - 1),
        None => {}
    }
    Ok(repeat.object.clone())
}

fn repeat_repr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let repeat = receiver::<Repeat>(&args, "__repr__", "repeat")?;
    let name = short_type_name(&args.values[0]);
    let remaining = *repeat.remaining.lock();
    let object = crate::protocols::repr(thread, &repeat.object)?;
    Ok(new_str(match remaining {
        None => format!("{name}({object})"),
        Some(n) => format!("{name}({object}, {n})"),
    }))
}

fn repeat_length_hint(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let repeat = receiver::<Repeat>(&args, "__length_hint__", "repeat")?;
    match *repeat.remaining.lock() {
        None => Err(type_error("len() of unsized object")),
        Some(n) => Ok(Value::Int(n)),
    }
}

// ---------------------------------------------------------------------------------------------
// What the cycle collector sees

impl crate::gc::traverse::NativeData for Count {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(state) = self.state.try_lock() {
            visit(&state.0);
            visit(&state.1);
        }
    }
}

impl crate::gc::traverse::NativeData for Cycle {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(state) = self.state.try_lock() {
            state.iter.iter().chain(state.saved.iter()).for_each(visit);
        }
    }

    fn clear(&self) -> Vec<Value> {
        let Some(mut state) = self.state.try_lock() else { return Vec::new() };
        let mut taken = std::mem::take(&mut state.saved);
        taken.extend(state.iter.take());
        taken
    }
}

impl crate::gc::traverse::NativeData for Repeat {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.object);
    }
}
