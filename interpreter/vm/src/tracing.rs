//! `sys.settrace` and `sys.setprofile`: the hooks debuggers, profilers and coverage tools use.
//!
//! Each thread has its own trace and profile function. The eval loop asks for events only when
//! one is set, through two flags of the thread: `hooks_active` (checked at frame switches,
//! returns and exceptions) and `tracing` (which makes frames run their code's TRACE stream,
//! for 'line' and 'opcode' events: `Opcode::TRACE`). Without hooks the cost is a test per
//! frame switch, return and native call.
//!
//! The events and their order are CPython 3.12's:
//! - 'call' when a frame starts or a generator resumes: to the trace function (whose result
//!   becomes the frame's `f_trace`) and the profile function;
//! - 'line' before the first instruction of a new line, and after every backward jump, and
//!   'opcode' before every instruction when `f_trace_opcodes` is set: to `f_trace`;
//! - 'exception' when an exception is raised in, or propagates into, a frame: to `f_trace`;
//! - 'return' when a frame returns, yields or is left by an exception (with None): to `f_trace`
//!   and the profile function;
//! - 'c_call', 'c_return', 'c_exception' around calls of native functions: to the profile
//!   function.
//!
//! No event fires while a hook runs. A hook that raises is removed (as `settrace(None)`) and its
//! exception propagates from where the event fired.

use std::sync::Arc;

use ferrython_bytecode::Opcode;

use crate::monitoring::Event as MonitorEvent;
use crate::objects::exception::PyErr;
use crate::objects::function::Args;
use crate::objects::str::intern_static;
use crate::objects::{tuple_of, Code, Payload};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// A thread's hooks.
#[derive(Default)]
pub struct Hooks {
    /// `sys.gettrace()`, Null when none.
    pub trace: Value,
    /// `sys.getprofile()`, Null when none.
    pub profile: Value,
    /// Set while a hook runs: no events fire then.
    running_hook: bool,
    /// Whether 'opcode' events can fire: as in CPython 3.12, only when some frame had
    /// `f_trace_opcodes` set before `sys.settrace` was called.
    opcodes: bool,
    /// How many frames the thread had at the last frame switch that fired events: a frame
    /// above those has just started or resumed.
    frames_seen: usize,
    /// The `sys.monitoring` state the thread's flags were made from (`Monitoring::version`).
    monitoring_version: u64,
    /// The event a trace or profile function is being called for, while it runs (for
    /// `f_lineno` assignments).
    pub(crate) current: Option<CurrentEvent>,
    /// A jump (`f_lineno = N`) a trace function asked for, made when it returns.
    pub(crate) jump: Option<crate::jump::Jump>,
    /// Set while the 'call' events of a resumed frame, or the 'return' events of a yield, fire.
    resuming: bool,
    yielding: bool,
}

/// When a hook runs, as `f_lineno` assignments tell them apart: only some allow a jump.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Moment {
    Line,
    /// 'call' of a frame that starts.
    NewFrame,
    /// 'call' of a generator that resumes.
    Resume,
    /// 'return' of a yield.
    Yield,
    /// 'c_call' and 'c_return'.
    Call,
    /// Every other event.
    Other,
}

/// The event a hook is being called for.
pub(crate) struct CurrentEvent {
    pub(crate) moment: Moment,
    pub(crate) frame: ObjRef,
    /// The thread's value stack height when the hook was called: the top of the frame's stack.
    pub(crate) stack_len: usize,
}

/// What tracing keeps per frame (in its frame object).
pub struct FrameTrace {
    /// `f_trace`, Null when none.
    pub func: Value,
    /// `f_trace_lines`, `f_trace_opcodes`.
    pub lines: bool,
    pub opcodes: bool,
    /// The instruction this frame ran last while traced, to tell a new line or a backward
    /// jump; None before its first.
    last: Option<usize>,
    /// Set when the frame has just resumed: only a change of line counts then (the instruction
    /// run last is the one that suspended it, not one that jumped).
    resumed: bool,
    /// `last` and `resumed` for `sys.monitoring`'s LINE, JUMP and BRANCH events (kept apart: a
    /// trace function may be set or removed while tools watch).
    monitor_last: Option<usize>,
    monitor_resumed: bool,
    /// Set when a jump from a yield moved the frame past CPython's RESUME: its next resumption
    /// fires no 'call' event.
    skip_resume: bool,
}

