//! The stdlib conformance test: every `.py` file of the machine's CPython standard library must
//! parse with Ferrython to the tree CPython 3.12 gives (compared by the SHA-256 of
//! `ast.dump(tree, include_attributes=True)`), or be rejected with CPython 3.12's SyntaxError
//! (same class, message, lineno, offset, end_lineno and end_offset).
//!
//! CPython's answers come from `tests/tools/stdlib_oracle.py` run under the CPython 3.12 oracle in
//! ONE process (about 40 s), cached in `$XDG_CACHE_HOME/ferrython/` (or `~/.cache/ferrython/`)
//! under a hash of the oracle script, the stdlib path, and every file's path, size and mtime.
//!
//! Environment:
//! - `FERRYTHON_STDLIB`: the stdlib folder (default: what `python3` reports);
//! - `FERRYTHON_ORACLE`: CPython 3.12 (default: `shared/python3.12/python3.12` beside the workspace
//!   or one of its parents; without one the test is skipped with a notice, unless
//!   `FERRYTHON_REQUIRE_ORACLE=1`).
//!
//! `tests/tools/diff_stdlib_file.sh FILE` shows how one file's dump differs.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;
use std::{fs, panic, thread};

use ferrython_ast::{dump, DumpOptions};
use ferrython_parser::{Mode, ParseOptions, SyntaxError};
use ferrython_test_support::{cached_oracle_answer, notice, oracle, stdlib, stdlib_files, workspace, SourceFile};
use sha2::{Digest, Sha256};

/// Stack of each parsing thread: deep nesting in test files must not overflow a debug build.
const WORKER_STACK: usize = 256 << 20;

#[test]
fn stdlib_conformance() {
    let Some(oracle) = oracle("stdlib_conformance") else { return };
    let script = workspace().join("tests/tools/stdlib_oracle.py");
    let stdlib = stdlib();
    let files = stdlib_files(&stdlib);
    assert!(!files.is_empty(), "no .py files found under the stdlib folder {}", stdlib.display());
    let expected = oracle_answer(&oracle, &script, &stdlib, &files);

    let started = Instant::now();
    let outcomes = parse_all(&files);
    let elapsed = started.elapsed();
    let bytes: u64 = files.iter().map(|f| f.size).sum();

    let mut failures: Vec<(&str, String)> = Vec::new();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (file, outcome) in files.iter().zip(&outcomes) {
        let verdict = match expected.get(&file.rel) {
            Some(expected) => judge(expected, outcome),
            None => Err(("missing", "not in the oracle's answer".to_string())),
        };
        match verdict {
            Ok(()) => *counts.entry("match").or_default() += 1,
            Err((kind, reason)) => {
                *counts.entry(kind).or_default() += 1;
                failures.push((&file.rel, reason));
            }
        }
    }
    let mut totals = format!(
        "stdlib conformance: {} files ({:.1} MB) from {} parsed in {:.2} s",
        files.len(),
        bytes as f64 / 1e6,
        stdlib.display(),
        elapsed.as_secs_f64()
    );
    for (kind, n) in &counts {
        let _ = write!(totals, "; {kind}: {n}");
    }
    if failures.is_empty() {
        notice!("{totals}");
    } else {
        let mut report = format!("{} of {} stdlib files differ from CPython 3.12:\n", failures.len(), files.len());
        for (rel, reason) in &failures {
            let _ = writeln!(report, "  {}: {reason}", stdlib.join(rel).display());
        }
        let _ = write!(report, "{totals}");
        panic!("{report}");
    }
}

/// One `.py` file of the stdlib. `rel` is its path under the stdlib folder, with `/` separators.
enum Expected {
    /// It parsed; the SHA-256 (hex) of `ast.dump(tree, include_attributes=True)`.
    Dump(String),
    /// It raised SyntaxError or a subclass.
    SyntaxError(ErrorFacts),
    /// It raised another exception (Ferrython must reject the file too).
    Exception { class: String, msg: String },
}

/// The compared attributes of a SyntaxError.
#[derive(PartialEq)]
struct ErrorFacts {
    class: String,
    msg: String,
    lineno: Option<i64>,
    offset: Option<i64>,
    end_lineno: Option<i64>,
    end_offset: Option<i64>,
}

impl ErrorFacts {
    fn of(err: &SyntaxError) -> ErrorFacts {
        ErrorFacts {
            class: err.class.name().to_string(),
            msg: err.msg.clone(),
            lineno: err.lineno,
            offset: err.offset,
            end_lineno: err.end_lineno,
            end_offset: err.end_offset,
        }
    }
}

impl std::fmt::Display for ErrorFacts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let show = |n: Option<i64>| n.map_or("None".to_string(), |n| n.to_string());
        write!(
            f,
            "{}: {} at {}:{}-{}:{}",
            self.class,
            self.msg,
            show(self.lineno),
            show(self.offset),
            show(self.end_lineno),
            show(self.end_offset)
        )
    }
}

