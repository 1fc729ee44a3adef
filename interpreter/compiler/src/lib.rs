//! The compiler: passes from the AST towards bytecode. So far the checks CPython's compiler makes
//! on a parsed tree that depend on context (see `context`).

pub mod context;

use ferrython_ast::Loc;

/// A compile-time SyntaxError: the message and the node it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub msg: String,
    pub loc: Loc,
}

pub use context::check_module;