impl Default for FrameTrace {
    fn default() -> FrameTrace {
        FrameTrace {
            func: Value::Null,
            lines: true,
            opcodes: false,
            last: None,
            resumed: false,
            monitor_last: None,
            monitor_resumed: false,
            skip_resume: false,
        }
    }
}

impl FrameTrace {
    /// Records that the frame runs the instruction at `lasti` (for the events of `tools`, else
    /// of the trace function): the instruction it ran before, and whether `lasti` starts a new
    /// line. For a tool, that is a line number other than the previous instruction's; for a
    /// trace function, also a jump back (except right after a resume).
    fn step(&mut self, code: &crate::objects::Code, lasti: usize, tools: bool) -> (Option<usize>, bool) {
        let (last, resumed) = if tools {
            (&mut self.monitor_last, &mut self.monitor_resumed)
        } else {
            (&mut self.last, &mut self.resumed)
        };
        let previous = last.replace(lasti);
        let resumed = std::mem::take(resumed) || tools;
        let line = code.line_at(lasti);
        let new_line = line.is_some()
            && match previous {
                None => true,
                Some(previous) => (!resumed && previous >= lasti) || code.line_at(previous) != line,
            };
        (previous, new_line)
    }

    /// The frame starts (`resumed` false) or resumes.
    fn enter(&mut self, resumed: bool) {
        self.resumed = resumed;
        self.monitor_resumed = resumed;
        if !resumed {
            self.last = None;
            self.monitor_last = None;
        }
    }
}

/// The event names as CPython passes them.
#[derive(Clone, Copy)]
enum Event {
    Call,
    Line,
    Opcode,
    Exception,
    Return,
    CCall,
    CReturn,
    CException,
}

impl Event {
    fn name(self) -> ObjRef {
        intern_static(match self {
            Event::Call => "call",
            Event::Line => "line",
            Event::Opcode => "opcode",
            Event::Exception => "exception",
            Event::Return => "return",
            Event::CCall => "c_call",
            Event::CReturn => "c_return",
            Event::CException => "c_exception",
        })
    }
}

fn frame_trace(frame: &ObjRef) -> Option<&parking_lot::Mutex<FrameTrace>> {
    match frame.payload() {
        Payload::Frame(f) => Some(&f.trace),
        _ => None,
    }
}

/// A hook value as Python sees it: None for Null.
fn visible(value: &Value) -> Value {
    if value.is_null() {
        Value::None
    } else {
        value.clone()
    }
}

impl Thread {
    /// `sys.settrace(func)` (None removes it).
    pub fn set_trace(&mut self, func: Value) {
        self.hooks.trace = if func.is_none() { Value::Null } else { func };
        self.hooks.frames_seen = self.frames.len();
        self.hooks.opcodes = self.interp.opcode_tracing_requested.load(std::sync::atomic::Ordering::Relaxed);
        // Frames already running go on from where they are: no 'line' event for the rest of
        // the line that set the trace function.
        for frame in &self.frames {
            if let Some(trace) = frame.object.as_ref().and_then(frame_trace) {
                trace.lock().last = Some(frame.lasti);
            }
        }
        self.refresh_hook_flags();
    }

    /// `sys.setprofile(func)` (None removes it).
    pub fn set_profile(&mut self, func: Value) {
        self.hooks.profile = if func.is_none() { Value::Null } else { func };
        self.hooks.frames_seen = self.frames.len();
        self.refresh_hook_flags();
    }

    pub fn trace_function(&self) -> Value {
        visible(&self.hooks.trace)
    }

    pub fn profile_function(&self) -> Value {
        visible(&self.hooks.profile)
    }

