//! Rich comparison: native comparisons of builtin values, then `__eq__`/`__lt__`/... with the
//! reflected-operand rules (a subclass's reflected method goes first) and NotImplemented.

use std::cmp::Ordering;

use ferrython_bytecode::CompareOp;
use num_bigint::BigInt;

use crate::call::{call, call_method};
use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::str::intern;
use crate::objects::typeobj::{class_of, is_subtype, lookup, type_data, type_name};
use crate::objects::{Payload, RangeData, SliceData};
use crate::protocols::truthy;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The dunder for each comparison, and the one tried on the right operand.
pub fn dunder(op: CompareOp) -> &'static str {
    match op {
        CompareOp::Lt => "__lt__",
        CompareOp::Le => "__le__",
        CompareOp::Eq => "__eq__",
        CompareOp::Ne => "__ne__",
        CompareOp::Gt => "__gt__",
        CompareOp::Ge => "__ge__",
    }
}

pub fn ordering_matches(ordering: Ordering, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => ordering == Ordering::Less,
        CompareOp::Le => ordering != Ordering::Greater,
        CompareOp::Eq => ordering == Ordering::Equal,
        CompareOp::Ne => ordering != Ordering::Equal,
        CompareOp::Gt => ordering == Ordering::Greater,
        CompareOp::Ge => ordering != Ordering::Less,
    }
}

/// A number's value for comparisons: exact for ints, float for floats.
enum Num {
    Int(BigInt),
    Small(i64),
    Float(f64),
}

fn as_num(value: &Value) -> Option<Num> {
    match value {
        Value::Int(i) => Some(Num::Small(*i)),
        Value::Bool(b) => Some(Num::Small(i64::from(*b))),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(obj) => match obj.payload() {
            Payload::Int(big) => Some(Num::Int(big.clone())),
            Payload::Float(f) => Some(Num::Float(*f)),
            _ => None,
        },
        _ => None,
    }
}

/// Compares an int with a float exactly (no rounding of big ints); None for NaN.
fn compare_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let floor = f.floor();
    let whole = num_traits::FromPrimitive::from_f64(floor).unwrap_or_default();
    match i.cmp(&whole) {
        Ordering::Equal if floor < f => Some(Ordering::Less),
        other => Some(other),
    }
}

fn compare_nums(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Small(x), Num::Small(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Small(x), Num::Float(y)) => compare_int_float(&BigInt::from(*x), *y),
        (Num::Int(x), Num::Float(y)) => compare_int_float(x, *y),
        (Num::Float(x), Num::Small(y)) => compare_int_float(&BigInt::from(*y), *x).map(Ordering::reverse),
        (Num::Float(x), Num::Int(y)) => compare_int_float(y, *x).map(Ordering::reverse),
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Int(x), Num::Small(y)) => Some(x.cmp(&BigInt::from(*y))),
        (Num::Small(x), Num::Int(y)) => Some(BigInt::from(*x).cmp(y)),
    }
}

fn is_builtin(value: &Value) -> bool {
    match value {
        Value::Obj(obj) => !type_data(&obj.class).heap,
        _ => true,
    }
}

/// Equality that needs no Python code: Some(answer) for builtin scalars, strs, bytes and
/// tuples of those; None when Python code might have a say.
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    native_eq_within(a, b, 0)
}

/// How deep `native_eq` follows nested tuples before leaving the rest to `rich_compare`, whose
/// recursion is bounded by the recursion limit.
const NATIVE_DEPTH: usize = 32;

