//! Frames: the activation records on a thread's frame stack, and the frame objects Python code
//! sees in tracebacks.
//!
//! A frame's variables live on the thread's value stack: fast locals from `base`, then its deref
//! slots (cells), then its value stack. A call to a Python function puts the new frame's locals
//! right where the caller pushed the arguments, so positional arguments are not copied.

use std::sync::Arc;

use crate::objects::Code;
use crate::value::{ObjRef, Value};

pub struct Frame {
    pub code: Arc<Code>,
    pub func: Option<ObjRef>,
    /// The globals dict object.
    pub globals: ObjRef,
    /// The builtins dict object.
    pub builtins: ObjRef,
    /// The locals mapping of module and class bodies (LOAD_NAME and friends), else Null.
    pub locals: Value,
    /// Index in the thread's value stack of the first fast local.
    pub base: usize,
    /// The instruction to run next.
    pub pc: usize,
    /// The instruction being run (for tracebacks and line numbers).
    pub lasti: usize,
    /// When this frame returns or yields, the eval loop returns to its Rust caller.
    pub is_entry: bool,
    /// How many stack slots just below `base` belong to the call that made this frame (the
    /// callable, and the NULL when there was no `self`): dropped when it returns.
    pub call_slots: usize,
    /// The generator, coroutine or async generator this frame belongs to.
    pub generator: Option<ObjRef>,
    /// The frame object made for tracebacks, shared by all the entries of this activation.
    pub object: Option<ObjRef>,
}

impl Frame {
    /// Where the frame's value stack starts.
    pub fn stack_base(&self) -> usize {
        self.base + self.code.frame_slots()
    }

    pub fn deref_base(&self) -> usize {
        self.base + self.code.varnames.len()
    }
}

/// A frame object (`types.FrameType`): what tracebacks keep of an activation. While the
/// activation runs, `f_lineno` and `f_locals` read it live (`Thread::live_frame`); when it
/// returns or unwinds, `lasti` and `locals` keep its last state (`Thread::retire_frame`).
pub struct FrameObject {
    pub code: Arc<Code>,
    pub globals: ObjRef,
    pub lasti: parking_lot::Mutex<usize>,
    /// The locals of a finished activation (a dict), else Null.
    pub locals: parking_lot::Mutex<Value>,
}

impl Frame {
    /// The frame object of this activation, made on first use.
    pub fn object(&mut self) -> ObjRef {
        if let Some(obj) = &self.object {
            return obj.clone();
        }
        let obj = ObjRef::new(
            crate::objects::typeobj::types().frame.clone(),
            None,
            crate::objects::Payload::Frame(FrameObject {
                code: self.code.clone(),
                globals: self.globals.clone(),
                lasti: parking_lot::Mutex::new(self.lasti),
                locals: parking_lot::Mutex::new(Value::Null),
            }),
        );
        self.object = Some(obj.clone());
        obj
    }
}

/// The locals of an activation as `f_locals` shows them: the locals mapping of module and class
/// bodies, else a new dict of the bound fast locals and cells; `values` starts at its base.
pub fn locals_of(code: &Code, values: &[Value], locals: &Value) -> Value {
    if !locals.is_null() {
        return locals.clone();
    }
    let dict = crate::objects::new_dict();
    let d = crate::ops::namespace(&dict);
    for (i, name) in code.varnames.iter().enumerate() {
        let value = values.get(i).cloned().unwrap_or_default();
        if !value.is_null() && !code.cellvars.iter().any(|c| ObjRef::ptr_eq(c, name)) {
            d.set_str(name, value);
        }
    }
    let deref_base = code.varnames.len();
    for (i, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
        let value = values.get(deref_base + i).map(crate::ops::cell_get).unwrap_or_default();
        if !value.is_null() {
            d.set_str(name, value);
        }
    }
    Value::Obj(dict)
}

impl crate::thread::Thread {
    /// The running activation a frame object belongs to, if it still runs on this thread.
    pub fn live_frame(&self, obj: &ObjRef) -> Option<&Frame> {
        self.frames.iter().rev().find(|f| f.object.as_ref().is_some_and(|o| ObjRef::ptr_eq(o, obj)))
    }

    /// Called as a frame leaves the frame stack for good (before its stack slots are dropped):
    /// its frame object, if it has one, keeps its last line and its locals.
    #[inline]
    pub fn retire_frame(&self, frame: &Frame) {
        if let Some(obj) = &frame.object {
            self.retire_frame_object(frame, obj);
        }
    }

    #[cold]
    fn retire_frame_object(&self, frame: &Frame, obj: &ObjRef) {
        if let crate::objects::Payload::Frame(f) = &obj.payload {
            *f.lasti.lock() = frame.lasti;
            let end = (frame.base + frame.code.frame_slots()).min(self.stack.len());
            let values = self.stack.get(frame.base..end).unwrap_or_default();
            *f.locals.lock() = locals_of(&frame.code, values, &frame.locals);
        }
    }

    /// `f_locals` of a frame object.
    pub fn frame_locals(&self, obj: &ObjRef) -> Value {
        if let Some(frame) = self.live_frame(obj) {
            let end = (frame.base + frame.code.frame_slots()).min(self.stack.len());
            let values = self.stack.get(frame.base..end).unwrap_or_default();
            return locals_of(&frame.code, values, &frame.locals);
        }
        match &obj.payload {
            crate::objects::Payload::Frame(f) => {
                let locals = f.locals.lock().clone();
                if locals.is_null() {
                    Value::Obj(crate::objects::new_dict())
                } else {
                    locals
                }
            }
            _ => Value::None,
        }
    }

    /// `f_lineno` of a frame object.
    pub fn frame_lineno(&self, obj: &ObjRef) -> Value {
        let lasti = match (self.live_frame(obj), &obj.payload) {
            (Some(frame), _) => frame.lasti,
            (None, crate::objects::Payload::Frame(f)) => *f.lasti.lock(),
            _ => return Value::None,
        };
        match &obj.payload {
            crate::objects::Payload::Frame(f) => {
                f.code.line_at(lasti).map_or(Value::None, |l| Value::Int(i64::from(l)))
            }
            _ => Value::None,
        }
    }
}