    /// Makes the flags the eval loop reads from the hooks and the `sys.monitoring` tools.
    pub(crate) fn refresh_hook_flags(&mut self) {
        let monitoring = &self.interp.monitoring;
        self.hooks.monitoring_version = monitoring.version();
        let wanted = monitoring.wanted();
        let open = !self.hooks.running_hook;
        self.tracing = open && (!self.hooks.trace.is_null() || crate::monitoring::needs_instruction_stream(wanted));
        self.hooks_active = open && (self.tracing || !self.hooks.profile.is_null() || wanted != 0);
        self.watch_native_calls =
            open && (!self.hooks.profile.is_null() || crate::monitoring::watches_native_calls(wanted));
    }

    /// Whether the flags were made from an older `sys.monitoring` state.
    #[inline]
    pub(crate) fn hook_flags_stale(&self) -> bool {
        self.hooks.monitoring_version != self.interp.monitoring.version()
    }

    /// Whether a hook (trace or profile function, monitoring callback) is running: then no
    /// event fires.
    pub(crate) fn hook_running(&self) -> bool {
        self.hooks.running_hook
    }

    /// Runs a hook with events off.
    pub(crate) fn with_hook_running<T>(&mut self, hook: impl FnOnce(&mut Thread) -> T) -> T {
        self.hooks.running_hook = true;
        self.refresh_hook_flags();
        let result = hook(self);
        self.hooks.running_hook = false;
        self.refresh_hook_flags();
        result
    }

    /// Runs `call` with events on, even inside a hook (`sys.call_tracing`: a debugger's
    /// trace function debugging code of its own); the state is restored after.
    pub(crate) fn with_tracing_enabled<T>(&mut self, call: impl FnOnce(&mut Thread) -> T) -> T {
        let was_running = std::mem::replace(&mut self.hooks.running_hook, false);
        self.refresh_hook_flags();
        let result = call(self);
        self.hooks.running_hook = was_running;
        self.refresh_hook_flags();
        result
    }

    /// Calls `hook(frame, event, arg)` with events off; a hook that raises is removed.
    fn call_hook(&mut self, profile: bool, hook: &Value, frame: &ObjRef, event: Event, arg: Value) -> PyResult<Value> {
        let moment = match event {
            Event::Line => Moment::Line,
            Event::Call if self.hooks.resuming => Moment::Resume,
            Event::Call => Moment::NewFrame,
            Event::Return if self.hooks.yielding => Moment::Yield,
            Event::CCall | Event::CReturn => Moment::Call,
            _ => Moment::Other,
        };
        let current = CurrentEvent { moment, frame: frame.clone(), stack_len: self.stack.len() };
        let outer = self.hooks.current.replace(current);
        let args = [Value::Obj(frame.clone()), Value::Obj(event.name()), arg];
        let result = self.with_hook_running(|thread| crate::call::call(thread, hook, Args::positional(&args)));
        self.hooks.current = outer;
        if result.is_err() {
            if profile {
                self.hooks.profile = Value::Null;
            } else {
                self.hooks.trace = Value::Null;
                if let Some(trace) = frame_trace(frame) {
                    trace.lock().func = Value::Null;
                }
            }
        }
        self.refresh_hook_flags();
        result
    }

    /// Calls the frame's `f_trace` for `event`; a result other than None replaces `f_trace`,
    /// and changes the trace function made to `f_locals` are written back.
    fn call_local_trace(&mut self, frame: &ObjRef, event: Event, arg: Value) -> PyResult<()> {
        let Some(trace) = frame_trace(frame) else { return Ok(()) };
        let func = trace.lock().func.clone();
        if func.is_null() || self.hooks.trace.is_null() {
            return Ok(());
        }
        // As CPython, the frame's `f_locals` dict, if it has one, is brought up to date first:
        // otherwise the write-back below would undo assignments made since it was last read.
        if matches!(frame.payload(), crate::objects::Payload::Frame(f) if !f.locals.lock().is_null()) {
            self.frame_locals(frame);
        }
        let result = self.call_hook(false, &func, frame, event, arg)?;
        self.write_back_frame_locals(frame);
        if !result.is_none() {
            trace.lock().func = result;
        }
        Ok(())
    }

