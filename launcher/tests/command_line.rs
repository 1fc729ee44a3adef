//! The command line end to end: options, help and usage errors, `-m`, stdin, the `PYTHON*`
//! variables, the exit (SystemExit, excepthook, atexit, broken pipes, SIGINT) and the REPL
//! read from a pipe. The expected texts were recorded from CPython 3.12 where its oracle can
//! run them, else from CPython 3.11 (usage errors, pipes, signals), with 3.12's wording.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_ferrython");

/// Runs ferrython with `args` in `cwd`, no `PYTHON*` variables but `env`, and `stdin`.
fn run_in(cwd: &Path, args: &[&str], env: &[(&str, &str)], stdin: &str) -> (String, String, Option<i32>) {
    let mut command = Command::new(BIN);
    command.args(args).current_dir(cwd).env_clear().stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    if let Some(lib) = std::env::var_os("FERRYTHON_LIB") {
        command.env("FERRYTHON_LIB", lib);
    }
    command.envs(env.iter().copied());
    let mut child = command.spawn().expect("ferrython starts");
    let mut input = child.stdin.take().expect("stdin is piped");
    let _ = input.write_all(stdin.as_bytes());
    drop(input);
    let Output { stdout, stderr, status } = child.wait_with_output().expect("ferrython runs");
    (String::from_utf8_lossy(&stdout).into_owned(), String::from_utf8_lossy(&stderr).into_owned(), status.code())
}

fn run(args: &[&str]) -> (String, String, Option<i32>) {
    run_in(&std::env::temp_dir(), args, &[], "")
}

fn usage_error(message: &str) -> String {
    format!(
        "{message}\nusage: {BIN} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n"
    )
}

/// A fresh folder for files a test writes.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ferrython-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp folder");
    dir.canonicalize().expect("temp folder exists")
}

#[test]
fn usage_errors() {
    let cases: &[(&[&str], &str)] = &[
        (&["-z"], "Unknown option: -z"),
        (&["-c"], "Argument expected for the -c option"),
        (&["-Bm"], "Argument expected for the -m option"),
        (&["-X"], "Argument expected for the -X option"),
        (&["--foo"], "unknown option --foo"),
        (&["--version=x"], "unknown option --version=x"),
        (&["-J"], "-J is reserved for Jython"),
        (&["--check-hash-based-pycs", "x"], "--check-hash-based-pycs must be one of 'default', 'always', or 'never'"),
    ];
    for (args, message) in cases {
        assert_eq!(run(args), (String::new(), usage_error(message), Some(2)), "{args:?}");
    }
}

#[test]
fn help_and_version() {
    let (stdout, stderr, code) = run(&["-h", "-z"]);
    assert_eq!((stderr.as_str(), code), ("", Some(0)));
    assert!(stdout.starts_with(&format!("usage: {BIN} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n")));
    // CPython 3.12's wording (3.11 words -b and -P differently).
    assert!(stdout
        .contains("-P     : don't prepend a potentially unsafe path to sys.path; also\n         PYTHONSAFEPATH\n"));
    assert!(stdout.ends_with("arg ...: arguments passed to program in sys.argv[1:]\n"));
    assert_eq!(run(&["-?"]).0, stdout);
    assert_eq!(run(&["--help"]).0, stdout);
    let all = run(&["--help-all"]).0;
    assert!(all.starts_with(&stdout) && all.contains("\nPYTHONSAFEPATH  : don't prepend a potentially unsafe path"));
    assert!(all.contains("-X utf8[=0|1]: enable (1) or disable (0) UTF-8 mode; also PYTHONUTF8\n"));
    assert!(run(&["--help-env"]).0.starts_with("Environment variables that change behavior:\n"));
    assert!(run(&["--help-xoptions"]).0.starts_with("The following implementation-specific options are available:\n"));
    assert_eq!(run(&["-V"]), ("Python 3.12.7\n".into(), String::new(), Some(0)));
    assert_eq!(run(&["--version", "-c", "print(1)"]).0, "Python 3.12.7\n");
    assert_eq!(run(&["-VV"]).0, "Python 3.12.7 (ferrython) [Rust]\n");
}

