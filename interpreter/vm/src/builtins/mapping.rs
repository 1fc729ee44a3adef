//! `dict`, `set` and `frozenset`: constructors, methods, views, set algebra and comparisons.

use ferrython_bytecode::{BinaryOp, CompareOp};

use crate::call::call;
use crate::method;
use crate::objects::exception::{key_error, type_error, PyErr};
use crate::objects::function::Args;
use crate::objects::iter::DictViewKind;
use crate::objects::str::intern_static;
use crate::objects::typeobj::{lookup, type_data, types};
use crate::objects::{as_dict, list, tuple_of, Dict, DictViewData, OwnedPayload, Payload};
use crate::protocols::{self, iter};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::add_methods;
use super::arity::{method_args, no_args, one_arg};

pub(super) fn install() {
    let t = types();
    add_methods(
        &t.dict,
        &[
            method!("__new__", dict_new, StaticMethod),
            method!("__init__", dict_init),
            method!("get", dict_get),
            method!("keys", dict_keys),
            method!("values", dict_values),
            method!("items", dict_items),
            method!("setdefault", dict_setdefault),
            method!("pop", dict_pop),
            method!("popitem", dict_popitem),
            method!("update", dict_update),
            method!("copy", dict_copy),
            method!("clear", dict_clear),
            method!("fromkeys", dict_fromkeys, ClassMethod),
            method!("__ior__", dict_ior),
        ],
    );
    for class in [&t.set, &t.frozenset] {
        add_methods(
            class,
            &[
                method!("union", set_union),
                method!("intersection", set_intersection),
                method!("difference", set_difference),
                method!("symmetric_difference", set_symmetric_difference),
                method!("issubset", set_issubset),
                method!("issuperset", set_issuperset),
                method!("isdisjoint", set_isdisjoint),
                method!("copy", set_copy),
            ],
        );
    }
    add_methods(&t.frozenset, &[method!("__new__", frozenset_new, StaticMethod)]);
    for class in [&t.dict_keys, &t.dict_items] {
        add_methods(class, &[method!("isdisjoint", view_isdisjoint)]);
    }
    for class in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        add_methods(class, &[method!("__reversed__", view_reversed)]);
        let fget =
            super::native_function("mapping", view_mapping, crate::objects::function::BuiltinKind::Function, None);
        let property = crate::objects::Property::payload(fget, Value::None, Value::None, Value::None);
        let value = Value::Obj(ObjRef::new_immortal(t.property.clone(), None, property));
        crate::objects::typeobj::set_builtin_attr(class, "mapping", value);
    }
    add_methods(
        &t.set,
        &[
            method!("__new__", set_new, StaticMethod),
            method!("__init__", set_init),
            method!("add", set_add),
            method!("remove", set_remove),
            method!("discard", set_discard),
            method!("pop", set_pop),
            method!("clear", set_clear),
            method!("update", set_update),
            method!("intersection_update", set_intersection_update),
            method!("difference_update", set_difference_update),
            method!("symmetric_difference_update", set_symmetric_difference_update),
            method!("__ior__", set_ior),
            method!("__iand__", set_iand),
            method!("__isub__", set_isub),
        ],
    );
}

fn this(args: &Args<'_>) -> Value {
    args.pos().first().cloned().unwrap_or_default()
}

fn arg(args: &Args<'_>, i: usize) -> Option<Value> {
    args.pos().get(i).cloned()
}

fn dict_of<'a>(args: &'a Args<'_>) -> PyResult<&'a Dict> {
    match args.pos().first().and_then(|v| v.payload()) {
        Some(Payload::Dict(d)) => Ok(d),
        _ => Err(type_error("descriptor requires a 'dict' object")),
    }
}

fn dict_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = match args.values.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => types().dict.clone(),
    };
    let dict = type_data(&class).instance_dict.then(crate::objects::new_dict);
    Ok(Value::Obj(ObjRef::new(class, dict, OwnedPayload::Dict(Dict::new()))))
}

