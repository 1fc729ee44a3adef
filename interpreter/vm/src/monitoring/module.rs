//! The `sys.monitoring` namespace: tool ids, event sets and callbacks, with CPython 3.12's
//! checks and messages.

use crate::builtins::native_function;
use crate::builtins::new_simple_namespace;
use crate::modules::arguments::{self, no_arguments};
use crate::objects::exception::{type_error, value_error};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::str::{as_pystr, intern, new_str};
use crate::objects::typeobj::types;
use crate::objects::{new_dict, OwnedPayload, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::{Event, Monitoring, Tools, ALL_EVENTS, EVENTS, LOCAL_EVENTS, NATIVE_CALL_EVENTS, TOOLS};

/// Makes the `sys.monitoring` module of an interpreter.
pub fn make(interp: &crate::Interp) -> ObjRef {
    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let set = |name: &str, value: Value| ns.set_str(&intern(name), value);
    let functions: &[(&'static str, NativeFn)] = &[
        ("use_tool_id", use_tool_id),
        ("free_tool_id", free_tool_id),
        ("get_tool", get_tool),
        ("register_callback", register_callback),
        ("get_events", get_events),
        ("set_events", set_events),
        ("get_local_events", get_local_events),
        ("set_local_events", set_local_events),
        ("restart_events", restart_events),
        ("_all_events", all_events),
    ];
    for (name, function) in functions {
        set(name, native_function(name, *function, BuiltinKind::Function, None));
    }
    for (name, id) in [("DEBUGGER_ID", 0), ("COVERAGE_ID", 1), ("PROFILER_ID", 2), ("OPTIMIZER_ID", 5)] {
        set(name, Value::Int(id));
    }
    let mut events: Vec<(&str, Value)> = EVENTS.iter().map(|e| (e.name(), Value::Int(i64::from(e.bit())))).collect();
    events.push(("NO_EVENTS", Value::Int(0)));
    set("events", new_simple_namespace(&events));
    let object = || ObjRef::new(types().object.clone(), None, OwnedPayload::Instance(Default::default()));
    let (disable, missing) = interp.monitoring.sentinels.get_or_init(|| (object(), object())).clone();
    set("DISABLE", Value::Obj(disable));
    set("MISSING", Value::Obj(missing));
    let module = crate::objects::new_module("sys.monitoring", dict);
    crate::modules::attach_functions(&module, &interp.builtins);
    module
}

/// The arguments of a monitoring function taking `N` (positional only): one-argument
/// functions are METH_O functions, named with their module in messages.
fn exact<'a, const N: usize>(args: &'a Args<'_>, function: &str) -> PyResult<&'a [Value; N]> {
    let label = format!("sys.monitoring.{function}");
    if N == 1 {
        return Ok(std::slice::from_ref(arguments::single(&label, args)?).try_into().expect("one argument"));
    }
    arguments::no_keywords(args, &label)?;
    arguments::exactly::<N>(function, args)
}

/// A tool id argument: an int from 0 to 5.
fn tool_id(thread: &mut Thread, value: &Value) -> PyResult<usize> {
    let id = crate::protocols::number::index_of(thread, value)?;
    usize::try_from(id)
        .ok()
        .filter(|&id| id < TOOLS)
        .ok_or_else(|| value_error(format!("invalid tool {id} (must be between 0 and 5)")))
}

fn in_use(monitoring: &Monitoring, id: usize) -> bool {
    monitoring.tools.lock().names[id].is_some()
}

/// An event set argument.
fn event_set(thread: &mut Thread, value: &Value) -> PyResult<u32> {
    let events = crate::protocols::number::index_of(thread, value)?;
    u32::try_from(events)
        .ok()
        .filter(|e| e & !ALL_EVENTS == 0)
        .ok_or_else(|| value_error(format!("invalid event set 0x{:x}", events as u32)))
}

fn use_tool_id(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [id, name] = exact::<2>(&args, "use_tool_id")?;
    let id = tool_id(thread, id)?;
    if as_pystr(name).is_none() {
        return Err(value_error("tool name must be a str"));
    }
    let mut tools = thread.interp.monitoring.tools.lock();
    if tools.names[id].is_some() {
        return Err(value_error(format!("tool {id} is already in use")));
    }
    tools.names[id] = Some(name.clone());
    Ok(Value::None)
}

fn free_tool_id(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [id] = exact::<1>(&args, "free_tool_id")?;
    let id = tool_id(thread, id)?;
    thread.interp.monitoring.tools.lock().names[id] = None;
    Ok(Value::None)
}

fn get_tool(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [id] = exact::<1>(&args, "get_tool")?;
    let id = tool_id(thread, id)?;
    Ok(thread.interp.monitoring.tools.lock().names[id].clone().unwrap_or(Value::None))
}

/// `register_callback(tool_id, event, func)`: returns the callback it replaces (or None).
fn register_callback(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [id, event, func] = exact::<3>(&args, "register_callback")?;
    let id = tool_id(thread, id)?;
    let bits = crate::protocols::number::index_of(thread, event)?;
    let Some(event) = EVENTS.iter().copied().find(|e| i64::from(e.bit()) == bits) else {
        if bits > 0 && bits & (bits - 1) == 0 {
            return Err(value_error(format!("invalid event {bits}")));
        }
        return Err(value_error("The callback can only be set for one event at a time"));
    };
    let func = if func.is_none() { Value::Null } else { func.clone() };
    let mut tools = thread.interp.monitoring.tools.lock();
    let old = std::mem::replace(&mut tools.callbacks[id][event as usize], func);
    Ok(if old.is_null() { Value::None } else { old })
}

fn get_events(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [id] = exact::<1>(&args, "get_events")?;
    let id = tool_id(thread, id)?;
    Ok(Value::Int(i64::from(thread.interp.monitoring.tools.lock().global[id])))
}

/// Checks an event set for `set_events` or `set_local_events`.
fn checked_events(thread: &mut Thread, value: &Value, local: bool) -> PyResult<u32> {
    let events = event_set(thread, value)?;
    if local && events & !LOCAL_EVENTS != 0 {
        return Err(value_error(format!("invalid local event set 0x{events:x}")));
    }
    // C_RETURN and C_RAISE come with CALL.
    if events & NATIVE_CALL_EVENTS != 0 && events & Event::Call.bit() == 0 {
        return Err(value_error("cannot set C_RETURN or C_RAISE events independently"));
    }
    Ok(events)
}

fn set_events(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [id, events] = exact::<2>(&args, "set_events")?;
    let id = tool_id(thread, id)?;
    let events = checked_events(thread, events, false)?;
    if !in_use(&thread.interp.monitoring, id) {
        return Err(value_error(format!("tool {id} is not in use")));
    }
    // C_RETURN and C_RAISE are not kept: they come with CALL.
    update(thread, |tools| tools.global[id] = events & !NATIVE_CALL_EVENTS);
    Ok(Value::None)
}

/// The code object argument of the local-event functions.
fn code_arg(value: &Value) -> PyResult<std::sync::Arc<crate::objects::Code>> {
    match value.payload() {
        Some(Payload::Code(code)) => Ok(code.clone()),
        _ => Err(type_error("code must be a code object")),
    }
}

fn get_local_events(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [id, code] = exact::<2>(&args, "get_local_events")?;
    let id = tool_id(thread, id)?;
    let code = code_arg(code)?;
    let tools = thread.interp.monitoring.tools.lock();
    Ok(Value::Int(i64::from(tools.local.get(&code.id).map_or(0, |(_, events)| events[id]))))
}

fn set_local_events(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let [id, code, events] = exact::<3>(&args, "set_local_events")?;
    let id = tool_id(thread, id)?;
    let code = code_arg(code)?;
    let events = checked_events(thread, events, true)?;
    if !in_use(&thread.interp.monitoring, id) {
        return Err(value_error(format!("tool {id} is not in use")));
    }
    let events = events & !NATIVE_CALL_EVENTS;
    update(thread, |tools| {
        let entry = tools.local.entry(code.id).or_insert_with(|| (code.clone(), [0; TOOLS]));
        entry.1[id] = events;
        if entry.1.iter().all(|&e| e == 0) {
            tools.local.remove(&code.id);
        }
    });
    Ok(Value::None)
}

/// `restart_events()`: the locations callbacks disabled fire again.
fn restart_events(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_arguments(&args, "sys.monitoring.restart_events")?;
    thread.interp.monitoring.tools.lock().disabled.clear();
    Ok(Value::None)
}

/// `_all_events()`: for each event some tool wants everywhere, the tools that want it (a bit
/// per tool).
fn all_events(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_arguments(&args, "sys.monitoring._all_events")?;
    let result = new_dict();
    let found: Vec<(&str, u32)> = {
        let tools = thread.interp.monitoring.tools.lock();
        EVENTS
            .iter()
            .map(|e| {
                let by_tool = (0..TOOLS).filter(|&t| tools.global[t] & e.bit() != 0).fold(0, |all, t| all | 1 << t);
                (e.name(), by_tool)
            })
            .filter(|(_, by_tool)| *by_tool != 0)
            .collect()
    };
    let dict = crate::objects::dict_of(&result).expect("a new dict");
    for (name, by_tool) in found {
        dict.set(thread, new_str(name), Value::Int(i64::from(by_tool)))?;
    }
    Ok(Value::Obj(result))
}

/// Changes the tools' events, then brings every thread's flags in line.
fn update(thread: &mut Thread, change: impl FnOnce(&mut Tools)) {
    let monitoring = &thread.interp.monitoring;
    {
        let mut tools = monitoring.tools.lock();
        change(&mut tools);
        monitoring.changed(&tools);
    }
    crate::all_threads::refresh_hook_flags_everywhere(thread);
}
