//! Tracebacks: recording the frames an exception passes through, and printing an uncaught
//! exception the way CPython 3.12 does (frames, source lines, PEP 657 carets, chained causes
//! and contexts).

use crate::objects::exception::{exception_fields, PyErr};
use crate::objects::str::as_pystr;
use crate::objects::typeobj::{type_data, types};
use crate::objects::Payload;
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
        Payload::Traceback { frame: frame_obj, lasti: lasti as u32, lineno, next: parking_lot::Mutex::new(next) },
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
    while let Some(Payload::Traceback { frame, lasti, lineno, next }) = current.payload() {
        if let Payload::Frame(f) = &frame.payload {
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
    let mut seen = Vec::new();
    format_chain(thread, &err.0, &mut out, &mut seen);
    out
}

fn format_chain(thread: &mut Thread, exc: &ObjRef, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(exc.addr());
    let fields = exception_fields(exc).map(|f| f.clone());
    if let Some(fields) = &fields {
        if let Value::Obj(cause) = &fields.cause {
            if !seen.contains(&cause.addr()) {
                format_chain(thread, cause, out, seen);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            }
        } else if let Value::Obj(context) = &fields.context {
            if !fields.suppress_context && !seen.contains(&context.addr()) {
                format_chain(thread, context, out, seen);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
    }
    let tb = fields.map(|f| f.traceback).unwrap_or(Value::None);
    let entries = entries(&tb);
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
    }
    format_entries(thread, &entries, out);
    out.push_str(&exception_only(thread, exc));
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
        out.push_str(&format!("  File \"{}\", line {}, in {}\n", entry.filename, entry.lineno, entry.name));
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
    let mut line =
        if text.is_empty() { format!("{name}{suggestion}\n") } else { format!("{name}: {text}{suggestion}\n") };
    if let Some(notes) = exc
        .dict
        .as_ref()
        .and_then(|d| crate::objects::dict_of(d)?.get_str(&crate::objects::str::intern_static("__notes__")))
    {
        if let Some(items) = crate::objects::as_list(&notes) {
            for note in items.lock().iter() {
                match as_pystr(note) {
                    Some(s) => line.push_str(&format!("{}\n", s.as_str())),
                    None => line.push_str("<note str() failed>\n"),
                }
            }
        }
    }
    line
}
