//! The `_thread` module: Python functions running on OS threads, locks, and thread identity.
//!
//! There is no GIL: a started thread gets its own `Thread` (value stack, frames, caches) over the
//! shared interpreter and runs at the same time as the others. Objects are shared between
//! threads as they are; each mutable builtin object guards itself.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};

use crate::builtins::{add_methods, native_function};
use crate::method;
use crate::modules::arguments::no_arguments;
use crate::objects::exception::{exceptions, overflow_error, runtime_error, type_error, value_error, PyErr};
use crate::objects::function::{Args, BuiltinKind, NativeFn};
use crate::objects::str::{as_pystr, intern, new_str};
use crate::objects::typeobj::{class_of, new_builtin_type, set_builtin_attr, type_data, types, BaseKind};
use crate::objects::{as_dict, as_tuple, new_dict, tuple_of, OwnedPayload, Payload};
use crate::thread::{is_system_exit, Thread};
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The longest timeout a lock accepts, in seconds (CPython's value on 64-bit Linux).
const TIMEOUT_MAX: f64 = 9223372036.0;

/// The stack of a started thread when `stack_size` was not set. Deep recursion takes new stack
/// segments (`Thread::nested`), so this only has to hold the eval loop's ordinary nesting.
const DEFAULT_STACK_BYTES: usize = 16 << 20;

/// The smallest size `stack_size` accepts (CPython's minimum).
const MIN_STACK_BYTES: usize = 32 * 1024;

/// How often a main thread blocked on a lock looks for Ctrl-C.
const INTERRUPT_POLL: Duration = Duration::from_millis(20);

// ---------------------------------------------------------------------------------------------
// Thread identity

/// The next identity to hand out; identities are never reused within a process.
static NEXT_IDENT: AtomicU64 = AtomicU64::new(1);

thread_local! {
    /// This OS thread's identity, 0 until first asked for (or set when the thread is started).
    static IDENT: Cell<u64> = const { Cell::new(0) };
}

/// The identity of the running OS thread (`_thread.get_ident()`).
pub fn current_ident() -> u64 {
    IDENT.with(|ident| {
        if ident.get() == 0 {
            ident.set(NEXT_IDENT.fetch_add(1, Ordering::Relaxed));
        }
        ident.get()
    })
}

/// The operating system's number for the running thread (`get_native_id`).
fn native_id() -> u64 {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: gettid has no preconditions and cannot fail.
        #[allow(unsafe_code)]
        let id = unsafe { libc::gettid() };
        id as u64
    }
    #[cfg(not(target_os = "linux"))]
    {
        current_ident()
    }
}

// ---------------------------------------------------------------------------------------------
// Waiting

/// How long an `acquire` may wait.
#[derive(Clone, Copy)]
enum Wait {
    No,
    Forever,
    Until(Instant),
}

/// Reads `acquire(blocking=True, timeout=-1)`'s arguments (after `self`).
fn parse_wait(thread: &mut Thread, args: Args<'_>, what: &str) -> PyResult<Wait> {
    let positional = &args.pos()[1..];
    if positional.len() > 2 {
        return Err(type_error(format!("{what}() takes at most 2 arguments ({} given)", positional.len())));
    }
    let mut blocking = positional.first().cloned();
    let mut timeout = positional.get(1).cloned();
    for (name, value) in args.keywords() {
        let name = as_pystr(name).map(|s| s.as_str().into_owned()).unwrap_or_default();
        let slot = match name.as_str() {
            "blocking" => &mut blocking,
            "timeout" => &mut timeout,
            _ => return Err(type_error(format!("'{name}' is an invalid keyword argument for {what}()"))),
        };
        if slot.is_some() {
            return Err(type_error(format!("argument for {what}() given by name ('{name}') and position")));
        }
        *slot = Some(value.clone());
    }
    let blocking = match &blocking {
        Some(value) => crate::protocols::truthy(thread, value)?,
        None => true,
    };
    let seconds = match &timeout {
        None => -1.0,
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Float(f)) => *f,
        Some(Value::Bool(b)) => f64::from(u8::from(*b)),
        Some(other) => match other.payload() {
            Some(Payload::Float(f)) => *f,
            Some(Payload::Int(_)) => return Err(overflow_error("timestamp too large to convert to C _PyTime_t")),
            _ => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    crate::objects::typeobj::type_name(other)
                )))
            }
        },
    };
    if !blocking {
        if seconds != -1.0 {
            return Err(value_error("can't specify a timeout for a non-blocking call"));
        }
        return Ok(Wait::No);
    }
    if seconds == -1.0 {
        return Ok(Wait::Forever);
    }
    if seconds < 0.0 {
        return Err(value_error("timeout value must be positive"));
    }
    if seconds > TIMEOUT_MAX || seconds.is_nan() {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(Wait::Until(Instant::now() + Duration::from_secs_f64(seconds)))
}

