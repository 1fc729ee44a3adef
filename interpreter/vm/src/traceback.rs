//! Tracebacks: recording the frames an exception passes through, and printing an uncaught
//! exception the way CPython 3.12 does (frames, source lines, PEP 657 carets, chained causes
//! and contexts).

use crate::objects::exception::{exception_fields, PyErr};
use crate::objects::str::as_pystr;
use crate::objects::typeobj::{type_data, types};
use crate::objects::{OwnedPayload, Payload, TracebackData};
use crate::thread::Thread;
use crate::value::{ObjRef, Value};

/// Prepends the top frame to the exception's traceback (unless the exception is being
/// re-raised in the frame that already recorded it).
pub fn add_frame(thread: &mut Thread, err: &PyErr) {
    if std::mem::take(&mut thread.reraising) {
        return;
    }
    let Some(frame) = thread.frames.last_mut() else { return };
    let frame_obj = frame.object();
    let lasti = frame.lasti;
    let lineno = frame.code.line_at(lasti).map_or(-1, i64::from);
    let Some(mut fields) = exception_fields(&err.0) else { return };
    let next = std::mem::replace(&mut fields.traceback, Value::None);
    let tb = ObjRef::new(
        types().traceback.clone(),
        None,
        OwnedPayload::Traceback(TracebackData {
            frame: frame_obj,
            lasti: lasti as u32,
            lineno,
            next: crate::sync::Mutex::new(next),
        }),
    );
    fields.traceback = Value::Obj(tb);
}

/// Marks that the error about to be returned is a re-raise (RERAISE, bare `raise`): the frame
/// it is raised in is already in its traceback.
pub fn mark_reraise(thread: &mut Thread) {
    thread.reraising = true;
}

/// One traceback entry, ready to print.
struct Entry {
    filename: String,
    lineno: i64,
    name: String,
    position: Option<ferrython_bytecode::Position>,
}

fn entries(tb: &Value) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut current = tb.clone();
    while let Some(Payload::Traceback(TracebackData { frame, lasti, lineno, next })) = current.payload() {
        if let Payload::Frame(f) = &frame.payload() {
            out.push(Entry {
                filename: f.code.filename_str(),
                lineno: *lineno,
                name: f.code.name_str(),
                position: f.code.positions.get(*lasti as usize).copied(),
            });
        }
        let following = next.lock().clone();
        current = following;
    }
    out
}

/// The source line `lineno` of `filename`, if it can be read.
fn source_line(thread: &Thread, filename: &str, lineno: i64) -> Option<String> {
    if lineno < 1 {
        return None;
    }
    let text = thread.interp.source_of(filename)?;
    text.lines().nth((lineno - 1) as usize).map(str::to_string)
}

/// Formats an uncaught exception with its chain, as `sys.excepthook` prints it.
pub fn format_exception(thread: &mut Thread, err: &PyErr) -> String {
    let mut out = String::new();
    let mut ctx = PrintContext { depth: 0, need_close: false, seen: Vec::new() };
    format_exc(thread, &err.0, &mut out, &mut ctx);
    out
}

/// How many members of a group are shown, and how deep nested groups are shown.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

const CAUSE_MESSAGE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";

