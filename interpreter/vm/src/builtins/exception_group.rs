//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): construction with its checks, `str()`,
//! `derive`, `subgroup`, `split`, and what `except*` needs (CHECK_EG_MATCH's split and
//! PREP_RERAISE_STAR's merge of what the handlers raised with what they left unhandled).
//!
//! A group keeps `(message, exceptions)` as its args; `message` and `exceptions` (a tuple) are
//! read from them (`attributes::exception_member_default`).

use std::collections::HashSet;

use crate::call::call;
use crate::method;
use crate::objects::exception::{exception_fields, exceptions, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, intern_static, new_str};
use crate::objects::typeobj::{class_of, is_subtype, type_data, type_name};
use crate::objects::{as_tuple, list, tuple_of, Payload};
use crate::protocols::{self, iter};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::add_methods;

pub(super) fn install() {
    add_methods(
        &exceptions().base_exception_group,
        &[
            method!("__new__", group_new, StaticMethod),
            method!("__str__", group_str),
            method!("derive", group_derive),
            method!("subgroup", group_subgroup),
            method!("split", group_split),
            method!("__class_getitem__", super::classes::class_getitem, ClassMethod),
        ],
    );
}

/// Whether a value is an exception group.
pub fn is_group(value: &Value) -> bool {
    matches!(value.payload(), Some(Payload::Exception(_)))
        && is_subtype(class_of(value), &exceptions().base_exception_group)
}

/// The sub-exceptions of a group.
pub fn members(group: &Value) -> Vec<Value> {
    let args = group.as_obj().and_then(exception_fields).map(|f| f.args.clone()).unwrap_or_default();
    let excs = as_tuple(&args).and_then(|a| a.get(1).cloned()).unwrap_or_default();
    match excs.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        Some(Payload::List(items)) => items.lock().to_vec(),
        _ => Vec::new(),
    }
}

