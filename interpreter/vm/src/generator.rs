//! Generators, coroutines and async generators: a frame that is saved off the thread's stacks
//! when it yields and put back when it is resumed, plus `yield from`/`await` delegation
//! (including throw() and close() passed on to the sub-iterator) and PEP 479.

#![allow(unsafe_code)]

use std::sync::Arc;

use crate::sync::Mutex;

use ferrython_bytecode::{CodeFlags, Opcode};

use crate::call::call;
use crate::eval::Exit;
use crate::frame::Frame;
use crate::objects::exception::{exceptions, runtime_error, type_error, value_error, PyErr};
use crate::objects::function::Args;
use crate::objects::str::as_pystr;
use crate::objects::typeobj::{type_name, types};
use crate::objects::{Code, OwnedPayload, Payload};
use crate::protocols::{getattr_opt, special};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct Generator {
    pub kind: GenKind,
    pub code: Arc<Code>,
    /// The code object `gi_code` returns: its function's `__code__`.
    pub code_object: ObjRef,
    pub name: Mutex<Value>,
    pub qualname: Mutex<Value>,
    pub state: Mutex<GenState>,
}

pub struct GenState {
    /// The saved frame (its `base` is 0: `values` are its slots and stack).
    pub frame: crate::frame::SavedFrame,
    pub values: Vec<Value>,
    pub running: bool,
    pub started: bool,
    pub finished: bool,
    /// The exception being handled inside the generator while it is suspended.
    pub handled: Option<ObjRef>,
    /// An async generator's hooks ran (on its first step; see `init_async_gen_hooks`).
    pub hooks_inited: bool,
    /// The `sys.set_asyncgen_hooks` finalizer in force at that time: called instead of
    /// closing the generator when it is freed unfinished. Null when none.
    pub finalizer: Value,
}

impl Generator {
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }

    pub fn qualname_text(&self) -> String {
        as_pystr(&self.qualname.lock()).map(|s| s.as_str().into_owned()).unwrap_or_default()
    }
}

/// One step of a generator or delegated iterator.
pub enum Step {
    Yielded(Value),
    Returned(Value),
}

/// How a generator is resumed.
pub enum Resume {
    /// The value `send()` passes in (None for `next()`).
    Send(Value),
    /// An exception raised where the frame is suspended.
    Throw(PyErr),
    /// Go on without pushing a value (after a delegated sub-iterator returned).
    Continue,
}

/// Calling a generator function: binds the arguments into a new frame and wraps it.
pub fn new_generator(thread: &mut Thread, func: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let Payload::Function(function) = func.payload() else { unreachable!("checked by the caller") };
    let code = function.code.clone();
    let base = thread.stack.len();
    thread.stack.extend_from_slice(args.values);
    if let Err(err) = crate::call::bind_arguments(thread, function, base, args.kwnames) {
        thread.stack.truncate(base);
        return Err(err);
    }
    let deref_base = base + code.varnames.len() + code.cellvars.len();
    for (i, cell) in function.closure.iter().enumerate() {
        thread.stack[deref_base + i] = Value::Obj(cell.clone());
    }
    let values = thread.stack.split_off(base);
    Ok(wrap_frame(func, values, Value::Null))
}

/// Module code compiled with top-level await (`ast.PyCF_ALLOW_TOP_LEVEL_AWAIT`), run by `eval`
/// or `exec`: a coroutine whose frame reads and writes `locals`, as CPython's `eval` returns.
pub fn new_module_coroutine(
    thread: &mut Thread,
    code_object: Value,
    globals: ObjRef,
    builtins: ObjRef,
    locals: Value,
) -> PyResult<Value> {
    let func = crate::ops::make_function(thread, code_object, globals, builtins, Default::default())?;
    let Value::Obj(func) = func else { unreachable!("make_function makes an object") };
    let Payload::Function(function) = func.payload() else { unreachable!("make_function makes a function") };
    let values = vec![Value::Null; function.code.frame_slots()];
    Ok(wrap_frame(&func, values, locals))
}