/// The state of a report that may hold exception groups: their nesting draws a margin.
struct PrintContext {
    depth: usize,
    need_close: bool,
    seen: Vec<usize>,
}

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text`, each line behind the margin of the current group depth.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// An exception with the chain of causes and contexts that led to it (oldest first).
fn format_exc(thread: &mut Thread, exc: &ObjRef, out: &mut String, ctx: &mut PrintContext) {
    let mut chain: Vec<(Option<&str>, ObjRef)> = Vec::new();
    let mut current = Some(exc.clone());
    while let Some(e) = current.take() {
        ctx.seen.push(e.addr());
        let fields = exception_fields(&e).map(|f| f.clone());
        let mut message = None;
        if let Some(fields) = &fields {
            match (&fields.cause, &fields.context) {
                (Value::Obj(cause), _) if !ctx.seen.contains(&cause.addr()) => {
                    message = Some(CAUSE_MESSAGE);
                    current = Some(cause.clone());
                }
                (_, Value::Obj(context)) if !fields.suppress_context && !ctx.seen.contains(&context.addr()) => {
                    message = Some(CONTEXT_MESSAGE);
                    current = Some(context.clone());
                }
                _ => {}
            }
        }
        chain.push((message, e));
    }
    for (message, e) in chain.into_iter().rev() {
        if let Some(message) = message {
            ctx.emit(out, message, '|');
        }
        format_one(thread, &e, out, ctx);
    }
}

/// One exception of a chain: its traceback and last line, and the members of a group.
fn format_one(thread: &mut Thread, exc: &ObjRef, out: &mut String, ctx: &mut PrintContext) {
    let tb = exception_fields(exc).map(|f| f.traceback.clone()).unwrap_or(Value::None);
    let entries = entries(&tb);
    let mut stack = String::new();
    format_entries(thread, &entries, &mut stack);
    let value = Value::Obj(exc.clone());
    if !crate::builtins::is_exception_group(&value) {
        if !entries.is_empty() {
            ctx.emit(out, "Traceback (most recent call last):\n", '|');
            ctx.emit(out, &stack, '|');
        }
        let last = exception_only(thread, exc);
        ctx.emit(out, &last, '|');
        return;
    }
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(out, &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
        return;
    }
    let top = ctx.depth == 0;
    if top {
        ctx.depth += 1;
    }
    if !entries.is_empty() {
        ctx.emit(out, "Exception Group Traceback (most recent call last):\n", if top { '+' } else { '|' });
        ctx.emit(out, &stack, '|');
    }
    let last = exception_only(thread, exc);
    ctx.emit(out, &last, '|');
    let members = crate::builtins::exception_group_members(&value);
    let shown = if members.len() <= MAX_GROUP_WIDTH { members.len() } else { MAX_GROUP_WIDTH + 1 };
    ctx.need_close = false;
    for i in 0..shown {
        let is_last = i + 1 == shown;
        if is_last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
        let corner = if i == 0 { "+-" } else { "  " };
        out.push_str(&format!("{}{corner}+---------------- {title} ----------------\n", ctx.indent()));
        ctx.depth += 1;
        if truncated {
            let remaining = members.len() - MAX_GROUP_WIDTH;
            let text = format!("and {remaining} more exception{}\n", if remaining > 1 { "s" } else { "" });
            ctx.emit(out, &text, '|');
        } else if let Value::Obj(member) = &members[i] {
            format_exc(thread, member, out, ctx);
        }
        if is_last && ctx.need_close {
            out.push_str(&format!("{}+------------------------------------\n", ctx.indent()));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if top {
        ctx.depth = 0;
    }
}

/// CPython collapses runs of more than three identical entries.
fn format_entries(thread: &Thread, entries: &[Entry], out: &mut String) {
    let mut last: Option<(&str, i64, &str)> = None;
    let mut repeats = 0;
    for entry in entries {
        let key = (entry.filename.as_str(), entry.lineno, entry.name.as_str());
        if last == Some(key) {
            repeats += 1;
        } else {
            flush_repeats(out, repeats);
            repeats = 0;
            last = Some(key);
        }
        if repeats >= 3 {
            continue;
        }
        let line = if entry.lineno < 0 { "None".to_string() } else { entry.lineno.to_string() };
        out.push_str(&format!("  File \"{}\", line {line}, in {}\n", entry.filename, entry.name));
        if let Some(line) = source_line(thread, &entry.filename, entry.lineno) {
            let stripped = line.trim_start();
            let indent = line.len() - stripped.len();
            let stripped = stripped.trim_end();
            out.push_str(&format!("    {stripped}\n"));
            if let Some(carets) = crate::carets::caret_line(&line, indent, stripped.len(), entry.lineno, entry.position)
            {
                out.push_str(&format!("    {carets}\n"));
            }
        }
    }
    flush_repeats(out, repeats);
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let more = repeats - 2;
        out.push_str(&format!("  [Previous line repeated {more} more time{}]\n", if more == 1 { "" } else { "s" }));
    }
}

/// The last line: `Class: message` (or just `Class`), with the module prefix for classes
/// outside builtins and `__main__`.
pub fn exception_only(thread: &mut Thread, exc: &ObjRef) -> String {
    let class = &exc.class;
    let data = type_data(class);
    let qualname = data.qualname.read().clone();
    let module = crate::attributes::type_module(class);
    let name = match module.as_deref() {
        Some("builtins") | Some("__main__") | None => qualname,
        Some(m) => format!("{m}.{qualname}"),
    };
    let text = match crate::protocols::to_str(thread, &Value::Obj(exc.clone())) {
        Ok(text) => text,
        Err(_) => "<exception str() failed>".to_string(),
    };
    let suggestion = crate::suggestions::suggestion(thread, exc).unwrap_or_default();
    let mut line = if crate::objects::typeobj::is_subtype(class, &crate::objects::exception::exceptions().syntax_error)
    {
        syntax_error_only(thread, exc, &name)
    } else if text.is_empty() {
        format!("{name}{suggestion}\n")
    } else {
        format!("{name}: {text}{suggestion}\n")
    };
    if let Some(notes) = exc
        .dict()
        .as_ref()
        .and_then(|d| crate::objects::dict_of(d)?.get_str(&crate::objects::str::intern_static("__notes__")))
    {
        // A sequence (not str or bytes) gives each note's str, anything else its repr.
        let items = match notes.payload() {
            Some(Payload::List(items)) => Some(items.lock().to_vec()),
            Some(Payload::Tuple(items)) => Some(items.to_vec()),
            _ => None,
        };
        match items {
            Some(items) => {
                for note in &items {
                    match crate::protocols::to_str(thread, note) {
                        Ok(text) => line.push_str(&format!("{text}\n")),
                        Err(_) => line.push_str("<note str() failed>\n"),
                    }
                }
            }
            None if notes.is_none() => {}
            None => match crate::protocols::repr(thread, &notes) {
                Ok(text) => line.push_str(&format!("{text}\n")),
                Err(_) => line.push_str("<__notes__ repr() failed>\n"),
            },
        }
    }
    line
}

/// A SyntaxError's report: where it is (file, line, the text with carets), then
/// `Class: msg`, as CPython prints one.
fn syntax_error_only(thread: &mut Thread, exc: &ObjRef, name: &str) -> String {
    let value = Value::Obj(exc.clone());
    let mut get =
        |name: &str| crate::protocols::getattr_opt(thread, &value, name).ok().flatten().unwrap_or(Value::None);
    let (filename, lineno, offset, end_offset, text, msg) =
        (get("filename"), get("lineno"), get("offset"), get("end_offset"), get("text"), get("msg"));
    let as_text = |v: &Value| as_pystr(v).map(|s| s.as_str().into_owned());
    let as_int = |v: &Value| crate::objects::int::to_i64(v);
    let mut out = String::new();
    let mut suffix = String::new();
    match (as_int(&lineno), as_text(&filename)) {
        (Some(line), file) => {
            out.push_str(&format!("  File \"{}\", line {line}\n", file.as_deref().unwrap_or("<string>")))
        }
        (None, Some(file)) => suffix = format!(" ({file})"),
        (None, None) => {}
    }
    if let Some(text) = as_text(&text) {
        let rtext = text.trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let spaces = rtext.chars().count() - ltext.chars().count();
        out.push_str(&format!("    {ltext}\n"));
        if let Some(mut start) = as_int(&offset) {
            let len = text.chars().count() as i64;
            let mut end = as_int(&end_offset).filter(|e| *e != 0).unwrap_or(start);
            if start > len {
                start = len + 1;
            }
            if end > len {
                end = len + 1;
            }
            if start >= end || end < 0 {
                end = start + 1;
            }
            let col = start - 1 - spaces as i64;
            let end_col = end - 1 - spaces as i64;
            if col >= 0 {
                let pad: String =
                    ltext.chars().take(col as usize).map(|c| if c.is_whitespace() { c } else { ' ' }).collect();
                out.push_str(&format!("    {pad}{}\n", "^".repeat((end_col - col).max(0) as usize)));
            }
        }
    }
    let msg = match as_text(&msg) {
        Some(m) if !m.is_empty() => m,
        _ => "<no detail available>".to_string(),
    };
    out.push_str(&format!("{name}: {msg}{suffix}\n"));
    out
}