#[test]
fn argv_flags_and_options() {
    // The environment is empty: the C locale, where PEP 540 turns UTF-8 mode on.
    let code = "import sys; print(sys.argv, sys.orig_argv[1:]); print(sys.flags)";
    let (stdout, stderr, status) = run(&["-Bc", code, "a", "-x"]);
    let expected = format!(
        "['-c', 'a', '-x'] ['-Bc', '{code}', 'a', '-x']\nsys.flags(debug=0, inspect=0, interactive=0, optimize=0, \
         dont_write_bytecode=1, no_user_site=0, no_site=0, ignore_environment=0, verbose=0, bytes_warning=0, quiet=0, \
         hash_randomization=1, isolated=0, dev_mode=False, utf8_mode=1, warn_default_encoding=0, safe_path=False, \
         int_max_str_digits=4300)\n"
    );
    assert_eq!((stdout, stderr, status), (expected, String::new(), Some(0)));
    let code = "import sys; print(sys._xoptions, sys.warnoptions, sys.flags.dev_mode, sys.flags.utf8_mode)";
    let (stdout, _, _) = run(&["-X", "foo=bar", "-Xdev", "-X", "utf8", "-Wignore", "-bb", "-c", code]);
    assert_eq!(
        stdout,
        "{'foo': 'bar', 'dev': True, 'utf8': True} ['default', 'ignore', 'error::BytesWarning'] True 1\n"
    );
    let code = "import sys; f = sys.flags; print(f.optimize, f.verbose, f.isolated, f.safe_path, f.no_user_site, \
                f.ignore_environment, f.quiet, f.no_site, sys.path[:1] if sys.path[0] == '' else [])";
    assert_eq!(run(&["-OO", "-I", "-q", "-S", "-c", code]).0, "2 0 1 True 1 1 1 1 []\n");
    assert_eq!(
        run(&["-X", "int_max_str_digits=1000", "-c", "import sys; print(sys.flags.int_max_str_digits)"]).0,
        "1000\n"
    );
    let (_, stderr, status) = run(&["-X", "int_max_str_digits=5", "-c", "pass"]);
    assert_eq!(
        (stderr.as_str(), status),
        (
            "Fatal Python error: config_init_int_max_str_digits: -X int_max_str_digits: invalid limit; must be >= 640 \
             or 0 for unlimited.\nPython runtime state: preinitialized\n\n",
            Some(1)
        )
    );
}

/// UTF-8 mode is read first (the first `-X utf8` decides, else PYTHONUTF8), then PYTHONHASHSEED,
/// then the int digits limit; each refusal names the runtime's state then (CPython 3.11's texts).
#[test]
fn startup_errors_come_in_cpython_order() {
    let utf8 = "Fatal Python error: preconfig_init_utf8_mode: invalid -X utf8 option value\n\
                Python runtime state: preinitializing\n\n";
    let seed = "Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in range \
                [0; 4294967295]\nPython runtime state: preinitialized\n\n";
    let code = "import sys; print(sys.flags.utf8_mode, sys.flags.hash_randomization)";
    let tmp = std::env::temp_dir();
    let bad_seed = [("PYTHONHASHSEED", "abc")];
    assert_eq!(run_in(&tmp, &["-X", "utf8=x", "-c", "pass"], &bad_seed, ""), (String::new(), utf8.into(), Some(1)));
    assert_eq!(
        run_in(&tmp, &["-X", "int_max_str_digits=1", "-c", "pass"], &bad_seed, ""),
        (String::new(), seed.into(), Some(1))
    );
    assert_eq!(run_in(&tmp, &["-E", "-X", "utf8=0", "-c", code], &bad_seed, "").0, "0 1\n");
    assert_eq!(run_in(&tmp, &["-X", "utf8=0", "-X", "utf8=1", "-c", code], &[], "").0, "0 1\n");
    assert_eq!(run_in(&tmp, &["-X", "utf8=1", "-X", "utf8=x", "-c", code], &[("PYTHONUTF8", "x")], "").0, "1 1\n");
    assert_eq!(run_in(&tmp, &["-X", "utf8=0", "-c", code], &[("PYTHONHASHSEED", "-0")], "").0, "0 0\n");
    assert_eq!(run_in(&tmp, &["-X", "utf8=0", "-c", code], &[("PYTHONHASHSEED", " +17")], "").0, "0 1\n");
}