fn native_eq_within(a: &Value, b: &Value, depth: usize) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Some(x == y),
        (Value::None, Value::None) => return Some(true),
        (Value::None, _) | (_, Value::None) if is_builtin(a) && is_builtin(b) => return Some(false),
        // Two strs (dict keys, mostly) before the numeric cases.
        (Value::Obj(x), Value::Obj(y)) => {
            if let (Payload::Str(s), Payload::Str(t)) = (x.payload(), y.payload()) {
                if !type_data(&x.class).heap && !type_data(&y.class).heap {
                    return Some(crate::objects::str::bytes_eq(s.wtf8(), t.wtf8()));
                }
            }
        }
        _ => {}
    }
    if !is_builtin(a) || !is_builtin(b) {
        return None;
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Some(compare_nums(&x, &y) == Some(Ordering::Equal));
    }
    if let Some(eq) = complex_eq(a, b) {
        return Some(eq);
    }
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else {
        // A number against a builtin non-number.
        return (matches!(a, Value::Obj(_)) || matches!(b, Value::Obj(_))).then_some(false).filter(|_| {
            let other = if matches!(a, Value::Obj(_)) { a } else { b };
            !matches!(other.payload(), Some(Payload::Complex(..)))
        });
    };
    if ObjRef::ptr_eq(x, y) && !matches!(x.payload(), Payload::Float(_)) {
        return Some(true);
    }
    match (x.payload(), y.payload()) {
        (Payload::Str(s), Payload::Str(t)) => Some(s.wtf8() == t.wtf8()),
        (Payload::Bytes(s), Payload::Bytes(t)) => Some(s == t),
        (Payload::Tuple(s), Payload::Tuple(t)) => {
            if s.len() != t.len() {
                return Some(false);
            }
            for (p, q) in s.iter().zip(t.iter()) {
                if p.is(q) {
                    continue;
                }
                if depth >= NATIVE_DEPTH {
                    return None;
                }
                match native_eq_within(p, q, depth + 1)? {
                    true => continue,
                    false => return Some(false),
                }
            }
            Some(true)
        }
        (Payload::Str(_) | Payload::Bytes(_) | Payload::Tuple(_) | Payload::Int(_), _)
        | (_, Payload::Str(_) | Payload::Bytes(_) | Payload::Tuple(_) | Payload::Int(_))
            if same_kind_known(x.payload()) && same_kind_known(y.payload()) =>
        {
            Some(false)
        }
        (Payload::Type(_), Payload::Type(_)) => Some(false),
        (Payload::Method(m), Payload::Method(n)) => Some(m.instance.is(&n.instance) && m.func.is(&n.func)),
        _ => None,
    }
}

/// Payloads whose equality with a payload of another kind is always False.
fn same_kind_known(payload: Payload<'_>) -> bool {
    matches!(payload, Payload::Str(_) | Payload::Bytes(_) | Payload::Tuple(_) | Payload::Int(_) | Payload::Type(_))
}

/// `a == b` as a bool.
pub fn rich_eq(thread: &mut Thread, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(answer) = native_eq(a, b) {
        return Ok(answer);
    }
    let result = rich_compare(thread, a, b, CompareOp::Eq)?;
    truthy(thread, &result)
}

/// Compares two builtin values natively; None when it takes the dunder protocol.
fn native_compare(thread: &mut Thread, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Ok(Some(Value::Bool(ordering_matches(x.cmp(y), op)))),
        (Value::Float(x), Value::Float(y)) => {
            let result = match x.partial_cmp(y) {
                Some(ordering) => ordering_matches(ordering, op),
                None => op == CompareOp::Ne,
            };
            return Ok(Some(Value::Bool(result)));
        }
        _ => {}
    }
    if !is_builtin(a) || !is_builtin(b) {
        return Ok(None);
    }
    payload_compare(thread, a, b, op)
}

