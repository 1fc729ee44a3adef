//! SIGINT: Ctrl-C raises KeyboardInterrupt in the running Python code; an uncaught one ends
//! the process by SIGINT again (status 130 in a shell), as CPython's does. The process's first
//! thread only waits for the worker thread that runs Python, so it blocks every signal: the
//! kernel then delivers them to the worker, and a signal a program sends itself (`os.kill`,
//! `signal.raise_signal`) is handled before the call returns, as in CPython.

#[cfg(unix)]
extern "C" fn on_sigint(_signal: libc::c_int) {
    ferrython_vm::modules::interrupt::interrupt();
}

/// Installs the SIGINT handler, unless the process was started with SIGINT ignored (a
/// background job of a shell, `nohup`): then it stays ignored, as CPython leaves it.
#[cfg(unix)]
#[allow(unsafe_code)]
pub fn install() {
    let handler: extern "C" fn(libc::c_int) = on_sigint;
    // SAFETY: `sigaction` with no new action only reads the current one into plain data; the
    // handler only stores to atomics, which is async-signal-safe.
    unsafe {
        let mut current: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGINT, std::ptr::null(), &mut current) == 0 && current.sa_sigaction == libc::SIG_IGN {
            return;
        }
        libc::signal(libc::SIGINT, handler as libc::sighandler_t);
    }
}

#[cfg(not(unix))]
pub fn install() {}

/// Blocks every signal in the calling thread (the waiting first thread, after the worker is
/// started: the worker keeps the mask it was started with).
#[cfg(unix)]
#[allow(unsafe_code)]
pub fn leave_to_worker() {
    // SAFETY: `set` is a valid sigset_t to fill; the mask change applies to this thread only.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

#[cfg(not(unix))]
pub fn leave_to_worker() {}

/// Ends the process by SIGINT with the default action (exit status 130 as the shell shows it).
#[cfg(unix)]
#[allow(unsafe_code)]
pub fn die_by_sigint() -> ! {
    // SAFETY: restoring the default action and signalling this process are plain syscalls.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    std::process::exit(130)
}

#[cfg(not(unix))]
pub fn die_by_sigint() -> ! {
    std::process::exit(130)
}
