//! What one thread may see and change of the interpreter's other threads: their frames
//! (`sys._current_frames`), the exceptions they handle (`sys._current_exceptions`), and their
//! trace and profile functions (`threading.settrace_all_threads`).
//!
//! Each `Thread` has an entry in its interpreter's list. While the thread runs Python code
//! (inside `run_frames`) the entry holds the thread's address: the `Thread` is mutably borrowed
//! for that whole time, so it cannot move. Another thread reads it only with the world stopped
//! (`gc::world`): every other thread is then parked at a safe point or detached in a blocking
//! wait, so none is touching its own frames. This is how CPython reads other thread states,
//! with the world stopped instead of a GIL.

#![allow(unsafe_code)]

use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::Arc;

use crate::objects::{dict_of, new_dict, Payload};
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

/// A thread as the interpreter's other threads find it.
pub struct ThreadEntry {
    /// `_thread.get_ident()` of the OS thread the `Thread` was made on.
    pub ident: u64,
    /// The `Thread` while it runs Python code, else null.
    running: AtomicPtr<Thread>,
}

impl ThreadEntry {
    /// Adds a new thread's entry to its interpreter's list.
    pub(crate) fn register(interp: &crate::Interp) -> Arc<ThreadEntry> {
        let entry = Arc::new(ThreadEntry {
            ident: crate::modules::threads::current_ident(),
            running: AtomicPtr::new(std::ptr::null_mut()),
        });
        interp.threads.lock().push(entry.clone());
        entry
    }
}

/// Publishes a thread's address while it runs Python code (see the module comment); the
/// outermost `run_frames` holds one.
pub(crate) struct Running(Option<Arc<ThreadEntry>>);

impl Running {
    pub(crate) fn enter(thread: &mut Thread) -> Running {
        if !thread.entry.running.load(Ordering::Relaxed).is_null() {
            return Running(None);
        }
        // `sys.monitoring` may have changed while the thread ran no Python code.
        if thread.hook_flags_stale() {
            thread.refresh_hook_flags();
        }
        let entry = thread.entry.clone();
        entry.running.store(thread as *mut Thread, Ordering::Relaxed);
        Running(Some(entry))
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(entry) = &self.0 {
            entry.running.store(std::ptr::null_mut(), Ordering::Relaxed);
        }
    }
}

impl Drop for Thread {
    fn drop(&mut self) {
        self.interp.threads.lock().retain(|entry| !Arc::ptr_eq(entry, &self.entry));
    }
}

/// Runs `visit` on every other thread of the interpreter that runs Python code, with the world
/// stopped. False when the world could not be stopped (a thread busy in a long native call, or
/// this thread collecting): then no other thread is visited.
fn with_other_threads(thread: &Thread, mut visit: impl FnMut(&ThreadEntry, &mut Thread)) -> bool {
    // The list is copied so that its lock is not held while other threads are asked to stop.
    let entries: Vec<Arc<ThreadEntry>> = thread.interp.threads.lock().clone();
    let Some(stopped) = crate::gc::collect::stop_the_world() else { return false };
    for entry in &entries {
        // Another `Thread` on this OS thread is one whose caller this thread is.
        if entry.ident == thread.entry.ident {
            continue;
        }
        let other = entry.running.load(Ordering::Relaxed);
        if other.is_null() {
            continue;
        }
        // SAFETY: the world is stopped: the other thread is parked or detached inside its
        // `run_frames`, which borrows its `Thread` mutably and touches none of it until the
        // world restarts (see the module comment).
        visit(entry, unsafe { &mut *other });
    }
    drop(stopped);
    true
}

/// Gives every running activation of `thread` its frame object, as its own thread would see
/// it now (line, caller), for a thread other than the one that owns them.
fn snapshot_frames(thread: &mut Thread) -> Value {
    let mut below = Value::None;
    for index in 0..thread.frames.len() {
        let frame = &mut thread.frames[index];
        let obj = frame.object();
        if let Payload::Frame(f) = obj.payload() {
            *f.lasti.lock() = frame.lasti;
            *f.back.lock() = below;
            // Only a module or class body's locals: a function's kept dict would be written
            // back into its fast locals after a trace function runs.
            if !frame.locals.is_null() {
                *f.locals.lock() = frame.locals.clone();
            }
        }
        below = Value::Obj(obj);
    }
    below
}

/// `sys._current_frames()`: each thread's identity mapped to its topmost frame.
pub fn current_frames(thread: &mut Thread) -> PyResult<Value> {
    let mut found = Vec::new();
    if let Some(top) = thread.frames.last_mut() {
        found.push((thread.entry.ident, Value::Obj(top.object())));
    }
    with_other_threads(thread, |entry, other| {
        let top = snapshot_frames(other);
        if !top.is_none() {
            found.push((entry.ident, top));
        }
    });
    by_ident(thread, found)
}

/// `sys._current_exceptions()`: each thread's identity mapped to the exception it handles, or
/// None.
pub fn current_exceptions(thread: &mut Thread) -> PyResult<Value> {
    let handled = |thread: &Thread| thread.handled_exception();
    let mut found = vec![(thread.entry.ident, handled(thread))];
    with_other_threads(thread, |entry, other| found.push((entry.ident, handled(other))));
    by_ident(thread, found)
}

/// A dict of thread identities to values.
fn by_ident(thread: &mut Thread, found: Vec<(u64, Value)>) -> PyResult<Value> {
    let result = new_dict();
    let dict = dict_of(&result).expect("a new dict");
    for (ident, value) in found {
        dict.set(thread, Value::Int(ident as i64), value)?;
    }
    Ok(Value::Obj(result))
}

/// Which hook `set_hook_all_threads` sets.
#[derive(Clone, Copy)]
pub enum Hook {
    Trace,
    Profile,
}

/// `sys._settraceallthreads(func)` and `sys._setprofileallthreads(func)`: the hook of this
/// thread and of every other thread running Python code.
pub fn set_hook_all_threads(thread: &mut Thread, hook: Hook, func: Value) {
    let set = |thread: &mut Thread| match hook {
        Hook::Trace => thread.set_trace(func.clone()),
        Hook::Profile => thread.set_profile(func.clone()),
    };
    set(thread);
    with_other_threads(thread, |_, other| set(other));
}

/// After a change of the `sys.monitoring` tools: every thread's eval-loop flags follow it.
pub fn refresh_hook_flags_everywhere(thread: &mut Thread) {
    thread.refresh_hook_flags();
    with_other_threads(thread, |_, other| other.refresh_hook_flags());
}

/// In the child of a `fork()`: only the calling thread goes on, so no other entry may be read.
pub fn after_fork_child(thread: &Thread) {
    let mut entries = thread.interp.threads.lock();
    for entry in entries.iter() {
        if !Arc::ptr_eq(entry, &thread.entry) {
            entry.running.store(std::ptr::null_mut(), Ordering::Relaxed);
        }
    }
    entries.retain(|entry| Arc::ptr_eq(entry, &thread.entry));
}