/// A generator, coroutine or async generator (as the code's flags say) over a frame of `func`
/// whose slots are `values`.
fn wrap_frame(func: &ObjRef, values: Vec<Value>, locals: Value) -> Value {
    let Payload::Function(function) = func.payload() else { unreachable!("checked by the caller") };
    let code = function.code.clone();
    let kind = if code.flags.has(CodeFlags::ASYNC_GENERATOR) {
        GenKind::AsyncGenerator
    } else if code.flags.has(CodeFlags::COROUTINE) {
        GenKind::Coroutine
    } else {
        GenKind::Generator
    };
    let t = types();
    let class = match kind {
        GenKind::Generator => &t.generator,
        GenKind::Coroutine => &t.coroutine,
        GenKind::AsyncGenerator => &t.async_generator,
    };
    let mut frame = Frame::owning_function(func, true);
    frame.locals = locals;
    let generator = Generator {
        kind,
        code,
        code_object: function.code_object.clone(),
        name: Mutex::new(function.name.lock().clone()),
        qualname: Mutex::new(function.qualname.lock().clone()),
        state: Mutex::new(GenState {
            frame: crate::frame::SavedFrame::new(frame),
            values,
            running: false,
            started: false,
            finished: false,
            handled: None,
            hooks_inited: false,
            finalizer: Value::Null,
        }),
    };
    Value::Obj(ObjRef::new(class.clone(), None, OwnedPayload::Generator(Box::new(generator))))
}

fn generator_of(obj: &ObjRef) -> &Generator {
    match obj.payload() {
        Payload::Generator(g) => g,
        _ => unreachable!("checked by the caller"),
    }
}

/// FOR_ITER over a plain generator: puts the generator's frame on the thread's frame stack, to
/// run in the same eval loop (no Rust recursion per item). Ok(false) when it is finished.
pub(crate) fn enter_inline(thread: &mut Thread, gen_obj: &ObjRef) -> PyResult<bool> {
    let generator = generator_of(gen_obj);
    thread.check_recursion()?;
    let base = thread.stack.len();
    let handled = {
        let mut state = generator.state.lock();
        if state.running {
            return Err(value_error("generator already executing"));
        }
        if state.finished || state.frame.is_none() {
            return Ok(false);
        }
        state.running = true;
        state.started = true;
        thread.stack.append(&mut state.values);
        // Moved as it was saved, then changed where it lands (see `SavedFrame`).
        state.frame.push_onto(&mut thread.frames);
        state.handled.take()
    };
    let outer_handled = std::mem::replace(&mut thread.handled, handled);
    let frame = thread.frames.last_mut().expect("just pushed");
    let waiting_in_yield = frame.pc > 0 || frame.lasti > 0;
    frame.base = base;
    frame.is_entry = false;
    frame.call_slots = 0;
    // SAFETY: the caller holds the generator while its frame runs (see `Frame::generator`).
    frame.generator = Some(unsafe { crate::frame::Borrowed::obj(gen_obj) });
    frame.outer_handled = outer_handled;
    if waiting_in_yield {
        // The value of the `yield` it waits in: next() sends None.
        thread.stack.push(Value::None);
    }
    Ok(true)
}

/// An inline generator frame (see `enter_inline`) that yielded: saves it, gives the loop's
/// frame back its handled exception, and returns the yielded value for FOR_ITER.
pub(crate) fn leave_inline_yield(thread: &mut Thread) {
    let Some(gen_obj) = thread.frames.last().and_then(|f| f.generator.as_ref()) else {
        drop(thread.frames.pop());
        return;
    };
    // SAFETY: the loop's FOR_ITER slot holds the generator until this returns.
    let gen_obj = unsafe { gen_obj.alias() };
    // What the loop's frame was handling comes back; what the generator was handling stays
    // with it.
    let outer = thread.frames.last_mut().and_then(|f| f.outer_handled.take());
    let mut state = generator_of(&gen_obj).state.lock();
    state.running = false;
    save_top_frame_locked(&mut state, thread);
    let previous = std::mem::replace(&mut state.handled, std::mem::replace(&mut thread.handled, outer));
    drop(state);
    drop(previous);
}

