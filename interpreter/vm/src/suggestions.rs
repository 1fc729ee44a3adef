//! "Did you mean: 'x'?" after an uncaught NameError or AttributeError, as 3.12's traceback
//! module words it: the closest name by a weighted edit distance (a case change costs 1, any
//! other edit 2), among `dir(obj)` for an AttributeError, or the frame's bound locals, globals
//! and builtins together for a NameError.
//! A candidate must need no more than about a third of the characters changed. Inside a
//! method, a NameError for an attribute of `self` suggests `self.x`; one for a standard-library
//! module adds "Did you forget to import"; "cannot import name" searches the module's names.

use crate::objects::exception::exceptions;
use crate::objects::str::{as_pystr, intern_static};
use crate::objects::typeobj::is_subtype;
use crate::objects::{as_dict, Payload, TracebackData};
use crate::protocols::iter;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};

/// Lists longer than this are not searched.
const MAX_CANDIDATES: usize = 750;
/// Names longer than this (after trimming common ends) never match.
const MAX_NAME: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The text to append to the exception's last line (`. Did you mean: 'x'?`), if any.
pub fn suggestion(thread: &mut Thread, exc: &ObjRef) -> Option<String> {
    let e = exceptions();
    let dict = exc.dict().as_ref().and_then(crate::objects::dict_of)?;
    let name = dict.get_str(&intern_static("name"))?;
    let name_text = as_pystr(&name)?.as_str().into_owned();
    if is_subtype(&exc.class, &e.attribute_error) {
        let obj = dict.get_str(&intern_static("obj"))?;
        return closest(&name_text, &dir_names(thread, obj)).map(|s| format!(". Did you mean: '{s}'?"));
    }
    if is_subtype(&exc.class, &e.name_error) {
        let found = name_error_suggestion(thread, exc, &name_text);
        let mut text = found.as_ref().map(|s| format!(". Did you mean: '{s}'?")).unwrap_or_default();
        if STDLIB_MODULE_NAMES.binary_search(&name_text.as_str()).is_ok() {
            // CPython 3.12 ends this sentence without a question mark.
            let lead = if found.is_some() { " Or did" } else { ". Did" };
            text.push_str(&format!("{lead} you forget to import '{name_text}'"));
        }
        return (!text.is_empty()).then_some(text);
    }
    if is_subtype(&exc.class, &e.import_error) {
        let wanted = dict.get_str(&intern_static("name_from"))?;
        let wanted = as_pystr(&wanted)?.as_str().into_owned();
        let modules = crate::objects::dict_of(&thread.interp.modules)?;
        let module = modules.get_str(&crate::objects::str::intern(&name_text))?;
        return closest(&wanted, &dir_names(thread, module)).map(|s| format!(". Did you mean: '{s}'?"));
    }
    None
}

/// `dir(obj)` as strs (nothing when dir() fails).
fn dir_names(thread: &mut Thread, obj: Value) -> Vec<String> {
    let Some(dir) = thread.builtin("dir") else { return Vec::new() };
    match crate::call::call(thread, &dir, crate::objects::function::Args::positional(&[obj])) {
        Ok(listing) => str_items(thread, &listing),
        Err(_) => Vec::new(),
    }
}

/// What a NameError's frame could have meant, as 3.12's traceback module finds it: `self.x`
/// when the frame's `self` has the attribute, else the closest of the frame's bound locals,
/// globals and builtins taken together.
fn name_error_suggestion(thread: &mut Thread, exc: &ObjRef, name: &str) -> Option<String> {
    let frame = last_frame(exc)?;
    let Payload::Frame(f) = frame.payload() else { return None };
    let locals = f.locals.lock().clone();
    let locals = if as_dict(&locals).is_some() { locals } else { Value::Obj(f.globals.clone()) };
    if let Some(this) = as_dict(&locals).and_then(|d| d.get_str(&intern_static("self"))) {
        if crate::protocols::getattr_opt(thread, &this, name).ok().flatten().is_some() {
            return Some(format!("self.{name}"));
        }
    }
    let mut candidates = dict_keys(&locals);
    candidates.extend(dict_keys(&Value::Obj(f.globals.clone())));
    candidates.extend(dict_keys(&Value::Obj(thread.interp.builtins_dict.clone())));
    closest(name, &candidates)
}

/// The frame of the traceback's last entry (where the error was raised).
fn last_frame(exc: &ObjRef) -> Option<ObjRef> {
    let mut tb = crate::objects::exception::exception_fields(exc)?.traceback.clone();
    let mut frame = None;
    while let Some(Payload::Traceback(TracebackData { frame: f, next, .. })) = tb.payload() {
        frame = Some(f.clone());
        let following = next.lock().clone();
        tb = following;
    }
    frame
}

