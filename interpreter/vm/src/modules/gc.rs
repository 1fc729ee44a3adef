//! The `gc` module's interface. Ferrython frees objects by reference counting (with `__del__`
//! and weak reference callbacks run as CPython runs them) but has no cycle collector yet:
//! objects in reference cycles are never freed. `collect()` runs the finalizers that are waiting
//! and reports that it found nothing; the thresholds and the debug flags are kept but have no
//! effect; `get_objects()` and `get_referrers()`, which need a list of every object, raise
//! NotImplementedError rather than give a wrong answer.

use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};

use crate::builtins::native_function;
use crate::objects::exception::{exceptions, type_error, value_error, PyErr};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::str::intern;
use crate::objects::typeobj::type_data;
use crate::objects::{dict_of, list, new_dict, tuple, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The module's settings (per process, as the collector they describe would be).
static ENABLED: AtomicBool = AtomicBool::new(true);
static DEBUG: AtomicI64 = AtomicI64::new(0);
static THRESHOLDS: [AtomicI64; 3] = [AtomicI64::new(700), AtomicI64::new(10), AtomicI64::new(10)];

fn no_args(args: &Args<'_>, name: &str) -> PyResult<()> {
    if args.values.is_empty() {
        return Ok(());
    }
    Err(type_error(format!("gc.{name}() takes no arguments ({} given)", args.values.len())))
}

fn int_arg(value: &Value) -> PyResult<i64> {
    match value {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        other => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::objects::typeobj::type_name(other)
        ))),
    }
}

/// `collect(generation=2)`: runs waiting finalizers; finds no cycles (there is no collector).
fn collect(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if let Some(generation) = args.values.first() {
        if !(0..=2).contains(&int_arg(generation)?) {
            return Err(value_error("invalid generation"));
        }
    }
    thread.run_finalizers();
    Ok(Value::Int(0))
}

fn enable(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "enable")?;
    ENABLED.store(true, Ordering::Relaxed);
    Ok(Value::None)
}

fn disable(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "disable")?;
    ENABLED.store(false, Ordering::Relaxed);
    Ok(Value::None)
}

fn isenabled(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "isenabled")?;
    Ok(Value::Bool(ENABLED.load(Ordering::Relaxed)))
}

fn get_count(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "get_count")?;
    Ok(tuple(vec![Value::Int(0); 3]))
}

fn get_threshold(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "get_threshold")?;
    Ok(tuple(THRESHOLDS.iter().map(|t| Value::Int(t.load(Ordering::Relaxed))).collect()))
}

fn set_threshold(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let values = args.pos();
    if values.is_empty() {
        return Err(type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if values.len() > 3 {
        return Err(type_error(format!("set_threshold() takes at most 3 arguments ({} given)", values.len())));
    }
    for (slot, value) in THRESHOLDS.iter().zip(values) {
        slot.store(int_arg(value)?, Ordering::Relaxed);
    }
    Ok(Value::None)
}

fn get_debug(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "get_debug")?;
    Ok(Value::Int(DEBUG.load(Ordering::Relaxed)))
}

fn set_debug(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [flags] = args.values else {
        return Err(type_error(format!("gc.set_debug() takes exactly one argument ({} given)", args.values.len())));
    };
    DEBUG.store(int_arg(flags)?, Ordering::Relaxed);
    Ok(Value::None)
}

fn get_stats(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "get_stats")?;
    let generation = || {
        let dict = new_dict();
        if let Some(d) = dict_of(&dict) {
            for name in ["collections", "collected", "uncollectable"] {
                d.set_str(&intern(name), Value::Int(0));
            }
        }
        Value::Obj(dict)
    };
    Ok(list(vec![generation(), generation(), generation()]))
}

