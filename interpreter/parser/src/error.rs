//! Syntax errors and warnings, with CPython's wording and positions.

/// Which exception class CPython raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorClass {
    SyntaxError,
    IndentationError,
    TabError,
}

impl ErrorClass {
    pub fn name(self) -> &'static str {
        match self {
            ErrorClass::SyntaxError => "SyntaxError",
            ErrorClass::IndentationError => "IndentationError",
            ErrorClass::TabError => "TabError",
        }
    }
}

/// A syntax error as CPython's `SyntaxError` object carries it.
///
/// `lineno` is 1-based (0 when the error is about the file as a whole); `offset` and `end_offset`
/// are 1-based character (not byte) columns, as in CPython; `text` is the offending source line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub class: ErrorClass,
    pub msg: String,
    pub lineno: i64,
    pub offset: i64,
    pub end_lineno: Option<i64>,
    pub end_offset: Option<i64>,
    pub text: Option<String>,
}

/// A `SyntaxWarning` (or `DeprecationWarning`) the parser emits, such as an invalid escape sequence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub category: &'static str,
    pub msg: String,
    pub lineno: u32,
}
