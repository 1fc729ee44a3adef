//! The abstract object protocols, as CPython's `abstract.c` and `object.c` define them: truth,
//! hashing, equality, attributes, items, length and containment. Each tries the builtin payloads
//! natively first, then the special methods of the object's class.

pub mod attr;
pub mod compare;
pub mod iter;
pub mod number;
pub mod repr;

use crate::call::{call, call_method};
use crate::objects::exception::{exceptions, key_error, type_error, PyErr};
use crate::objects::int::{hash_big, hash_i64};
use crate::objects::str::{as_pystr, intern, intern_static};
use crate::objects::typeobj::{class_of, lookup, type_name, types};
use crate::objects::{DictViewData, Payload, RangeData, SliceData};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

pub use attr::{delattr, getattr, load_method, setattr};
pub use compare::{native_eq, rich_eq};
pub use repr::{repr, to_str};

/// Looks a special method up on the class of `value` (never on the instance), as CPython does
/// for implicit calls.
pub fn special(value: &Value, name: &'static str) -> Option<Value> {
    lookup(class_of(value), &intern_static(name))
}

/// Calls the special method `name` of `value`'s class with `value` and `args`; None when the
/// class has no such method.
pub fn call_special(thread: &mut Thread, value: &Value, name: &'static str, args: &[Value]) -> PyResult<Option<Value>> {
    match special(value, name) {
        Some(method) => {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(value.clone());
            all.extend_from_slice(args);
            call_method(thread, &method, value, &all).map(Some)
        }
        None => Ok(None),
    }
}

/// `bool(value)`.
pub fn truthy(thread: &mut Thread, value: &Value) -> PyResult<bool> {
    match value {
        Value::Bool(b) => return Ok(*b),
        Value::None | Value::Null => return Ok(false),
        Value::Int(i) => return Ok(*i != 0),
        Value::Float(f) => return Ok(*f != 0.0),
        Value::Obj(obj) if !crate::objects::typeobj::type_data(&obj.class).heap => {
            if let Some(native) = native_len(obj) {
                return Ok(native != 0);
            }
            match obj.payload() {
                Payload::Int(big) => return Ok(big.sign() != num_bigint::Sign::NoSign),
                Payload::Float(f) => return Ok(*f != 0.0),
                Payload::Complex((re, im)) => return Ok(*re != 0.0 || *im != 0.0),
                // A range of any length is true when it has an item (no OverflowError).
                Payload::Range(RangeData { start, stop, step }) => {
                    let (a, b, c) = crate::builtins::range_parts(start, stop, step);
                    return Ok(!num_traits::Zero::is_zero(&crate::builtins::big_range_len(&a, &b, &c)));
                }
                // NotImplemented is true, with a DeprecationWarning.
                _ if crate::builtins::is_not_implemented(value) => {
                    let category = crate::objects::exception::exceptions().deprecation_warning.clone();
                    let message = "NotImplemented should not be used in a boolean context";
                    crate::warnings::warn(thread, &category, message, 1)?;
                    return Ok(true);
                }
                // Other builtin types (memoryview) answer through `__bool__` or `__len__`.
                _ => {}
            }
        }
        Value::Obj(_) => {}
    }
    if let Some(result) = call_special(thread, value, "__bool__", &[])? {
        return match result {
            Value::Bool(b) => Ok(b),
            other => Err(type_error(format!("__bool__ should return bool, returned {}", type_name(&other)))),
        };
    }
    if special(value, "__len__").is_some() {
        return Ok(len(thread, value)? != 0);
    }
    Ok(true)
}

/// The length of a builtin container, without running Python code.
pub fn payload_len(obj: &ObjRef) -> Option<usize> {
    native_len(obj)
}

