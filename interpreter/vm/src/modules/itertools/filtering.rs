//! The iterators that pass on some items of another: `compress`, `dropwhile`, `takewhile`,
//! `filterfalse` and `islice`.

use std::sync::atomic::{AtomicBool, Ordering};

use parking_lot::Mutex;

use super::{call, check_no_keywords, exhausted, instance, new_class, next_item, receiver};
use crate::builtins::Method;
use crate::method;
use crate::modules::arguments::{between, exactly, parse, Signature};
use crate::objects::exception::value_error;
use crate::objects::function::Args;
use crate::protocols::iter::get_iter;
use crate::protocols::truthy;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

// ---------------------------------------------------------------------------------------------
// compress

pub(super) const COMPRESS: &[Method] =
    &[method!("__new__", compress_new, StaticMethod), method!("__next__", compress_next)];

struct Compress {
    data: Value,
    selectors: Value,
}

/// `compress(data, selectors)`.
fn compress_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "compress")?;
    let sig = Signature { name: "compress", params: &["data", "selectors"], posonly: 0, maxpos: 2, required: 2 };
    let bound = parse(&sig, &args)?;
    let data = get_iter(thread, bound[0].as_ref().unwrap_or(&Value::None))?;
    let selectors = get_iter(thread, bound[1].as_ref().unwrap_or(&Value::None))?;
    Ok(instance(class, Compress { data, selectors }))
}

fn compress_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let compress = receiver::<Compress>(&args, "__next__", "compress")?;
    loop {
        let Some(datum) = next_item(thread, &compress.data)? else { return Err(exhausted()) };
        let Some(selector) = next_item(thread, &compress.selectors)? else { return Err(exhausted()) };
        if truthy(thread, &selector)? {
            return Ok(datum);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// dropwhile and takewhile

pub(super) const DROPWHILE: &[Method] =
    &[method!("__new__", dropwhile_new, StaticMethod), method!("__next__", dropwhile_next)];
pub(super) const TAKEWHILE: &[Method] =
    &[method!("__new__", takewhile_new, StaticMethod), method!("__next__", takewhile_next)];

/// The state of `dropwhile` and `takewhile`: the predicate, the iterator, and whether the
/// predicate has failed once (dropping is over, or taking is).
struct WhileState {
    predicate: Value,
    iter: Value,
    done: AtomicBool,
}

fn while_new(thread: &mut Thread, args: Args<'_>, name: &str) -> PyResult<Value> {
    let (class, args) = new_class(&args, name)?;
    check_no_keywords(class, &args, name)?;
    let [predicate, iterable] = exactly(name, &args)?;
    let iter = get_iter(thread, iterable)?;
    Ok(instance(class, WhileState { predicate: predicate.clone(), iter, done: AtomicBool::new(false) }))
}

/// `dropwhile(predicate, iterable)`.
fn dropwhile_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    while_new(thread, args, "dropwhile")
}

/// `takewhile(predicate, iterable)`.
fn takewhile_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    while_new(thread, args, "takewhile")
}

fn dropwhile_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = receiver::<WhileState>(&args, "__next__", "dropwhile")?;
    loop {
        let Some(item) = next_item(thread, &state.iter)? else { return Err(exhausted()) };
        if state.done.load(Ordering::Acquire) {
            return Ok(item);
        }
        let verdict = call(thread, &state.predicate, std::slice::from_ref(&item))?;
        if !truthy(thread, &verdict)? {
            state.done.store(true, Ordering::Release);
            return Ok(item);
        }
    }
}

fn takewhile_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = receiver::<WhileState>(&args, "__next__", "takewhile")?;
    if state.done.load(Ordering::Acquire) {
        return Err(exhausted());
    }
    let Some(item) = next_item(thread, &state.iter)? else { return Err(exhausted()) };
    let verdict = call(thread, &state.predicate, std::slice::from_ref(&item))?;
    if truthy(thread, &verdict)? {
        return Ok(item);
    }
    state.done.store(true, Ordering::Release);
    Err(exhausted())
}

// ---------------------------------------------------------------------------------------------
// filterfalse

pub(super) const FILTERFALSE: &[Method] =
    &[method!("__new__", filterfalse_new, StaticMethod), method!("__next__", filterfalse_next)];

struct FilterFalse {
    /// None: the items' own truth.
    function: Value,
    iter: Value,
}

/// `filterfalse(function, iterable)`.
fn filterfalse_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "filterfalse")?;
    check_no_keywords(class, &args, "filterfalse")?;
    let [function, iterable] = exactly("filterfalse", &args)?;
    let iter = get_iter(thread, iterable)?;
    Ok(instance(class, FilterFalse { function: function.clone(), iter }))
}