/// An inline generator frame that returned or raised: the generator is finished.
pub(crate) fn leave_inline_end(thread: &mut Thread, frame: &mut Frame) {
    thread.handled = frame.outer_handled.take();
    if let Some(gen_obj) = &frame.generator {
        let mut state = generator_of(gen_obj).state.lock();
        state.running = false;
        state.finished = true;
        drop(state.frame.take());
    }
}

/// Saves the thread's top frame, a generator's that yielded, into its generator (called by the
/// eval loop on a yield). The frame's values are `stack[frame.base..]`; they move into the
/// generator.
pub(crate) fn save_top_frame(thread: &mut Thread) {
    let Some(gen_obj) = thread.frames.last().and_then(|f| f.generator.as_ref()) else {
        drop(thread.frames.pop());
        return;
    };
    // SAFETY: whoever resumed the generator holds it until this returns.
    let gen_obj = unsafe { gen_obj.alias() };
    save_top_frame_locked(&mut generator_of(&gen_obj).state.lock(), thread);
}

/// `save_top_frame` with the generator's state locked.
fn save_top_frame_locked(state: &mut GenState, thread: &mut Thread) {
    let Some(top) = thread.frames.last() else { return };
    if let Some(Payload::Frame(f)) = top.object.as_ref().map(|o| o.payload()) {
        *f.lasti.lock() = top.lasti;
    }
    let base = top.base;
    state.frame.pop_from(&mut thread.frames);
    let Some(saved) = state.frame.as_mut() else { return };
    saved.base = 0;
    saved.generator = None;
    // The vector keeps its capacity from one suspension to the next.
    state.values.clear();
    crate::value::move_tail(&mut thread.stack, base, &mut state.values);
}

/// Marks a generator whose frame returned as finished.
pub(crate) fn finish(gen_obj: &ObjRef) {
    generator_of(gen_obj).state.lock().finished = true;
}

/// Resumes a generator: `next()`, `send()` and `throw()` all come here.
pub fn resume(thread: &mut Thread, gen_obj: &ObjRef, value: Value, throw: Option<PyErr>) -> PyResult<Step> {
    let how = match throw {
        Some(err) => Resume::Throw(err),
        None => Resume::Send(value),
    };
    resume_with(thread, gen_obj, how).map(|(step, _)| step)
}

