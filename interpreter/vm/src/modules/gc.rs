//! The `gc` module: the interface of the cycle collector (`crate::gc`), with CPython's API.
//!
//! Every collection looks at every tracked object; the generations are labels, kept as
//! CPython's are: an object starts in generation 0 and moves to the next when it survives a
//! collection of its generation (`get_objects(generation)`). `get_count()` reports the count
//! of tracked objects made minus freed since the last collection, then the collections of
//! the younger generations as CPython counts them; the first threshold drives automatic
//! collection, the others choose the generation it counts as. The settings are per process, as
//! the collector is. DEBUG_SAVEALL keeps the garbage in `gc.garbage`; the other debug flags are
//! stored (`get_debug`) but print nothing.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::OnceLock;

use crate::builtins::native_function;
use crate::gc::collect::{self as collector, Hooks, Outcome, HOOKS, STATS};
use crate::gc::schedule::{self, THRESHOLDS};
use crate::gc::traverse::Visitor as _;
use crate::modules::arguments::bind;
use crate::objects::exception::{exceptions, type_error, value_error, PyErr};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::str::{intern, new_str};
use crate::objects::typeobj::type_data;
use crate::objects::{as_list, dict_of, list, new_dict, tuple, tuple_of, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, PyObject, Value};
use crate::PyResult;

static DEBUG: AtomicI64 = AtomicI64::new(0);
const DEBUG_SAVEALL: i64 = 32;

/// `gc.garbage` and `gc.callbacks` (one pair per process, like the collector).
static LISTS: OnceLock<(ObjRef, ObjRef)> = OnceLock::new();

fn no_args(args: &Args<'_>, name: &str) -> PyResult<()> {
    if args.values.is_empty() {
        return Ok(());
    }
    Err(type_error(format!("gc.{name}() takes no arguments ({} given)", args.values.len())))
}

fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    match args.values {
        [value] if args.kwnames.is_empty() => Ok(value),
        _ => Err(type_error(format!("gc.{name}() takes exactly one argument ({} given)", args.values.len()))),
    }
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

/// `collect(generation=2)`: the number of unreachable objects found.
fn collect(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [generation] = bind("collect", &args, &["generation"], 0)?.try_into().unwrap_or([None]);
    let generation = match generation {
        Some(value) => int_arg(&value)?,
        None => 2,
    };
    if !(0..=2).contains(&generation) {
        return Err(value_error("invalid generation"));
    }
    thread.clear_lookup_caches();
    thread.run_finalizers();
    let outcome = collector::collect(thread, generation as usize, true);
    // Callbacks of weak references to objects the collection freed.
    thread.run_finalizers();
    Ok(Value::Int(outcome.collected as i64))
}

fn enable(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "enable")?;
    schedule::set_enabled(true);
    Ok(Value::None)
}

fn disable(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "disable")?;
    schedule::set_enabled(false);
    Ok(Value::None)
}

fn isenabled(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "isenabled")?;
    Ok(Value::Bool(schedule::enabled()))
}

fn get_count(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "get_count")?;
    let young = crate::gc::registry::count().max(0) as i64;
    let [first, second] = schedule::counts();
    Ok(tuple_of([Value::Int(young), Value::Int(first), Value::Int(second)]))
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
    let numbers = values.iter().map(int_arg).collect::<PyResult<Vec<i64>>>()?;
    for (slot, number) in THRESHOLDS.iter().zip(numbers) {
        slot.store(number, Ordering::Relaxed);
    }
    Ok(Value::None)
}

fn get_debug(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "get_debug")?;
    Ok(Value::Int(DEBUG.load(Ordering::Relaxed)))
}

fn set_debug(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let flags = one_arg(&args, "set_debug")?;
    DEBUG.store(int_arg(flags)?, Ordering::Relaxed);
    Ok(Value::None)
}

