//! The special methods of the builtin types as Python sees them (`int.__add__`,
//! `list.__getitem__`, `str.__eq__`, ...). They run the native operation on the payload, so a
//! subclass that does not override them, or `super().__add__(x)`, gets the builtin behaviour.

use ferrython_bytecode::{BinaryOp, CompareOp};

use crate::method;
use crate::objects::exception::type_error;
use crate::objects::function::Args;
use crate::objects::str::new_str;
use crate::objects::typeobj::{type_name, types};
use crate::objects::{Payload, RangeData};
use crate::protocols;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::{add_methods, not_implemented, Method};

fn two(args: &Args<'_>) -> (Value, Value) {
    let p = args.pos();
    (p.first().cloned().unwrap_or_default(), p.get(1).cloned().unwrap_or_default())
}

/// CPython's slot wrappers take a fixed number of arguments after the receiver:
/// "expected 1 argument, got 0" (never a missing value read as NULL).
fn expect_args(args: &Args<'_>, n: usize) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(type_error("wrapper takes no keyword arguments"));
    }
    let given = args.values.len().saturating_sub(1);
    if given != n {
        // CPython's wrapper of two-argument slots (`__setitem__`) starts its message with a space.
        let (lead, plural) = match n {
            1 => ("", ""),
            2 => (" ", "s"),
            _ => ("", "s"),
        };
        return Err(type_error(format!("{lead}expected {n} argument{plural}, got {given}")));
    }
    Ok(())
}

fn this(args: &Args<'_>) -> Value {
    args.pos().first().cloned().unwrap_or_default()
}

fn this_obj(args: &Args<'_>) -> PyResult<ObjRef> {
    match this(args) {
        Value::Obj(o) => Ok(o),
        other => Err(type_error(format!("descriptor requires an object, not '{}'", type_name(&other)))),
    }
}

/// Whether a number's own method handles `other`: int takes ints, float ints and floats,
/// complex all three (`(5).__add__(1.0)` is NotImplemented, float's `__radd__` does it).
fn accepts(this: &Value, other: &Value) -> bool {
    let rank = |v: &Value| match v {
        Value::Int(_) | Value::Bool(_) => Some(0),
        Value::Float(_) => Some(1),
        _ => match v.payload() {
            Some(Payload::Int(_)) => Some(0),
            Some(Payload::Float(_)) => Some(1),
            Some(Payload::Complex(..)) => Some(2),
            _ => None,
        },
    };
    match (rank(this), rank(other)) {
        (Some(a), Some(b)) => b <= a,
        (Some(_), None) => false,
        (None, _) => true,
    }
}

/// `seq.__mul__(n)` and `seq.__rmul__(n)` of a builtin sequence with any `n` that has
/// `__index__`; NotImplemented for every other operator and operand.
fn repeat_by_index(thread: &mut Thread, this: &Value, other: &Value, op: BinaryOp) -> PyResult<Value> {
    if op != BinaryOp::Multiply {
        return Ok(not_implemented());
    }
    Ok(protocols::number::sequence_repeat(thread, this, other, op)?.unwrap_or_else(not_implemented))
}

macro_rules! binary_slots {
    ($($forward:ident, $reflected:ident => $op:ident;)*) => {
        $(
            fn $forward(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
                expect_args(&args, 1)?;
                let (a, b) = two(&args);
                if !accepts(&a, &b) {
                    return Ok(not_implemented());
                }
                if let Some(result) = protocols::number::native_binary(thread, &a, &b, BinaryOp::$op)? {
                    return Ok(result);
                }
                repeat_by_index(thread, &a, &b, BinaryOp::$op)
            }
            fn $reflected(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
                expect_args(&args, 1)?;
                let (a, b) = two(&args);
                if !accepts(&a, &b) {
                    return Ok(not_implemented());
                }
                if let Some(result) = protocols::number::native_binary(thread, &b, &a, BinaryOp::$op)? {
                    return Ok(result);
                }
                repeat_by_index(thread, &a, &b, BinaryOp::$op)
            }
        )*
    };
}

binary_slots! {
    add, radd => Add;
    sub, rsub => Subtract;
    mul, rmul => Multiply;
    truediv, rtruediv => TrueDivide;
    floordiv, rfloordiv => FloorDivide;
    modulo, rmodulo => Remainder;
    lshift, rlshift => LShift;
    rshift, rrshift => RShift;
    and, rand => And;
    or, ror => Or;
    xor, rxor => Xor;
}

