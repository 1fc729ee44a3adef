//! Ctrl-C: the embedder's SIGINT handler calls `interrupt`, and the eval loop raises
//! KeyboardInterrupt at its next backward jump. The flag is process-wide because the signal is.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::objects::exception::{exceptions, PyErr};
use crate::thread::Thread;
use crate::PyResult;

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Asks running Python code to raise KeyboardInterrupt. Async-signal-safe (two atomic stores).
pub fn interrupt() {
    INTERRUPTED.store(true, Ordering::Relaxed);
    crate::finalize::wake();
}

/// Whether an interrupt waits to be raised.
pub fn is_pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}

/// Forgets a waiting interrupt (the REPL's prompt takes Ctrl-C itself).
pub fn clear() {
    INTERRUPTED.store(false, Ordering::Relaxed);
}

impl Thread {
    /// A point where the loop may stop: runs waiting finalizers and raises a waiting
    /// KeyboardInterrupt (one relaxed load when there is neither).
    #[inline]
    pub fn interrupt_point(&mut self) -> PyResult<()> {
        if crate::finalize::pending() {
            self.run_finalizers();
            if INTERRUPTED.swap(false, Ordering::Relaxed) {
                return Err(PyErr::with_args(&exceptions().keyboard_interrupt, Vec::new()));
            }
        }
        Ok(())
    }
}