fn filterfalse_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = receiver::<FilterFalse>(&args, "__next__", "filterfalse")?;
    loop {
        let Some(item) = next_item(thread, &state.iter)? else { return Err(exhausted()) };
        let keep = if state.function.is_none() {
            truthy(thread, &item)?
        } else {
            let verdict = call(thread, &state.function, std::slice::from_ref(&item))?;
            truthy(thread, &verdict)?
        };
        if !keep {
            return Ok(item);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// islice

pub(super) const ISLICE: &[Method] = &[method!("__new__", islice_new, StaticMethod), method!("__next__", islice_next)];

const STOP_MESSAGE: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const INDICES_MESSAGE: &str = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const STEP_MESSAGE: &str = "Step for islice() must be a positive integer or None.";

struct Islice {
    state: Mutex<IsliceState>,
}

struct IsliceState {
    /// None once the slice is over: the iterator is not advanced past its end.
    iter: Option<Value>,
    /// The index of the next item to yield, and how many items were read.
    next: i64,
    read: i64,
    /// -1: no stop.
    stop: i64,
    step: i64,
}

/// An index argument of islice: None is `default`; anything that is not an int in range
/// reads as -1, which the caller then refuses (CPython clears the conversion's error).
fn index_or(thread: &mut Thread, value: Option<&Value>, default: i64) -> i64 {
    match value {
        None | Some(Value::None) => default,
        Some(value) => crate::protocols::number::index_of(thread, value).unwrap_or(-1),
    }
}

/// `islice(iterable, stop)` or `islice(iterable, start, stop[, step])`.
fn islice_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "islice")?;
    check_no_keywords(class, &args, "islice")?;
    let pos = between("islice", &args, 2, 4)?;
    let (mut start, mut stop, mut step) = (0, -1, 1);
    if pos.len() == 2 {
        if !pos[1].is_none() {
            stop = index_or(thread, Some(&pos[1]), -1);
            if stop == -1 {
                return Err(value_error(STOP_MESSAGE));
            }
        }
    } else {
        start = index_or(thread, Some(&pos[1]), 0);
        if !pos[2].is_none() {
            stop = index_or(thread, Some(&pos[2]), -1);
            if stop == -1 {
                return Err(value_error(STOP_MESSAGE));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(value_error(INDICES_MESSAGE));
    }
    if pos.len() == 4 {
        step = index_or(thread, Some(&pos[3]), 1);
    }
    if step < 1 {
        return Err(value_error(STEP_MESSAGE));
    }
    let iter = get_iter(thread, &pos[0])?;
    let state = IsliceState { iter: Some(iter), next: start, read: 0, stop, step };
    Ok(instance(class, Islice { state: Mutex::new(state) }))
}

/// Reads one item for islice; the end of the iterator ends the slice.
fn islice_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let islice = receiver::<Islice>(&args, "__next__", "islice")?;
    loop {
        // Each read of the underlying iterator is claimed under the lock before it is made
        // (without the lock: it runs Python code), so threads sharing the islice never read
        // past its stop or yield one position twice.
        let (iter, yields) = {
            let mut state = islice.state.lock();
            let Some(iter) = state.iter.clone() else { return Err(exhausted()) };
            let yields = state.read >= state.next;
            if yields && state.stop != -1 && state.read >= state.stop {
                state.iter = None;
                return Err(exhausted());
            }
            state.read += 1;
            if yields {
                let following = state.next.checked_add(state.step);
                state.next = match following {
                    Some(n) if state.stop == -1 || n <= state.stop => n,
                    _ => state.stop,
                };
            }
            (iter, yields)
        };
        match next_item(thread, &iter)? {
            None => {
                islice.state.lock().iter = None;
                return Err(exhausted());
            }
            Some(item) if yields => return Ok(item),
            Some(_) => {}
        }
    }
}

// ---------------------------------------------------------------------------------------------
// What the cycle collector sees (the fields set once are visited; the collector breaks a cycle
// through them by clearing the other objects in it)

impl crate::gc::traverse::NativeData for Compress {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.data);
        visit(&self.selectors);
    }
}

impl crate::gc::traverse::NativeData for WhileState {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.predicate);
        visit(&self.iter);
    }
}

impl crate::gc::traverse::NativeData for FilterFalse {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.function);
        visit(&self.iter);
    }
}

impl crate::gc::traverse::NativeData for Islice {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(state) = self.state.try_lock() {
            state.iter.iter().for_each(visit);
        }
    }

    fn clear(&self) -> Vec<Value> {
        self.state.try_lock().and_then(|mut s| s.iter.take()).into_iter().collect()
    }
}
