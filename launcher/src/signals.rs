//! SIGINT: Ctrl-C raises KeyboardInterrupt in the running Python code; an uncaught one ends
//! the process by SIGINT again (status 130 in a shell), as CPython's does.

#[cfg(unix)]
extern "C" fn on_sigint(_signal: libc::c_int) {
    ferrython_vm::modules::interrupt::interrupt();
}

/// Installs the SIGINT handler.
#[cfg(unix)]
#[allow(unsafe_code)]
pub fn install() {
    let handler: extern "C" fn(libc::c_int) = on_sigint;
    // SAFETY: the handler only stores to atomics, which is async-signal-safe.
    unsafe {
        libc::signal(libc::SIGINT, handler as libc::sighandler_t);
    }
}

#[cfg(not(unix))]
pub fn install() {}

/// Ends the process by SIGINT with the default action (exit status 130 as the shell shows it).
#[cfg(unix)]
#[allow(unsafe_code)]
pub fn die_by_sigint() -> ! {
    // SAFETY: restoring the default action and signalling this process are plain syscalls.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    std::process::exit(130)
}

#[cfg(not(unix))]
pub fn die_by_sigint() -> ! {
    std::process::exit(130)
}
