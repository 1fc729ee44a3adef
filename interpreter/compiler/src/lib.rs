//! The compiler: from the AST to code objects, as CPython 3.12's compiler does it.
//!
//! First the checks CPython's compiler makes on a parsed tree, in CPython's stage order, because
//! the order decides which error a file with several gets, and which warnings print before it:
//!
//! 1. `future`: `from __future__ import ...` statements at the top of a module;
//! 2. `symtable`: the symbol-table pass (name binding errors: `global`, `nonlocal`, duplicate
//!    parameters, walrus and `yield` placement in comprehensions, type parameter scopes);
//! 3. `checks`: the code-generation pass (`return`/`break` placement, `await`, starred
//!    expressions, `match` patterns, `__debug__`), which also emits CPython's compile-time
//!    SyntaxWarnings (`warnings`).
//!
//! Code generation sees the tree after CPython's constant folding (`fold`), which decides, for
//! example, that `x is -1` compares with an int literal.
//!
//! Then `compile` generates code: `scope` resolves every name (CPython's symbol table),
//! `codegen` emits each unit into a control-flow graph (`flowgraph`, which also runs CPython's
//! peephole and layout passes), and `assemble` makes the `CodeObject`.
//!
//! What the generated code assumes of the VM, beyond each opcode's line in `opcode.rs`:
//!
//! - A generator, coroutine or async generator frame starts at instruction 0 with an empty
//!   stack: there is no RETURN_GENERATOR and no value to pop on the first `send`. The VM wraps
//!   StopIteration (PEP 479) and async generator values itself.
//! - `CALL n` with a non-NULL self slot passes it as the first argument: decorators
//!   (`deco func CALL 0`), `__exit__(None, None, None)` (`exit None None None CALL 2`),
//!   `AssertionError(msg)`, the iterator given to a generator expression's function, and the
//!   defaults given to a generic function's type-parameter function all use it.
//! - Every cell of `co_cellvars` is made by a MAKE_CELL at the start of the code (deref slots
//!   numbered in the final `co_cellvars` order); a cell that is also an argument then gets the
//!   argument's value with `LOAD_FAST; STORE_DEREF`. Free variables follow the cells and come
//!   from the function's closure.
//! - A function's `co_consts[0]` is its docstring, or None (lambdas and functions without
//!   one), as in CPython.
//! - LOAD_FAST is only emitted where the local is bound on every path; elsewhere LOAD_FAST_CHECK.
//! - RERAISE is only used with argument 0 or 1; exception-table rows are CPython's (`depth`
//!   items kept, then lasti when `push_lasti`, then the exception).
//! - A class body returns its `__class__` cell (also stored as `__classcell__`) or None, and
//!   stores `__classdictcell__` when annotation scopes need `__classdict__`.
//! - STORE_CLOSURE restores a cell an inlined comprehension replaced.

mod assemble;
mod checks;
mod codegen;
mod flowgraph;
mod fold;
mod future;
mod percent;
mod scope;
mod symtable;
mod unparse;
mod warnings;

use ferrython_ast::{Loc, Mod};
use ferrython_bytecode::CodeObject;

/// A compile-time SyntaxError, with the numbers CPython's `SyntaxError` carries: a 1-based line
/// and 1-based columns counted in UTF-8 bytes (CPython's compiler does not convert them to
/// characters, unlike its parser). A line of -1 means "no location".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub msg: String,
    pub lineno: i64,
    pub offset: i64,
    pub end_lineno: i64,
    /// `None` where CPython gives no end column (errors about `__future__` features).
    pub end_offset: Option<i64>,
}

impl CompileError {
    /// `SyntaxError|msg|lineno|offset|end_lineno|end_offset`: the line format in which tests
    /// compare errors with CPython's.
    pub fn facts(&self) -> String {
        let end_offset = self.end_offset.map_or("None".to_string(), |o| o.to_string());
        format!("SyntaxError|{}|{}|{}|{}|{}", self.msg, self.lineno, self.offset, self.end_lineno, end_offset)
    }

    /// An error spanning a node.
    pub(crate) fn at(msg: impl Into<String>, loc: Loc) -> CompileError {
        CompileError {
            msg: msg.into(),
            lineno: loc.lineno.into(),
            offset: i64::from(loc.col_offset) + 1,
            end_lineno: loc.end_lineno.into(),
            end_offset: Some(i64::from(loc.end_col_offset) + 1),
        }
    }

    /// An error at a position that may have been made artificial (`None`): CPython reports
    /// line -1 and column 0 for an instruction without a location.
    pub(crate) fn at_maybe(msg: impl Into<String>, loc: Option<Loc>) -> CompileError {
        match loc {
            Some(loc) => CompileError::at(msg, loc),
            None => CompileError { msg: msg.into(), lineno: -1, offset: 0, end_lineno: -1, end_offset: Some(0) },
        }
    }

