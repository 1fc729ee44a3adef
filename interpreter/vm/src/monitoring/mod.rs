//! `sys.monitoring` (PEP 669): up to six tools register callbacks for execution events, turned
//! on for all code (`set_events`) or for one code object (`set_local_events`).
//!
//! Events fire from the same places as `sys.settrace`'s (see `tracing`): frame starts, resumes,
//! returns and yields at frame switches; raises and handlers while unwinding; lines, jumps,
//! branches, instructions and calls from the TRACE instruction stream, which a thread runs while
//! some tool wants one of those; native calls' results where calls are profiled. So monitoring
//! costs the eval loop nothing while no tool wants an event.
//!
//! The state is the interpreter's (tools are process-wide in CPython, interpreter-wide here).
//! Each thread keeps the flags the eval loop reads (`Thread::tracing`, `hooks_active`) in line
//! with it: a change refreshes every thread running Python code, with the world stopped
//! (`all_threads`), and a thread that was not refreshes as it next starts running code.
//!
//! As in CPython, no event fires while a callback (or a trace function) runs, and a callback
//! returning `DISABLE` turns its event off at that code location until `restart_events()`.

pub mod module;

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use crate::objects::exception::value_error;
use crate::objects::function::Args;
use crate::objects::typeobj::types;
use crate::objects::{Code, OwnedPayload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// How many tools there are (ids 0 to 5).
pub const TOOLS: usize = 6;

/// The events, in the order of their bits (`sys.monitoring.events.PY_START` is `1 << 0`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Event {
    PyStart,
    PyResume,
    PyReturn,
    PyYield,
    Call,
    Line,
    Instruction,
    Jump,
    Branch,
    StopIteration,
    Raise,
    ExceptionHandled,
    PyUnwind,
    PyThrow,
    Reraise,
    CReturn,
    CRaise,
}

/// Every event, by bit.
pub const EVENTS: [Event; 17] = [
    Event::PyStart,
    Event::PyResume,
    Event::PyReturn,
    Event::PyYield,
    Event::Call,
    Event::Line,
    Event::Instruction,
    Event::Jump,
    Event::Branch,
    Event::StopIteration,
    Event::Raise,
    Event::ExceptionHandled,
    Event::PyUnwind,
    Event::PyThrow,
    Event::Reraise,
    Event::CReturn,
    Event::CRaise,
];

/// The events that need the TRACE instruction stream.
const INSTRUCTION_EVENTS: u32 = Event::Line.bit() | Event::Instruction.bit() | Event::Jump.bit() | Event::Branch.bit();
/// The events that need native calls to be watched.
const NATIVE_CALL_EVENTS: u32 = Event::CReturn.bit() | Event::CRaise.bit();
/// The events that may be set for one code object (the others are global only).
const LOCAL_EVENTS: u32 = (1 << 10) - 1;
/// Every event.
const ALL_EVENTS: u32 = (1 << EVENTS.len()) - 1;

impl Event {
    pub const fn bit(self) -> u32 {
        1 << self as u32
    }

    pub fn name(self) -> &'static str {
        match self {
            Event::PyStart => "PY_START",
            Event::PyResume => "PY_RESUME",
            Event::PyReturn => "PY_RETURN",
            Event::PyYield => "PY_YIELD",
            Event::Call => "CALL",
            Event::Line => "LINE",
            Event::Instruction => "INSTRUCTION",
            Event::Jump => "JUMP",
            Event::Branch => "BRANCH",
            Event::StopIteration => "STOP_ITERATION",
            Event::Raise => "RAISE",
            Event::ExceptionHandled => "EXCEPTION_HANDLED",
            Event::PyUnwind => "PY_UNWIND",
            Event::PyThrow => "PY_THROW",
            Event::Reraise => "RERAISE",
            Event::CReturn => "C_RETURN",
            Event::CRaise => "C_RAISE",
        }
    }

    /// Whether a callback may turn the event off at one location by returning DISABLE.
    fn can_disable(self) -> bool {
        self.bit() & (LOCAL_EVENTS | NATIVE_CALL_EVENTS) != 0
    }
}

/// What the tools asked for.
#[derive(Default)]
struct Tools {
    /// The name of each tool in use.
    names: [Option<Value>; TOOLS],
    /// The events each tool wants everywhere.
    global: [u32; TOOLS],
    /// The events each tool wants in one code object, by `Code::id` (the code is kept so that
    /// its id is not reused).
    local: HashMap<usize, (Arc<Code>, [u32; TOOLS])>,
    /// Each tool's callback for each event (Null when none).
    callbacks: [[Value; EVENTS.len()]; TOOLS],
    /// Locations where a callback returned DISABLE: (code id, offset, tool, event).
    disabled: HashSet<(usize, usize, usize, Event)>,
}

/// An interpreter's monitoring state.
#[derive(Default)]
pub struct Monitoring {
    tools: parking_lot::Mutex<Tools>,
    /// Every event some tool wants somewhere: what the threads' flags are made from.
    wanted: AtomicU32,
    /// Bumped at every change of `wanted`, so that a thread can tell its flags are stale.
    version: AtomicU64,
    /// `sys.monitoring.DISABLE` and `MISSING`, made with the module.
    sentinels: OnceLock<(ObjRef, ObjRef)>,
}

