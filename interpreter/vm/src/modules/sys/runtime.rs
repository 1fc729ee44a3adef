//! The knobs of the running interpreter that `sys` exposes beyond the hooks: the switch
//! interval, the async generator hooks, coroutine origin tracking, dlopen flags, and the facts
//! about what the implementation contains (`builtin_module_names`, `stdlib_module_names`).

use crate::objects::exception::{type_error, value_error};
use crate::objects::function::Args;
use crate::objects::str::new_str;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

/// `sys.stdlib_module_names`.
pub(super) fn stdlib_module_names() -> Value {
    let table = crate::objects::Dict::new();
    for name in crate::suggestions::STDLIB_MODULE_NAMES {
        table.set_str(&crate::objects::str::intern(name), Value::None);
    }
    let class = crate::objects::typeobj::types().frozenset.clone();
    Value::Obj(crate::value::ObjRef::new(class, None, crate::objects::OwnedPayload::FrozenSet(table)))
}

/// `sys.builtin_module_names`: the modules made in Rust, sorted.
pub(super) fn builtin_module_names() -> Value {
    let mut names = crate::modules::native_names();
    names.sort_unstable();
    crate::objects::tuple(names.into_iter().map(new_str).collect())
}

/// The settings these functions keep, per interpreter.
#[derive(Default)]
pub struct RuntimeSettings {
    /// Seconds (`sys.setswitchinterval`): kept for programs that read it back; with no GIL
    /// there is nothing to switch.
    switch_interval: Option<f64>,
    dlopen_flags: Option<i64>,
}

/// CPython's default switch interval, 5 ms.
const DEFAULT_SWITCH_INTERVAL: f64 = 0.005;

/// RTLD_NOW, the default dlopen flags on Linux and macOS.
const DEFAULT_DLOPEN_FLAGS: i64 = 2;

fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    match args.pos() {
        _ if !args.kwnames.is_empty() => Err(type_error(format!("{name}() takes no keyword arguments"))),
        [one] => Ok(one),
        more => Err(type_error(format!("{name}() takes exactly one argument ({} given)", more.len()))),
    }
}

pub(super) fn getswitchinterval(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    let interval = thread.interp.runtime_settings.lock().switch_interval;
    Ok(Value::Float(interval.unwrap_or(DEFAULT_SWITCH_INTERVAL)))
}

pub(super) fn setswitchinterval(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = one_arg(&args, "setswitchinterval")?;
    let seconds = match value {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => f64::from(u8::from(*b)),
        other => {
            return Err(type_error(format!("must be real number, not {}", crate::objects::typeobj::type_name(other))))
        }
    };
    if seconds <= 0.0 {
        return Err(value_error("switch interval must be strictly positive"));
    }
    thread.interp.runtime_settings.lock().switch_interval = Some(seconds);
    Ok(Value::None)
}

pub(super) fn getdlopenflags(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(thread.interp.runtime_settings.lock().dlopen_flags.unwrap_or(DEFAULT_DLOPEN_FLAGS)))
}

pub(super) fn setdlopenflags(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let value = one_arg(&args, "setdlopenflags")?;
    let flags = crate::protocols::number::index_of(thread, value)?;
    thread.interp.runtime_settings.lock().dlopen_flags = Some(flags);
    Ok(Value::None)
}

/// `sys.is_finalizing()`: Python code never runs after the interpreter is torn down here.
pub(super) fn is_finalizing(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

/// `sys.getallocatedblocks()`: CPython's count of its own allocator's blocks; 0 where, as
/// here, that allocator is not used.
pub(super) fn getallocatedblocks(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(0))
}

/// `sys.getunicodeinternedsize()`: how many strs are interned.
pub(super) fn getunicodeinternedsize(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(crate::objects::str::interned_count() as i64))
}

/// `sys._clear_type_cache()`: forgets cached method lookups.
pub(super) fn clear_type_cache(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    crate::objects::typeobj::clear_method_cache();
    Ok(Value::None)
}

/// `sys._debugmallocstats()`: CPython prints its allocator's statistics; there are none here.
pub(super) fn debugmallocstats(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

/// `sys.get_coroutine_origin_tracking_depth()` and its setter: kept per thread.
pub(super) fn get_coroutine_origin_tracking_depth(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(thread.coroutine_origin_tracking_depth))
}

pub(super) fn set_coroutine_origin_tracking_depth(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let depth = match (args.pos(), args.keywords().next()) {
        ([depth], None) => depth.clone(),
        ([], Some((name, depth))) if crate::objects::str::as_pystr(name).is_some_and(|n| n.as_str() == "depth") => {
            depth.clone()
        }
        _ => return Err(type_error("set_coroutine_origin_tracking_depth() takes exactly one argument 'depth'")),
    };
    let depth = crate::protocols::number::index_of(thread, &depth)?;
    if depth < 0 {
        return Err(value_error("depth must be >= 0"));
    }
    thread.coroutine_origin_tracking_depth = depth;
    Ok(Value::None)
}

/// The `sys.asyncgen_hooks` struct sequence type.
fn asyncgen_hooks_type() -> &'static crate::value::ObjRef {
    static TYPE: std::sync::OnceLock<crate::value::ObjRef> = std::sync::OnceLock::new();
    TYPE.get_or_init(|| crate::modules::structseq::new_type("builtins", "asyncgen_hooks", &["firstiter", "finalizer"]))
}

/// `sys.get_asyncgen_hooks()`: this thread's hooks.
pub(super) fn get_asyncgen_hooks(thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    let shown = |hook: &Value| if hook.is_null() { Value::None } else { hook.clone() };
    let (firstiter, finalizer) = &thread.asyncgen_hooks;
    let values = vec![shown(firstiter), shown(finalizer)];
    Ok(crate::modules::structseq::new_instance(asyncgen_hooks_type(), values))
}

/// `sys.set_asyncgen_hooks(firstiter=..., finalizer=...)`: a hook left out stays as it is;
/// None removes it.
pub(super) fn set_asyncgen_hooks(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let mut given: [Option<Value>; 2] = [None, None];
    if args.pos().len() > 2 {
        return Err(type_error(format!("set_asyncgen_hooks() takes at most 2 arguments ({} given)", args.pos().len())));
    }
    for (slot, value) in given.iter_mut().zip(args.pos()) {
        *slot = Some(value.clone());
    }
    for (name, value) in args.keywords() {
        let name = crate::objects::str::as_pystr(name).map(|n| n.as_str().into_owned()).unwrap_or_default();
        let index = match name.as_str() {
            "firstiter" => 0,
            "finalizer" => 1,
            _ => return Err(type_error(format!("set_asyncgen_hooks() got an unexpected keyword argument '{name}'"))),
        };
        given[index] = Some(value.clone());
    }
    for (value, name) in given.iter().zip(["finalizer", "firstiter"].iter().rev()) {
        if let Some(value) = value {
            if !value.is_none() && !crate::builtins::is_callable(value) {
                return Err(type_error(format!(
                    "callable {name} expected, got {}",
                    crate::objects::typeobj::type_name(value)
                )));
            }
        }
    }
    let hook = |value: Value| if value.is_none() { Value::Null } else { value };
    let [firstiter, finalizer] = given;
    if let Some(firstiter) = firstiter {
        thread.asyncgen_hooks.0 = hook(firstiter);
    }
    if let Some(finalizer) = finalizer {
        thread.asyncgen_hooks.1 = hook(finalizer);
    }
    Ok(Value::None)
}