    fn call_profile(&mut self, frame: &ObjRef, event: Event, arg: Value) -> PyResult<()> {
        let profile = self.hooks.profile.clone();
        if !profile.is_null() {
            self.call_hook(true, &profile, frame, event, arg)?;
        }
        Ok(())
    }

    /// At a frame switch of the eval loop: a frame above those seen before has just started or
    /// resumed, and gets its 'call' events (PY_START or PY_RESUME for `sys.monitoring`).
    #[cold]
    pub(crate) fn hook_frame_switch(&mut self) -> PyResult<()> {
        self.hook_frame_entry(None)
    }

    /// `hook_frame_switch` for a generator frame resumed by `throw(err)` (PY_THROW rather than
    /// PY_RESUME); gives back the error to raise in it.
    #[cold]
    pub(crate) fn hook_throw(&mut self, err: PyErr) -> PyErr {
        match self.hook_frame_entry(Some(&err)) {
            Ok(()) => err,
            Err(raised) => raised,
        }
    }

    fn hook_frame_entry(&mut self, thrown: Option<&PyErr>) -> PyResult<()> {
        let len = self.frames.len();
        let seen = std::mem::replace(&mut self.hooks.frames_seen, len);
        if len <= seen {
            return Ok(());
        }
        let Some(top) = self.frames.last_mut() else { return Ok(()) };
        let frame = top.object();
        let resumed = !top.not_started();
        let (code, pc) = (top.code.clone(), top.pc);
        if let Some(trace) = frame_trace(&frame) {
            let mut trace = trace.lock();
            trace.enter(resumed);
            if std::mem::take(&mut trace.skip_resume) {
                return Ok(());
            }
        }
        self.hooks.resuming = resumed;
        let result = self.call_events(&frame);
        self.hooks.resuming = false;
        let jumped = self.take_jump(&frame);
        result.and(jumped)?;
        match thrown {
            Some(err) => self.monitor(MonitorEvent::PyThrow, &code, pc.saturating_sub(1), &[err.value()]),
            None if resumed => self.monitor(MonitorEvent::PyResume, &code, pc.saturating_sub(1), &[]),
            None => self.monitor(MonitorEvent::PyStart, &code, 0, &[]),
        }
    }

    /// The 'call' events of the frame `frame` (which starts or resumes): the trace function
    /// first, then the profile function (then the tools), as CPython 3.12 calls them (they are
    /// its monitoring tools 7 and 6).
    fn call_events(&mut self, frame: &ObjRef) -> PyResult<()> {
        let hook = self.hooks.trace.clone();
        if !hook.is_null() && !self.hooks.running_hook {
            let result = self.call_hook(false, &hook, frame, Event::Call, Value::None)?;
            self.write_back_frame_locals(frame);
            if let Some(trace) = frame_trace(frame) {
                if !result.is_none() {
                    trace.lock().func = result;
                }
            }
        }
        self.call_profile(frame, Event::Call, Value::None)
    }

    /// After a jump (`f_lineno = N`) moved the frame to the instruction at `shown` (or to one
    /// that stands for it): that line fires no 'line' event (CPython's does not), and a jump to
    /// the start of the code passes CPython's RESUME again, which reports a new 'call' event.
    pub(crate) fn after_jump(
        &mut self,
        frame: &ObjRef,
        shown: usize,
        yielding: bool,
        call_event: bool,
    ) -> PyResult<()> {
        if let Some(trace) = frame_trace(frame) {
            let mut trace = trace.lock();
            trace.last = Some(shown);
            // Only a change of line counts from there, not the jump itself.
            trace.resumed = true;
            trace.skip_resume = yielding;
        }
        if call_event {
            self.call_events(frame)?;
            if let Some(trace) = frame_trace(frame) {
                let mut trace = trace.lock();
                trace.last = None;
                trace.resumed = false;
            }
        }
        Ok(())
    }