fn get_stats(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "get_stats")?;
    let generation = |stats: &[std::sync::atomic::AtomicUsize; 2]| {
        let dict = new_dict();
        if let Some(d) = dict_of(&dict) {
            d.set_str(&intern("collections"), Value::Int(stats[0].load(Ordering::Relaxed) as i64));
            d.set_str(&intern("collected"), Value::Int(stats[1].load(Ordering::Relaxed) as i64));
            d.set_str(&intern("uncollectable"), Value::Int(0));
        }
        Value::Obj(dict)
    };
    Ok(list(STATS.iter().map(generation).collect()))
}

/// Whether the collector looks at the object, as CPython answers it: a dict or a tuple only
/// counts while it holds something tracked (CPython untracks dicts and tuples of atoms).
fn tracked(object: &PyObject) -> bool {
    if !object.gc.is_tracked() {
        // CPython tracks every instance of a class made by a class statement; one that holds
        // no reference (a float subclass with empty `__slots__`) needs no registry entry here.
        return type_data(&object.class).heap;
    }
    match object.payload() {
        // The items are copied out first: the dict may hold itself.
        Payload::Dict(d) if !type_data(&object.class).heap => {
            d.items().iter().any(|(key, value)| tracked_item(key) || tracked_item(value))
        }
        Payload::Tuple(items) if !type_data(&object.class).heap => items.iter().any(tracked_item),
        _ => true,
    }
}

/// `tracked` for an item of a dict or tuple, one level deep only (containers may hold each
/// other): an empty dict or tuple is not tracked.
fn tracked_item(item: &Value) -> bool {
    let Some(object) = item.as_obj() else { return false };
    if !object.gc.is_tracked() || type_data(&object.class).heap {
        return object.gc.is_tracked();
    }
    match object.payload() {
        Payload::Tuple(items) => !items.is_empty(),
        Payload::Dict(d) => !d.is_empty(),
        _ => true,
    }
}

fn is_tracked(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = one_arg(&args, "is_tracked")?;
    Ok(Value::Bool(value.as_obj().is_some_and(|o| tracked(o))))
}

fn is_finalized(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = one_arg(&args, "is_finalized")?;
    Ok(Value::Bool(value.as_obj().is_some_and(|o| o.gc.is_finalized())))
}

/// Collects what an object refers to, immediates included (CPython's ints and None are objects).
struct Referents(Vec<Value>);

impl crate::gc::traverse::Visitor for Referents {
    fn object(&mut self, obj: &ObjRef) {
        self.0.push(Value::Obj(obj.clone()));
    }

    fn value(&mut self, value: &Value) {
        if !value.is_null() {
            self.0.push(value.clone());
        }
    }
}

fn get_referents(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let mut found = Referents(Vec::new());
    for value in args.pos() {
        let Value::Obj(obj) = value else { continue };
        match obj.payload() {
            // CPython's dicts of str keys do not visit the keys (strs are never tracked).
            Payload::Dict(d) if obj.dict().is_none() => {
                let mut str_keys = true;
                d.for_each_entry(|key, _| str_keys &= matches!(key.payload(), Some(Payload::Str(_))));
                d.for_each_entry(|key, value| {
                    found.value(value);
                    if !str_keys {
                        found.value(key);
                    }
                });
            }
            // Tuples of atoms are untracked but still have referents, as in CPython.
            _ if obj.gc.is_tracked() || matches!(obj.payload(), Payload::Tuple(_)) => {
                crate::gc::traverse::traverse(obj, &mut found)
            }
            _ => {}
        }
    }
    Ok(list(found.0))
}

fn not_stopped(what: &str) -> PyErr {
    PyErr::new(
        &exceptions().runtime_error,
        format!("gc.{what}(): another thread did not reach a safe point in time; try again"),
    )
}

fn get_objects(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [generation] = bind("get_objects", &args, &["generation"], 0)?.try_into().unwrap_or([None]);
    let mut only = None;
    if let Some(generation) = generation.filter(|g| !g.is_none()) {
        let generation = int_arg(&generation).map_err(|_| {
            type_error(format!(
                "argument should be integer or None, not '{}'",
                crate::objects::typeobj::type_name(&generation)
            ))
        })?;
        if generation >= 3 {
            return Err(value_error("generation parameter must be less than the number of available generations (3)"));
        }
        // -1 is the default: every generation.
        if generation < -1 {
            return Err(value_error("generation parameter cannot be negative"));
        }
        only = usize::try_from(generation).ok();
    }
    // Frozen objects are in no generation (CPython's permanent one).
    let wanted = |object: &PyObject| {
        !object.gc.is_frozen() && only.is_none_or(|g| object.gc.generation() == g) && tracked(object)
    };
    let objects = collector::objects(wanted).ok_or_else(|| not_stopped("get_objects"))?;
    Ok(list(objects.into_iter().map(Value::Obj).collect()))
}