impl Monitoring {
    /// Every event some tool wants somewhere.
    pub(crate) fn wanted(&self) -> u32 {
        self.wanted.load(Ordering::Relaxed)
    }

    pub(crate) fn version(&self) -> u64 {
        self.version.load(Ordering::Relaxed)
    }

    /// Recomputes `wanted` after a change of the tools' events.
    fn changed(&self, tools: &Tools) {
        let mut wanted = tools.global.iter().fold(0, |all, &events| all | with_native(events));
        for (_, events) in tools.local.values() {
            wanted |= events.iter().fold(0, |all, &events| all | with_native(events));
        }
        self.wanted.store(wanted, Ordering::Relaxed);
        self.version.fetch_add(1, Ordering::Relaxed);
    }

    fn missing(&self) -> Value {
        self.sentinels.get().map_or(Value::None, |(_, missing)| Value::Obj(missing.clone()))
    }

    fn is_disable(&self, value: &Value) -> bool {
        match (self.sentinels.get(), value) {
            (Some((disable, _)), Value::Obj(obj)) => ObjRef::ptr_eq(disable, obj),
            _ => false,
        }
    }

    /// The callbacks to call for `event` at `offset` of `code`, by tool.
    fn callbacks_for(&self, event: Event, code: &Code, offset: usize) -> Vec<(usize, Value)> {
        let tools = self.tools.lock();
        let local = tools.local.get(&code.id).map(|(_, events)| events);
        // Higher tool ids first, as CPython calls them.
        (0..TOOLS)
            .rev()
            .filter(|&tool| with_native(tools.global[tool] | local.map_or(0, |l| l[tool])) & event.bit() != 0)
            .filter(|&tool| !tools.disabled.contains(&(code.id, offset, tool, event)))
            .filter_map(|tool| {
                let callback = &tools.callbacks[tool][event as usize];
                (!callback.is_null()).then(|| (tool, callback.clone()))
            })
            .collect()
    }
}

/// An event set with C_RETURN and C_RAISE added when it has CALL: they come with it.
fn with_native(events: u32) -> u32 {
    if events & Event::Call.bit() != 0 {
        events | NATIVE_CALL_EVENTS
    } else {
        events
    }
}

/// Whether the thread's flags must ask for native calls to be watched.
pub(crate) fn watches_native_calls(wanted: u32) -> bool {
    wanted & NATIVE_CALL_EVENTS != 0
}

/// Whether the thread's flags must ask for the TRACE stream.
pub(crate) fn needs_instruction_stream(wanted: u32) -> bool {
    wanted & (INSTRUCTION_EVENTS | Event::Call.bit()) != 0
}

/// The code object value a callback gets.
fn code_value(code: &Arc<Code>) -> Value {
    Value::Obj(ObjRef::new(types().code.clone(), None, OwnedPayload::Code(code.clone())))
}

impl Thread {
    /// Whether some tool wants `event` anywhere (one load; the callers' quick test).
    #[inline]
    pub(crate) fn monitors(&self, event: Event) -> bool {
        self.interp.monitoring.wanted() & event.bit() != 0
    }

    /// Fires `event` at the instruction `index` of `code`: each tool that wants it there gets
    /// `callback(code, offset, *args)` (for LINE, the line number instead of the offset).
    pub(crate) fn monitor(&mut self, event: Event, code: &Arc<Code>, index: usize, args: &[Value]) -> PyResult<()> {
        if !self.monitors(event) || self.hook_running() {
            return Ok(());
        }
        let offset = index * 2;
        let callbacks = self.interp.monitoring.callbacks_for(event, code, offset);
        if callbacks.is_empty() {
            return Ok(());
        }
        let first = match event {
            Event::Line => code.line_at(index).map_or(Value::None, |l| Value::Int(i64::from(l))),
            _ => Value::Int(offset as i64),
        };
        let mut call_args = vec![code_value(code), first];
        call_args.extend_from_slice(args);
        for (tool, callback) in callbacks {
            let result =
                self.with_hook_running(|thread| crate::call::call(thread, &callback, Args::positional(&call_args)))?;
            if !self.interp.monitoring.is_disable(&result) {
                continue;
            }
            let mut tools = self.interp.monitoring.tools.lock();
            if event.can_disable() {
                tools.disabled.insert((code.id, offset, tool, event));
            } else {
                tools.callbacks[tool][event as usize] = Value::Null;
                drop(tools);
                return Err(value_error(format!("Cannot disable {} events. Callback removed.", event.name())));
            }
        }
        Ok(())
    }

    /// The first argument a CALL, C_RETURN or C_RAISE callback gets after the callable: the
    /// call's first argument, or `MISSING`.
    pub(crate) fn monitoring_arg0(&self, first: Option<&Value>) -> Value {
        match first {
            Some(value) if !value.is_null() => value.clone(),
            _ => self.interp.monitoring.missing(),
        }
    }
}
