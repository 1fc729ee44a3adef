//! The `sys` facts that name this implementation (the program corpus cannot check them: CPython
//! gives its own).

use std::process::Command;

fn run(code: &str) -> (String, String, Option<i32>) {
    let output = Command::new(env!("CARGO_BIN_EXE_ferrython")).args(["-c", code]).output().expect("ferrython runs");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code(),
    )
}

#[test]
fn implementation_is_ferrython() {
    let (stdout, stderr, code) = run(
        "import sys\nprint(sys.implementation.name, sys.implementation.cache_tag, sys.version_info[:2], sys.maxsize == 2**63 - 1)",
    );
    assert_eq!((stdout.as_str(), stderr.as_str(), code), ("ferrython ferrython-312 (3, 12) True\n", "", Some(0)));
}

#[test]
fn exit_codes() {
    assert_eq!(run("import sys; sys.exit(3)").2, Some(3));
    assert_eq!(run("raise SystemExit").2, Some(0));
    let (_, stderr, code) = run("1/0");
    assert_eq!(code, Some(1));
    assert!(stderr.ends_with("ZeroDivisionError: division by zero\n"), "{stderr}");
}