/// Compares the builtin payloads of two values, whatever their classes; None when the
/// payloads are not of kinds compared natively.
fn payload_compare(thread: &mut Thread, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        let result = match compare_nums(&x, &y) {
            Some(ordering) => ordering_matches(ordering, op),
            None => op == CompareOp::Ne,
        };
        return Ok(Some(Value::Bool(result)));
    }
    let equality = matches!(op, CompareOp::Eq | CompareOp::Ne);
    let complex = |equal: Option<bool>| equal.filter(|_| equality).map(|e| Value::Bool(e == (op == CompareOp::Eq)));
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else { return Ok(complex(complex_eq(a, b))) };
    let ordering = match (x.payload(), y.payload()) {
        (Payload::Str(s), Payload::Str(t)) => s.wtf8().cmp(t.wtf8()),
        (Payload::Complex(..), _) | (_, Payload::Complex(..)) => return Ok(complex(complex_eq(a, b))),
        (Payload::Bytes(s), Payload::Bytes(t)) => s.cmp(t),
        (Payload::Bytes(s), Payload::ByteArray(t)) => s[..].cmp(&t.lock()[..]),
        (Payload::ByteArray(s), Payload::Bytes(t)) => s.lock()[..].cmp(&t[..]),
        (Payload::ByteArray(s), Payload::ByteArray(t)) => {
            let s = s.lock().clone();
            let t = t.lock().clone();
            s.cmp(&t)
        }
        (
            Payload::Slice(SliceData { start: a0, stop: a1, step: a2 }),
            Payload::Slice(SliceData { start: b0, stop: b1, step: b2 }),
        ) => {
            let (s, t) = ([a0.clone(), a1.clone(), a2.clone()], [b0.clone(), b1.clone(), b2.clone()]);
            return sequence_compare(thread, &s, &t, op).map(Some);
        }
        (Payload::Range(RangeData { .. }), Payload::Range(RangeData { .. })) if equality => {
            let equal = range_eq(x, y)?;
            return Ok(Some(Value::Bool(equal == (op == CompareOp::Eq))));
        }
        (Payload::Alias(x), Payload::Alias(y)) if equality => {
            return Ok(crate::typing::alias_eq(thread, x, y)?.map(|equal| Value::Bool(equal == (op == CompareOp::Eq))));
        }
        (Payload::Method(m), Payload::Method(n)) if equality => {
            let equal = m.instance.is(&n.instance) && m.func.is(&n.func);
            return Ok(Some(Value::Bool(equal == (op == CompareOp::Eq))));
        }
        // Bound native methods (`[].append`, `x.__add__`): the same method of the same object.
        (Payload::Builtin(m), Payload::Builtin(n)) if equality && m.bound.is_some() && n.bound.is_some() => {
            let same_owner = match (&m.owner, &n.owner) {
                (Some(p), Some(q)) => ObjRef::ptr_eq(p, q),
                (None, None) => true,
                _ => false,
            };
            let same_self = matches!((&m.bound, &n.bound), (Some(p), Some(q)) if p.is(q));
            let equal = same_self && same_owner && m.name == n.name;
            return Ok(Some(Value::Bool(equal == (op == CompareOp::Eq))));
        }
        // Tuples are immutable, and `a` and `b` keep them alive: compared in place.
        (Payload::Tuple(s), Payload::Tuple(t)) => return sequence_compare(thread, s, t, op).map(Some),
        (Payload::List(s), Payload::List(t)) => return list_compare(thread, s, t, op).map(Some),
        // Cells compare by their contents; an empty cell comes before a full one.
        (Payload::Cell(s), Payload::Cell(t)) => {
            // One lock at a time: both may be the same cell.
            let p = s.lock().clone();
            let q = t.lock().clone();
            if !p.is_null() && !q.is_null() {
                return rich_compare(thread, &p, &q, op).map(Some);
            }
            q.is_null().cmp(&p.is_null())
        }
        _ => return crate::ops::native_compare_containers(thread, a, b, op),
    };
    Ok(Some(Value::Bool(ordering_matches(ordering, op))))
}

/// `a == b` when one side is a complex and the other a number; None otherwise.
fn complex_eq(a: &Value, b: &Value) -> Option<bool> {
    let parts = |v: &Value| -> Option<(Num, f64)> {
        match v.payload() {
            Some(Payload::Complex((re, im))) => Some((Num::Float(*re), *im)),
            _ => as_num(v).map(|n| (n, 0.0)),
        }
    };
    let is_complex = |v: &Value| matches!(v.payload(), Some(Payload::Complex(..)));
    if !is_complex(a) && !is_complex(b) {
        return None;
    }
    let ((re_a, im_a), (re_b, im_b)) = (parts(a)?, parts(b)?);
    Some(im_a == im_b && compare_nums(&re_a, &re_b) == Some(Ordering::Equal))
}

