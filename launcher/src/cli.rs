//! CPython's command line: `ferrython [option] ... [-c cmd | -m mod | file | -] [arg] ...`.
//!
//! Options are read as CPython's own getopt reads them: short flags may be combined (`-Bc CMD`),
//! an option's argument may be attached (`-Wignore`) or the next word, `-c` and `-m` end the
//! options, as do `--`, `-` and the first word that is not an option (the script).

/// What to run.
#[derive(Debug, Clone, PartialEq)]
pub enum Program {
    Command(String),
    Module(String),
    File(String),
    /// `-` or nothing: the program comes from stdin (interactive when stdin is a terminal).
    Stdin {
        explicit: bool,
    },
}

/// The options that change how the program runs (the command-line half of `sys.flags`).
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub bytes_warning: i64,
    pub debug: i64,
    pub dont_write_bytecode: bool,
    pub ignore_environment: bool,
    pub inspect: bool,
    pub isolated: bool,
    pub optimize: i64,
    pub safe_path: bool,
    pub quiet: bool,
    pub no_user_site: bool,
    pub no_site: bool,
    pub unbuffered: bool,
    pub verbose: i64,
    /// `-x`: the first line of the source is not Python (a `#!` form other systems need).
    pub skip_first_line: bool,
    /// `-W` options, in order.
    pub warnoptions: Vec<String>,
    /// `-X` options, in order, as given.
    pub xoptions: Vec<String>,
}

/// What the command line asks for.
#[derive(Debug)]
pub enum Request {
    Run {
        options: Options,
        program: Program,
        args: Vec<String>,
    },
    Help(Help),
    /// `-V` (1) or `-VV` (2 or more).
    Version(u32),
}

/// Which help text to print.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Help {
    Usage,
    Env,
    XOptions,
    All,
}

/// A command line CPython refuses: the message printed before the usage lines (exit 2).
#[derive(Debug)]
pub struct UsageError(pub String);

/// The short options that take an argument.
const WITH_ARGUMENT: &[char] = &['c', 'm', 'W', 'X'];

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Request, UsageError> {
    let mut options = Options::default();
    let mut version = 0;
    let mut index = 0;
    let mut program = None;
    'words: while index < args.len() {
        let word = &args[index];
        index += 1;
        if word == "-" {
            program = Some(Program::Stdin { explicit: true });
            break;
        }
        if word == "--" {
            break;
        }
        if let Some(long) = word.strip_prefix("--") {
            match long {
                // Help is printed as soon as it is asked for, before later words are read.
                "help" => return Ok(Request::Help(Help::Usage)),
                "help-env" => return Ok(Request::Help(Help::Env)),
                "help-xoptions" => return Ok(Request::Help(Help::XOptions)),
                "help-all" => return Ok(Request::Help(Help::All)),
                "version" => version += 1,
                "check-hash-based-pycs" => {
                    let Some(value) = args.get(index) else {
                        return Err(UsageError(format!("Argument expected for the {word} options")));
                    };
                    index += 1;
                    if !matches!(value.as_str(), "default" | "always" | "never") {
                        return Err(UsageError(
                            "--check-hash-based-pycs must be one of 'default', 'always', or 'never'".into(),
                        ));
                    }
                }
                _ => return Err(UsageError(format!("unknown option {word}"))),
            }
            continue;
        }
        let Some(flags) = word.strip_prefix('-').filter(|f| !f.is_empty()) else {
            // The script: everything after it is its arguments.
            index -= 1;
            break;
        };
        for (at, flag) in flags.char_indices() {
            if WITH_ARGUMENT.contains(&flag) {
                let attached = &flags[at + flag.len_utf8()..];
                let value = if !attached.is_empty() {
                    attached.to_string()
                } else if let Some(next) = args.get(index) {
                    index += 1;
                    next.clone()
                } else {
                    return Err(UsageError(format!("Argument expected for the -{flag} option")));
                };
                match flag {
                    'c' => {
                        program = Some(Program::Command(value));
                        break 'words;
                    }
                    'm' => {
                        program = Some(Program::Module(value));
                        break 'words;
                    }
                    'W' => options.warnoptions.push(value),
                    _ => options.xoptions.push(value),
                }
                continue 'words;
            }
            match flag {
                'b' => options.bytes_warning += 1,
                'B' => options.dont_write_bytecode = true,
                'd' => options.debug += 1,
                'E' => options.ignore_environment = true,
                'h' | '?' => return Ok(Request::Help(Help::Usage)),
                'i' => options.inspect = true,
                'I' => {
                    options.isolated = true;
                    options.ignore_environment = true;
                    options.no_user_site = true;
                    options.safe_path = true;
                }
                'O' => options.optimize += 1,
                'P' => options.safe_path = true,
                'q' => options.quiet = true,
                // Hash randomization is always on; -R and -t are accepted and do nothing.
                'R' | 't' => {}
                's' => options.no_user_site = true,
                'S' => options.no_site = true,
                'u' => options.unbuffered = true,
                'v' => options.verbose += 1,
                'V' => version += 1,
                'x' => options.skip_first_line = true,
                'J' => return Err(UsageError("-J is reserved for Jython".into())),
                other => return Err(UsageError(format!("Unknown option: -{other}"))),
            }
        }
    }
    if version > 0 {
        return Ok(Request::Version(version));
    }
    let program = match program {
        Some(program) => program,
        None => match args.get(index) {
            Some(file) => {
                index += 1;
                Program::File(file.clone())
            }
            None => Program::Stdin { explicit: false },
        },
    };
    Ok(Request::Run { options, program, args: args[index..].to_vec() })
}

/// The usage line CPython prints with its errors and help, naming the program as invoked.
pub fn usage_line(argv0: &str) -> String {
    format!("usage: {argv0} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n")
}

/// The text of `-h`, `--help-env`, `--help-xoptions` or `--help-all`, as CPython 3.12 words it.
pub fn help_text(which: Help, argv0: &str) -> String {
    const OPTIONS: &str = include_str!("help/options.txt");
    const ENV: &str = include_str!("help/env.txt");
    const XOPTIONS: &str = include_str!("help/xoptions.txt");
    let usage = || format!("{}{OPTIONS}", usage_line(argv0));
    match which {
        Help::Usage => usage(),
        Help::Env => ENV.to_string(),
        Help::XOptions => XOPTIONS.to_string(),
        Help::All => format!("{}\n{ENV}\n{XOPTIONS}", usage()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        line.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn combined_flags_end_at_c() {
        let Ok(Request::Run { options, program, args }) = parse(&words("-Bc print(1) a -x")) else { panic!() };
        assert!(options.dont_write_bytecode);
        assert_eq!(program, Program::Command("print(1)".into()));
        assert_eq!(args, words("a -x"));
    }

    #[test]
    fn attached_arguments_and_script() {
        let Ok(Request::Run { options, program, args }) = parse(&words("-Wignore -X dev s.py -v")) else { panic!() };
        assert_eq!((options.warnoptions, options.xoptions), (words("ignore"), words("dev")));
        assert_eq!((program, args), (Program::File("s.py".into()), words("-v")));
    }

    #[test]
    fn errors() {
        assert_eq!(parse(&words("-z")).unwrap_err().0, "Unknown option: -z");
        assert_eq!(parse(&words("-c")).unwrap_err().0, "Argument expected for the -c option");
        assert_eq!(parse(&words("--foo")).unwrap_err().0, "unknown option --foo");
    }
}
