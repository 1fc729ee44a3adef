//! "Did you mean: 'x'?" after an uncaught NameError or AttributeError: the closest name by a
//! weighted edit distance (a case change costs 1, any other edit 2), among `dir(obj)` for an
//! AttributeError, or the frame's locals, then its globals, then the builtins for a NameError.
//! A candidate must need no more than about a third of the characters changed.

use crate::objects::exception::exceptions;
use crate::objects::str::{as_pystr, intern_static};
use crate::objects::typeobj::is_subtype;
use crate::objects::{as_dict, Payload};
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
    let dict = exc.dict.as_ref().and_then(crate::objects::dict_of)?;
    let name = dict.get_str(&intern_static("name"))?;
    let name_text = as_pystr(&name)?.as_str().into_owned();
    let found = if is_subtype(&exc.class, &e.attribute_error) {
        let obj = dict.get_str(&intern_static("obj"))?;
        let dir = thread.builtin("dir")?;
        let listing = crate::call::call(thread, &dir, crate::objects::function::Args::positional(&[obj])).ok()?;
        closest(&name_text, &str_items(thread, &listing))
    } else if is_subtype(&exc.class, &e.name_error) {
        name_error_suggestion(thread, exc, &name_text)
    } else {
        None
    };
    found.map(|s| format!(". Did you mean: '{s}'?"))
}

/// The names a NameError's frame could have meant: its locals, then globals, then builtins.
fn name_error_suggestion(thread: &mut Thread, exc: &ObjRef, name: &str) -> Option<String> {
    let frame = last_frame(exc)?;
    let Payload::Frame(f) = &frame.payload else { return None };
    let mut locals: Vec<String> = Vec::new();
    for names in [&f.code.varnames, &f.code.cellvars, &f.code.freevars] {
        locals.extend(names.iter().filter_map(|n| as_pystr(&Value::Obj(n.clone())).map(|s| s.as_str().into_owned())));
    }
    if let Some(found) = closest(name, &locals) {
        return Some(found);
    }
    let globals = dict_keys(&Value::Obj(f.globals.clone()));
    if let Some(found) = closest(name, &globals) {
        return Some(found);
    }
    let builtins = dict_keys(&Value::Obj(thread.interp.builtins_dict.clone()));
    closest(name, &builtins)
}

/// The frame of the traceback's last entry (where the error was raised).
fn last_frame(exc: &ObjRef) -> Option<ObjRef> {
    let mut tb = crate::objects::exception::exception_fields(exc)?.traceback.clone();
    let mut frame = None;
    while let Some(Payload::Traceback { frame: f, next, .. }) = tb.payload() {
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
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for candidate in candidates {
        if candidate == name {
            continue;
        }
        let allowed = (name.len() + candidate.len() + 3) * MOVE_COST / 6;
        let allowed = match best {
            Some((_, d)) => allowed.min(d.saturating_sub(1)),
            None => allowed,
        };
        let distance = edit_distance(name.as_bytes(), candidate.as_bytes(), allowed);
        if distance <= allowed && best.is_none_or(|(_, d)| distance < d) {
            best = Some((candidate, distance));
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
