//! A deque's operators and protocol methods: comparisons, `+` and `*` (and their in-place
//! forms), repr, pickling and size.

use std::collections::VecDeque;

use super::deque::{copy_of, extend_from, Deque};
use super::{deque_of, slot_args, this, this_alone};
use crate::builtins::{not_implemented, Method};
use crate::method;
use crate::objects::exception::{exceptions, overflow_error, runtime_error, type_error, PyErr};
use crate::objects::function::Args;
use crate::objects::typeobj::{class_of, type_data, type_name};
use crate::objects::{list, tuple_of};
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;
use ferrython_bytecode::CompareOp;

pub(super) const METHODS: &[Method] = &[
    method!("__eq__", eq),
    method!("__ne__", ne),
    method!("__lt__", lt),
    method!("__le__", le),
    method!("__gt__", gt),
    method!("__ge__", ge),
    method!("__add__", add),
    method!("__iadd__", iadd),
    method!("__mul__", mul),
    method!("__rmul__", mul),
    method!("__imul__", imul),
    method!("__repr__", repr),
    method!("__reduce__", reduce),
    method!("__sizeof__", sizeof),
    method!("__class_getitem__", class_getitem, ClassMethod),
];

impl Deque {
    /// Item `at` as an iterator over the deque would give it: None past the end, and the
    /// iterator's RuntimeError if the deque changed since it was in `state`.
    fn iterated_item(&self, at: usize, state: u64) -> PyResult<Option<Value>> {
        let inner = self.lock();
        if inner.state != state {
            return Err(runtime_error("deque mutated during iteration"));
        }
        Ok(inner.items.get(at).cloned())
    }
}

/// Compares two deques item by item, as sequences compare: the first unequal pair decides,
/// else the lengths do.
fn compare(thread: &mut Thread, args: Args<'_>, op: CompareOp, name: &str) -> PyResult<Value> {
    let (mine, rest) = this(&args, name)?;
    let [other] = slot_args::<1>(&rest)?;
    let Some(theirs) = deque_of(other) else { return Ok(not_implemented()) };
    let (my_state, my_len) = {
        let inner = mine.lock();
        (inner.state, inner.items.len())
    };
    let (their_state, their_len) = {
        let inner = theirs.lock();
        (inner.state, inner.items.len())
    };
    if my_len != their_len && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Value::Bool(op == CompareOp::Ne));
    }
    let mut at = 0;
    loop {
        let Some(a) = mine.iterated_item(at, my_state)? else { break };
        let Some(b) = theirs.iterated_item(at, their_state)? else { break };
        let equal = a.is(&b) || protocols::compare::rich_eq(thread, &a, &b)?;
        if !equal {
            return match op {
                CompareOp::Eq => Ok(Value::Bool(false)),
                CompareOp::Ne => Ok(Value::Bool(true)),
                _ => protocols::compare::rich_compare(thread, &a, &b, op),
            };
        }
        at += 1;
    }
    let ordering = mine.len().cmp(&theirs.len());
    Ok(Value::Bool(protocols::compare::ordering_matches(ordering, op)))
}

macro_rules! comparisons {
    ($($name:ident => $op:ident;)*) => {
        $(
            fn $name(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
                compare(thread, args, CompareOp::$op, concat!("__", stringify!($name), "__"))
            }
        )*
    };
}

comparisons! {
    eq => Eq;
    ne => Ne;
    lt => Lt;
    le => Le;
    gt => Gt;
    ge => Ge;
}

/// `deque + deque`: a copy of the left one (of its class, with its maxlen) extended.
fn add(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(&args, "__add__")?;
    let [other] = slot_args::<1>(&rest)?;
    if deque_of(other).is_none() {
        return Err(type_error(format!("can only concatenate deque (not \"{}\") to deque", type_name(other))));
    }
    let result = copy_of(thread, &args.values[0], deque)?;
    if let Some(copy) = deque_of(&result) {
        extend_from(thread, copy, &result, other, false)?;
    }
    Ok(result)
}

fn iadd(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(&args, "__iadd__")?;
    let [other] = slot_args::<1>(&rest)?;
    extend_from(thread, deque, &args.values[0], other, false)?;
    Ok(args.values[0].clone())
}

/// The count of a repetition.
fn repeat_count(thread: &mut Thread, value: &Value) -> PyResult<i64> {
    use num_traits::ToPrimitive;
    if !crate::objects::int::is_int(value) && protocols::special(value, "__index__").is_none() {
        return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(value))));
    }
    let big = protocols::number::index_big(thread, value)?;
    big.to_i64().ok_or_else(|| overflow_error(format!("cannot fit '{}' into an index-sized integer", type_name(value))))
}