/// Waits on `condvar` until `ready` holds or the wait runs out; false when it ran out. The main
/// thread wakes up now and then to take Ctrl-C (a signal handler cannot notify a condvar).
fn wait_for<T>(
    thread: &mut Thread,
    state: &Mutex<T>,
    condvar: &Condvar,
    wait: Wait,
    mut ready: impl FnMut(&mut T) -> bool,
) -> PyResult<bool> {
    loop {
        {
            let mut guard = state.lock();
            if ready(&mut guard) {
                return Ok(true);
            }
            let deadline = match wait {
                Wait::No => return Ok(false),
                Wait::Forever => None,
                Wait::Until(deadline) if Instant::now() >= deadline => return Ok(false),
                Wait::Until(deadline) => Some(deadline),
            };
            let slice_end = thread.is_main.then(|| Instant::now() + INTERRUPT_POLL);
            // Detached: the cycle collector need not wait for a thread blocked here.
            crate::gc::world::detached(|| match (deadline, slice_end) {
                (Some(d), Some(s)) => {
                    condvar.wait_until(&mut guard, d.min(s));
                }
                (Some(d), None) | (None, Some(d)) => {
                    condvar.wait_until(&mut guard, d);
                }
                (None, None) => condvar.wait(&mut guard),
            });
            if ready(&mut guard) {
                return Ok(true);
            }
        }
        // The lock on the state is released before any Python code can run.
        thread.interrupt_point()?;
    }
}

// ---------------------------------------------------------------------------------------------
// Lock

/// `_thread.lock`: a lock any thread may release.
#[derive(Default)]
pub struct Lock {
    locked: Mutex<bool>,
    released: Condvar,
}

impl Lock {
    fn acquire(&self, thread: &mut Thread, wait: Wait) -> PyResult<bool> {
        wait_for(thread, &self.locked, &self.released, wait, |locked| !std::mem::replace(locked, true))
    }

    fn release(&self) -> PyResult<()> {
        let mut locked = self.locked.lock();
        if !*locked {
            return Err(runtime_error("release unlocked lock"));
        }
        *locked = false;
        drop(locked);
        self.released.notify_one();
        Ok(())
    }
}

fn this_lock<'a>(args: &Args<'a>) -> PyResult<&'a Lock> {
    native_state(args.values.first(), "lock")
}

/// The native state of type `T` of `value` (a method's self).
fn native_state<'a, T: 'static>(value: Option<&'a Value>, what: &str) -> PyResult<&'a T> {
    match value.and_then(Value::payload) {
        Some(Payload::Native(state)) => state.downcast_ref::<T>(),
        _ => None,
    }
    .ok_or_else(|| type_error(format!("descriptor needs a '_thread.{what}' object")))
}

fn lock_acquire(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let lock = this_lock(&args)?;
    let wait = parse_wait(thread, args, "acquire")?;
    Ok(Value::Bool(lock.acquire(thread, wait)?))
}

fn lock_release(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    this_lock(&args)?.release()?;
    Ok(Value::None)
}

fn lock_enter(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this_lock(&args)?.acquire(thread, Wait::Forever)?))
}

fn lock_locked(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(*this_lock(&args)?.locked.lock()))
}

fn lock_at_fork_reinit(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    *this_lock(&args)?.locked.lock() = false;
    Ok(Value::None)
}

fn lock_repr(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let lock = this_lock(&args)?;
    let state = if *lock.locked.lock() { "locked" } else { "unlocked" };
    let class = type_data(class_of(&args.values[0])).name();
    Ok(new_str(format!("<{state} _thread.{class} object at {:#x}>", object_address(&args.values[0]))))
}

