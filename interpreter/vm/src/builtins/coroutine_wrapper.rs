//! `coroutine_wrapper`: what `coro.__await__()` returns, an iterator that drives the
//! coroutine (send, throw, close, `__next__`), so that an object whose `__await__` returns
//! it can be awaited.

use crate::method;
use crate::objects::exception::{stop_iteration, type_error};
use crate::objects::function::Args;
use crate::objects::typeobj::types;
use crate::objects::{OwnedPayload, Payload};
use crate::sync::Mutex;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

use super::add_methods;

/// The state of a `coroutine_wrapper`: the coroutine it drives (None once the collector
/// cleared it).
struct CoroutineWrapper {
    coroutine: Mutex<Value>,
}

impl crate::gc::traverse::NativeData for CoroutineWrapper {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(coroutine) = self.coroutine.try_lock() {
            visit(&coroutine);
        }
    }

    fn clear(&self) -> Vec<Value> {
        let Some(mut coroutine) = self.coroutine.try_lock() else { return Vec::new() };
        vec![std::mem::replace(&mut *coroutine, Value::None)]
    }
}

pub(super) fn install() {
    add_methods(
        &types().coroutine_wrapper,
        &[
            method!("send", wrapper_send),
            method!("throw", wrapper_throw),
            method!("close", wrapper_close),
            method!("__next__", wrapper_next),
            method!("__iter__", wrapper_iter),
            method!("__new__", wrapper_new, StaticMethod),
        ],
    );
}

/// `coro.__await__()`: a new wrapper of the coroutine.
pub(super) fn new(coroutine: Value) -> Value {
    let state = CoroutineWrapper { coroutine: Mutex::new(coroutine) };
    Value::Obj(ObjRef::new(types().coroutine_wrapper.clone(), None, OwnedPayload::Native(Box::new(state))))
}

/// The coroutine a wrapper (the first argument) drives.
fn coroutine_of(args: &Args<'_>) -> PyResult<ObjRef> {
    let state = match args.pos().first().and_then(|v| v.payload()) {
        Some(Payload::Native(data)) => data.downcast_ref::<CoroutineWrapper>(),
        _ => None,
    };
    let Some(state) = state else { return Err(type_error("descriptor requires a 'coroutine_wrapper' object")) };
    match &*state.coroutine.lock() {
        Value::Obj(obj) if matches!(obj.payload(), Payload::Generator(_)) => Ok(obj.clone()),
        _ => Err(type_error("coroutine_wrapper has no coroutine")),
    }
}

fn step_result(step: crate::generator::Step) -> PyResult<Value> {
    match step {
        crate::generator::Step::Yielded(v) => Ok(v),
        crate::generator::Step::Returned(v) => Err(stop_iteration(v)),
    }
}

fn wrapper_send(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let coroutine = coroutine_of(&args)?;
    let Some(value) = args.pos().get(1).cloned() else {
        return Err(type_error("coroutine_wrapper.send() takes exactly one argument (0 given)"));
    };
    step_result(crate::generator::resume(thread, &coroutine, value, None)?)
}

fn wrapper_next(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let coroutine = coroutine_of(&args)?;
    step_result(crate::generator::resume(thread, &coroutine, Value::None, None)?)
}

fn wrapper_throw(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let coroutine = coroutine_of(&args)?;
    let err = super::sequences::thrown(thread, &args)?;
    step_result(crate::generator::throw(thread, &coroutine, err)?.0)
}

fn wrapper_close(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let coroutine = coroutine_of(&args)?;
    crate::generator::close(thread, &coroutine)
}

fn wrapper_new(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(type_error("cannot create 'coroutine_wrapper' instances"))
}

fn wrapper_iter(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos().first().cloned().unwrap_or_default())
}
