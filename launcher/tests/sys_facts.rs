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

#[test]
fn struct_sequences_and_encodings() {
    // Recorded from CPython on 64-bit Linux (the 3.12 oracle is a 32-bit WebAssembly build).
    let (stdout, stderr, code) = run("import sys\nprint(sys.float_info)\nprint(sys.int_info)\nprint(sys.hash_info)\n\
         print(sys.version_info[:3], sys.version_info.releaselevel, type(sys.flags).n_fields, sys.hexversion)\n\
         print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())\n\
         print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)");
    let expected = "sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, \
        min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, \
        epsilon=2.220446049250313e-16, radix=2, rounds=1)\n\
        sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)\n\
        sys.hash_info(width=64, modulus=2305843009213693951, inf=314159, nan=0, imag=1000003, algorithm='siphash13', \
        hash_bits=64, seed_bits=128, cutoff=0)\n\
        (3, 12, 7) final 18 51120112\nutf-8 utf-8 surrogateescape\nTrue True\n";
    assert_eq!((stdout.as_str(), stderr.as_str(), code), (expected, "", Some(0)));
}