#[test]
fn run_module() {
    let dir = scratch("module");
    std::fs::write(dir.join("hello.py"), "import sys\nprint(__name__, sys.argv, sys.path[0])\n").unwrap();
    std::fs::create_dir_all(dir.join("pkg")).unwrap();
    std::fs::write(dir.join("pkg/__init__.py"), "").unwrap();
    std::fs::write(dir.join("pkg/__main__.py"), "import sys\nprint('main of pkg', sys.argv[1:])\n").unwrap();
    std::fs::write(dir.join("pkg/sub.py"), "print('sub', __name__)\n").unwrap();
    std::fs::create_dir_all(dir.join("plain")).unwrap();
    std::fs::write(dir.join("plain/__init__.py"), "").unwrap();
    let shown = dir.display();
    assert_eq!(
        run_in(&dir, &["-m", "hello", "x"], &[], ""),
        (format!("__main__ ['{shown}/hello.py', 'x'] {shown}\n"), String::new(), Some(0))
    );
    assert_eq!(run_in(&dir, &["-m", "pkg", "y"], &[], "").0, "main of pkg ['y']\n");
    assert_eq!(run_in(&dir, &["-mpkg.sub"], &[], "").0, "sub __main__\n");
    // `__spec__` is the module's spec (as `importlib.util.find_spec` gives it), as CPython's
    // runpy sets it; a script has none.
    let spec = "print(__spec__.name, repr(__package__), __spec__.origin.endswith('.py'))\n";
    std::fs::write(dir.join("pkg/spec.py"), spec).unwrap();
    std::fs::write(dir.join("top.py"), spec).unwrap();
    assert_eq!(run_in(&dir, &["-m", "pkg.spec"], &[], "").0, "pkg.spec 'pkg' True\n");
    assert_eq!(run_in(&dir, &["-m", "top"], &[], "").0, "top '' True\n");
    std::fs::write(dir.join("script.py"), "print(__spec__)\n").unwrap();
    assert_eq!(run_in(&dir, &["script.py"], &[], "").0, "None\n");
    assert_eq!(
        run_in(&dir, &["-m", "nosuch"], &[], ""),
        (String::new(), format!("{BIN}: No module named nosuch\n"), Some(1))
    );
    assert_eq!(
        run_in(&dir, &["-m", "plain"], &[], "").1,
        format!("{BIN}: No module named plain.__main__; 'plain' is a package and cannot be directly executed\n")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn program_from_stdin() {
    let program = "import sys\nprint('stdin', sys.argv)\n";
    let tmp = std::env::temp_dir();
    assert_eq!(run_in(&tmp, &[], &[], program).0, "stdin ['']\n");
    assert_eq!(run_in(&tmp, &["-", "a"], &[], program).0, "stdin ['-', 'a']\n");
    let (_, stderr, status) = run_in(&tmp, &[], &[], "1/0\n");
    assert_eq!(
        (stderr.as_str(), status),
        ("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n", Some(1))
    );
}

#[test]
fn environment_variables() {
    let tmp = std::env::temp_dir();
    // sys.path without the standard library's entries (under the prefix; see path_config.rs).
    let code = "import sys; print([p for p in sys.path if not p.startswith(sys.base_prefix + '/lib/')], \
                sys.dont_write_bytecode, sys.flags.safe_path, sys.warnoptions)";
    let env = [
        ("PYTHONPATH", "/a:/b"),
        ("PYTHONDONTWRITEBYTECODE", "1"),
        ("PYTHONWARNINGS", "ignore,error::DeprecationWarning"),
    ];
    assert_eq!(
        run_in(&tmp, &["-c", code], &env, "").0,
        "['', '/a', '/b'] True False ['ignore', 'error::DeprecationWarning']\n"
    );
    assert_eq!(run_in(&tmp, &["-E", "-c", code], &env, "").0, "[''] False False []\n");
    assert_eq!(run_in(&tmp, &["-c", code], &[("PYTHONSAFEPATH", "1")], "").0, "[] False True []\n");
    let code = "import sys; print(sys.flags.inspect, sys.flags.optimize, sys.flags.no_user_site, sys.flags.utf8_mode)";
    let env = [("PYTHONOPTIMIZE", "2"), ("PYTHONNOUSERSITE", "x"), ("PYTHONUTF8", "1")];
    assert_eq!(run_in(&tmp, &["-c", code], &env, "").0, "0 2 1 1\n");
    // PYTHONINSPECT: the REPL after the program (prompts on stderr when stdin is not a terminal).
    let (stdout, stderr, _) = run_in(&tmp, &["-c", "x = 6"], &[("PYTHONINSPECT", "1")], "x * 7\n");
    assert_eq!((stdout.as_str(), stderr.as_str()), ("42\n", ">>> >>> \n"));
}

#[test]
fn exits() {
    assert_eq!(run(&["-c", "import sys; sys.exit('bye')"]), (String::new(), "bye\n".into(), Some(1)));
    assert_eq!(run(&["-c", "raise SystemExit(None)"]).2, Some(0));
    assert_eq!(run(&["-c", "raise SystemExit(258)"]).2, Some(2));
    assert_eq!(run(&["-c", "exit(5)"]).2, Some(5));
    assert_eq!(
        run(&["-c", "print(exit, quit)"]).0,
        "Use exit() or Ctrl-D (i.e. EOF) to exit Use quit() or Ctrl-D (i.e. EOF) to exit\n"
    );
    let hook =
        "import sys\ndef hook(t, v, tb): print('hooked', t.__name__, v)\nsys.excepthook = hook\nprint('out')\n1/0";
    assert_eq!(run(&["-c", hook]), ("out\nhooked ZeroDivisionError division by zero\n".into(), String::new(), Some(1)));
    let broken = "import sys\ndef hook(t, v, tb): raise ValueError('no')\nsys.excepthook = hook\nraise KeyError(1)";
    assert_eq!(
        run(&["-c", broken]).1,
        "Error in sys.excepthook:\nTraceback (most recent call last):\n  File \"<string>\", line 2, in hook\n\
         ValueError: no\n\nOriginal exception was:\nTraceback (most recent call last):\n  File \"<string>\", line 4, \
         in <module>\nKeyError: 1\n"
    );
}

#[test]
fn atexit_callbacks() {
    let code = "import atexit\n\
def f(*a, **k): print('f', a, k)\n\
def bad(): 1/0\n\
atexit.register(f, 1, y=2)\n\
atexit.register(bad)\n\
atexit.register(print, 'first')\n\
atexit.register(f, 'gone'); atexit.unregister(print); atexit.register(print, 'last in, first out')\n\
print(atexit._ncallbacks())\n\
try:\n    atexit.register(1)\nexcept TypeError as e: print(e)\n\
try:\n    atexit.register()\nexcept TypeError as e: print(e)\n";
    let (stdout, stderr, status) = run(&["-c", code]);
    assert_eq!(
        stdout,
        "4\nthe first argument must be callable\nregister() takes at least 1 argument (0 given)\n\
         last in, first out\nf ('gone',) {}\nf (1,) {'y': 2}\n"
    );
    assert!(stderr.starts_with("Exception ignored in atexit callback: <function bad at 0x"), "{stderr}");
    assert!(
        stderr.ends_with(
            ">\nTraceback (most recent call last):\n  File \"<string>\", line 3, in bad\nZeroDivisionError: division by zero\n"
        ),
        "{stderr}"
    );
    assert_eq!(status, Some(0));
}

#[test]
fn broken_pipe() {
    // `... | head -1`: the write fails with BrokenPipeError, reported once, exit 1 (as CPython).
    let mut child = Command::new(BIN)
        .args(["-c", "for i in range(10**6): print(i)"])
        .env_clear()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ferrython starts");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("ferrython runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr.ends_with("BrokenPipeError: [Errno 32] Broken pipe\n"), "{stderr}");
    assert_eq!(stderr.matches("Broken pipe").count(), 1, "{stderr}");
}

#[cfg(unix)]
#[test]
fn keyboard_interrupt() {
    use std::os::unix::process::ExitStatusExt as _;
    let start = |code: &str| {
        let mut command = Command::new(BIN);
        command.args(["-c", code]).env_clear().stdout(Stdio::piped()).stderr(Stdio::piped());
        ferrython_test_support::default_sigint(&mut command).spawn().expect("ferrython starts")
    };
    let interrupt = |child: &std::process::Child| {
        std::thread::sleep(std::time::Duration::from_millis(400));
        let _ = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    };
    let child = start("print('ready', flush=True)\nwhile True: pass");
    interrupt(&child);
    let output = child.wait_with_output().expect("ferrython runs");
    assert_eq!(output.status.signal(), Some(2), "dies by SIGINT as CPython does");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nKeyboardInterrupt\n"
    );
    let child = start("try:\n    while True: pass\nexcept KeyboardInterrupt:\n    print('caught')");
    interrupt(&child);
    let output = child.wait_with_output().expect("ferrython runs");
    assert_eq!((String::from_utf8_lossy(&output.stdout).as_ref(), output.status.code()), ("caught\n", Some(0)));
}

