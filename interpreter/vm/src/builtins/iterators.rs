//! The builtin iterator types: `enumerate`, `zip`, `map`, `filter`, `reversed`, the methods
//! all native iterators share (`__next__`, `__iter__`, `__length_hint__`), and `iter()`/`next()`.

use crate::method;
use crate::objects::exception::{exceptions, type_error, PyErr};
use crate::objects::function::Args;
use crate::objects::iter::IterState;
use crate::objects::typeobj::{type_data, type_name, types};
use crate::objects::{list, OwnedPayload, Payload, RangeData};
use crate::protocols::{self, iter};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::add_methods;
use super::functions::{is_callable, keyword, no_keywords, only_keywords, pos};

pub(super) fn install() {
    let t = types();
    let iterating = [
        method!("__next__", iterator_next),
        method!("__iter__", iterator_iter),
        method!("__length_hint__", iterator_length_hint),
    ];
    for class in t.iterator_classes().into_iter().chain([&t.async_generator_asend, &t.async_generator_athrow]) {
        add_methods(class, &iterating);
    }
    // The iterator types that builtins names: calling them makes the iterator.
    add_methods(&t.enumerate, &[method!("__new__", enumerate_new, StaticMethod)]);
    add_methods(&t.zip, &[method!("__new__", zip_new, StaticMethod)]);
    add_methods(&t.map, &[method!("__new__", map_new, StaticMethod)]);
    add_methods(&t.filter, &[method!("__new__", filter_new, StaticMethod)]);
    add_methods(&t.reversed, &[method!("__new__", reversed_new, StaticMethod)]);
}

/// `Args` without the class a `__new__` receives first.
fn without_class<'a>(args: &Args<'a>) -> Args<'a> {
    Args { values: args.values.get(1..).unwrap_or_default(), kwnames: args.kwnames }
}

fn enumerate_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let made = enumerate(thread, without_class(&args))?;
    Ok(of_class(made, &args, &types().enumerate))
}

fn zip_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let made = zip(thread, without_class(&args))?;
    Ok(of_class(made, &args, &types().zip))
}

fn map_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let made = map(thread, without_class(&args))?;
    Ok(of_class(made, &args, &types().map))
}

fn filter_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let made = filter(thread, without_class(&args))?;
    Ok(of_class(made, &args, &types().filter))
}

fn reversed_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    // What a `__reversed__` method returns is returned as it is, also for a subclass.
    let made = reversed(thread, without_class(&args))?;
    Ok(of_class(made, &args, &types().reversed))
}

/// The iterator `made` by one of the functions above, as an instance of the class `__new__`
/// was called for (a subclass, with its instance dict) when `made` is of `builtin`.
fn of_class(made: Value, args: &Args<'_>, builtin: &ObjRef) -> Value {
    let Some(class) = args.values.first().and_then(Value::as_obj) else { return made };
    let Value::Obj(obj) = &made else { return made };
    if ObjRef::ptr_eq(class, builtin) || !ObjRef::ptr_eq(&obj.class, builtin) {
        return made;
    }
    let Payload::Iterator(state) = obj.payload() else { return made };
    let state = std::mem::replace(&mut *state.lock(), IterState::Exhausted);
    let dict = type_data(class).instance_dict.then(crate::objects::new_dict);
    Value::Obj(ObjRef::new(class.clone(), dict, OwnedPayload::Iterator(crate::sync::Mutex::new(state))))
}

fn iterator_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or(Value::None);
    if let Some(Payload::AwaitableStep(step)) = this.payload() {
        return crate::generator::await_step_send(thread, step, Value::None, None);
    }
    // A subclass's instance steps its state here too (`iter::next` would call back here).
    let step = match this.as_obj() {
        Some(obj) if matches!(obj.payload(), Payload::Iterator(_)) => iter::step_native(thread, obj)?,
        _ => iter::next(thread, &this)?,
    };
    match step {
        Some(item) => Ok(item),
        None => Err(PyErr::with_args(&exceptions().stop_iteration, vec![])),
    }
}

/// `it.__length_hint__()`: the items left, for the iterators over sized containers.
fn iterator_length_hint(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or(Value::None);
    let Some(Payload::Iterator(state)) = this.payload() else {
        return Err(type_error(format!("'{}' object has no attribute '__length_hint__'", type_name(&this))));
    };
    // reversed(): what is left of the sequence as long as it is now (its `__len__` may run
    // Python code, so it is asked without the lock; its errors propagate).
    let reversed = match &*state.lock() {
        IterState::Seq { seq, index, step } if *step < 0 => Some((seq.clone(), *index)),
        _ => None,
    };
    if let Some((seq, index)) = reversed {
        let size = protocols::len(thread, &seq)? as i64;
        let position = (index + 1).max(0);
        return Ok(Value::Int(if size < position { 0 } else { position }));
    }
    let left = match &*state.lock() {
        IterState::LongRange(long) => return Ok(crate::objects::int::int_from_big(long.left.clone())),
        IterState::List { list, index } => protocols::payload_len(list).unwrap_or(0).saturating_sub(*index),
        IterState::Tuple { tuple, index } => protocols::payload_len(tuple).unwrap_or(0).saturating_sub(*index),
        IterState::Bytes { bytes, index } => protocols::payload_len(bytes).unwrap_or(0).saturating_sub(*index),
        IterState::Set { items, index, .. } => items.len().saturating_sub(*index),
        IterState::Dict { remaining, .. } => *remaining,
        IterState::Range { next, stop, step } => {
            let span =
                if *step > 0 { i128::from(*stop) - i128::from(*next) } else { i128::from(*next) - i128::from(*stop) };
            if span <= 0 {
                0
            } else {
                ((span - 1) / i128::from(step.unsigned_abs()) + 1) as usize
            }
        }
        IterState::Str { string, offset } => match string.payload() {
            Payload::Str(s) => {
                s.wtf8().get(*offset..).map_or(0, |rest| rest.iter().filter(|b| (**b & 0xC0) != 0x80).count())
            }
            _ => 0,
        },
        IterState::Exhausted => 0,
        _ => return Ok(super::not_implemented()),
    };
    Ok(Value::Int(left as i64))
}

