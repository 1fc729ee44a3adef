//! The run's settings: the command-line options merged with the `PYTHON*` environment
//! variables (ignored under `-E` and `-I`), as `sys` will show them.

use crate::cli::Options;
use ferrython_vm::modules::sys::{Config, Flags, Stdio};
use ferrython_vm::objects::hash::{self, Seed};

/// Everything the launcher needs besides what `sys` shows.
pub struct Settings {
    pub config: Config,
    /// `-i` or PYTHONINSPECT: the REPL after the program.
    pub inspect: bool,
    pub quiet: bool,
    pub unbuffered: bool,
    /// The standard streams' encoding, errors and buffering.
    pub stdio: Stdio,
    pub skip_first_line: bool,
    pub no_site: bool,
    /// PYTHONSTARTUP: run before the first prompt of an interactive session.
    pub startup: Option<String>,
    /// PYTHONHASHSEED: the key of `hash()` for str and bytes.
    pub hash_seed: Seed,
}

/// A setting CPython refuses at start-up ("Fatal Python error: ..."), exit 1.
pub struct Fatal {
    pub message: String,
    /// The runtime's state CPython reports: "preinitializing" while it reads its
    /// pre-configuration (UTF-8 mode), "preinitialized" after.
    pub state: &'static str,
}

impl Fatal {
    fn preinitializing(message: &str) -> Fatal {
        Fatal { message: message.into(), state: "preinitializing" }
    }

    fn preinitialized(message: &str) -> Fatal {
        Fatal { message: message.into(), state: "preinitialized" }
    }
}