/// Resumes a generator; the flag says whether a yield came from `yield` itself.
pub fn resume_with(thread: &mut Thread, gen_obj: &ObjRef, how: Resume) -> PyResult<(Step, bool)> {
    let generator = generator_of(gen_obj);
    let base = thread.stack.len();
    let handled = {
        let mut state = generator.state.lock();
        if state.running {
            return Err(value_error(format!("{} already executing", generator.kind_name())));
        }
        if state.finished || state.frame.is_none() {
            drop(state);
            return match how {
                Resume::Throw(err) => Err(err),
                _ if generator.kind == GenKind::Coroutine => {
                    Err(runtime_error("cannot reuse already awaited coroutine"))
                }
                _ => Ok((Step::Returned(Value::None), false)),
            };
        }
        if !state.started {
            if let Resume::Send(v) = &how {
                if !v.is_none() {
                    return Err(type_error(format!(
                        "can't send non-None value to a just-started {}",
                        generator.kind_name()
                    )));
                }
            }
        }
        if let Err(err) = thread.check_recursion() {
            // As if the error came out of the generator: it is finished.
            state.finished = true;
            let frame = state.frame.take();
            drop(state);
            drop(frame);
            return Err(err);
        }
        state.running = true;
        state.started = true;
        // The vector keeps its capacity for the next suspension.
        thread.stack.append(&mut state.values);
        // Moved as it was saved, then changed in place (see `SavedFrame`).
        state.frame.push_onto(&mut thread.frames);
        state.handled.take()
    };
    let frame = thread.frames.last_mut().expect("just pushed");
    let was_started = frame.pc > 0 || frame.lasti > 0;
    frame.base = base;
    frame.is_entry = true;
    frame.call_slots = 0;
    // SAFETY: the caller holds the generator while its frame runs (see `Frame::generator`).
    frame.generator = Some(unsafe { crate::frame::Borrowed::obj(gen_obj) });
    let pending = match how {
        Resume::Send(v) => {
            if was_started {
                // (By words: the caller just wrote it, see `value::move_by_words`.)
                thread.stack.push(crate::value::move_by_words(v));
            }
            None
        }
        Resume::Throw(err) => Some(err),
        Resume::Continue => None,
    };
    // CPython chains an exception thrown in with what the generator itself handles (not what
    // its caller handles), even when it already has a traceback (it came out of a sub-iterator).
    let chain = handled.is_some();
    let outer_handled = std::mem::replace(&mut thread.handled, handled);
    match (chain, &pending) {
        (true, Some(err)) => crate::ops::chain_context(thread, err),
        (false, Some(err)) => thread.thrown_unchained = Some(err.0.clone()),
        _ => {}
    }
    // What the caller handles shows through in the generator (`Thread::handled_exception`).
    thread.frames.last_mut().expect("just pushed").outer_handled = outer_handled.clone();
    // The generator's frame counts for the recursion limit (checked above); running it needs
    // no other level, as in CPython (a `yield from` chain is one frame per generator).
    let result = thread.with_stack_room(|thread| thread.run_frames(pending));
    thread.thrown_unchained = None;
    let inner_handled = std::mem::replace(&mut thread.handled, outer_handled);
    let mut state = generator.state.lock();
    state.running = false;
    match result {
        Ok(Exit::Yield(value, from_yield)) => {
            if let Some(frame) = state.frame.as_mut() {
                frame.outer_handled = None;
            }
            state.handled = inner_handled;
            Ok((Step::Yielded(crate::value::move_by_words(value)), from_yield))
        }
        Ok(Exit::Return(value)) => {
            state.finished = true;
            Ok((Step::Returned(value), false))
        }
        Err(err) => {
            state.finished = true;
            drop(state.frame.take());
            Err(err)
        }
    }
}

/// PEP 479: a StopIteration (or StopAsyncIteration from an async generator) leaving a
/// generator's frame becomes a RuntimeError.
pub(crate) fn convert_stop_iteration(code: &Code, err: PyErr) -> PyErr {
    let e = exceptions();
    let kind = if code.flags.has(CodeFlags::ASYNC_GENERATOR) {
        "async generator"
    } else if code.flags.has(CodeFlags::COROUTINE) {
        "coroutine"
    } else {
        "generator"
    };
    let message = if err.matches(&e.stop_iteration) {
        format!("{kind} raised StopIteration")
    } else if kind == "async generator" && err.matches(&e.stop_async_iteration) {
        format!("{kind} raised StopAsyncIteration")
    } else {
        return err;
    };
    let replacement = runtime_error(message);
    {
        let mut fields = replacement.fields();
        fields.cause = err.value();
        fields.context = err.value();
        fields.suppress_context = true;
    }
    replacement
}

/// The value a StopIteration carries (its first argument, or None).
pub fn stop_value(err: &PyErr) -> Value {
    let args = err.fields().args.clone();
    crate::objects::as_tuple(&args).and_then(|a| a.first().cloned()).unwrap_or(Value::None)
}