fn native_len(obj: &ObjRef) -> Option<usize> {
    Some(match obj.payload() {
        Payload::Str(s) => s.char_len(),
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(b) => b.lock().len(),
        Payload::Tuple(items) => items.len(),
        Payload::List(items) => items.lock().len(),
        Payload::Dict(d) | Payload::Set(d) | Payload::FrozenSet(d) => d.len(),
        Payload::DictView(DictViewData { dict, .. }) => crate::objects::dict_of(dict)?.len(),
        Payload::Native(state) => state.len()?,
        _ => return None,
    })
}

/// `len(value)`.
pub fn len(thread: &mut Thread, value: &Value) -> PyResult<usize> {
    if let Value::Obj(obj) = value {
        if !crate::objects::typeobj::type_data(&obj.class).heap {
            if let Some(n) = native_len(obj) {
                return Ok(n);
            }
            if let Payload::Range(RangeData { start, stop, step }) = obj.payload() {
                return crate::builtins::range_len(start, stop, step);
            }
        }
    }
    match call_special(thread, value, "__len__", &[])? {
        Some(result) => {
            let n = number::index_big(thread, &result)?;
            if num_traits::Signed::is_negative(&n) {
                return Err(crate::objects::exception::value_error("__len__() should return >= 0"));
            }
            let n = num_traits::ToPrimitive::to_i64(&n).ok_or_else(|| {
                crate::objects::exception::overflow_error("cannot fit 'int' into an index-sized integer")
            })?;
            if n < 0 {
                return Err(crate::objects::exception::value_error("__len__() should return >= 0"));
            }
            Ok(n as usize)
        }
        None => Err(type_error(format!("object of type '{}' has no len()", type_name(value)))),
    }
}

/// The hash of a value whose hash needs no Python code (None for the rest).
pub fn native_hash(value: &Value) -> Option<i64> {
    match value {
        Value::Int(i) => Some(hash_i64(*i)),
        Value::Bool(b) => Some(i64::from(*b)),
        Value::Float(f) => Some(number::hash_float(*f)),
        Value::None => Some(0xFCA86420),
        Value::Null => None,
        Value::Obj(obj) => {
            if crate::objects::typeobj::type_data(&obj.class).heap {
                return None;
            }
            payload_hash(value)
        }
    }
}

/// The hash a builtin payload gives, whatever the object's class (the builtin `__hash__`s).
pub fn payload_hash(value: &Value) -> Option<i64> {
    payload_hash_within(value, 0)
}

/// How deep native hashing follows nested tuples before `hash_value` takes over (whose
/// recursion counts towards the recursion limit).
const NATIVE_HASH_DEPTH: usize = 32;

