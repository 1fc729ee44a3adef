//! Stopping the world: the collector looks at objects only while every other thread that can
//! touch them is parked at a safe point, so it never races with a mutation or a count change.
//!
//! An OS thread is *attached* while it has a `Thread` (it may touch objects at any moment) and
//! not inside a blocking wait (`detached`). To stop the world the collector raises a flag and
//! wakes every thread's eval-loop check (`finalize::pending`); each attached thread parks there
//! (`park_if_stopping`) until the world restarts. A detached thread is not waited for: it touches
//! no object until it attaches again, and attaching waits while the world is stopped.
//! A thread that reaches no safe point in `STOP_TIMEOUT` (a long native computation, a blocking
//! call not marked as detached) makes the collector give up this collection rather than hang.
//! Without threads (wasm32-wasip1) the only thread is the collector and nothing ever waits.
//! The lock and condition variable are the standard library's, whose waiters live in the
//! kernel only: in a child made by `fork()` the parent's other threads leave no trace in them
//! (parking_lot's queue of waiters would keep them, and hand the lock to a thread that is gone).

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// How long the collector waits for every thread to park before it gives up.
const STOP_TIMEOUT: Duration = Duration::from_secs(1);

struct World {
    /// OS threads attached (including the collector's own).
    attached: usize,
    /// Attached threads parked at a safe point.
    parked: usize,
    /// Whether a collector is stopping (or has stopped) the world.
    stopping: bool,
}

static WORLD: Mutex<World> = Mutex::new(World { attached: 0, parked: 0, stopping: false });
/// Signalled whenever `WORLD` changes.
static CHANGED: Condvar = Condvar::new();
/// `World::stopping`, readable without the lock on the safe-point path.
static STOPPING: AtomicBool = AtomicBool::new(false);

/// Locks `WORLD` (a panic while it was held leaves the counts consistent: each change is one
/// statement).
fn world() -> MutexGuard<'static, World> {
    WORLD.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Waits for `CHANGED`.
fn wait(guard: MutexGuard<'static, World>) -> MutexGuard<'static, World> {
    CHANGED.wait(guard).unwrap_or_else(PoisonError::into_inner)
}

/// Waits for `CHANGED` until `deadline` at most; true when it passed.
fn wait_until(guard: MutexGuard<'static, World>, deadline: Instant) -> (MutexGuard<'static, World>, bool) {
    let left = deadline.saturating_duration_since(Instant::now());
    let (guard, result) = CHANGED.wait_timeout(guard, left).unwrap_or_else(PoisonError::into_inner);
    (guard, result.timed_out())
}

thread_local! {
    /// How many `Attachment`s this OS thread holds (an embedder may make several `Thread`s on
    /// one OS thread; the OS thread is attached once).
    static DEPTH: Cell<usize> = const { Cell::new(0) };
}

fn attach() {
    let mut world = world();
    while world.stopping {
        world = wait(world);
    }
    world.attached += 1;
}

fn detach() {
    let mut world = world();
    world.attached -= 1;
    CHANGED.notify_all();
}

/// Keeps the OS thread attached while it lives (a field of `Thread`, dropped last).
pub struct Attachment(());

impl Attachment {
    pub fn new() -> Attachment {
        if DEPTH.with(|d| d.replace(d.get() + 1)) == 0 {
            attach();
        }
        Attachment(())
    }
}

impl Default for Attachment {
    fn default() -> Attachment {
        Attachment::new()
    }
}

impl Drop for Attachment {
    fn drop(&mut self) {
        let _ = DEPTH.try_with(|d| {
            d.set(d.get() - 1);
            if d.get() == 0 {
                detach();
            }
        });
    }
}

/// Runs `wait` detached: a blocking wait (a lock, a sleep) that touches no object, during which
/// the collector need not wait for this thread.
pub fn detached<T>(wait: impl FnOnce() -> T) -> T {
    // No branch here, only calls: a wait that never returns (a daemon thread's, at exit) leaves
    // no half-counted branch in the profile of `dist/pgo`.
    let depth = detach_for_wait();
    let result = wait();
    attach_after_wait(depth);
    result
}

/// The first half of `detached`: the thread's attachment depth, to give back afterwards.
fn detach_for_wait() -> usize {
    let depth = DEPTH.with(|d| d.replace(0));
    if depth > 0 {
        detach();
    }
    depth
}

fn attach_after_wait(depth: usize) {
    if depth > 0 {
        attach();
    }
    DEPTH.with(|d| d.set(depth));
}

/// Waits on `condvar` with `guard`'s lock released, detached like `detached`; the thread
/// attaches again with the lock released too (attaching may wait for a collection, and a
/// thread blocked on the lock meanwhile could not reach a safe point).
pub fn detached_wait<T>(condvar: &parking_lot::Condvar, guard: &mut parking_lot::MutexGuard<'_, T>) {
    let depth = DEPTH.with(|d| d.replace(0));
    if depth > 0 {
        detach();
    }
    condvar.wait(guard);
    if depth > 0 {
        parking_lot::MutexGuard::unlocked(guard, attach);
    }
    DEPTH.with(|d| d.set(depth));
}

/// In a child process made by `fork()` (with the world stopped around it): only the calling
/// thread exists, so it is the only one attached and none is parked (the other threads' counts
/// would make every collection wait for them in vain).
/// `stopped_here` says whether the forking thread had stopped the world itself (then its
/// `Stopped` restarts it); a stop another thread was making when the process forked is
/// called off, since that thread does not exist in the child.
pub fn after_fork_child(stopped_here: bool) {
    let mut world = world();
    world.attached = usize::from(DEPTH.with(Cell::get) > 0);
    world.parked = 0;
    if !stopped_here && world.stopping {
        restart(&mut world);
    }
}

/// Whether a collector asks threads to park (one relaxed load).
#[inline]
pub fn stop_requested() -> bool {
    STOPPING.load(Ordering::Relaxed)
}

/// Parks the calling thread while the world is stopped. Call only at a safe point: no
/// container lock held, every object the thread uses held by a counted reference.
pub fn park_if_stopping() {
    let mut world = world();
    if !world.stopping || DEPTH.with(Cell::get) == 0 {
        return;
    }
    world.parked += 1;
    CHANGED.notify_all();
    while world.stopping {
        world = wait(world);
    }
    world.parked -= 1;
}

/// The world stopped: every other attached thread is parked until this is dropped.
pub struct Stopped(());

/// Stops the world, or gives up (None) when some thread does not park in time. The caller
/// holds the collector's lock (only one thread stops the world at a time) and is at a safe
/// point itself.
pub fn stop() -> Option<Stopped> {
    let me = usize::from(DEPTH.with(Cell::get) > 0);
    let mut world = world();
    world.stopping = true;
    STOPPING.store(true, Ordering::Relaxed);
    crate::finalize::wake();
    let deadline = Instant::now() + STOP_TIMEOUT;
    while world.parked + me < world.attached {
        let timed_out;
        (world, timed_out) = wait_until(world, deadline);
        if timed_out && world.parked + me < world.attached {
            restart(&mut world);
            return None;
        }
    }
    Some(Stopped(()))
}

fn restart(world: &mut World) {
    world.stopping = false;
    STOPPING.store(false, Ordering::Relaxed);
    crate::finalize::settle();
    CHANGED.notify_all();
}

impl Drop for Stopped {
    fn drop(&mut self) {
        restart(&mut world());
    }
}