/// Whether a dict (or a subclass) iterates as dicts do: its entries are then read directly, as
/// CPython does when `__iter__` is not overridden (a subclass's `keys` is then not called).
pub(crate) fn iterates_as_dict(value: &Value) -> bool {
    let class = crate::objects::typeobj::class_of(value);
    !type_data(class).heap
        || crate::objects::typeobj::lookup(class, &crate::objects::str::intern_static("__iter__"))
            .is_some_and(|found| matches!(found.payload(), Some(Payload::Builtin(b)) if b.owner.as_ref().is_some_and(|o| ObjRef::ptr_eq(o, &types().dict))))
}

/// Every entry of `source` into `target`, in order, from one snapshot of its entries (another
/// thread changing `source` meanwhile goes unseen, as when CPython holds its lock). RuntimeError
/// when `source` changes size while a key's `__eq__` or `__hash__` may have run (keys of classes
/// written in Python, or the keys `target` had: only those run code on this thread).
fn merge_entries(thread: &mut Thread, target: &Dict, source: &Dict) -> PyResult<()> {
    let entries = source.items();
    let size = entries.len();
    let target_had_keys = !target.is_empty();
    for (key, value) in entries {
        let runs_python = target_had_keys || key.as_obj().is_some_and(|k| type_data(&k.class).heap);
        target.set(thread, key, value)?;
        if runs_python && source.len() != size {
            return Err(crate::objects::exception::runtime_error("dict mutated during update"));
        }
    }
    Ok(())
}

/// `dict.update` semantics: a mapping (with `keys`), or an iterable of pairs, then keywords.
fn update_from(thread: &mut Thread, target: &Dict, source: Option<Value>, args: &Args<'_>) -> PyResult<()> {
    if let Some(source) = source {
        if let (Some(Payload::Dict(d)), true) = (source.payload(), iterates_as_dict(&source)) {
            merge_entries(thread, target, d)?;
        } else if protocols::getattr_opt(thread, &source, "keys")?.is_some() {
            let target_value = Value::Obj(crate::objects::new_dict());
            crate::ops::dict_update(thread, &target_value, &source, false, None)?;
            if let Some(d) = as_dict(&target_value) {
                for (k, v) in d.items() {
                    target.set(thread, k, v)?;
                }
            }
        } else {
            // Pair by pair: an error raised while iterating propagates as it is.
            let items = iter::get_iter(thread, &source)?;
            let mut i = 0;
            while let Some(item) = iter::next(thread, &items)? {
                if !iter::is_iterable(&item) {
                    return Err(type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )));
                }
                let pair = iter::collect(thread, &item)?;
                if pair.len() != 2 {
                    return Err(crate::objects::exception::value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                let mut pair = pair.into_iter();
                let (k, v) = (pair.next().unwrap_or_default(), pair.next().unwrap_or_default());
                target.set(thread, k, v)?;
                i += 1;
            }
        }
    }
    for (k, v) in args.keywords() {
        target.set(thread, k.clone(), v.clone())?;
    }
    Ok(())
}

fn dict_init(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let d = dict_of(&args)?;
    if args.pos().len() > 2 {
        return Err(type_error(format!("dict expected at most 1 argument, got {}", args.pos().len() - 1)));
    }
    update_from(thread, d, arg(&args, 1), &args)?;
    Ok(Value::None)
}

fn dict_update(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let d = dict_of(&args)?;
    if args.pos().len() > 2 {
        return Err(type_error(format!("update expected at most 1 argument, got {}", args.pos().len() - 1)));
    }
    update_from(thread, d, arg(&args, 1), &args)?;
    Ok(Value::None)
}

fn dict_ior(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let d = dict_of(&args)?;
    update_from(thread, d, arg(&args, 1), &Args::positional(&[]))?;
    Ok(this(&args))
}

fn dict_get(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let d = dict_of(&args)?;
    let p = method_args(&args, "dict.get", 1, 2)?;
    Ok(d.get(thread, &p[0])?.unwrap_or_else(|| p.get(1).cloned().unwrap_or(Value::None)))
}