macro_rules! compare_slots {
    ($($name:ident => $op:ident;)*) => {
        $(
            fn $name(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
                expect_args(&args, 1)?;
                let (a, b) = two(&args);
                if !accepts(&a, &b) {
                    return Ok(not_implemented());
                }
                protocols::compare::native_compare_slot(thread, &a, &b, CompareOp::$op)
            }
        )*
    };
}

compare_slots! {
    lt => Lt;
    le => Le;
    eq => Eq;
    ne => Ne;
    gt => Gt;
    ge => Ge;
}

/// `__rmod__` of str, bytes and bytearray: `other % self` when `other` is a template of the same
/// kind, else NotImplemented.
fn text_rmod(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    expect_args(&args, 1)?;
    let (a, b) = two(&args);
    let same_kind = match a.payload() {
        Some(Payload::Str(_)) => matches!(b.payload(), Some(Payload::Str(_))),
        _ => matches!(b.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_))),
    };
    if !same_kind {
        return Ok(not_implemented());
    }
    Ok(protocols::number::native_binary(thread, &b, &a, BinaryOp::Remainder)?.unwrap_or_else(not_implemented))
}

/// `__pow__(other, mod=None)`: the three-argument form is `pow(self, other, mod)`.
fn power(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = two(&args);
    power_of(thread, (&a, &b), &a, &b, args.pos().get(2))
}

fn rpower(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let (a, b) = two(&args);
    power_of(thread, (&a, &b), &b, &a, args.pos().get(2))
}

fn power_of(
    thread: &mut Thread,
    (this, other): (&Value, &Value),
    base: &Value,
    exp: &Value,
    modulus: Option<&Value>,
) -> PyResult<Value> {
    if !accepts(this, other) {
        return Ok(not_implemented());
    }
    match modulus.filter(|m| !m.is_none()) {
        None => {
            Ok(protocols::number::native_binary(thread, base, exp, BinaryOp::Power)?.unwrap_or_else(not_implemented))
        }
        Some(m) => super::numbers::pow_mod(thread, base, exp, m),
    }
}

fn divmod(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    expect_args(&args, 1)?;
    let (a, b) = two(&args);
    if !accepts(&a, &b) {
        return Ok(not_implemented());
    }
    Ok(protocols::number::native_divmod(&a, &b)?.unwrap_or_else(not_implemented))
}

fn rdivmod(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    expect_args(&args, 1)?;
    let (a, b) = two(&args);
    if !accepts(&a, &b) {
        return Ok(not_implemented());
    }
    Ok(protocols::number::native_divmod(&b, &a)?.unwrap_or_else(not_implemented))
}

fn repr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match this(&args) {
        Value::Obj(obj) => Ok(new_str(protocols::repr::payload_repr(thread, &obj)?)),
        // An int or float held as an immediate: its builtin repr (a bool reaches here only as
        // `int.__repr__(True)`, which shows the int).
        Value::Null => Err(type_error("descriptor '__repr__' needs an argument")),
        Value::Bool(b) => Ok(new_str(if b { "1" } else { "0" })),
        immediate => Ok(new_str(protocols::repr(thread, &immediate)?)),
    }
}

fn hash(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = this(&args);
    match protocols::payload_hash(&value) {
        Some(h) => Ok(Value::Int(h)),
        None => Err(type_error(format!("unhashable type: '{}'", type_name(&value)))),
    }
}

fn len(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let obj = this_obj(&args)?;
    if let Payload::Range(RangeData { start, stop, step }) = obj.payload() {
        return Ok(Value::Int(crate::builtins::range_len(start, stop, step)? as i64));
    }
    Ok(Value::Int(protocols::payload_len(&obj).unwrap_or(0) as i64))
}

fn iter(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let obj = this_obj(&args)?;
    protocols::iter::payload_iter(thread, &obj)
}

/// `dict.__reversed__`: the keys, last inserted first.
fn dict_reversed(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let obj = this_obj(&args)?;
    let Payload::Dict(dict) = obj.payload() else {
        return Err(type_error("descriptor '__reversed__' requires a 'dict' object"));
    };
    let mut keys = dict.keys();
    keys.reverse();
    protocols::iter::get_iter(thread, &crate::objects::list(keys))
}

/// `__call__` of functions and methods: calls the object with the rest of the arguments.
fn call(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let callable = this(&args);
    let rest = Args { values: args.values.get(1..).unwrap_or_default(), kwnames: args.kwnames };
    crate::call::call(thread, &callable, rest)
}

