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

/// A frame object (`types.FrameType`): what tracebacks keep of an activation.
pub struct FrameObject {
    pub code: Arc<Code>,
    pub globals: ObjRef,
    pub lasti: parking_lot::Mutex<usize>,
}
