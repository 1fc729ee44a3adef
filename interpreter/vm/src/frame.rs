//! Frames: the activation records on a thread's frame stack, and the frame objects Python code
//! sees in tracebacks.
//!
//! A frame's variables live on the thread's value stack: fast locals from `base`, then its deref
//! slots (cells), then its value stack. A call to a Python function puts the new frame's locals
//! right where the caller pushed the arguments, so positional arguments are not copied.

#![allow(unsafe_code)]

use std::mem::ManuallyDrop;
use std::ops::Deref;
use std::sync::Arc;

use crate::objects::{Code, Payload};
use crate::value::{ObjRef, Value};

/// A reference a frame holds without a count of its own, so that a call costs no reference
/// counting for the code, globals and builtins. Something else keeps the object alive for the
/// frame's whole life: the function, which the caller's stack (or the Rust caller, for entry
/// frames) holds during the call, or the frame's own `owner`. It is never dropped, and it is not
/// `Clone`: `.clone()` goes through `Deref` to the inner type and makes a counted reference.
pub struct Borrowed<T>(ManuallyDrop<T>);

impl<T> Deref for Borrowed<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl Borrowed<Arc<Code>> {
    /// # Safety
    /// `code` must stay alive (a counted `Arc` elsewhere) while the borrowed one is used.
    pub unsafe fn code(code: &Arc<Code>) -> Borrowed<Arc<Code>> {
        // SAFETY: the pointer comes from a live Arc; ManuallyDrop keeps the count untouched.
        Borrowed(ManuallyDrop::new(unsafe { Arc::from_raw(Arc::as_ptr(code)) }))
    }
}

impl Borrowed<ObjRef> {
    /// # Safety
    /// `obj` must stay alive (a counted reference elsewhere) while the borrowed one is used.
    pub unsafe fn obj(obj: &ObjRef) -> Borrowed<ObjRef> {
        // SAFETY: as the caller guarantees.
        Borrowed(unsafe { obj.alias() })
    }
}

/// What keeps a frame's borrowed references alive when no caller does.
pub enum FrameOwner {
    /// A generator's frame: its function (which holds the code, globals and builtins).
    Function(ObjRef),
    /// Module, class-less `exec` and `eval` code; `code_object` is the code object run (for
    /// `f_code`) when there is one (`exec(code)`), else Null.
    Code { code: Arc<Code>, code_object: Value, globals: ObjRef, builtins: ObjRef },
}

/// What happens to a frame's return value in its caller. Frames the eval loop pushes for an
/// instruction other than a call (a property's getter or setter, `__init__` of a class being
/// called) finish that instruction's work on return.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OnReturn {
    /// The value is pushed on the caller's stack (a call, a property getter).
    Push,
    /// The value is dropped (a property setter).
    Discard,
    /// `__init__` ran: the value must be None, and the instance (kept below the frame, after
    /// `__init__` itself) is the result.
    Init,
}

pub struct Frame {
    pub code: Borrowed<Arc<Code>>,
    /// The globals dict object.
    pub globals: Borrowed<ObjRef>,
    /// The builtins dict object.
    pub builtins: Borrowed<ObjRef>,
    /// Set when the frame must keep its objects alive itself.
    pub owner: Option<Box<FrameOwner>>,
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
    /// What the caller does with the value this frame returns.
    pub on_return: OnReturn,
    /// The generator, coroutine or async generator this frame belongs to, while the frame
    /// runs: borrowed, since whoever resumed it holds the generator meanwhile (the `for`
    /// loop's stack slot, or the Rust caller of `resume`); a suspended frame has none.
    pub generator: Option<Borrowed<ObjRef>>,
    /// For a generator frame that a `for` loop resumed in the same eval loop (not an entry
    /// frame): the exception the loop's frame was handling, restored when this frame leaves.
    pub outer_handled: Option<ObjRef>,
    /// The frame object made for tracebacks, shared by all the entries of this activation.
    pub object: Option<ObjRef>,
}

impl Frame {
    /// A frame running `func` (a Python function) that keeps `func`, and so its code, globals
    /// and builtins, alive itself: a generator's, which outlives the call that made it.
    pub fn owning_function(func: &ObjRef, is_entry: bool) -> Frame {
        let mut slot = std::mem::MaybeUninit::<Frame>::uninit();
        // SAFETY: `write_call` writes every field; the owner set right after keeps `func` alive
        // for the frame's life.
        let mut frame = unsafe {
            Frame::write_call(slot.as_mut_ptr(), func, 0, 0, is_entry);
            slot.assume_init()
        };
        frame.owner = Some(Box::new(FrameOwner::Function(func.clone())));
        frame
    }