/// `__buffer__(flags)` (PEP 688): a memoryview of the object.
fn buffer(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [this, flags] = args.pos() else {
        return Err(type_error(format!("__buffer__ expected 1 argument, got {}", args.pos().len().saturating_sub(1))));
    };
    protocols::number::index_of(thread, flags)?;
    let memoryview = Value::Obj(types().memoryview.clone());
    crate::call::call(thread, &memoryview, Args::positional(std::slice::from_ref(this)))
}

/// `__release_buffer__(view)`: a view made by `__buffer__` is let go.
fn release_buffer(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [_, view] = args.pos() else {
        return Err(type_error(format!(
            "__release_buffer__ expected 1 argument, got {}",
            args.pos().len().saturating_sub(1)
        )));
    };
    if let Some(release) = protocols::getattr_opt(thread, view, "release")? {
        crate::call::call(thread, &release, Args::positional(&[]))?;
    }
    Ok(Value::None)
}

/// `dict.__getitem__`, `dict.__contains__` and `list.__getitem__` are plain methods in CPython
/// (not slot wrappers): their arity error names them.
fn expect_method_arg(args: &Args<'_>, method: &str) -> PyResult<()> {
    let owner = match args.values.first().and_then(Value::payload) {
        Some(Payload::Dict(_)) => "dict",
        Some(Payload::List(_)) if method == "__getitem__" => "list",
        _ => return expect_args(args, 1),
    };
    if args.values.len() != 2 || !args.kwnames.is_empty() {
        let given = args.values.len().saturating_sub(1);
        return Err(type_error(format!("{owner}.{method}() takes exactly one argument ({given} given)")));
    }
    Ok(())
}

fn getitem(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    expect_method_arg(&args, "__getitem__")?;
    let (container, key) = two(&args);
    let obj = this_obj(&args)?;
    match crate::ops::payload_getitem(thread, &obj, &key)? {
        Some(v) => Ok(v),
        None => Err(type_error(format!("'{}' object is not subscriptable", type_name(&container)))),
    }
}

fn setitem(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    expect_args(&args, 2)?;
    let p = args.pos();
    let obj = this_obj(&args)?;
    let (key, value) = (p.get(1).cloned().unwrap_or_default(), p.get(2).cloned().unwrap_or_default());
    crate::ops::payload_setitem(thread, &obj, &key, &value)?;
    Ok(Value::None)
}

fn delitem(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    expect_args(&args, 1)?;
    let (_, key) = two(&args);
    let obj = this_obj(&args)?;
    crate::ops::payload_delitem(thread, &obj, &key)?;
    Ok(Value::None)
}

fn contains(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    expect_method_arg(&args, "__contains__")?;
    let (_, item) = two(&args);
    let obj = this_obj(&args)?;
    Ok(Value::Bool(crate::ops::payload_contains(thread, &obj, &item)?.unwrap_or(false)))
}

fn neg(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    expect_args(&args, 0)?;
    protocols::number::negative(thread, &plain_number(&this(&args)))
}

fn pos(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    expect_args(&args, 0)?;
    protocols::number::positive(thread, &plain_number(&this(&args)))
}

fn invert(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    expect_args(&args, 0)?;
    protocols::number::invert(thread, &plain_number(&this(&args)))
}

fn bool_slot(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    expect_args(&args, 0)?;
    Ok(Value::Bool(protocols::truthy(thread, &plain_number(&this(&args)))?))
}

/// A number subclass instance as the plain builtin value it holds.
fn plain_number(value: &Value) -> Value {
    match value.payload() {
        Some(Payload::Int(big)) => crate::objects::int::int_from_big(big.clone()),
        Some(Payload::Float(f)) => Value::Float(*f),
        Some(Payload::Complex(&(re, im))) => super::new_complex(re, im),
        _ => value.clone(),
    }
}

const COMPARISONS: &[Method] = &[
    method!("__lt__", lt),
    method!("__le__", le),
    method!("__eq__", eq),
    method!("__ne__", ne),
    method!("__gt__", gt),
    method!("__ge__", ge),
];

const ARITHMETIC: &[Method] = &[
    method!("__add__", add),
    method!("__radd__", radd),
    method!("__sub__", sub),
    method!("__rsub__", rsub),
    method!("__mul__", mul),
    method!("__rmul__", rmul),
    method!("__truediv__", truediv),
    method!("__rtruediv__", rtruediv),
    method!("__pow__", power),
    method!("__rpow__", rpower),
    method!("__neg__", neg),
    method!("__pos__", pos),
    method!("__bool__", bool_slot),
];