/// Ranges are equal when they produce the same sequence.
fn range_eq(x: &ObjRef, y: &ObjRef) -> PyResult<bool> {
    let (
        Payload::Range(RangeData { start: a0, stop: a1, step: a2 }),
        Payload::Range(RangeData { start: b0, stop: b1, step: b2 }),
    ) = (x.payload(), y.payload())
    else {
        return Ok(false);
    };
    Ok(crate::builtins::ranges_equal((a0, a1, a2), (b0, b1, b2)))
}

/// Lexicographic comparison of two sequences, items compared with `==` then `op`.
fn sequence_compare(thread: &mut Thread, s: &[Value], t: &[Value], op: CompareOp) -> PyResult<Value> {
    thread.nested_for(" in comparison", |thread| sequence_compare_items(thread, s, t, op))
}

/// Lexicographic comparison of two lists as CPython's `list_richcompare` does it: the items
/// are read afresh at each step (an `__eq__` may shrink either list), one lock at a time
/// (`x == x` locks the same list twice).
fn list_compare(
    thread: &mut Thread,
    s: &crate::objects::ListCell,
    t: &crate::objects::ListCell,
    op: CompareOp,
) -> PyResult<Value> {
    let lengths = |s: &crate::objects::ListCell, t: &crate::objects::ListCell| {
        let n = s.lock().len();
        (n, t.lock().len())
    };
    let (n, m) = lengths(s, t);
    if n != m && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Value::Bool(op == CompareOp::Ne));
    }
    thread.nested_for(" in comparison", |thread| {
        let mut i = 0;
        let differing = loop {
            let p = s.lock().get(i);
            let q = t.lock().get(i);
            let (Some(p), Some(q)) = (p, q) else { break None };
            if !(p.is(&q) || rich_eq(thread, &p, &q)?) {
                break Some(i);
            }
            i += 1;
        };
        let (n, m) = lengths(s, t);
        match differing {
            Some(i) if i < n && i < m => match op {
                CompareOp::Eq => Ok(Value::Bool(false)),
                CompareOp::Ne => Ok(Value::Bool(true)),
                _ => {
                    let p = s.lock().get(i);
                    let q = t.lock().get(i);
                    match (p, q) {
                        (Some(p), Some(q)) => rich_compare(thread, &p, &q, op),
                        _ => Ok(Value::Bool(ordering_matches(n.cmp(&m), op))),
                    }
                }
            },
            _ => Ok(Value::Bool(ordering_matches(n.cmp(&m), op))),
        }
    })
}

fn sequence_compare_items(thread: &mut Thread, s: &[Value], t: &[Value], op: CompareOp) -> PyResult<Value> {
    for (p, q) in s.iter().zip(t) {
        if p.is(q) || rich_eq(thread, p, q)? {
            continue;
        }
        return match op {
            CompareOp::Eq => Ok(Value::Bool(false)),
            CompareOp::Ne => Ok(Value::Bool(true)),
            _ => rich_compare(thread, p, q, op),
        };
    }
    Ok(Value::Bool(ordering_matches(s.len().cmp(&t.len()), op)))
}

/// `a op b`.
pub fn rich_compare(thread: &mut Thread, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    if matches!(op, CompareOp::Eq | CompareOp::Ne)
        && thread.interp.bytes_warning.load(std::sync::atomic::Ordering::Relaxed)
    {
        warn_bytes_comparison(thread, a, b)?;
    }
    if let Some(result) = native_compare(thread, a, b, op)? {
        return Ok(result);
    }
    thread.nested(|thread| dunder_compare(thread, a, b, op))
}

