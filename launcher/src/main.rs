//! `ferrython`: the command line of CPython, on Ferrython.
//!
//! `ferrython [option] ... [-c cmd | -m mod | file | -] [arg] ...` as CPython 3.12 reads it
//! (`cli`), with the `PYTHON*` environment variables (`settings`); the program runs as
//! `__main__` and the process exits as CPython's does (`session`), with the REPL on a terminal
//! or after `-i` (`repl`). `ferrython -m ast` dumps a tree as CPython's `python -m ast` does.

// The command line is where output belongs; the library crates never print.
#![allow(clippy::print_stdout, clippy::print_stderr)]

#[cfg(not(target_family = "wasm"))]
mod allocator;
mod ast_tool;
mod cli;
mod compile;
#[cfg(not(target_family = "wasm"))]
mod completion;
mod pathconfig;
mod repl;
mod session;
mod settings;
mod signals;

#[cfg(not(target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: allocator::Mimalloc = allocator::Mimalloc;

use std::process::ExitCode;

use session::Outcome;

/// The stack of the thread that does the work. Deeply nested source is refused by the parser's
/// own limits well before this runs out, in debug builds too; the pages are only committed as used.
const MAIN_STACK_BYTES: usize = 256 << 20;

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    signals::install();
    let worker = std::thread::Builder::new().name("main".into()).stack_size(MAIN_STACK_BYTES).spawn(move || run(argv));
    signals::leave_to_worker();
    match worker.map(|handle| handle.join()) {
        Ok(Ok(Outcome::Exit(code))) => ExitCode::from(code),
        Ok(Ok(Outcome::Interrupted)) => signals::die_by_sigint(),
        _ => {
            eprintln!("ferrython: internal error");
            ExitCode::from(70)
        }
    }
}

fn run(argv: Vec<String>) -> Outcome {
    let argv0 = argv.first().cloned().unwrap_or_else(|| "ferrython".into());
    let args = argv.get(1..).unwrap_or_default();
    if args.first().map(String::as_str) == Some("-m") && args.get(1).map(String::as_str) == Some("ast") {
        return Outcome::Exit(ast_tool::main(&args[2..]));
    }
    let (options, program, rest) = match cli::parse(args) {
        Ok(cli::Request::Run { options, program, args }) => (options, program, args),
        Ok(cli::Request::Help(which)) => {
            print!("{}", cli::help_text(which, &argv0));
            return Outcome::Exit(0);
        }
        Ok(cli::Request::Version(times)) => {
            match times {
                1 => println!("Python 3.12.7"),
                _ => println!("Python {}", ferrython_vm::modules::sys::VERSION),
            }
            return Outcome::Exit(0);
        }
        Err(cli::UsageError(message)) => {
            eprint!("{message}\n{}Try `python -h' for more information.\n", cli::usage_line(&argv0));
            return Outcome::Exit(2);
        }
    };
    let mut settings = match settings::settings(&options, &argv0) {
        Ok(settings) => settings,
        Err(settings::Fatal { message, state }) => {
            eprint!("Fatal Python error: {message}\nPython runtime state: {state}\n\n");
            return Outcome::Exit(1);
        }
    };
    settings.config.orig_argv = argv.clone();
    // Before any str is hashed: hashes are cached in the strs themselves.
    ferrython_vm::objects::hash::set_seed(settings.hash_seed);
    match session::Session::new(argv0, settings) {
        Ok(session) => session.run(&program, &rest),
        Err(message) => {
            eprint!("Fatal Python error: {message}\n\n");
            Outcome::Exit(1)
        }
    }
}