#[test]
fn repl_from_a_pipe() {
    let tmp = std::env::temp_dir();
    // Recorded from CPython 3.11 (`python3 -i -c pass` with this stdin).
    let input = "print(1)\nif 1:\n  2\n\nx=5\nx\n1/0\n";
    let (stdout, stderr, status) = run_in(&tmp, &["-i", "-c", "pass"], &[], input);
    assert_eq!(stdout, "1\n2\n5\n");
    assert_eq!(
        stderr,
        ">>> >>> ... ... >>> >>> >>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n\
         ZeroDivisionError: division by zero\n>>> \n"
    );
    assert_eq!(status, Some(0));
    let input = "import sys\nsys.ps1 = 'py> '\n3\n_ + 1\nexit\nraise SystemExit(4)\n";
    let (stdout, stderr, status) = run_in(&tmp, &["-i", "-q"], &[], input);
    assert_eq!(stdout, "3\n4\nUse exit() or Ctrl-D (i.e. EOF) to exit\n");
    assert_eq!((stderr.as_str(), status), (">>> >>> py> py> py> py> ", Some(4)));
    let (_, stderr, _) = run_in(&tmp, &["-i"], &[], "");
    assert!(stderr.starts_with("Python 3.12.7 (ferrython) [Rust] on linux\nType \"help\", \"copyright\""), "{stderr}");
    let startup = scratch("startup").join("startup.py");
    std::fs::write(&startup, "greeting = 'hi'\n").unwrap();
    let env = [("PYTHONSTARTUP", startup.to_str().unwrap())];
    assert_eq!(run_in(&tmp, &["-i", "-q"], &env, "greeting\n").0, "'hi'\n");
}

