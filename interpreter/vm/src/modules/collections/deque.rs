//! The deque object: its state, construction, the ends (append, pop, extend on either side),
//! and the whole-deque changes (clear, rotate, reverse).

use std::collections::VecDeque;

use super::{collections_types, deque_of, one_arg, this, this_alone};
use crate::builtins::arity::ssize_arg;
use crate::builtins::Method;
use crate::method;
use crate::modules::arguments::{between, bind, no_keywords};
use crate::objects::exception::{index_error, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::typeobj::{class_name, class_of, is_subtype, type_data, type_name, types};
use crate::objects::{new_dict, OwnedPayload, Payload};
use crate::protocols;
use crate::sync::{Mutex, MutexGuard};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

pub(super) const METHODS: &[Method] = &[
    method!("__new__", deque_new, StaticMethod),
    method!("__init__", deque_init),
    method!("__len__", len),
    method!("__iter__", super::iterators::deque_iter),
    method!("__reversed__", super::iterators::deque_reversed),
    method!("append", append),
    method!("appendleft", appendleft),
    method!("pop", pop),
    method!("popleft", popleft),
    method!("extend", extend),
    method!("extendleft", extendleft),
    method!("clear", clear),
    method!("copy", copy),
    method!("__copy__", copy_dunder),
    method!("rotate", rotate),
    method!("reverse", reverse),
];

/// A deque: its items and bound behind a lock, held only for a few instructions and never
/// while Python code runs.
pub(crate) struct Deque {
    inner: Mutex<Inner>,
}

pub(super) struct Inner {
    pub items: VecDeque<Value>,
    /// The most items the deque keeps (None: unbounded).
    pub maxlen: Option<usize>,
    /// Counts the changes of the deque's length or order (not item replacement, nor reverse,
    /// as in CPython), so that iterators and comparing methods notice them.
    pub state: u64,
}

impl Inner {
    pub fn changed(&mut self) {
        self.state = self.state.wrapping_add(1);
    }

    /// Adds `value` at one end. A full deque pushes an item out at the other end (a deque of
    /// maxlen 0 its new item): it is returned, for the caller to drop once the lock is released.
    #[inline]
    pub fn push(&mut self, value: Value, left: bool) -> Option<Value> {
        self.changed();
        if self.maxlen == Some(0) {
            return Some(value);
        }
        let full = self.maxlen.is_some_and(|max| self.items.len() >= max);
        if left {
            let out = if full { self.items.pop_back() } else { None };
            self.items.push_front(value);
            out
        } else {
            let out = if full { self.items.pop_front() } else { None };
            self.items.push_back(value);
            out
        }
    }
}

impl Deque {
    #[inline]
    pub(super) fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock()
    }

    pub(super) fn len(&self) -> usize {
        self.inner.lock().items.len()
    }

    /// The items as they are now.
    pub(super) fn snapshot(&self) -> Vec<Value> {
        self.inner.lock().items.iter().cloned().collect()
    }

    /// Adds `value` at one end; the item pushed out of a full deque is dropped after the lock.
    #[inline]
    pub(crate) fn push_item(&self, value: Value, left: bool) {
        let pushed_out = self.inner.lock().push(value, left);
        drop(pushed_out);
    }

    /// Takes the item at one end.
    #[inline]
    pub(crate) fn pop_item(&self, left: bool) -> PyResult<Value> {
        let mut inner = self.inner.lock();
        let item = if left { inner.items.pop_front() } else { inner.items.pop_back() };
        match item {
            Some(item) => {
                inner.changed();
                Ok(item)
            }
            None => Err(index_error("pop from an empty deque")),
        }
    }

    /// Adds `values` at one end under one lock; the items pushed out are dropped after it.
    pub(super) fn push_all(&self, values: Vec<Value>, left: bool) {
        let mut dropped = Vec::new();
        {
            let mut inner = self.inner.lock();
            for value in values {
                dropped.extend(inner.push(value, left));
            }
        }
        drop(dropped);
    }
}

