//! The iterators that make new items from others: `accumulate`, `batched`, `chain`,
//! `pairwise`, `starmap` and `zip_longest`.

use parking_lot::Mutex;

use super::{call, check_no_keywords, exhausted, instance, new_class, next_item, pool_of, receiver, ssize_arg};
use crate::builtins::Method;
use crate::method;
use crate::modules::arguments::{exactly, parse, Signature};
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::str::as_pystr;
use crate::objects::{tuple, tuple_of};
use crate::protocols::iter::get_iter;
use crate::protocols::number::binary_op;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;
use ferrython_bytecode::BinaryOp;

// ---------------------------------------------------------------------------------------------
// accumulate

pub(super) const ACCUMULATE: &[Method] =
    &[method!("__new__", accumulate_new, StaticMethod), method!("__next__", accumulate_next)];

struct Accumulate {
    iter: Value,
    /// None: addition.
    function: Value,
    state: Mutex<AccumulateState>,
}

struct AccumulateState {
    /// The running total, once there is one.
    total: Option<Value>,
    /// The `initial` value, until it has been yielded.
    initial: Option<Value>,
}

/// `accumulate(iterable, func=None, *, initial=None)`.
fn accumulate_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "accumulate")?;
    let sig =
        Signature { name: "accumulate", params: &["iterable", "func", "initial"], posonly: 0, maxpos: 2, required: 1 };
    let bound = parse(&sig, &args)?;
    let iter = get_iter(thread, bound[0].as_ref().unwrap_or(&Value::None))?;
    let function = bound[1].clone().unwrap_or(Value::None);
    let initial = bound[2].clone().filter(|v| !v.is_none());
    let state = AccumulateState { total: None, initial };
    Ok(instance(class, Accumulate { iter, function, state: Mutex::new(state) }))
}

fn accumulate_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let acc = receiver::<Accumulate>(&args, "__next__", "accumulate")?;
    let total = {
        let mut state = acc.state.lock();
        if let Some(initial) = state.initial.take() {
            state.total = Some(initial.clone());
            return Ok(initial);
        }
        state.total.clone()
    };
    let Some(item) = next_item(thread, &acc.iter)? else { return Err(exhausted()) };
    let total = match total {
        None => item,
        Some(total) if acc.function.is_none() => binary_op(thread, total, item, BinaryOp::Add)?,
        Some(total) => call(thread, &acc.function, &[total, item])?,
    };
    acc.state.lock().total = Some(total.clone());
    Ok(total)
}

// ---------------------------------------------------------------------------------------------
// batched

pub(super) const BATCHED: &[Method] =
    &[method!("__new__", batched_new, StaticMethod), method!("__next__", batched_next)];

struct Batched {
    /// None once the iterator ended.
    iter: Mutex<Option<Value>>,
    size: usize,
}

/// `batched(iterable, n)`.
fn batched_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "batched")?;
    let sig = Signature { name: "batched", params: &["iterable", "n"], posonly: 0, maxpos: 2, required: 2 };
    let bound = parse(&sig, &args)?;
    let n = ssize_arg(thread, bound[1].as_ref().unwrap_or(&Value::None))?;
    if n < 1 {
        return Err(value_error("n must be at least one"));
    }
    let iter = get_iter(thread, bound[0].as_ref().unwrap_or(&Value::None))?;
    Ok(instance(class, Batched { iter: Mutex::new(Some(iter)), size: n as usize }))
}

fn batched_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let batched = receiver::<Batched>(&args, "__next__", "batched")?;
    let Some(iter) = batched.iter.lock().clone() else { return Err(exhausted()) };
    let mut items = Vec::with_capacity(batched.size.min(1024));
    while items.len() < batched.size {
        match next_item(thread, &iter)? {
            Some(item) => items.push(item),
            None => {
                *batched.iter.lock() = None;
                break;
            }
        }
    }
    if items.is_empty() {
        return Err(exhausted());
    }
    Ok(tuple(items))
}

// ---------------------------------------------------------------------------------------------
// chain

pub(super) const CHAIN: &[Method] = &[
    method!("__new__", chain_new, StaticMethod),
    method!("__next__", chain_next),
    method!("from_iterable", chain_from_iterable, ClassMethod),
    method!("__class_getitem__", chain_class_getitem, ClassMethod),
];

struct Chain {
    state: Mutex<ChainState>,
}