/// Where a statement typed at the prompt ends: a simple one as soon as it parses, a compound
/// one at a blank line; comments alone are nothing. Recorded from CPython 3.11 (`python3 -i -q`
/// with this stdin), which 3.12 matches here.
#[test]
fn repl_statement_boundaries() {
    let cases: &[(&str, &str, &str)] = &[
        ("if 1: print(\"a\")\nprint(\"b\")\n", "", ">>> ...   File \"<stdin>\", line 2\n    print(\"b\")\n    ^^^^^\nSyntaxError: invalid syntax\n>>> \n"),
        ("def f(): return 1\nf()\n", "", ">>> ...   File \"<stdin>\", line 2\n    f()\n    ^\nSyntaxError: invalid syntax\n>>> \n"),
        ("x = [1,\n2]\nx\n", "[1, 2]\n", ">>> ... >>> >>> \n"),
        ("@staticmethod\ndef g(): pass\n\ng.__class__\n", "<class 'staticmethod'>\n", ">>> ... ... >>> >>> \n"),
        ("try:\n  1/0\nexcept ZeroDivisionError:\n  print(\"z\")\n\n", "z\n", ">>> ... ... ... ... >>> \n"),
        ("s = \"\"\"a\nb\"\"\"\ns\n", "'a\\nb'\n", ">>> ... >>> >>> \n"),
        ("x = 1 + \\\n2\nx\n", "3\n", ">>> ... >>> >>> \n"),
        ("match 1:\n  case 1: print(\"one\")\n\n", "one\n", ">>> ... ... >>> \n"),
        ("# c\n1\n\n2\n", "1\n2\n", ">>> >>> >>> >>> >>> \n"),
        ("x = (1,\n2)\nx\nif 1:\n  3\n\nfor i in range(2):\n  i\n\nclass A:\n  pass\nA.__name__\n", "(1, 2)\n3\n0\n1\n", ">>> ... >>> >>> ... ... >>> ... ... >>> ... ...   File \"<stdin>\", line 3\n    A.__name__\n    ^\nSyntaxError: invalid syntax\n>>> \n"),
        ("if 1:\n  pass\n  # c\nelse:\n  pass\n\n5\n", "5\n", ">>> ... ... ... ... ... >>> >>> \n"),
        ("def f(:\n1\n", "1\n", ">>>   File \"<stdin>\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n>>> >>> \n"),
        ("  1\n2\n", "2\n", ">>>   File \"<stdin>\", line 1\n    1\nIndentationError: unexpected indent\n>>> >>> \n"),
        ("class A:\n  def f(self): return 1\n\n  def g(self): return 2\nA().g()\n", "", ">>> ... ... >>>   File \"<stdin>\", line 1\n    def g(self): return 2\nIndentationError: unexpected indent\n>>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nAttributeError: 'A' object has no attribute 'g'\n>>> \n"),
    ];
    for (input, stdout, stderr) in cases {
        let (out, err, status) = run_in(&std::env::temp_dir(), &["-i", "-q"], &[], input);
        assert_eq!((out.as_str(), err.as_str(), status), (*stdout, *stderr, Some(0)), "{input:?}");
    }
}

