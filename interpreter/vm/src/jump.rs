//! `frame.f_lineno = N` from a trace function: the jump pdb's `jump` command makes, with
//! CPython 3.12's rules and messages.
//!
//! A jump may only drop values from the frame's value stack, never invent them: the values the
//! code at the target expects must already be there. So the bytecode is analysed for the kind of
//! value each stack slot holds before each instruction (a forward data-flow over the jumps and
//! the exception table), and a jump is allowed when the target's stack is a compatible prefix of
//! the current one. The extra values are popped when the trace function returns (the frame's
//! value stack is then on top of the thread's again); popping an `except` block's saved
//! exception restores it as the one being handled, as leaving the block would.
//!
//! Locals that are unbound at a jump become None (with a RuntimeWarning), as in CPython: the
//! compiler emits unchecked loads for locals it proved bound, and a jump can skip the binding.

use ferrython_bytecode::Opcode;

use crate::objects::exception::{attribute_error, exceptions, value_error};
use crate::objects::{Code, Payload};
use crate::thread::Thread;
use crate::tracing::Moment;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// What a value stack slot holds, as far as jumps care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Any object.
    Object,
    /// The callable of a call. CPython 3.12 pushes a NULL before the callable where Ferrython
    /// pushes it after (as 3.13 does), so a call's two slots are labelled as CPython's are,
    /// NULL first: the same jumps are allowed.
    Null,
    /// The iterator of a `for` loop.
    Iterator,
    /// An exception: the one a handler got, or the one an `except` block saved to restore.
    Except,
    /// The instruction index a re-raise restores.
    Lasti,
}

impl Kind {
    /// Whether a value of kind `self` may stand where the target code expects `to`.
    fn fits(self, to: Kind) -> bool {
        match to {
            Kind::Object => self != Kind::Null,
            Kind::Null => true,
            _ => self == to,
        }
    }
}

/// A slot of the stack picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Slot {
    kind: Kind,
    /// Whether the code reading this slot copes with a NULL in it (the NULL-or-self of a call,
    /// a local saved by LOAD_FAST_AND_CLEAR): a jump never puts a NULL anywhere else.
    null_ok: bool,
}

impl Slot {
    const OBJECT: Slot = Slot { kind: Kind::Object, null_ok: false };
    const MAYBE_NULL: Slot = Slot { kind: Kind::Object, null_ok: true };
    const CALLABLE: Slot = Slot { kind: Kind::Null, null_ok: false };

    fn of(kind: Kind) -> Slot {
        Slot { kind, null_ok: false }
    }
}

type Stack = Vec<Slot>;

/// The stack before each instruction; None where no path reaches.
pub(crate) fn stack_pictures(code: &Code) -> Vec<Option<Stack>> {
    let count = code.instructions.len();
    let mut stacks: Vec<Option<Stack>> = vec![None; count];
    let mut work = Vec::new();
    // The first path to reach an instruction decides its stack (the compiler keeps them equal).
    let reach = |stacks: &mut Vec<Option<Stack>>, work: &mut Vec<usize>, index: usize, stack: Stack| {
        if let Some(slot @ None) = stacks.get_mut(index) {
            *slot = Some(stack);
            work.push(index);
        }
    };
    reach(&mut stacks, &mut work, 0, Vec::new());
    while let Some(index) = work.pop() {
        let Some(stack) = stacks[index].clone() else { continue };
        if let Some(entry) = code.exception_table.iter().find(|e| (e.start as usize) <= index && index < e.end as usize)
        {
            let mut handler: Stack = stack.iter().copied().take(entry.depth as usize).collect();
            if entry.push_lasti {
                handler.push(Slot::of(Kind::Lasti));
            }
            handler.push(Slot::of(Kind::Except));
            reach(&mut stacks, &mut work, entry.target as usize, handler);
        }
        let instruction = code.instructions[index];
        let op = instruction.opcode().base();
        let arg = instruction.arg();
        if op.is_jump() {
            reach(&mut stacks, &mut work, arg as usize, effect(op, arg, &stack, true));
        }
        if !op.is_terminator() {
            reach(&mut stacks, &mut work, index + 1, effect(op, arg, &stack, false));
        }
    }
    stacks
}

