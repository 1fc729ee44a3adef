//! Indentation at the start of a logical line: INDENT and DEDENT tokens, TabError and
//! IndentationError, blank and comment-only lines.

use super::{LexResult, Lexer};
use crate::error::ErrorClass;
use crate::token::{Tok, Token};

/// CPython's limit on indentation levels.
const MAX_INDENT: usize = 100;
const TAB_SIZE: u32 = 8;

impl Lexer<'_> {
    /// Measures the indentation of a new line and emits INDENT/DEDENT tokens. Returns true when the
    /// line was blank or held only a comment, and has been consumed.
    pub(super) fn indentation(&mut self) -> LexResult<bool> {
        let line_start = self.pos;
        // `col` counts tabs to the next multiple of 8, `alt` counts them as one column; the two must
        // order lines the same way, or the indentation depends on the tab size (TabError).
        let (mut col, mut alt) = (0u32, 0u32);
        loop {
            match self.peek() {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        // Indentation, then line continuations onto an empty or comment line: a blank line.
        if self.peek() == b'\\' && self.peek_at(1) == b'\n' {
            let mut at = self.pos;
            let mut lines = 0;
            while self.bytes.get(at) == Some(&b'\\') && self.bytes.get(at + 1) == Some(&b'\n') {
                at += 2;
                lines += 1;
                while matches!(self.bytes.get(at), Some(b' ' | b'\t' | b'\x0c')) {
                    at += 1;
                }
            }
            if matches!(self.bytes.get(at), Some(b'\n' | b'#')) {
                self.pos = at;
                self.line += lines;
            }
        }
        match self.peek() {
            b'#' => {
                self.comment(true);
                self.skip_newline();
                return Ok(true);
            }
            b'\n' => {
                self.skip_newline();
                return Ok(true);
            }
            _ if self.at_eof() => return Ok(false),
            _ => {}
        }
        if self.peek() == b'\\' && !matches!(self.peek_at(1), b'\n' | 0) {
            // CPython meets this before it measures the indentation.
            let col = self.src.char_col(self.line, self.pos as u32 + 1);
            let msg = "unexpected character after line continuation character";
            return Err(self.src.error_raw(ErrorClass::SyntaxError, msg, self.line, col, self.line, 0));
        }
        let (top, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
        let at = self.pos as u32;
        let line = self.line;
        if col == top {
            if alt != top_alt {
                return Err(self.tab_error());
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(self.tab_error());
            }
            if self.indents.len() >= MAX_INDENT {
                return Err(self.src.error_raw(
                    ErrorClass::IndentationError,
                    "too many levels of indentation",
                    line,
                    1,
                    line,
                    0,
                ));
            }
            self.indents.push((col, alt));
            self.tokens.push(Token { kind: Tok::Indent, start: line_start as u32, end: at, line, end_line: line });
        } else {
            // The levels this line closes; a mismatch is reported before any DEDENT, as CPython's
            // tokenizer does.
            let keep = self.indents.iter().rposition(|&(level, _)| level <= col).unwrap_or(0);
            let (top, top_alt) = self.indents[keep];
            if col != top {
                let len = self.src.line_text(line).chars().count() as i64;
                return Err(self.src.error_raw(
                    ErrorClass::IndentationError,
                    "unindent does not match any outer indentation level",
                    line,
                    len + 1,
                    line,
                    -1,
                ));
            }
            if alt != top_alt {
                return Err(self.tab_error());
            }
            for _ in keep + 1..self.indents.len() {
                self.tokens.push(Token { kind: Tok::Dedent, start: at, end: at, line, end_line: line });
            }
            self.indents.truncate(keep + 1);
        }
        Ok(false)
    }

    fn skip_newline(&mut self) {
        if self.peek() == b'\n' {
            self.pos += 1;
            self.line += 1;
        }
        self.at_line_start = true;
    }

    fn tab_error(&self) -> crate::error::SyntaxError {
        self.src.error_raw(
            ErrorClass::TabError,
            "inconsistent use of tabs and spaces in indentation",
            self.line,
            1,
            self.line,
            0,
        )
    }
}
