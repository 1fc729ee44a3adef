//! `ferrython`: the command line of CPython, on Ferrython.
//!
//! For now the launcher parses: `ferrython -m ast` dumps a tree as CPython's `python -m ast` does,
//! and `ferrython FILE` reports a file's syntax errors as CPython does.

// The command line is where output belongs; the library crates never print.
#![allow(clippy::print_stdout, clippy::print_stderr)]

#[cfg(not(target_family = "wasm"))]
mod allocator;
mod ast_tool;

#[cfg(not(target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: allocator::Mimalloc = allocator::Mimalloc;

use std::io::Write as _;
use std::process::ExitCode;

/// The stack of the thread that does the work. Deeply nested source is refused by the parser's
/// own limits well before this runs out, in debug builds too; the pages are only committed as used.
const MAIN_STACK_BYTES: usize = 256 << 20;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let worker = std::thread::Builder::new().name("main".into()).stack_size(MAIN_STACK_BYTES).spawn(move || run(args));
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("ferrython: internal error");
            ExitCode::from(70)
        }
    }
}

fn run(args: Vec<String>) -> ExitCode {
    match args.first().map(String::as_str) {
        Some("-m") if args.get(1).map(String::as_str) == Some("ast") => ast_tool::main(&args[2..]),
        Some("-V") | Some("--version") => {
            println!("Python 3.12.7");
            ExitCode::SUCCESS
        }
        Some("-c") => match args.get(1) {
            Some(command) => {
                let argv = std::iter::once("-c".to_string()).chain(args[2..].iter().cloned()).collect();
                run_source(command.as_bytes(), "<string>", None, Script { path0: String::new(), argv })
            }
            None => {
                eprintln!("Argument expected for the -c option");
                ExitCode::from(2)
            }
        },
        Some(path) if !path.starts_with('-') => run_file(path, &args[1..]),
        _ => {
            eprintln!("usage: ferrython [-m ast ...] FILE");
            ExitCode::from(2)
        }
    }
}

/// What `sys` says about the script being run.
struct Script {
    /// `sys.path[0]`: the script's folder, or '' for `-c`.
    path0: String,
    argv: Vec<String>,
}

/// `ferrython FILE ARGS...`: parse the script; syntax errors are reported as CPython reports them.
fn run_file(path: &str, rest: &[String]) -> ExitCode {
    let shown = std::path::absolute(path).map(|p| p.display().to_string()).unwrap_or_else(|_| path.to_string());
    let source = match std::fs::read(path) {
        Ok(source) => source,
        Err(err) => {
            let errno = err.raw_os_error().unwrap_or(0);
            let detail = err.to_string();
            let detail = detail.split(" (os error").next().unwrap_or(&detail).to_string();
            eprintln!("ferrython: can't open file '{shown}': [Errno {errno}] {detail}");
            return ExitCode::from(2);
        }
    };
    if let Err(message) = ferrython_parser::source::check_file_utf8(&source, &shown) {
        eprintln!("{message}");
        return ExitCode::from(1);
    }
    let text = String::from_utf8_lossy(&source).into_owned();
    // CPython puts the folder of the script (symbolic links resolved) first on sys.path.
    let real = std::fs::canonicalize(path).unwrap_or_else(|_| std::path::PathBuf::from(&shown));
    let path0 = real.parent().map(|p| p.display().to_string()).unwrap_or_default();
    let argv = std::iter::once(path.to_string()).chain(rest.iter().cloned()).collect();
    run_source(&source, &shown, Some(&text), Script { path0, argv })
}

/// Parses, compiles and runs a script as `__main__`, reporting warnings, syntax errors and
/// uncaught exceptions as CPython does. `text` is the source to show in tracebacks, if any.
fn run_source(source: &[u8], shown: &str, text: Option<&str>, script: Script) -> ExitCode {
    let options = ferrython_parser::ParseOptions::default();
    let (result, warnings) = ferrython_parser::parse_with_warnings(source, shown, options);
    print_warnings(&warnings, shown, source);
    let parsed = match result {
        Ok(parsed) => parsed,
        Err(err) => {
            eprint!("{}", err.render(shown));
            return ExitCode::from(1);
        }
    };
    let to_warnings = |warnings: Vec<ferrython_compiler::CompileWarning>| -> Vec<ferrython_parser::Warning> {
        warnings
            .into_iter()
            .map(|w| ferrython_parser::Warning { category: "SyntaxWarning", msg: w.msg, lineno: w.lineno, offset: 0 })
            .collect()
    };
    let compiled = match ferrython_compiler::compile(&parsed.module, shown, 0) {
        Ok(compiled) => {
            print_warnings(&to_warnings(compiled.warnings.clone()), shown, source);
            compiled
        }
        Err((err, warnings)) => {
            print_warnings(&to_warnings(warnings), shown, source);
            eprint!("{}", compile_error(&parsed.source, err).render(shown));
            return ExitCode::from(1);
        }
    };
    let interp = ferrython_vm::Interp::new();
    ferrython_vm::modules::sys::configure(&interp, vec![script.path0], script.argv);
    let mut thread = ferrython_vm::Thread::new(interp.clone());
    let result = thread.run_main(&compiled.code, text, shown);
    let _ = interp.stdout.lock().flush();
    match result {
        Ok(_) => ExitCode::SUCCESS,
        Err(err) if ferrython_vm::thread::is_system_exit(&err) => {
            let (code, message) = thread.system_exit_status(&err);
            if let Some(message) = message {
                eprintln!("{message}");
            }
            ExitCode::from(code as u8)
        }
        Err(err) => {
            let report = thread.format_exception(&err);
            let _ = interp.stdout.lock().flush();
            eprint!("{report}");
            ExitCode::from(1)
        }
    }
}

/// A compile-time error as CPython reports it: the compiler's columns are 1-based byte offsets,
/// which CPython does not convert to characters; the source line is that of `lineno`, if any.
fn compile_error(
    source: &ferrython_parser::source::SourceText,
    err: ferrython_compiler::CompileError,
) -> ferrython_parser::SyntaxError {
    let text = u32::try_from(err.lineno).ok().filter(|&line| line >= 1).map(|line| source.line_with_newline(line));
    ferrython_parser::SyntaxError {
        class: ferrython_parser::ErrorClass::SyntaxError,
        msg: err.msg,
        lineno: Some(err.lineno),
        offset: Some(err.offset),
        end_lineno: Some(err.end_lineno),
        end_offset: err.end_offset,
        text,
    }
}

/// Prints parser warnings as the `warnings` module shows them: `file:line: Category: message`
/// followed by the stripped source line.
pub fn print_warnings(warnings: &[ferrython_parser::Warning], filename: &str, source: &[u8]) {
    for warning in warnings {
        eprint!("{}", warning.render(filename, source));
    }
}