    /// An error with a start only, as `PyErr_SyntaxLocationObject` reports it.
    pub(crate) fn at_start(msg: impl Into<String>, loc: Loc) -> CompileError {
        CompileError {
            msg: msg.into(),
            lineno: loc.lineno.into(),
            offset: i64::from(loc.col_offset) + 1,
            end_lineno: loc.lineno.into(),
            end_offset: None,
        }
    }
}

/// A compile-time `SyntaxWarning`: the `warnings` module shows only its line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    pub msg: String,
    pub lineno: u32,
}

pub type Result<T> = std::result::Result<T, CompileError>;

/// Runs a recursive pass step with enough stack, growing it by a fresh segment when less than the
/// red zone is left: trees as deep as the parser allows never overflow the caller's stack.
pub(crate) fn grow_stack<T>(f: impl FnOnce() -> T) -> T {
    stacker::maybe_grow(128 * 1024, 4 * 1024 * 1024, f)
}

/// Runs the checks CPython's compiler makes after parsing, in its order. Returns the first
/// SyntaxError, if any, and the SyntaxWarnings emitted before it (or all of them), in the order
/// CPython emits them (duplicates included: CPython compiles a `finally` block once per way out
/// of its `try`, and warns each time).
pub fn check_module(module: &Mod) -> (Result<()>, Vec<CompileWarning>) {
    check_module_with(module, Flags::default())
}

/// The `compile()` flags that change what a module may hold.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// `ast.PyCF_ALLOW_TOP_LEVEL_AWAIT`: `await`, `async for`, `async with` and asynchronous
    /// comprehensions are allowed at the top level, and a module holding one compiles to a
    /// coroutine's code (`CO_COROUTINE`).
    pub top_level_await: bool,
    /// The `CO_FUTURE_*` bits of `compile()`'s flags (or inherited from the calling code): the
    /// features the source gets as if it imported them from `__future__`.
    pub future: u32,
}

/// `CO_FUTURE_ANNOTATIONS`: annotations are kept as strings.
pub const CO_FUTURE_ANNOTATIONS: u32 = 0x100_0000;
/// `CO_FUTURE_BARRY_AS_BDFL`: `<>` is the inequality operator.
pub const CO_FUTURE_BARRY_AS_BDFL: u32 = 0x40_0000;
/// Every `CO_FUTURE_*` bit (division through annotations).
pub const CO_FUTURE_MASK: u32 = 0x1fe_0000;

/// `check_module` with `compile()` flags.
pub fn check_module_with(module: &Mod, flags: Flags) -> (Result<()>, Vec<CompileWarning>) {
    let features = match future::features(module, flags.future) {
        Ok(features) => features,
        Err(err) => return (Err(err), Vec::new()),
    };
    let table = match symtable::build(module, &features) {
        Ok(table) => table,
        Err(err) => return (Err(err), Vec::new()),
    };
    checks::check(module, &features, &table, flags)
}

/// A compiled module: its code object and the SyntaxWarnings emitted on the way.
#[derive(Debug)]
pub struct Compiled {
    pub code: CodeObject,
    pub warnings: Vec<CompileWarning>,
}

/// Compiles a module to a code object, as CPython 3.12's `compile()` does after parsing: first
/// the checks of `check_module` (the same SyntaxErrors, in the same order), then name
/// resolution and code generation. `Mod::Module` gives 'exec' code, `Mod::Expression` 'eval'
/// code (returning the value), `Mod::Interactive` 'single' code (expression statements print
/// their value). `optimize` is CPython's level: 1 drops asserts and makes `__debug__` false,
/// 2 also drops docstrings.
///
/// The error carries the warnings emitted before it.
pub fn compile(
    module: &Mod,
    filename: &str,
    optimize: u8,
) -> std::result::Result<Compiled, (CompileError, Vec<CompileWarning>)> {
    compile_with(module, filename, optimize, Flags::default())
}

/// `compile` with `compile()` flags.
pub fn compile_with(
    module: &Mod,
    filename: &str,
    optimize: u8,
    flags: Flags,
) -> std::result::Result<Compiled, (CompileError, Vec<CompileWarning>)> {
    let (checked, warnings) = check_module_with(module, flags);
    if let Err(err) = checked {
        return Err((err, warnings));
    }
    let features = match future::features(module, flags.future) {
        Ok(features) => features,
        Err(err) => return Err((err, warnings)),
    };
    match grow_stack(|| codegen::compile_module(module, filename, optimize, features, flags)) {
        Ok(code) => Ok(Compiled { code, warnings }),
        Err(err) => Err((err, warnings)),
    }
}