    /// Writes the frame of a call of `func` (which the caller's stack keeps alive) into `slot`
    /// one field at a time. Building a `Frame` value and copying it makes the CPU read back
    /// bytes just written by stores of other sizes (a store-forwarding stall on every call).
    ///
    /// # Safety
    /// `slot` is valid for writing a `Frame` and holds nothing that needs dropping; `func`
    /// stays alive for the frame's life.
    #[inline(always)]
    pub unsafe fn write_call(slot: *mut Frame, func: &ObjRef, base: usize, call_slots: usize, is_entry: bool) {
        use std::ptr::addr_of_mut;
        let Payload::Function(function) = func.payload() else { unreachable!("callers check the payload") };
        // SAFETY: as the caller guarantees; every field is written exactly once.
        unsafe {
            addr_of_mut!((*slot).code).write(Borrowed::code(&function.code));
            addr_of_mut!((*slot).globals).write(Borrowed::obj(&function.globals));
            addr_of_mut!((*slot).builtins).write(Borrowed::obj(&function.builtins));
            addr_of_mut!((*slot).owner).write(None);
            addr_of_mut!((*slot).locals).write(Value::Null);
            addr_of_mut!((*slot).base).write(base);
            addr_of_mut!((*slot).pc).write(0);
            addr_of_mut!((*slot).lasti).write(0);
            addr_of_mut!((*slot).is_entry).write(is_entry);
            addr_of_mut!((*slot).call_slots).write(call_slots);
            addr_of_mut!((*slot).on_return).write(OnReturn::Push);
            addr_of_mut!((*slot).generator).write(None);
            addr_of_mut!((*slot).outer_handled).write(None);
            addr_of_mut!((*slot).object).write(None);
        }
    }

    /// A frame for module-level code, which it keeps alive itself.
    pub fn for_code(
        code: Arc<Code>,
        code_object: Value,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Value,
        base: usize,
    ) -> Frame {
        // SAFETY: the owner, stored in the frame, holds all three.
        let borrowed = unsafe { (Borrowed::code(&code), Borrowed::obj(&globals), Borrowed::obj(&builtins)) };
        Frame {
            code: borrowed.0,
            globals: borrowed.1,
            builtins: borrowed.2,
            owner: Some(Box::new(FrameOwner::Code { code, code_object, globals, builtins })),
            locals,
            base,
            pc: 0,
            lasti: 0,
            is_entry: true,
            call_slots: 0,
            on_return: OnReturn::Push,
            generator: None,
            outer_handled: None,
            object: None,
        }
    }

    /// Whether no field of the frame owns a reference (a plain call's frame): then it can be
    /// forgotten without being dropped.
    #[inline]
    pub fn holds_nothing(&self) -> bool {
        !self.is_entry
            && self.owner.is_none()
            && self.generator.is_none()
            && self.object.is_none()
            && self.locals.is_null()
            && self.outer_handled.is_none()
    }

    /// Where the frame's value stack starts.
    pub fn stack_base(&self) -> usize {
        self.base + self.code.frame_slots()
    }

    pub fn deref_base(&self) -> usize {
        self.base + self.code.varnames.len()
    }
}

/// A suspended generator's frame, kept in the generator. It moves between the generator and
/// the thread's frame stack word by word, in place: the eval loop has just written the frame's
/// `pc` and `lasti` as single words, and copying it in 16-byte pieces (as moving a `Frame` value
/// does) would make the CPU wait for those writes (a store-forwarding stall on every yield).
pub struct SavedFrame {
    frame: std::mem::MaybeUninit<Frame>,
    present: bool,
}

impl SavedFrame {
    pub fn new(frame: Frame) -> SavedFrame {
        SavedFrame { frame: std::mem::MaybeUninit::new(frame), present: true }
    }

    pub fn is_some(&self) -> bool {
        self.present
    }

    pub fn is_none(&self) -> bool {
        !self.present
    }

    pub fn as_ref(&self) -> Option<&Frame> {
        // SAFETY: `present` says the frame is initialized.
        self.present.then(|| unsafe { self.frame.assume_init_ref() })
    }

    pub fn as_mut(&mut self) -> Option<&mut Frame> {
        // SAFETY: as above.
        self.present.then(|| unsafe { self.frame.assume_init_mut() })
    }