fn iterator_iter(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos().first().cloned().unwrap_or(Value::None))
}

pub(super) fn iter_builtin(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "iter", 1, 2)?;
    if p.len() == 2 {
        if !is_callable(&p[0]) {
            return Err(type_error("iter(object, sentinel): object must be callable"));
        }
        return Ok(iter::new_iterator(IterState::Callable { callable: p[0].clone(), sentinel: p[1].clone() }));
    }
    iter::get_iter(thread, &p[0])
}

pub(super) fn next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "next", 1, 2)?;
    let is_iterator = matches!(p[0].payload(), Some(Payload::Iterator(_) | Payload::Generator(_)))
        || protocols::special(&p[0], "__next__").is_some();
    if !is_iterator {
        return Err(type_error(format!("'{}' object is not an iterator", type_name(&p[0]))));
    }
    if let Some(Payload::Generator(_)) = p[0].payload() {
        let gen = p[0].as_obj().cloned().expect("a generator");
        return match crate::generator::resume(thread, &gen, Value::None, None)? {
            crate::generator::Step::Yielded(v) => Ok(v),
            crate::generator::Step::Returned(v) => {
                if p.len() == 2 {
                    Ok(p[1].clone())
                } else {
                    Err(crate::objects::exception::stop_iteration(v))
                }
            }
        };
    }
    match protocols::special(&p[0], "__next__") {
        Some(method) if !matches!(p[0].payload(), Some(Payload::Iterator(_))) => {
            match crate::call::call_method(thread, &method, &p[0], &p[..1]) {
                Err(err) if p.len() == 2 && err.matches(&exceptions().stop_iteration) => Ok(p[1].clone()),
                other => other,
            }
        }
        _ => match iter::next(thread, &p[0])? {
            Some(v) => Ok(v),
            None if p.len() == 2 => Ok(p[1].clone()),
            None => Err(PyErr::with_args(&exceptions().stop_iteration, vec![])),
        },
    }
}

fn reversed(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "reversed", 1, 1)?;
    let seq = &p[0];
    if let Some(r) = protocols::call_special(thread, seq, "__reversed__", &[])? {
        return Ok(r);
    }
    if protocols::special(seq, "__getitem__").is_none()
        && !matches!(
            seq.payload(),
            Some(
                Payload::List(_)
                    | Payload::Tuple(_)
                    | Payload::Str(_)
                    | Payload::Range(RangeData { .. })
                    | Payload::Bytes(_)
            )
        )
    {
        return Err(type_error(format!("'{}' object is not reversible", type_name(seq))));
    }
    if let Some(Payload::Dict(d)) = seq.payload() {
        let mut keys = d.keys();
        keys.reverse();
        return iter::get_iter(thread, &list(keys));
    }
    if let Some(Payload::Range(RangeData { start, stop, step })) = seq.payload() {
        return Ok(iter::new_iterator(crate::builtins::range_iter_state(start, stop, step, true)));
    }
    let n = protocols::len(thread, seq)? as i64;
    Ok(iter::new_iterator(IterState::Seq { seq: seq.clone(), index: n - 1, step: -1 }))
}

fn enumerate(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = args.pos();
    only_keywords(&args, "enumerate", &["iterable", "start"])?;
    if p.len() + args.kwnames.len() > 2 {
        return Err(type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            p.len() + args.kwnames.len()
        )));
    }
    let iterable = p
        .first()
        .cloned()
        .or_else(|| keyword(&args, "iterable").cloned())
        .ok_or_else(|| type_error("enumerate() missing required argument 'iterable'"))?;
    let start = p.get(1).cloned().or_else(|| keyword(&args, "start").cloned()).unwrap_or(Value::Int(0));
    if !crate::objects::int::is_int(&start) {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&start))));
    }
    let it = iter::get_iter(thread, &iterable)?;
    Ok(iter::new_iterator(IterState::Enumerate { iter: it, count: start, last: None }))
}

fn zip(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    only_keywords(&args, "zip", &["strict"])?;
    let strict = match keyword(&args, "strict") {
        Some(v) => protocols::truthy(thread, v)?,
        None => false,
    };
    let mut iters = Vec::new();
    for arg in args.pos() {
        iters.push(iter::get_iter(thread, arg)?);
    }
    Ok(iter::new_iterator(IterState::Zip { iters: iters.into(), strict, last: None }))
}

fn map(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "map")?;
    let p = args.pos();
    if p.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for arg in &p[1..] {
        iters.push(iter::get_iter(thread, arg)?);
    }
    Ok(iter::new_iterator(IterState::Map { func: p[0].clone(), iters: iters.into() }))
}

fn filter(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "filter")?;
    let p = pos(&args, "filter", 2, 2)?;
    let it = iter::get_iter(thread, &p[1])?;
    Ok(iter::new_iterator(IterState::Filter { func: p[0].clone(), iter: it }))
}