/// What Ferrython did with a file.
enum Outcome {
    Tree { sha256: String },
    Error(SyntaxError),
    Panic(String),
    Unreadable(String),
}

/// `Ok` when Ferrython agrees with CPython; otherwise a category and a one-line reason.
fn judge(expected: &Expected, outcome: &Outcome) -> Result<(), (&'static str, String)> {
    match (expected, outcome) {
        (_, Outcome::Panic(msg)) => Err(("panic", format!("parser panicked: {msg}"))),
        (_, Outcome::Unreadable(msg)) => Err(("unreadable", format!("cannot read: {msg}"))),
        (Expected::Dump(want), Outcome::Tree { sha256 }) if want == sha256 => Ok(()),
        (Expected::Dump(_), Outcome::Tree { .. }) => Err(("dump differs", "dump differs".into())),
        (Expected::Dump(_), Outcome::Error(err)) => {
            let class = match err.class.name() {
                "SyntaxError" => String::new(),
                name => format!("{name}: "),
            };
            Err((
                "ferrython error",
                format!(
                    "ferrython error: {class}{} at {}:{}",
                    err.msg,
                    err.lineno.unwrap_or(0),
                    err.offset.unwrap_or(0)
                ),
            ))
        }
        (Expected::SyntaxError(want), Outcome::Error(err)) => {
            let got = ErrorFacts::of(err);
            if *want == got {
                Ok(())
            } else {
                Err(("wrong error", format!("expected {want}, got {got}")))
            }
        }
        (Expected::SyntaxError(want), Outcome::Tree { .. }) => {
            Err(("missed error", format!("expected {want}, got a tree")))
        }
        (Expected::Exception { .. }, Outcome::Error(_)) => Ok(()),
        (Expected::Exception { class, msg }, Outcome::Tree { .. }) => {
            Err(("missed error", format!("expected {class}: {msg}, got a tree")))
        }
    }
}

/// CPython 3.12's verdict on every file, from the cache or from one run of the oracle.
fn oracle_answer(oracle: &Path, script: &Path, stdlib: &Path, files: &[SourceFile]) -> BTreeMap<String, Expected> {
    let text = cached_oracle_answer("stdlib_conformance", oracle, script, stdlib, files);
    read_answer(&text).unwrap_or_else(|| panic!("the oracle's answer is not the JSON stdlib_oracle.py prints"))
}

/// Reads the oracle's JSON (see `stdlib_oracle.py`); `None` when it is not of that shape.
fn read_answer(text: &str) -> Option<BTreeMap<String, Expected>> {
    let value = Json::parse(text)?;
    let mut answer = BTreeMap::new();
    for (rel, entry) in value.get("files")?.as_object()? {
        let (kind, value) = entry.as_object()?.first()?;
        let expected = match kind.as_str() {
            "dump" => Expected::Dump(value.as_str()?.to_string()),
            "syntax_error" => {
                let items = value.as_array()?;
                let [class, msg, lineno, offset, end_lineno, end_offset] = items.as_slice() else {
                    return None;
                };
                Expected::SyntaxError(ErrorFacts {
                    class: class.as_str()?.to_string(),
                    msg: msg.as_str()?.to_string(),
                    lineno: lineno.as_int(),
                    offset: offset.as_int(),
                    end_lineno: end_lineno.as_int(),
                    end_offset: end_offset.as_int(),
                })
            }
            "exception" => {
                let items = value.as_array()?;
                let [class, msg] = items.as_slice() else {
                    return None;
                };
                Expected::Exception { class: class.as_str()?.to_string(), msg: msg.as_str()?.to_string() }
            }
            _ => return None,
        };
        answer.insert(rel.clone(), expected);
    }
    Some(answer)
}

/// Parses every file with Ferrython, a worker thread per core; panics are caught per file.
fn parse_all(files: &[SourceFile]) -> Vec<Outcome> {
    thread_local! {
        static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
    }
    let default_hook = panic::take_hook();
    panic::set_hook(Box::new(|info| {
        let payload = info.payload();
        let msg = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(no message)".into());
        let msg = match info.location() {
            Some(loc) => format!("{msg} at {}:{}", loc.file(), loc.line()),
            None => msg,
        };
        LAST_PANIC.with(|last| *last.borrow_mut() = Some(msg));
    }));

    let workers = thread::available_parallelism().map_or(1, |n| n.get());
    let next = AtomicUsize::new(0);
    let mut outcomes: Vec<Option<Outcome>> = (0..files.len()).map(|_| None).collect();
    thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                thread::Builder::new()
                    .stack_size(WORKER_STACK)
                    .spawn_scoped(scope, || {
                        let mut done = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(file) = files.get(i) else { break };
                            let outcome = match fs::read(&file.path) {
                                Err(err) => Outcome::Unreadable(err.to_string()),
                                Ok(source) => {
                                    let path = file.path.to_string_lossy();
                                    panic::catch_unwind(|| parse_one(&source, &path)).unwrap_or_else(|_| {
                                        let msg = LAST_PANIC.with(|last| last.take());
                                        Outcome::Panic(msg.unwrap_or_default())
                                    })
                                }
                            };
                            done.push((i, outcome));
                        }
                        done
                    })
                    .expect("cannot start a parsing thread")
            })
            .collect();
        for handle in handles {
            for (i, outcome) in handle.join().expect("a parsing thread died") {
                outcomes[i] = Some(outcome);
            }
        }
    });

    let _ = panic::take_hook();
    panic::set_hook(default_hook);
    outcomes.into_iter().map(|o| o.expect("every file was parsed")).collect()
}