fn payload_hash_within(value: &Value, depth: usize) -> Option<i64> {
    match value {
        Value::Obj(obj) => match obj.payload() {
            Payload::Str(s) => Some(s.hash()),
            Payload::Int(big) => Some(hash_big(big)),
            Payload::Bytes(b) => Some(crate::objects::hash::hash_bytes(b)),
            Payload::Tuple(items) => {
                if depth >= NATIVE_HASH_DEPTH {
                    return None;
                }
                let mut hashes = Vec::with_capacity(items.len());
                for item in items.iter() {
                    let builtin = item.as_obj().is_none_or(|o| !crate::objects::typeobj::type_data(&o.class).heap);
                    hashes.push(if builtin { payload_hash_within(item, depth + 1)? } else { return None });
                }
                Some(tuple_hash(&hashes))
            }
            // A NaN object hashes by identity (CPython 3.10+), so distinct NaNs spread in a set.
            Payload::Float(f) if f.is_nan() => Some(pointer_hash(obj)),
            Payload::Float(f) => Some(number::hash_float(*f)),
            Payload::FrozenSet(d) => {
                let mut h: u64 = 0;
                for (hash, _, _) in d.hashed_entries() {
                    let x = hash as u64;
                    h ^= (x ^ (x << 16) ^ 89869747).wrapping_mul(3644798167);
                }
                // CPython's frozenset hash: the size mixed in, then bits dispersed.
                h ^= (d.len() as u64 + 1).wrapping_mul(1927868237);
                h ^= (h >> 11) ^ (h >> 25);
                h = h.wrapping_mul(69069).wrapping_add(907133923);
                Some(if h as i64 == -1 { 590923713 } else { h as i64 })
            }
            Payload::Complex((re, im)) => {
                let h = number::hash_float(*re).wrapping_add(number::hash_float(*im).wrapping_mul(1000003));
                Some(if h == -1 { -2 } else { h })
            }
            Payload::Slice(SliceData { start, stop, step }) => {
                Some(tuple_hash(&[native_hash(start)?, native_hash(stop)?, native_hash(step)?]))
            }
            Payload::Range(RangeData { start, stop, step }) => {
                // Equal ranges hash alike: by (length, start, step), with what an empty or
                // one-item range does not use left out.
                let (a, b, c) = crate::builtins::range_parts(start, stop, step);
                let len = crate::builtins::big_range_len(&a, &b, &c);
                let none = native_hash(&Value::None)?;
                let parts = match num_traits::ToPrimitive::to_i64(&len) {
                    Some(0) => [hash_i64(0), none, none],
                    Some(1) => [hash_i64(1), native_hash(start)?, none],
                    Some(n) => [hash_i64(n), native_hash(start)?, native_hash(step)?],
                    None => [hash_big(&len), native_hash(start)?, native_hash(step)?],
                };
                Some(tuple_hash(&parts))
            }
            // Native modules' types may define `__hash__` (weak references hash their object);
            // a memoryview hashes its bytes when read-only (its `__hash__` decides); builtin
            // classes of plain instances may set it to None (SimpleNamespace).
            Payload::Instance(_) => None,
            // A bound method hashes by its object's identity and its function, as it compares.
            Payload::Method(m) => {
                let this = match &m.instance {
                    Value::Obj(o) => pointer_hash(o),
                    other => native_hash(other).unwrap_or(0),
                };
                let func = match &m.func {
                    Value::Obj(f) if !crate::objects::typeobj::type_data(&f.class).heap => payload_hash(&m.func)?,
                    _ => return None,
                };
                let h = this ^ func;
                Some(if h == -1 { -2 } else { h })
            }
            // A bound native method hashes by its object's identity and the method, as it
            // compares.
            Payload::Builtin(b) if b.bound.is_some() => {
                let this = match &b.bound {
                    Some(Value::Obj(o)) => pointer_hash(o),
                    Some(other) => native_hash(other).unwrap_or(0),
                    None => 0,
                };
                let owner = b.owner.as_ref().map_or(0, pointer_hash);
                let name =
                    b.name.bytes().fold(0xcbf29ce484222325u64, |h, c| (h ^ u64::from(c)).wrapping_mul(0x100000001b3));
                let h = this ^ owner.rotate_left(17) ^ name as i64;
                Some(if h == -1 { -2 } else { h })
            }
            // Generic aliases and unions hash by their contents, and code objects by what they
            // compare (their `__hash__`).
            Payload::Alias(_) | Payload::Code(_) => None,
            Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::Cell(_)
            | Payload::ByteArray(_)
            | Payload::Native(_)
            | Payload::MemoryView(_) => None,
            _ => Some(pointer_hash(obj)),
        },
        other => native_hash(other),
    }
}

/// The default `object.__hash__`: derived from the address.
pub fn pointer_hash(obj: &ObjRef) -> i64 {
    let addr = obj.addr() as i64;
    let h = addr.rotate_right(4);
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's tuple hash (xxHash-style mixing of the items' hashes).
pub fn tuple_hash(hashes: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc as i64 == -1 {
        1546275796
    } else {
        acc as i64
    }
}