/// The stack after `op` runs on `stack` (`jump`: when it branches).
fn effect(op: Opcode, arg: u32, stack: &[Slot], jump: bool) -> Stack {
    use Opcode::*;
    let mut out = stack.to_vec();
    let pop = |out: &mut Stack, n: usize| out.truncate(out.len().saturating_sub(n));
    match op {
        GET_ITER => {
            pop(&mut out, 1);
            out.push(Slot::of(Kind::Iterator));
        }
        FOR_ITER if jump => pop(&mut out, 1),
        PUSH_EXC_INFO => {
            pop(&mut out, 1);
            out.extend([Slot::of(Kind::Except), Slot::of(Kind::Except)]);
        }
        // The callable is on top: it and the NULL become a call's pair of slots.
        PUSH_NULL => {
            pop(&mut out, 1);
            out.extend([Slot::CALLABLE, Slot::MAYBE_NULL]);
        }
        LOAD_GLOBAL if arg & 1 == 1 => out.extend([Slot::CALLABLE, Slot::MAYBE_NULL]),
        LOAD_ATTR if arg & 1 == 1 => {
            pop(&mut out, 1);
            out.extend([Slot::CALLABLE, Slot::MAYBE_NULL]);
        }
        LOAD_FAST_AND_CLEAR => out.push(Slot::MAYBE_NULL),
        COPY => {
            let copied = out.len().checked_sub(arg as usize).map_or(Slot::OBJECT, |i| out[i]);
            out.push(copied);
        }
        SWAP => {
            if let (Some(top), Some(other)) = (out.len().checked_sub(1), out.len().checked_sub(arg as usize)) {
                out.swap(top, other);
            }
        }
        _ => {
            // Everything else consumes its operands and pushes plain objects: the net effect
            // the compiler sizes frames with, with the result (if any) an object.
            let net = op.stack_effect(arg, jump);
            if matches!(op, UNPACK_SEQUENCE | UNPACK_EX | BEFORE_WITH | BEFORE_ASYNC_WITH) {
                pop(&mut out, 1);
                out.push(Slot::OBJECT);
            }
            if net < 0 {
                pop(&mut out, net.unsigned_abs() as usize);
                if has_result(op) {
                    pop(&mut out, 1);
                    out.push(Slot::OBJECT);
                }
            } else if net == 0 && has_result(op) {
                pop(&mut out, 1);
                out.push(Slot::OBJECT);
            } else {
                out.extend(std::iter::repeat_n(Slot::OBJECT, net as usize));
            }
        }
    }
    out
}

/// Whether an instruction that does not grow the stack leaves a result on it.
fn has_result(op: Opcode) -> bool {
    use Opcode::*;
    !matches!(
        op,
        NOP | TRACE
            | POP_TOP
            | STORE_FAST
            | STORE_DEREF
            | STORE_NAME
            | STORE_GLOBAL
            | STORE_ATTR
            | STORE_SUBSCR
            | STORE_SLICE
            | STORE_CLOSURE
            | DELETE_FAST
            | DELETE_DEREF
            | DELETE_NAME
            | DELETE_GLOBAL
            | DELETE_ATTR
            | DELETE_SUBSCR
            | MAKE_CELL
            | SETUP_ANNOTATIONS
            | POP_EXCEPT
            | POP_JUMP_IF_FALSE
            | POP_JUMP_IF_TRUE
            | POP_JUMP_IF_NONE
            | POP_JUMP_IF_NOT_NONE
            | JUMP_IF_FALSE_OR_POP
            | JUMP_IF_TRUE_OR_POP
            | JUMP_FORWARD
            | JUMP_BACKWARD
            | RETURN_VALUE
            | RETURN_CONST
            | RAISE_VARARGS
            | RERAISE
            | LIST_APPEND
            | SET_ADD
            | MAP_ADD
            | LIST_EXTEND
            | SET_UPDATE
            | DICT_UPDATE
            | DICT_MERGE
            | END_ASYNC_FOR
    )
}

/// A place a jump can go to: an instruction that starts a line.
#[derive(Clone, Copy)]
struct Start {
    index: usize,
    line: u32,
    /// CPython 3.12 ends each `for` loop with an END_FOR on the loop's line, run with the
    /// iterator and the last item still on the stack; Ferrython's FOR_ITER pops the iterator
    /// as it leaves. The loop's exit stands for that END_FOR: jumping there is allowed when the
    /// stack fits END_FOR's, and pops the two values as END_FOR would. The loop's FOR_ITER,
    /// which has the loop's line, stands for END_FOR's line.
    end_for: Option<usize>,
}

/// Stands in `line_starts` for CPython's RETURN_GENERATOR, which starts a generator's `def`
/// line and cannot be jumped to.
const GENERATOR_START: usize = usize::MAX;

