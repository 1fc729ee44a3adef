//! `ferrython -m ast`: the command line of CPython 3.12's `python -m ast`, argparse messages included.

use std::io::{Read, Write};

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
fn usage_error(message: &str) -> u8 {
    eprintln!("{USAGE}python -m ast: error: {message}");
    2
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

/// The options of `python -m ast`, as argparse declares them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Opt {
    Help,
    Mode,
    NoTypeComments,
    IncludeAttributes,
    Indent,
}

const OPTIONS: [(Opt, Option<&str>, &str); 5] = [
    (Opt::Help, Some("-h"), "--help"),
    (Opt::Mode, Some("-m"), "--mode"),
    (Opt::NoTypeComments, None, "--no-type-comments"),
    (Opt::IncludeAttributes, Some("-a"), "--include-attributes"),
    (Opt::Indent, Some("-i"), "--indent"),
];

impl Opt {
    fn takes_value(self) -> bool {
        matches!(self, Opt::Mode | Opt::Indent)
    }

    fn display(self) -> &'static str {
        match self {
            Opt::Mode => "-m/--mode",
            Opt::Indent => "-i/--indent",
            _ => "",
        }
    }
}

/// One option as written on the command line, with its inline value (`--mode=eval`, `-meval`).
struct Given {
    opt: Opt,
    value: Option<String>,
}

/// Splits the command line as argparse does: long options by unique prefix, short flags combined
/// (`-ai2`), `=` values; everything else is positional. Errors are argparse's messages.
fn split_args(args: &[String]) -> Result<(Vec<Given>, Vec<String>), String> {
    let mut given = Vec::new();
    let mut positional = Vec::new();
    let mut i = 0;
    let mut only_positional = false;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if only_positional || arg == "-" || !arg.starts_with('-') || arg.parse::<f64>().is_ok() {
            positional.push(arg.clone());
            continue;
        }
        if arg == "--" {
            only_positional = true;
            continue;
        }
        let mut pending: Vec<Given> = Vec::new();
        if let Some(long) = arg.strip_prefix("--") {
            let (name, value) = match long.split_once('=') {
                Some((name, value)) => (name, Some(value.to_string())),
                None => (long, None),
            };
            let matches: Vec<_> = OPTIONS.iter().filter(|(_, _, l)| l[2..].starts_with(name)).collect();
            let exact = OPTIONS.iter().find(|(_, _, l)| &l[2..] == name);
            let chosen = match (exact, matches.as_slice()) {
                (Some(option), _) => option,
                (None, [one]) => *one,
                (None, []) => {
                    positional.push(arg.clone());
                    continue;
                }
                (None, many) => {
                    // argparse 3.12.7 names the last command-line word here, not the option.
                    let names: Vec<&str> = many.iter().map(|(_, _, l)| *l).collect();
                    let last = args.last().map_or(arg.as_str(), |s| s.as_str());
                    return Err(format!("ambiguous option: {last} could match {}", names.join(", ")));
                }
            };
            pending.push(Given { opt: chosen.0, value });
        } else {
            // Short options: flags may be combined, and the last may carry its value.
            let mut rest = &arg[1..];
            while let Some(c) = rest.chars().next() {
                let short = format!("-{c}");
                let Some(option) = OPTIONS.iter().find(|(_, s, _)| *s == Some(short.as_str())) else {
                    if pending.is_empty() {
                        positional.push(arg.clone());
                    } else {
                        return Err(format!("argument {}: ignored explicit argument '{rest}'", short));
                    }
                    rest = "";
                    break;
                };
                rest = &rest[c.len_utf8()..];
                if option.0.takes_value() {
                    let value = rest.strip_prefix('=').unwrap_or(rest);
                    let value = (!value.is_empty()).then(|| value.to_string());
                    pending.push(Given { opt: option.0, value });
                    rest = "";
                    break;
                }
                pending.push(Given { opt: option.0, value: None });
            }
            let _ = rest;
        }
        for mut option in pending {
            if option.opt.takes_value() && option.value.is_none() {
                // argparse takes a negative number as a value, since no option looks like one.
                let is_value = |next: &String| !next.starts_with('-') || next == "-" || next.parse::<f64>().is_ok();
                match args.get(i) {
                    Some(next) if is_value(next) => {
                        option.value = Some(next.clone());
                        i += 1;
                    }
                    _ => return Err(format!("argument {}: expected one argument", option.opt.display())),
                }
            }
            given.push(option);
        }
    }
    Ok((given, positional))
}

pub fn main(args: &[String]) -> u8 {
    let mut options = ParseOptions { mode: Mode::Exec, type_comments: true, barry_as_flufl: false };
    let mut dump_options = DumpOptions { include_attributes: false, indent: Some(3) };
    let (given, positional) = match split_args(args) {
        Ok(split) => split,
        Err(message) => return usage_error(&message),
    };
    // argparse acts on -h as soon as it meets it, before checking anything after.
    if given.iter().any(|g| g.opt == Opt::Help) {
        print!("{USAGE}{HELP}");
        return 0;
    }
    for option in &given {
        let value = option.value.clone().unwrap_or_default();
        match option.opt {
            Opt::Help => {}
            Opt::Mode => match parse_mode(&value) {
                Some(mode) => options.mode = mode,
                None => {
                    return usage_error(&format!(
                    "argument -m/--mode: invalid choice: '{value}' (choose from 'exec', 'single', 'eval', 'func_type')"
                ))
                }
            },
            Opt::NoTypeComments => options.type_comments = false,
            Opt::IncludeAttributes => dump_options.include_attributes = true,
            Opt::Indent => match value.trim().parse::<i64>() {
                Ok(n) => dump_options.indent = Some(n.max(0) as usize),
                Err(_) => return usage_error(&format!("argument -i/--indent: invalid int value: '{value}'")),
            },
        }
    }
    // The first word that is not an option is the file; the rest are unrecognized, in order.
    let is_file = |p: &String| !p.starts_with('-') || p == "-";
    let file_at = positional.iter().position(is_file);
    let infile = file_at.map(|i| positional[i].as_str());
    let extra: Vec<&str> =
        positional.iter().enumerate().filter(|(i, _)| Some(*i) != file_at).map(|(_, p)| p.as_str()).collect();
    if !extra.is_empty() {
        return usage_error(&format!("unrecognized arguments: {}", extra.join(" ")));
    }
    let (name, source) = match infile {
        None | Some("-") => {
            let mut buf = Vec::new();
            if let Err(err) = std::io::stdin().read_to_end(&mut buf) {
                eprintln!("python -m ast: error reading stdin: {err}");
                return 1;
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
    let (result, warnings) = ferrython_parser::parse_with_warnings(&source, &name, options);
    crate::compile::print_warnings(&warnings, &name, &source);
    match result {
        Ok(parsed) => {
            let Ok(text) = dump(&parsed.module, dump_options) else {
                eprintln!("Traceback (most recent call last):\nRecursionError: maximum recursion depth exceeded");
                return 1;
            };
            let mut out = std::io::stdout().lock();
            // A closed pipe is not an error worth a traceback here.
            let _ = writeln!(out, "{text}");
            0
        }
        Err(err) => {
            eprint!("Traceback (most recent call last):\n{}", err.render(&name));
            1
        }
    }
}