/// `hash(value)`. A small function of its own: a str of the builtin type (most keys) gives
/// its cached hash and a small int its own, with no registers to save; the rest is
/// `hash_value_general`'s. (Inlined into the eval loop, it cost its other paths 1% to 2%.)
#[inline(never)]
pub fn hash_value(thread: &mut Thread, value: &Value) -> PyResult<i64> {
    match value {
        Value::Obj(obj) => {
            if let Payload::Str(s) = obj.payload() {
                if let Some(hash) = s.cached_hash() {
                    if !crate::objects::typeobj::type_data(&obj.class).heap {
                        return Ok(hash);
                    }
                }
            }
        }
        Value::Int(i) => return Ok(hash_i64(*i)),
        _ => {}
    }
    hash_value_general(thread, value)
}

/// `hash_value` past its inlined cases.
#[inline(never)]
fn hash_value_general(thread: &mut Thread, value: &Value) -> PyResult<i64> {
    // A str of the builtin type whose hash is not computed yet.
    if let Value::Obj(obj) = value {
        if let Payload::Str(s) = obj.payload() {
            if !crate::objects::typeobj::type_data(&obj.class).heap {
                return Ok(s.hash());
            }
        }
    }
    if let Some(h) = native_hash(value) {
        return Ok(h);
    }
    if let Value::Obj(obj) = value {
        if let Payload::Tuple(items) = obj.payload() {
            let items = items.to_vec();
            let mut hashes = Vec::with_capacity(items.len());
            for item in &items {
                hashes.push(thread.nested(|thread| hash_value(thread, item))?);
            }
            if !crate::objects::typeobj::type_data(&obj.class).heap || special(value, "__hash__").is_none() {
                return Ok(tuple_hash(&hashes));
            }
        }
    }
    match special(value, "__hash__") {
        Some(Value::None) | None => Err(type_error(format!("unhashable type: '{}'", type_name(value)))),
        Some(method) => {
            let result = call_method(thread, &method, value, std::slice::from_ref(value))?;
            match result {
                Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                Value::Bool(b) => Ok(i64::from(b)),
                Value::Obj(ref o) if matches!(o.payload(), Payload::Int(_)) => {
                    let Payload::Int(big) = o.payload() else { unreachable!() };
                    Ok(hash_big(big))
                }
                _ => Err(type_error("__hash__ method should return an integer")),
            }
        }
    }
}

/// `container[key]`.
pub fn getitem(thread: &mut Thread, container: &Value, key: &Value) -> PyResult<Value> {
    if let Some(result) = crate::ops::native_getitem(thread, container, key)? {
        return Ok(result);
    }
    if let Some(result) = call_special(thread, container, "__getitem__", std::slice::from_ref(key))? {
        return Ok(result);
    }
    if let Value::Obj(obj) = container {
        if let Payload::Type(_) = obj.payload() {
            if let Some(hook) = getattr_opt(thread, container, "__class_getitem__")? {
                return call(thread, &hook, crate::objects::function::Args::positional(std::slice::from_ref(key)));
            }
            if ObjRef::ptr_eq(obj, &types().type_) {
                return Ok(crate::builtins::generic_alias(container.clone(), key.clone()));
            }
            return Err(type_error(format!(
                "type '{}' is not subscriptable",
                crate::objects::typeobj::type_data(obj).name()
            )));
        }
    }
    Err(type_error(format!("'{}' object is not subscriptable", type_name(container))))
}

/// `container[key] = value`.
pub fn setitem(thread: &mut Thread, container: &Value, key: Value, value: Value) -> PyResult<()> {
    if crate::ops::native_setitem(thread, container, &key, &value)? {
        return Ok(());
    }
    match call_special(thread, container, "__setitem__", &[key, value])? {
        Some(_) => Ok(()),
        None => Err(type_error(format!("'{}' object does not support item assignment", type_name(container)))),
    }
}