/// The instructions that start a line (the line differs from the last line seen), with it.
/// Code that reports a 'call' event at its start (not a module's) also starts its `def` line
/// at its first instruction: CPython's RESUME is there.
fn line_starts(code: &Code) -> Vec<Start> {
    let start = |index, line| Start { index, line, end_for: None };
    let mut starts = Vec::new();
    if code.is_generator_like() {
        starts.push(start(GENERATOR_START, code.firstlineno));
    } else if resumes_at_def(code) && code.line_at(0) != Some(code.firstlineno) {
        starts.push(start(0, code.firstlineno));
    }
    let mut last = None;
    for index in 0..code.instructions.len() {
        if let Some(line) = code.line_at(index) {
            if last != Some(line) {
                starts.push(start(index, line));
                last = Some(line);
            }
        }
    }
    for (index, instruction) in code.instructions.iter().enumerate() {
        if instruction.opcode().base() != Opcode::FOR_ITER {
            continue;
        }
        let Some(line) = code.line_at(index) else { continue };
        let exit = instruction.arg() as usize;
        match starts.iter_mut().find(|s| s.index == exit && s.line == line) {
            Some(found) => found.end_for = Some(index),
            None => {
                let at = starts.iter().position(|s| s.index != GENERATOR_START && s.index >= exit);
                starts.insert(at.unwrap_or(starts.len()), Start { index: exit, line, end_for: Some(index) });
            }
        }
    }
    starts
}

/// Whether a jump to the start of the code passes CPython's RESUME again, which reports a new
/// 'call' event: functions, classes and comprehensions, not modules; generators are left out
/// (their start would make a new generator in CPython).
fn resumes_at_def(code: &Code) -> bool {
    !code.is_generator_like() && code.name_str() != "<module>"
}

/// Why a target instruction's stack does not fit the current one, by what it expects on top.
fn refusal(target: Option<&Stack>) -> &'static str {
    match target.and_then(|s| s.last()).map(|slot| slot.kind) {
        None => "can't jump into an exception handler, or code may be unreachable",
        Some(Kind::Except) => "can't jump into an 'except' block as there's no exception",
        Some(Kind::Lasti) => "can't jump into a re-raising block as there's no location",
        Some(Kind::Iterator) => "can't jump into the body of a for loop",
        // CPython 3.12's words for what pdb calls jumping into the middle of a block.
        Some(Kind::Object | Kind::Null) => "incompatible stacks",
    }
}

/// Whether the values `values` of kinds `from` can stay for code that expects `to`.
fn fits(from: &[Slot], values: &[Value], to: &[Slot]) -> bool {
    to.len() <= from.len()
        && from.iter().zip(values).zip(to).all(|((f, v), t)| f.kind.fits(t.kind) && (t.null_ok || !v.is_null()))
}

/// A jump made by a trace function, carried out when it returns.
pub(crate) struct Jump {
    frame: ObjRef,
    target: usize,
    /// The instruction whose line the frame shows on arrival (see `Start::end_for`).
    shown: usize,
    /// Where the frame goes on: the target, or (from a yield) the instruction after it.
    resume_at: usize,
    /// How many of the frame's stack values stay.
    keep: usize,
    /// The kinds of the frame's stack values, for popping the others.
    kinds: Stack,
    /// Where the frame was, to put it back if its stack changed under the hook.
    from: (usize, usize),
    /// Whether the jump passes CPython's RESUME again (a new 'call' event).
    call_event: bool,
    /// Whether the frame is suspending (a yield's 'return' event).
    yielding: bool,
}

/// Whether the value is an int, not a bool nor an instance of a subclass.
fn is_exact_int(value: &Value) -> bool {
    match value {
        Value::Int(_) => true,
        Value::Obj(obj) => {
            matches!(obj.payload(), Payload::Int(_))
                && ObjRef::ptr_eq(crate::objects::typeobj::class_of(value), &crate::objects::typeobj::types().int)
        }
        _ => false,
    }
}

