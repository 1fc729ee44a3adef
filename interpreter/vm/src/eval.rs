//! The eval loop: runs the frames of one thread. A call from Python to a Python function pushes a
//! frame and goes on in the same loop (no Rust recursion); a return pops it. The loop returns to
//! its Rust caller when an entry frame returns, yields or lets an exception out.
//!
//! Each arm is short; anything longer calls a named function in `ops` or `protocols`.

#![allow(unsafe_code)]

use std::sync::Arc;

use ferrython_bytecode::{BinaryOp, CompareOp, Instruction, Intrinsic1, Intrinsic2, Opcode};

use crate::attr_cache::{Loaded, Stored};
use crate::call;
use crate::frame::{Frame, OnReturn};
use crate::objects::exception::{exceptions, name_error, unbound_local_error, PyErr};
use crate::objects::function::BuiltinKind;
use crate::objects::str::as_pystr;
use crate::objects::str::intern_static;
use crate::objects::typeobj::types;
use crate::objects::{as_dict, as_tuple, list, new_tuple, Code, Payload, TupleItems};
use crate::ops;
use crate::protocols;
use crate::site_cache::Hit;
use crate::thread::{GlobalCacheEntry, Thread, GLOBAL_CACHE_SIZE};
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// Stack slots reserved beyond a frame's `max_stack`: a margin, not a need.
const STACK_SLACK: usize = 4;

/// How an entry frame left the loop.
pub enum Exit {
    Return(Value),
    /// A suspended generator frame: the value it yielded, and whether it came from a `yield`
    /// (rather than passing through from a `yield from` or `await`).
    Yield(Value, bool),
}

/// What an instruction asks of the loop beyond going on.
enum Flow {
    /// The frame stack changed (a call pushed a frame, a return popped one): reload.
    Switch,
    Exit(Exit),
}

impl Thread {
    /// Runs the top frame (which must be marked `is_entry`) and whatever it calls until it
    /// returns or yields. When `pending` is given, it is raised in the top frame first (as
    /// `generator.throw` does).
    pub fn run_frames(&mut self, pending: Option<PyErr>) -> PyResult<Exit> {
        let _running = crate::all_threads::Running::enter(self);
        let mut pending = pending;
        loop {
            let result = match pending.take() {
                // A throw into a resumed generator: its 'call' event comes first.
                Some(err) if self.hooks_active => Err(self.hook_throw(err)),
                Some(err) => Err(err),
                None => self.run_top_frame(),
            };
            match result {
                Ok(Flow::Switch) => continue,
                // (Moved by words: `run_top_frame` just wrote it in pieces.)
                Ok(Flow::Exit(exit)) => return Ok(crate::value::move_by_words(exit)),
                Err(err) => {
                    // Unwind: a handler in this frame or a caller's, else out of the entry frame.
                    self.unwind(err)?;
                }
            }
        }
    }

    /// Finds a handler for `err`, starting with the top frame; pops frames that have none.
    /// Returns Ok when a handler took it (the loop goes on), or the error when an entry frame
    /// was popped without a handler.
    fn unwind(&mut self, err: PyErr) -> PyResult<()> {
        let mut err = err;
        loop {
            let Some(frame) = self.frames.last() else { return Err(err) };
            let lasti = frame.lasti;
            let reraised = self.reraising;
            let reraised_from = self.reraised_from.take();
            // The context is set where an exception is raised (RAISE_VARARGS sets it itself),
            // not again in each frame it passes through: only an error with no traceback yet
            // (raised by an instruction or a native function) gets it here.
            let thrown_unchained = self.thrown_unchained.as_ref().is_some_and(|e| ObjRef::ptr_eq(e, &err.0));
            if thrown_unchained {
                self.thrown_unchained = None;
            }
            if !reraised && !thrown_unchained && err.fields().traceback.is_none() {
                crate::ops::set_context(self, &err);
            }
            crate::traceback::add_frame(self, &err);
            if self.hooks_active {
                if let Err(raised) = self.hook_exception(&err, reraised) {
                    err = raised;
                }
            }
            let frame = self.frames.last().expect("the frame is still there");
            if let Some(entry) = frame
                .code
                .exception_table
                .iter()
                .find(|e| (e.start as usize) <= lasti && lasti < e.end as usize)
                .copied()
            {
                let depth = frame.stack_base() + entry.depth as usize;
                let target = entry.target as usize;
                // Verified code never reaches a handler with less than its depth on the stack
                // (`verify_instructions`); were it to, the handler would find Nones, not garbage.
                self.stack.resize(depth, Value::None);
                if entry.push_lasti {
                    let lasti = reraised_from.unwrap_or(lasti);
                    self.stack.push(Value::Int(lasti as i64));
                }
                self.stack.push(err.value());
                let frame = self.frames.last_mut().expect("the frame is still there");
                frame.pc = target;
                if self.hooks_active {
                    self.hook_handled(&err)?;
                }
                return Ok(());
            }
            if let Some(lasti) = reraised_from {
                // The frame leaves from the instruction that first raised (for its line).
                self.frames.last_mut().expect("the frame is still there").lasti = lasti;
            }
            if self.hooks_active {
                if let Err(raised) = self.hook_unwind(&err) {
                    err = raised;
                }
            }
            let mut frame = self.frames.pop().expect("the frame is still there");
            self.retire_frame(&frame);
            self.stack.truncate(frame.base);
            if frame.generator.is_some() {
                err = crate::generator::convert_stop_iteration(&frame.code, err);
                if !frame.is_entry {
                    crate::generator::leave_inline_end(self, &mut frame);
                }
            }
            // Drop the caller's callable and self slots, left below the callee's base (an
            // entry frame's function, see `push_entry_frame`).
            self.stack.truncate(frame.base - frame.call_slots);
            if frame.is_entry {
                return Err(err);
            }
        }
    }

