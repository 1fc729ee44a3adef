//! Warnings the VM itself issues (`RuntimeWarning: coroutine '...' was never awaited`), printed
//! as the `warnings` module's default filters print them: once per location, as
//! `FILE:LINE: Category: message` and the stripped source line.

use std::collections::HashSet;
use std::io::Write as _;

use parking_lot::Mutex;

use crate::objects::typeobj::type_data;
use crate::thread::Thread;
use crate::value::ObjRef;

/// A warning's identity: (category, message, file, line).
type WarningKey = (String, String, String, i64);

/// The warnings already shown.
static SHOWN: Mutex<Option<HashSet<WarningKey>>> = Mutex::new(None);

/// Shows a warning of `category` located at the running frame, unless that same warning was
/// already shown there; `extra` is printed after it (a note such as tracemalloc's).
pub fn warn(thread: &mut Thread, category: &ObjRef, message: &str, extra: Option<&str>) {
    let location = location(thread, 0);
    warn_at(thread, category, message, extra, location);
}

/// The (file, line) of the frame `depth` levels below the running one.
pub fn location(thread: &Thread, depth: usize) -> (String, i64) {
    match thread.frames.iter().rev().nth(depth) {
        Some(frame) => (frame.code.filename_str(), frame.code.line_at(frame.lasti).map_or(0, i64::from)),
        None => ("sys".to_string(), 1),
    }
}

/// `warn`, located at `(filename, lineno)`.
pub fn warn_at(
    thread: &mut Thread,
    category: &ObjRef,
    message: &str,
    extra: Option<&str>,
    (filename, lineno): (String, i64),
) {
    let name = type_data(category).name();
    let key = (name.clone(), message.to_string(), filename.clone(), lineno);
    if !SHOWN.lock().get_or_insert_with(HashSet::new).insert(key) {
        return;
    }
    let mut text = format!("{filename}:{lineno}: {name}: {message}\n");
    if lineno > 0 {
        if let Some(line) =
            thread.interp.source_of(&filename).and_then(|s| s.lines().nth((lineno - 1) as usize).map(str::to_string))
        {
            let line = line.trim();
            if !line.is_empty() {
                text.push_str(&format!("  {line}\n"));
            }
        }
    }
    if let Some(extra) = extra {
        text.push_str(extra);
    }
    let _ = thread.interp.stdout.lock().flush();
    let mut stderr = thread.interp.stderr.lock();
    let _ = stderr.write_all(text.as_bytes());
    let _ = stderr.flush();
}