fn object_address(value: &Value) -> usize {
    value.as_obj().map_or(0, ObjRef::addr)
}

fn lock_new(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(type_error("cannot create '_thread.lock' instances"))
}

// ---------------------------------------------------------------------------------------------
// RLock

/// `_thread.RLock`: a lock its owner may take again; only the owner releases it.
#[derive(Default)]
pub struct RLock {
    state: Mutex<RLockState>,
    released: Condvar,
}

#[derive(Default)]
struct RLockState {
    /// The owner's identity, 0 when free.
    owner: u64,
    count: u64,
}

impl RLock {
    fn acquire(&self, thread: &mut Thread, wait: Wait) -> PyResult<bool> {
        let me = current_ident();
        wait_for(thread, &self.state, &self.released, wait, |state| {
            if state.owner == me {
                state.count += 1;
                true
            } else if state.count == 0 {
                state.owner = me;
                state.count = 1;
                true
            } else {
                false
            }
        })
    }

    /// Gives up `count` levels (all of them when None); returns the levels held before.
    fn release(&self, all: bool) -> PyResult<(u64, u64)> {
        let mut state = self.state.lock();
        if state.count == 0 || state.owner != current_ident() {
            return Err(runtime_error("cannot release un-acquired lock"));
        }
        let before = (state.count, state.owner);
        state.count = if all { 0 } else { state.count - 1 };
        if state.count == 0 {
            state.owner = 0;
            drop(state);
            self.released.notify_one();
        }
        Ok(before)
    }
}

fn this_rlock<'a>(args: &Args<'a>) -> PyResult<&'a RLock> {
    native_state(args.values.first(), "RLock")
}

fn rlock_new(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Obj(class)) = args.values.first() else {
        return Err(type_error("RLock.__new__(X): X is not a type object"));
    };
    Ok(Value::Obj(ObjRef::new(class.clone(), None, OwnedPayload::Native(Box::<RLock>::default()))))
}

fn rlock_acquire(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let lock = this_rlock(&args)?;
    let wait = parse_wait(thread, args, "acquire")?;
    Ok(Value::Bool(lock.acquire(thread, wait)?))
}

fn rlock_enter(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(this_rlock(&args)?.acquire(thread, Wait::Forever)?))
}

fn rlock_release(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    this_rlock(&args)?.release(false)?;
    Ok(Value::None)
}

fn rlock_is_owned(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = this_rlock(&args)?.state.lock();
    Ok(Value::Bool(state.count > 0 && state.owner == current_ident()))
}

fn rlock_recursion_count(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let state = this_rlock(&args)?.state.lock();
    let mine = state.owner == current_ident();
    Ok(Value::Int(if mine { state.count as i64 } else { 0 }))
}