/// Reads a variable unless the environment is ignored; an empty value counts as unset.
fn var(ignore: bool, name: &str) -> Option<String> {
    if ignore {
        return None;
    }
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// A counted flag from the environment: its number, or 1 for any other text.
fn level(value: Option<String>) -> i64 {
    value.map_or(0, |v| v.trim().parse::<i64>().unwrap_or(1).max(1))
}

fn int_max_str_digits(text: &str) -> Option<i64> {
    text.parse::<i64>().ok().filter(|&n| n == 0 || n >= 640)
}

/// Merges the options and the environment.
pub fn settings(options: &Options, argv0: &str) -> Result<Settings, Fatal> {
    let ignore = options.ignore_environment;
    let env = |name: &str| var(ignore, name);
    let mut flags = Flags {
        debug: options.debug.max(level(env("PYTHONDEBUG"))),
        inspect: i64::from(options.inspect || env("PYTHONINSPECT").is_some()),
        interactive: i64::from(options.inspect),
        optimize: options.optimize.max(level(env("PYTHONOPTIMIZE"))),
        dont_write_bytecode: i64::from(options.dont_write_bytecode || env("PYTHONDONTWRITEBYTECODE").is_some()),
        no_user_site: i64::from(options.no_user_site || env("PYTHONNOUSERSITE").is_some()),
        no_site: i64::from(options.no_site),
        ignore_environment: i64::from(options.ignore_environment),
        verbose: options.verbose.max(level(env("PYTHONVERBOSE"))),
        bytes_warning: options.bytes_warning,
        quiet: i64::from(options.quiet),
        isolated: i64::from(options.isolated),
        safe_path: options.safe_path || env("PYTHONSAFEPATH").is_some(),
        dev_mode: env("PYTHONDEVMODE").is_some(),
        ..Flags::default()
    };
    // UTF-8 mode is CPython's pre-configuration, read (and refused) before the rest.
    flags.utf8_mode = match utf8_mode(options, env("PYTHONUTF8"))? {
        Some(mode) => mode,
        // PEP 540: the C and POSIX locales turn UTF-8 mode on unless it was set explicitly.
        None => {
            let name = locale_name();
            i64::from(name == "C" || name == "POSIX")
        }
    };
    let classic_locale = is_classic_locale();
    let hash_seed = hash_seed(ignore)?;
    flags.hash_randomization = i64::from(hash_seed.randomizes());
    if let Some(text) = env("PYTHONINTMAXSTRDIGITS") {
        flags.int_max_str_digits = int_max_str_digits(&text).ok_or_else(|| {
            Fatal::preinitialized(
                "config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.",
            )
        })?;
    }
    for option in &options.xoptions {
        let (name, value) = option.split_once('=').map_or((option.as_str(), None), |(n, v)| (n, Some(v)));
        match (name, value) {
            ("dev", _) => flags.dev_mode = true,
            ("int_max_str_digits", value) => {
                flags.int_max_str_digits = value.and_then(int_max_str_digits).ok_or_else(|| {
                    Fatal::preinitialized(
                        "config_init_int_max_str_digits: -X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.",
                    )
                })?;
            }
            ("warn_default_encoding", _) => flags.warn_default_encoding = 1,
            _ => {}
        }
    }
    // CPython's order, lowest priority first: -X dev, PYTHONWARNINGS, -W, -b.
    let mut warnoptions = Vec::new();
    if flags.dev_mode {
        warnoptions.push("default".to_string());
    }
    if let Some(text) = env("PYTHONWARNINGS") {
        warnoptions.extend(text.split(',').map(str::trim).filter(|w| !w.is_empty()).map(str::to_string));
    }
    warnoptions.extend(options.warnoptions.iter().cloned());
    match options.bytes_warning {
        0 => {}
        1 => warnoptions.push("default::BytesWarning".into()),
        _ => warnoptions.push("error::BytesWarning".into()),
    }
    let paths = crate::pathconfig::compute(&crate::pathconfig::Inputs {
        argv0,
        pythonpath: env("PYTHONPATH"),
        pythonhome: env("PYTHONHOME"),
        site: !options.no_site,
    });
    let config = Config {
        path: paths.path,
        executable: paths.executable,
        base_executable: paths.base_executable,
        prefix: paths.prefix,
        exec_prefix: paths.exec_prefix,
        base_prefix: paths.base_prefix,
        base_exec_prefix: paths.base_exec_prefix,
        platlibdir: paths.platlibdir,
        stdlib_dir: paths.stdlib_dir,
        warnoptions,
        xoptions: options.xoptions.clone(),
        flags,
        ..Config::default()
    };
    let unbuffered = options.unbuffered || env("PYTHONUNBUFFERED").is_some();
    let stdio = stdio(env("PYTHONIOENCODING"), config.flags.utf8_mode != 0 || classic_locale, unbuffered);
    Ok(Settings {
        inspect: config.flags.inspect != 0,
        quiet: options.quiet,
        unbuffered,
        stdio,
        skip_first_line: options.skip_first_line,
        no_site: options.no_site,
        startup: env("PYTHONSTARTUP"),
        hash_seed,
        config,
    })
}

/// UTF-8 mode as set explicitly: the first `-X utf8` option decides (CPython looks no further),
/// else PYTHONUTF8; `None` when neither is given.
fn utf8_mode(options: &Options, variable: Option<String>) -> Result<Option<i64>, Fatal> {
    let option = options.xoptions.iter().find_map(|x| match x.split_once('=') {
        Some(("utf8", value)) => Some(Some(value)),
        None if x == "utf8" => Some(None),
        _ => None,
    });
    match (option, variable.as_deref()) {
        (Some(None | Some("1")), _) => Ok(Some(1)),
        (Some(Some("0")), _) => Ok(Some(0)),
        (Some(Some(_)), _) => Err(Fatal::preinitializing("preconfig_init_utf8_mode: invalid -X utf8 option value")),
        (None, None) => Ok(None),
        (None, Some("1")) => Ok(Some(1)),
        (None, Some("0")) => Ok(Some(0)),
        (None, Some(_)) => {
            Err(Fatal::preinitializing("preconfig_init_utf8_mode: invalid PYTHONUTF8 environment variable value"))
        }
    }
}

/// PYTHONHASHSEED, read as CPython reads it: unset or empty is random; text that is neither
/// "random" nor an integer in range (or is not even UTF-8) stops the start-up.
fn hash_seed(ignore: bool) -> Result<Seed, Fatal> {
    let refused = || {
        Fatal::preinitialized(
            "config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]",
        )
    };
    match std::env::var_os("PYTHONHASHSEED").filter(|v| !ignore && !v.is_empty()) {
        None => Ok(Seed::Random),
        Some(text) => text.to_str().and_then(hash::parse_seed).ok_or_else(refused),
    }
}

/// The name of the locale of character types, as the environment sets it (LC_ALL, then
/// LC_CTYPE, then LANG; "C" when none is set).
fn locale_name() -> String {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| "C".to_string())
}

/// The C and POSIX locales and the C.UTF-8 one CPython coerces them to: there CPython's
/// stdin and stdout use `surrogateescape`.
fn is_classic_locale() -> bool {
    matches!(locale_name().as_str(), "C" | "POSIX" | "C.UTF-8" | "C.utf8" | "C.UTF8" | "UTF-8")
}

/// The standard streams' settings: PYTHONIOENCODING is `encoding[:errors]`; an encoding given
/// without errors means `strict`, otherwise the locale (or UTF-8 mode) picks.
fn stdio(ioencoding: Option<String>, escape: bool, unbuffered: bool) -> Stdio {
    let (encoding, errors) = match ioencoding.as_deref().map(|t| t.split_once(':').unwrap_or((t, ""))) {
        Some((encoding, errors)) => (Some(encoding).filter(|e| !e.is_empty()), Some(errors).filter(|e| !e.is_empty())),
        None => (None, None),
    };
    let default_errors = if escape && encoding.is_none() { "surrogateescape" } else { "strict" };
    Stdio {
        encoding: encoding.unwrap_or("utf-8").to_string(),
        errors: errors.unwrap_or(default_errors).to_string(),
        unbuffered,
    }
}