/// YIELD_FROM's step: send `value` into the sub-iterator.
pub fn delegate_send(thread: &mut Thread, iter: &Value, value: Value) -> PyResult<Step> {
    if let Value::Obj(obj) = iter {
        match obj.payload() {
            Payload::Generator(_) => return resume(thread, obj, value, None),
            // A builtin iterator (`yield from some_list`) steps natively; its end returns None.
            Payload::Iterator(_) if value.is_none() && !crate::objects::typeobj::type_data(&obj.class).heap => {
                return Ok(match crate::protocols::iter::next(thread, iter)? {
                    Some(item) => Step::Yielded(item),
                    None => Step::Returned(Value::None),
                });
            }
            _ => {}
        }
    }
    let result = if value.is_none() {
        match special(iter, "__next__") {
            Some(method) => crate::call::call_method(thread, &method, iter, std::slice::from_ref(iter)),
            None => return Err(type_error(format!("'{}' object is not an iterator", type_name(iter)))),
        }
    } else {
        match getattr_opt(thread, iter, "send")? {
            Some(send) => call(thread, &send, Args::positional(std::slice::from_ref(&value))),
            None => {
                return Err(crate::objects::exception::attribute_error(format!(
                    "'{}' object has no attribute 'send'",
                    type_name(iter)
                )))
            }
        }
    };
    match result {
        Ok(item) => Ok(Step::Yielded(item)),
        Err(err) if err.matches(&exceptions().stop_iteration) => Ok(Step::Returned(stop_value(&err))),
        Err(err) => Err(err),
    }
}

/// The sub-iterator a suspended generator delegates to (`gi_yieldfrom`), if it waits in a
/// YIELD_FROM.
pub fn yield_from_target(gen_obj: &ObjRef) -> Option<Value> {
    let state = generator_of(gen_obj).state.lock();
    let frame = state.frame.as_ref()?;
    let waiting =
        frame.code.instructions.get(frame.pc).is_some_and(|i| i.opcode() == Opcode::YIELD_FROM) && state.started;
    if waiting {
        state.values.last().cloned()
    } else {
        None
    }
}

/// `gen.throw(exc)`: passed on to a sub-iterator first when the generator waits in one.
pub fn throw(thread: &mut Thread, gen_obj: &ObjRef, err: PyErr) -> PyResult<(Step, bool)> {
    if let Some(sub) = yield_from_target(gen_obj) {
        if generator_of(gen_obj).state.lock().running {
            return Err(value_error(format!("{} already executing", generator_of(gen_obj).kind_name())));
        }
        let result = if err.matches(&exceptions().generator_exit) {
            close_iterator(thread, &sub).map(|_| None)
        } else {
            throw_into(thread, &sub, err.clone())
        };
        match result {
            Ok(Some(Step::Yielded(item))) => return Ok((Step::Yielded(item), false)),
            Ok(Some(Step::Returned(value))) => {
                // The sub-iterator finished: its value is the result of the YIELD_FROM.
                {
                    let mut state = generator_of(gen_obj).state.lock();
                    state.values.pop();
                    state.values.push(value);
                    if let Some(frame) = state.frame.as_mut() {
                        frame.pc += 1;
                    }
                }
                return resume_with(thread, gen_obj, Resume::Continue);
            }
            Ok(None) => return resume_with(thread, gen_obj, Resume::Throw(err)),
            Err(raised) => return resume_with(thread, gen_obj, Resume::Throw(raised)),
        }
    }
    resume_with(thread, gen_obj, Resume::Throw(err))
}

/// Throws into any sub-iterator: Ok(None) when it has no `throw` (the exception is then raised
/// in the delegating frame).
fn throw_into(thread: &mut Thread, sub: &Value, err: PyErr) -> PyResult<Option<Step>> {
    if let Value::Obj(obj) = sub {
        if let Payload::Generator(_) = obj.payload() {
            return throw(thread, obj, err).map(|(step, _)| Some(step));
        }
    }
    match getattr_opt(thread, sub, "throw")? {
        Some(method) => match call(thread, &method, Args::positional(&[err.value()])) {
            Ok(item) => Ok(Some(Step::Yielded(item))),
            Err(e) if e.matches(&exceptions().stop_iteration) => Ok(Some(Step::Returned(stop_value(&e)))),
            Err(e) => Err(e),
        },
        None => Ok(None),
    }
}