fn is_exception(value: &Value) -> bool {
    matches!(value.payload(), Some(Payload::Exception(_)))
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn group_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let e = exceptions();
    let Some(Value::Obj(class)) = args.values.first() else {
        return Err(type_error("BaseExceptionGroup.__new__(X): X is not a type"));
    };
    let given = &args.pos()[1..];
    if given.len() != 2 {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            given.len()
        )));
    }
    let (message, excs) = (&given[0], &given[1]);
    if as_pystr(message).is_none() {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name(message)
        )));
    }
    let is_sequence = match excs.payload() {
        Some(Payload::List(_) | Payload::Tuple(_)) => true,
        Some(Payload::Dict(_)) => false,
        _ => protocols::special(excs, "__getitem__").is_some() && !is_exception(excs),
    };
    if !is_sequence {
        return Err(type_error("second argument (exceptions) must be a sequence"));
    }
    let items = iter::collect(thread, excs)?;
    if items.is_empty() {
        return Err(value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exceptions = true;
    for (i, item) in items.iter().enumerate() {
        if !is_exception(item) {
            return Err(value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        all_exceptions &= is_subtype(class_of(item), &e.exception);
    }
    let mut class = class.clone();
    if ObjRef::ptr_eq(&class, &e.base_exception_group) {
        if all_exceptions {
            class = e.exception_group.clone();
        }
    } else if !all_exceptions && is_subtype(&class, &e.exception) {
        return Err(type_error(if ObjRef::ptr_eq(&class, &e.exception_group) {
            "Cannot nest BaseExceptions in an ExceptionGroup".to_string()
        } else {
            format!("Cannot nest BaseExceptions in '{}'", type_data(&class).name())
        }));
    }
    let instance = super::classes::new_instance(&class);
    if let Some(mut fields) = instance.as_obj().and_then(exception_fields) {
        fields.args = tuple_of([message.clone(), excs.clone()]);
    }
    Ok(instance)
}

/// `str(group)`: `message (N sub-exceptions)`.
fn group_str(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match args.pos().first() {
        Some(Value::Obj(this)) => Ok(new_str(group_text(this)?)),
        _ => Ok(new_str("")),
    }
}

/// The text of `str(group)`.
pub fn group_text(group: &ObjRef) -> PyResult<String> {
    let this = Value::Obj(group.clone());
    let fields = this.as_obj().and_then(exception_fields).map(|f| f.args.clone()).unwrap_or_default();
    let message = as_tuple(&fields)
        .and_then(|a| a.first())
        .and_then(as_pystr)
        .map(|s| s.as_str().into_owned())
        .unwrap_or_default();
    let n = members(&this).len();
    Ok(format!("{message} ({n} sub-exception{})", if n == 1 { "" } else { "s" }))
}

/// `group.derive(excs)`: a group like this one with other members.
fn group_derive(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let excs = args.pos().get(1).cloned().ok_or_else(|| type_error("derive() takes exactly one argument (0 given)"))?;
    let message = as_tuple(&this.as_obj().and_then(exception_fields).map(|f| f.args.clone()).unwrap_or_default())
        .and_then(|a| a.first().cloned())
        .unwrap_or_else(|| new_str(""));
    let class = Value::Obj(exceptions().base_exception_group.clone());
    call(thread, &class, Args::positional(&[message, excs]))
}

/// What `subgroup`/`split` test each exception with.
pub enum Matcher {
    /// An exception class or a tuple of them.
    Types(Value),
    /// A callable taking the exception.
    Predicate(Value),
    /// These leaves, by address (PREP_RERAISE_STAR's projection).
    Leaves(HashSet<usize>),
}

impl Matcher {
    fn new(condition: &Value) -> PyResult<Matcher> {
        let is_class = |v: &Value| {
            matches!(v.payload(), Some(Payload::Type(_)))
                && v.as_obj().is_some_and(|c| is_subtype(c, &exceptions().base_exception))
        };
        if is_class(condition) || as_tuple(condition).is_some_and(|items| items.iter().all(is_class)) {
            return Ok(Matcher::Types(condition.clone()));
        }
        if !matches!(condition.payload(), Some(Payload::Type(_))) && super::functions::is_callable(condition) {
            return Ok(Matcher::Predicate(condition.clone()));
        }
        Err(type_error("expected a function, exception type or tuple of exception types"))
    }

    fn matches(&self, thread: &mut Thread, exc: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(types) => crate::ops::exception_matches(thread, exc, types),
            Matcher::Predicate(func) => {
                let result = call(thread, func, Args::positional(std::slice::from_ref(exc)))?;
                protocols::truthy(thread, &result)
            }
            Matcher::Leaves(ids) => Ok(!is_group(exc) && exc.as_obj().is_some_and(|o| ids.contains(&o.addr()))),
        }
    }
}

/// Splits `exc` by `matcher` into (the matching part, the rest), keeping the nesting; each part
/// is None when empty. The rest is only built when `want_rest`.
pub fn split(thread: &mut Thread, exc: &Value, matcher: &Matcher, want_rest: bool) -> PyResult<(Value, Value)> {
    if matcher.matches(thread, exc)? {
        return Ok((exc.clone(), Value::None));
    }
    if !is_group(exc) {
        return Ok((Value::None, exc.clone()));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for member in members(exc) {
        // A native level per nesting, as CPython's: a group nested past the limit raises
        // RecursionError instead of exhausting the stack.
        let (m, r) = thread
            .nested_for(" in exceptiongroup_split_recursive", |thread| split(thread, &member, matcher, want_rest))?;
        if !m.is_none() {
            matched.push(m);
        }
        if !r.is_none() {
            rest.push(r);
        }
    }
    let matched = if matched.is_empty() { Value::None } else { derive_like(thread, exc, matched)? };
    let rest = if want_rest && !rest.is_empty() { derive_like(thread, exc, rest)? } else { Value::None };
    Ok((matched, rest))
}

/// `exc.derive(items)` with the original's traceback, cause, context and notes.
fn derive_like(thread: &mut Thread, exc: &Value, items: Vec<Value>) -> PyResult<Value> {
    let derive = protocols::getattr(thread, exc, &intern_static("derive"))?;
    let group = call(thread, &derive, Args::positional(&[list(items)]))?;
    if !is_group(&group) {
        return Err(type_error("derive must return an instance of BaseExceptionGroup"));
    }
    let source = exc.as_obj().and_then(exception_fields).map(|f| f.clone());
    if let (Some(source), Some(mut fields)) = (source, group.as_obj().and_then(exception_fields)) {
        fields.traceback = source.traceback;
        fields.cause = source.cause;
        fields.context = source.context;
        fields.suppress_context = source.suppress_context;
    }
    // Each part gets its own copy of a sequence of notes; other notes are not carried over.
    if let Some(notes) = protocols::getattr_opt(thread, exc, "__notes__")? {
        let is_sequence = !matches!(notes.payload(), Some(Payload::Dict(_)))
            && (matches!(notes.payload(), Some(Payload::List(_) | Payload::Tuple(_) | Payload::Str(_)))
                || protocols::special(&notes, "__getitem__").is_some());
        if is_sequence {
            let copy = crate::objects::list(protocols::iter::collect(thread, &notes)?);
            protocols::setattr(thread, &group, &intern_static("__notes__"), copy)?;
        }
    }
    Ok(group)
}

fn group_subgroup(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let condition = super::arity::method_args(&args, "subgroup", 1, 1)?[0].clone();
    let matcher = Matcher::new(&condition)?;
    Ok(split(thread, &this, &matcher, false)?.0)
}

fn group_split(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let this = args.pos().first().cloned().unwrap_or_default();
    let condition = super::arity::method_args(&args, "split", 1, 1)?[0].clone();
    let matcher = Matcher::new(&condition)?;
    let (matched, rest) = split(thread, &this, &matcher, true)?;
    Ok(tuple_of([matched, rest]))
}

/// CHECK_EG_MATCH: (the rest, the part matching `class`) of the exception an `except*` clause
/// sees; a naked exception that matches is wrapped in an ExceptionGroup.
pub fn except_star_match(thread: &mut Thread, exc: &Value, class: &Value) -> PyResult<(Value, Value)> {
    let classes: Vec<Value> = as_tuple(class).map_or_else(|| vec![class.clone()], <[Value]>::to_vec);
    for c in &classes {
        if c.as_obj().is_some_and(|c| {
            matches!(c.payload(), Payload::Type(_)) && is_subtype(c, &exceptions().base_exception_group)
        }) {
            return Err(type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
    }
    if exc.is_none() {
        return Ok((Value::None, Value::None));
    }
    if crate::ops::exception_matches(thread, exc, class)? {
        if is_group(exc) {
            return Ok((Value::None, exc.clone()));
        }
        let wrapped = call(
            thread,
            &Value::Obj(exceptions().base_exception_group.clone()),
            Args::positional(&[new_str(""), tuple_of([exc.clone()])]),
        )?;
        let tb = exc.as_obj().and_then(exception_fields).map(|f| f.traceback.clone()).unwrap_or_default();
        if let Some(mut fields) = wrapped.as_obj().and_then(exception_fields) {
            fields.traceback = tb;
        }
        return Ok((Value::None, wrapped));
    }
    if is_group(exc) {
        let (matched, rest) = split(thread, exc, &Matcher::Types(class.clone()), true)?;
        if !matched.is_none() {
            return Ok((rest, matched));
        }
    }
    Ok((exc.clone(), Value::None))
}

/// Whether `e` carries the same traceback, cause, context and notes as `orig` (it was split
/// from it and re-raised, rather than raised anew in a handler).
fn same_metadata(thread: &mut Thread, e: &Value, orig: &Value) -> PyResult<bool> {
    let (Some(a), Some(b)) = (
        e.as_obj().and_then(exception_fields).map(|f| f.clone()),
        orig.as_obj().and_then(exception_fields).map(|f| f.clone()),
    ) else {
        return Ok(false);
    };
    let notes_a = protocols::getattr_opt(thread, e, "__notes__")?.unwrap_or(Value::None);
    let notes_b = protocols::getattr_opt(thread, orig, "__notes__")?.unwrap_or(Value::None);
    Ok(a.traceback.is(&b.traceback) && a.cause.is(&b.cause) && a.context.is(&b.context) && notes_a.is(&notes_b))
}

fn collect_leaves(exc: &Value, out: &mut HashSet<usize>) {
    if is_group(exc) {
        for member in members(exc) {
            collect_leaves(&member, out);
        }
    } else if let Some(obj) = exc.as_obj() {
        out.insert(obj.addr());
    }
}

/// PREP_RERAISE_STAR: what leaves a `try`/`except*` statement: the exceptions its handlers
/// raised, with what was re-raised or left unhandled kept in the original group's shape.
pub fn prep_reraise_star(thread: &mut Thread, orig: &Value, excs: &Value) -> PyResult<Value> {
    let items: Vec<Value> = crate::objects::as_list(excs).map(|l| l.lock().to_vec()).unwrap_or_default();
    if items.is_empty() {
        return Ok(Value::None);
    }
    if !is_group(orig) {
        // A naked exception was wrapped: one clause at most ran.
        return Ok(items[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in items.into_iter().filter(|e| !e.is_none()) {
        if same_metadata(thread, &e, orig)? {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let kept = if reraised.is_empty() {
        Value::None
    } else {
        let mut leaves = HashSet::new();
        for e in &reraised {
            collect_leaves(e, &mut leaves);
        }
        split(thread, orig, &Matcher::Leaves(leaves), false)?.0
    };
    if raised.is_empty() {
        return Ok(kept);
    }
    if !kept.is_none() {
        raised.push(kept);
    }
    if raised.len() == 1 {
        return Ok(raised.remove(0));
    }
    let class = Value::Obj(exceptions().base_exception_group.clone());
    call(thread, &class, Args::positional(&[new_str(""), list(raised)]))
}