/// -W and PYTHONWARNINGS become warning filters, for warnings from Python code and from the
/// compiler alike. Recorded from CPython 3.11 (3.12's wording of the `is` warning).
#[test]
fn warning_options() {
    let tmp = std::env::temp_dir();
    let warn = "import warnings; warnings.warn('x'); print('after')";
    assert_eq!(
        run_in(&tmp, &["-W", "error", "-c", warn], &[], ""),
        (
            String::new(),
            "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nUserWarning: x\n".into(),
            Some(1)
        )
    );
    assert_eq!(run_in(&tmp, &["-W", "ignore", "-c", warn], &[], ""), ("after\n".into(), String::new(), Some(0)));
    assert_eq!(
        run_in(&tmp, &["-c", warn], &[("PYTHONWARNINGS", "error::UserWarning")], "").2,
        Some(1),
        "PYTHONWARNINGS filters"
    );
    let repeated = "import warnings\nfor i in range(2): warnings.warn('x')";
    assert_eq!(run_in(&tmp, &["-W", "always", "-c", repeated], &[], "").1, "<string>:2: UserWarning: x\n".repeat(2));
    for (option, problem) in [
        ("bogus", "invalid action: 'bogus'"),
        ("error::Foo", "unknown warning category: 'Foo'"),
        ("a:b:c:d:e:f", "too many fields (max 5): 'a:b:c:d:e:f'"),
        ("error::int", "invalid warning category: 'int'"),
    ] {
        let expected = format!("Invalid -W option ignored: {problem}\n");
        assert_eq!(
            run_in(&tmp, &["-W", option, "-c", "pass"], &[], ""),
            (String::new(), expected, Some(0)),
            "{option}"
        );
    }
    // -b: BytesWarnings shown; -bb: raised.
    let bytes_program = "print(str(b'x'), b'a' == 'a', b'a' == 97, bytearray(b'a') == 'a')";
    let shown = "<string>:1: BytesWarning: str() on a bytes instance\n\
                 <string>:1: BytesWarning: Comparison between bytes and string\n\
                 <string>:1: BytesWarning: Comparison between bytes and int\n\
                 <string>:1: BytesWarning: Comparison between bytearray and string\n";
    assert_eq!(
        run_in(&tmp, &["-b", "-c", bytes_program], &[], ""),
        ("b'x' False False False\n".into(), shown.into(), Some(0))
    );
    assert_eq!(
        run_in(&tmp, &["-c", bytes_program], &[], ""),
        ("b'x' False False False\n".into(), String::new(), Some(0))
    );
    assert!(run_in(&tmp, &["-bb", "-c", bytes_program], &[], "")
        .1
        .ends_with("BytesWarning: str() on a bytes instance\n"));
    let literal = "x = 1 is 1";
    assert_eq!(
        run_in(&tmp, &["-W", "error::SyntaxWarning", "-c", literal], &[], ""),
        (
            String::new(),
            "  File \"<string>\", line 1\nSyntaxError: \"is\" with 'int' literal. Did you mean \"==\"?\n".into(),
            Some(1)
        )
    );
    assert_eq!(
        run_in(&tmp, &["-W", "ignore::SyntaxWarning", "-c", literal], &[], ""),
        (String::new(), String::new(), Some(0))
    );
    assert_eq!(
        run_in(&tmp, &["-c", literal], &[], "").1,
        "<string>:1: SyntaxWarning: \"is\" with 'int' literal. Did you mean \"==\"?\n"
    );
}