fn get_referrers(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let found = collector::referrers(args.pos()).ok_or_else(|| not_stopped("get_referrers"))?;
    Ok(list(found.into_iter().map(Value::Obj).collect()))
}

fn freeze(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "freeze")?;
    collector::objects(|object| {
        object.gc.set_frozen(true);
        false
    })
    .ok_or_else(|| not_stopped("freeze"))?;
    Ok(Value::None)
}

fn unfreeze(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "unfreeze")?;
    // Unfrozen objects join the oldest generation.
    collector::objects(|object| {
        if object.gc.is_frozen() {
            object.gc.set_frozen(false);
            object.gc.set_generation(2);
        }
        false
    })
    .ok_or_else(|| not_stopped("unfreeze"))?;
    Ok(Value::None)
}

fn get_freeze_count(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "get_freeze_count")?;
    let mut frozen = 0;
    collector::objects(|object| {
        frozen += usize::from(object.gc.is_frozen());
        false
    })
    .ok_or_else(|| not_stopped("get_freeze_count"))?;
    Ok(Value::Int(frozen as i64))
}

/// Calls each of `gc.callbacks` with (phase, info), as CPython does around a collection.
fn run_callbacks(thread: &mut Thread, phase: &str, generation: usize, outcome: Outcome) {
    let Some((_, callbacks)) = LISTS.get() else { return };
    let callbacks: Vec<Value> = as_list(&Value::Obj(callbacks.clone())).map(|l| l.lock().to_vec()).unwrap_or_default();
    if callbacks.is_empty() {
        return;
    }
    let info = new_dict();
    if let Some(d) = dict_of(&info) {
        d.set_str(&intern("generation"), Value::Int(generation as i64));
        d.set_str(&intern("collected"), Value::Int(outcome.collected as i64));
        d.set_str(&intern("uncollectable"), Value::Int(outcome.uncollectable as i64));
    }
    let args = [new_str(phase), Value::Obj(info)];
    for callback in callbacks {
        if let Err(err) = crate::call::call(thread, &callback, Args::positional(&args)) {
            thread.report_unraisable(&err, &callback);
        }
    }
}

/// With DEBUG_SAVEALL, puts the garbage in `gc.garbage` instead of freeing it.
fn save_all(_thread: &mut Thread, garbage: &[ObjRef]) -> bool {
    if DEBUG.load(Ordering::Relaxed) & DEBUG_SAVEALL == 0 {
        return false;
    }
    let Some((saved, _)) = LISTS.get() else { return false };
    if let Some(items) = as_list(&Value::Obj(saved.clone())) {
        items.lock().extend(garbage.iter().cloned().map(Value::Obj));
    }
    true
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
        ("unfreeze", unfreeze),
        ("get_freeze_count", get_freeze_count),
    ];
    for (name, function) in functions {
        ns.set_str(&intern(name), native_function(name, *function, BuiltinKind::Function, None));
    }
    for (name, flag) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", 38),
    ] {
        ns.set_str(&intern(name), Value::Int(flag));
    }
    let (garbage, callbacks) = LISTS.get_or_init(|| {
        let make = || match list(Vec::new()) {
            Value::Obj(obj) => {
                obj.make_immortal();
                obj
            }
            _ => unreachable!("list() makes an object"),
        };
        (make(), make())
    });
    HOOKS.get_or_init(|| Hooks { callbacks: run_callbacks, save_all });
    ns.set_str(&intern("garbage"), Value::Obj(garbage.clone()));
    ns.set_str(&intern("callbacks"), Value::Obj(callbacks.clone()));
    Ok(crate::objects::new_module("gc", dict))
}
