//! Ctrl-C: the embedder's SIGINT handler calls `interrupt`, and the eval loop of the main
//! thread raises KeyboardInterrupt at its next backward jump (other threads never see it, as in
//! CPython). The flag is process-wide because the signal is.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::objects::exception::{exceptions, PyErr};
use crate::thread::Thread;
use crate::PyResult;

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Asks running Python code to raise KeyboardInterrupt. Async-signal-safe (two atomic stores).
pub fn interrupt() {
    if !INTERRUPTED.swap(true, Ordering::Relaxed) {
        crate::finalize::wake();
    }
}

/// Takes a waiting interrupt: true when there was one.
fn take() -> bool {
    let taken = INTERRUPTED.swap(false, Ordering::Relaxed);
    if taken {
        crate::finalize::settle();
    }
    taken
}

/// Forgets a waiting interrupt (the REPL's prompt takes Ctrl-C itself).
pub fn clear() {
    take();
}

impl Thread {
    /// A point where the loop may stop: runs waiting finalizers and raises a waiting
    /// KeyboardInterrupt (one relaxed load when there is neither).
    #[inline]
    pub fn interrupt_point(&mut self) -> PyResult<()> {
        if crate::finalize::pending() {
            self.run_finalizers();
            if self.is_main && take() {
                return Err(PyErr::with_args(&exceptions().keyboard_interrupt, Vec::new()));
            }
        }
        Ok(())
    }
}