/// Floor division and modulo: int and float (complex has neither).
const FLOORING: &[Method] = &[
    method!("__floordiv__", floordiv),
    method!("__rfloordiv__", rfloordiv),
    method!("__mod__", modulo),
    method!("__rmod__", rmodulo),
];

const BITWISE: &[Method] = &[
    method!("__lshift__", lshift),
    method!("__rlshift__", rlshift),
    method!("__rshift__", rshift),
    method!("__rrshift__", rrshift),
    method!("__and__", and),
    method!("__rand__", rand),
    method!("__or__", or),
    method!("__ror__", ror),
    method!("__xor__", xor),
    method!("__rxor__", rxor),
    method!("__invert__", invert),
];

const SET_OPERATORS: &[Method] = &[
    method!("__and__", and),
    method!("__rand__", rand),
    method!("__or__", or),
    method!("__ror__", ror),
    method!("__xor__", xor),
    method!("__rxor__", rxor),
    method!("__sub__", sub),
    method!("__rsub__", rsub),
];

const SEQUENCE_OPERATORS: &[Method] = &[method!("__add__", add), method!("__mul__", mul), method!("__rmul__", rmul)];

const CONTAINER: &[Method] = &[
    method!("__len__", len),
    method!("__iter__", iter),
    method!("__contains__", contains),
    method!("__getitem__", getitem),
];

const MUTABLE: &[Method] = &[method!("__setitem__", setitem), method!("__delitem__", delitem)];

const BASICS: &[Method] = &[method!("__repr__", repr), method!("__hash__", hash)];

pub(super) fn install() {
    let t = types();
    for class in [&t.int, &t.float, &t.complex, &t.str, &t.bytes, &t.tuple, &t.frozenset, &t.range, &t.slice] {
        add_methods(class, BASICS);
    }
    for class in [&t.list, &t.dict, &t.set, &t.bytearray] {
        add_methods(class, &BASICS[..1]);
        super::set_unhashable(class);
    }
    for class in
        [&t.int, &t.float, &t.complex, &t.str, &t.bytes, &t.bytearray, &t.tuple, &t.list, &t.dict, &t.set, &t.frozenset]
    {
        add_methods(class, COMPARISONS);
    }
    for class in [&t.range, &t.slice] {
        add_methods(class, COMPARISONS);
    }
    // Cells compare by their contents (and so are unhashable).
    add_methods(&t.cell, COMPARISONS);
    super::set_unhashable(&t.cell);
    for class in [&t.int, &t.float, &t.complex] {
        add_methods(class, ARITHMETIC);
    }
    add_methods(&t.int, BITWISE);
    for class in [&t.int, &t.float] {
        add_methods(class, FLOORING);
        add_methods(class, &[method!("__divmod__", divmod), method!("__rdivmod__", rdivmod)]);
    }
    for class in [&t.set, &t.frozenset] {
        add_methods(class, SET_OPERATORS);
        // Sets are not subscriptable: no `__getitem__`.
        add_methods(class, &CONTAINER[..3]);
    }
    for class in [&t.str, &t.bytes, &t.tuple, &t.list, &t.bytearray] {
        add_methods(class, SEQUENCE_OPERATORS);
        add_methods(class, CONTAINER);
    }
    // %-formatting.
    for class in [&t.str, &t.bytes, &t.bytearray] {
        add_methods(class, &[method!("__mod__", modulo), method!("__rmod__", text_rmod)]);
    }
    add_methods(&t.range, CONTAINER);
    add_methods(&t.dict, CONTAINER);
    add_methods(&t.dict, &[method!("__reversed__", dict_reversed)]);
    // The views: sized, iterable containers (values is no container: `in` searches it).
    for class in [&t.dict_keys, &t.dict_items] {
        add_methods(class, &CONTAINER[..3]);
    }
    add_methods(&t.dict_values, &CONTAINER[..2]);
    for class in [
        &t.function,
        &t.builtin_function,
        &t.method,
        &t.staticmethod,
        &t.method_descriptor,
        &t.wrapper_descriptor,
        &t.method_wrapper,
    ] {
        add_methods(class, &[method!("__call__", call)]);
    }
    for class in [&t.bytes, &t.bytearray, &t.memoryview] {
        add_methods(class, &[method!("__buffer__", buffer)]);
    }
    for class in [&t.bytearray, &t.memoryview] {
        add_methods(class, &[method!("__release_buffer__", release_buffer)]);
    }
    add_methods(&t.dict, &[method!("__or__", or), method!("__ror__", ror)]);
    for class in [&t.list, &t.dict, &t.bytearray] {
        add_methods(class, MUTABLE);
    }
}