struct ChainState {
    /// The iterator over the iterables; None once it ended.
    sources: Option<Value>,
    /// The iterator of the current iterable.
    active: Option<Value>,
}

fn new_chain(class: &ObjRef, sources: Value) -> Value {
    instance(class, Chain { state: Mutex::new(ChainState { sources: Some(sources), active: None }) })
}

/// `chain(*iterables)`.
fn chain_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "chain")?;
    check_no_keywords(class, &args, "chain")?;
    let sources = get_iter(thread, &tuple(args.pos().to_vec()))?;
    Ok(new_chain(class, sources))
}

/// `chain.from_iterable(iterable)`.
fn chain_from_iterable(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "chain")?;
    crate::modules::arguments::no_keywords(&args, "from_iterable")?;
    let [iterable] = args.pos() else {
        return Err(type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            args.pos().len()
        )));
    };
    let sources = get_iter(thread, iterable)?;
    Ok(new_chain(class, sources))
}

fn chain_class_getitem(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match args.pos() {
        [class, item] => Ok(crate::builtins::builtin_generic(class.clone(), item.clone())),
        _ => Err(type_error("__class_getitem__ expects one argument")),
    }
}

fn chain_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let chain = receiver::<Chain>(&args, "__next__", "chain")?;
    loop {
        let (active, sources) = {
            let state = chain.state.lock();
            (state.active.clone(), state.sources.clone())
        };
        if let Some(active) = active {
            if let Some(item) = next_item(thread, &active)? {
                return Ok(item);
            }
            let mut state = chain.state.lock();
            if state.active.as_ref().is_some_and(|a| a.is(&active)) {
                state.active = None;
            }
            continue;
        }
        let Some(sources) = sources else { return Err(exhausted()) };
        match next_item(thread, &sources)? {
            Some(iterable) => match get_iter(thread, &iterable) {
                Ok(iter) => chain.state.lock().active = Some(iter),
                Err(err) => {
                    // An input that is not iterable ends the chain.
                    chain.state.lock().sources = None;
                    return Err(err);
                }
            },
            None => {
                chain.state.lock().sources = None;
                return Err(exhausted());
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// pairwise

pub(super) const PAIRWISE: &[Method] =
    &[method!("__new__", pairwise_new, StaticMethod), method!("__next__", pairwise_next)];

struct Pairwise {
    state: Mutex<PairwiseState>,
}

struct PairwiseState {
    /// None once the iterator ended.
    iter: Option<Value>,
    /// The item to pair with the next one.
    previous: Option<Value>,
}

/// `pairwise(iterable)`.
fn pairwise_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "pairwise")?;
    check_no_keywords(class, &args, "pairwise")?;
    let [iterable] = exactly("pairwise", &args)?;
    let iter = get_iter(thread, iterable)?;
    Ok(instance(class, Pairwise { state: Mutex::new(PairwiseState { iter: Some(iter), previous: None }) }))
}

fn pairwise_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let pairwise = receiver::<Pairwise>(&args, "__next__", "pairwise")?;
    let (iter, previous) = {
        let state = pairwise.state.lock();
        let Some(iter) = state.iter.clone() else { return Err(exhausted()) };
        (iter, state.previous.clone())
    };
    let finish = || {
        let mut state = pairwise.state.lock();
        state.iter = None;
        state.previous = None;
        exhausted()
    };
    let previous = match previous {
        Some(previous) => previous,
        None => match next_item(thread, &iter)? {
            Some(first) => first,
            None => return Err(finish()),
        },
    };
    let Some(item) = next_item(thread, &iter)? else { return Err(finish()) };
    pairwise.state.lock().previous = Some(item.clone());
    Ok(tuple_of([previous, item]))
}

// ---------------------------------------------------------------------------------------------
// starmap

pub(super) const STARMAP: &[Method] =
    &[method!("__new__", starmap_new, StaticMethod), method!("__next__", starmap_next)];

struct Starmap {
    function: Value,
    iter: Value,
}

/// `starmap(function, iterable)`.
fn starmap_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "starmap")?;
    check_no_keywords(class, &args, "starmap")?;
    let [function, iterable] = exactly("starmap", &args)?;
    let iter = get_iter(thread, iterable)?;
    Ok(instance(class, Starmap { function: function.clone(), iter }))
}