    /// Runs instructions of the top frame until the frame stack changes or an error is raised.
    fn run_top_frame(&mut self) -> PyResult<Flow> {
        // A call or return between Python frames switches frames here, without leaving.
        'frames: loop {
            // A return dropped the callee's locals; a call is about to run. Signals are
            // handled here too (as CPython's RESUME checks them): code that only recurses,
            // without loops, must still see Ctrl-C.
            self.interrupt_point()?;
            if self.hooks_active {
                self.hook_frame_switch()?;
            }
            let fi = self.frames.len() - 1;
            // SAFETY: the frame owns a count on its code (directly or through its function) until
            // it is popped, and `code` is reloaded as soon as the frame is popped or left; the
            // Code itself never moves (it is behind an Arc), only the Frame does when `frames` grows.
            let code: &Code = unsafe { &*Arc::as_ptr(&self.frame_at(fi).code) };
            let base = self.frame_at(fi).base;
            let deref_base = base + code.varnames.len();
            // Room for the deepest operand stack the code reaches, so that this frame's pushes
            // (`push_reserved`) need no capacity check: the stack vector only ever grows.
            let limit = base + code.frame_slots() + code.max_stack + STACK_SLACK;
            if limit > self.stack.capacity() {
                self.stack.reserve(limit - self.stack.len());
            }
            let mut pc = self.frame_at(fi).pc;
            // With a trace function set, the frame runs a stream of TRACE instructions instead,
            // each reporting to it and then running the real one: tracing costs nothing until
            // it is turned on. It is looked at again wherever `sys.settrace` may have run.
            let mut instructions = self.instruction_stream(code);
            'instructions: loop {
                let mut instruction = fetch(instructions, pc);
                // Only the instruction being run is recorded (for tracebacks and line numbers);
                // `pc` is written back when the frame is left (calls, yields, handlers).
                self.running_frame(fi).lasti = pc;
                pc += 1;
                'dispatch: loop {
                    let arg = instruction.arg() as usize;
                    match instruction.opcode() {
                        Opcode::TRACE => {
                            if let Some(target) = self.hook_instruction(fi, pc - 1)? {
                                // The trace function moved the frame (`f_lineno = N`).
                                pc = target;
                                continue 'instructions;
                            }
                            instruction = crate::objects::code::traced_instruction(code, pc - 1);
                            continue 'dispatch;
                        }
                        Opcode::NOP => {}
                        Opcode::POP_TOP => {
                            self.stack.pop();
                            self.finalize_point();
                        }
                        Opcode::PUSH_NULL => self.push_reserved(Value::Null),
                        Opcode::COPY => {
                            let value = self.peek(arg).clone();
                            self.push_reserved(value);
                        }
                        Opcode::SWAP => {
                            let top = self.stack.len() - 1;
                            debug_assert!(arg >= 1 && arg <= self.stack.len());
                            // SAFETY: verified code swaps within the frame's stack.
                            unsafe {
                                let slots = self.stack.as_mut_ptr();
                                crate::value::swap_words(slots.add(top), slots.add(top + 1 - arg));
                            }
                        }
                        Opcode::LOAD_CONST => self.push_reserved(constant(code, arg).clone()),
                        Opcode::LOAD_FAST => {
                            let value = self.local(base, arg).clone();
                            self.push_reserved(value);
                        }
                        Opcode::LOAD_FAST_LOAD_FAST => {
                            let second = fetch(&code.instructions, pc).arg() as usize;
                            pc += 1;
                            let value = self.local(base, arg).clone();
                            self.push_reserved(value);
                            let value = self.local(base, second).clone();
                            self.push_reserved(value);
                        }
                        Opcode::LOAD_FAST_LOAD_CONST => {
                            let second = fetch(&code.instructions, pc).arg() as usize;
                            pc += 1;
                            let value = self.local(base, arg).clone();
                            self.push_reserved(value);
                            self.push_reserved(constant(code, second).clone());
                        }
                        Opcode::STORE_FAST_LOAD_FAST => {
                            let second = fetch(&code.instructions, pc).arg() as usize;
                            pc += 1;
                            let value = self.pop();
                            let old = std::mem::replace(self.local_mut(base, arg), value);
                            drop(old);
                            self.finalize_point();
                            let value = self.local(base, second).clone();
                            self.push_reserved(value);
                        }
                        Opcode::COMPARE_OP_POP_JUMP_IF_FALSE | Opcode::COMPARE_OP_POP_JUMP_IF_TRUE => {
                            let len = self.stack.len();
                            // Machine ints and floats only; anything else runs the two instructions
                            // one by one.
                            let truth = match (self.peek(2), self.peek(1)) {
                                (Value::Int(a), Value::Int(b)) => Some(ops::compare_ord(a.cmp(b), arg)),
                                (Value::Float(a), Value::Float(b)) => Some(ops::compare_floats(*a, *b, arg)),
                                _ => None,
                            };
                            if let Some(truth) = truth {
                                self.stack.truncate(len - 2);
                                let target = fetch(&code.instructions, pc).arg() as usize;
                                pc += 1;
                                if truth == (instruction.opcode() == Opcode::COMPARE_OP_POP_JUMP_IF_TRUE) {
                                    pc = target;
                                }
                            } else {
                                let right = self.pop();
                                let left = self.pop();
                                let op = CompareOp::from_arg(arg as u32).ok_or_else(|| bad_arg(instruction))?;
                                let result = protocols::compare::rich_compare(self, &left, &right, op)?;
                                self.push_reserved(result);
                            }
                        }
                        Opcode::LOAD_FAST_CHECK => {
                            let value = self.local(base, arg).clone();
                            if value.is_null() {
                                return Err(unbound_local(code, arg));
                            }
                            self.push_reserved(value);
                        }
                        Opcode::LOAD_FAST_AND_CLEAR => {
                            let value = std::mem::take(self.local_mut(base, arg));
                            self.push_reserved(value);
                        }
                        Opcode::STORE_FAST => {
                            let value = self.pop();
                            let old = std::mem::replace(self.local_mut(base, arg), value);
                            drop(old);
                            self.finalize_point();
                        }
                        Opcode::MAKE_CELL => {
                            *self.local_mut(deref_base, arg) = ops::new_cell(Value::Null);
                        }
                        Opcode::LOAD_CLOSURE => {
                            let cell = self.local(deref_base, arg).clone();
                            self.push_reserved(cell);
                        }
                        Opcode::LOAD_DEREF => {
                            let value = ops::cell_get(self.local(deref_base, arg));
                            if value.is_null() {
                                return Err(ops::unbound_deref(code, arg));
                            }
                            self.push_reserved(value);
                        }
                        Opcode::STORE_DEREF => {
                            let value = self.pop();
                            let old = ops::cell_set(self.local(deref_base, arg), value);
                            drop(old);
                            self.finalize_point();
                        }
                        Opcode::DELETE_DEREF => {
                            if ops::cell_set(self.local(deref_base, arg), Value::Null).is_null() {
                                return Err(ops::unbound_deref(code, arg));
                            }
                            self.finalize_point();
                        }
                        Opcode::LOAD_GLOBAL => {
                            let value = self.load_global_cached(fi, code, pc - 1, name(code, arg >> 1))?;
                            self.push_reserved(value);
                            if arg & 1 != 0 {
                                self.push_reserved(Value::Null);
                            }
                        }
                        Opcode::LOAD_ATTR => {
                            if self.load_attr(code, pc - 1, arg)? {
                                // A property getter to run as a frame, left on the stack with
                                // its object.
                                self.running_frame(fi).pc = pc;
                                self.push_accessor_frame(1, OnReturn::Push)?;
                                continue 'frames;
                            }
                        }
                        Opcode::STORE_ATTR => {
                            if self.store_attr(code, pc - 1, arg)? {
                                // A property setter to run as a frame, left on the stack with
                                // its object and value.
                                self.running_frame(fi).pc = pc;
                                self.push_accessor_frame(2, OnReturn::Discard)?;
                                continue 'frames;
                            }
                        }
                        Opcode::BINARY_SUBSCR => {
                            let key = self.pop();
                            let container = self.pop();
                            if let (Value::Obj(obj), Value::Int(i)) = (&container, &key) {
                                if let Some(item) = ops::fast_index(obj, *i) {
                                    self.push_reserved(item);
                                    continue 'instructions;
                                }
                            }
                            if let Some(dict) = ops::exact_dict(&container) {
                                // An exact dict has no `__missing__`: a miss is a KeyError.
                                let value = dict.get(self, &key)?.ok_or_else(|| protocols::missing_key(&key))?;
                                self.push_reserved(value);
                                continue 'instructions;
                            }
                            let value = protocols::getitem(self, &container, &key)?;
                            self.push_reserved(value);
                        }
                        Opcode::STORE_SUBSCR => {
                            let key = self.pop();
                            let container = self.pop();
                            let mut value = self.pop();
                            if let (Value::Obj(obj), Value::Int(i)) = (&container, &key) {
                                match ops::fast_store_index(obj, *i, value) {
                                    Ok(old) => {
                                        drop(old);
                                        continue 'instructions;
                                    }
                                    Err(given_back) => value = given_back,
                                }
                            }
                            if let Some(dict) = ops::exact_dict(&container) {
                                // The key and value move in (no count taken and dropped).
                                dict.set(self, key, value)?;
                                self.finalize_point();
                                continue 'instructions;
                            }
                            protocols::setitem(self, &container, key, value)?;
                            self.finalize_point();
                        }
                        Opcode::UNARY_NEGATIVE => {
                            let value = self.pop();
                            let result = match value {
                                Value::Int(i) if i != i64::MIN => Value::Int(-i),
                                Value::Float(f) => Value::Float(-f),
                                other => protocols::number::negative(self, &other)?,
                            };
                            self.push_reserved(result);
                        }
                        Opcode::UNARY_NOT => {
                            let value = self.pop();
                            let truth = protocols::truthy(self, &value)?;
                            self.push_reserved(Value::Bool(!truth));
                        }
                        Opcode::BINARY_OP => {
                            let right = self.pop();
                            let left = self.pop();
                            // The common int and float cases, without a call or an allocation.
                            let fast = match (&left, &right) {
                                (Value::Int(a), Value::Int(b)) => ops::int_binary_fast(*a, *b, arg),
                                (Value::Float(a), Value::Float(b)) => ops::float_binary_fast(*a, *b, arg),
                                (Value::Float(_), Value::Int(_)) | (Value::Int(_), Value::Float(_)) => {
                                    match (ops::exact_f64(&left), ops::exact_f64(&right)) {
                                        (Some(a), Some(b)) => ops::float_binary_fast(a, b, arg),
                                        _ => None,
                                    }
                                }
                                _ => None,
                            };
                            let result = match fast {
                                Some(result) => result,
                                None => self.binary_op_general(code, pc, base, left, right, instruction)?,
                            };
                            self.push_reserved(result);
                        }
                        Opcode::COMPARE_OP => {
                            let right = self.pop();
                            let left = self.pop();
                            let result = match (&left, &right, arg) {
                                (Value::Int(a), Value::Int(b), _) => Value::Bool(ops::compare_ord(a.cmp(b), arg)),
                                (Value::Float(a), Value::Float(b), _) => Value::Bool(ops::compare_floats(*a, *b, arg)),
                                _ => {
                                    let op = CompareOp::from_arg(arg as u32).ok_or_else(|| bad_arg(instruction))?;
                                    protocols::compare::rich_compare(self, &left, &right, op)?
                                }
                            };
                            self.push_reserved(result);
                        }
                        Opcode::IS_OP => {
                            let right = self.pop();
                            let left = self.pop();
                            self.push_reserved(Value::Bool(left.is(&right) != (arg == 1)));
                        }
                        Opcode::CONTAINS_OP => {
                            let container = self.pop();
                            let item = self.pop();
                            let found = protocols::contains(self, &container, &item)?;
                            self.push_reserved(Value::Bool(found != (arg == 1)));
                        }
                        Opcode::JUMP_FORWARD => pc = arg,
                        Opcode::JUMP_BACKWARD => {
                            self.interrupt_point()?;
                            instructions = self.instruction_stream(code);
                            pc = arg;
                        }
                        Opcode::POP_JUMP_IF_FALSE => {
                            let value = self.pop();
                            if !self.fast_truthy(&value)? {
                                pc = arg;
                            }
                        }
                        Opcode::POP_JUMP_IF_TRUE => {
                            let value = self.pop();
                            if self.fast_truthy(&value)? {
                                pc = arg;
                            }
                        }
                        Opcode::POP_JUMP_IF_NONE => {
                            if self.pop().is_none() {
                                pc = arg;
                            }
                        }
                        Opcode::POP_JUMP_IF_NOT_NONE => {
                            if !self.pop().is_none() {
                                pc = arg;
                            }
                        }
                        Opcode::JUMP_IF_FALSE_OR_POP => {
                            let value = self.top().clone();
                            if self.fast_truthy(&value)? {
                                self.stack.pop();
                            } else {
                                pc = arg;
                            }
                        }
                        Opcode::JUMP_IF_TRUE_OR_POP => {
                            let value = self.top().clone();
                            if self.fast_truthy(&value)? {
                                pc = arg;
                            } else {
                                self.stack.pop();
                            }
                        }
                        Opcode::GET_ITER => {
                            let value = self.pop();
                            // (Moved by words: just written by a call, see `move_by_words`.)
                            let iter = crate::value::move_by_words(protocols::iter::get_iter(self, &value))?;
                            self.push_reserved(iter);
                        }
                        Opcode::FOR_ITER => {
                            // SAFETY: the iterator's stack slot holds a count on it until this
                            // instruction pops it, and `iter` is not used after that; it is never
                            // dropped (an alias holds no count; immediates hold nothing).
                            let iter = std::mem::ManuallyDrop::new(match self.top() {
                                Value::Obj(obj) => {
                                    Value::Obj(std::mem::ManuallyDrop::into_inner(unsafe { obj.alias() }))
                                }
                                other => other.clone(),
                            });
                            if let Value::Obj(obj) = &*iter {
                                if let Some(item) = protocols::iter::next_fast(obj) {
                                    self.push_reserved(item);
                                    break 'dispatch;
                                }
                                // A plain generator runs in this loop: its frame goes on the frame stack.
                                if let Payload::Generator(g) = obj.payload() {
                                    if g.kind == crate::generator::GenKind::Generator {
                                        self.running_frame(fi).pc = pc;
                                        if crate::generator::enter_inline(self, obj)? {
                                            continue 'frames;
                                        }
                                        self.stack.pop();
                                        pc = arg;
                                        continue 'instructions;
                                    }
                                }
                            }
                            match protocols::iter::next(self, &iter)? {
                                Some(item) => self.push_reserved(item),
                                None => {
                                    self.stack.pop();
                                    pc = arg;
                                }
                            }
                        }
                        Opcode::YIELD_FROM => {
                            let value = self.pop();
                            let iter = self.top().clone();
                            match crate::generator::delegate_send(self, &iter, value)? {
                                crate::generator::Step::Yielded(item) => {
                                    // Resume here: the value sent in next is pushed for this instruction.
                                    pc -= 1;
                                    self.running_frame(fi).pc = pc;
                                    match self.suspend(item, false)? {
                                        Flow::Switch => continue 'frames,
                                        exit => return Ok(exit),
                                    }
                                }
                                crate::generator::Step::Returned(result) => {
                                    if self.hooks_active && matches!(iter.payload(), Some(Payload::Generator(_))) {
                                        self.hook_stop_iteration(result.clone(), false)?;
                                    }
                                    self.stack.pop();
                                    self.push_reserved(result);
                                }
                            }
                        }
                        Opcode::YIELD_VALUE => {
                            self.running_frame(fi).pc = pc;
                            let value = self.pop();
                            match self.suspend(value, true)? {
                                Flow::Switch => continue 'frames,
                                exit => return Ok(exit),
                            }
                        }
                        Opcode::CALL | Opcode::CALL_KW => {
                            self.finalize_point();
                            let kwnames = if instruction.opcode() == Opcode::CALL_KW { Some(self.pop()) } else { None };
                            self.running_frame(fi).pc = pc;
                            if self.call_instruction(arg, kwnames)?.is_some() {
                                continue 'frames;
                            }
                            // A native call may have waited (a lock, a sleep): signals that
                            // arrived meanwhile are handled now, as CPython's CALL does.
                            self.interrupt_point()?;
                            instructions = self.instruction_stream(code);
                        }
                        Opcode::RETURN_VALUE => {
                            let value = self.pop();
                            match self.return_from_frame(value)? {
                                Flow::Switch => continue 'frames,
                                exit => return Ok(exit),
                            }
                        }
                        Opcode::RETURN_CONST => match self.return_from_frame(constant(code, arg).clone())? {
                            Flow::Switch => continue 'frames,
                            exit => return Ok(exit),
                        },
                        Opcode::BUILD_TUPLE => {
                            let items = TupleItems::from_tail(&mut self.stack, arg);
                            self.push_reserved(new_tuple(items));
                        }
                        Opcode::BUILD_LIST => {
                            let items = self.stack.split_off(self.stack.len() - arg);
                            self.push_reserved(list(items));
                        }
                        Opcode::BUILD_STRING => {
                            let parts = self.stack.split_off(self.stack.len() - arg);
                            self.push_reserved(ops::concat_strs(&parts));
                        }
                        Opcode::LIST_APPEND => {
                            let value = self.pop();
                            let target = self.peek(arg);
                            if let Some(items) = crate::objects::as_list(target) {
                                items.lock().push(value);
                            }
                        }
                        Opcode::UNPACK_SEQUENCE => {
                            let seq = self.pop();
                            ops::unpack_sequence(self, seq, arg)?;
                        }
                        Opcode::FORMAT_VALUE => {
                            let spec = if arg & 4 != 0 { Some(self.pop()) } else { None };
                            let value = self.pop();
                            let result = ops::format_value(self, value, arg & 3, spec)?;
                            self.push_reserved(result);
                        }
                        // Out of line: see `run_rare_instruction`. Listed rather than `_`, so that
                        // the match covers every opcode and dispatch needs no range check.
                        Opcode::DELETE_FAST
                        | Opcode::LOAD_FROM_DICT_OR_DEREF
                        | Opcode::LOAD_FROM_DICT_OR_GLOBALS
                        | Opcode::LOAD_NAME
                        | Opcode::STORE_NAME
                        | Opcode::DELETE_NAME
                        | Opcode::STORE_GLOBAL
                        | Opcode::DELETE_GLOBAL
                        | Opcode::LOAD_LOCALS
                        | Opcode::DELETE_ATTR
                        | Opcode::DELETE_SUBSCR
                        | Opcode::BINARY_SLICE
                        | Opcode::STORE_SLICE
                        | Opcode::BUILD_SLICE
                        | Opcode::UNARY_POSITIVE
                        | Opcode::UNARY_INVERT
                        | Opcode::GET_YIELD_FROM_ITER
                        | Opcode::GET_AWAITABLE
                        | Opcode::GET_AITER
                        | Opcode::GET_ANEXT
                        | Opcode::END_ASYNC_FOR
                        | Opcode::PUSH_EXC_INFO
                        | Opcode::POP_EXCEPT
                        | Opcode::RERAISE
                        | Opcode::CHECK_EXC_MATCH
                        | Opcode::CHECK_EG_MATCH
                        | Opcode::RAISE_VARARGS
                        | Opcode::LOAD_ASSERTION_ERROR
                        | Opcode::BEFORE_WITH
                        | Opcode::BEFORE_ASYNC_WITH
                        | Opcode::WITH_EXCEPT_START
                        | Opcode::CALL_FUNCTION_EX
                        | Opcode::CALL_INTRINSIC_1
                        | Opcode::CALL_INTRINSIC_2
                        | Opcode::MAKE_FUNCTION
                        | Opcode::LOAD_BUILD_CLASS
                        | Opcode::SETUP_ANNOTATIONS
                        | Opcode::BUILD_SET
                        | Opcode::BUILD_MAP
                        | Opcode::BUILD_CONST_KEY_MAP
                        | Opcode::SET_ADD
                        | Opcode::MAP_ADD
                        | Opcode::LIST_EXTEND
                        | Opcode::SET_UPDATE
                        | Opcode::DICT_UPDATE
                        | Opcode::DICT_MERGE
                        | Opcode::UNPACK_EX
                        | Opcode::GET_LEN
                        | Opcode::MATCH_MAPPING
                        | Opcode::MATCH_SEQUENCE
                        | Opcode::MATCH_KEYS
                        | Opcode::MATCH_CLASS
                        | Opcode::IMPORT_NAME
                        | Opcode::IMPORT_FROM
                        | Opcode::STORE_CLOSURE => self.run_rare_instruction(fi, code, instruction, base)?,
                    }
                    break 'dispatch;
                }
            }
        }
    }

    /// The instructions the top frame runs: its code's, or the TRACE stream when a trace
    /// function is set.
    #[inline(always)]
    fn instruction_stream<'c>(&self, code: &'c Code) -> &'c [Instruction] {
        if self.tracing {
            code.traced_instructions()
        } else {
            &code.instructions
        }
    }

    /// The instructions that are rare in hot loops (module and class bodies, `with`, `match`,
    /// exception handling, building sets and dicts, imports), out of line: the main loop stays
    /// small enough for its hot paths to keep their values in registers.
    #[inline(never)]
    fn run_rare_instruction(&mut self, fi: usize, code: &Code, instruction: Instruction, base: usize) -> PyResult<()> {
        let arg = instruction.arg() as usize;
        let deref_base = base + code.varnames.len();
        match instruction.opcode() {
            Opcode::DELETE_FAST => {
                if std::mem::take(&mut self.stack[base + arg]).is_null() {
                    return Err(unbound_local(code, arg));
                }
                self.finalize_point();
            }
            Opcode::STORE_CLOSURE => {
                let cell = self.pop();
                let old = std::mem::replace(&mut self.stack[deref_base + arg], cell);
                drop(old);
            }
            Opcode::LOAD_FROM_DICT_OR_DEREF => {
                let mapping = self.pop();
                let name = ops::deref_name(code, arg);
                let value = match protocols::mapping_get(self, &mapping, &Value::Obj(name))? {
                    Some(value) => value,
                    None => {
                        let value = ops::cell_get(&self.stack[deref_base + arg]);
                        if value.is_null() {
                            return Err(ops::unbound_deref(code, arg));
                        }
                        value
                    }
                };
                self.stack.push(value);
            }
            Opcode::LOAD_FROM_DICT_OR_GLOBALS => {
                let mapping = self.pop();
                let name = &code.names[arg];
                let value = match protocols::mapping_get(self, &mapping, &Value::Obj(name.clone()))? {
                    Some(value) => value,
                    None => self.load_global(fi, name)?,
                };
                self.stack.push(value);
            }
            Opcode::LOAD_NAME => {
                let value = self.load_name(fi, &code.names[arg])?;
                self.stack.push(value);
            }
            Opcode::STORE_NAME => {
                let value = self.pop();
                let locals = self.frames[fi].locals.clone();
                let name = &code.names[arg];
                match (locals.as_obj().map(|o| (&o.class, o.payload())), name.payload()) {
                    // A plain dict (module and class bodies): the name's hash is its own.
                    (Some((class, Payload::Dict(dict))), Payload::Str(text))
                        if ObjRef::ptr_eq(class, &crate::objects::typeobj::types().dict) =>
                    {
                        dict.set_hashed(self, Value::Obj(name.clone()), text.hash(), value)?
                    }
                    // A function made from module code (`FunctionType(code, globals)`) runs with
                    // its globals as locals, as in CPython.
                    _ if locals.is_null() => ops::namespace(&self.frames[fi].globals).set_str(name, value),
                    _ => protocols::mapping_set(self, &locals, Value::Obj(name.clone()), value)?,
                }
                self.finalize_point();
            }
            Opcode::DELETE_NAME => {
                let frame = &self.frames[fi];
                let locals =
                    if frame.locals.is_null() { Value::Obj(frame.globals.clone()) } else { frame.locals.clone() };
                let name = &code.names[arg];
                if !protocols::mapping_del(self, &locals, &Value::Obj(name.clone()))? {
                    return Err(name_error_for(name));
                }
                self.finalize_point();
            }
            Opcode::STORE_GLOBAL => {
                let value = self.pop();
                ops::namespace(&self.frames[fi].globals).set_str(&code.names[arg], value);
                self.finalize_point();
            }
            Opcode::DELETE_GLOBAL => {
                if ops::namespace(&self.frames[fi].globals).remove_str(&code.names[arg]).is_none() {
                    return Err(name_error_for(&code.names[arg]));
                }
                self.finalize_point();
            }
            Opcode::LOAD_LOCALS => {
                let locals = self.frames[fi].locals.clone();
                if locals.is_null() {
                    return Err(crate::objects::exception::system_error("no locals found"));
                }
                self.stack.push(locals);
            }
            Opcode::DELETE_ATTR => {
                let owner = self.pop();
                protocols::delattr(self, &owner, &code.names[arg])?;
                self.finalize_point();
            }
            Opcode::DELETE_SUBSCR => {
                let key = self.pop();
                let container = self.pop();
                protocols::delitem(self, &container, &key)?;
                self.finalize_point();
            }
            Opcode::BINARY_SLICE => {
                let stop = self.pop();
                let start = self.pop();
                let container = self.pop();
                let slice = ops::new_slice(start, stop, Value::None);
                let value = protocols::getitem(self, &container, &slice)?;
                self.stack.push(value);
            }
            Opcode::STORE_SLICE => {
                let stop = self.pop();
                let start = self.pop();
                let container = self.pop();
                let value = self.pop();
                let slice = ops::new_slice(start, stop, Value::None);
                protocols::setitem(self, &container, slice, value)?;
            }
            Opcode::BUILD_SLICE => {
                let step = if arg == 3 { self.pop() } else { Value::None };
                let stop = self.pop();
                let start = self.pop();
                self.stack.push(ops::new_slice(start, stop, step));
            }
            Opcode::UNARY_POSITIVE => {
                let value = self.pop();
                let result = protocols::number::positive(self, &value)?;
                self.stack.push(result);
            }
            Opcode::UNARY_INVERT => {
                let value = self.pop();
                let result = protocols::number::invert(self, &value)?;
                self.stack.push(result);
            }
            Opcode::GET_YIELD_FROM_ITER => {
                let value = self.pop();
                let iter = crate::generator::yield_from_iter(self, value, code.flags)?;
                self.stack.push(iter);
            }
            Opcode::GET_AWAITABLE => {
                let value = self.pop();
                let awaitable = crate::generator::get_awaitable(self, value, arg)?;
                self.stack.push(awaitable);
            }
            Opcode::GET_AITER => {
                let value = self.pop();
                let iter = crate::generator::get_aiter(self, value)?;
                self.stack.push(iter);
            }
            Opcode::GET_ANEXT => {
                let aiter = self.top().clone();
                let awaitable = crate::generator::get_anext(self, aiter)?;
                self.stack.push(awaitable);
            }
            Opcode::END_ASYNC_FOR => {
                let exc = self.pop();
                self.stack.pop();
                let err = ops::as_error(exc)?;
                if !err.matches(&exceptions().stop_async_iteration) {
                    crate::traceback::mark_reraise(self);
                    return Err(err);
                }
            }
            Opcode::PUSH_EXC_INFO => {
                let exc = self.pop();
                let previous = std::mem::replace(&mut self.handled, exc.as_obj().cloned());
                self.stack.push(previous.into());
                self.stack.push(exc);
            }
            Opcode::POP_EXCEPT => {
                self.handled = self.pop().into_obj();
            }
            Opcode::RERAISE => {
                // With arg 1 or 2, CPython restores the frame's lasti from the deepest of the
                // `arg` values under the exception, for line numbers and for the lasti a
                // handler gets: the handler search still starts from this instruction, and
                // the traceback already has the original entry.
                let exc = self.pop();
                let err = ops::as_error(exc)?;
                if arg >= 1 {
                    let at = self.stack.len().checked_sub(arg);
                    if let Some(Value::Int(lasti)) = at.and_then(|at| self.stack.get(at)) {
                        self.reraised_from = usize::try_from(*lasti).ok();
                    }
                }
                crate::traceback::mark_reraise(self);
                return Err(err);
            }
            Opcode::CHECK_EXC_MATCH => {
                let class = self.pop();
                let exc = self.top().clone();
                let matched = ops::exception_matches(self, &exc, &class)?;
                self.stack.push(Value::Bool(matched));
            }
            Opcode::CHECK_EG_MATCH => {
                let class = self.pop();
                let eg = self.pop();
                let (rest, matched) = ops::exception_group_match(self, &eg, &class)?;
                self.stack.push(rest);
                self.stack.push(matched);
            }
            Opcode::RAISE_VARARGS => {
                let err = match arg {
                    0 => ops::reraise_handled(self)?,
                    1 => {
                        let exc = self.pop();
                        let err = ops::make_raise(self, exc, None)?;
                        ops::chain_context(self, &err);
                        err
                    }
                    _ => {
                        let cause = self.pop();
                        let exc = self.pop();
                        let err = ops::make_raise(self, exc, Some(cause))?;
                        ops::chain_context(self, &err);
                        err
                    }
                };
                return Err(err);
            }
            Opcode::LOAD_ASSERTION_ERROR => {
                self.stack.push(Value::Obj(exceptions().assertion_error.clone()));
            }
            Opcode::BEFORE_WITH => {
                let manager = self.pop();
                let (exit, entered) = ops::before_with(self, manager)?;
                self.stack.push(exit);
                self.stack.push(entered);
            }
            Opcode::BEFORE_ASYNC_WITH => {
                let manager = self.pop();
                let (exit, awaitable) = ops::before_async_with(self, manager)?;
                self.stack.push(exit);
                self.stack.push(awaitable);
            }
            Opcode::WITH_EXCEPT_START => {
                let len = self.stack.len();
                let exit = self.stack[len - 4].clone();
                let exc = self.stack[len - 1].clone();
                let result = ops::call_exit(self, &exit, &exc)?;
                self.stack.push(result);
            }
            Opcode::CALL_FUNCTION_EX => {
                self.finalize_point();
                let kwargs = if arg & 1 != 0 { Some(self.pop()) } else { None };
                let args = self.pop();
                let this = self.pop();
                let callable = self.pop();
                let result = if self.profiling() {
                    self.call_ex_profiled(callable, this, args, kwargs)?
                } else {
                    call::call_ex(self, callable, this, args, kwargs)?
                };
                self.stack.push(result);
            }
            Opcode::CALL_INTRINSIC_1 => {
                let value = self.pop();
                let which = Intrinsic1::from_arg(arg as u32).ok_or_else(|| bad_arg(instruction))?;
                let result = ops::intrinsic1(self, which, value)?;
                self.stack.push(result);
            }
            Opcode::CALL_INTRINSIC_2 => {
                let second = self.pop();
                let first = self.pop();
                let which = Intrinsic2::from_arg(arg as u32).ok_or_else(|| bad_arg(instruction))?;
                let result = ops::intrinsic2(self, which, first, second)?;
                self.stack.push(result);
            }
            Opcode::MAKE_FUNCTION => {
                let code_value = self.pop();
                let closure = if arg & 8 != 0 { Some(self.pop()) } else { None };
                let annotations = if arg & 4 != 0 { Some(self.pop()) } else { None };
                let kwdefaults = if arg & 2 != 0 { Some(self.pop()) } else { None };
                let defaults = if arg & 1 != 0 { Some(self.pop()) } else { None };
                let globals = self.frames[fi].globals.clone();
                let builtins = self.frames[fi].builtins.clone();
                let function = ops::make_function(
                    self,
                    code_value,
                    globals,
                    builtins,
                    ops::FunctionParts { defaults, kwdefaults, annotations, closure },
                )?;
                self.stack.push(function);
            }
            Opcode::LOAD_BUILD_CLASS => {
                let builtins = self.frames[fi].builtins.clone();
                let value = ops::builtins_get(self, &builtins, &intern_static("__build_class__"))?
                    .ok_or_else(|| name_error("__build_class__ not found"))?;
                self.stack.push(value);
            }
            Opcode::SETUP_ANNOTATIONS => {
                let locals = self.frames[fi].locals.clone();
                ops::setup_annotations(self, &locals)?;
            }
            Opcode::BUILD_SET => {
                let items = self.stack.split_off(self.stack.len() - arg);
                let set = ops::build_set(self, items)?;
                self.stack.push(set);
            }
            Opcode::BUILD_MAP => {
                let items = self.stack.split_off(self.stack.len() - 2 * arg);
                let dict = ops::build_map(self, items)?;
                self.stack.push(dict);
            }
            Opcode::BUILD_CONST_KEY_MAP => {
                let keys = self.pop();
                let values = self.stack.split_off(self.stack.len() - arg);
                let keys = as_tuple(&keys).map(<[Value]>::to_vec).unwrap_or_default();
                let items = keys.into_iter().zip(values).flat_map(|(k, v)| [k, v]).collect();
                let dict = ops::build_map(self, items)?;
                self.stack.push(dict);
            }
            Opcode::SET_ADD => {
                let value = self.pop();
                let target = self.stack[self.stack.len() - arg].clone();
                ops::set_add(self, &target, value)?;
            }
            Opcode::MAP_ADD => {
                let value = self.pop();
                let key = self.pop();
                let target = self.stack[self.stack.len() - arg].clone();
                if let Some(dict) = as_dict(&target) {
                    dict.set(self, key, value)?;
                }
            }
            Opcode::LIST_EXTEND => {
                let iterable = self.pop();
                let target = self.stack[self.stack.len() - arg].clone();
                ops::list_extend(self, &target, &iterable)?;
            }
            Opcode::SET_UPDATE => {
                let iterable = self.pop();
                let target = self.stack[self.stack.len() - arg].clone();
                ops::set_update(self, &target, &iterable)?;
            }
            Opcode::DICT_UPDATE => {
                let mapping = self.pop();
                let target = self.stack[self.stack.len() - arg].clone();
                ops::dict_update(self, &target, &mapping, false, None)?;
            }
            Opcode::DICT_MERGE => {
                let mapping = self.pop();
                let target = self.stack[self.stack.len() - arg].clone();
                let callable = self.stack.get(self.stack.len().wrapping_sub(arg + 3)).cloned();
                ops::dict_update(self, &target, &mapping, true, callable)?;
            }
            Opcode::UNPACK_EX => {
                let seq = self.pop();
                ops::unpack_ex(self, seq, arg & 0xFF, arg >> 8)?;
            }
            Opcode::GET_LEN => {
                let value = self.top().clone();
                let len = protocols::len(self, &value)?;
                self.stack.push(Value::Int(len as i64));
            }
            Opcode::MATCH_MAPPING => {
                let value = self.top().clone();
                self.stack.push(Value::Bool(crate::patterns::is_mapping(&value)));
            }
            Opcode::MATCH_SEQUENCE => {
                let value = self.top().clone();
                self.stack.push(Value::Bool(crate::patterns::is_sequence(&value)));
            }
            Opcode::MATCH_KEYS => {
                let len = self.stack.len();
                let subject = self.stack[len - 2].clone();
                let keys = self.stack[len - 1].clone();
                let values = crate::patterns::match_keys(self, &subject, &keys)?;
                self.stack.push(values);
            }
            Opcode::MATCH_CLASS => {
                let kwnames = self.pop();
                let class = self.pop();
                let subject = self.pop();
                let attrs = crate::patterns::match_class(self, &subject, &class, arg, &kwnames)?;
                self.stack.push(attrs);
            }
            Opcode::IMPORT_NAME => {
                let fromlist = self.pop();
                let level = self.pop();
                let module = crate::import::import_name(self, &code.names[arg], fromlist, level)?;
                self.stack.push(module);
            }
            Opcode::IMPORT_FROM => {
                let module = self.top().clone();
                let value = crate::import::import_from(self, &module, &code.names[arg])?;
                self.stack.push(value);
            }
            other => unreachable!("{other:?} runs in the main loop"),
        }
        Ok(())
    }

    /// The frame at `fi`, running in this loop: frames are pushed above it and popped back to
    /// it while it runs, never below it, so `fi` stays a valid index.
    #[inline(always)]
    fn running_frame(&mut self, fi: usize) -> &mut Frame {
        debug_assert!(fi < self.frames.len());
        // SAFETY: as above.
        unsafe { self.frames.get_unchecked_mut(fi) }
    }

    /// The frame at `fi` (see `running_frame`), to read.
    #[inline(always)]
    fn frame_at(&self, fi: usize) -> &Frame {
        debug_assert!(fi < self.frames.len());
        // SAFETY: as in `running_frame`.
        unsafe { self.frames.get_unchecked(fi) }
    }

    /// The value `n` places from the top of the running frame's operand stack (1 is the top):
    /// verified code (`verify_instructions`) reads only values it pushed.
    #[inline(always)]
    fn peek(&self, n: usize) -> &Value {
        self.stack_at(self.stack.len() - n)
    }

    /// The stack slot at `index`, which the running instruction knows to be in its frame's
    /// stack (verified code: see `peek`).
    #[inline(always)]
    fn stack_at(&self, index: usize) -> &Value {
        debug_assert!(index < self.stack.len());
        // SAFETY: as above.
        unsafe { self.stack.get_unchecked(index) }
    }

    /// Fast local `index` of the running frame whose locals start at `base` (or its cell
    /// `index`, from where its cells start): verified code (`verify_instructions`) names only
    /// its own locals and cells, which sit below its operand stack.
    #[inline(always)]
    fn local(&self, base: usize, index: usize) -> &Value {
        debug_assert!(base + index < self.stack.len());
        // SAFETY: as above.
        unsafe { self.stack.get_unchecked(base + index) }
    }

    #[inline(always)]
    fn local_mut(&mut self, base: usize, index: usize) -> &mut Value {
        debug_assert!(base + index < self.stack.len());
        // SAFETY: as in `local`.
        unsafe { self.stack.get_unchecked_mut(base + index) }
    }

    /// Pushes onto the running frame's operand stack, within the room reserved when the frame
    /// started running (its code's `max_stack`, which the compiler computed).
    #[inline(always)]
    fn push_reserved(&mut self, value: Value) {
        let len = self.stack.len();
        #[cfg(debug_assertions)]
        if let Some(frame) = self.frames.last() {
            // The pushes of the loop are the top frame's.
            let limit = frame.base + frame.code.frame_slots() + frame.code.max_stack;
            let name = as_pystr(&Value::Obj(frame.code.qualname.clone())).map(|s| s.as_str().into_owned());
            assert!(len < limit, "the operand stack of {name:?} outgrew co_stacksize");
        }
        debug_assert!(len < self.stack.capacity());
        // SAFETY: `run_top_frame` reserved room for the frame's deepest stack, and the vector
        // never shrinks, so slot `len` is allocated; it is written before the length covers it.
        unsafe {
            self.stack.as_mut_ptr().add(len).write(value);
            self.stack.set_len(len + 1);
        }
    }

    /// Pops the running frame's operand stack, which the instruction's operands are on. Only
    /// for the loop's instructions (private to it): their pops are the verified ones.
    #[inline(always)]
    fn pop(&mut self) -> Value {
        debug_assert!(!self.stack.is_empty());
        let len = self.stack.len() - 1;
        // SAFETY: the compiler balances the stack (an instruction pops only what the ones
        // before it pushed), so slot `len` is initialized; shortening the vector first hands its
        // ownership to us.
        unsafe {
            self.stack.set_len(len);
            crate::value::take_words(self.stack.as_ptr().add(len))
        }
    }

    #[inline(always)]
    fn top(&self) -> &Value {
        debug_assert!(!self.stack.is_empty());
        // SAFETY: as in `pop`.
        unsafe { self.stack.get_unchecked(self.stack.len() - 1) }
    }

    /// LOAD_ATTR at instruction `index`: the object at the top of the stack is replaced by the
    /// attribute (and for a method call, the `self` or NULL after it); or by a property getter
    /// to run as a frame and the object, and then true is returned (a small result, returned in
    /// registers: a larger one went through memory, and reading it back stalled). Out of line, with its common cases
    /// (`load_attr_inline`) first: inlined into the eval loop, they made its other paths slower
    /// (+1% to +6% instructions on nbody, generators, closures, fib).
    #[inline(never)]
    fn load_attr(&mut self, code: &Code, index: usize, arg: usize) -> PyResult<bool> {
        let name = name(code, arg >> 1);
        let method = arg & 1 != 0;
        if let Value::Obj(top) = self.top() {
            // SAFETY: the stack slot keeps its count on the object until it is replaced below,
            // after the last use of the alias (which is never dropped).
            let obj = unsafe { top.alias() };
            let hit = match code.sites.load(index, &obj, name, method) {
                Some(hit) => Some(hit),
                None => {
                    let hit = self.load_attr_inline(code, index, &obj, name, method);
                    if hit.is_some() {
                        code.sites.missed(index);
                    }
                    hit
                }
            };
            match hit {
                Some(Hit::Value(value)) => {
                    let owner = self.replace_top(value);
                    if method {
                        self.push_reserved(Value::Null);
                    }
                    drop(owner);
                    return Ok(false);
                }
                Some(Hit::Method(func)) => {
                    let owner = self.replace_top(func);
                    self.push_reserved(owner);
                    return Ok(false);
                }
                None => {}
            }
        }
        self.load_attr_general(code, index, name, method)
    }

    /// `load_attr` past its common cases (a separate function, so that those keep few
    /// registers to save and restore).
    #[inline(never)]
    fn load_attr_general(&mut self, code: &Code, index: usize, name: &ObjRef, method: bool) -> PyResult<bool> {
        let owner = self.pop();
        match self.load_attr_cached(code, index, owner, name, method)? {
            Loaded::Value(value, this) => {
                self.push_reserved(value);
                if method {
                    self.push_reserved(this);
                }
                Ok(false)
            }
            Loaded::Getter(fget, owner) => {
                // One slot more than LOAD_ATTR leaves, for a moment (a checked push).
                self.stack.push(fget);
                self.stack.push(owner);
                Ok(true)
            }
        }
    }

    /// BINARY_OP past the machine-number cases (`pc` is the next instruction's). `s = s + t`
    /// and `s += t` on strs whose result the next instruction stores back into the local that
    /// holds `s`: the local lets go of `s` first, so that `s` is grown in place when nothing
    /// else refers to it, as CPython does (building a str in a loop takes linear time, not
    /// quadratic).
    #[inline(never)]
    fn binary_op_general(
        &mut self,
        code: &Code,
        pc: usize,
        base: usize,
        left: Value,
        right: Value,
        instruction: Instruction,
    ) -> PyResult<Value> {
        let op = BinaryOp::from_arg(instruction.arg()).ok_or_else(|| bad_arg(instruction))?;
        if let (BinaryOp::Add | BinaryOp::InplaceAdd, Some(left_str), Some(right_str)) =
            (op, crate::objects::str::exact_str(&left), crate::objects::str::exact_str(&right))
        {
            // (An empty operand gives the other one itself: `binary_op` does that.)
            let store = fetch(&code.instructions, pc);
            let stores_back = matches!(store.opcode(), Opcode::STORE_FAST | Opcode::STORE_FAST_LOAD_FAST)
                && self.local(base, store.arg() as usize).is(&left);
            // (Not under a trace function: it could look at the local between the two
            // instructions, while it is unbound.)
            if stores_back && !self.tracing && !left_str.wtf8().is_empty() && !right_str.wtf8().is_empty() {
                let local = std::mem::take(self.local_mut(base, store.arg() as usize));
                drop(local);
                let Value::Obj(obj) = left else { unreachable!("matched above") };
                return crate::objects::str::append(obj, right_str);
            }
        }
        protocols::number::binary_op(self, left, right, op)
    }

    /// STORE_ATTR at instruction `index`, out of line as `load_attr` is: true when a property
    /// setter is to run as a frame (left on the stack with its object and value).
    #[inline(never)]
    fn store_attr(&mut self, code: &Code, index: usize, arg: usize) -> PyResult<bool> {
        let name = name(code, arg);
        let owner = self.pop();
        let mut value = self.pop();
        if let Value::Obj(obj) = &owner {
            match self.store_attr_inline(code, index, obj, name, value) {
                Ok(replaced) => {
                    drop(replaced);
                    drop(owner);
                    self.finalize_point();
                    return Ok(false);
                }
                Err(back) => value = back,
            }
        }
        match self.store_attr_cached(code, index, &owner, name, value)? {
            Stored::Done => {
                drop(owner);
                self.finalize_point();
                Ok(false)
            }
            Stored::Setter(fset, owner, value) => {
                // One slot more than STORE_ATTR found, for a moment (checked pushes).
                self.stack.push(fset);
                self.stack.push(owner);
                self.stack.push(value);
                Ok(true)
            }
        }
    }

    /// Puts `value` at the top of the stack and returns what was there, read as two words (see
    /// `take_words`: the instruction before usually pushed it).
    #[inline(always)]
    fn replace_top(&mut self, value: Value) -> Value {
        debug_assert!(!self.stack.is_empty());
        // SAFETY: as in `pop`; the old value is moved out before the slot is overwritten.
        unsafe {
            let slot = self.stack.as_mut_ptr().add(self.stack.len() - 1);
            let old = crate::value::take_words(slot);
            slot.write(value);
            old
        }
    }

    #[inline]
    fn fast_truthy(&mut self, value: &Value) -> PyResult<bool> {
        match value {
            Value::Bool(b) => Ok(*b),
            Value::None => Ok(false),
            Value::Int(i) => Ok(*i != 0),
            // A str of the builtin type (a heap subclass may define `__bool__` or `__len__`).
            Value::Obj(obj) => match obj.payload() {
                Payload::Str(s) if !crate::objects::typeobj::type_data(&obj.class).heap => Ok(!s.wtf8().is_empty()),
                _ => protocols::truthy(self, value),
            },
            _ => protocols::truthy(self, value),
        }
    }

    /// LOAD_GLOBAL: globals, then builtins.
    fn load_global(&mut self, fi: usize, name: &ObjRef) -> PyResult<Value> {
        let frame = self.frame_at(fi);
        let dict = &types().dict;
        if !ObjRef::ptr_eq(&frame.globals.class, dict) || !ObjRef::ptr_eq(&frame.builtins.class, dict) {
            // A dict subclass as globals or builtins (`exec(code, custom)`) is asked through
            // its `__getitem__`, as CPython's slow path does.
            let (globals, builtins) = (frame.globals.clone(), frame.builtins.clone());
            if let Some(value) = protocols::mapping_get(self, &Value::Obj(globals), &Value::Obj(name.clone()))? {
                return Ok(value);
            }
            return ops::builtins_get(self, &builtins, name)?.ok_or_else(|| name_error_for(name));
        }
        if let Some(value) = ops::namespace(&frame.globals).get_str(name) {
            return Ok(value);
        }
        if let Some(value) = ops::namespace(&frame.builtins).get_str(name) {
            return Ok(value);
        }
        // A key of a str subclass with its own `__eq__` is found only by Python comparison.
        let (globals, builtins) = (frame.globals.clone(), frame.builtins.clone());
        let key = Value::Obj(name.clone());
        for namespace in [globals, builtins] {
            if let Some(value) = ops::namespace(&namespace).get(self, &key)? {
                return Ok(value);
            }
        }
        Err(name_error_for(name))
    }

    /// LOAD_GLOBAL through the thread's cache: a hit costs two version compares.
    #[inline]
    fn load_global_cached(&mut self, fi: usize, code: &Code, index: usize, name: &ObjRef) -> PyResult<Value> {
        let site = (code.id, index);
        let slot = crate::attr_cache::cache_slot(site.0, index, 0, GLOBAL_CACHE_SIZE);
        let frame = self.frame_at(fi);
        let Payload::Dict(builtins) = frame.builtins.payload() else {
            // Builtins that are not a dict are subscripted each time.
            return self.load_global(fi, name);
        };
        let globals = ops::namespace(&frame.globals);
        let entry = &self.global_cache[slot];
        if entry.site == site {
            if let Some((g, b)) = &entry.dicts {
                if ObjRef::ptr_eq(g, &frame.globals)
                    && ObjRef::ptr_eq(b, &frame.builtins)
                    && entry.globals_version == globals.version()
                    && entry.builtins_version == builtins.version()
                {
                    return Ok(entry.value.clone());
                }
            }
        }
        let (globals_version, builtins_version) = (globals.version(), builtins.version());
        let dicts = (frame.globals.clone(), frame.builtins.clone());
        let value = self.load_global(fi, name)?;
        let dict = &types().dict;
        if !ObjRef::ptr_eq(&dicts.0.class, dict) || !ObjRef::ptr_eq(&dicts.1.class, dict) {
            // Their `__getitem__` may answer differently each time.
            return Ok(value);
        }
        let old = std::mem::replace(
            &mut self.global_cache[slot],
            GlobalCacheEntry { site, globals_version, builtins_version, dicts: Some(dicts), value: value.clone() },
        );
        drop(old);
        Ok(value)
    }

    /// LOAD_NAME: the locals mapping, then globals, then builtins.
    fn load_name(&mut self, fi: usize, name: &ObjRef) -> PyResult<Value> {
        let frame = &self.frames[fi];
        let dict = &types().dict;
        if frame.locals.as_obj().is_some_and(|locals| ObjRef::ptr_eq(locals, &frame.globals))
            && ObjRef::ptr_eq(&frame.globals.class, dict)
            && ObjRef::ptr_eq(&frame.builtins.class, dict)
        {
            // Module code: its locals are its globals.
            return self.load_global(fi, name);
        }
        let (locals, globals, builtins) = (frame.locals.clone(), frame.globals.clone(), frame.builtins.clone());
        let key = Value::Obj(name.clone());
        // No locals mapping: a function made from module code, which reads its globals.
        if !locals.is_null() {
            if let Some(value) = protocols::mapping_get(self, &locals, &key)? {
                return Ok(value);
            }
        }
        // The globals are read as a dict (whatever their class), the builtins as a mapping.
        if let Some(value) = ops::namespace(&globals).get_str(name) {
            return Ok(value);
        }
        if ObjRef::ptr_eq(&builtins.class, dict) {
            if let Some(value) = ops::namespace(&builtins).get_str(name) {
                return Ok(value);
            }
        }
        if let Some(value) = ops::namespace(&globals).get(self, &key)? {
            return Ok(value);
        }
        ops::builtins_get(self, &builtins, name)?.ok_or_else(|| name_error_for(name))
    }

    /// Saves the top (generator) frame into its generator and leaves the loop with a yield.
    fn suspend(&mut self, value: Value, from_yield: bool) -> PyResult<Flow> {
        if self.hooks_active {
            self.hook_yield(&value)?;
        }
        if !self.frames.last().expect("a yielding frame").is_entry {
            // A generator a `for` loop runs inline: the item goes to the loop's FOR_ITER.
            crate::generator::leave_inline_yield(self);
            self.push_reserved(value);
            return Ok(Flow::Switch);
        }
        crate::generator::save_top_frame(self);
        Ok(Flow::Exit(Exit::Yield(value, from_yield)))
    }

    /// Pops the top frame, leaving `value` where the caller expects the call's result. The
    /// common case, a plain call returning to a Python caller, is inlined into the loop.
    #[inline(always)]
    fn return_from_frame(&mut self, value: Value) -> PyResult<Flow> {
        debug_assert!(!self.frames.is_empty());
        // SAFETY: the loop runs the top frame, so there is one.
        let frame = unsafe { self.frames.get_unchecked(self.frames.len() - 1) };
        if !self.hooks_active && frame.on_return == OnReturn::Push && frame.holds_nothing() {
            let (base, call_at) = (frame.base, frame.base - frame.call_slots);
            // SAFETY: `holds_nothing` checked that no field of the frame needs dropping.
            unsafe { self.frames.set_len(self.frames.len() - 1) };
            // The callee's locals go first, then the callable and NULL below them.
            self.stack.truncate(base);
            self.stack.truncate(call_at);
            // The result takes the callable's slot, in room the caller's frame reserved.
            self.push_reserved(value);
            return Ok(Flow::Switch);
        }
        self.return_from_frame_general(value)
    }

    #[inline(never)]
    fn return_from_frame_general(&mut self, value: Value) -> PyResult<Flow> {
        if self.hooks_active {
            self.hook_return(&value)?;
        }
        let frame = self.frames.last().expect("a returning frame");
        if frame.holds_nothing() {
            // The common case, a plain call: the frame owns no references, so it is forgotten
            // in place rather than moved out and dropped.
            let (base, call_slots, on_return) = (frame.base, frame.call_slots, frame.on_return);
            // SAFETY: `holds_nothing` checked that no field of the frame needs dropping.
            unsafe { self.frames.set_len(self.frames.len() - 1) };
            self.stack.truncate(base);
            return self.deliver_return(base - call_slots, on_return, value);
        }
        let mut frame = self.frames.pop().expect("a returning frame");
        self.retire_frame(&frame);
        self.stack.truncate(frame.base);
        if frame.is_entry {
            self.stack.truncate(frame.base - frame.call_slots);
            if let Some(gen) = &frame.generator {
                crate::generator::finish(gen);
            }
            return Ok(Flow::Exit(Exit::Return(value)));
        }
        if frame.generator.is_some() {
            // An inline generator finished: its FOR_ITER ends the loop (pops the iterator and
            // jumps to the loop's exit).
            crate::generator::leave_inline_end(self, &mut frame);
            self.stack.pop();
            let caller = self.frames.last_mut().expect("an inline generator has a caller");
            let for_iter = caller.code.instructions[caller.pc - 1];
            caller.pc = for_iter.arg() as usize;
            if self.hooks_active {
                // CPython's FOR_ITER sees the StopIteration the generator raised.
                self.hook_stop_iteration(value, true)?;
            }
            return Ok(Flow::Switch);
        }
        self.deliver_return(frame.base - frame.call_slots, frame.on_return, value)
    }

    /// Finishes the caller's instruction with a returned value; `call_at` is where the
    /// callee's call slots began.
    #[inline]
    fn deliver_return(&mut self, call_at: usize, on_return: OnReturn, value: Value) -> PyResult<Flow> {
        match on_return {
            OnReturn::Push => {
                self.stack.truncate(call_at);
                self.push_reserved(value);
            }
            OnReturn::Discard => self.stack.truncate(call_at),
            OnReturn::Init => {
                // Below the frame: `__init__` and the instance, which is the call's result.
                self.stack.truncate(call_at + 2);
                self.stack.swap_remove(call_at);
                if !value.is_none() {
                    self.stack.pop();
                    return Err(crate::objects::exception::type_error(format!(
                        "__init__() should return None, not '{}'",
                        crate::objects::typeobj::type_name(&value)
                    )));
                }
            }
        }
        Ok(Flow::Switch)
    }

    /// CALL and CALL_KW: a Python function gets a new frame in this loop (`Some(Switch)`);
    /// anything else is called here and its result pushed (`None`).
    fn call_instruction(&mut self, argc: usize, kwnames: Option<Value>) -> PyResult<Option<Flow>> {
        let len = self.stack.len();
        let callable_at = len - argc - 2;
        // CALL's callable, NULL or self and arguments are on the stack (verified code).
        let has_self = !self.stack_at(callable_at + 1).is_null();
        let kw_count = kwnames.as_ref().and_then(as_tuple).map_or(0, <[Value]>::len);
        if let Value::Obj(obj) = self.stack_at(callable_at) {
            // SAFETY: the callable's stack slot holds a count until the frame returns (and the
            // alias is not used after a path that gives up the slot).
            let func = unsafe { obj.alias() };
            if let Payload::Function(function) = func.payload() {
                if !function.code.is_generator_like() {
                    let args_at = callable_at + 2 - usize::from(has_self);
                    if kw_count == 0 && call::is_simple(&function.code) {
                        let nargs = argc + usize::from(has_self);
                        let argcount = function.code.argcount as usize;
                        let fits = match nargs.cmp(&argcount) {
                            std::cmp::Ordering::Equal => true,
                            std::cmp::Ordering::Greater => false,
                            std::cmp::Ordering::Less => {
                                // Defaults for the parameters left out go on the stack after the
                                // arguments (cloned under the lock: no Python code runs).
                                let missing = argcount - nargs;
                                let defaults = function.defaults.lock();
                                match as_tuple(&defaults) {
                                    Some(values) if missing <= values.len() => {
                                        self.stack.extend_from_slice(&values[values.len() - missing..]);
                                        true
                                    }
                                    _ => false,
                                }
                            }
                        };
                        if fits {
                            self.push_simple_frame(&func, args_at, !has_self)?;
                            return Ok(Some(Flow::Switch));
                        }
                    }
                    let kwnames: &[Value] = kwnames.as_ref().and_then(as_tuple).unwrap_or_default();
                    self.push_bound_frame(&func, args_at, !has_self, kwnames)?;
                    return Ok(Some(Flow::Switch));
                }
            }
        }
        if let Value::Obj(obj) = self.stack_at(callable_at) {
            if let Payload::Builtin(builtin) = obj.payload() {
                // A native function, or a method called on an instance of its type (a method
                // stored in another class is checked by `call_general`, as CPython's
                // descriptors do).
                let applies = || match (&builtin.owner, self.stack_at(callable_at + 1)) {
                    (Some(owner), Value::Obj(receiver)) if ObjRef::ptr_eq(&receiver.class, owner) => true,
                    (Some(owner), receiver) if builtin.kind == BuiltinKind::Method => {
                        crate::objects::typeobj::is_subtype(crate::objects::typeobj::class_of(receiver), owner)
                    }
                    _ => true,
                };
                if builtin.bound.is_none()
                    && (has_self || builtin.kind != BuiltinKind::Method)
                    && !self.profiling()
                    && (!has_self || applies())
                {
                    let func = builtin.func;
                    let args_at = callable_at + 1 + usize::from(!has_self);
                    if kw_count == 0
                        && len - args_at == 2
                        && (self.append_in_place(func, callable_at, args_at)
                            || self.deque_push_in_place(func, callable_at, args_at))
                    {
                        return Ok(None);
                    }
                    if kw_count == 0 && len - args_at == 1 {
                        if let Some(result) = self.deque_pop_in_place(func, callable_at, args_at) {
                            self.push_reserved(result?);
                            return Ok(None);
                        }
                    }
                    if kw_count == 0 {
                        let result = match len - args_at {
                            0 => self.call_native_fixed::<0>(func, callable_at, args_at)?,
                            1 => self.call_native_fixed::<1>(func, callable_at, args_at)?,
                            2 => self.call_native_fixed::<2>(func, callable_at, args_at)?,
                            3 => self.call_native_fixed::<3>(func, callable_at, args_at)?,
                            _ => self.call_native_buffered(func, callable_at, args_at, &[])?,
                        };
                        self.push_reserved(result);
                        return Ok(None);
                    }
                    let kwnames: &[Value] = kwnames.as_ref().and_then(as_tuple).unwrap_or_default();
                    let result = self.call_native_buffered(func, callable_at, args_at, kwnames)?;
                    self.push_reserved(result);
                    return Ok(None);
                }
            }
        }
        if let Value::Obj(class) = self.stack_at(callable_at) {
            if matches!(class.payload(), Payload::Type(_)) && !has_self && !self.profiling() {
                if argc == 1 && kw_count == 0 && ObjRef::ptr_eq(class, &crate::objects::typeobj::types().type_) {
                    // `type(x)`, common in dispatch code: its class, without a call.
                    let arg = self.pop();
                    let class = crate::objects::typeobj::class_of(&arg).clone();
                    self.stack.truncate(callable_at);
                    self.push_reserved(Value::Obj(class));
                    return Ok(None);
                }
                if let Some(init) = crate::builtins::plain_init(class) {
                    self.push_init_frame(class.clone(), init, callable_at, kwnames.as_ref())?;
                    return Ok(Some(Flow::Switch));
                }
            }
        }
        self.call_general(callable_at, has_self, kwnames)
    }

    /// `lst.append(x)`, the commonest method call of all, done in place: the item moves from
    /// the stack into the list, with no argument array, arity check or count traffic. False
    /// (nothing done) when `func` is not `list.append` or the receiver not a list.
    #[inline]
    fn append_in_place(
        &mut self,
        func: crate::objects::function::NativeFn,
        callable_at: usize,
        args_at: usize,
    ) -> bool {
        if !std::ptr::fn_addr_eq(func, crate::builtins::sequences::list_append as crate::objects::function::NativeFn) {
            return false;
        }
        let Value::Obj(receiver) = self.stack_at(args_at) else { return false };
        if !matches!(receiver.payload(), Payload::List(_)) {
            return false;
        }
        let item = self.pop();
        if let Value::Obj(receiver) = self.stack_at(args_at) {
            if let Payload::List(items) = receiver.payload() {
                items.lock().push(item);
            }
        }
        self.stack.truncate(callable_at);
        self.push_reserved(Value::None);
        true
    }

    /// `d.append(x)` and `d.appendleft(x)` on a deque, done in place as `append_in_place` does
    /// for lists (a queue's loop is these and `popleft`). False (nothing done) otherwise.
    #[inline]
    fn deque_push_in_place(
        &mut self,
        func: crate::objects::function::NativeFn,
        callable_at: usize,
        args_at: usize,
    ) -> bool {
        use crate::modules::collections::{deque_of, push_end};
        let Some(left) = push_end(func) else { return false };
        if deque_of(self.stack_at(args_at)).is_none() {
            return false;
        }
        let item = self.pop();
        if let Some(deque) = deque_of(self.stack_at(args_at)) {
            deque.push_item(item, left);
        }
        self.stack.truncate(callable_at);
        self.push_reserved(Value::None);
        true
    }

    /// `d.pop()` and `d.popleft()` on a deque, done in place; None (nothing done) otherwise.
    #[inline]
    fn deque_pop_in_place(
        &mut self,
        func: crate::objects::function::NativeFn,
        callable_at: usize,
        args_at: usize,
    ) -> Option<PyResult<Value>> {
        use crate::modules::collections::{deque_of, pop_end};
        let left = pop_end(func)?;
        let result = deque_of(self.stack_at(args_at))?.pop_item(left);
        self.stack.truncate(callable_at);
        Some(result)
    }

    /// Calls a native function with the `N` positional arguments at `stack[args_at..]`, moved
    /// into an array in this Rust frame (no loop over a length, no vector to drop).
    #[inline(always)]
    fn call_native_fixed<const N: usize>(
        &mut self,
        func: crate::objects::function::NativeFn,
        callable_at: usize,
        args_at: usize,
    ) -> PyResult<Value> {
        debug_assert_eq!(self.stack.len(), args_at + N);
        // SAFETY: the N values are initialized; the stack is cut below them right after they
        // are read, so each has one owner again, the array.
        let args: [Value; N] = unsafe {
            let from = self.stack.as_ptr().add(args_at);
            std::array::from_fn(|i| crate::value::take_words(from.add(i)))
        };
        // SAFETY: as above (the slots from `args_at` were moved out).
        unsafe { self.stack.set_len(args_at) };
        self.stack.truncate(callable_at);
        func(self, crate::objects::function::Args { values: &args, kwnames: &[] })
    }

    /// `call_native_fixed` for any number of arguments and keywords.
    fn call_native_buffered(
        &mut self,
        func: crate::objects::function::NativeFn,
        callable_at: usize,
        args_at: usize,
        kwnames: &[Value],
    ) -> PyResult<Value> {
        let mut args = crate::value::ArgBuf::new();
        args.take_from(&mut self.stack, args_at);
        self.stack.truncate(callable_at);
        func(self, crate::objects::function::Args { values: &args, kwnames })
    }

    /// The general case of a call: the arguments are moved off the stack into a small inline
    /// buffer (no allocation for a handful of arguments), then bound or passed.
    fn call_general(&mut self, callable_at: usize, has_self: bool, kwnames: Option<Value>) -> PyResult<Option<Flow>> {
        let skip = usize::from(!has_self);
        let mut args = crate::value::ArgBuf::new();
        args.take_from(&mut self.stack, callable_at + 1 + skip);
        self.stack.truncate(callable_at + 1);
        let callable = self.pop();
        let kwnames_slice: &[Value] = kwnames.as_ref().and_then(as_tuple).unwrap_or_default();
        let args = crate::objects::function::Args { values: &args, kwnames: kwnames_slice };
        let result = match &callable {
            Value::Obj(obj)
                if self.profiling() && !matches!(obj.payload(), Payload::Function(_) | Payload::Method(_)) =>
            {
                self.call_native_profiled(&callable, args)?
            }
            _ => call::call(self, &callable, args)?,
        };
        self.push_reserved(result);
        Ok(None)
    }

    /// CALL_FUNCTION_EX while native calls are watched (see `call_native_profiled`).
    #[cold]
    fn call_ex_profiled(
        &mut self,
        callable: Value,
        this: Value,
        args: Value,
        kwargs: Option<Value>,
    ) -> PyResult<Value> {
        let (values, kwnames) = call::ex_arguments(self, &callable, this, args, kwargs)?;
        let args = crate::objects::function::Args { values: &values, kwnames: &kwnames };
        match &callable {
            Value::Obj(obj) if !matches!(obj.payload(), Payload::Function(_) | Payload::Method(_)) => {
                self.call_native_profiled(&callable, args)
            }
            _ => call::call(self, &callable, args),
        }
    }

    /// `Class(args)` for a class made by `object.__new__` with a Python `__init__`: the instance
    /// is made here and `__init__` runs as a frame. The stack goes from `[class, NULL, args]` to
    /// `[__init__, instance]` below the frame, whose locals start with `instance, args`.
    fn push_init_frame(
        &mut self,
        class: ObjRef,
        init: Value,
        callable_at: usize,
        kwnames: Option<&Value>,
    ) -> PyResult<()> {
        let instance = crate::builtins::new_instance(&class);
        let Value::Obj(func) = &init else { unreachable!("plain_init returns functions") };
        // SAFETY: `init` goes into the callable's slot below, which holds it until the frame returns.
        let alias = unsafe { func.alias() };
        self.stack[callable_at] = init;
        self.stack[callable_at + 1] = instance.clone();
        self.stack.insert(callable_at + 2, instance);
        let args_at = callable_at + 2;
        let Payload::Function(function) = alias.payload() else { unreachable!("checked above") };
        let kwnames: &[Value] = kwnames.and_then(as_tuple).unwrap_or_default();
        if kwnames.is_empty()
            && call::is_simple(&function.code)
            && self.stack.len() - args_at == function.code.argcount as usize
        {
            self.push_simple_frame(&alias, args_at, true)?;
        } else {
            self.push_bound_frame(&alias, args_at, true, kwnames)?;
        }
        if let Some(frame) = self.frames.last_mut() {
            frame.on_return = OnReturn::Init;
        }
        Ok(())
    }

    /// A frame for a property's getter or setter (a plain Python function taking exactly
    /// `nargs` arguments), run for LOAD_ATTR or STORE_ATTR: the function and its arguments are
    /// the top of the stack, where they stay (moving them read back values just written).
    fn push_accessor_frame(&mut self, nargs: usize, on_return: OnReturn) -> PyResult<()> {
        let args_at = self.stack.len() - nargs;
        let Value::Obj(obj) = &self.stack[args_at - 1] else { unreachable!("accessors are functions") };
        // SAFETY: the function's stack slot holds a count until the frame returns.
        let alias = unsafe { obj.alias() };
        self.push_simple_frame(&alias, args_at, false)?;
        if let Some(frame) = self.frames.last_mut() {
            frame.on_return = on_return;
        }
        Ok(())
    }

    /// A frame for a function whose arguments are exactly its positional parameters and already
    /// sit on the stack from `args_at`: they become its first locals where they are.
    fn push_simple_frame(&mut self, func: &ObjRef, args_at: usize, null_below: bool) -> PyResult<()> {
        self.check_recursion()?;
        let Payload::Function(function) = func.payload() else { unreachable!("checked by the caller") };
        let code = &function.code;
        let extra = code.frame_slots() - code.argcount as usize;
        let len = self.stack.len() + extra;
        crate::value::grow_with_nulls(&mut self.stack, len);
        let deref_base = args_at + code.varnames.len() + code.cellvars.len();
        for (i, cell) in function.closure.iter().enumerate() {
            self.stack[deref_base + i] = Value::Obj(cell.clone());
        }
        self.push_call_frame(func, args_at, if null_below { 2 } else { 1 }, false);
        Ok(())
    }

    /// A frame for a Python function called with any arguments, which sit on the stack from
    /// `args_at` (positional values, then the values of the keywords named by `kwnames`):
    /// they are bound to its parameters where they are (`call::bind_arguments`).
    fn push_bound_frame(&mut self, func: &ObjRef, args_at: usize, null_below: bool, kwnames: &[Value]) -> PyResult<()> {
        self.check_recursion()?;
        let Payload::Function(function) = func.payload() else { unreachable!("checked by the caller") };
        call::bind_arguments(self, function, args_at, kwnames)?;
        let code = &function.code;
        let deref_base = args_at + code.varnames.len() + code.cellvars.len();
        for (i, cell) in function.closure.iter().enumerate() {
            self.stack[deref_base + i] = Value::Obj(cell.clone());
        }
        self.push_call_frame(func, args_at, if null_below { 2 } else { 1 }, false);
        Ok(())
    }

    /// An entry frame (one that returns to Rust) for a Python function called with any
    /// arguments. The function goes on the stack below the frame, as a Python caller's callable
    /// does, so that `f_code` finds the function's very code object (`Thread::frame_code`).
    pub(crate) fn push_entry_frame(&mut self, func: &ObjRef, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
        self.check_recursion()?;
        let Payload::Function(function) = func.payload() else { unreachable!("checked by the caller") };
        let code = &function.code;
        self.stack.push(Value::Obj(func.clone()));
        let base = self.stack.len();
        if kwnames.is_empty() && args.len() == code.argcount as usize && call::is_simple(code) {
            // Exactly the positional parameters: they are the first locals.
            self.stack.extend_from_slice(args);
            crate::value::grow_with_nulls(&mut self.stack, base + code.frame_slots());
        } else {
            self.stack.extend_from_slice(args);
            if let Err(err) = call::bind_arguments(self, function, base, kwnames) {
                self.stack.truncate(base - 1);
                return Err(err);
            }
        }
        let deref_base = base + code.varnames.len() + code.cellvars.len();
        for (i, cell) in function.closure.iter().enumerate() {
            self.stack[deref_base + i] = Value::Obj(cell.clone());
        }
        self.push_call_frame(func, base, 1, true);
        Ok(())
    }

    /// Pushes the frame of a call of `func`, written in place (see `Frame::write_call`); the
    /// caller's stack (or Rust caller, for entry frames) keeps `func` alive.
    #[inline(always)]
    fn push_call_frame(&mut self, func: &ObjRef, base: usize, call_slots: usize, is_entry: bool) {
        self.frames.reserve(1);
        let len = self.frames.len();
        // SAFETY: `reserve` made room for one more frame, which is fully written before the
        // length covers it.
        unsafe {
            Frame::write_call(self.frames.as_mut_ptr().add(len), func, base, call_slots, is_entry);
            self.frames.set_len(len + 1);
        }
    }
}

