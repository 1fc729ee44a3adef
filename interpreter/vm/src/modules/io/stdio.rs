//! The standard streams as CPython makes them at start-up: `sys.stdin`, `sys.stdout` and
//! `sys.stderr` are TextIOWrappers over a BufferedReader/BufferedWriter over a FileIO on
//! descriptor 0, 1 or 2 (over the FileIO itself for stdout and stderr under `-u`).
//!
//! The FileIOs of stdout and stderr write to the interpreter's writers (`Interp.stdout` and
//! `Interp.stderr`), not to the descriptors: an embedder that replaces those writers gets all
//! output, whichever layer a program writes to, and `print`'s direct path and the stream
//! objects share the writer's one buffer, which keeps their order. The BufferedWriter above
//! such a FileIO passes writes through for the same reason.

use super::fileio::{self, StdSink};
use super::textio::{self, StdText};
use crate::modules::codecs;
use crate::value::Value;
use crate::PyResult;

/// How the launcher wants the streams: CPython's `PYTHONIOENCODING`, locale and `-u` rules
/// already applied.
#[derive(Debug, Clone)]
pub struct Stdio {
    /// The encoding of all three streams (any spelling; shown by its codec name).
    pub encoding: String,
    /// The error handler of stdin and stdout (stderr's is always `backslashreplace`).
    pub errors: String,
    /// `-u`: stdout and stderr unbuffered and write-through.
    pub unbuffered: bool,
}

impl Default for Stdio {
    fn default() -> Stdio {
        Stdio { encoding: "utf-8".into(), errors: "strict".into(), unbuffered: false }
    }
}

/// `[stdin, stdout, stderr]`; None for a descriptor that is not open. LookupError for an
/// unknown encoding.
pub fn std_streams(config: &Stdio) -> PyResult<[Value; 3]> {
    let codec = codecs::lookup(&config.encoding)?;
    let make = |fd: i32| -> Value {
        let (name, sink) = match fd {
            0 => ("<stdin>", None),
            1 => ("<stdout>", Some(StdSink::Stdout)),
            _ => ("<stderr>", Some(StdSink::Stderr)),
        };
        let Some(raw) = fileio::new_std(fd, name, sink) else { return Value::None };
        let (tty, seekable) = fileio::probe(&raw);
        let reading = fd == 0;
        let t = super::io_types();
        let buffer = match (reading, config.unbuffered) {
            (true, _) => super::buffered::new_buffered(&t.buffered_reader, raw, super::DEFAULT_BUFFER_SIZE),
            (false, false) => super::buffered::new_buffered(&t.buffered_writer, raw, super::DEFAULT_BUFFER_SIZE),
            (false, true) => raw,
        };
        let errors = if fd == 2 { "backslashreplace".to_string() } else { config.errors.clone() };
        let setup = StdText {
            encoding: codec.name().to_string(),
            codec,
            errors,
            line_buffering: !config.unbuffered && (tty || fd == 2),
            write_through: config.unbuffered,
            std: sink,
        };
        textio::new_std(buffer, reading, seekable, setup)
    };
    Ok([make(0), make(1), make(2)])
}

/// The sink `print` may write to directly instead of calling `stream.write` (the stream is a
/// standard stream as made, still writing UTF-8).
pub fn direct_sink(stream: &Value) -> Option<StdSink> {
    textio::direct_sink(stream)
}