    /// Takes the frame out as a value (for the rare paths that drop it).
    pub fn take(&mut self) -> Option<Frame> {
        // SAFETY: as above; `present` is cleared so it is read once.
        std::mem::take(&mut self.present).then(|| unsafe { self.frame.assume_init_read() })
    }

    /// Moves the frame onto the top of `frames`; false when there is none.
    pub fn push_onto(&mut self, frames: &mut Vec<Frame>) -> bool {
        if !std::mem::take(&mut self.present) {
            return false;
        }
        frames.reserve(1);
        let len = frames.len();
        // SAFETY: the frame is initialized and, `present` being cleared, moved out once; the
        // vector has room for it.
        unsafe {
            crate::value::copy_words(self.frame.as_ptr(), frames.as_mut_ptr().add(len));
            frames.set_len(len + 1);
        }
        true
    }

    /// Moves the top frame of `frames` in; the saved frame must be empty.
    pub fn pop_from(&mut self, frames: &mut Vec<Frame>) {
        debug_assert!(!self.present, "a saved frame is overwritten");
        let Some(len) = frames.len().checked_sub(1) else { return };
        // SAFETY: the top frame is initialized and, the vector being shortened first, moved
        // out once.
        unsafe {
            frames.set_len(len);
            crate::value::copy_words(frames.as_ptr().add(len), self.frame.as_mut_ptr());
        }
        self.present = true;
    }
}

impl Drop for SavedFrame {
    fn drop(&mut self) {
        drop(self.take());
    }
}

/// A frame object (`types.FrameType`): what tracebacks, `sys._getframe` and trace functions see
/// of an activation. While the activation runs, `f_lineno`, `f_locals` and `f_back` read it live
/// (`Thread::live_frame`); when it returns or unwinds, `lasti`, `locals` and `back` keep its last
/// state (`Thread::retire_frame`).
pub struct FrameObject {
    pub code: Arc<Code>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The instruction being run when the activation last left the frame stack, or
    /// `NOT_STARTED` (a generator's frame before its first instruction).
    pub lasti: parking_lot::Mutex<usize>,
    /// The code object `f_code` returns (the function's `__code__`), found when first needed
    /// or when the activation finishes; Null until then.
    pub code_object: parking_lot::Mutex<Value>,
    /// The `f_locals` dict of a function's activation (kept, so that `f_locals` is the same
    /// object each time and a trace function's changes can be written back), else Null.
    pub locals: parking_lot::Mutex<Value>,
    /// `f_back` of a finished activation (the caller's frame object, or None).
    pub back: parking_lot::Mutex<Value>,
    /// `f_trace` and the rest of what `sys.settrace` needs of this frame.
    pub trace: parking_lot::Mutex<crate::tracing::FrameTrace>,
}

/// `FrameObject::lasti` of a generator's frame that has not run yet: `f_lasti` is then 0 and
/// `f_lineno` the line of the `def`.
pub const NOT_STARTED: usize = usize::MAX;

impl Frame {
    /// The frame object of this activation, made on first use.
    pub fn object(&mut self) -> ObjRef {
        if let Some(obj) = &self.object {
            return obj.clone();
        }
        let obj = ObjRef::new(
            crate::objects::typeobj::types().frame.clone(),
            None,
            crate::objects::OwnedPayload::Frame(Box::new(FrameObject {
                code: self.code.clone(),
                globals: self.globals.clone(),
                builtins: self.builtins.clone(),
                lasti: parking_lot::Mutex::new(self.lasti),
                code_object: parking_lot::Mutex::new(self.owner_code_object().map_or(Value::Null, Value::Obj)),
                locals: parking_lot::Mutex::new(Value::Null),
                back: parking_lot::Mutex::new(Value::None),
                trace: parking_lot::Mutex::new(crate::tracing::FrameTrace::default()),
            })),
        );
        self.object = Some(obj.clone());
        obj
    }

