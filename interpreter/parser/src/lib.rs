//! Python 3.12's tokenizer and parser: source bytes in, CPython's AST (or CPython's SyntaxError) out.

pub mod error;

pub use error::{ErrorClass, SyntaxError, Warning};
use ferrython_ast::Mod;

/// What to parse, as the `mode` argument of `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Exec,
    Eval,
    Single,
    FuncType,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct ParseOptions {
    pub mode: Mode,
    /// `ast.PyCF_TYPE_COMMENTS`: keep `# type:` comments and report misplaced ones.
    pub type_comments: bool,
}

/// A parsed module and the warnings found on the way.
#[derive(Debug)]
pub struct Parsed {
    pub module: Mod,
    pub warnings: Vec<Warning>,
}

/// Parses source bytes as `compile(source, filename, mode)` does: honours a UTF-8 BOM and a PEP 263
/// coding declaration.
pub fn parse(source: &[u8], filename: &str, options: ParseOptions) -> Result<Parsed, SyntaxError> {
    let _ = (source, filename, options);
    Err(SyntaxError {
        class: ErrorClass::SyntaxError,
        msg: "the parser is not written yet".into(),
        lineno: 0,
        offset: -1,
        end_lineno: None,
        end_offset: None,
        text: None,
    })
}
