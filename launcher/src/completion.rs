//! Tab completion at the prompt, as CPython's REPL does it (its `rlcompleter`): keywords, then
//! the names of `__main__` and of the builtins; after a dot, the attributes of the object the
//! dotted name before it evaluates to. Keywords that a space or colon follows get it, and
//! callables get an opening parenthesis ("()" for Python functions that need no argument).
//! Tab on an empty word inserts a tab, for indenting.

#![allow(unsafe_code)]

use std::cell::Cell;
use std::rc::Rc;

use ferrython_vm::objects::str::{as_pystr, intern};
use ferrython_vm::objects::Payload;
use ferrython_vm::{ObjRef, Value};
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;

use crate::session::Session;

/// Where words end (GNU readline's delimiters as CPython sets them: a dot is part of a word).
const DELIMITERS: &str = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";

/// The session and the namespace of `__main__`, while a line is read (see `Lender::lend`).
type Lent = Cell<Option<(*mut Session, *const ObjRef)>>;

/// The line editor's helper: completes from the session it is lent while a line is read.
#[derive(Default)]
pub struct PythonCompleter {
    lent: Rc<Lent>,
}

/// What lends the session to the completer (the REPL keeps it; the editor owns the helper).
pub struct Lender(Rc<Lent>);

impl PythonCompleter {
    pub fn lender(&self) -> Lender {
        Lender(self.lent.clone())
    }

    fn candidates(&self, word: &str) -> Vec<String> {
        let Some((session, globals)) = self.lent.get() else { return Vec::new() };
        // SAFETY: `lend` set these from live references for the duration of the read that
        // called us (completion runs inside it, on this thread), and nothing else uses the
        // session meanwhile.
        let (session, globals) = unsafe { (&mut *session, &*globals) };
        match word.rsplit_once('.') {
            Some((base, prefix)) => attribute_matches(session, globals, base, prefix),
            None => name_matches(session, globals, word),
        }
    }
}

impl Lender {
    /// Runs `read` (a line editor's read) with the session lent to completion.
    pub fn lend<T>(&self, session: &mut Session, globals: &ObjRef, read: impl FnOnce() -> T) -> T {
        self.0.set(Some((session as *mut Session, globals as *const ObjRef)));
        let result = read();
        self.0.set(None);
        result
    }
}

impl Completer for PythonCompleter {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &rustyline::Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let start = before.rfind(|c| DELIMITERS.contains(c)).map_or(0, |i| i + 1);
        let word = &before[start..];
        if word.is_empty() {
            return Ok((pos, vec![Pair { display: String::new(), replacement: "\t".into() }]));
        }
        let mut found = self.candidates(word);
        found.sort();
        found.dedup();
        let pairs = found.into_iter().map(|c| Pair { display: c.clone(), replacement: c }).collect();
        Ok((start, pairs))
    }
}

impl Hinter for PythonCompleter {
    type Hint = String;
}

impl Highlighter for PythonCompleter {}

impl Validator for PythonCompleter {}

impl rustyline::Helper for PythonCompleter {}

/// Python's keywords, with what the completion adds after each.
const KEYWORDS: &[(&str, &str)] = &[
    ("False", ""),
    ("None", ""),
    ("True", ""),
    ("and", " "),
    ("as", " "),
    ("assert", " "),
    ("async", " "),
    ("await", " "),
    ("break", ""),
    ("class", " "),
    ("continue", ""),
    ("def", " "),
    ("del", " "),
    ("elif", " "),
    ("else", ""),
    ("except", " "),
    ("finally", ":"),
    ("for", " "),
    ("from", " "),
    ("global", " "),
    ("if", " "),
    ("import", " "),
    ("in", " "),
    ("is", " "),
    ("lambda", " "),
    ("nonlocal", " "),
    ("not", " "),
    ("or", " "),
    ("pass", ""),
    ("raise", " "),
    ("return", " "),
    ("try", ":"),
    ("while", " "),
    ("with", " "),
    ("yield", " "),
];

/// Keywords, then names of `__main__`, then builtins, that start with `prefix`.
fn name_matches(session: &mut Session, globals: &ObjRef, prefix: &str) -> Vec<String> {
    let mut found: Vec<String> =
        KEYWORDS.iter().filter(|(k, _)| k.starts_with(prefix)).map(|(k, after)| format!("{k}{after}")).collect();
    let builtins = session.interp.builtins_dict.clone();
    for namespace in [globals, &builtins] {
        let Some(dict) = ferrython_vm::objects::dict_of(namespace) else { continue };
        for (key, value) in dict.items() {
            let Some(name) = as_pystr(&key).map(|s| s.as_str().into_owned()) else { continue };
            if name.starts_with(prefix) && !KEYWORDS.iter().any(|(k, _)| *k == name) {
                found.push(format!("{name}{}", call_suffix(&value)));
            }
        }
    }
    found
}

/// `base.prefix`: the attributes of what `base` (a dotted name) is, that start with `prefix`;
/// names starting with `_` only when `prefix` does, `__` only when it does.
fn attribute_matches(session: &mut Session, globals: &ObjRef, base: &str, prefix: &str) -> Vec<String> {
    let Some(object) = evaluate_dotted(session, globals, base) else { return Vec::new() };
    let thread = &mut session.thread;
    let Ok(names) = ferrython_vm::protocols::call_special(thread, &object, "__dir__", &[]) else { return Vec::new() };
    let names = names.and_then(|n| ferrython_vm::protocols::iter::collect(thread, &n).ok()).unwrap_or_default();
    let mut found = Vec::new();
    for name in names {
        let Some(name) = as_pystr(&name).map(|s| s.as_str().into_owned()) else { continue };
        let hidden = (name.starts_with("__") && !prefix.starts_with("__"))
            || (name.starts_with('_') && !prefix.starts_with('_'));
        if !name.starts_with(prefix) || hidden {
            continue;
        }
        let suffix = match ferrython_vm::protocols::getattr(thread, &object, &intern(&name)) {
            Ok(value) => call_suffix(&value),
            Err(_) => "",
        };
        found.push(format!("{base}.{name}{suffix}"));
    }
    found
}

/// The value of a dotted name (`os.path`): the first part from `__main__` or the builtins,
/// the rest by attribute access. None for anything else, or when a lookup fails.
fn evaluate_dotted(session: &mut Session, globals: &ObjRef, dotted: &str) -> Option<Value> {
    let mut parts = dotted.split('.');
    let first = parts.next()?;
    let valid = |part: &str| !part.is_empty() && part.chars().all(|c| c.is_alphanumeric() || c == '_');
    if !dotted.split('.').all(valid) {
        return None;
    }
    let key = intern(first);
    let builtins = session.interp.builtins_dict.clone();
    let mut value = [globals, &builtins]
        .into_iter()
        .find_map(|namespace| ferrython_vm::objects::dict_of(namespace)?.get_str(&key))?;
    for part in parts {
        value = ferrython_vm::protocols::getattr(&mut session.thread, &value, &intern(part)).ok()?;
    }
    Some(value)
}

/// "(" after a callable, "()" after a Python function that takes no argument.
fn call_suffix(value: &Value) -> &'static str {
    if !ferrython_vm::builtins::is_callable(value) {
        return "";
    }
    match value.payload() {
        Some(Payload::Function(function)) if function.code.total_args() == 0 => "()",
        _ => "(",
    }
}
