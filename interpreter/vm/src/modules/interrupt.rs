//! Signals as Python sees them: a signal handler of the embedder (Ctrl-C) or of the `signal`
//! module only marks the signal as arrived, and the main thread's eval loop runs the Python
//! handler at its next check (a backward jump, a sleep, an interrupted system call). Without
//! a Python handler SIGINT raises KeyboardInterrupt; other threads never see signals, as in
//! CPython. The flags are process-wide because signals are.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::objects::exception::{exceptions, PyErr};
use crate::thread::Thread;
use crate::PyResult;

/// One past the largest signal number (Linux's `NSIG`; large enough for macOS's).
pub const SIGNAL_COUNT: usize = 65;

/// SIGINT's number, the same on every Unix.
pub const SIGINT: i32 = 2;

#[allow(clippy::declare_interior_mutable_const)]
const NOT_ARRIVED: AtomicBool = AtomicBool::new(false);
static ARRIVED: [AtomicBool; SIGNAL_COUNT] = [NOT_ARRIVED; SIGNAL_COUNT];

/// Marks `signal` as arrived, for the main thread to handle. Async-signal-safe (atomic stores).
pub fn signal_arrived(signal: i32) {
    let Some(flag) = usize::try_from(signal).ok().and_then(|i| ARRIVED.get(i)) else { return };
    if !flag.swap(true, Ordering::Relaxed) {
        crate::finalize::wake();
    }
}

/// Asks running Python code to handle Ctrl-C (KeyboardInterrupt unless a handler is set).
pub fn interrupt() {
    signal_arrived(SIGINT);
}

/// Takes `signal` if it has arrived.
fn take(signal: usize) -> bool {
    let taken = ARRIVED[signal].swap(false, Ordering::Relaxed);
    if taken {
        crate::finalize::settle();
    }
    taken
}

/// Forgets a waiting interrupt (the REPL's prompt takes Ctrl-C itself).
pub fn clear() {
    take(SIGINT as usize);
}

impl Thread {
    /// A point where the loop may stop: runs waiting finalizers and, in the main thread, the
    /// handlers of arrived signals (one relaxed load when there is nothing to do).
    #[inline]
    pub fn interrupt_point(&mut self) -> PyResult<()> {
        if crate::finalize::pending() {
            return self.interrupt_point_slow();
        }
        Ok(())
    }

    /// Out of line, so that the inlined check stays a load and a branch.
    #[cold]
    #[inline(never)]
    fn interrupt_point_slow(&mut self) -> PyResult<()> {
        self.stop_if_finalizing();
        self.gc_safe_point();
        self.run_finalizers();
        if self.is_main {
            self.handle_signals()?;
        }
        Ok(())
    }

    /// Runs the handler of each arrived signal, lowest number first; a handler's exception
    /// leaves the signals not yet handled for the next check.
    fn handle_signals(&mut self) -> PyResult<()> {
        for signal in 1..SIGNAL_COUNT {
            if take(signal) {
                self.run_signal_handler(signal as i32)?;
            }
        }
        Ok(())
    }

    fn run_signal_handler(&mut self, signal: i32) -> PyResult<()> {
        #[cfg(unix)]
        if let Some(handler) = crate::modules::signal::python_handler(signal) {
            let args = [crate::value::Value::Int(i64::from(signal)), crate::value::Value::None];
            return crate::call::call(self, &handler, crate::objects::function::Args::positional(&args)).map(|_| ());
        }
        if signal == SIGINT {
            return Err(PyErr::with_args(&exceptions().keyboard_interrupt, Vec::new()));
        }
        Ok(())
    }
}