/// Whether the object could be part of a cycle, as CPython tracks it: containers are, atoms
/// (numbers, strs, bytes) are not, and a dict only when it holds a tracked key or value.
fn tracked(value: &Value) -> bool {
    let Value::Obj(obj) = value else { return false };
    if type_data(&obj.class).heap {
        return true;
    }
    match &obj.payload {
        Payload::Int(_) | Payload::Float(_) | Payload::Complex(..) | Payload::Str(_) | Payload::Bytes(_) => false,
        Payload::ByteArray(_) | Payload::Singleton | Payload::Range { .. } | Payload::Slice { .. } => false,
        Payload::Dict(d) => d.items().iter().any(|(k, v)| tracked(k) || tracked(v)),
        _ => true,
    }
}

fn is_tracked(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [value] = args.values else {
        return Err(type_error(format!("gc.is_tracked() takes exactly one argument ({} given)", args.values.len())));
    };
    Ok(Value::Bool(tracked(value)))
}

fn is_finalized(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [_] = args.values else {
        return Err(type_error(format!("gc.is_finalized() takes exactly one argument ({} given)", args.values.len())));
    };
    Ok(Value::Bool(false))
}

/// The objects `obj` refers to directly, in the order CPython's traversal visits them (list and
/// tuple items last to first).
fn referents_of(obj: &ObjRef, out: &mut Vec<Value>) {
    match &obj.payload {
        Payload::List(items) => out.extend(items.lock().iter().rev().cloned()),
        Payload::Tuple(items) => out.extend(items.iter().rev().cloned()),
        Payload::Dict(d) => {
            let items = d.items();
            let str_keys = items.iter().all(|(k, _)| matches!(k.payload(), Some(Payload::Str(_))));
            for (key, value) in items {
                out.push(value);
                if !str_keys {
                    out.push(key);
                }
            }
        }
        Payload::Set(d) | Payload::FrozenSet(d) => out.extend(d.items().into_iter().map(|(k, _)| k)),
        Payload::Cell(value) => {
            let value = value.lock().clone();
            if !value.is_null() {
                out.push(value);
            }
        }
        Payload::Method(m) => out.extend([m.func.clone(), m.instance.clone()]),
        Payload::Instance(slots) => {
            out.extend(slots.lock().iter().filter(|v| !v.is_null()).cloned());
            if let Some(dict) = &obj.dict {
                out.push(Value::Obj(dict.clone()));
            }
            out.push(Value::Obj(obj.class.clone()));
        }
        _ => {
            if let Some(dict) = &obj.dict {
                out.push(Value::Obj(dict.clone()));
            }
        }
    }
}

fn get_referents(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let mut out = Vec::new();
    for value in args.pos() {
        if let Value::Obj(obj) = value {
            referents_of(obj, &mut out);
        }
    }
    Ok(list(out))
}

fn unsupported(what: &str) -> PyErr {
    PyErr::new(
        &exceptions().not_implemented_error,
        format!("gc.{what}() is not available: Ferrython has no cycle collector to list objects yet"),
    )
}

fn get_objects(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported("get_objects"))
}

fn get_referrers(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported("get_referrers"))
}

fn freeze(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn get_freeze_count(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(0))
}

/// Makes the `gc` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let functions: &[(&'static str, NativeFn)] = &[
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("get_debug", get_debug),
        ("set_debug", set_debug),
        ("get_stats", get_stats),
        ("is_tracked", is_tracked),
        ("is_finalized", is_finalized),
        ("get_referents", get_referents),
        ("get_referrers", get_referrers),
        ("get_objects", get_objects),
        ("freeze", freeze),
        ("unfreeze", freeze),
        ("get_freeze_count", get_freeze_count),
    ];
    for (name, function) in functions {
        ns.set_str(&intern(name), native_function(name, *function, BuiltinKind::Function, None));
    }
    for (name, flag) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        ns.set_str(&intern(name), Value::Int(flag));
    }
    ns.set_str(&intern("garbage"), list(Vec::new()));
    ns.set_str(&intern("callbacks"), list(Vec::new()));
    Ok(crate::objects::new_module("gc", dict))
}