/// `_release_save()`: releases every level and returns `(count, owner)` for `_acquire_restore`.
fn rlock_release_save(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let lock = this_rlock(&args)?;
    if lock.state.lock().count == 0 {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    let (count, owner) = lock.release(true)?;
    Ok(tuple_of([Value::Int(count as i64), Value::Int(owner as i64)]))
}

/// `_acquire_restore((count, owner))`: takes the lock back at the saved depth.
fn rlock_acquire_restore(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let lock = this_rlock(&args)?;
    let saved = args.pos().get(1).and_then(as_tuple).unwrap_or_default();
    let (Some(Value::Int(count)), Some(Value::Int(owner))) = (saved.first(), saved.get(1)) else {
        return Err(type_error("_acquire_restore() argument must be a (count, owner) tuple"));
    };
    let (count, owner) = (*count as u64, *owner as u64);
    wait_for(thread, &lock.state, &lock.released, Wait::Forever, |state| {
        if state.count == 0 {
            state.owner = owner;
            state.count = count;
            true
        } else {
            false
        }
    })?;
    Ok(Value::None)
}

fn rlock_at_fork_reinit(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    *this_rlock(&args)?.state.lock() = RLockState::default();
    Ok(Value::None)
}

fn rlock_repr(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let lock = this_rlock(&args)?;
    let (owner, count) = {
        let state = lock.state.lock();
        (state.owner, state.count)
    };
    let word = if count > 0 { "locked" } else { "unlocked" };
    let this = &args.values[0];
    let class = class_of(this);
    let data = type_data(class);
    let name = if data.heap {
        format!("{}.{}", crate::attributes::type_module(class).unwrap_or_default(), data.name())
    } else {
        "_thread.RLock".into()
    };
    Ok(new_str(format!("<{word} {name} object owner={owner} count={count} at {:#x}>", object_address(this))))
}

// ---------------------------------------------------------------------------------------------
// Starting threads

/// `start_new_thread(function, args[, kwargs])`: runs `function(*args, **kwargs)` on a new OS
/// thread and returns its identity.
fn start_new_thread(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(type_error("start_new_thread() takes no keyword arguments"));
    }
    let positional = args.pos();
    if positional.len() < 2 {
        return Err(type_error(format!("start_new_thread expected at least 2 arguments, got {}", positional.len())));
    }
    if positional.len() > 3 {
        return Err(type_error(format!("start_new_thread expected at most 3 arguments, got {}", positional.len())));
    }
    let function = positional[0].clone();
    if !crate::builtins::is_callable(&function) {
        return Err(type_error("first arg must be callable"));
    }
    let Some(call_args) = as_tuple(&positional[1]) else { return Err(type_error("2nd arg must be a tuple")) };
    let mut values = call_args.to_vec();
    let mut kwnames = Vec::new();
    if let Some(kwargs) = positional.get(2) {
        let Some(dict) = as_dict(kwargs) else { return Err(type_error("optional 3rd arg must be a dictionary")) };
        for (key, value) in dict.items() {
            kwnames.push(key);
            values.push(value);
        }
    }
    let interp = thread.interp.clone();
    let ident = NEXT_IDENT.fetch_add(1, Ordering::Relaxed);
    let stack = match interp.thread_stack_size.load(Ordering::Relaxed) {
        0 => DEFAULT_STACK_BYTES,
        size => size,
    };
    interp.thread_count.fetch_add(1, Ordering::Relaxed);
    // Before the thread exists: from now on two threads may change the same counts.
    crate::value::share_counts();
    let spawned = std::thread::Builder::new().stack_size(stack).spawn({
        let interp = interp.clone();
        move || {
            IDENT.with(|cell| cell.set(ident));
            let mut worker = Thread::new_worker(interp.clone());
            let result = crate::call::call(&mut worker, &function, Args { values: &values, kwnames: &kwnames });
            if let Err(err) = result {
                if !is_system_exit(&err) {
                    report_thread_error(&mut worker, &err, &function);
                }
            }
            drop((function, values, kwnames));
            worker.run_finalizers();
            release_sentinel(&mut worker);
            interp.thread_count.fetch_sub(1, Ordering::Relaxed);
        }
    });
    match spawned {
        Ok(_) => Ok(Value::Int(ident as i64)),
        Err(_) => {
            interp.thread_count.fetch_sub(1, Ordering::Relaxed);
            Err(runtime_error("can't start new thread"))
        }
    }
}

/// At the end of a program: when `threading` was imported, `threading._shutdown()` joins the
/// threads it started that are not daemons (as CPython does before the atexit callbacks).
pub fn wait_for_threads(thread: &mut Thread) {
    let modules = thread.interp.modules.clone();
    let Some(threading) = crate::objects::dict_of(&modules).and_then(|d| d.get_str(&intern("threading"))) else {
        return;
    };
    let shutdown = match crate::protocols::attr::getattr(thread, &threading, &intern("_shutdown")) {
        Ok(shutdown) => shutdown,
        Err(_) => return,
    };
    if let Err(err) = crate::call::call(thread, &shutdown, Args::positional(&[])) {
        thread.report_unraisable(&err, &shutdown);
    }
}

/// The start of finalization: every thread but this one (daemon threads: the others were
/// joined) stops for good at its next safe point, so that none sees the modules being torn
/// down. The safe points' slow path stays on from now on.
pub fn stop_other_threads(thread: &mut Thread) {
    thread.interp.finalizing.store(true, Ordering::SeqCst);
    crate::finalize::wake();
}

/// An exception that ended a thread started by `start_new_thread`, reported as CPython's
/// unraisable hook reports it.
fn report_thread_error(thread: &mut Thread, err: &PyErr, function: &Value) {
    crate::modules::sys::report_unraisable(thread, err, Some("Exception ignored in thread started by"), function);
}

