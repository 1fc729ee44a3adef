//! The `os`, `posix`, `signal` and `errno` modules against the real operating system: each
//! script of `os_scripts/` runs under ferrython and under the machine's `python3` in a fresh
//! scratch folder, and the two outputs must be equal (errno numbers, file modes and signal
//! behaviour are the machine's, so CPython's WebAssembly oracle cannot answer these).

#![allow(clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_ferrython");

fn scripts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("os_scripts")
}

/// A fresh, empty folder to run a script in.
fn scratch(name: &str, who: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ferrython-os-{name}-{who}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp folder");
    dir
}

/// stdout, stderr and exit status of `program script` run in a scratch folder.
fn run(program: &str, script: &str, who: &str) -> (String, String, Option<i32>) {
    let dir = scratch(script, who);
    let mut command = Command::new(program);
    command.arg(scripts_dir().join(script)).current_dir(&dir).env("FERRY_OS_TEST", "1");
    let output = command.output().expect("the interpreter starts");
    let _ = std::fs::remove_dir_all(&dir);
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code(),
    )
}

fn python3_available() -> bool {
    Command::new("python3").arg("-c").arg("pass").output().is_ok_and(|o| o.status.success())
}

fn compare(script: &str) {
    if !python3_available() {
        eprintln!("os_native: no python3 on this machine; {script} skipped");
        return;
    }
    let ours = run(BIN, script, "ferrython");
    let theirs = run("python3", script, "cpython");
    assert_eq!(ours, theirs, "{script}: ferrython (left) and python3 (right) differ");
}

#[test]
fn files_and_directories() {
    compare("files.py");
}

#[test]
fn processes_signals_and_errno() {
    compare("process.py");
}

#[test]
fn pathlib_and_glob_with_links() {
    compare("pathlib_links.py");
}