fn close_iterator(thread: &mut Thread, sub: &Value) -> PyResult<()> {
    if let Value::Obj(obj) = sub {
        if let Payload::Generator(_) = obj.payload() {
            return close(thread, obj).map(|_| ());
        }
    }
    if let Some(method) = getattr_opt(thread, sub, "close")? {
        call(thread, &method, Args::positional(&[]))?;
    }
    Ok(())
}

/// `gi_frame` (`cr_frame`, `ag_frame`): the frame object of a generator that has not
/// finished, else None.
pub fn frame_of(thread: &mut Thread, gen_obj: &ObjRef) -> Value {
    let generator = generator_of(gen_obj);
    let mut state = generator.state.lock();
    if state.finished {
        return Value::None;
    }
    if state.running {
        drop(state);
        let running =
            thread.frames.iter_mut().rev().find(|f| f.generator.as_ref().is_some_and(|g| ObjRef::ptr_eq(g, gen_obj)));
        return running.map_or(Value::None, |frame| Value::Obj(frame.object()));
    }
    let values = state.values.clone();
    let Some(frame) = state.frame.as_mut() else { return Value::None };
    let obj = frame.object();
    if let Payload::Frame(f) = obj.payload() {
        // A frame not started yet shows the line of the `def` (see `NOT_STARTED`).
        *f.lasti.lock() = if frame.not_started() { crate::frame::NOT_STARTED } else { frame.lasti };
        let kept = f.locals.lock().clone();
        *f.locals.lock() = crate::frame::locals_of(&frame.code, &values, &frame.locals, &kept);
    }
    Value::Obj(obj)
}

/// `gen.close()`.
pub fn close(thread: &mut Thread, gen_obj: &ObjRef) -> PyResult<Value> {
    let generator = generator_of(gen_obj);
    {
        let mut state = generator.state.lock();
        if state.finished {
            return Ok(Value::None);
        }
        if !state.started {
            state.finished = true;
            drop(state.frame.take());
            state.values.clear();
            return Ok(Value::None);
        }
    }
    let exit = PyErr::with_args(&exceptions().generator_exit, vec![]);
    match throw(thread, gen_obj, exit) {
        Ok((Step::Yielded(_), _)) => {
            let what = match generator.kind {
                GenKind::AsyncGenerator => "async generator ignored GeneratorExit",
                GenKind::Coroutine => "coroutine ignored GeneratorExit",
                GenKind::Generator => "generator ignored GeneratorExit",
            };
            Err(runtime_error(what))
        }
        Ok((Step::Returned(_), _)) => Ok(Value::None),
        Err(err) if err.matches(&exceptions().generator_exit) || err.matches(&exceptions().stop_iteration) => {
            Ok(Value::None)
        }
        Err(err) => Err(err),
    }
}

