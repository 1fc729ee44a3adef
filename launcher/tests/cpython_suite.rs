//! CPython's own test modules, run under Ferrython: every test recorded in `tests/cpython/`
//! (one `test_NAME.txt` per module of the machine's CPython `Lib/test`, listing the tests that
//! passed when it was recorded) must still pass. The modules are loaded from the machine's
//! CPython at test time, never copied (`tests/tools/run_cpython_tests.py`, which also records:
//! `python3 tests/tools/run_cpython_tests.py --expect tests/cpython --record`).
//!
//! Without a `python3` whose library has a `test` package, the test is skipped with a notice.

use std::process::Command;

use ferrython_test_support::{notice, workspace};

#[test]
fn recorded_cpython_tests_still_pass() {
    let root = workspace();
    let has_tests = Command::new("python3")
        .args([
            "-c",
            "import os, sysconfig; print(os.path.isdir(os.path.join(sysconfig.get_paths()['stdlib'], 'test')))",
        ])
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "True");
    if !has_tests {
        notice!("cpython_suite: skipped, no python3 with CPython's test package");
        return;
    }
    let jobs = std::thread::available_parallelism().map_or(1, |n| n.get());
    let output = Command::new("python3")
        .arg(root.join("tests/tools/run_cpython_tests.py"))
        .args(["--ferrython", env!("CARGO_BIN_EXE_ferrython")])
        .args(["--lib".as_ref(), root.join("Lib").as_os_str()])
        .args(["--expect".as_ref(), root.join("tests/cpython").as_os_str()])
        .args(["--jobs", &jobs.to_string(), "--timeout", "300"])
        .output()
        .expect("python3 runs");
    let text = String::from_utf8_lossy(&output.stdout);
    notice!("{}", text.lines().last().unwrap_or_default());
    assert!(
        output.status.success(),
        "recorded CPython tests no longer pass:\n{text}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