/// `-X dev`: `str()`, `bytes.decode` and `str.encode` check the encoding, then the error
/// handler's name, even when the data needs no handler (expected output from CPython 3.11,
/// which behaves as 3.12 here; the 3.12 oracle takes no -X).
#[test]
fn dev_mode_checks_codec_arguments() {
    let program = "\
for data in (b'', b'x'):
    for kw in ({'encoding': 'Boom'}, {'errors': 'Boom'}, {'encoding': 'latin1', 'errors': 'Boom'}):
        for call in (lambda: str(data, **kw), lambda: data.decode(**kw)):
            try:
                call()
                print('accepted', kw)
            except LookupError as e:
                print(e)
for text in ('', 'x'):
    for kw in ({'encoding': 'Boom'}, {'errors': 'Boom'}, {'encoding': 'utf-16', 'errors': 'Boom'}):
        try:
            text.encode(**kw)
            print('accepted', kw)
        except LookupError as e:
            print(e)
";
    let unknown_encoding = "unknown encoding: Boom\n";
    let unknown_handler = "unknown error handler name 'Boom'\n";
    let checked = [unknown_encoding.repeat(2), unknown_handler.repeat(4)].concat().repeat(2)
        + &[unknown_encoding, unknown_handler, unknown_handler].concat().repeat(2);
    assert_eq!(run(&["-X", "dev", "-c", program]), (checked, String::new(), Some(0)));
    let (out, _, code) = run(&["-c", program]);
    assert_eq!((out.matches("accepted").count(), code), (12, Some(0)), "without -X dev:\n{out}");
}

/// `-X importtime` writes a tree of import times to stderr (the header, then one line per
/// module, nested imports before the module that made them, indented one level deeper); `-v`
/// names each module as it loads, with its loader.
#[test]
fn import_reports() {
    let tmp = scratch("importtime");
    std::fs::write(tmp.join("outer_mod.py"), "import inner_mod\n").unwrap();
    std::fs::write(tmp.join("inner_mod.py"), "").unwrap();
    let (_, stderr, status) = run_in(&tmp, &["-S", "-X", "importtime", "-c", "import outer_mod"], &[], "");
    assert_eq!(status, Some(0));
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.first(), Some(&"import time: self [us] | cumulative | imported package"), "{stderr}");
    let shape = |line: &str| -> Option<(u64, u64, String)> {
        let rest = line.strip_prefix("import time:")?;
        let mut fields = rest.split('|');
        let own = fields.next()?.trim().parse().ok()?;
        let total = fields.next()?.trim().parse().ok()?;
        Some((own, total, fields.next()?.to_string()))
    };
    let inner = lines.iter().position(|l| l.ends_with(" inner_mod")).expect("a line for inner_mod");
    let outer = lines.iter().position(|l| l.ends_with(" outer_mod")).expect("a line for outer_mod");
    assert!(inner < outer, "{stderr}");
    let (_, inner_total, inner_name) = shape(lines[inner]).expect("the table's layout");
    let (own, outer_total, outer_name) = shape(lines[outer]).expect("the table's layout");
    assert_eq!((inner_name.as_str(), outer_name.as_str()), ("     inner_mod", "   outer_mod"));
    assert!(outer_total >= inner_total && outer_total >= own, "{stderr}");
    let (_, stderr, _) = run_in(&tmp, &["-S", "-v", "-c", "import outer_mod"], &[], "");
    assert!(stderr.contains("import 'inner_mod' # <"), "{stderr}");
    assert!(stderr.contains("import 'outer_mod' # <"), "{stderr}");
    let _ = std::fs::remove_dir_all(&tmp);
}

