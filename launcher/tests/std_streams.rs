//! `sys.stdin`, `sys.stdout` and `sys.stderr` end to end, compared with the machine's `python3`
//! run the same way at test time (the oracle cannot run with real descriptors): the streams'
//! attributes under PYTHONIOENCODING, the locale and `-u`, reading through `sys.stdin`, the
//! order of output on one pipe, and a closed descriptor. Skipped without `python3`.

// A skipped comparison says so.
#![allow(clippy::print_stderr)]

use std::io::Write as _;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_ferrython");

/// Runs `program args` with only `env` set and `stdin`; stdout and stderr (or both on one pipe
/// with `merged`).
fn run(program: &str, args: &[&str], env: &[(&str, &str)], stdin: &str, merged: bool) -> (String, String, i32) {
    let mut command = if merged {
        let mut words = vec![program.to_string()];
        words.extend(args.iter().map(|a| format!("'{}'", a.replace('\'', "'\\''"))));
        let mut c = Command::new("sh");
        c.arg("-c").arg(format!("{} 2>&1", words.join(" ")));
        c
    } else {
        let mut c = Command::new(program);
        c.args(args);
        c
    };
    command.env_clear().envs(env.iter().copied());
    if let Some(lib) = std::env::var_os("FERRYTHON_LIB") {
        command.env("FERRYTHON_LIB", lib);
    }
    command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = command.spawn().expect("starts");
    let mut input = child.stdin.take().expect("piped");
    let _ = input.write_all(stdin.as_bytes());
    drop(input);
    let out = child.wait_with_output().expect("runs");
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (text(&out.stdout), text(&out.stderr), out.status.code().unwrap_or(-1))
}

fn python3() -> Option<String> {
    let found = Command::new("python3").arg("-c").arg("import sys; print(sys.executable)").output().ok()?;
    let path = String::from_utf8_lossy(&found.stdout).trim().to_string();
    (found.status.success() && !path.is_empty()).then_some(path)
}

/// Asserts ferrython and python3 give the same streams, status included.
fn same(args: &[&str], env: &[(&str, &str)], stdin: &str, merged: bool) {
    let Some(python) = python3() else {
        eprintln!("skipped: no python3");
        return;
    };
    let expected = run(&python, args, env, stdin, merged);
    let got = run(BIN, args, env, stdin, merged);
    assert_eq!(got, expected, "args {args:?}, env {env:?}");
}

const ATTRIBUTES: &str = r#"import sys
for s in (sys.stdin, sys.stdout, sys.stderr):
    print(s.name, s.mode, s.encoding, s.errors, s.line_buffering, s.write_through, type(s).__name__,
          type(s.buffer).__name__, s.fileno(), s.isatty(), s.readable(), s.writable(), s.closed, s)
    raw = getattr(s.buffer, 'raw', s.buffer)
    print(' ', raw, raw.closefd, raw.mode, repr(s.buffer) if raw is not s.buffer else '')
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
"#;

#[test]
fn attributes_as_cpython_sets_them() {
    same(&["-c", ATTRIBUTES], &[], "", false);
    same(&["-c", ATTRIBUTES], &[("LANG", "C.UTF-8")], "", false);
    same(&["-c", ATTRIBUTES], &[("LC_ALL", "C"), ("PYTHONIOENCODING", "latin-1")], "", false);
    same(&["-c", ATTRIBUTES], &[("PYTHONIOENCODING", ":replace")], "", false);
    same(&["-c", ATTRIBUTES], &[("PYTHONIOENCODING", "ascii:ignore")], "", false);
    same(&["-E", "-c", ATTRIBUTES], &[("PYTHONIOENCODING", "ascii:ignore")], "", false);
    same(&["-u", "-c", ATTRIBUTES], &[], "", false);
    same(&["-c", ATTRIBUTES], &[("PYTHONUNBUFFERED", "1")], "", false);
}

#[test]
fn encodings_and_error_handlers_apply() {
    let code = r#"import sys
print('caf\u00e9 \u20ac')
sys.stderr.write('x\udcff \u20ac\n')
sys.stdout.flush()
sys.stdout.buffer.write(b'raw\n')
"#;
    same(&["-c", code], &[("PYTHONIOENCODING", "ascii:replace")], "", false);
    same(&["-c", code], &[("PYTHONIOENCODING", "latin-1:backslashreplace")], "", false);
    same(&["-c", "print('\\u20ac')"], &[("PYTHONIOENCODING", "latin-1")], "", false);
    same(&["-c", "import sys; sys.stdout.write('\\udcff\\n')"], &[], "", false);
}

#[test]
fn unknown_stdio_encoding_is_fatal() {
    let (out, err, status) = run(BIN, &["-c", "pass"], &[("PYTHONIOENCODING", "no-such-codec")], "", false);
    assert_eq!((out.as_str(), status), ("", 1));
    assert!(err.starts_with(
        "Fatal Python error: init_stdio_encoding: failed to get the Python codec name of the stdio encoding\n\
         Python runtime state: core initialized\nLookupError: unknown encoding: no-such-codec\n"
    ));
}

#[test]
fn reading_sys_stdin() {
    let code = r#"import sys
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.buffer.read(3)))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
"#;
    same(&["-c", code], &[], "second line\nbytes and the rest\nlast", false);
    let lines = "import sys\nfor line in sys.stdin:\n    print(repr(line))\n";
    same(&["-c", lines], &[], "a\nb\r\nc\rd", false);
    same(&["-c", "import sys; print(repr(sys.stdin.read()))"], &[], "caf\u{e9}\n", false);
}

/// One pipe for both: what was written to stdout comes before an error report or a write to
/// stderr (Ferrython flushes stdout first; CPython keeps stdout buffered, so this is not
/// compared with it).
#[test]
fn output_order_on_one_pipe() {
    let code = r#"import sys
print('a')
sys.stdout.write('b\n')
sys.stdout.buffer.write(b'c\n')
print('d', file=sys.stderr)
sys.stderr.write('e\n')
print('f', end='')
sys.stdout.flush()
sys.stderr.buffer.write(b'g\n')
print('h')
1/0
"#;
    let expected =
        "a\nb\nc\nd\ne\nfg\nh\nTraceback (most recent call last):\n  File \"<string>\", line 11, in <module>\n\
                    ZeroDivisionError: division by zero\n";
    assert_eq!(run(BIN, &["-c", code], &[], "", true), (expected.to_string(), String::new(), 1));
    assert_eq!(run(BIN, &["-u", "-c", code], &[], "", true), (expected.to_string(), String::new(), 1));
    let exiting = "import sys, atexit\natexit.register(print, 'at exit')\nsys.stdout.write('no newline')\n\
                   raise SystemExit('bye')\n";
    same(&["-c", exiting], &[], "", false);
}

#[test]
fn replaced_and_closed_streams() {
    let code = r#"import sys, io
old = sys.stdout
sys.stdout = io.StringIO()
print('hidden')
text = sys.stdout.getvalue()
sys.stdout = old
print(repr(text))
sys.stdout.close()
try:
    print('x')
except ValueError as e:
    sys.stderr.write(f'{e}\n')
"#;
    same(&["-c", code], &[], "", false);
    let Some(python) = python3() else { return };
    let probe = "import sys; sys.stderr.write(repr(sys.stdout) + chr(10)); print('lost')";
    let shell = |program: &str| run("sh", &["-c", &format!("'{program}' -c \"{probe}\" >&-")], &[], "", false);
    assert_eq!(shell(BIN), shell(&python));
}