/// `del container[key]`.
pub fn delitem(thread: &mut Thread, container: &Value, key: &Value) -> PyResult<()> {
    if crate::ops::native_delitem(thread, container, key)? {
        return Ok(());
    }
    match call_special(thread, container, "__delitem__", std::slice::from_ref(key))? {
        Some(_) => Ok(()),
        None => {
            // CPython words it as its sequence protocol does for an index key.
            let is_index = crate::objects::int::is_int(key) || special(key, "__index__").is_some();
            let verb = if is_index { "doesn't" } else { "does not" };
            Err(type_error(format!("'{}' object {verb} support item deletion", type_name(container))))
        }
    }
}

/// `item in container`.
pub fn contains(thread: &mut Thread, container: &Value, item: &Value) -> PyResult<bool> {
    if let Some(found) = crate::ops::native_contains(thread, container, item)? {
        return Ok(found);
    }
    if let Some(result) = call_special(thread, container, "__contains__", std::slice::from_ref(item))? {
        return truthy(thread, &result);
    }
    if special(container, "__iter__").is_none() && special(container, "__getitem__").is_none() {
        return Err(type_error(format!("argument of type '{}' is not iterable", type_name(container))));
    }
    let iter = iter::get_iter(thread, container)?;
    while let Some(candidate) = iter::next(thread, &iter)? {
        if candidate.is(item) || rich_eq(thread, &candidate, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// A lookup in a namespace mapping (a dict, or any mapping for class bodies and exec).
/// Ok(None) when the key is missing.
pub fn mapping_get(thread: &mut Thread, mapping: &Value, key: &Value) -> PyResult<Option<Value>> {
    if let Value::Obj(obj) = mapping {
        if ObjRef::ptr_eq(&obj.class, &types().dict) {
            if let Payload::Dict(dict) = obj.payload() {
                return dict.get(thread, key);
            }
        }
    }
    match getitem(thread, mapping, key) {
        Ok(value) => Ok(Some(value)),
        Err(err) if err.matches(&exceptions().key_error) => Ok(None),
        Err(err) => Err(err),
    }
}

pub fn mapping_set(thread: &mut Thread, mapping: &Value, key: Value, value: Value) -> PyResult<()> {
    if let Value::Obj(obj) = mapping {
        if ObjRef::ptr_eq(&obj.class, &types().dict) {
            if let Payload::Dict(dict) = obj.payload() {
                return dict.set(thread, key, value);
            }
        }
    }
    setitem(thread, mapping, key, value)
}

/// Deletes a key; Ok(false) when it was missing.
pub fn mapping_del(thread: &mut Thread, mapping: &Value, key: &Value) -> PyResult<bool> {
    if let Value::Obj(obj) = mapping {
        if ObjRef::ptr_eq(&obj.class, &types().dict) {
            if let Payload::Dict(dict) = obj.payload() {
                return Ok(dict.remove(thread, key)?.is_some());
            }
        }
    }
    match delitem(thread, mapping, key) {
        Ok(()) => Ok(true),
        Err(err) if err.matches(&exceptions().key_error) => Ok(false),
        Err(err) => Err(err),
    }
}

/// `getattr(value, name, None)`-style lookup that turns AttributeError into None.
pub fn getattr_opt(thread: &mut Thread, value: &Value, name: &str) -> PyResult<Option<Value>> {
    match getattr(thread, value, &intern(name)) {
        Ok(v) => Ok(Some(v)),
        Err(err) if err.matches(&exceptions().attribute_error) => Ok(None),
        Err(err) => Err(err),
    }
}

/// The text of a str value (for names and messages); TypeError otherwise.
pub fn str_arg(value: &Value, what: &str) -> PyResult<String> {
    match as_pystr(value) {
        Some(s) => Ok(s.as_str().into_owned()),
        None => Err(type_error(format!("{what} must be str, not {}", type_name(value)))),
    }
}

/// KeyError for a missing key.
pub fn missing_key(key: &Value) -> PyErr {
    key_error(key.clone())
}