// ---------------------------------------------------------------------------------------------
// Module functions

/// `_set_sentinel()`: a new lock, locked, that is released when this thread has finished
/// running Python code (what `Thread.join` waits for last, as in CPython).
fn set_sentinel(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_arguments(&args, "_thread._set_sentinel")?;
    let class = lock_type(thread)?;
    let lock = Lock { locked: Mutex::new(true), released: Condvar::new() };
    let sentinel = ObjRef::new(class, None, OwnedPayload::Native(Box::new(lock)));
    thread.sentinel = Some(sentinel.clone());
    Ok(Value::Obj(sentinel))
}

/// Releases the lock `_set_sentinel` gave out, if any.
fn release_sentinel(thread: &mut Thread) {
    if let Some(Payload::Native(state)) = thread.sentinel.take().as_ref().map(|s| s.payload()) {
        if let Some(lock) = state.downcast_ref::<Lock>() {
            let _ = lock.release();
        }
    }
}

fn allocate_lock(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_arguments(&args, "_thread.allocate_lock")?;
    let class = lock_type(thread)?;
    Ok(Value::Obj(ObjRef::new(class, None, OwnedPayload::Native(Box::<Lock>::default()))))
}

/// The `lock` type of this interpreter's `_thread` module.
fn lock_type(thread: &mut Thread) -> PyResult<ObjRef> {
    let module = crate::modules::native_module(thread, "_thread")?;
    let found = module.dict().as_ref().and_then(crate::objects::dict_of).and_then(|d| d.get_str(&intern("LockType")));
    match found {
        Some(Value::Obj(class)) => Ok(class),
        _ => Err(runtime_error("_thread.LockType is missing")),
    }
}

/// The module's `__getattr__` (PEP 562): `_thread._local`, the class of thread-local data, is
/// written in Python (`Lib/_threading_local.py`, which imports this module): it is imported on
/// first use, and stored here as `_local` by that module.
fn module_getattr(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let name = args.pos().first().cloned().unwrap_or(Value::None);
    let module = crate::import::import_module_level(thread, "_thread", &Value::None, &Value::None, 0)?;
    let text = as_pystr(&name).map(|s| s.as_str().into_owned()).unwrap_or_default();
    if text == "_local" {
        let threading_local =
            crate::import::import_module_level(thread, "_threading_local", &Value::None, &Value::None, 0)?;
        return crate::protocols::getattr(thread, &threading_local, &intern("local"));
    }
    let name = name.as_obj().cloned().unwrap_or_else(|| intern(&text));
    Err(crate::protocols::attr::no_attribute(&module, &name))
}

fn get_ident(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_arguments(&args, "_thread.get_ident")?;
    Ok(Value::Int(current_ident() as i64))
}

fn get_native_id(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_arguments(&args, "_thread.get_native_id")?;
    Ok(Value::Int(native_id() as i64))
}

fn count(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_arguments(&args, "_thread._count")?;
    Ok(Value::Int(thread.interp.thread_count.load(Ordering::Relaxed) as i64))
}

fn daemon_threads_allowed(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_arguments(&args, "_thread.daemon_threads_allowed")?;
    Ok(Value::Bool(true))
}

/// `stack_size([size])`: the stack size for threads started later; returns the previous one.
fn stack_size(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let size = match args.pos() {
        [] => None,
        [Value::Int(size)] => Some(*size),
        [Value::Bool(b)] => Some(i64::from(*b)),
        [other] => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::objects::typeobj::type_name(other)
            )))
        }
        more => return Err(type_error(format!("stack_size expected at most 1 argument, got {}", more.len()))),
    };
    let previous = thread.interp.thread_stack_size.load(Ordering::Relaxed);
    if let Some(size) = size {
        if size != 0 && (size < MIN_STACK_BYTES as i64) {
            return Err(value_error(format!("size not valid: {size} bytes")));
        }
        thread.interp.thread_stack_size.store(size as usize, Ordering::Relaxed);
    }
    Ok(Value::Int(previous as i64))
}

fn exit_thread(_thread: &mut Thread, _args: Args<'_>) -> PyResult<Value> {
    Err(PyErr::with_args(&exceptions().system_exit, Vec::new()))
}

