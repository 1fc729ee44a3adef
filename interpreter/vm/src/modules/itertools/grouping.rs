//! `groupby` and its groups (`_grouper`). The groups share their parent's iterator: a group
//! yields items while the parent is still on it, and advancing the parent to the next group
//! ends the previous group.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use parking_lot::Mutex;

use super::{call, exhausted, instance, itertools_types, new_class, next_item, receiver};
use crate::builtins::Method;
use crate::method;
use crate::modules::arguments::{exactly, parse, Signature};
use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::tuple_of;
use crate::objects::typeobj::{is_subtype, type_name};
use crate::objects::Payload;
use crate::protocols::compare::rich_eq;
use crate::protocols::iter::get_iter;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

pub(super) const GROUPBY: &[Method] =
    &[method!("__new__", groupby_new, StaticMethod), method!("__next__", groupby_next)];
pub(super) const GROUPER: &[Method] =
    &[method!("__new__", grouper_new, StaticMethod), method!("__next__", grouper_next)];

/// What a groupby and its groups share.
struct Shared {
    iter: Value,
    /// None: the items are their own keys.
    key: Value,
    state: Mutex<GroupState>,
    /// The number of the group the parent is on (0 while it moves to the next one).
    current_group: AtomicU64,
    next_group: AtomicU64,
}

#[derive(Default)]
struct GroupState {
    /// The key of the current group.
    target: Option<Value>,
    /// The key and value of the item read last (the value until a group hands it out).
    key: Option<Value>,
    value: Option<Value>,
}

struct GroupBy {
    shared: Arc<Shared>,
}

struct Grouper {
    shared: Arc<Shared>,
    number: u64,
    target: Value,
}

/// `groupby(iterable, key=None)`.
fn groupby_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "groupby")?;
    let sig = Signature { name: "groupby", params: &["iterable", "key"], posonly: 0, maxpos: 2, required: 1 };
    let bound = parse(&sig, &args)?;
    let iter = get_iter(thread, bound[0].as_ref().unwrap_or(&Value::None))?;
    let shared = Shared {
        iter,
        key: bound[1].clone().unwrap_or(Value::None),
        state: Mutex::new(GroupState::default()),
        current_group: AtomicU64::new(0),
        next_group: AtomicU64::new(1),
    };
    Ok(instance(class, GroupBy { shared: Arc::new(shared) }))
}

/// Reads the next item and its key; false at the end of the iterator.
fn step(thread: &mut Thread, shared: &Shared) -> PyResult<bool> {
    let Some(value) = next_item(thread, &shared.iter)? else { return Ok(false) };
    let key =
        if shared.key.is_none() { value.clone() } else { call(thread, &shared.key, std::slice::from_ref(&value))? };
    let mut state = shared.state.lock();
    state.key = Some(key);
    state.value = Some(value);
    Ok(true)
}

fn groupby_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let groupby = receiver::<GroupBy>(&args, "__next__", "groupby")?;
    let shared = &groupby.shared;
    shared.current_group.store(0, Ordering::Release);
    // Skip the rest of the current group.
    loop {
        let (target, key) = {
            let state = shared.state.lock();
            (state.target.clone(), state.key.clone())
        };
        if let Some(key) = &key {
            match target {
                None => break,
                Some(target) if !rich_eq(thread, &target, key)? => break,
                Some(_) => {}
            }
        }
        if !step(thread, shared)? {
            return Err(exhausted());
        }
    }
    let key = {
        let mut state = shared.state.lock();
        state.target = state.key.clone();
        state.key.clone().unwrap_or_default()
    };
    let number = shared.next_group.fetch_add(1, Ordering::AcqRel);
    shared.current_group.store(number, Ordering::Release);
    let grouper = Grouper { shared: shared.clone(), number, target: key.clone() };
    let grouper = instance(&itertools_types().grouper, grouper);
    Ok(tuple_of([key, grouper]))
}

/// `_grouper(parent, tgtkey)`: a group of `parent` for the key `tgtkey`.
fn grouper_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (class, args) = new_class(&args, "_grouper")?;
    crate::modules::arguments::no_keywords(&args, "_grouper")?;
    let [parent, target] = exactly("_grouper", &args)?;
    let groupby_class = itertools_types().all.iter().find(|(name, _)| *name == "groupby").map(|(_, c)| c.clone());
    let shared = match (parent.payload(), groupby_class) {
        (Some(Payload::Native(state)), Some(groupby))
            if is_subtype(crate::objects::typeobj::class_of(parent), &groupby) =>
        {
            state.downcast_ref::<GroupBy>().map(|g| g.shared.clone())
        }
        _ => None,
    };
    let Some(shared) = shared else {
        let given = if parent.is_none() { "None".to_string() } else { type_name(parent) };
        return Err(type_error(format!("_grouper() argument 1 must be itertools.groupby, not {given}")));
    };
    // Made by hand, it becomes the parent's current group (as in CPython).
    let number = shared.next_group.fetch_add(1, Ordering::AcqRel);
    shared.current_group.store(number, Ordering::Release);
    Ok(instance(class, Grouper { shared, number, target: target.clone() }))
}

fn grouper_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let grouper = receiver::<Grouper>(&args, "__next__", "_grouper")?;
    let shared = &grouper.shared;
    if shared.current_group.load(Ordering::Acquire) != grouper.number {
        return Err(exhausted());
    }
    let has_value = shared.state.lock().value.is_some();
    if !has_value && !step(thread, shared)? {
        return Err(exhausted());
    }
    let Some(key) = shared.state.lock().key.clone() else { return Err(exhausted()) };
    if !rich_eq(thread, &grouper.target, &key)? {
        return Err(exhausted());
    }
    shared.state.lock().value.take().ok_or_else(exhausted)
}

// ---------------------------------------------------------------------------------------------
// What the cycle collector sees: only what one object holds alone (the shared state is held
// by a groupby and its groupers together, so no one of them may count its references).

impl crate::gc::traverse::NativeData for GroupBy {}

impl crate::gc::traverse::NativeData for Grouper {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.target);
    }
}
