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
    /// `from __future__ import barry_as_FLUFL` given to `compile()`: `<>` is the inequality
    /// operator and `!=` an error.
    pub barry_as_flufl: bool,
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
    parse_with_warnings(source, filename, options).0
}

/// Like `parse`, and returns the warnings (`SyntaxWarning`s) also when parsing fails, as CPython
/// prints those it met before the error.
pub fn parse_with_warnings(
    source: &[u8],
    filename: &str,
    options: ParseOptions,
) -> (Result<Parsed, SyntaxError>, Vec<Warning>) {
    // The filename matters only to messages, which the caller renders.
    let _ = filename;
    parse_with_codecs(source, options, &mut |_, _| None)
}

/// `parse_with_warnings`, decoding a declared encoding with `codecs` first (see
/// `source::SourceCodecs`).
pub fn parse_with_codecs(
    source: &[u8],
    options: ParseOptions,
    codecs: source::SourceCodecs<'_>,
) -> (Result<Parsed, SyntaxError>, Vec<Warning>) {
    match source::decode_using(source, codecs) {
        Ok(text) => parse_text(text, options),
        Err(err) => (Err(err), Vec::new()),
    }
}

/// Parses already-decoded source text; see `parse_with_warnings`.
pub fn parse_text(text: String, options: ParseOptions) -> (Result<Parsed, SyntaxError>, Vec<Warning>) {
    if text.contains('\0') {
        let err = SyntaxError {
            class: ErrorClass::SyntaxError,
            msg: "source code string cannot contain null bytes".into(),
            lineno: None,
            offset: None,
            end_lineno: None,
            end_offset: None,
            text: None,
        };
        return (Err(err), Vec::new());
    }
    let newline_added = !text.is_empty() && !text.ends_with(['\n', '\r']);
    let src = source::SourceText::new(text);
    let lexed = lexer::tokenize(&src, options.type_comments);
    let (result, warnings) = parser::parse_tokens(&src, lexed, options.mode, options.barry_as_flufl);
    let result = match result {
        Ok(module) => Ok(Parsed { module, warnings: warnings.clone(), source: src }),
        Err(err) if newline_added && matches!(options.mode, Mode::Eval | Mode::Single) => {
            Err(without_added_newline(err, &src))
        }
        Err(err) => Err(err),
    };
    (result, warnings)
}

/// An error of `eval` or `single` source that did not end its last line: the lexer reads it
/// with a newline added (as `exec` source is read), but CPython reads such source as it is. So
/// the last line's text has no newline, and an error found at the end of input (on the newline
/// that is not there) is at offset 0, or just after the line for a missing indented block.
fn without_added_newline(mut err: SyntaxError, src: &source::SourceText) -> SyntaxError {
    let last = (src.line_starts.len() as u32 - 1).max(1);
    if err.lineno != Some(last as i64) {
        return err;
    }
    if let Some(text) = &mut err.text {
        if text.ends_with('\n') {
            text.pop();
        }
    }
    let past_line = src.line_text(last).chars().count() as i64 + 1;
    if err.offset == Some(past_line) {
        if err.class == ErrorClass::IndentationError {
            err.offset = Some(past_line - 1);
        } else {
            err.offset = Some(0);
            err.end_offset = Some(0);
        }
    }
    err
}