fn parse_one(source: &[u8], path: &str) -> Outcome {
    let options = ParseOptions { mode: Mode::Exec, type_comments: false, barry_as_flufl: false };
    match ferrython_parser::parse(source, path, options) {
        Ok(parsed) => {
            let text = dump(&parsed.module, DumpOptions { include_attributes: true, indent: None })
                .expect("stdlib trees are shallow");
            Outcome::Tree { sha256: hex(&Sha256::digest(text.as_bytes())) }
        }
        Err(err) => Outcome::Error(err),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Just enough JSON to read the oracle's answer.
enum Json {
    Null,
    Bool,
    Num(f64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    fn parse(text: &str) -> Option<Json> {
        let mut reader = JsonReader { s: text.as_bytes(), i: 0 };
        let value = reader.value()?;
        reader.skip_ws();
        (reader.i == reader.s.len()).then_some(value)
    }

    fn get(&self, key: &str) -> Option<&Json> {
        self.as_object()?.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    fn as_object(&self) -> Option<&Vec<(String, Json)>> {
        match self {
            Json::Obj(items) => Some(items),
            _ => None,
        }
    }

    fn as_array(&self) -> Option<&Vec<Json>> {
        match self {
            Json::Arr(items) => Some(items),
            _ => None,
        }
    }

    fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    /// An integer; `None` for `null` (and anything else).
    fn as_int(&self) -> Option<i64> {
        match self {
            Json::Num(n) if n.fract() == 0.0 => Some(*n as i64),
            _ => None,
        }
    }
}

struct JsonReader<'a> {
    s: &'a [u8],
    i: usize,
}

impl JsonReader<'_> {
    fn skip_ws(&mut self) {
        while self.s.get(self.i).is_some_and(|b| b.is_ascii_whitespace()) {
            self.i += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.skip_ws();
        if self.s.get(self.i) == Some(&byte) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn literal(&mut self, word: &str, value: Json) -> Option<Json> {
        self.s[self.i..].starts_with(word.as_bytes()).then(|| {
            self.i += word.len();
            value
        })
    }

    fn value(&mut self) -> Option<Json> {
        self.skip_ws();
        match *self.s.get(self.i)? {
            b'n' => self.literal("null", Json::Null),
            b't' => self.literal("true", Json::Bool),
            b'f' => self.literal("false", Json::Bool),
            b'"' => self.string().map(Json::Str),
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                if self.eat(b']') {
                    return Some(Json::Arr(items));
                }
                loop {
                    items.push(self.value()?);
                    if self.eat(b']') {
                        return Some(Json::Arr(items));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            b'{' => {
                self.i += 1;
                let mut items = Vec::new();
                if self.eat(b'}') {
                    return Some(Json::Obj(items));
                }
                loop {
                    self.skip_ws();
                    let key = self.string()?;
                    if !self.eat(b':') {
                        return None;
                    }
                    items.push((key, self.value()?));
                    if self.eat(b'}') {
                        return Some(Json::Obj(items));
                    }
                    if !self.eat(b',') {
                        return None;
                    }
                }
            }
            _ => {
                let start = self.i;
                while self.s.get(self.i).is_some_and(|b| b"+-.eE".contains(b) || b.is_ascii_digit()) {
                    self.i += 1;
                }
                let text = std::str::from_utf8(&self.s[start..self.i]).ok()?;
                text.parse().ok().map(Json::Num)
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = std::str::from_utf8(self.s.get(self.i..self.i + 4)?).ok()?;
        self.i += 4;
        u32::from_str_radix(digits, 16).ok()
    }

    fn string(&mut self) -> Option<String> {
        if self.s.get(self.i) != Some(&b'"') {
            return None;
        }
        self.i += 1;
        let mut out = Vec::new();
        loop {
            let byte = *self.s.get(self.i)?;
            self.i += 1;
            match byte {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let escape = *self.s.get(self.i)?;
                    self.i += 1;
                    let c = match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let unit = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&unit) && self.s[self.i..].starts_with(b"\\u") {
                                let save = self.i;
                                self.i += 2;
                                let low = self.hex4()?;
                                if (0xDC00..0xE000).contains(&low) {
                                    0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                                } else {
                                    self.i = save;
                                    unit
                                }
                            } else {
                                unit
                            };
                            char::from_u32(code).unwrap_or('\u{FFFD}')
                        }
                        _ => return None,
                    };
                    out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                }
                _ => out.push(byte),
            }
        }
    }
}
