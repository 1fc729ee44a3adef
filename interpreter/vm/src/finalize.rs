//! Finalizers: what runs when the last reference to an object goes away and the object has
//! Python code to run first (PEP 442): a suspended generator is closed, an instance whose class
//! defines `__del__` gets that call, a coroutine that never ran warns that it was never awaited.
//!
//! The last reference can go away anywhere in Rust code, often while the thread's stacks are
//! being changed, so the finalizer cannot run right there. Instead `objects::dealloc` hands such
//! an object to `defer`, which revives it (count 1) and queues it on the dropping thread; the eval
//! loop runs the queue at its finalization points (`Thread::finalize_point`: before calls and
//! backward jumps, and when module code finishes), so a finalizer runs before anything else
//! the program can observe happens, though not always right after the instruction that
//! dropped the object as in CPython.
//! An object is finalized at most once: its header's finalized flag stays set (the cycle
//! collector runs finalizers of unreachable cycles through the same functions, `gc::collect`).

use std::cell::RefCell;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::objects::str::intern_static;
use crate::objects::typeobj::{lookup, type_data};
use crate::objects::Payload;
use crate::thread::Thread;
use crate::value::{DeadObject, ObjRef, PyObject, Value};

/// How many things wait for a finalization point: finalizers queued by any thread (each thread
/// runs only its own queue, so this stays non-zero until every queue is run), plus one while an
/// interrupt waits (`modules::interrupt`).
static WAITING: AtomicUsize = AtomicUsize::new(0);

/// What waits in a thread's queue for its next finalization point.
enum Job {
    /// An object whose finalizer runs (it was revived for it).
    Finalize(ObjRef),
    /// The callback of a weak reference whose object died: `callback(weakref)`.
    WeakCallback { callback: Value, weakref: ObjRef },
}

thread_local! {
    static QUEUE: RefCell<Vec<Job>> = const { RefCell::new(Vec::new()) };
}

/// Queues a weak reference's callback to run at this thread's next finalization point.
pub(crate) fn queue_weak_callback(callback: Value, weakref: ObjRef) {
    // While the thread ends its queue is gone: the callback is dropped.
    if QUEUE.try_with(|queue| queue.borrow_mut().push(Job::WeakCallback { callback, weakref })).is_ok() {
        wake();
    }
}

/// Whether finalizers or an interrupt may be waiting (one relaxed load).
#[inline]
pub fn pending() -> bool {
    WAITING.load(Ordering::Relaxed) != 0
}

/// Counts one more thing waiting for a finalization point (async-signal-safe: an interrupt
/// calls it from a signal handler).
pub fn wake() {
    WAITING.fetch_add(1, Ordering::Relaxed);
}

/// Counts one thing waiting for a finalization point less.
pub fn settle() {
    WAITING.fetch_sub(1, Ordering::Relaxed);
}

/// The interned name `__del__` (interned strs are immortal and shared by all threads).
fn del_name() -> &'static ObjRef {
    static NAME: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    NAME.get_or_init(|| intern_static("__del__"))
}

/// Whether an object about to be freed has Python code to run first.
#[inline]
pub(crate) fn needs_finalizer(object: &PyObject) -> bool {
    match object.payload() {
        Payload::Generator(g) => {
            // Suspended: closed. A coroutine never started: "was never awaited".
            let state = g.state.lock();
            !state.finished
                && state.frame.is_some()
                && (state.started || g.kind == crate::generator::GenKind::Coroutine)
        }
        _ => type_data(&object.class).heap && class_has_del(&object.class),
    }
}

thread_local! {
    /// The last class asked about: (address, version, has `__del__`). Objects tend to die in
    /// runs of one class, so this one entry spares most lookups.
    static LAST_CLASS: std::cell::Cell<(usize, u64, bool)> = const { std::cell::Cell::new((0, 0, false)) };
}

fn class_has_del(class: &ObjRef) -> bool {
    let version = type_data(class).version.load(Ordering::Acquire);
    let (address, cached_version, answer) = LAST_CLASS.with(std::cell::Cell::get);
    if address == class.addr() && cached_version == version {
        return answer;
    }
    let answer = lookup(class, del_name()).is_some();
    LAST_CLASS.with(|last| last.set((class.addr(), version, answer)));
    answer
}

/// Called for every object whose count reached zero: returns it when it can be freed now, or
/// queues it (revived) for its finalizer and returns None.
pub(crate) fn defer(object: DeadObject) -> Option<DeadObject> {
    // Finalized before (and now dead again, or resurrected and dead again): free it.
    if !needs_finalizer(&object) || !object.gc.mark_finalized() {
        return Some(object);
    }
    let revived = ObjRef::revive(object);
    // While the thread ends its queue is gone: the object, dropped with the unused closure,
    // is then freed without its finalizer (it is marked finalized already).
    if QUEUE.try_with(|queue| queue.borrow_mut().push(Job::Finalize(revived))).is_ok() {
        wake();
    }
    None
}