fn starmap_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let starmap = receiver::<Starmap>(&args, "__next__", "starmap")?;
    let Some(item) = next_item(thread, &starmap.iter)? else { return Err(exhausted()) };
    let arguments = pool_of(thread, &item)?;
    call(thread, &starmap.function, &arguments)
}

// ---------------------------------------------------------------------------------------------
// zip_longest

pub(super) const ZIP_LONGEST: &[Method] =
    &[method!("__new__", zip_longest_new, StaticMethod), method!("__next__", zip_longest_next)];

struct ZipLongest {
    fill: Value,
    state: Mutex<ZipState>,
}

struct ZipState {
    /// The iterators; None for those that ended.
    iters: Vec<Option<Value>>,
    /// How many have not ended.
    active: usize,
}

/// `zip_longest(*iterables, fillvalue=None)`.
fn zip_longest_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "zip_longest")?;
    let mut fill = Value::None;
    if !args.kwnames.is_empty() {
        let only_fill =
            args.kwnames.len() == 1 && as_pystr(&args.kwnames[0]).is_some_and(|name| name.as_str() == "fillvalue");
        if !only_fill {
            return Err(type_error("zip_longest() got an unexpected keyword argument"));
        }
        fill = args.values[args.values.len() - 1].clone();
    }
    let mut iters = Vec::with_capacity(args.pos().len());
    for iterable in args.pos() {
        iters.push(Some(get_iter(thread, iterable)?));
    }
    let active = iters.len();
    Ok(instance(class, ZipLongest { fill, state: Mutex::new(ZipState { iters, active }) }))
}

fn zip_longest_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let zip = receiver::<ZipLongest>(&args, "__next__", "zip_longest")?;
    let iters = {
        let state = zip.state.lock();
        if state.iters.is_empty() || state.active == 0 {
            return Err(exhausted());
        }
        state.iters.clone()
    };
    let mut row = Vec::with_capacity(iters.len());
    for (index, iter) in iters.iter().enumerate() {
        let Some(iter) = iter else {
            row.push(zip.fill.clone());
            continue;
        };
        match next_item(thread, iter)? {
            Some(item) => row.push(item),
            None => {
                let mut state = zip.state.lock();
                if state.iters[index].take().is_some() {
                    state.active -= 1;
                }
                if state.active == 0 {
                    return Err(exhausted());
                }
                row.push(zip.fill.clone());
            }
        }
    }
    Ok(tuple(row))
}

// ---------------------------------------------------------------------------------------------
// What the cycle collector sees

impl crate::gc::traverse::NativeData for Accumulate {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.iter);
        visit(&self.function);
        if let Some(state) = self.state.try_lock() {
            state.total.iter().chain(state.initial.iter()).for_each(visit);
        }
    }

    fn clear(&self) -> Vec<Value> {
        let Some(mut state) = self.state.try_lock() else { return Vec::new() };
        state.total.take().into_iter().chain(state.initial.take()).collect()
    }
}

impl crate::gc::traverse::NativeData for Batched {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(iter) = self.iter.try_lock() {
            iter.iter().for_each(visit);
        }
    }

    fn clear(&self) -> Vec<Value> {
        self.iter.try_lock().and_then(|mut iter| iter.take()).into_iter().collect()
    }
}

impl crate::gc::traverse::NativeData for Chain {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(state) = self.state.try_lock() {
            state.sources.iter().chain(state.active.iter()).for_each(visit);
        }
    }

    fn clear(&self) -> Vec<Value> {
        let Some(mut state) = self.state.try_lock() else { return Vec::new() };
        state.sources.take().into_iter().chain(state.active.take()).collect()
    }
}

impl crate::gc::traverse::NativeData for Pairwise {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(state) = self.state.try_lock() {
            state.iter.iter().chain(state.previous.iter()).for_each(visit);
        }
    }

    fn clear(&self) -> Vec<Value> {
        let Some(mut state) = self.state.try_lock() else { return Vec::new() };
        state.iter.take().into_iter().chain(state.previous.take()).collect()
    }
}

impl crate::gc::traverse::NativeData for Starmap {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.function);
        visit(&self.iter);
    }
}

impl crate::gc::traverse::NativeData for ZipLongest {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.fill);
        if let Some(state) = self.state.try_lock() {
            state.iters.iter().flatten().for_each(visit);
        }
    }

    fn clear(&self) -> Vec<Value> {
        let Some(mut state) = self.state.try_lock() else { return Vec::new() };
        state.iters.iter_mut().filter_map(Option::take).collect()
    }
}
