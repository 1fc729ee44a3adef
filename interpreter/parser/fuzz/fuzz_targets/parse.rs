//! Feeds arbitrary bytes to the parser. The first byte picks the mode (low two bits) and whether
//! type comments are on (bit 2); the rest is the source. A panic, a debug-assertion failure, an
//! arithmetic overflow or a stack overflow is a bug: every input must give `Ok` or a SyntaxError.
//!
//! Build without a sanitizer (`--sanitizer none`): AddressSanitizer's larger frames overflow the
//! 8 MiB main-thread stack at depths that a normal build handles, which is not a parser bug.
#![no_main]

use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};

use ferrython_ast::{dump, DumpOptions};
use ferrython_parser::{parse, Mode, ParseOptions};
use libfuzzer_sys::fuzz_target;

/// The input being parsed, for the SIGSEGV handler.
static INPUT: AtomicPtr<u8> = AtomicPtr::new(std::ptr::null_mut());
static INPUT_LEN: AtomicUsize = AtomicUsize::new(0);

/// Where the SIGSEGV handler saves the input, in the fuzzer's working directory.
const OVERFLOW_FILE: &std::ffi::CStr = c"crash-stack-overflow";

/// Saves the current input and dies of the SIGSEGV. Runs on the alternate stack and calls only
/// async-signal-safe functions: a stack overflow may strike inside malloc, where libFuzzer's own
/// crash handler (which allocates) would deadlock.
extern "C" fn on_sigsegv(_: libc::c_int, _: *mut libc::siginfo_t, _: *mut libc::c_void) {
    let data = INPUT.load(Ordering::Relaxed);
    let len = INPUT_LEN.load(Ordering::Relaxed);
    let msg = b"\n==parse fuzz target== SIGSEGV, most likely a stack overflow; \
                input saved to ./crash-stack-overflow\n";
    // SAFETY: `data` and `len` describe the input libFuzzer is running, alive until it returns.
    unsafe {
        let fd = libc::open(OVERFLOW_FILE.as_ptr(), libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC, 0o644);
        if fd >= 0 && !data.is_null() {
            libc::write(fd, data.cast(), len);
            libc::close(fd);
        }
        libc::write(2, msg.as_ptr().cast(), msg.len());
        // Die of the signal: restore the default action; the faulting access repeats on return.
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = libc::SIG_DFL;
        libc::sigaction(libc::SIGSEGV, &action, std::ptr::null_mut());
    }
}

/// Without a sanitizer, a stack overflow's SIGSEGV reaches libFuzzer's handler on the exhausted
/// stack, so the process dies without saving the input. Give the main thread an alternate stack
/// and install `on_sigsegv` with `SA_ONSTACK` before libFuzzer sets its handlers: libFuzzer keeps
/// the flag and calls this earlier SIGSEGV handler from its own.
fn catch_stack_overflow() {
    const ALT_STACK: usize = 1 << 20;
    let stack: &'static mut [u8] = Box::leak(vec![0u8; ALT_STACK].into_boxed_slice());
    // SAFETY: the alternate stack is leaked, so it lives as long as the process.
    unsafe {
        let alt = libc::stack_t { ss_sp: stack.as_mut_ptr().cast(), ss_flags: 0, ss_size: ALT_STACK };
        assert_eq!(libc::sigaltstack(&alt, std::ptr::null_mut()), 0);
        let mut action: libc::sigaction = std::mem::zeroed();
        let handler: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) = on_sigsegv;
        action.sa_sigaction = handler as usize;
        action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
        assert_eq!(libc::sigaction(libc::SIGSEGV, &action, std::ptr::null_mut()), 0);
    }
}

fuzz_target!(init: catch_stack_overflow(), |data: &[u8]| {
    INPUT.store(data.as_ptr().cast_mut(), Ordering::Relaxed);
    INPUT_LEN.store(data.len(), Ordering::Relaxed);
    let Some((&flags, source)) = data.split_first() else {
        return;
    };
    let mode = match flags & 3 {
        0 => Mode::Exec,
        1 => Mode::Eval,
        2 => Mode::Single,
        _ => Mode::FuncType,
    };
    let options = ParseOptions { mode, type_comments: flags & 4 != 0 };
    if let Ok(parsed) = parse(source, "<fuzz>", options) {
        // Dumping with attributes walks every node's location. A tree too deep for CPython's
        // recursion limit is a RecursionError in `ast.dump` too, not a bug.
        if let Ok(text) = dump(&parsed.module, DumpOptions { include_attributes: true, indent: None }) {
            assert!(!text.is_empty());
        }
    }
});
