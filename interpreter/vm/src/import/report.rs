//! What the import system reports when asked: `-X importtime` (how long each import took, own
//! time and with its nested imports, as a tree on stderr) and `-v` (each module as it loads,
//! with its loader).

use std::sync::atomic::{AtomicBool, Ordering};

use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

/// The interpreter's reporting switches (set from `-X importtime` and `-v`).
#[derive(Default)]
pub struct ImportReport {
    pub timing: AtomicBool,
    pub verbose: AtomicBool,
    /// Whether the header of the timing table was written.
    header_written: AtomicBool,
}

/// Runs `load` for module `name` and writes its line of the timing table: microseconds in the
/// module itself, then with its nested imports, then its name indented by its depth.
pub fn timed(thread: &mut Thread, name: &str, load: fn(&mut Thread, &str) -> PyResult<Value>) -> PyResult<Value> {
    if !thread.interp.import_report.header_written.swap(true, Ordering::Relaxed) {
        let _ = crate::modules::sys::write_stderr(thread, "import time: self [us] | cumulative | imported package\n");
    }
    let start = std::time::Instant::now();
    let (depth, outer_children) = thread.import_timing;
    thread.import_timing = (depth + 1, 0);
    let result = load(thread, name);
    let total = start.elapsed().as_micros();
    let (_, children) = thread.import_timing;
    thread.import_timing = (depth, outer_children + total);
    let own = total.saturating_sub(children);
    let indent = "  ".repeat(depth + 1);
    let line = format!("import time: {own:>9} | {total:>10} | {indent}{name}\n");
    let _ = crate::modules::sys::write_stderr(thread, &line);
    result
}

/// `-v`: "import 'name' # <loader>" as each module is loaded.
pub fn loaded(thread: &mut Thread, name: &str, module: &Value) {
    let loader = crate::protocols::getattr_opt(thread, module, "__loader__").ok().flatten().unwrap_or(Value::None);
    let shown = crate::protocols::repr(thread, &loader).unwrap_or_else(|_| "?".into());
    let _ = crate::modules::sys::write_stderr(thread, &format!("import '{name}' # {shown}\n"));
}