fn view(args: &Args<'_>, kind: DictViewKind) -> PyResult<Value> {
    dict_of(args)?;
    let name = match kind {
        DictViewKind::Keys => "dict.keys",
        DictViewKind::Values => "dict.values",
        DictViewKind::Items => "dict.items",
    };
    no_args(args, name)?;
    let Value::Obj(dict) = this(args) else { return Err(type_error("descriptor requires a 'dict' object")) };
    let t = types();
    let class = match kind {
        DictViewKind::Keys => &t.dict_keys,
        DictViewKind::Values => &t.dict_values,
        DictViewKind::Items => &t.dict_items,
    };
    Ok(Value::Obj(ObjRef::new(class.clone(), None, OwnedPayload::DictView(DictViewData { dict, kind }))))
}

fn dict_keys(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    view(&args, DictViewKind::Keys)
}

fn dict_values(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    view(&args, DictViewKind::Values)
}

fn dict_items(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    view(&args, DictViewKind::Items)
}

fn dict_setdefault(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let d = dict_of(&args)?;
    let p = method_args(&args, "dict.setdefault", 1, 2)?;
    d.setdefault(thread, p[0].clone(), p.get(1).cloned().unwrap_or(Value::None))
}

fn dict_pop(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let d = dict_of(&args)?;
    let p = method_args(&args, "dict.pop", 1, 2)?;
    match d.remove(thread, &p[0])? {
        Some(v) => Ok(v),
        None => p.get(1).cloned().ok_or_else(|| key_error(p[0].clone())),
    }
}

fn dict_popitem(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let d = dict_of(&args)?;
    no_args(&args, "dict.popitem")?;
    match d.pop_last() {
        Some((k, v)) => Ok(tuple_of([k, v])),
        None => Err(key_error(crate::objects::str::new_str("popitem(): dictionary is empty"))).map_err(|_| {
            crate::objects::exception::PyErr::new(
                &crate::objects::exception::exceptions().key_error,
                "popitem(): dictionary is empty",
            )
        }),
    }
}

fn dict_copy(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let d = dict_of(&args)?;
    no_args(&args, "dict.copy")?;
    Ok(Value::Obj(ObjRef::new(types().dict.clone(), None, OwnedPayload::Dict(d.copy()))))
}

fn dict_clear(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "dict.clear")?;
    dict_of(&args)?.clear();
    Ok(Value::None)
}

