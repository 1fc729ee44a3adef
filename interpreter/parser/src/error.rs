//! Syntax errors and warnings, with CPython's wording and positions.

/// Which exception class CPython raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorClass {
    SyntaxError,
    IndentationError,
    TabError,
    /// The parser's own stack limit ("Parser stack overflowed - Python source too complex to parse").
    MemoryError,
    /// A tree too deep to build or compile.
    RecursionError,
}

impl ErrorClass {
    pub fn name(self) -> &'static str {
        match self {
            ErrorClass::SyntaxError => "SyntaxError",
            ErrorClass::IndentationError => "IndentationError",
            ErrorClass::TabError => "TabError",
            ErrorClass::MemoryError => "MemoryError",
            ErrorClass::RecursionError => "RecursionError",
        }
    }
}

/// A syntax error as CPython's `SyntaxError` object carries it.
///
/// `lineno` is 1-based (0 when the error is about the file as a whole, `None` when CPython gives
/// no location); `offset` and `end_offset` are 1-based character (not byte) columns, as in
/// CPython; `text` is the offending source line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub class: ErrorClass,
    pub msg: String,
    pub lineno: Option<i64>,
    pub offset: Option<i64>,
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
    /// Byte offset in the decoded source where the warning arises: warnings print in this order,
    /// and after a syntax error only those the parser had reached print.
    pub offset: u32,
}

impl SyntaxError {
    /// `Class|msg|lineno|offset|end_lineno|end_offset`, with `None` for absent numbers: the line
    /// format in which tests compare errors with CPython's.
    pub fn facts(&self) -> String {
        let show = |v: Option<i64>| v.map_or("None".to_string(), |v| v.to_string());
        format!(
            "{}|{}|{}|{}|{}|{}",
            self.class.name(),
            self.msg,
            show(self.lineno),
            show(self.offset),
            show(self.end_lineno),
            show(self.end_offset)
        )
    }

    /// The lines CPython 3.12 prints for an uncaught SyntaxError raised while compiling `filename`:
    /// the `File` line, the source line and its carets, and `Class: message`.
    pub fn render(&self, filename: &str) -> String {
        let mut out = String::new();
        if self.class == ErrorClass::MemoryError || self.class == ErrorClass::RecursionError {
            return format!("{}: {}\n", self.class.name(), self.msg);
        }
        // The `(filename)` suffix of a location-less error: CPython's only such SyntaxError, about
        // NUL bytes, carries no filename, so it never shows.
        let suffix = "";
        if let Some(lineno) = self.lineno {
            out.push_str(&format!("  File \"{filename}\", line {lineno}\n"));
        }
        if let Some(text) = &self.text {
            // The layout of CPython 3.12's traceback module, step by step.
            let rtext = text.trim_end_matches('\n');
            let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
            let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
            out.push_str(&format!("    {ltext}\n"));
            if let Some(offset) = self.offset {
                let mut end_offset = match self.end_offset {
                    None | Some(0) => offset,
                    Some(end) => end,
                };
                if offset == end_offset || end_offset == -1 {
                    end_offset = offset + 1;
                }
                let colno = offset - 1 - spaces;
                let end_colno = end_offset - 1 - spaces;
                if colno >= 0 {
                    let caret_space: String =
                        ltext.chars().take(colno as usize).map(|c| if c.is_whitespace() { c } else { ' ' }).collect();
                    let carets = "^".repeat((end_colno - colno).max(0) as usize);
                    out.push_str(&format!("    {caret_space}{carets}\n"));
                }
            }
        }
        let msg = if self.msg.is_empty() { "<no detail available>" } else { &self.msg };
        out.push_str(&format!("{}: {msg}{suffix}\n", self.class.name()));
        out
    }
}

impl Warning {
    /// The text the `warnings` module prints for this warning, source line included.
    pub fn render(&self, filename: &str, source: &[u8]) -> String {
        let mut out = format!("{filename}:{}: {}: {}\n", self.lineno, self.category, self.msg);
        // Like linecache, there is no source line for `<stdin>` and other pseudo-files.
        if filename.starts_with('<') {
            return out;
        }
        let line = source.split(|&b| b == b'\n').nth((self.lineno as usize).saturating_sub(1));
        if let Some(line) = line {
            let line = String::from_utf8_lossy(line);
            let line = line.trim_matches(|c: char| c.is_whitespace());
            if !line.is_empty() {
                out.push_str(&format!("  {line}\n"));
            }
        }
        out
    }
}