/// GET_YIELD_FROM_ITER.
pub fn yield_from_iter(thread: &mut Thread, value: Value, flags: CodeFlags) -> PyResult<Value> {
    if let Some(Payload::Generator(g)) = value.payload() {
        if g.kind == GenKind::Coroutine && !flags.has(CodeFlags::COROUTINE) && !flags.has(CodeFlags::ITERABLE_COROUTINE)
        {
            return Err(type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
        }
        return Ok(value);
    }
    crate::protocols::iter::get_iter(thread, &value)
}

/// GET_AWAITABLE: the iterator an `await` drives.
pub fn get_awaitable(thread: &mut Thread, value: Value, context: usize) -> PyResult<Value> {
    if let Some(Payload::Generator(g)) = value.payload() {
        // A coroutine, or the generator of a function `types.coroutine` flagged.
        if g.kind == GenKind::Coroutine
            || (g.kind == GenKind::Generator && g.code.flags.has(CodeFlags::ITERABLE_COROUTINE))
        {
            if yield_from_target_running(&value) {
                return Err(runtime_error("coroutine is being awaited already"));
            }
            return Ok(value);
        }
    }
    if let Some(Payload::AwaitableStep(_)) = value.payload() {
        return Ok(value);
    }
    match special(&value, "__await__") {
        Some(method) => {
            let iter = crate::call::call_method(thread, &method, &value, std::slice::from_ref(&value))?;
            if let Some(Payload::Generator(g)) = iter.payload() {
                if g.kind == GenKind::Coroutine {
                    return Err(type_error("__await__() returned a coroutine"));
                }
            }
            if special(&iter, "__next__").is_none()
                && !matches!(iter.payload(), Some(Payload::Generator(_) | Payload::Iterator(_)))
            {
                return Err(type_error(format!("__await__() returned non-iterator of type '{}'", type_name(&iter))));
            }
            Ok(iter)
        }
        None => {
            let message = match context {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {}",
                    type_name(&value)
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {}",
                    type_name(&value)
                ),
                _ => format!("object {} can't be used in 'await' expression", type_name(&value)),
            };
            Err(type_error(message))
        }
    }
}

fn yield_from_target_running(_value: &Value) -> bool {
    false
}

/// GET_AITER.
pub fn get_aiter(thread: &mut Thread, value: Value) -> PyResult<Value> {
    match crate::protocols::call_special(thread, &value, "__aiter__", &[])? {
        Some(iter) => {
            if special(&iter, "__anext__").is_none() {
                return Err(type_error(format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                    type_name(&iter)
                )));
            }
            Ok(iter)
        }
        None => {
            Err(type_error(format!("'async for' requires an object with __aiter__ method, got {}", type_name(&value))))
        }
    }
}

/// Before an async generator's first step: remembers the thread's finalizer hook and calls its
/// `firstiter` hook with the generator (`sys.set_asyncgen_hooks`; asyncio uses them to close
/// async generators left unfinished at shutdown).
pub fn init_async_gen_hooks(thread: &mut Thread, agen: &ObjRef) -> PyResult<()> {
    let Payload::Generator(generator) = agen.payload() else { return Ok(()) };
    {
        let mut state = generator.state.lock();
        if std::mem::replace(&mut state.hooks_inited, true) {
            return Ok(());
        }
        state.finalizer = thread.asyncgen_hooks.1.clone();
    }
    let firstiter = thread.asyncgen_hooks.0.clone();
    if !firstiter.is_null() {
        crate::call::call(thread, &firstiter, crate::objects::function::Args::positional(&[Value::Obj(agen.clone())]))?;
    }
    Ok(())
}

/// The finalizer hook an unfinished async generator was given, if any.
pub fn async_gen_finalizer(agen: &ObjRef) -> Option<Value> {
    let Payload::Generator(generator) = agen.payload() else { return None };
    let state = generator.state.lock();
    (!state.finalizer.is_null() && !state.finished).then(|| state.finalizer.clone())
}

/// GET_ANEXT: the awaitable for the next item of an async iterator.
pub fn get_anext(thread: &mut Thread, aiter: Value) -> PyResult<Value> {
    if let Value::Obj(agen) = &aiter {
        if matches!(agen.payload(), Payload::Generator(g) if g.kind == GenKind::AsyncGenerator) {
            init_async_gen_hooks(thread, agen)?;
        }
    }
    match crate::protocols::call_special(thread, &aiter, "__anext__", &[])? {
        Some(awaitable) => get_awaitable(thread, awaitable, 0)
            .map_err(|_| type_error("'async for' received an invalid object from __anext__".to_string())),
        None => Err(type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            type_name(&aiter)
        ))),
    }
}