fn dict_fromkeys(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let class = this(&args);
    let p = method_args(&args, "dict.fromkeys", 1, 2)?;
    let keys = p[0].clone();
    let value = p.get(1).cloned().unwrap_or(Value::None);
    let result = call(thread, &class, Args::positional(&[]))?;
    let exact = |v: &Value| ObjRef::ptr_eq(crate::objects::typeobj::class_of(v), &types().dict);
    let stored = matches!(keys.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
        || (exact(&keys) && matches!(keys.payload(), Some(Payload::Dict(_))));
    if let (true, true, Some(Payload::Dict(target))) = (stored, exact(&result), result.payload()) {
        // The keys of a set or dict keep their hashes: they are not hashed again.
        for (hash, k) in hashed_items(thread, &keys)? {
            target.set_hashed(thread, k, hash, value.clone())?;
        }
        return Ok(result);
    }
    let keys = iter::collect(thread, &keys)?;
    for k in keys {
        protocols::setitem(thread, &result, k, value.clone())?;
    }
    Ok(result)
}

// ---- sets ---------------------------------------------------------------------------------

fn table_of(value: &Value) -> Option<&Dict> {
    match value.payload()? {
        Payload::Set(d) | Payload::FrozenSet(d) => Some(d),
        _ => None,
    }
}

fn set_table<'a>(args: &'a Args<'_>) -> PyResult<&'a Dict> {
    args.pos().first().and_then(table_of).ok_or_else(|| type_error("descriptor requires a 'set' object"))
}

/// A new set (or frozenset) holding `items`.
pub(crate) fn make_set(thread: &mut Thread, frozen: bool, items: Vec<Value>) -> PyResult<Value> {
    let table = Dict::new();
    for item in items {
        table.set(thread, item, Value::None)?;
    }
    let t = types();
    Ok(if frozen {
        Value::Obj(ObjRef::new(t.frozenset.clone(), None, OwnedPayload::FrozenSet(table)))
    } else {
        Value::Obj(ObjRef::new(t.set.clone(), None, OwnedPayload::Set(table)))
    })
}

/// Items with their hashes: set operations hash each item once, and reuse the hashes a set
/// or dict operand already holds, as CPython does.
type Hashed = Vec<(i64, Value)>;

/// The items of an operand of a set method (any iterable), with their hashes.
fn hashed_items(thread: &mut Thread, value: &Value) -> PyResult<Hashed> {
    let stored = match value.payload() {
        Some(Payload::Set(d) | Payload::FrozenSet(d)) => Some(d),
        Some(Payload::Dict(d)) if ObjRef::ptr_eq(crate::objects::typeobj::class_of(value), &types().dict) => Some(d),
        _ => None,
    };
    if let Some(table) = stored {
        return Ok(table.hashed_entries().into_iter().map(|(h, k, _)| (h, k)).collect());
    }
    let mut items = Vec::new();
    for item in iter::collect(thread, value)? {
        items.push((protocols::hash_value(thread, &item)?, item));
    }
    Ok(items)
}

/// A set table holding `items`.
fn hashed_table(thread: &mut Thread, items: &[(i64, Value)]) -> PyResult<Dict> {
    let table = Dict::new();
    for (hash, item) in items {
        table.set_hashed(thread, item.clone(), *hash, Value::None)?;
    }
    Ok(table)
}

/// A new set (or frozenset) holding hashed `items`.
fn make_hashed_set(thread: &mut Thread, frozen: bool, items: &[(i64, Value)]) -> PyResult<Value> {
    let table = hashed_table(thread, items)?;
    let t = types();
    Ok(if frozen {
        Value::Obj(ObjRef::new(t.frozenset.clone(), None, OwnedPayload::FrozenSet(table)))
    } else {
        Value::Obj(ObjRef::new(t.set.clone(), None, OwnedPayload::Set(table)))
    })
}

fn set_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let is_exact = matches!(args.values.first(), Some(Value::Obj(c)) if ObjRef::ptr_eq(c, &types().set));
    if is_exact && !args.kwnames.is_empty() {
        return Err(type_error("set() takes no keyword arguments"));
    }
    let class = match args.values.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => types().set.clone(),
    };
    let dict = type_data(&class).instance_dict.then(crate::objects::new_dict);
    Ok(Value::Obj(ObjRef::new(class, dict, OwnedPayload::Set(Dict::new()))))
}

fn set_init(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let table = set_table(&args)?;
    if !args.kwnames.is_empty() {
        return Err(type_error("set() takes no keyword arguments"));
    }
    method_args(&args, "set", 0, 1)?;
    table.clear();
    if let Some(source) = arg(&args, 1) {
        for (hash, item) in hashed_items(thread, &source)? {
            table.set_hashed(thread, item, hash, Value::None)?;
        }
    }
    Ok(Value::None)
}

