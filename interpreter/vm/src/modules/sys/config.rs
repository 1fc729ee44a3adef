//! What the launcher tells `sys` about the run: `sys.path`, `sys.argv`, `sys.orig_argv`,
//! `sys.flags`, `sys.warnoptions`, `sys._xoptions`, and the path configuration
//! (`sys.executable`, the prefixes, `sys.platlibdir`, `sys._stdlib_dir`).

use std::sync::OnceLock;

use crate::objects::str::{intern, new_str};
use crate::objects::{list, new_dict};
use crate::thread::Interp;
use crate::value::{ObjRef, Value};

/// `sys.flags`, field by field (CPython 3.12's order).
#[derive(Debug, Clone)]
pub struct Flags {
    pub debug: i64,
    pub inspect: i64,
    pub interactive: i64,
    pub optimize: i64,
    pub dont_write_bytecode: i64,
    pub no_user_site: i64,
    pub no_site: i64,
    pub ignore_environment: i64,
    pub verbose: i64,
    pub bytes_warning: i64,
    pub quiet: i64,
    pub hash_randomization: i64,
    pub isolated: i64,
    pub dev_mode: bool,
    pub utf8_mode: i64,
    pub warn_default_encoding: i64,
    pub safe_path: bool,
    pub int_max_str_digits: i64,
}

impl Default for Flags {
    fn default() -> Flags {
        Flags {
            debug: 0,
            inspect: 0,
            interactive: 0,
            optimize: 0,
            dont_write_bytecode: 0,
            no_user_site: 0,
            no_site: 0,
            ignore_environment: 0,
            verbose: 0,
            bytes_warning: 0,
            quiet: 0,
            hash_randomization: 1,
            isolated: 0,
            dev_mode: false,
            utf8_mode: 0,
            warn_default_encoding: 0,
            safe_path: false,
            int_max_str_digits: 4300,
        }
    }
}

const FLAG_FIELDS: &[&str] = &[
    "debug",
    "inspect",
    "interactive",
    "optimize",
    "dont_write_bytecode",
    "no_user_site",
    "no_site",
    "ignore_environment",
    "verbose",
    "bytes_warning",
    "quiet",
    "hash_randomization",
    "isolated",
    "dev_mode",
    "utf8_mode",
    "warn_default_encoding",
    "safe_path",
    "int_max_str_digits",
];

fn flags_class() -> &'static ObjRef {
    static CLASS: OnceLock<ObjRef> = OnceLock::new();
    CLASS.get_or_init(|| crate::modules::structseq::new_type("sys", "flags", FLAG_FIELDS))
}

impl Flags {
    /// The `sys.flags` object.
    pub fn to_value(&self) -> Value {
        let f = self;
        let values = [
            Value::Int(f.debug),
            Value::Int(f.inspect),
            Value::Int(f.interactive),
            Value::Int(f.optimize),
            Value::Int(f.dont_write_bytecode),
            Value::Int(f.no_user_site),
            Value::Int(f.no_site),
            Value::Int(f.ignore_environment),
            Value::Int(f.verbose),
            Value::Int(f.bytes_warning),
            Value::Int(f.quiet),
            Value::Int(f.hash_randomization),
            Value::Int(f.isolated),
            Value::Bool(f.dev_mode),
            Value::Int(f.utf8_mode),
            Value::Int(f.warn_default_encoding),
            Value::Bool(f.safe_path),
            Value::Int(f.int_max_str_digits),
        ];
        crate::modules::structseq::new_instance(flags_class(), values.to_vec())
    }
}

/// Everything the launcher knows about the run that `sys` shows.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub path: Vec<String>,
    pub argv: Vec<String>,
    pub orig_argv: Vec<String>,
    pub executable: String,
    pub base_executable: String,
    pub prefix: String,
    pub exec_prefix: String,
    pub base_prefix: String,
    pub base_exec_prefix: String,
    pub platlibdir: String,
    pub stdlib_dir: String,
    pub warnoptions: Vec<String>,
    /// `-X` options as given: `name` or `name=value`.
    pub xoptions: Vec<String>,
    pub flags: Flags,
}

/// Sets the `sys` attributes that describe the run.
pub fn apply(interp: &Interp, config: &Config) {
    let Some(dict) = super::sys_namespace(interp) else { return };
    let ns = crate::ops::namespace(&dict);
    let strings = |items: &[String]| list(items.iter().map(|s| new_str(s.as_str())).collect());
    ns.set_str(&intern("path"), strings(&config.path));
    ns.set_str(&intern("argv"), strings(&config.argv));
    ns.set_str(&intern("orig_argv"), strings(&config.orig_argv));
    for (name, value) in [
        ("executable", &config.executable),
        ("_base_executable", &config.base_executable),
        ("prefix", &config.prefix),
        ("exec_prefix", &config.exec_prefix),
        ("base_prefix", &config.base_prefix),
        ("base_exec_prefix", &config.base_exec_prefix),
        ("platlibdir", &config.platlibdir),
        ("_stdlib_dir", &config.stdlib_dir),
    ] {
        ns.set_str(&intern(name), new_str(value.as_str()));
    }
    ns.set_str(&intern("warnoptions"), strings(&config.warnoptions));
    let xoptions = new_dict();
    let xns = crate::ops::namespace(&xoptions);
    for option in &config.xoptions {
        match option.split_once('=') {
            Some((name, value)) => xns.set_str(&intern(name), new_str(value)),
            None => xns.set_str(&intern(option), Value::Bool(true)),
        }
    }
    ns.set_str(&intern("_xoptions"), Value::Obj(xoptions));
    ns.set_str(&intern("flags"), config.flags.to_value());
    crate::objects::int::set_max_str_digits(usize::try_from(config.flags.int_max_str_digits).unwrap_or(0));
    ns.set_str(&intern("dont_write_bytecode"), Value::Bool(config.flags.dont_write_bytecode != 0));
    let import_time = config.xoptions.iter().any(|o| o == "importtime" || o.starts_with("importtime="));
    let optimize = u8::try_from(config.flags.optimize.clamp(0, 2)).unwrap_or(0);
    interp.optimize.store(optimize, std::sync::atomic::Ordering::Relaxed);
    interp.bytes_warning.store(config.flags.bytes_warning > 0, std::sync::atomic::Ordering::Relaxed);
    interp.dev_mode.store(config.flags.dev_mode, std::sync::atomic::Ordering::Relaxed);
    let report = &interp.import_report;
    report.timing.store(import_time, std::sync::atomic::Ordering::Relaxed);
    report.verbose.store(config.flags.verbose > 0, std::sync::atomic::Ordering::Relaxed);
}