/// `interrupt_main(signum=SIGINT)`: the main thread handles `signum` at its next check, as if
/// it had arrived; nothing happens when Python has no handler for it (SIG_DFL or SIG_IGN).
fn interrupt_main(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    use crate::modules::interrupt::{signal_arrived, SIGINT, SIGNAL_COUNT};
    let signal = match crate::modules::arguments::between("interrupt_main", &args, 0, 1)?.first() {
        None => i64::from(SIGINT),
        Some(number) => crate::protocols::number::index_of(thread, number)?,
    };
    if signal < 1 || signal >= SIGNAL_COUNT as i64 {
        return Err(value_error("signal number out of range"));
    }
    let signal = signal as i32;
    #[cfg(unix)]
    if !crate::modules::signal::handled_by_python(signal) {
        return Ok(Value::None);
    }
    #[cfg(not(unix))]
    if signal != SIGINT {
        return Ok(Value::None);
    }
    signal_arrived(signal);
    // The main thread handles it before the call returns, as CPython's eval breaker does.
    thread.interrupt_point()?;
    Ok(Value::None)
}

/// Makes the `_thread` module.
pub fn init(_thread: &mut Thread) -> PyResult<ObjRef> {
    let t = types();
    let lock_class = new_builtin_type(&t.type_, "lock", std::slice::from_ref(&t.object), BaseKind::Other, false);
    set_builtin_attr(&lock_class, "__module__", new_str("_thread"));
    add_methods(
        &lock_class,
        &[
            method!("__new__", lock_new, StaticMethod),
            method!("acquire", lock_acquire),
            method!("acquire_lock", lock_acquire),
            method!("__enter__", lock_enter),
            method!("release", lock_release),
            method!("release_lock", lock_release),
            method!("__exit__", lock_release),
            method!("locked", lock_locked),
            method!("locked_lock", lock_locked),
            method!("_at_fork_reinit", lock_at_fork_reinit),
            method!("__repr__", lock_repr),
        ],
    );
    let rlock_class = new_builtin_type(&t.type_, "RLock", std::slice::from_ref(&t.object), BaseKind::Other, false);
    set_builtin_attr(&rlock_class, "__module__", new_str("_thread"));
    add_methods(
        &rlock_class,
        &[
            method!("__new__", rlock_new, StaticMethod),
            method!("acquire", rlock_acquire),
            method!("__enter__", rlock_enter),
            method!("release", rlock_release),
            method!("__exit__", rlock_release),
            method!("_is_owned", rlock_is_owned),
            method!("_recursion_count", rlock_recursion_count),
            method!("_release_save", rlock_release_save),
            method!("_acquire_restore", rlock_acquire_restore),
            method!("_at_fork_reinit", rlock_at_fork_reinit),
            method!("__repr__", rlock_repr),
        ],
    );

    let dict = new_dict();
    let ns = crate::ops::namespace(&dict);
    let functions: &[(&'static str, NativeFn)] = &[
        ("start_new_thread", start_new_thread),
        ("start_new", start_new_thread),
        ("allocate_lock", allocate_lock),
        ("allocate", allocate_lock),
        ("_set_sentinel", set_sentinel),
        ("get_ident", get_ident),
        ("get_native_id", get_native_id),
        ("_count", count),
        ("daemon_threads_allowed", daemon_threads_allowed),
        ("stack_size", stack_size),
        ("exit", exit_thread),
        ("exit_thread", exit_thread),
        ("interrupt_main", interrupt_main),
        ("__getattr__", module_getattr),
    ];
    for (name, function) in functions {
        ns.set_str(&intern(name), native_function(name, *function, BuiltinKind::Function, None));
    }
    ns.set_str(&intern("LockType"), Value::Obj(lock_class));
    ns.set_str(&intern("RLock"), Value::Obj(rlock_class));
    ns.set_str(&intern("TIMEOUT_MAX"), Value::Float(TIMEOUT_MAX));
    ns.set_str(&intern("error"), Value::Obj(exceptions().runtime_error.clone()));
    Ok(crate::objects::new_module("_thread", dict))
}

/// Holds no references the cycle collector must follow.
impl crate::gc::traverse::NativeData for RLock {}
impl crate::gc::traverse::NativeData for Lock {}