impl Thread {
    /// `frame.f_lineno = value` (`None`: `del frame.f_lineno`).
    pub(crate) fn set_frame_lineno(&mut self, obj: &ObjRef, value: Option<Value>) -> PyResult<()> {
        let Some(value) = value else { return Err(attribute_error("cannot delete attribute")) };
        let Payload::Frame(f) = obj.payload() else { return Err(value_error("not a frame")) };
        let code = f.code.clone();
        if !is_exact_int(&value) {
            return Err(value_error("lineno must be an integer"));
        }
        let event = match &self.hooks.current {
            None => return Err(value_error("f_lineno can only be set in a trace function")),
            Some(event) => (event.moment, ObjRef::ptr_eq(&event.frame, obj), event.stack_len),
        };
        let (moment, own_frame, stack_len) = event;
        match moment {
            Moment::Line | Moment::Resume | Moment::Yield => {}
            Moment::NewFrame => return Err(value_error("can't jump from the 'call' trace event of a new frame")),
            Moment::Call => return Err(value_error("can't jump during a call")),
            Moment::Other => return Err(value_error("can only jump from a 'line' trace event")),
        }
        // A line number is a C int in CPython.
        let Some(lineno) = crate::objects::int::to_i64(&value).and_then(|n| i32::try_from(n).ok()) else {
            return Err(value_error("lineno out of range"));
        };
        if i64::from(lineno) < i64::from(code.firstlineno) {
            return Err(value_error(format!("line {lineno} comes before the current code block")));
        }
        let starts = line_starts(&code);
        let Some(line) = starts.iter().map(|s| s.line).filter(|&l| i64::from(l) >= i64::from(lineno)).min() else {
            return Err(value_error(format!("line {lineno} comes after the current code block")));
        };
        let stacks = stack_pictures(&code);

        // Where the frame is now: the kinds of the values on its stack, and the values.
        let pending = self.hooks.jump.take();
        let fi = if own_frame { self.live_frame_index(obj) } else { None };
        let from: Option<(Stack, Vec<Value>)> = fi.and_then(|fi| {
            let frame = &self.frames[fi];
            let index = match (&pending, moment) {
                // A second jump from the same event starts where the first one went.
                (Some(jump), _) => jump.target,
                (None, Moment::Resume) => frame.pc,
                _ => frame.lasti,
            };
            let mut stack = stacks.get(index)?.clone()?;
            if pending.is_none() && moment == Moment::Yield {
                // The yielded value has left the stack.
                stack.pop()?;
            }
            // The analysis must agree with the frame's actual stack before anything is popped.
            let base = frame.stack_base();
            let top = pending.as_ref().map_or(Some(stack_len), |j| Some(base + j.keep))?;
            let values = self.stack.get(base..top)?;
            (values.len() == stack.len()).then(|| (stack, values.to_vec()))
        });

        // The deepest place the stack fits: the start, the depth it fits at and the depth it keeps.
        let mut best: Option<(Start, usize, usize)> = None;
        let mut message = None;
        for start in starts.iter().filter(|s| s.line == line) {
            if start.index == GENERATOR_START {
                // CPython's RETURN_GENERATOR: no place to go on from.
                message.get_or_insert("incompatible stacks");
                continue;
            }
            let target = stacks.get(start.index).and_then(Option::clone).map(|mut stack| {
                let keep = stack.len();
                if start.end_for.is_some() {
                    stack.extend([Slot::of(Kind::Iterator), Slot::OBJECT]);
                }
                (stack, keep)
            });
            match (&from, target) {
                (Some((from_stack, values)), Some((to, keep))) if fits(from_stack, values, &to) => {
                    if best.is_none_or(|(_, depth, _)| to.len() > depth) {
                        best = Some((*start, to.len(), keep));
                    }
                }
                (None, _) => {
                    message.get_or_insert("can't jump from unreachable code");
                }
                (Some(_), target) => {
                    message.get_or_insert(refusal(target.map(|(stack, _)| stack).as_ref()));
                }
            }
        }
        let (Some((start, _, keep)), Some((from_stack, _)), Some(fi)) = (best, from, fi) else {
            self.hooks.jump = pending;
            return Err(value_error(message.unwrap_or("can't jump from unreachable code")));
        };
        let target = start.index;
        // Where `f_lineno` says the frame is: an END_FOR shows its loop's line.
        let shown = start.end_for.unwrap_or(target);
        let yielding = moment == Moment::Yield;
        if yielding && !replaceable_by_sent_value(&code, target) {
            self.hooks.jump = pending;
            return Err(value_error("incompatible stacks"));
        }
        if let Err(err) = self.bind_unbound_locals(fi, obj) {
            self.hooks.jump = pending;
            return Err(err);
        }

        // The values to pop keep the kinds they have at the place jumped from.
        let mut kinds = match &pending {
            Some(jump) => jump.kinds.clone(),
            None => from_stack.clone(),
        };
        kinds[keep..from_stack.len()].copy_from_slice(&from_stack[keep..]);
        let frame = &mut self.frames[fi];
        let from_position = pending.as_ref().map_or((frame.lasti, frame.pc), |j| j.from);
        let call_event = target == 0 && start.line == code.firstlineno && resumes_at_def(&code);
        // `f_lineno` shows the new line at once (the def line before the frame "starts" again).
        if call_event {
            (frame.lasti, frame.pc) = (0, 0);
        } else {
            frame.lasti = shown;
        }
        self.hooks.jump = Some(Jump {
            frame: obj.clone(),
            target,
            shown,
            resume_at: if yielding { target + 1 } else { target },
            keep,
            kinds,
            from: from_position,
            call_event,
            yielding: yielding || pending.as_ref().is_some_and(|j| j.yielding),
        });
        Ok(())
    }

