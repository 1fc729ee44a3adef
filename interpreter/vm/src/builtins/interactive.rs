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
    crate::objects::dict_of(sys.as_obj()?.dict.as_ref()?)?.get_str(&intern(name))
}

/// `input([prompt])`: the prompt written to stdout, then one line of `sys.stdin` (or of the
/// process's standard input) without its newline; EOFError at end of input.
pub(super) fn input(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let p = pos(&args, "input", 0, 1)?;
    if let Some(prompt) = p.first() {
        let text = protocols::to_str(thread, prompt)?;
        write_to(thread, None, &text)?;
    }
    if let Some(stdout) = crate::modules::sys::stdout_of(thread) {
        if !stdout.is_none() && !crate::modules::sys::is_native_stdout(&stdout) {
            if let Some(flush) = protocols::getattr_opt(thread, &stdout, "flush")? {
                call(thread, &flush, Args::positional(&[]))?;
            }
        }
    }
    let _ = thread.interp.stdout.lock().flush();
    let line = match sys_attr(thread, "stdin") {
        Some(Value::None) => return Err(runtime_error("input(): lost sys.stdin")),
        Some(stdin) => {
            let readline = protocols::getattr(thread, &stdin, &intern("readline"))?;
            let line = call(thread, &readline, Args::positional(&[]))?;
            match as_pystr(&line) {
                Some(s) => s.as_str().into_owned(),
                None => return Err(type_error("object.readline() returned non-string")),
            }
        }
        None => {
            let mut line = String::new();
            crate::gc::world::detached(|| std::io::stdin().lock().read_line(&mut line))
                .map_err(|e| PyErr::new(&exceptions().os_error, e.to_string()))?;
            line
        }
    };
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
