//! Ferrython's virtual machine: the value representation (`value`), the object model and
//! builtin types (`objects`, `builtins`), the abstract protocols (`protocols`), calls (`call`),
//! frames and the eval loop (`frame`, `eval`, `ops`), generators (`generator`), and tracebacks.
//!
//! An embedder makes an `Interp` (several may coexist), a `Thread` per OS thread that runs
//! Python code, and runs code with `Thread::run_main` or `compile::compile_source` plus
//! `Thread::run_code`. The library never prints except through the interpreter's stdout and
//! stderr writers, which the embedder chooses.

pub mod all_threads;
pub mod attr_cache;
pub mod attributes;
pub mod builtins;
pub mod call;
pub mod carets;
pub mod compile;
pub mod eval;
pub mod finalize;
pub mod format;
pub mod frame;
pub mod gc;
pub mod generator;
pub mod import;
pub(crate) mod jump;
pub mod modules;
pub mod monitoring;
pub mod objects;
pub mod ops;
pub mod patterns;
pub mod protocols;
pub mod site_cache;
pub mod suggestions;
pub mod sync;
pub mod thread;
pub mod traceback;
pub mod tracing;
pub mod typing;
pub mod value;
pub mod warnings;

use std::sync::Arc;

pub use objects::exception::PyErr;
pub use thread::{Interp, Thread};
pub use value::{ObjRef, Value};

use crate::eval::Exit;
use crate::frame::Frame;
use crate::objects::str::intern_static;
use crate::objects::{Code, OwnedPayload};

/// The result of anything that can raise a Python exception.
pub type PyResult<T> = Result<T, PyErr>;

impl Thread {
    /// Runs module-level (or `exec`/`eval`) code in `globals`, with `locals` as its locals
    /// mapping; returns what the code returns (the value, for 'eval' code).
    pub fn run_code(&mut self, code: Arc<Code>, globals: ObjRef, locals: Value) -> PyResult<Value> {
        self.run_code_object(code, Value::Null, globals, locals)
    }

    /// `run_code` for the code of `code_object` (a code object, or Null when there is none),
    /// which the frame's `f_code` gives.
    pub fn run_code_object(
        &mut self,
        code: Arc<Code>,
        code_object: Value,
        globals: ObjRef,
        locals: Value,
    ) -> PyResult<Value> {
        self.run_code_with_closure(code, code_object, globals, locals, &[])
    }

    /// `run_code_object` with the cells of the code's free variables (`exec(code, closure=...)`).
    pub fn run_code_with_closure(
        &mut self,
        code: Arc<Code>,
        code_object: Value,
        globals: ObjRef,
        locals: Value,
        closure: &[Value],
    ) -> PyResult<Value> {
        let builtins = crate::ops::builtins_for(self, &globals);
        if code.is_generator_like() && closure.is_empty() {
            let code_object = match code_object {
                Value::Null => Value::Obj(ObjRef::new(
                    objects::typeobj::types().code.clone(),
                    None,
                    OwnedPayload::Code(code.clone()),
                )),
                given => given,
            };
            return generator::new_module_coroutine(self, code_object, globals, builtins, locals);
        }
        self.with_stack_room(|thread| {
            thread.check_recursion()?;
            let base = thread.stack.len();
            crate::value::grow_with_nulls(&mut thread.stack, base + code.frame_slots());
            let free_base = base + code.varnames.len() + code.cellvars.len();
            for (i, cell) in closure.iter().enumerate() {
                thread.stack[free_base + i] = cell.clone();
            }
            thread.frames.push(Frame::for_code(code, code_object, globals, builtins, locals, base));
            let exit = thread.run_frames(None);
            thread.finalize_point();
            match exit? {
                Exit::Return(value) => Ok(value),
                Exit::Yield(..) => Err(crate::objects::exception::system_error("module code yielded")),
            }
        })
    }

    /// Runs compiled module code as `__main__`: what `python FILE` does after compiling it.
    /// `source` (when the file can be shown) is remembered for tracebacks.
    pub fn run_main(
        &mut self,
        code: &ferrython_bytecode::CodeObject,
        source: Option<&str>,
        filename: &str,
    ) -> PyResult<Value> {
        self.run_main_module(code, source, filename, None)
    }

    /// `run_main` for `-m`: `module` is the name of the module run as `__main__`; its
    /// `__package__` is the parent package (or "" at top level), so that its relative imports
    /// work, and its `__spec__` is what `importlib.util.find_spec` finds for the name.
    pub fn run_main_module(
        &mut self,
        code: &ferrython_bytecode::CodeObject,
        source: Option<&str>,
        filename: &str,
        module: Option<&str>,
    ) -> PyResult<Value> {
        if let Some(text) = source {
            self.interp.register_source(filename, text);
        }
        let code = Code::from_compiled(code);
        let dict = crate::objects::new_dict();
        let namespace = crate::ops::namespace(&dict);
        namespace.set_str(&intern_static("__name__"), objects::str::new_str("__main__"));
        namespace.set_str(&intern_static("__doc__"), Value::None);
        namespace.set_str(&intern_static("__file__"), objects::str::new_str(filename));
        let package = module.map(|name| name.rsplit_once('.').map_or("", |(parent, _)| parent));
        namespace.set_str(&intern_static("__package__"), package.map_or(Value::None, objects::str::new_str));
        let spec = match module {
            Some(name) => self.find_spec(name)?,
            None => Value::None,
        };
        namespace.set_str(&intern_static("__spec__"), spec);
        namespace.set_str(&intern_static("__builtins__"), Value::Obj(self.interp.builtins.clone()));
        let module = objects::new_module("__main__", dict.clone());
        crate::ops::namespace(&self.interp.modules).set_str(&intern_static("__main__"), Value::Obj(module));
        self.run_code(code, dict.clone(), Value::Obj(dict))
    }

    /// `importlib.util.find_spec(name)`.
    fn find_spec(&mut self, name: &str) -> PyResult<Value> {
        let util = crate::import::import_absolute(self, "importlib.util")?;
        let find_spec = protocols::getattr(self, &util, &intern_static("find_spec"))?;
        crate::call::call(self, &find_spec, objects::function::Args::positional(&[objects::str::new_str(name)]))
    }

    /// The text CPython prints for an uncaught exception.
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        crate::traceback::format_exception(self, err)
    }

    /// How an uncaught SystemExit ends the process: its exit code, and the text to print
    /// (for a non-int code).
    pub fn system_exit_status(&mut self, err: &PyErr) -> (i32, Option<String>) {
        let code = protocols::getattr_opt(self, &err.value(), "code").ok().flatten().unwrap_or(Value::None);
        match &code {
            Value::None => (0, None),
            _ => match objects::int::to_i64(&code) {
                Some(n) => (n as i32, None),
                None => (1, Some(protocols::to_str(self, &code).unwrap_or_default())),
            },
        }
    }
}
