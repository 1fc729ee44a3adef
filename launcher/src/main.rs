//! `ferrython`: the command line of CPython, on Ferrython.
//!
//! For now the launcher parses: `ferrython -m ast` dumps a tree as CPython's `python -m ast` does,
//! and `ferrython FILE` reports a file's syntax errors as CPython does.

// The command line is where output belongs; the library crates never print.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod ast_tool;

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
        Some(path) if !path.starts_with('-') => run_file(path),
        _ => {
            eprintln!("usage: ferrython [-m ast ...] FILE");
            ExitCode::from(2)
        }
    }
}

/// `ferrython FILE`: parse the script; syntax errors are reported as CPython reports them.
fn run_file(path: &str) -> ExitCode {
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
    let options = ferrython_parser::ParseOptions::default();
    let (result, warnings) = ferrython_parser::parse_with_warnings(&source, &shown, options);
    print_warnings(&warnings, &shown, &source);
    match result {
        Ok(parsed) => {
            let (result, compile_warnings) = ferrython_compiler::check_module(&parsed.module);
            let compile_warnings: Vec<ferrython_parser::Warning> = compile_warnings
                .into_iter()
                .map(|w| ferrython_parser::Warning {
                    category: "SyntaxWarning",
                    msg: w.msg,
                    lineno: w.lineno,
                    offset: 0,
                })
                .collect();
            print_warnings(&compile_warnings, &shown, &source);
            if let Err(err) = result {
                eprint!("{}", compile_error(&parsed.source, err).render(&shown));
                return ExitCode::from(1);
            }
            eprintln!(
                "ferrython: {shown} parses, but running code needs the compiler and VM, which are not written yet"
            );
            ExitCode::from(1)
        }
        Err(err) => {
            eprint!("{}", err.render(&shown));
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