/// -O drops asserts and makes `__debug__` false, -OO also drops docstrings; their modules are
/// cached apart (`NAME.TAG.opt-1.pyc`), and `compile(optimize=...)` chooses for itself.
/// Recorded from CPython 3.11.
#[test]
fn optimization_levels() {
    let tmp = scratch("optimize");
    let program = "def f():\n    'doc'\n    assert False, 'x'\n    return __debug__\nprint(f(), f.__doc__)";
    assert_eq!(run_in(&tmp, &["-O", "-c", program], &[], "").0, "False doc\n");
    assert_eq!(run_in(&tmp, &["-OO", "-c", program], &[], "").0, "False None\n");
    let (_, stderr, status) = run_in(&tmp, &["-c", program], &[], "");
    assert!(stderr.ends_with("AssertionError: x\n") && status == Some(1), "{stderr}");
    std::fs::write(tmp.join("cached_mod.py"), "x = 1\n").unwrap();
    let (stdout, _, _) = run_in(&tmp, &["-O", "-c", "import cached_mod; print(cached_mod.__cached__)"], &[], "");
    assert!(stdout.trim_end().ends_with("__pycache__/cached_mod.ferrython-312.opt-1.pyc"), "{stdout}");
    assert!(tmp.join("__pycache__/cached_mod.ferrython-312.opt-1.pyc").exists());
    let explicit = "exec(compile('assert 0', 'f', 'exec', optimize=1)); print('ran')\n\
                    try:\n    compile('1', 'f', 'eval', optimize=5)\nexcept ValueError as e: print(e)";
    assert_eq!(run_in(&tmp, &["-c", explicit], &[], "").0, "ran\ncompile(): invalid optimize value\n");
    let _ = std::fs::remove_dir_all(&tmp);
}

/// `-m` runs a module that is only a `.pyc` file (its own format), as `__main__`, with
/// `sys.argv[0]` naming the file, as CPython's runpy does with a sourceless module.
#[test]
fn run_module_without_source() {
    let tmp = scratch("sourceless");
    std::fs::write(
        tmp.join("only_pyc.py"),
        "import sys\nprint(__name__, sys.argv[0].endswith('only_pyc.pyc'), sys.argv[1:])\n",
    )
    .unwrap();
    let make = "import py_compile; py_compile.compile('only_pyc.py', cfile='only_pyc.pyc')";
    assert_eq!(run_in(&tmp, &["-c", make], &[], "").2, Some(0));
    std::fs::remove_file(tmp.join("only_pyc.py")).unwrap();
    assert_eq!(
        run_in(&tmp, &["-m", "only_pyc", "x"], &[], ""),
        ("__main__ True ['x']\n".into(), String::new(), Some(0))
    );
    let _ = std::fs::remove_dir_all(&tmp);
}

/// `threading.settrace_all_threads` and `setprofile_all_threads` reach a thread that is already
/// running (blocked in a wait when they are called). CPython 3.11 has neither function and the
/// 3.12 oracle has no threads, so the expected events are written here: those of CPython 3.12.
#[test]
fn hooks_on_all_threads() {
    let program = r#"
import sys, threading
ready = threading.Event(); go = threading.Event(); done = threading.Event()
seen = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced_call":
        seen.append((threading.current_thread().name, event))
    return tracer
def traced_call():
    return 1
def worker():
    ready.set()
    go.wait()
    traced_call()
    done.set()
t = threading.Thread(target=worker, name="w"); t.start()
ready.wait()
threading.settrace_all_threads(tracer)
go.set(); done.wait(); t.join()
traced_call()
threading.settrace_all_threads(None)
print(sorted(set(seen)))
profiled = []
def prof(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "traced_call":
        profiled.append(threading.current_thread().name)
ready.clear(); go.clear()
t = threading.Thread(target=worker, name="p"); t.start()
ready.wait()
threading.setprofile_all_threads(prof)
go.set(); t.join()
traced_call()
threading.setprofile_all_threads(None)
print(sorted(profiled), sys.getprofile(), sys.gettrace())
"#;
    let (stdout, stderr, code) = run(&["-c", program]);
    assert_eq!(stderr, "");
    assert_eq!(code, Some(0));
    assert_eq!(
        stdout,
        "[('MainThread', 'call'), ('MainThread', 'line'), ('MainThread', 'return'), \
         ('w', 'call'), ('w', 'line'), ('w', 'return')]\n['MainThread', 'p'] None None\n"
    );
}
