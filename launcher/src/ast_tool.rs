//! `ferrython -m ast`: the command line of CPython 3.12's `python -m ast`, argparse messages included.

use std::io::{Read, Write};
use std::process::ExitCode;

use ferrython_ast::{dump, DumpOptions};
use ferrython_parser::{Mode, ParseOptions};

const USAGE: &str = "usage: python -m ast [-h] [-m {exec,single,eval,func_type}]
                     [--no-type-comments] [-a] [-i INDENT]
                     [infile]
";

const HELP: &str = "
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i INDENT, --indent INDENT
                        indentation of nodes (number of spaces)
";

/// An argparse-style usage error: usage, then `python -m ast: error: ...`, exit status 2.
fn usage_error(message: &str) -> ExitCode {
    eprintln!("{USAGE}python -m ast: error: {message}");
    ExitCode::from(2)
}

fn parse_mode(value: &str) -> Option<Mode> {
    Some(match value {
        "exec" => Mode::Exec,
        "single" => Mode::Single,
        "eval" => Mode::Eval,
        "func_type" => Mode::FuncType,
        _ => return None,
    })
}

pub fn main(args: &[String]) -> ExitCode {
    let mut options = ParseOptions { mode: Mode::Exec, type_comments: true };
    let mut dump_options = DumpOptions { include_attributes: false, indent: Some(3) };
    let mut infile: Option<&str> = None;
    let mut extra: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        // `--mode=eval` and `-meval` forms, as argparse accepts them.
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => (flag, Some(value.to_string())),
            _ if arg.len() > 2 && (arg.starts_with("-m") || arg.starts_with("-i")) && !arg.starts_with("--") => {
                (&arg[..2], Some(arg[2..].to_string()))
            }
            _ => (arg, None),
        };
        let mut value = |name: &str| -> Result<String, ExitCode> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            i += 1;
            args.get(i).cloned().ok_or_else(|| usage_error(&format!("argument {name}: expected one argument")))
        };
        match flag {
            "-h" | "--help" => {
                print!("{USAGE}{HELP}");
                return ExitCode::SUCCESS;
            }
            "-m" | "--mode" => {
                let v = match value("-m/--mode") {
                    Ok(v) => v,
                    Err(code) => return code,
                };
                match parse_mode(&v) {
                    Some(mode) => options.mode = mode,
                    None => {
                        return usage_error(&format!(
                        "argument -m/--mode: invalid choice: '{v}' (choose from 'exec', 'single', 'eval', 'func_type')"
                    ))
                    }
                }
            }
            "--no-type-comments" => options.type_comments = false,
            "-a" | "--include-attributes" => dump_options.include_attributes = true,
            "-i" | "--indent" => {
                let v = match value("-i/--indent") {
                    Ok(v) => v,
                    Err(code) => return code,
                };
                match v.trim().parse::<i64>() {
                    Ok(n) => dump_options.indent = Some(n.max(0) as usize),
                    Err(_) => return usage_error(&format!("argument -i/--indent: invalid int value: '{v}'")),
                }
            }
            "-" => {
                if infile.is_none() {
                    infile = Some("-")
                } else {
                    extra.push(arg)
                }
            }
            _ if arg.starts_with('-') && arg.len() > 1 => extra.push(arg),
            _ if infile.is_none() => infile = Some(arg),
            _ => extra.push(arg),
        }
        i += 1;
    }
    if !extra.is_empty() {
        return usage_error(&format!("unrecognized arguments: {}", extra.join(" ")));
    }
    let (name, source) = match infile {
        None | Some("-") => {
            let mut buf = Vec::new();
            if let Err(err) = std::io::stdin().read_to_end(&mut buf) {
                eprintln!("python -m ast: error reading stdin: {err}");
                return ExitCode::from(1);
            }
            ("<stdin>".to_string(), buf)
        }
        Some(path) => match std::fs::read(path) {
            Ok(buf) => (path.to_string(), buf),
            Err(err) => {
                let errno = err.raw_os_error().unwrap_or(0);
                let detail = err.to_string();
                let detail = detail.split(" (os error").next().unwrap_or(&detail).to_string();
                return usage_error(&format!(
                    "argument infile: can't open '{path}': [Errno {errno}] {detail}: '{path}'"
                ));
            }
        },
    };
    match ferrython_parser::parse(&source, &name, options) {
        Ok(parsed) => {
            crate::print_warnings(&parsed.warnings, &name, &source);
            let Ok(text) = dump(&parsed.module, dump_options) else {
                eprintln!("Traceback (most recent call last):\nRecursionError: maximum recursion depth exceeded");
                return ExitCode::from(1);
            };
            let mut out = std::io::stdout().lock();
            // A closed pipe is not an error worth a traceback here.
            let _ = writeln!(out, "{text}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprint!("Traceback (most recent call last):\n{}", err.render(&name));
            ExitCode::from(1)
        }
    }
}