    /// Before the instruction at `lasti` of the frame at `fi` runs: `sys.monitoring`'s JUMP or
    /// BRANCH (for the instruction run before it), LINE, INSTRUCTION and CALL, then the trace
    /// function's 'line' and 'opcode'. Returns where the frame goes on when the trace function
    /// made it jump (`f_lineno = N`).
    #[cold]
    pub(crate) fn hook_instruction(&mut self, fi: usize, lasti: usize) -> PyResult<Option<usize>> {
        if !self.tracing {
            return Ok(None);
        }
        // The frame's line is read from `lasti`, and "not started yet" from `pc`.
        self.frames[fi].pc = lasti + 1;
        let frame = self.frames[fi].object();
        let Some(trace) = frame_trace(&frame) else { return Ok(None) };
        let code = self.frames[fi].code.clone();
        let tools = crate::monitoring::needs_instruction_stream(self.interp.monitoring.wanted());
        let (previous, tool_line) = if tools { trace.lock().step(&code, lasti, true) } else { (None, false) };
        // The jump that led here fires first: it belongs to the instruction run before.
        if let Some(previous) = previous {
            self.monitor_jump(&code, previous, lasti)?;
        }
        let (new_line, opcodes) = {
            let mut state = trace.lock();
            let (_, new_line) = state.step(&code, lasti, false);
            let traced = !state.func.is_null() && !self.hooks.trace.is_null();
            (traced && new_line && state.lines, traced && state.opcodes && self.hooks.opcodes)
        };
        if new_line {
            let result = self.call_local_trace(&frame, Event::Line, Value::None);
            let jumped = self.take_jump(&frame)?;
            result?;
            if jumped.is_some() {
                return Ok(jumped);
            }
        }
        if opcodes {
            self.call_local_trace(&frame, Event::Opcode, Value::None)?;
        }
        if tools {
            self.monitor_instruction(fi, &code, lasti, tool_line)?;
        }
        Ok(None)
    }