/// Repeats the items `n` times in place (empties the deque for n <= 0); a bounded deque keeps
/// the last maxlen items of the repetition.
fn repeat_in_place(deque: &Deque, n: i64) -> PyResult<()> {
    if n <= 0 {
        if deque.len() > 0 {
            super::deque::clear_items(deque);
        }
        return Ok(());
    }
    let n = n as usize;
    let old = {
        let mut inner = deque.lock();
        let len = inner.items.len();
        if n == 1 || len == 0 {
            return Ok(());
        }
        // A total beyond the machine's sizes is a MemoryError even with a maxlen, as in CPython.
        let total = len.checked_mul(n).filter(|&t| t <= isize::MAX as usize);
        let keep = match (total, inner.maxlen) {
            (Some(total), max) => max.map_or(total, |max| max.min(total)),
            (None, _) => usize::MAX,
        };
        if keep.saturating_mul(std::mem::size_of::<Value>()) > crate::builtins::MAX_REPEAT_BYTES {
            return Err(PyErr::new(&exceptions().memory_error, ""));
        }
        // The last `keep` items of the repetition start where `keep` items before its end fall
        // in a copy (the total is a multiple of the length).
        let start = (len - keep % len) % len;
        let repeated: VecDeque<Value> = (0..keep).map(|j| inner.items[(start + j) % len].clone()).collect();
        inner.changed();
        std::mem::replace(&mut inner.items, repeated)
    };
    drop(old);
    Ok(())
}

/// `deque * n` and `n * deque`: a copy repeated.
fn mul(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(&args, "__mul__")?;
    let [count] = slot_args::<1>(&rest)?;
    let n = repeat_count(thread, count)?;
    let result = copy_of(thread, &args.values[0], deque)?;
    if let Some(copy) = deque_of(&result) {
        repeat_in_place(copy, n)?;
    }
    Ok(result)
}

fn imul(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(&args, "__imul__")?;
    let [count] = slot_args::<1>(&rest)?;
    let n = repeat_count(thread, count)?;
    repeat_in_place(deque, n)?;
    Ok(args.values[0].clone())
}

/// `deque([1, 2])`, `deque([], maxlen=3)`, with the class's name; `[...]` for a deque met
/// again inside its own repr.
fn repr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (deque, rest) = this(&args, "__repr__")?;
    slot_args::<0>(&rest)?;
    let receiver = &args.values[0];
    let Value::Obj(obj) = receiver else { return Err(type_error("deque expected")) };
    let items = deque.snapshot();
    let inner = protocols::repr::guarded(obj, || protocols::repr(thread, &list(items)))?;
    let Some(inner) = inner else { return Ok(crate::objects::str::new_str("[...]")) };
    let name = type_data(class_of(receiver)).name();
    let text = match deque.lock().maxlen {
        None => format!("{name}({inner})"),
        Some(max) => format!("{name}({inner}, maxlen={max})"),
    };
    Ok(crate::objects::str::new_str(text))
}

/// `__reduce__`: the class, its arguments (the maxlen, if any), the instance state
/// (`__getstate__`), and an iterator over the items for the unpickler to append.
fn reduce(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let deque = this_alone(&args, "__reduce__")?;
    let receiver = &args.values[0];
    let class = Value::Obj(class_of(receiver).clone());
    let state = crate::modules::io::call_method(thread, receiver, "__getstate__", &[])?;
    let arguments = match deque.lock().maxlen {
        None => tuple_of([]),
        Some(max) => tuple_of([tuple_of([]), Value::Int(max as i64)]),
    };
    // Through `__iter__`, which a subclass may have replaced.
    let items = protocols::iter::get_iter(thread, receiver)?;
    Ok(tuple_of([class, arguments, state, items]))
}

/// `__sizeof__`: as CPython's 64-bit deque counts it, a header and blocks of 64 items.
fn sizeof(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    const HEADER: usize = 216;
    const BLOCK: usize = 64 * 8 + 16;
    let deque = this_alone(&args, "__sizeof__")?;
    let blocks = (deque.len() + 64) / 64;
    Ok(Value::Int((HEADER + blocks * BLOCK) as i64))
}

fn class_getitem(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match args.pos() {
        [class, item] => Ok(crate::builtins::builtin_generic(class.clone(), item.clone())),
        _ => Err(type_error("__class_getitem__ expects one argument")),
    }
}