    /// Gives the unbound fast locals of the frame at `fi` the value None, with CPython's
    /// RuntimeWarning (which a filter can turn into an error that stops the jump).
    fn bind_unbound_locals(&mut self, fi: usize, obj: &ObjRef) -> PyResult<()> {
        let frame = &self.frames[fi];
        let code = frame.code.clone();
        let base = frame.base;
        let unbound: Vec<usize> = (0..code.varnames.len())
            .filter(|&i| !code.cellvars.iter().any(|c| ObjRef::ptr_eq(c, &code.varnames[i])))
            .filter(|&i| self.stack.get(base + i).is_some_and(Value::is_null))
            .collect();
        if unbound.is_empty() {
            return Ok(());
        }
        let plural = if unbound.len() == 1 { "" } else { "s" };
        let category = exceptions().runtime_warning.clone();
        let message = format!("assigning None to {} unbound local{plural}", unbound.len());
        crate::warnings::warn(self, &category, &message, 1)?;
        // The `f_locals` dict the trace function may hold is written back when it returns.
        let kept = match obj.payload() {
            Payload::Frame(f) => f.locals.lock().clone(),
            _ => Value::Null,
        };
        for i in unbound {
            if let Some(slot) = self.stack.get_mut(base + i) {
                *slot = Value::None;
            }
            if let Some(d) = kept.as_obj().and_then(|dict| crate::objects::dict_of(dict)) {
                d.set_str(&code.varnames[i], Value::None);
            }
        }
        Ok(())
    }

    /// Carries out the jump a hook for `frame` asked for, now that it has returned: pops the
    /// values the target does not expect and moves the frame. Returns where the frame goes on.
    pub(crate) fn take_jump(&mut self, frame: &ObjRef) -> PyResult<Option<usize>> {
        let Some(jump) = self.hooks.jump.take() else { return Ok(None) };
        if !ObjRef::ptr_eq(&jump.frame, frame) {
            return Ok(None);
        }
        let Some(fi) = self.live_frame_index(frame) else { return Ok(None) };
        let base = self.frames[fi].stack_base();
        if fi + 1 != self.frames.len() || self.stack.len() != base + jump.kinds.len() {
            // Not what the jump was checked against: the frame stays where it was.
            (self.frames[fi].lasti, self.frames[fi].pc) = jump.from;
            return Ok(None);
        }
        while self.stack.len() > base + jump.keep {
            let kind = jump.kinds[self.stack.len() - base - 1];
            let value = self.stack.pop().unwrap_or_default();
            if kind.kind == Kind::Except {
                // Leaving an `except` block: the exception it saved is handled again.
                let old = std::mem::replace(&mut self.handled, value.into_obj());
                drop(old);
            } else {
                drop(value);
            }
        }
        let frame_entry = &mut self.frames[fi];
        frame_entry.lasti = jump.target;
        frame_entry.pc = jump.resume_at;
        if jump.call_event {
            frame_entry.pc = 0;
            frame_entry.lasti = 0;
        }
        self.after_jump(frame, jump.shown, jump.yielding, jump.call_event)?;
        Ok(Some(self.frames[fi].pc))
    }
}

/// A jump from a yield resumes past the target's first instruction, with the value sent in
/// standing for the one that instruction pushes (CPython 3.12 does so). That keeps the stack
/// right only when the instruction just pushes one value.
fn replaceable_by_sent_value(code: &Code, target: usize) -> bool {
    use Opcode::*;
    code.instructions.get(target).is_some_and(|i| {
        let op = i.opcode().base();
        match op {
            LOAD_GLOBAL => i.arg() & 1 == 0,
            LOAD_CONST | LOAD_FAST | LOAD_FAST_CHECK | LOAD_DEREF | LOAD_NAME | LOAD_CLOSURE | LOAD_LOCALS
            | LOAD_ASSERTION_ERROR | LOAD_BUILD_CLASS => true,
            _ => false,
        }
    })
}