    /// JUMP or BRANCH when the instruction at `previous` jumped (or branched) to `lasti`.
    fn monitor_jump(&mut self, code: &Arc<Code>, previous: usize, lasti: usize) -> PyResult<()> {
        {
            let destination = Value::Int(lasti as i64 * 2);
            match crate::objects::code::traced_instruction(code, previous).opcode() {
                Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD => {
                    self.monitor(MonitorEvent::Jump, code, previous, &[destination])?;
                }
                Opcode::POP_JUMP_IF_FALSE
                | Opcode::POP_JUMP_IF_TRUE
                | Opcode::POP_JUMP_IF_NONE
                | Opcode::POP_JUMP_IF_NOT_NONE
                | Opcode::JUMP_IF_FALSE_OR_POP
                | Opcode::JUMP_IF_TRUE_OR_POP
                | Opcode::FOR_ITER
                    if lasti > previous =>
                {
                    self.monitor(MonitorEvent::Branch, code, previous, &[destination])?;
                }
                // A conditional jump back: CPython 3.12 has none, and compiles it as a branch
                // forward (not taken) to a jump back.
                Opcode::POP_JUMP_IF_FALSE
                | Opcode::POP_JUMP_IF_TRUE
                | Opcode::POP_JUMP_IF_NONE
                | Opcode::POP_JUMP_IF_NOT_NONE => {
                    self.monitor(MonitorEvent::Branch, code, previous, &[Value::Int(previous as i64 * 2 + 2)])?;
                    self.monitor(MonitorEvent::Jump, code, previous, &[destination])?;
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// LINE, INSTRUCTION and CALL before the instruction at `lasti` of the frame at `fi`.
    fn monitor_instruction(&mut self, fi: usize, code: &Arc<Code>, lasti: usize, new_line: bool) -> PyResult<()> {
        if new_line {
            self.monitor(MonitorEvent::Line, code, lasti, &[])?;
        }
        self.monitor(MonitorEvent::Instruction, code, lasti, &[])?;
        if self.monitors(MonitorEvent::Call) {
            if let Some((callable, arg0)) = self.call_site(fi, code, lasti) {
                self.monitor(MonitorEvent::Call, code, lasti, &[callable, arg0])?;
            }
        }
        Ok(())
    }

    /// When the instruction at `lasti` of the frame at `fi` is a call: the callable and its
    /// first argument (`self` for a method), as the CALL event gives them.
    fn call_site(&self, fi: usize, code: &Code, lasti: usize) -> Option<(Value, Value)> {
        let instruction = crate::objects::code::traced_instruction(code, lasti);
        let arg = instruction.arg() as usize;
        let top = self.stack.len();
        let below_frame = |n: usize| top.checked_sub(n).filter(|&at| at >= self.frames[fi].stack_base());
        let (callable_at, first) = match instruction.opcode() {
            Opcode::CALL => {
                let at = below_frame(arg + 2)?;
                (at, (arg > 0).then(|| at + 2))
            }
            Opcode::CALL_KW => {
                let at = below_frame(arg + 3)?;
                (at, (arg > 0).then(|| at + 2))
            }
            Opcode::CALL_FUNCTION_EX => {
                let at = below_frame(3 + (arg & 1))?;
                let first = crate::objects::as_tuple(&self.stack[at + 2]).and_then(|args| args.first().cloned());
                let this = &self.stack[at + 1];
                let arg0 = if this.is_null() { first } else { Some(this.clone()) };
                return Some((self.stack[at].clone(), self.monitoring_arg0(arg0.as_ref())));
            }
            _ => return None,
        };
        let this = &self.stack[callable_at + 1];
        let arg0 = if this.is_null() { first.map(|at| &self.stack[at]) } else { Some(this) };
        Some((self.stack[callable_at].clone(), self.monitoring_arg0(arg0)))
    }

    /// The top frame returns `value`: PY_RETURN, then 'return' events.
    #[cold]
    pub(crate) fn hook_return(&mut self, value: &Value) -> PyResult<()> {
        self.hook_leave(value, false)?;
        self.monitor_top(MonitorEvent::PyReturn, value.clone())
    }

    /// The top frame yields `value`: PY_YIELD, then 'return' events.
    #[cold]
    pub(crate) fn hook_yield(&mut self, value: &Value) -> PyResult<()> {
        self.hook_leave(value, true)?;
        self.monitor_top(MonitorEvent::PyYield, value.clone())
    }

    /// `err` leaves the top frame, which has no handler for it: PY_UNWIND, then 'return'
    /// events with None. A generator's frame first has CPython's implicit handler (the one that
    /// turns StopIteration into RuntimeError) take it and re-raise it.
    #[cold]
    pub(crate) fn hook_unwind(&mut self, err: &PyErr) -> PyResult<()> {
        let is_generator = self.frames.last().is_some_and(|f| f.code.is_generator_like());
        if is_generator {
            self.monitor_top(MonitorEvent::ExceptionHandled, err.value())?;
            self.monitor_top(MonitorEvent::Reraise, err.value())?;
        }
        self.hook_leave(&Value::None, false)?;
        self.monitor_top(MonitorEvent::PyUnwind, err.value())
    }

    /// A `sys.monitoring` event at the top frame's instruction.
    fn monitor_top(&mut self, event: MonitorEvent, arg: Value) -> PyResult<()> {
        let Some(top) = self.frames.last() else { return Ok(()) };
        let (code, lasti) = (top.code.clone(), top.lasti);
        self.monitor(event, &code, lasti, &[arg])
    }

    /// The 'return' events of the top frame, leaving (or, `yielding`, suspended) with `value`.
    fn hook_leave(&mut self, value: &Value, yielding: bool) -> PyResult<()> {
        self.hooks.frames_seen = self.frames.len().saturating_sub(1);
        let Some(top) = self.frames.last_mut() else { return Ok(()) };
        if top.object.is_none() && self.hooks.profile.is_null() {
            return Ok(());
        }
        let frame = top.object();
        self.hooks.yielding = yielding;
        let result = self
            .call_local_trace(&frame, Event::Return, value.clone())
            .and_then(|()| self.call_profile(&frame, Event::Return, value.clone()));
        self.hooks.yielding = false;
        // A jump from a yield moves where the frame resumes.
        let jumped = self.take_jump(&frame);
        result.and(jumped).map(drop)
    }

    /// `err` is raised in, or has propagated into, the top frame: RAISE (or RERAISE, for a
    /// re-raise in this frame), then an 'exception' event.
    #[cold]
    pub(crate) fn hook_exception(&mut self, err: &PyErr, reraised: bool) -> PyResult<()> {
        if reraised {
            return self.monitor_top(MonitorEvent::Reraise, err.value());
        }
        if let Some(frame) = self.frames.last().and_then(|f| f.object.clone()) {
            let traceback = err.fields().traceback.clone();
            let arg = tuple_of([Value::Obj(err.class().clone()), err.value(), traceback]);
            self.call_local_trace(&frame, Event::Exception, arg)?;
        }
        self.monitor_top(MonitorEvent::Raise, err.value())
    }

    /// A generator that a `for` loop or a `yield from`/`await` of the top frame runs has
    /// returned `value`: STOP_ITERATION with the StopIteration CPython makes for it. For a
    /// `for` loop, CPython 3.12 reports it as RAISE while BRANCH events are watched, and not
    /// at all while only LINE or INSTRUCTION events are (its FOR_ITER is then instrumented
    /// another way).
    #[cold]
    pub(crate) fn hook_stop_iteration(&mut self, value: Value, for_loop: bool) -> PyResult<()> {
        let event = match for_loop {
            true if self.monitors(MonitorEvent::Branch) => MonitorEvent::Raise,
            true if self.monitors(MonitorEvent::Line) || self.monitors(MonitorEvent::Instruction) => return Ok(()),
            _ => MonitorEvent::StopIteration,
        };
        if !self.monitors(event) {
            return Ok(());
        }
        let err = crate::objects::exception::stop_iteration(value);
        self.monitor_top(event, err.value())
    }

    /// A handler of the top frame takes `err`: EXCEPTION_HANDLED.
    #[cold]
    pub(crate) fn hook_handled(&mut self, err: &PyErr) -> PyResult<()> {
        self.monitor_top(MonitorEvent::ExceptionHandled, err.value())
    }

    /// Calls a native callable with the profile function's 'c_call', 'c_return' and
    /// 'c_exception' events, and `sys.monitoring`'s C_RETURN and C_RAISE.
    #[cold]
    pub(crate) fn call_native_profiled(&mut self, callable: &Value, args: Args<'_>) -> PyResult<Value> {
        let Some(frame) = self.frames.last_mut().map(crate::frame::Frame::object) else {
            return crate::call::call(self, callable, args);
        };
        let profiled = !self.hooks.profile.is_null() && matches!(callable.payload(), Some(Payload::Builtin(_)));
        let shown = match callable.payload() {
            Some(Payload::Builtin(builtin))
                if builtin.bound.is_none() && builtin.kind != crate::objects::function::BuiltinKind::Function =>
            {
                match args.pos().first() {
                    Some(this) => crate::builtins::bind_builtin(builtin, this.clone()),
                    None => callable.clone(),
                }
            }
            _ => callable.clone(),
        };
        if profiled {
            self.call_profile(&frame, Event::CCall, shown.clone())?;
        }
        let arg0 = self.monitoring_arg0(args.pos().first());
        let result = crate::call::call(self, callable, args);
        let (event, c_event) = match &result {
            Ok(_) => (MonitorEvent::CReturn, Event::CReturn),
            Err(_) => (MonitorEvent::CRaise, Event::CException),
        };
        if profiled {
            self.call_profile(&frame, c_event, shown)?;
        }
        if let Some(top) = self.frames.last() {
            let (code, lasti) = (top.code.clone(), top.lasti);
            self.monitor(event, &code, lasti, &[callable.clone(), arg0])?;
        }
        result
    }

    /// Whether calls of native callables need events (profile or `sys.monitoring`).
    #[inline]
    pub(crate) fn profiling(&self) -> bool {
        self.watch_native_calls
    }
}
