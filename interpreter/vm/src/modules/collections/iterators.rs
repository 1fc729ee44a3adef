//! The deque iterators, `_deque_iterator` and `_deque_reverse_iterator`. An iterator remembers
//! the deque's change counter when it began, and fails with "deque mutated during iteration"
//! once the deque's length or order changed (replacing an item does not count).

use super::{collections_types, deque_of, slot_args, this, this_alone};
use crate::builtins::arity::ssize_arg;
use crate::builtins::Method;
use crate::method;
use crate::objects::exception::{runtime_error, stop_iteration, type_error};
use crate::objects::function::Args;
use crate::objects::typeobj::{class_of, type_data, type_name};
use crate::objects::{new_dict, tuple_of, OwnedPayload, Payload};
use crate::sync::Mutex;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

pub(super) const FORWARD: &[Method] = &[
    method!("__new__", forward_new, StaticMethod),
    method!("__iter__", iter_self),
    method!("__next__", next),
    method!("__length_hint__", length_hint),
    method!("__reduce__", reduce),
];

pub(super) const REVERSE: &[Method] = &[
    method!("__new__", reverse_new, StaticMethod),
    method!("__iter__", iter_self),
    method!("__next__", next),
    method!("__length_hint__", length_hint),
    method!("__reduce__", reduce),
];

struct DequeIterator {
    /// The deque object.
    deque: Value,
    /// The deque's change counter when the iteration began.
    state: u64,
    reverse: bool,
    position: Mutex<Position>,
}

struct Position {
    /// The index (from the left) of the next item.
    index: usize,
    /// How many items are left.
    remaining: usize,
}

/// An iterator over `deque` (a deque object) from one end, with its first `skip` items passed.
fn iterator_over(deque: &Value, reverse: bool, skip: usize) -> Value {
    let (state, len) = match deque_of(deque) {
        Some(d) => {
            let inner = d.lock();
            (inner.state, inner.items.len())
        }
        None => (0, 0),
    };
    let skip = skip.min(len);
    let index = if reverse { (len - skip).saturating_sub(1) } else { skip };
    let position = Position { index, remaining: len - skip };
    let types = collections_types();
    let class = if reverse { &types.reverse_iterator } else { &types.iterator };
    let it = DequeIterator { deque: deque.clone(), state, reverse, position: Mutex::new(position) };
    let dict = type_data(class).heap.then(new_dict);
    Value::Obj(ObjRef::new(class.clone(), dict, OwnedPayload::Native(Box::new(it))))
}

/// A new iterator over `deque` (a deque object).
pub(super) fn new_iterator(deque: &Value, reverse: bool) -> Value {
    iterator_over(deque, reverse, 0)
}

pub(super) fn deque_iter(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (_, rest) = this(&args, "__iter__")?;
    slot_args::<0>(&rest)?;
    Ok(new_iterator(&args.values[0], false))
}

pub(super) fn deque_reversed(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    this_alone(&args, "__reversed__")?;
    Ok(new_iterator(&args.values[0], true))
}

/// `_deque_iterator(deque, index=0)`: an iterator over `deque` with `index` items passed (the
/// unpickling of an iterator). Keywords are ignored, as CPython ignores them.
fn construct(thread: &mut Thread, args: Args<'_>, reverse: bool) -> PyResult<Value> {
    let given = args.pos().get(1..).unwrap_or_default();
    match given.len() {
        0 => return Err(type_error("function takes at least 1 argument (0 given)")),
        n if n > 2 => return Err(type_error(format!("function takes at most 2 arguments ({n} given)"))),
        _ => {}
    }
    if deque_of(&given[0]).is_none() {
        return Err(type_error(format!("argument 1 must be collections.deque, not {}", type_name(&given[0]))));
    }
    let skip = match given.get(1) {
        Some(index) => ssize_arg(thread, index)?.max(0) as usize,
        None => 0,
    };
    Ok(iterator_over(&given[0], reverse, skip))
}

fn forward_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    construct(thread, args, false)
}

fn reverse_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    construct(thread, args, true)
}

fn receiver<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a DequeIterator> {
    let value = args.values.first();
    match value.and_then(Value::payload) {
        Some(Payload::Native(state)) => state.downcast_ref::<DequeIterator>(),
        _ => None,
    }
    .ok_or_else(|| {
        let given = value.map_or_else(|| "NoneType".to_string(), type_name);
        type_error(format!("descriptor '{method}' requires a '_deque_iterator' object but received a '{given}'"))
    })
}

fn iter_self(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    receiver(&args, "__iter__")?;
    Ok(args.values[0].clone())
}

impl DequeIterator {
    /// The next item, None at the end.
    fn advance(&self) -> PyResult<Option<Value>> {
        let Some(deque) = deque_of(&self.deque) else { return Ok(None) };
        let mut position = self.position.lock();
        let inner = deque.lock();
        if inner.state != self.state {
            return Err(runtime_error("deque mutated during iteration"));
        }
        if position.remaining == 0 {
            return Ok(None);
        }
        let item = inner.items.get(position.index).cloned();
        position.remaining -= 1;
        position.index = if self.reverse { position.index.saturating_sub(1) } else { position.index + 1 };
        Ok(item)
    }
}

fn next(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let it = receiver(&args, "__next__")?;
    it.advance()?.ok_or_else(|| stop_iteration(Value::None))
}

fn length_hint(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let it = receiver(&args, "__length_hint__")?;
    let remaining = it.position.lock().remaining;
    Ok(Value::Int(remaining as i64))
}

/// `__reduce__`: the iterator's class, its deque and how many items it has passed.
fn reduce(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let it = receiver(&args, "__reduce__")?;
    let len = deque_of(&it.deque).map_or(0, super::Deque::len);
    let passed = len.saturating_sub(it.position.lock().remaining);
    let class = Value::Obj(class_of(&args.values[0]).clone());
    Ok(tuple_of([class, tuple_of([it.deque.clone(), Value::Int(passed as i64)])]))
}

impl crate::gc::traverse::NativeData for DequeIterator {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.deque);
    }

    fn step(&self) -> Option<PyResult<Option<Value>>> {
        Some(self.advance())
    }
}