fn dict_keys(dict: &Value) -> Vec<String> {
    as_dict(dict)
        .map(|d| d.keys().iter().filter_map(|k| as_pystr(k).map(|s| s.as_str().into_owned())).collect())
        .unwrap_or_default()
}

fn str_items(thread: &mut Thread, listing: &Value) -> Vec<String> {
    iter::collect(thread, listing)
        .unwrap_or_default()
        .iter()
        .filter_map(|k| as_pystr(k).map(|s| s.as_str().into_owned()))
        .collect()
}

/// The candidate closest to `name` within the allowed distance (the first of equals).
fn closest(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > MAX_CANDIDATES {
        return None;
    }
    if name.len() > MAX_NAME {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    // A match must beat the name's own length, then the best match so far.
    let mut best_distance = name.len();
    for candidate in candidates {
        if candidate == name {
            continue;
        }
        let allowed = ((name.len() + candidate.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let distance = edit_distance(name.as_bytes(), candidate.as_bytes(), allowed);
        if distance <= allowed && best.is_none_or(|(_, d)| distance < d) {
            best = Some((candidate, distance));
            best_distance = distance;
        }
    }
    best.map(|(s, _)| s.clone())
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The weighted edit distance of two byte strings, or `limit + 1` once it is certainly larger
/// than `limit`.
fn edit_distance(a: &[u8], b: &[u8], limit: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_NAME || b.len() > MAX_NAME {
        return limit + 1;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if (long.len() - short.len()) * MOVE_COST > limit {
        return limit + 1;
    }
    // One row of the table: row[i] is the cost of turning long[..j] into short[..i + 1].
    let mut row: Vec<usize> = (1..=short.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &c) in long.iter().enumerate() {
        let mut diagonal = j * MOVE_COST;
        let mut row_min = usize::MAX;
        for (i, &s) in short.iter().enumerate() {
            let substitute = diagonal + substitution_cost(c, s);
            diagonal = row[i];
            let left = if i == 0 { (j + 1) * MOVE_COST } else { result };
            result = substitute.min(left + MOVE_COST).min(row[i] + MOVE_COST);
            row[i] = result;
            row_min = row_min.min(result);
        }
        if row_min > limit {
            return limit + 1;
        }
    }
    result
}

/// `sys.stdlib_module_names` of CPython 3.12, sorted (whether or not Ferrython has each module
/// yet).
pub(crate) const STDLIB_MODULE_NAMES: &[&str] = &[
    "__future__",
    "_abc",
    "_aix_support",
    "_ast",
    "_asyncio",
    "_bisect",
    "_blake2",
    "_bz2",
    "_codecs",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_collections",
    "_collections_abc",
    "_compat_pickle",
    "_compression",
    "_contextvars",
    "_crypt",
    "_csv",
    "_ctypes",
    "_curses",
    "_curses_panel",
    "_datetime",
    "_dbm",
    "_decimal",
    "_elementtree",
    "_frozen_importlib",
    "_frozen_importlib_external",
    "_functools",
    "_gdbm",
    "_hashlib",
    "_heapq",
    "_imp",
    "_io",
    "_json",
    "_locale",
    "_lsprof",
    "_lzma",
    "_markupbase",
    "_md5",
    "_msi",
    "_multibytecodec",
    "_multiprocessing",
    "_opcode",
    "_operator",
    "_osx_support",
    "_overlapped",
    "_pickle",
    "_posixshmem",
    "_posixsubprocess",
    "_py_abc",
    "_pydatetime",
    "_pydecimal",
    "_pyio",
    "_pylong",
    "_queue",
    "_random",
    "_scproxy",
    "_sha1",
    "_sha2",
    "_sha3",
    "_signal",
    "_sitebuiltins",
    "_socket",
    "_sqlite3",
    "_sre",
    "_ssl",
    "_stat",
    "_statistics",
    "_string",
    "_strptime",
    "_struct",
    "_symtable",
    "_thread",
    "_threading_local",
    "_tkinter",
    "_tokenize",
    "_tracemalloc",
    "_typing",
    "_uuid",
    "_warnings",
    "_weakref",
    "_weakrefset",
    "_winapi",
    "_wmi",
    "_zoneinfo",
    "abc",
    "aifc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asyncio",
    "atexit",
    "audioop",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cgi",
    "cgitb",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "imghdr",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "mailcap",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];
