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

use crate::objects::exception::PyErr;
use crate::objects::function::Args;
use crate::objects::str::intern_static;
use crate::objects::{tuple, Payload};
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
    /// The event a hook is being called for, while it runs (for `f_lineno` assignments).
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
    /// Set when a jump from a yield moved the frame past CPython's RESUME: its next resumption
    /// fires no 'call' event.
    skip_resume: bool,
}

impl Default for FrameTrace {
    fn default() -> FrameTrace {
        FrameTrace { func: Value::Null, lines: true, opcodes: false, last: None, resumed: false, skip_resume: false }
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
    match &frame.payload {
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

    fn refresh_hook_flags(&mut self) {
        let open = !self.hooks.running_hook;
        self.tracing = open && !self.hooks.trace.is_null();
        self.hooks_active = open && (self.tracing || !self.hooks.profile.is_null());
    }

    /// Calls `hook(frame, event, arg)` with events off; a hook that raises is removed.
    fn call_hook(&mut self, profile: bool, hook: &Value, frame: &ObjRef, event: Event, arg: Value) -> PyResult<Value> {
        self.hooks.running_hook = true;
        self.refresh_hook_flags();
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
        let result = crate::call::call(self, hook, Args::positional(&args));
        self.hooks.current = outer;
        self.hooks.running_hook = false;
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
    /// resumed, and gets its 'call' events.
    #[cold]
    pub(crate) fn hook_frame_switch(&mut self) -> PyResult<()> {
        let len = self.frames.len();
        let seen = std::mem::replace(&mut self.hooks.frames_seen, len);
        if len <= seen {
            return Ok(());
        }
        let Some(top) = self.frames.last_mut() else { return Ok(()) };
        let frame = top.object();
        let resumed = !top.not_started();
        if let Some(trace) = frame_trace(&frame) {
            let mut trace = trace.lock();
            trace.resumed = resumed;
            if !resumed {
                trace.last = None;
            }
            if std::mem::take(&mut trace.skip_resume) {
                return Ok(());
            }
        }
        self.hooks.resuming = resumed;
        let result = self.call_events(&frame);
        self.hooks.resuming = false;
        let jumped = self.take_jump(&frame);
        result.and(jumped).map(drop)
    }

    /// The 'call' events of the frame `frame` (which starts or resumes).
    fn call_events(&mut self, frame: &ObjRef) -> PyResult<()> {
        self.call_profile(frame, Event::Call, Value::None)?;
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
        Ok(())
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

    /// Before the instruction at `lasti` of the frame at `fi` runs: 'line' and 'opcode'.
    #[cold]
    /// Returns where the frame goes on when the trace function made it jump.
    pub(crate) fn hook_instruction(&mut self, fi: usize, lasti: usize) -> PyResult<Option<usize>> {
        if !self.tracing {
            return Ok(None);
        }
        let Some(frame) = self.frames[fi].object.clone() else { return Ok(None) };
        let Some(trace) = frame_trace(&frame) else { return Ok(None) };
        let code = self.frames[fi].code.clone();
        let (new_line, opcodes) = {
            let mut state = trace.lock();
            let previous = state.last.replace(lasti);
            let resumed = std::mem::take(&mut state.resumed);
            if state.func.is_null() {
                return Ok(None);
            }
            let line = code.line_at(lasti);
            let new_line = line.is_some()
                && match previous {
                    None => true,
                    Some(previous) => (!resumed && previous >= lasti) || code.line_at(previous) != line,
                };
            (new_line && state.lines, state.opcodes && self.hooks.opcodes)
        };
        // The frame's line is read from `lasti`, and "not started yet" from `pc`.
        self.frames[fi].pc = lasti + 1;
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
        Ok(None)
    }

    /// The top frame returns (or, `yielding`, yields) `value`: 'return' events.
    #[cold]
    pub(crate) fn hook_return(&mut self, value: &Value, yielding: bool) -> PyResult<()> {
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

    /// `err` is raised in, or has propagated into, the top frame: an 'exception' event.
    #[cold]
    pub(crate) fn hook_exception(&mut self, err: &PyErr) -> PyResult<()> {
        let Some(frame) = self.frames.last().and_then(|f| f.object.clone()) else { return Ok(()) };
        let traceback = err.fields().traceback.clone();
        let arg = tuple(vec![Value::Obj(err.class().clone()), err.value(), traceback]);
        self.call_local_trace(&frame, Event::Exception, arg)
    }

    /// Calls a native function with 'c_call', 'c_return' and 'c_exception' profile events.
    #[cold]
    pub(crate) fn call_native_profiled(&mut self, callable: &Value, args: Args<'_>) -> PyResult<Value> {
        let Some(frame) = self.frames.last_mut().map(crate::frame::Frame::object) else {
            return crate::call::call(self, callable, args);
        };
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
        self.call_profile(&frame, Event::CCall, shown.clone())?;
        let result = crate::call::call(self, callable, args);
        match &result {
            Ok(_) => self.call_profile(&frame, Event::CReturn, shown)?,
            Err(_) => self.call_profile(&frame, Event::CException, shown)?,
        }
        result
    }

    /// Whether calls of native functions need profile events.
    #[inline]
    pub(crate) fn profiling(&self) -> bool {
        self.hooks_active && !self.hooks.profile.is_null()
    }
}
