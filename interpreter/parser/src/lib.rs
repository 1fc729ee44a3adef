//! Python 3.12's tokenizer and parser: source bytes in, CPython's AST (or CPython's SyntaxError) out.

pub mod error;
pub mod lexer;
pub mod literal;
mod parser;
pub mod source;
pub mod token;

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
    /// The decoded source, for the messages of later stages.
    pub source: source::SourceText,
}

/// Parses source bytes as `compile(source, filename, mode)` does: honours a UTF-8 BOM and a PEP 263
/// coding declaration.
pub fn parse(source: &[u8], filename: &str, options: ParseOptions) -> Result<Parsed, SyntaxError> {
    let _ = filename;
    let text = source::decode(source)?;
    parse_text(text, options)
}

/// Parses already-decoded source text.
pub fn parse_text(text: String, options: ParseOptions) -> Result<Parsed, SyntaxError> {
    if text.contains('\0') {
        return Err(SyntaxError {
            class: ErrorClass::SyntaxError,
            msg: "source code string cannot contain null bytes".into(),
            lineno: None,
            offset: None,
            end_lineno: None,
            end_offset: None,
            text: None,
        });
    }
    let src = source::SourceText::new(text);
    let lexed = lexer::tokenize(&src, options.type_comments);
    let (module, warnings) = parser::parse_tokens(&src, lexed, options.mode)?;
    Ok(Parsed { module, warnings, source: src })
}