fn frozenset_new(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let is_exact = matches!(args.values.first(), Some(Value::Obj(c)) if ObjRef::ptr_eq(c, &types().frozenset));
    // Keywords are refused unless a subclass has an `__init__` of its own to take them.
    let own_init = match args.values.first() {
        Some(Value::Obj(c)) => {
            let init = intern_static("__init__");
            let (mine, base) = (lookup(c, &init), lookup(&types().frozenset, &init));
            !matches!((mine, base), (Some(m), Some(b)) if m.is(&b))
        }
        _ => false,
    };
    if (is_exact || !own_init) && !args.kwnames.is_empty() {
        return Err(type_error("frozenset() takes no keyword arguments"));
    }
    if args.pos().len() > 2 {
        return Err(type_error(format!("frozenset expected at most 1 argument, got {}", args.pos().len() - 1)));
    }
    let class = match args.values.first() {
        Some(Value::Obj(c)) => c.clone(),
        _ => types().frozenset.clone(),
    };
    // frozenset(x) of an exact frozenset is x itself.
    if let Some(source) = arg(&args, 1) {
        if is_exact && is_frozen(&source) && ObjRef::ptr_eq(crate::objects::typeobj::class_of(&source), &class) {
            return Ok(source);
        }
    }
    let items = match arg(&args, 1) {
        Some(source) => hashed_items(thread, &source)?,
        None => Vec::new(),
    };
    let made = make_hashed_set(thread, true, &items)?;
    if ObjRef::ptr_eq(&class, &types().frozenset) {
        return Ok(made);
    }
    let table = table_of(&made).map(Dict::copy).unwrap_or_default();
    let dict = type_data(&class).instance_dict.then(crate::objects::new_dict);
    Ok(Value::Obj(ObjRef::new(class, dict, OwnedPayload::FrozenSet(table))))
}

fn is_frozen(value: &Value) -> bool {
    matches!(value.payload(), Some(Payload::FrozenSet(_)))
}

/// The items of an operand of a set method (any iterable).
fn operand_items(thread: &mut Thread, value: &Value) -> PyResult<Vec<Value>> {
    match table_of(value) {
        Some(t) => Ok(t.keys()),
        None => iter::collect(thread, value),
    }
}

fn combine(thread: &mut Thread, a: &Value, others: &[Value], op: BinaryOp) -> PyResult<Value> {
    let frozen = is_frozen(a);
    let mut current: Hashed = match table_of(a) {
        Some(t) => t.hashed_entries().into_iter().map(|(h, k, _)| (h, k)).collect(),
        None => Vec::new(),
    };
    for other in others {
        current = match op {
            BinaryOp::Or => {
                let mut all = current;
                all.extend(hashed_items(thread, other)?);
                all
            }
            BinaryOp::And | BinaryOp::Subtract => {
                // A set operand is probed in its own table; another iterable gets one.
                let built;
                let other_table = match table_of(other) {
                    Some(table) => table,
                    None => {
                        let items = hashed_items(thread, other)?;
                        built = hashed_table(thread, &items)?;
                        &built
                    }
                };
                let keep_found = op == BinaryOp::And;
                let mut kept = Vec::new();
                for (hash, item) in current {
                    if other_table.get_hashed(thread, &item, hash)?.is_some() == keep_found {
                        kept.push((hash, item));
                    }
                }
                kept
            }
            _ => {
                let other_items = hashed_items(thread, other)?;
                let other_table = hashed_table(thread, &other_items)?;
                let mine_table = hashed_table(thread, &current)?;
                let mut kept = Vec::new();
                for (hash, item) in current {
                    if other_table.get_hashed(thread, &item, hash)?.is_none() {
                        kept.push((hash, item));
                    }
                }
                for (hash, item) in other_items {
                    if mine_table.get_hashed(thread, &item, hash)?.is_none() {
                        kept.push((hash, item));
                    }
                }
                kept
            }
        };
    }
    make_hashed_set(thread, frozen, &current)
}

