//! The `_collections` module: `deque` (in `deque`, with its sequence methods in `sequence` and
//! its operators in `operators`) and the deque iterators (`iterators`).
//!
//! A deque's items sit behind one lock that is never held while Python code runs: comparing
//! items (`count`, `index`, `remove`, `in`, `==`), making their reprs and dropping them (a
//! `__del__`) all happen with the lock released. A counter of structural changes lets the
//! methods that compare, and the iterators, notice that the deque changed meanwhile.

mod deque;
mod iterators;
mod operators;
mod sequence;

use std::sync::OnceLock;

use crate::builtins::add_methods;
use crate::objects::function::Args;
use crate::objects::str::{intern, new_str};
use crate::objects::typeobj::{
    new_builtin_type, new_weakrefable_builtin_type, set_builtin_attr, type_name, types, BaseKind,
};
use crate::objects::{new_dict, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

pub(crate) use self::deque::Deque;

/// The types of the module (builtin types, shared by every interpreter of the process).
pub(crate) struct CollectionsTypes {
    pub deque: ObjRef,
    pub iterator: ObjRef,
    pub reverse_iterator: ObjRef,
}

/// A builtin type of module `collections` (where CPython says these types live), with its
/// docstring from the table of CPython's. The deque's kind is not `Object`, so that the slots
/// of a subclass's `__slots__` are kept beside its native state, as for the other builtin
/// containers.
fn make_type(name: &str, is_deque: bool) -> ObjRef {
    let t = types();
    let bases = std::slice::from_ref(&t.object);
    let class = if is_deque {
        new_weakrefable_builtin_type(&t.type_, name, bases, BaseKind::Other)
    } else {
        new_builtin_type(&t.type_, name, bases, BaseKind::Object, false)
    };
    set_builtin_attr(&class, "__module__", new_str("collections"));
    let doc = crate::builtins::docs::doc(name).map_or(Value::None, new_str);
    set_builtin_attr(&class, "__doc__", doc);
    class
}

pub(crate) fn collections_types() -> &'static CollectionsTypes {
    static TYPES: OnceLock<CollectionsTypes> = OnceLock::new();
    TYPES.get_or_init(|| {
        let deque = make_type("deque", true);
        add_methods(&deque, deque::METHODS);
        add_methods(&deque, sequence::METHODS);
        add_methods(&deque, operators::METHODS);
        set_builtin_attr(&deque, "__hash__", Value::None);
        crate::builtins::add_getters(&deque, &[("maxlen", deque::maxlen)]);
        let iterator = make_type("_deque_iterator", false);
        add_methods(&iterator, iterators::FORWARD);
        let reverse_iterator = make_type("_deque_reverse_iterator", false);
        add_methods(&reverse_iterator, iterators::REVERSE);
        CollectionsTypes { deque, iterator, reverse_iterator }
    })
}

/// Makes the `_collections` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let types = collections_types();
    ns.set_str(&intern("deque"), Value::Obj(types.deque.clone()));
    ns.set_str(&intern("_deque_iterator"), Value::Obj(types.iterator.clone()));
    ns.set_str(&intern("_deque_reverse_iterator"), Value::Obj(types.reverse_iterator.clone()));
    Ok(crate::objects::new_module("_collections", dict))
}

/// The end `func` pushes to, if it is `deque.append` (right, false) or `deque.appendleft`
/// (left, true): the eval loop calls these in place, as it does `list.append`.
#[inline(always)]
pub(crate) fn push_end(func: crate::objects::function::NativeFn) -> Option<bool> {
    use crate::objects::function::NativeFn;
    if std::ptr::fn_addr_eq(func, deque::append as NativeFn) {
        Some(false)
    } else if std::ptr::fn_addr_eq(func, deque::appendleft as NativeFn) {
        Some(true)
    } else {
        None
    }
}

/// The end `func` pops from, if it is `deque.pop` (false) or `deque.popleft` (true).
#[inline(always)]
pub(crate) fn pop_end(func: crate::objects::function::NativeFn) -> Option<bool> {
    use crate::objects::function::NativeFn;
    if std::ptr::fn_addr_eq(func, deque::popleft as NativeFn) {
        Some(true)
    } else if std::ptr::fn_addr_eq(func, deque::pop as NativeFn) {
        Some(false)
    } else {
        None
    }
}

/// The deque state of a value, if it is a deque (of any subclass).
#[inline]
pub(crate) fn deque_of(value: &Value) -> Option<&Deque> {
    match value.payload() {
        Some(Payload::Native(state)) => state.downcast_ref::<Deque>(),
        _ => None,
    }
}

/// The deque a method was called on, and the arguments after it. (Calls through the type
/// are checked before they get here; this covers an instance made without `deque.__new__`.)
#[inline]
fn this<'a>(args: &Args<'a>, method: &str) -> PyResult<(&'a Deque, Args<'a>)> {
    match args.values.first().and_then(deque_of) {
        Some(deque) => Ok((deque, Args { values: &args.values[1..], kwnames: args.kwnames })),
        None => Err(not_a_deque(args, method)),
    }
}

/// The error of a deque method called on something else (out of line: the methods are called
/// by the million).
#[cold]
#[inline(never)]
fn not_a_deque(args: &Args<'_>, method: &str) -> crate::objects::exception::PyErr {
    crate::objects::exception::type_error(format!(
        "descriptor '{method}' for 'collections.deque' objects doesn't apply to a '{}' object",
        args.values.first().map_or_else(|| "NoneType".to_string(), type_name)
    ))
}

/// The one argument of a method taking one object (METH_O): "deque.append() takes exactly one
/// argument (0 given)" otherwise.
#[inline]
fn one_arg<'a>(args: &Args<'a>, label: &str) -> PyResult<&'a Value> {
    match args.values {
        [value] if args.kwnames.is_empty() => Ok(value),
        _ => crate::modules::arguments::single(label, args),
    }
}

/// The deque a method taking no arguments was called on: `deque.pop() takes no arguments
/// (1 given)` otherwise.
#[inline]
fn this_alone<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a Deque> {
    let (deque, rest) = this(args, method)?;
    if !rest.values.is_empty() {
        crate::modules::arguments::no_arguments(&rest, &format!("deque.{method}"))?;
    }
    Ok(deque)
}

/// The arguments of a slot wrapper (`__len__`, `__getitem__`): "expected 1 argument, got 0".
fn slot_args<'a, const N: usize>(args: &Args<'a>) -> PyResult<&'a [Value; N]> {
    let pos = args.pos();
    <&[Value; N]>::try_from(pos).map_err(|_| {
        let plural = if N == 1 { "" } else { "s" };
        crate::objects::exception::type_error(format!("expected {N} argument{plural}, got {}", pos.len()))
    })
}
