//! Number behaviour that depends on a 64-bit build or on the C library (hashes of big ints and
//! floats, `sys.maxsize`, the errno text of a float overflow): CPython's WebAssembly oracle is
//! 32-bit, so each script of `number_scripts/` runs under ferrython and the machine's native
//! `python3` (3.11; these answers did not change in 3.12), and the outputs must be equal.

#![allow(clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_ferrython");

fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("number_scripts").join(name)
}

/// stdout, stderr and exit status of `program script`.
fn run(program: &str, name: &str) -> Option<(String, String, Option<i32>)> {
    let output = Command::new(program).arg(script(name)).output().ok()?;
    Some((
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code(),
    ))
}

#[test]
fn hashes_sizes_and_overflow_texts() {
    let Some(theirs) = run("python3", "native_widths.py") else {
        eprintln!("numbers_native: no python3 on this machine; skipped");
        return;
    };
    let ours = run(BIN, "native_widths.py").expect("ferrython starts");
    assert_eq!(ours, theirs, "native_widths.py: ferrython (left) and python3 (right) differ");
}