impl Thread {
    /// Runs the queued finalizers, if any (a relaxed load when there are none).
    #[inline]
    pub fn finalize_point(&mut self) {
        if pending() {
            self.finalize_point_slow();
        }
    }

    /// A thread other than the main one once the interpreter finalizes (a daemon thread): it
    /// waits, detached from the collector, until the process exits.
    pub(crate) fn stop_if_finalizing(&mut self) {
        if !self.is_main && self.interp.finalizing.load(Ordering::Relaxed) {
            crate::gc::world::detached(|| loop {
                std::thread::park();
            });
        }
    }

    /// Out of line, so that the check inlined at every call and backward jump stays a load and
    /// a branch.
    #[cold]
    #[inline(never)]
    fn finalize_point_slow(&mut self) {
        self.stop_if_finalizing();
        self.gc_safe_point();
        self.run_finalizers();
    }

    /// Runs the finalizers this thread queued. Errors are reported as CPython reports them
    /// ("Exception ignored in: ...") and never propagate. One run at a time: a finalizer's
    /// own finalization points leave the queue to the run in progress, which takes the
    /// objects it drops as well; nesting a run in each finalizer would recurse once per object
    /// (a list of ten thousand objects with `__del__` dropped at once hit the recursion limit).
    pub fn run_finalizers(&mut self) {
        if self.running_finalizers {
            return;
        }
        self.running_finalizers = true;
        while let Some(job) = QUEUE.with(|queue| queue.borrow_mut().pop()) {
            settle();
            match job {
                Job::Finalize(obj) => self.run_finalizer(obj),
                Job::WeakCallback { callback, weakref } => self.run_weak_callback(callback, weakref),
            }
        }
        self.running_finalizers = false;
    }

    /// Calls a dead object's weak reference callback: `callback(weakref)`.
    pub(crate) fn run_weak_callback(&mut self, callback: Value, weakref: ObjRef) {
        let handled = self.handled.take();
        let arg = Value::Obj(weakref);
        let outcome =
            crate::call::call(self, &callback, crate::objects::function::Args::positional(std::slice::from_ref(&arg)));
        self.handled = handled;
        if let Err(err) = outcome {
            self.report_unraisable(&err, &callback);
        }
    }

    /// Runs the finalizer of `obj` (which is marked finalized already).
    pub(crate) fn run_finalizer(&mut self, obj: ObjRef) {
        let handled = self.handled.take();
        let outcome: Result<(), (crate::PyErr, Value)> = match obj.payload() {
            Payload::Generator(g) if !g.state.lock().started => {
                let message =
                    crate::objects::str::new_str(format!("coroutine '{}' was never awaited", g.qualname_text()));
                let category = crate::objects::exception::exceptions().runtime_warning.clone();
                // The coroutine is the warning's source (the note about tracemalloc).
                let source = Value::Obj(obj.clone());
                crate::warnings::warn_value(self, message, &category, 1, source)
                    .map_err(|err| (err, Value::Obj(obj.clone())))
            }
            Payload::Generator(_) => match crate::generator::async_gen_finalizer(&obj) {
                // The event loop's finalizer closes it (asynchronously) instead.
                Some(finalizer) => {
                    let args = [Value::Obj(obj.clone())];
                    crate::call::call(self, &finalizer, crate::objects::function::Args::positional(&args))
                        .map(|_| ())
                        .map_err(|err| (err, finalizer))
                }
                None => crate::generator::close(self, &obj).map(|_| ()).map_err(|err| (err, Value::Obj(obj.clone()))),
            },
            _ => match lookup(&obj.class, del_name()) {
                Some(del) => {
                    let target = Value::Obj(obj.clone());
                    crate::call::call_method(self, &del, &target, std::slice::from_ref(&target))
                        .map(|_| ())
                        .map_err(|err| (err, del))
                }
                None => Ok(()),
            },
        };
        self.handled = handled;
        if let Err((err, culprit)) = outcome {
            self.report_unraisable(&err, &culprit);
        }
        drop(obj);
    }

    /// Reports an exception a finalizer or callback raised, through `sys.unraisablehook`
    /// ("Exception ignored in: OBJ" and the traceback).
    pub fn report_unraisable(&mut self, err: &crate::PyErr, culprit: &Value) {
        crate::modules::sys::report_unraisable(self, err, None, culprit);
    }
}