/// `|`, `&`, `-`, `^` between sets (and `|` between dicts).
pub fn set_binary(thread: &mut Thread, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Option<Value>> {
    if let (Some(Payload::Dict(x)), Some(Payload::Dict(y))) = (a.payload(), b.payload()) {
        if op.base() != BinaryOp::Or {
            return Ok(None);
        }
        if op.is_inplace() {
            for (k, v) in y.items() {
                x.set(thread, k, v)?;
            }
            return Ok(Some(a.clone()));
        }
        let result = x.copy();
        for (k, v) in y.items() {
            result.set(thread, k, v)?;
        }
        return Ok(Some(Value::Obj(ObjRef::new(types().dict.clone(), None, OwnedPayload::Dict(result)))));
    }
    if is_set_like_view(a) || is_set_like_view(b) {
        // Keys and items views combine with any iterable into a new set.
        if !matches!(op.base(), BinaryOp::Or | BinaryOp::And | BinaryOp::Subtract | BinaryOp::Xor) {
            return Ok(None);
        }
        // Either operand is iterated: a non-iterable one is a TypeError, not NotImplemented.
        let left = iter::collect(thread, a)?;
        let left = make_set(thread, false, left)?;
        return combine(thread, &left, std::slice::from_ref(b), op.base()).map(Some);
    }
    if table_of(a).is_none() || table_of(b).is_none() {
        return Ok(None);
    }
    let result = combine(thread, a, std::slice::from_ref(b), op.base())?;
    if op.is_inplace() && !is_frozen(a) {
        if let (Some(target), Some(source)) = (table_of(a), table_of(&result)) {
            target.clear();
            for k in source.keys() {
                target.set(thread, k, Value::None)?;
            }
        }
        return Ok(Some(a.clone()));
    }
    Ok(Some(result))
}

/// Whether `value` is a dict's keys or items view (the views that behave as sets).
fn is_set_like_view(value: &Value) -> bool {
    matches!(
        value.payload(),
        Some(Payload::DictView(DictViewData { kind: DictViewKind::Keys | DictViewKind::Items, .. }))
    )
}

fn view_dict(args: &Args<'_>) -> PyResult<ObjRef> {
    match this(args).payload() {
        Some(Payload::DictView(DictViewData { dict, .. })) => Ok(dict.clone()),
        _ => Err(type_error("descriptor requires a dict view")),
    }
}

fn view_isdisjoint(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let view = this(&args);
    let other = arg(&args, 1).unwrap_or_default();
    for item in iter::collect(thread, &other)? {
        if protocols::contains(thread, &view, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn view_reversed(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let mut items = iter::collect(thread, &this(&args))?;
    items.reverse();
    iter::get_iter(thread, &list(items))
}

fn view_mapping(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(super::mappingproxy::mapping_proxy_of(Value::Obj(view_dict(&args)?)))
}

fn set_union(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    combine(thread, &this(&args), &args.pos()[1..], BinaryOp::Or)
}

fn set_intersection(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    combine(thread, &this(&args), &args.pos()[1..], BinaryOp::And)
}

fn set_difference(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    combine(thread, &this(&args), &args.pos()[1..], BinaryOp::Subtract)
}

fn set_symmetric_difference(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let other = one_arg(&args, &set_method_name(&args, "symmetric_difference"))?;
    combine(thread, &this(&args), &[other], BinaryOp::Xor)
}

fn set_symmetric_difference_update(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let other = one_arg(&args, "set.symmetric_difference_update")?;
    let result = combine(thread, &this(&args), &[other], BinaryOp::Xor)?;
    replace_contents(thread, set_table(&args)?, &result)?;
    Ok(Value::None)
}

/// `set.NAME` or `frozenset.NAME`, after the receiver's type.
fn set_method_name(args: &Args<'_>, name: &str) -> String {
    let frozen = args.pos().first().is_some_and(is_frozen);
    format!("{}.{name}", if frozen { "frozenset" } else { "set" })
}

fn replace_contents(thread: &mut Thread, target: &Dict, result: &Value) -> PyResult<()> {
    let items = table_of(result).map(Dict::hashed_entries).unwrap_or_default();
    target.clear();
    for (hash, k, _) in items {
        target.set_hashed(thread, k, hash, Value::None)?;
    }
    Ok(())
}

fn set_update(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let table = set_table(&args)?;
    for other in &args.pos()[1..] {
        for (hash, item) in hashed_items(thread, other)? {
            table.set_hashed(thread, item, hash, Value::None)?;
        }
    }
    Ok(Value::None)
}

fn set_intersection_update(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let result = combine(thread, &this(&args), &args.pos()[1..], BinaryOp::And)?;
    replace_contents(thread, set_table(&args)?, &result)?;
    Ok(Value::None)
}

fn set_difference_update(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let result = combine(thread, &this(&args), &args.pos()[1..], BinaryOp::Subtract)?;
    replace_contents(thread, set_table(&args)?, &result)?;
    Ok(Value::None)
}

fn inplace(thread: &mut Thread, args: Args<'_>, op: BinaryOp) -> PyResult<Value> {
    let other = arg(&args, 1).unwrap_or_default();
    if table_of(&other).is_none() {
        return Ok(super::not_implemented());
    }
    let result = combine(thread, &this(&args), &[other], op)?;
    replace_contents(thread, set_table(&args)?, &result)?;
    Ok(this(&args))
}

fn set_ior(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    inplace(thread, args, BinaryOp::Or)
}

fn set_iand(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    inplace(thread, args, BinaryOp::And)
}

fn set_isub(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    inplace(thread, args, BinaryOp::Subtract)
}

fn subset(thread: &mut Thread, a: &[(i64, Value)], b: &Dict) -> PyResult<bool> {
    for (hash, item) in a {
        if b.get_hashed(thread, item, *hash)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_issubset(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let mine = hashed_items(thread, &this(&args))?;
    let other = hashed_items(thread, &one_arg(&args, &set_method_name(&args, "issubset"))?)?;
    let other = make_hashed_set(thread, true, &other)?;
    Ok(Value::Bool(subset(thread, &mine, table_of(&other).expect("just made"))?))
}

fn set_issuperset(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let table = set_table(&args)?;
    let other = hashed_items(thread, &one_arg(&args, &set_method_name(&args, "issuperset"))?)?;
    Ok(Value::Bool(subset(thread, &other, table)?))
}

fn set_isdisjoint(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let table = set_table(&args)?;
    for item in operand_items(thread, &one_arg(&args, &set_method_name(&args, "isdisjoint"))?)? {
        if table.contains(thread, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn set_copy(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, &set_method_name(&args, "copy"))?;
    // An exact frozenset is its own copy.
    if matches!(args.pos().first(), Some(v @ Value::Obj(o)) if is_frozen(v) && ObjRef::ptr_eq(&o.class, &types().frozenset))
    {
        return Ok(this(&args));
    }
    let items: Hashed = set_table(&args)?.hashed_entries().into_iter().map(|(h, k, _)| (h, k)).collect();
    make_hashed_set(thread, is_frozen(&this(&args)), &items)
}

fn set_add(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let table = set_table(&args)?;
    table.set(thread, one_arg(&args, "set.add")?, Value::None)?;
    Ok(Value::None)
}

/// A set used as a key of a set is looked up as the frozenset of its items, as CPython
/// does (a set is unhashable, the equal frozenset is not): None for any other key.
pub(crate) fn frozen_key(thread: &mut Thread, key: &Value, err: &PyErr) -> PyResult<Option<Value>> {
    if !err.matches(&crate::objects::exception::exceptions().type_error) {
        return Ok(None);
    }
    match key.payload() {
        Some(Payload::Set(items)) => {
            let items: Hashed = items.hashed_entries().into_iter().map(|(h, k, _)| (h, k)).collect();
            Ok(Some(make_hashed_set(thread, true, &items)?))
        }
        _ => Ok(None),
    }
}

fn set_remove(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let table = set_table(&args)?;
    let key = one_arg(&args, "set.remove")?;
    let removed = match table.remove(thread, &key) {
        Ok(found) => found,
        Err(err) => match frozen_key(thread, &key, &err)? {
            Some(frozen) => table.remove(thread, &frozen)?,
            None => return Err(err),
        },
    };
    match removed {
        Some(_) => Ok(Value::None),
        None => Err(key_error(key)),
    }
}

fn set_discard(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let table = set_table(&args)?;
    let key = one_arg(&args, "set.discard")?;
    if let Err(err) = table.remove(thread, &key) {
        match frozen_key(thread, &key, &err)? {
            Some(frozen) => {
                table.remove(thread, &frozen)?;
            }
            None => return Err(err),
        }
    }
    Ok(Value::None)
}

fn set_pop(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    // CPython pops the first entry of its table.
    let table = set_table(&args)?;
    if let Some(first) = table.set_order().into_iter().next() {
        table.remove(thread, &first)?;
        return Ok(first);
    }
    match table.pop_first() {
        Some((k, _)) => Ok(k),
        None => Err(crate::objects::exception::PyErr::new(
            &crate::objects::exception::exceptions().key_error,
            "pop from an empty set",
        )),
    }
}

fn set_clear(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    set_table(&args)?.clear();
    Ok(Value::None)
}

/// Whether every item of `x` is in `y` with an equal value (the lengths are equal).
fn dicts_equal(thread: &mut Thread, x: &Dict, y: &Dict) -> PyResult<bool> {
    for (k, v) in x.items() {
        match y.get(thread, &k)? {
            Some(other) if other.is(&v) || protocols::rich_eq(thread, &v, &other)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

/// A keys or items view against a set or another such view (CPython's
/// `dictview_richcompare`): sizes first, then each item of one looked up with `in` in the
/// other, so that an items view compares values with `==` and never hashes them.
fn view_compare(thread: &mut Thread, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    let set_like = |v: &Value| is_set_like_view(v) || table_of(v).is_some();
    if !set_like(a) || !set_like(b) {
        return Ok(None);
    }
    let (len_a, len_b) = (protocols::len(thread, a)?, protocols::len(thread, b)?);
    let result = match op {
        CompareOp::Eq | CompareOp::Ne => {
            let equal = len_a == len_b && all_contained_in(thread, a, b)?;
            equal == (op == CompareOp::Eq)
        }
        CompareOp::Lt => len_a < len_b && all_contained_in(thread, a, b)?,
        CompareOp::Le => len_a <= len_b && all_contained_in(thread, a, b)?,
        CompareOp::Gt => len_a > len_b && all_contained_in(thread, b, a)?,
        CompareOp::Ge => len_a >= len_b && all_contained_in(thread, b, a)?,
    };
    Ok(Some(Value::Bool(result)))
}

/// Whether every item of `items` is `in` `container`.
fn all_contained_in(thread: &mut Thread, items: &Value, container: &Value) -> PyResult<bool> {
    let iterator = iter::get_iter(thread, items)?;
    while let Some(item) = iter::next(thread, &iterator)? {
        if !protocols::contains(thread, container, &item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons (subset order) and dict equality.
pub fn container_compare(thread: &mut Thread, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<Value>> {
    if is_set_like_view(a) || is_set_like_view(b) {
        return view_compare(thread, a, b, op);
    }
    if let (Some(x), Some(y)) = (table_of(a), table_of(b)) {
        let (xs, ys) = (hashed_items(thread, a)?, hashed_items(thread, b)?);
        let a_in_b = subset(thread, &xs, y)?;
        let b_in_a = subset(thread, &ys, x)?;
        let result = match op {
            CompareOp::Eq => a_in_b && b_in_a,
            CompareOp::Ne => !(a_in_b && b_in_a),
            CompareOp::Le => a_in_b,
            CompareOp::Lt => a_in_b && !b_in_a,
            CompareOp::Ge => b_in_a,
            CompareOp::Gt => b_in_a && !a_in_b,
        };
        return Ok(Some(Value::Bool(result)));
    }
    if let (Some(Payload::Dict(x)), Some(Payload::Dict(y))) = (a.payload(), b.payload()) {
        if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
            return Ok(None);
        }
        // Values are compared one native level deeper: a dict holding itself raises
        // RecursionError instead of exhausting the Rust stack.
        let equal = x.len() == y.len() && thread.nested_for(" in comparison", |thread| dicts_equal(thread, x, y))?;
        return Ok(Some(Value::Bool(equal == (op == CompareOp::Eq))));
    }
    Ok(None)
}
