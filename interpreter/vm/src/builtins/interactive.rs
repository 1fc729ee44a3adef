//! The builtins meant for people at a terminal: `input`, `breakpoint` and `help` (a small
//! stand-in for pydoc's helper).

use std::io::{BufRead as _, Write as _};

use crate::call::call;
use crate::objects::exception::{exceptions, runtime_error, type_error, PyErr};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, intern, new_str};
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

use super::functions::{no_keywords, pos, write_to};

/// An attribute of the `sys` module, when `sys` is loaded and has it.
fn sys_attr(thread: &Thread, name: &str) -> Option<Value> {
    let modules = crate::objects::dict_of(&thread.interp.modules)?;
    let sys = modules.get_str(&intern("sys"))?;
    crate::objects::dict_of(sys.as_obj()?.dict().as_ref()?)?.get_str(&intern(name))
}

/// `input([prompt])`: the prompt written to stdout, then one line of `sys.stdin` (or of the
/// process's standard input) without its newline; EOFError at end of input.
pub(super) fn input(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "input", 0, 1)?;
    // Without the `sys` module (early start-up) the process's own streams serve.
    let sys_loaded = crate::objects::dict_of(&thread.interp.modules)
        .is_some_and(|modules| modules.get_str(&intern("sys")).is_some());
    if !sys_loaded {
        return input_from_process(thread, p.first());
    }
    let mut streams = Vec::new();
    for name in ["stdin", "stdout", "stderr"] {
        match sys_attr(thread, name) {
            Some(stream) if !stream.is_none() => streams.push(stream),
            _ => return Err(runtime_error(format!("input(): lost sys.{name}"))),
        }
    }
    let (stdin, stdout, stderr) = (streams[0].clone(), streams[1].clone(), streams[2].clone());
    flush(thread, &stderr)?;
    if let Some(prompt) = p.first() {
        let text = protocols::to_str(thread, prompt)?;
        write_to(thread, None, &text)?;
    }
    flush(thread, &stdout)?;
    let readline = protocols::getattr(thread, &stdin, &intern("readline"))?;
    let line = call(thread, &readline, Args::positional(&[]))?;
    let text = match (as_pystr(&line), line.payload()) {
        (Some(s), _) => s.as_str().into_owned(),
        (None, Some(crate::objects::Payload::Bytes(b))) => String::from_utf8_lossy(b).into_owned(),
        _ => return Err(type_error("object.readline() returned non-string")),
    };
    if text.is_empty() {
        return Err(PyErr::new(&exceptions().eof_error, "EOF when reading a line"));
    }
    match as_pystr(&line) {
        Some(s) if s.as_str().ends_with('\n') => Ok(new_str(text.strip_suffix('\n').unwrap_or(&text))),
        Some(_) => Ok(line),
        None => Ok(new_str(text.strip_suffix('\n').unwrap_or(&text))),
    }
}

/// Calls `stream.flush()`, or flushes the process's stdout when that is the stream.
fn flush(thread: &mut Thread, stream: &Value) -> PyResult<()> {
    if crate::modules::sys::is_native_stdout(stream) {
        let _ = thread.interp.stdout.lock().flush();
        return Ok(());
    }
    if let Some(flush) = protocols::getattr_opt(thread, stream, "flush")? {
        call(thread, &flush, Args::positional(&[]))?;
    }
    Ok(())
}

/// `input()` reading the process's standard input (no `sys` module).
fn input_from_process(thread: &mut Thread, prompt: Option<&Value>) -> PyResult<Value> {
    if let Some(prompt) = prompt {
        let text = protocols::to_str(thread, prompt)?;
        write_to(thread, None, &text)?;
    }
    let _ = thread.interp.stdout.lock().flush();
    let mut line = String::new();
    crate::gc::world::detached(|| std::io::stdin().lock().read_line(&mut line))
        .map_err(|e| PyErr::new(&exceptions().os_error, e.to_string()))?;
    if line.is_empty() {
        return Err(PyErr::new(&exceptions().eof_error, "EOF when reading a line"));
    }
    Ok(new_str(line.strip_suffix('\n').unwrap_or(&line)))
}

/// `breakpoint(*args, **kws)`: calls `sys.breakpointhook` with the same arguments.
pub(super) fn breakpoint(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    match sys_attr(thread, "breakpointhook") {
        Some(hook) => call(thread, &hook, args),
        None => Err(runtime_error("lost sys.breakpointhook")),
    }
}

/// `help(object)`: prints what the object is and its docstring (there is no pydoc here).
pub(super) fn help(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "help")?;
    let p = pos(&args, "help", 0, 1)?;
    let Some(object) = p.first() else {
        write_to(thread, None, "Type help() for interactive help, or help(object) for help about object.\n")?;
        return Ok(Value::None);
    };
    let mut text = protocols::repr(thread, object)?;
    if let Some(doc) = protocols::getattr_opt(thread, object, "__doc__")? {
        if let Some(doc) = as_pystr(&doc) {
            text.push_str("\n\n");
            text.push_str(&doc.as_str());
        }
    }
    text.push('\n');
    write_to(thread, None, &text)?;
    Ok(Value::None)
}