/// The awaitable an async generator's `__anext__`, `asend` or `athrow` returns: driving it
/// resumes the generator; a `yield` inside finishes the await with StopIteration(value).
pub struct AwaitableStep {
    pub agen: ObjRef,
    pub state: Mutex<AwaitState>,
    /// For `aclose()`: the generator must not yield again, and finishing (or raising
    /// GeneratorExit or StopAsyncIteration) completes the await.
    pub closing: bool,
}

pub enum AwaitState {
    /// Not started: the first resume sends this value or throws this exception.
    Initial(Value, Option<PyErr>),
    Running,
    Done,
}

/// `agen.__anext__()` / `asend(v)` / `athrow(e)`.
/// (`async_generator_athrow` objects for `athrow`/`aclose`, else `async_generator_asend`).
pub fn async_gen_step(agen: &ObjRef, value: Value, throw: Option<PyErr>) -> Value {
    let class = if throw.is_some() { &types().async_generator_athrow } else { &types().async_generator_asend };
    let step =
        AwaitableStep { agen: agen.clone(), state: Mutex::new(AwaitState::Initial(value, throw)), closing: false };
    Value::Obj(ObjRef::new(class.clone(), None, OwnedPayload::AwaitableStep(step)))
}

/// `agen.aclose()`: throws GeneratorExit in.
pub fn async_gen_close_step(agen: &ObjRef) -> Value {
    let exit = PyErr::with_args(&exceptions().generator_exit, vec![]);
    let initial = AwaitState::Initial(Value::None, Some(exit));
    let step = AwaitableStep { agen: agen.clone(), state: Mutex::new(initial), closing: true };
    let class = &types().async_generator_athrow;
    Value::Obj(ObjRef::new(class.clone(), None, OwnedPayload::AwaitableStep(step)))
}

/// Drives an async generator's awaitable one step (its `send`/`throw`).
pub fn await_step_send(
    thread: &mut Thread,
    step: &AwaitableStep,
    value: Value,
    thrown: Option<PyErr>,
) -> PyResult<Value> {
    let how = {
        let mut state = step.state.lock();
        match std::mem::replace(&mut *state, AwaitState::Running) {
            AwaitState::Initial(first, first_throw) => match (thrown, first_throw) {
                (Some(err), _) | (None, Some(err)) => Resume::Throw(err),
                (None, None) => Resume::Send(first),
            },
            AwaitState::Running => match thrown {
                Some(err) => Resume::Throw(err),
                None => Resume::Send(value),
            },
            AwaitState::Done => {
                *state = AwaitState::Done;
                return Err(runtime_error("cannot reuse already awaited __anext__()/asend()"));
            }
        }
    };
    let result = match how {
        Resume::Throw(err) => throw(thread, &step.agen, err),
        other => resume_with(thread, &step.agen, other),
    };
    if step.closing {
        let e = exceptions();
        return match result {
            Ok((Step::Yielded(_), true)) => {
                *step.state.lock() = AwaitState::Done;
                Err(runtime_error("async generator ignored GeneratorExit"))
            }
            Ok((Step::Yielded(item), false)) => Ok(item),
            Ok((Step::Returned(_), _)) => {
                *step.state.lock() = AwaitState::Done;
                Err(crate::objects::exception::stop_iteration(Value::None))
            }
            Err(err) => {
                *step.state.lock() = AwaitState::Done;
                if err.matches(&e.generator_exit) || err.matches(&e.stop_async_iteration) {
                    Err(crate::objects::exception::stop_iteration(Value::None))
                } else {
                    Err(err)
                }
            }
        };
    }
    match result {
        Ok((Step::Yielded(item), true)) => {
            *step.state.lock() = AwaitState::Done;
            Err(crate::objects::exception::stop_iteration(item))
        }
        Ok((Step::Yielded(item), false)) => Ok(item),
        Ok((Step::Returned(_), _)) => {
            *step.state.lock() = AwaitState::Done;
            Err(PyErr::with_args(&exceptions().stop_async_iteration, vec![]))
        }
        Err(err) => {
            *step.state.lock() = AwaitState::Done;
            Err(err)
        }
    }
}