    /// The code object of the function that owns the frame (a generator's), or of the code
    /// `exec` runs, if known.
    fn owner_code_object(&self) -> Option<ObjRef> {
        match self.owner.as_deref() {
            Some(FrameOwner::Code { code_object: Value::Obj(code), .. }) => Some(code.clone()),
            Some(FrameOwner::Function(func)) => match func.payload() {
                Payload::Function(f) if Arc::ptr_eq(&f.code, &self.code) => Some(f.code_object.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether the activation has not run an instruction yet (`f_lineno` is then the line of
    /// the `def`, as CPython shows it to a trace function's 'call' event).
    pub fn not_started(&self) -> bool {
        self.pc == 0 && self.lasti == 0
    }
}

/// The locals of an activation as `f_locals` shows them: the locals mapping of module and class
/// bodies, else a dict of the bound fast locals and cells (`kept`, refilled, when there is one);
/// `values` starts at its base.
pub fn locals_of(code: &Code, values: &[Value], locals: &Value, kept: &Value) -> Value {
    if !locals.is_null() {
        return locals.clone();
    }
    let dict = match kept {
        Value::Obj(dict) if crate::objects::dict_of(dict).is_some() => dict.clone(),
        _ => crate::objects::new_dict(),
    };
    let d = crate::ops::namespace(&dict);
    let put = |name: &ObjRef, value: Value| {
        if value.is_null() {
            d.remove_str(name);
        } else {
            d.set_str(name, value);
        }
    };
    for (i, name) in code.varnames.iter().enumerate() {
        if !code.cellvars.iter().any(|c| ObjRef::ptr_eq(c, name)) {
            put(name, values.get(i).cloned().unwrap_or_default());
        }
    }
    let deref_base = code.varnames.len();
    for (i, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
        put(name, values.get(deref_base + i).map(crate::ops::cell_get).unwrap_or_default());
    }
    Value::Obj(dict)
}

/// Writes a frame's `f_locals` dict back into its fast locals and cells (after a trace function
/// ran, as CPython does): a name missing from the dict unbinds the local.
pub fn write_back_locals(code: &Code, values: &mut [Value], dict: &ObjRef) {
    let Some(d) = crate::objects::dict_of(dict) else { return };
    for (i, name) in code.varnames.iter().enumerate() {
        if code.cellvars.iter().any(|c| ObjRef::ptr_eq(c, name)) {
            continue;
        }
        if let Some(slot) = values.get_mut(i) {
            *slot = d.get_str(name).unwrap_or_default();
        }
    }
    let deref_base = code.varnames.len();
    for (i, name) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
        if let (Some(Value::Obj(cell)), Some(value)) = (values.get(deref_base + i), d.get_str(name)) {
            if let crate::objects::Payload::Cell(contents) = cell.payload() {
                *contents.lock() = value;
            }
        }
    }
}

impl crate::thread::Thread {
    /// The running activation a frame object belongs to, if it still runs on this thread, by
    /// its index in the frame stack.
    pub fn live_frame_index(&self, obj: &ObjRef) -> Option<usize> {
        self.frames.iter().rposition(|f| f.object.as_ref().is_some_and(|o| ObjRef::ptr_eq(o, obj)))
    }

    pub fn live_frame(&self, obj: &ObjRef) -> Option<&Frame> {
        self.live_frame_index(obj).map(|i| &self.frames[i])
    }

    /// The values (fast locals, then cells) of the activation at `index` in the frame stack.
    fn frame_values(&self, index: usize) -> &[Value] {
        let frame = &self.frames[index];
        let end = (frame.base + frame.code.frame_slots()).min(self.stack.len());
        self.stack.get(frame.base..end).unwrap_or_default()
    }

    /// Called as a frame leaves the frame stack for good (before its stack slots are dropped,
    /// and with its caller, if any, on top of the stack): its frame object, if it has one,
    /// keeps its last line, its locals and its caller.
    #[inline]
    pub fn retire_frame(&mut self, frame: &Frame) {
        if let Some(obj) = &frame.object {
            self.retire_frame_object(frame, obj);
        }
    }

    #[cold]
    fn retire_frame_object(&mut self, frame: &Frame, obj: &ObjRef) {
        let crate::objects::Payload::Frame(f) = obj.payload() else { return };
        *f.lasti.lock() = frame.lasti;
        if f.code_object.lock().is_null() {
            if let Some(code) = self.code_object_of(frame) {
                *f.code_object.lock() = Value::Obj(code);
            }
        }
        let end = (frame.base + frame.code.frame_slots()).min(self.stack.len());
        let values = self.stack.get(frame.base..end).unwrap_or_default();
        let kept = f.locals.lock().clone();
        let locals = locals_of(&frame.code, values, &frame.locals, &kept);
        *f.locals.lock() = locals;
        // A generator's frame has no caller once it is suspended or finished.
        let back = match self.frames.last_mut() {
            Some(caller) if frame.generator.is_none() => Value::Obj(caller.object()),
            _ => Value::None,
        };
        *f.back.lock() = back;
    }

    /// `f_locals` of a frame object.
    pub fn frame_locals(&self, obj: &ObjRef) -> Value {
        let crate::objects::Payload::Frame(f) = obj.payload() else { return Value::None };
        if let Some(index) = self.live_frame_index(obj) {
            let kept = f.locals.lock().clone();
            let locals =
                locals_of(&self.frames[index].code, self.frame_values(index), &self.frames[index].locals, &kept);
            if self.frames[index].locals.is_null() {
                *f.locals.lock() = locals.clone();
            }
            return locals;
        }
        let locals = f.locals.lock().clone();
        if locals.is_null() {
            Value::Obj(crate::objects::new_dict())
        } else {
            locals
        }
    }

    /// Puts a live frame's `f_locals` dict (when it has been asked for) back into its locals.
    pub fn write_back_frame_locals(&mut self, obj: &ObjRef) {
        let crate::objects::Payload::Frame(f) = obj.payload() else { return };
        let Some(index) = self.live_frame_index(obj) else { return };
        let Value::Obj(dict) = f.locals.lock().clone() else { return };
        let frame = &self.frames[index];
        if !frame.locals.is_null() {
            return;
        }
        let code = frame.code.clone();
        let end = (frame.base + code.frame_slots()).min(self.stack.len());
        let base = frame.base.min(end);
        write_back_locals(&code, &mut self.stack[base..end], &dict);
    }

    /// The code object of the function an activation runs (its `__code__`), when the function
    /// is known: it owns the frame (a generator's), or it is the callable of the call that made
    /// the frame, still on the stack just below the frame's base.
    fn code_object_of(&self, frame: &Frame) -> Option<ObjRef> {
        let function_code = |func: &Value| match func.payload() {
            Some(crate::objects::Payload::Function(f)) if Arc::ptr_eq(&f.code, &frame.code) => {
                Some(f.code_object.clone())
            }
            _ => None,
        };
        if let Some(code) = frame.owner_code_object() {
            return Some(code);
        }
        let below = frame.base.checked_sub(frame.call_slots)?;
        self.stack.get(below..frame.base)?.iter().find_map(function_code)
    }

    /// `f_code` of a frame object: the very code object of the function it runs.
    pub fn frame_code(&self, obj: &ObjRef) -> Value {
        let crate::objects::Payload::Frame(f) = obj.payload() else { return Value::None };
        let known = f.code_object.lock().clone();
        if !known.is_null() {
            return known;
        }
        let found = self.live_frame(obj).and_then(|frame| self.code_object_of(frame));
        let code = found.unwrap_or_else(|| {
            ObjRef::new(
                crate::objects::typeobj::types().code.clone(),
                None,
                crate::objects::OwnedPayload::Code(f.code.clone()),
            )
        });
        *f.code_object.lock() = Value::Obj(code.clone());
        Value::Obj(code)
    }

    /// `f_lineno` of a frame object.
    pub fn frame_lineno(&self, obj: &ObjRef) -> Value {
        let crate::objects::Payload::Frame(f) = obj.payload() else { return Value::None };
        let lasti = match self.live_frame(obj) {
            Some(frame) if frame.not_started() => return Value::Int(i64::from(f.code.firstlineno)),
            Some(frame) => frame.lasti,
            None => match *f.lasti.lock() {
                NOT_STARTED => return Value::Int(i64::from(f.code.firstlineno)),
                lasti => lasti,
            },
        };
        f.code.line_at(lasti).map_or(Value::None, |l| Value::Int(i64::from(l)))
    }

    /// `f_back` of a frame object: the frame below a running activation (made on demand), or
    /// what a finished one kept.
    pub fn frame_back(&mut self, obj: &ObjRef) -> Value {
        if let Some(index) = self.live_frame_index(obj) {
            return match index.checked_sub(1) {
                Some(below) => Value::Obj(self.frames[below].object()),
                None => Value::None,
            };
        }
        match obj.payload() {
            crate::objects::Payload::Frame(f) => f.back.lock().clone(),
            _ => Value::None,
        }
    }

    /// `sys._getframe(depth)`: the frame object of the activation `depth` calls below the
    /// running one.
    pub fn frame_at_depth(&mut self, depth: usize) -> Option<ObjRef> {
        let index = self.frames.len().checked_sub(1 + depth)?;
        Some(self.frames[index].object())
    }
}