/// Name `index` of `code` (LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR): verified code names only
/// entries of its table.
#[inline(always)]
fn name(code: &Code, index: usize) -> &ObjRef {
    debug_assert!(index < code.names.len());
    // SAFETY: as above.
    unsafe { code.names.get_unchecked(index) }
}

/// The instruction at `pc`: verified code (`verify_instructions`) ends with an instruction that
/// never falls through and jumps only inside itself, so `pc` never leaves it.
#[inline(always)]
fn fetch(instructions: &[Instruction], pc: usize) -> Instruction {
    debug_assert!(pc < instructions.len());
    // SAFETY: as above.
    unsafe { *instructions.get_unchecked(pc) }
}

/// Constant `index` of verified code, which names only constants it has.
#[inline(always)]
fn constant(code: &Code, index: usize) -> &Value {
    debug_assert!(index < code.consts.len());
    // SAFETY: as above.
    unsafe { code.consts.get_unchecked(index) }
}

fn unbound_local(code: &Code, index: usize) -> PyErr {
    let name = code.varnames.get(index).and_then(|n| as_pystr(&Value::Obj(n.clone())).map(|s| s.as_str().into_owned()));
    unbound_local_error(format!(
        "cannot access local variable '{}' where it is not associated with a value",
        name.unwrap_or_default()
    ))
}

fn name_error_for(name: &ObjRef) -> PyErr {
    let text = as_pystr(&Value::Obj(name.clone())).map(|s| s.as_str().into_owned()).unwrap_or_default();
    let err = name_error(format!("name '{text}' is not defined"));
    crate::objects::exception::set_attr(&err, "name", Value::Obj(name.clone()));
    err
}

fn bad_arg(instruction: ferrython_bytecode::Instruction) -> PyErr {
    crate::objects::exception::system_error(format!("bad argument in {instruction:?}"))
}