/// A new deque of `class` (deque or a subclass) holding `items`.
pub(super) fn new_deque(class: &ObjRef, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    // Instances of Python subclasses get a `__dict__`.
    let dict = type_data(class).heap.then(new_dict);
    let state = Deque { inner: Mutex::new(Inner { items, maxlen, state: 0 }) };
    Value::Obj(ObjRef::new(class.clone(), dict, OwnedPayload::Native(Box::new(state))))
}

/// `deque.__new__(cls, *args, **kwargs)`: an empty deque (`__init__` fills it).
fn deque_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let deque_type = &collections_types().deque;
    let class = match args.values.first() {
        None => return Err(type_error("collections.deque.__new__(): not enough arguments")),
        Some(Value::Obj(class)) if matches!(class.payload(), Payload::Type(_)) => class,
        Some(other) => {
            return Err(type_error(format!(
                "collections.deque.__new__(X): X is not a type object ({})",
                type_name(other)
            )))
        }
    };
    if !is_subtype(class, deque_type) {
        let name = class_name(class);
        return Err(type_error(format!(
            "collections.deque.__new__({name}): {name} is not a subtype of collections.deque"
        )));
    }
    Ok(new_deque(class, VecDeque::new(), None))
}

/// `deque.__init__(iterable=(), maxlen=None)`: empties the deque, sets its bound, and fills it.
fn deque_init(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(&args, "__init__")?;
    let bound = bind("deque", &rest, &["iterable", "maxlen"], 0)?;
    let maxlen = match &bound[1] {
        None | Some(Value::None) => None,
        Some(value) if crate::objects::int::is_int(value) => {
            let n = ssize_arg(thread, value)?;
            if n < 0 {
                return Err(value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
        Some(_) => return Err(type_error("an integer is required")),
    };
    let old = {
        let mut inner = deque.lock();
        inner.maxlen = maxlen;
        if inner.items.is_empty() {
            VecDeque::new()
        } else {
            inner.changed();
            std::mem::take(&mut inner.items)
        }
    };
    drop(old);
    if let Some(iterable) = &bound[0] {
        extend_from(thread, deque, &args.values[0], iterable, false)?;
    }
    Ok(Value::None)
}

/// `maxlen`: the bound, or None.
pub(super) fn maxlen(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (deque, _) = this(&args, "maxlen")?;
    Ok(deque.lock().maxlen.map_or(Value::None, |n| Value::Int(n as i64)))
}

fn len(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(&args, "__len__")?;
    super::slot_args::<0>(&rest)?;
    Ok(Value::Int(deque.len() as i64))
}

#[inline]
fn push_one(args: &Args<'_>, method: &str, label: &str, left: bool) -> PyResult<Value> {
    let (deque, rest) = this(args, method)?;
    let value = one_arg(&rest, label)?;
    deque.push_item(value.clone(), left);
    Ok(Value::None)
}

pub(super) fn append(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    push_one(&args, "append", "deque.append", false)
}

pub(super) fn appendleft(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    push_one(&args, "appendleft", "deque.appendleft", true)
}

#[inline]
fn pop_one(args: &Args<'_>, method: &str, left: bool) -> PyResult<Value> {
    this_alone(args, method)?.pop_item(left)
}

pub(super) fn pop(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    pop_one(&args, "pop", false)
}

pub(super) fn popleft(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    pop_one(&args, "popleft", true)
}

/// Adds the items of `iterable` at one end of `deque` (the object `this`). The items of a
/// list, tuple or deque (itself included) are taken at once; others are added one by one as
/// the iteration goes, so that a failure keeps those before it, as in CPython.
pub(super) fn extend_from(
    thread: &mut Thread,
    deque: &Deque,
    this: &Value,
    iterable: &Value,
    left: bool,
) -> PyResult<()> {
    let class = class_of(iterable);
    let t = types();
    let whole = if iterable.is(this) || ObjRef::ptr_eq(class, &collections_types().deque) {
        deque_of(iterable).map(Deque::snapshot)
    } else if ObjRef::ptr_eq(class, &t.list) {
        crate::objects::as_list(iterable).map(|items| items.lock().to_vec())
    } else if ObjRef::ptr_eq(class, &t.tuple) {
        crate::objects::as_tuple(iterable).map(<[Value]>::to_vec)
    } else {
        None
    };
    if let Some(values) = whole {
        deque.push_all(values, left);
        return Ok(());
    }
    let iterator = protocols::iter::get_iter(thread, iterable)?;
    while let Some(value) = protocols::iter::next(thread, &iterator)? {
        let pushed_out = deque.lock().push(value, left);
        drop(pushed_out);
    }
    Ok(())
}

fn extend_end(thread: &mut Thread, args: &Args<'_>, method: &str, label: &str, left: bool) -> PyResult<Value> {
    let (deque, rest) = this(args, method)?;
    let iterable = one_arg(&rest, label)?;
    extend_from(thread, deque, &args.values[0], iterable, left)?;
    Ok(Value::None)
}

fn extend(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    extend_end(thread, &args, "extend", "deque.extend", false)
}

fn extendleft(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    extend_end(thread, &args, "extendleft", "deque.extendleft", true)
}

/// Empties the deque; the items are dropped after the lock is released.
pub(super) fn clear_items(deque: &Deque) {
    let old = {
        let mut inner = deque.lock();
        inner.changed();
        std::mem::take(&mut inner.items)
    };
    drop(old);
}

fn clear(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    clear_items(this_alone(&args, "clear")?);
    Ok(Value::None)
}

/// A shallow copy: a plain deque directly; a subclass's by calling it with the deque (and its
/// maxlen), as CPython does.
pub(super) fn copy_of(thread: &mut Thread, this: &Value, deque: &Deque) -> PyResult<Value> {
    let class = class_of(this);
    if ObjRef::ptr_eq(class, &collections_types().deque) {
        let (items, maxlen) = {
            let inner = deque.lock();
            (inner.items.clone(), inner.maxlen)
        };
        return Ok(new_deque(class, items, maxlen));
    }
    let maxlen = deque.lock().maxlen;
    let class_value = Value::Obj(class.clone());
    let result = match maxlen {
        None => crate::call::call(thread, &class_value, Args::positional(std::slice::from_ref(this)))?,
        Some(n) => crate::call::call(thread, &class_value, Args::positional(&[this.clone(), Value::Int(n as i64)]))?,
    };
    if deque_of(&result).is_none() {
        return Err(type_error(format!(
            "{}() must return a deque, not {}",
            type_data(class).name(),
            type_name(&result)
        )));
    }
    Ok(result)
}

fn copy(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let deque = this_alone(&args, "copy")?;
    copy_of(thread, &args.values[0], deque)
}

fn copy_dunder(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let deque = this_alone(&args, "__copy__")?;
    copy_of(thread, &args.values[0], deque)
}

/// `rotate(n=1)`: n steps to the right (left when negative).
fn rotate(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(&args, "rotate")?;
    no_keywords(&rest, "deque.rotate")?;
    let given = between("deque.rotate", &rest, 0, 1)?;
    let n = match given.first() {
        Some(n) => ssize_arg(thread, n)?,
        None => 1,
    };
    let mut inner = deque.lock();
    let len = inner.items.len();
    if len > 1 {
        inner.changed();
        let steps = n.rem_euclid(len as i64) as usize;
        inner.items.rotate_right(steps);
    }
    Ok(Value::None)
}

fn reverse(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let deque = this_alone(&args, "reverse")?;
    deque.lock().items.make_contiguous().reverse();
    Ok(Value::None)
}

// ---------------------------------------------------------------------------------------------
// What the cycle collector sees

impl crate::gc::traverse::NativeData for Deque {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        // The world is stopped at a safe point, where no thread holds the lock.
        if let Some(inner) = self.inner.try_lock() {
            inner.items.iter().for_each(visit);
        }
    }

    fn len(&self) -> Option<usize> {
        Some(Deque::len(self))
    }

    fn clear(&self) -> Vec<Value> {
        let Some(mut inner) = self.inner.try_lock() else { return Vec::new() };
        inner.changed();
        std::mem::take(&mut inner.items).into()
    }
}