/// With -b, `bytes == str` (or int) and `bytearray == str` issue a BytesWarning.
fn warn_bytes_comparison(thread: &mut Thread, a: &Value, b: &Value) -> PyResult<()> {
    let kind = |v: &Value| match v {
        Value::Int(_) | Value::Bool(_) => Some("int"),
        _ => match v.payload() {
            Some(Payload::Bytes(_)) => Some("bytes"),
            Some(Payload::ByteArray(_)) => Some("bytearray"),
            Some(Payload::Str(_)) => Some("string"),
            Some(Payload::Int(_)) => Some("int"),
            _ => None,
        },
    };
    let (Some(x), Some(y)) = (kind(a), kind(b)) else { return Ok(()) };
    let (bytes, other) = match (x, y) {
        ("bytes" | "bytearray", other) => (x, other),
        (other, "bytes" | "bytearray") => (y, other),
        _ => return Ok(()),
    };
    let compared = match (bytes, other) {
        (_, "string") | ("bytes", "int") => other,
        _ => return Ok(()),
    };
    crate::warnings::bytes_warning(thread, || format!("Comparison between {bytes} and {compared}"))
}

/// The comparison method `op` of `class`, unless it is `object`'s `__lt__`, `__le__`,
/// `__gt__` or `__ge__`, which only say NotImplemented (so a class without an order of its
/// own costs no call).
fn compare_method(class: &ObjRef, op: CompareOp) -> Option<Value> {
    let name = dunder(op);
    let method = lookup(class, &intern(name))?;
    let ordering = !matches!(op, CompareOp::Eq | CompareOp::Ne);
    if ordering && crate::protocols::attr::is_object_method(&method, name) {
        return None;
    }
    Some(method)
}

/// Calls the comparison method `method` of `instance`'s class. A descriptor whose `__get__`
/// fails counts as no method (NotImplemented): CPython's comparison slot clears that error.
pub(crate) fn call_compare_method(
    thread: &mut Thread,
    method: &Value,
    instance: &Value,
    other: &Value,
) -> PyResult<Value> {
    match method.payload() {
        Some(Payload::Function(_) | Payload::Builtin(_) | Payload::ClassMethod(_) | Payload::StaticMethod(_)) => {
            call_method(thread, method, instance, &[instance.clone(), other.clone()])
        }
        _ => match crate::protocols::attr::descriptor_get(thread, method, instance, class_of(instance)) {
            Ok(bound) => call(thread, bound.as_ref().unwrap_or(method), Args::positional(std::slice::from_ref(other))),
            Err(_) => Ok(crate::builtins::not_implemented()),
        },
    }
}

fn dunder_compare(thread: &mut Thread, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    let (class_a, class_b) = (class_of(a).clone(), class_of(b).clone());
    let reflected = op.swapped();
    let mut tried_reflected = false;
    if !ObjRef::ptr_eq(&class_a, &class_b) && is_subtype(&class_b, &class_a) {
        if let Some(method) = compare_method(&class_b, reflected) {
            tried_reflected = true;
            let result = call_compare_method(thread, &method, b, a)?;
            if !crate::builtins::is_not_implemented(&result) {
                return Ok(result);
            }
        }
    }
    if let Some(method) = compare_method(&class_a, op) {
        let result = call_compare_method(thread, &method, a, b)?;
        if !crate::builtins::is_not_implemented(&result) {
            return Ok(result);
        }
    }
    if !tried_reflected {
        if let Some(method) = compare_method(&class_b, reflected) {
            let result = call_compare_method(thread, &method, b, a)?;
            if !crate::builtins::is_not_implemented(&result) {
                return Ok(result);
            }
        }
    }
    match op {
        CompareOp::Eq => Ok(Value::Bool(a.is(b))),
        CompareOp::Ne => Ok(Value::Bool(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ))),
    }
}

/// The native comparison behind the builtin types' `__eq__`, `__lt__`, ... methods:
/// NotImplemented when the operands are not both of kinds it knows.
pub fn native_compare_slot(thread: &mut Thread, a: &Value, b: &Value, op: CompareOp) -> PyResult<Value> {
    // An object equals itself, except a float or complex NaN (`float.__eq__(nan, nan)`).
    let floating =
        matches!(a, Value::Float(_)) || matches!(a.payload(), Some(Payload::Float(_) | Payload::Complex(..)));
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && a.is(b) && !floating {
        return Ok(Value::Bool(op == CompareOp::Eq));
    }
    Ok(payload_compare(thread, a, b, op)?.unwrap_or_else(crate::builtins::not_implemented))
}
