//! String literals: plain strings as one token; f-strings as FSTRING_START, then literal text and
//! replacement fields, then FSTRING_END (PEP 701).

use super::{FStr, LexResult, Lexer, Mode, Paren, MAX_PAREN_DEPTH, PREFIX_FORMAT, PREFIX_RAW};
use crate::error::{SyntaxError, Warning};
use crate::token::Tok;

/// CPython's limit on f-strings nested in each other's replacement fields.
const MAX_FSTRING_NESTING: usize = 150;

/// CPython's limit on format specs nested in each other (`{a:{b:{c}}}` is as deep as it goes).
pub(super) const MAX_SPEC_NESTING: usize = 2;

impl Lexer<'_> {
    /// A string literal whose prefix (if any) starts at `start`; `self.pos` is at the quote.
    pub(super) fn string(&mut self, start: usize, prefix: u8) -> LexResult {
        let line = self.line;
        let quote = self.peek();
        let triple = self.peek_at(1) == quote && self.peek_at(2) == quote;
        self.pos += if triple { 3 } else { 1 };
        if prefix & PREFIX_FORMAT != 0 {
            let open = self.modes.iter().filter(|m| matches!(m, Mode::FString(_))).count();
            if open + 1 >= MAX_FSTRING_NESTING {
                let quote_at = self.pos - if triple { 3 } else { 1 };
                return Err(self.error("too many nested f-strings", quote_at, Some(quote_at)));
            }
            self.push(Tok::FStringStart, start, line);
            self.modes.push(Mode::FString(FStr { quote, triple, raw: prefix & PREFIX_RAW != 0, start: start as u32 }));
            return Ok(());
        }
        let quote_at = self.pos - if triple { 3 } else { 1 };
        loop {
            if self.at_eof() {
                return Err(self.unterminated_string(start, quote_at, triple));
            }
            match self.peek() {
                b if b == quote => {
                    if !triple {
                        self.pos += 1;
                        break;
                    }
                    if self.peek_at(1) == quote && self.peek_at(2) == quote {
                        self.pos += 3;
                        break;
                    }
                    self.pos += 1;
                }
                b'\\' => {
                    self.pos += 1;
                    if self.peek() == b'\n' {
                        self.line += 1;
                    }
                    if !self.at_eof() {
                        self.pos += 1;
                    }
                }
                b'\n' => {
                    if !triple {
                        return Err(self.unterminated_string(start, quote_at, triple));
                    }
                    self.line += 1;
                    self.pos += 1;
                }
                _ => self.pos += 1,
            }
        }
        self.push(Tok::String, start, line);
        Ok(())
    }

    fn unterminated_string(&self, start: usize, quote_at: usize, triple: bool) -> SyntaxError {
        if self.innermost_field_depth().is_some() && !triple {
            return self.error("f-string: expecting '}'", quote_at, Some(quote_at));
        }
        let detected = if self.at_eof() { self.last_line() } else { self.line };
        let msg = if triple {
            format!("unterminated triple-quoted string literal (detected at line {detected})")
        } else {
            format!("unterminated string literal (detected at line {detected})")
        };
        self.error(msg, start, Some(start))
    }

    pub(super) fn unterminated_fstring(&self, f: FStr) -> SyntaxError {
        let detected = if self.at_eof() { self.last_line() } else { self.line };
        let msg = if f.triple {
            format!("unterminated triple-quoted f-string literal (detected at line {detected})")
        } else {
            format!("unterminated f-string literal (detected at line {detected})")
        };
        self.error(msg, f.start as usize, Some(f.start as usize))
    }

    /// Literal text of an f-string or of a format spec, up to the next field, the end of the
    /// spec, or the closing quote.
    pub(super) fn fstring_literal(&mut self) -> LexResult {
        let (in_spec, had_field) = match self.modes.last() {
            Some(Mode::Spec { had_field }) => (true, *had_field),
            _ => (false, false),
        };
        let Some(f) = self.innermost_fstring() else {
            return Ok(());
        };
        let start = self.pos;
        let line = self.line;
        loop {
            if self.at_eof() {
                // CPython: the end of input in a spec leaves its field open, unless a nested field
                // came first; in literal text the f-string is unterminated.
                if in_spec && !had_field {
                    return Err(self.never_closed());
                }
                return Err(self.unterminated_fstring(f));
            }
            let b = self.peek();
            if b == f.quote && (!f.triple || (self.peek_at(1) == f.quote && self.peek_at(2) == f.quote)) {
                if in_spec {
                    return Err(self.error("f-string: expecting '}'", self.pos, Some(self.pos)));
                }
                self.push_middle(start, line);
                let end_start = self.pos;
                let end_line = self.line;
                self.pos += if f.triple { 3 } else { 1 };
                self.push(Tok::FStringEnd, end_start, end_line);
                self.modes.pop();
                return Ok(());
            }
            match b {
                b'\n' => {
                    // A format spec may run over a line; literal text of a one-line f-string may not.
                    if !f.triple && (!in_spec || had_field) {
                        return Err(self.unterminated_fstring(f));
                    }
                    self.line += 1;
                    self.pos += 1;
                }
                b'\\' => {
                    self.pos += 1;
                    match self.peek() {
                        b'{' | b'}' => {}
                        b'N' if !f.raw && self.peek_at(1) == b'{' => {
                            // `\N{NAME}`: the braces belong to the escape.
                            match self.bytes[self.pos..].iter().position(|&c| c == b'}' || c == b'\n' || c == f.quote) {
                                Some(p) if self.bytes[self.pos + p] == b'}' => self.pos += p + 1,
                                _ => self.pos += 1,
                            }
                        }
                        b'\n' => {
                            self.line += 1;
                            self.pos += 1;
                        }
                        _ if self.at_eof() => {}
                        _ => self.pos += 1,
                    }
                }
                b'{' => {
                    if !in_spec && self.peek_at(1) == b'{' {
                        self.pos += 2;
                        continue;
                    }
                    self.push_middle(start, line);
                    if self.parens.len() >= MAX_PAREN_DEPTH {
                        return Err(self.error("too many nested parentheses", self.pos, Some(self.pos)));
                    }
                    let brace = self.pos;
                    self.pos += 1;
                    self.push(Tok::LBrace, brace, self.line);
                    self.parens.push(Paren { ch: b'{', offset: brace as u32, line: self.line });
                    self.modes.push(Mode::Field { depth: self.parens.len() });
                    return Ok(());
                }
                b'}' => {
                    if !in_spec {
                        if self.peek_at(1) == b'}' {
                            self.pos += 2;
                            continue;
                        }
                        return Err(self.error("f-string: single '}' is not allowed", self.pos, Some(self.pos)));
                    }
                    // The end of the spec is the end of its field.
                    self.push_middle(start, line);
                    let brace = self.pos;
                    self.pos += 1;
                    self.push(Tok::RBrace, brace, self.line);
                    self.parens.pop();
                    self.modes.pop(); // Spec
                    self.modes.pop(); // Field
                    return Ok(());
                }
                _ => self.pos += 1,
            }
        }
    }

    fn push_middle(&mut self, start: usize, line: u32) {
        if self.pos > start {
            self.push(Tok::FStringMiddle, start, line);
            self.middle_escape_warning(start, line);
        }
    }

    /// Invalid escapes in f-string text are reported by the tokenizer, as CPython's does (so they
    /// show even when a syntax error stops the parser before it reaches the f-string).
    fn middle_escape_warning(&mut self, start: usize, line: u32) {
        let text = &self.src.text[start..self.pos];
        let raw = self.innermost_fstring().is_some_and(|f| f.raw);
        if raw || !text.contains('\\') {
            return;
        }
        let mut msg = crate::literal::decode_str(text, false, true).ok().and_then(|d| d.invalid_escape);
        let trailing = text.bytes().rev().take_while(|&b| b == b'\\').count();
        if msg.is_none() && trailing % 2 == 1 {
            // `\{` or `\}`: the brace belongs to the field syntax, the backslash is invalid.
            msg = Some(format!("invalid escape sequence '\\{}'", self.peek() as char));
        }
        if let Some(msg) = msg {
            self.warnings.push(Warning { category: "SyntaxWarning", msg, lineno: line, offset: start as u32 });
        }
    }
}
