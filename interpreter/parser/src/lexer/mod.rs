//! The tokenizer: Python 3.12's lexical rules, PEP 701 f-strings included.
//!
//! The whole source is tokenized up front into a vector. A lexical error does not stop the parse at
//! once: it ends the vector with a `Tok::Error` token, and the error is reported when the parser
//! reaches that token (or when the parser fails elsewhere with a generic "invalid syntax", which
//! CPython also replaces with a later tokenizer error). Modes live in `modes`: plain code, the
//! literal text of an f-string, the expression of a replacement field, or a format spec.

mod fstring;
mod indent;
mod number;

use ferrython_ast::repr::is_printable;
use ferrython_ast::TypeIgnore;

use crate::error::{ErrorClass, SyntaxError, Warning};
use crate::source::SourceText;
use crate::token::{Tok, Token};

/// Whether CPython's tokenizer reports this error by a status code rather than by raising it.
/// The difference shows after a parser error: CPython then tokenizes the rest of the source, and
/// only raised errors replace the parser's.
fn is_status_error(err: &SyntaxError) -> bool {
    matches!(err.class, ErrorClass::TabError | ErrorClass::IndentationError)
        || err.msg == "unexpected character after line continuation character"
        || err.msg == "unexpected EOF while parsing"
        || err.msg.starts_with("f-string: unmatched")
}

/// CPython's limit on open brackets ("too many nested parentheses").
const MAX_PAREN_DEPTH: usize = 200;

/// The lexer's output.
pub struct Lexed {
    pub tokens: Vec<Token>,
    /// Set when the last token is `Tok::Error`.
    pub error: Option<SyntaxError>,
    /// Whether CPython would only signal `error` by a status, so that it replaces no earlier parser
    /// error in the rescan after one (see `is_status_error`); errors met inside an f-string are so.
    pub error_is_status: bool,
    pub type_ignores: Vec<TypeIgnore>,
    pub warnings: Vec<Warning>,
}

#[derive(Clone, Copy, Debug)]
struct Paren {
    ch: u8,
    offset: u32,
    line: u32,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct FStr {
    quote: u8,
    triple: bool,
    raw: bool,
    start: u32,
}

#[derive(Clone, Copy, Debug)]
enum Mode {
    /// Literal text of an f-string.
    FString(FStr),
    /// The expression of a replacement field whose `{` is at `parens[depth - 1]`.
    Field { depth: usize },
    /// The format spec of the innermost field; `had_field` once a nested field has closed in it.
    Spec { had_field: bool },
}

pub(crate) struct Lexer<'a> {
    src: &'a SourceText,
    bytes: &'a [u8],
    pos: usize,
    line: u32,
    tokens: Vec<Token>,
    parens: Vec<Paren>,
    modes: Vec<Mode>,
    indents: Vec<(u32, u32)>,
    at_line_start: bool,
    type_comments: bool,
    type_ignores: Vec<TypeIgnore>,
    warnings: Vec<Warning>,
    /// Where a comment before the next newline began: CPython's NEWLINE token starts there.
    comment_start: Option<usize>,
}

type LexResult<T = ()> = Result<T, SyntaxError>;

/// Tokenizes the whole source.
pub fn tokenize(src: &SourceText, type_comments: bool) -> Lexed {
    let mut lexer = Lexer {
        src,
        bytes: src.text.as_bytes(),
        pos: 0,
        line: 1,
        tokens: Vec::with_capacity(src.text.len() / 4 + 16),
        parens: Vec::new(),
        modes: Vec::new(),
        indents: vec![(0, 0)],
        at_line_start: true,
        type_comments,
        type_ignores: Vec::new(),
        warnings: Vec::new(),
        comment_start: None,
    };
    let error = match lexer.run() {
        Ok(()) => None,
        Err(err) => {
            let at = lexer.pos.min(lexer.bytes.len()) as u32;
            lexer.tokens.push(Token { kind: Tok::Error, start: at, end: at, line: lexer.line, end_line: lexer.line });
            Some(err)
        }
    };
    let error_is_status = error.as_ref().is_some_and(is_status_error) || lexer.innermost_fstring().is_some();
    Lexed { tokens: lexer.tokens, error, error_is_status, type_ignores: lexer.type_ignores, warnings: lexer.warnings }
}

fn is_name_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

fn is_name_continue(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

impl<'a> Lexer<'a> {
    fn peek(&self) -> u8 {
        self.bytes.get(self.pos).copied().unwrap_or(0)
    }

    fn peek_at(&self, ahead: usize) -> u8 {
        self.bytes.get(self.pos + ahead).copied().unwrap_or(0)
    }

    fn at_eof(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    fn push(&mut self, kind: Tok, start: usize, start_line: u32) {
        self.tokens.push(Token {
            kind,
            start: start as u32,
            end: self.pos as u32,
            line: start_line,
            end_line: self.line,
        });
    }

    fn error(&self, msg: impl Into<String>, start: usize, end: Option<usize>) -> SyntaxError {
        self.src.error_at(ErrorClass::SyntaxError, msg, start as u32, end.map(|e| e as u32))
    }

    /// The line number to report for "detected at line N" at end of input.
    fn last_line(&self) -> u32 {
        let n = self.src.line_starts.len() as u32;
        if self.bytes.last() == Some(&b'\n') {
            n - 1
        } else {
            n
        }
    }

    fn in_field_top(&self) -> Option<usize> {
        match self.modes.last() {
            Some(Mode::Field { depth }) if *depth == self.parens.len() => Some(*depth),
            _ => None,
        }
    }

    fn run(&mut self) -> LexResult {
        loop {
            if matches!(self.modes.last(), Some(Mode::FString(_)) | Some(Mode::Spec { .. })) {
                self.fstring_literal()?;
                continue;
            }
            if self.at_line_start && self.parens.is_empty() {
                self.at_line_start = false;
                if self.indentation()? {
                    continue; // a blank or comment-only line
                }
            }
            // Whitespace and line continuations.
            match self.peek() {
                b' ' | b'\t' | b'\x0c' => {
                    self.pos += 1;
                    continue;
                }
                b'\\' => {
                    if self.peek_at(1) == b'\n' {
                        self.pos += 2;
                        self.line += 1;
                        if self.at_eof() {
                            return Err(self.eof_after_continuation());
                        }
                        continue;
                    }
                    if self.pos + 1 >= self.bytes.len() {
                        return Err(self.eof_after_continuation());
                    }
                    let col = self.src.char_col(self.line, self.pos as u32 + 1);
                    return Err(self.src.error_raw(
                        ErrorClass::SyntaxError,
                        "unexpected character after line continuation character",
                        self.line,
                        col,
                        self.line,
                        0,
                    ));
                }
                _ => {}
            }
            if self.at_eof() {
                return self.finish();
            }
            let start = self.pos;
            let line = self.line;
            let b = self.peek();
            match b {
                b'#' => self.comment(false),
                b'\n' => {
                    self.pos += 1;
                    let comment_start = self.comment_start.take();
                    if self.parens.is_empty() {
                        self.tokens.push(Token {
                            kind: Tok::Newline,
                            start: comment_start.unwrap_or(start) as u32,
                            end: self.pos as u32,
                            line,
                            end_line: line,
                        });
                        self.at_line_start = true;
                    }
                    self.line += 1;
                }
                b'0'..=b'9' => self.number()?,
                b'.' if self.peek_at(1).is_ascii_digit() => self.number()?,
                _ if is_name_start(b) => self.name_or_string()?,
                b'"' | b'\'' => self.string(start, 0)?,
                _ => self.operator()?,
            }
        }
    }

    /// The end of input right after a line continuation: inside brackets, the innermost one
    /// was never closed.
    fn eof_after_continuation(&self) -> SyntaxError {
        if !self.parens.is_empty() {
            return self.never_closed();
        }
        let line = self.line.min(self.src.line_starts.len() as u32).max(1);
        let line = if self.pos >= self.bytes.len() && self.bytes.last() == Some(&b'\n') { line - 1 } else { line };
        let line = line.max(1);
        let len = self.src.line_text(line).chars().count() as i64;
        self.src.error_raw(ErrorClass::SyntaxError, "unexpected EOF while parsing", line, len + 1, line, -1)
    }

    /// End of input: close the last line, unwind indentation, and end.
    fn finish(&mut self) -> LexResult {
        if let Some(paren) = self.parens.last().copied() {
            return Err(self.src.error_raw(
                ErrorClass::SyntaxError,
                format!("'{}' was never closed", paren.ch as char),
                paren.line,
                self.src.char_col(paren.line, paren.offset),
                paren.line,
                0,
            ));
        }
        let end = self.bytes.len() as u32;
        let needs_newline = matches!(
            self.tokens.last(),
            Some(t) if !matches!(t.kind, Tok::Newline | Tok::Indent | Tok::Dedent)
        );
        if needs_newline {
            // CPython adds the newline a file lacks; the token is zero-width here.
            self.tokens.push(Token { kind: Tok::Newline, start: end, end, line: self.line, end_line: self.line });
        }
        let line = if self.bytes.last() == Some(&b'\n') || self.bytes.is_empty() { self.line } else { self.line + 1 };
        while self.indents.len() > 1 {
            self.indents.pop();
            self.tokens.push(Token { kind: Tok::Dedent, start: end, end, line, end_line: line });
        }
        self.tokens.push(Token { kind: Tok::EndMarker, start: end, end, line, end_line: line });
        Ok(())
    }

    /// "'(' was never closed" for the innermost open bracket.
    pub(super) fn never_closed(&self) -> SyntaxError {
        let Some(paren) = self.parens.last().copied() else {
            return self.error("unexpected EOF while parsing", self.pos, None);
        };
        self.src.error_raw(
            ErrorClass::SyntaxError,
            format!("'{}' was never closed", paren.ch as char),
            paren.line,
            self.src.char_col(paren.line, paren.offset),
            paren.line,
            0,
        )
    }

    fn innermost_fstring(&self) -> Option<FStr> {
        self.modes.iter().rev().find_map(|m| match m {
            Mode::FString(f) => Some(*f),
            _ => None,
        })
    }

    /// A comment, up to (not including) its newline. `own_line` for a comment alone on its line.
    fn comment(&mut self, own_line: bool) {
        let start = self.pos;
        let end = self.bytes[start..].iter().position(|&b| b == b'\n').map_or(self.bytes.len(), |p| start + p);
        self.pos = end;
        let tokens_before = self.tokens.len();
        if self.type_comments {
            self.type_comment(start, end, own_line);
        }
        if !own_line && self.tokens.len() == tokens_before {
            self.comment_start = Some(start);
        }
    }

    /// `# type: ...` comments. `own_line` is true for a comment alone on its line.
    fn type_comment(&mut self, start: usize, end: usize, own_line: bool) {
        let text = &self.src.text[start + 1..end];
        let rest = text.trim_start_matches([' ', '\t', '\x0c']);
        let Some(rest) = rest.strip_prefix("type:") else {
            return;
        };
        let value = rest.trim_start_matches([' ', '\t', '\x0c']);
        let value_start = end - value.len();
        if let Some(tag) = value.strip_prefix("ignore") {
            if !tag.chars().next().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                let mut tag = tag.to_string();
                if own_line && end < self.bytes.len() {
                    tag.push('\n');
                }
                self.type_ignores.push(TypeIgnore { lineno: self.line, tag });
                return;
            }
        }
        self.tokens.push(Token {
            kind: Tok::TypeComment,
            start: value_start as u32,
            end: end as u32,
            line: self.line,
            end_line: self.line,
        });
        if own_line {
            self.tokens.push(Token {
                kind: Tok::Newline,
                start: end as u32,
                end: end as u32 + 1,
                line: self.line,
                end_line: self.line,
            });
        }
    }

    fn name_or_string(&mut self) -> LexResult {
        let start = self.pos;
        let line = self.line;
        while self.pos < self.bytes.len() && is_name_continue(self.bytes[self.pos]) {
            self.pos += 1;
        }
        let word = &self.src.text[start..self.pos];
        if matches!(self.peek(), b'"' | b'\'') && word.len() <= 2 {
            if let Some(prefix) = string_prefix(word) {
                return self.string(start, prefix);
            }
        }
        if !word.is_ascii() {
            self.verify_identifier(start)?;
        }
        let kind = Tok::keyword(word).unwrap_or(Tok::Name);
        self.push(kind, start, line);
        Ok(())
    }

    /// Checks a non-ASCII identifier, reporting the first character that cannot be part of one.
    fn verify_identifier(&self, start: usize) -> LexResult {
        let word = &self.src.text[start..self.pos];
        for (i, (at, c)) in word.char_indices().enumerate() {
            let ok = if i == 0 { is_id_start(c) } else { is_id_continue(c) };
            if !ok {
                let offset = start + at;
                let msg = if is_printable(c as u32) {
                    format!("invalid character '{c}' (U+{:04X})", c as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                };
                return Err(self.error(msg, offset, Some(offset)));
            }
        }
        Ok(())
    }

    fn operator(&mut self) -> LexResult {
        let start = self.pos;
        let line = self.line;
        let b = self.peek();
        if !b.is_ascii() {
            // A non-ASCII character that is not part of an identifier.
            let c = self.src.text[start..].chars().next().unwrap_or('\u{FFFD}');
            let msg = if is_printable(c as u32) {
                format!("invalid character '{c}' (U+{:04X})", c as u32)
            } else {
                format!("invalid non-printable character U+{:04X}", c as u32)
            };
            return Err(self.error(msg, start, Some(start)));
        }
        // Inside a replacement field, `}`, `:` and `!` at the field's own level end the expression.
        if self.in_field_top().is_some() {
            match b {
                b'}' => {
                    self.pos += 1;
                    self.push(Tok::RBrace, start, line);
                    self.parens.pop();
                    self.modes.pop();
                    if let Some(Mode::Spec { had_field }) = self.modes.last_mut() {
                        *had_field = true;
                    }
                    return Ok(());
                }
                b':' => {
                    let specs = self.modes.iter().rev().take_while(|m| !matches!(m, Mode::FString(_)));
                    if specs.filter(|m| matches!(m, Mode::Spec { .. })).count() >= fstring::MAX_SPEC_NESTING {
                        return Err(self.error("f-string: expressions nested too deeply", start, Some(start)));
                    }
                    self.pos += 1;
                    self.push(Tok::Colon, start, line);
                    self.modes.push(Mode::Spec { had_field: false });
                    return Ok(());
                }
                b'!' if self.peek_at(1) != b'=' => {
                    self.pos += 1;
                    self.push(Tok::Exclamation, start, line);
                    return Ok(());
                }
                _ => {}
            }
        }
        let text = &self.src.text[start..];
        let len =
            [3, 2, 1].into_iter().find(|&n| text.get(..n).is_some_and(|t| Tok::operator(t).is_some())).unwrap_or(0);
        if len == 0 {
            // `$`, `?`, backtick, or a control character.
            self.pos += 1;
            if !is_printable(b as u32) {
                return Err(self.error(format!("invalid non-printable character U+{:04X}", b), start, Some(start)));
            }
            self.push(Tok::Unknown, start, line);
            return Ok(());
        }
        let kind = Tok::operator(&text[..len]).unwrap_or(Tok::Error);
        self.pos += len;
        match kind {
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                if self.parens.len() >= MAX_PAREN_DEPTH {
                    return Err(self.error("too many nested parentheses", start, Some(start)));
                }
                self.parens.push(Paren { ch: b, offset: start as u32, line });
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                let Some(open) = self.parens.last().copied() else {
                    return Err(self.error(format!("unmatched '{}'", b as char), start, Some(start)));
                };
                let expected = match open.ch {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if self.innermost_field_depth() == Some(self.parens.len()) {
                    // A closing bracket at the level of an f-string's replacement field.
                    if b != b'}' {
                        return Err(self.error(format!("f-string: unmatched '{}'", b as char), start, Some(start)));
                    }
                }
                if b != expected {
                    let msg = if open.line != line {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                            b as char, open.ch as char, open.line
                        )
                    } else {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            b as char, open.ch as char
                        )
                    };
                    return Err(self.error(msg, start, Some(start)));
                }
                self.parens.pop();
            }
            _ => {}
        }
        self.push(kind, start, line);
        Ok(())
    }

    fn innermost_field_depth(&self) -> Option<usize> {
        self.modes.iter().rev().find_map(|m| match m {
            Mode::Field { depth } => Some(*depth),
            _ => None,
        })
    }
}

/// The prefix flags of a string literal, if `word` is a valid prefix.
pub(crate) const PREFIX_RAW: u8 = 1;
pub(crate) const PREFIX_BYTES: u8 = 2;
pub(crate) const PREFIX_FORMAT: u8 = 4;
pub(crate) const PREFIX_UNICODE: u8 = 8;
/// Marks that a prefix was present (for a plain `"..."` the flags are 0).
const PREFIX_SEEN: u8 = 16;

fn string_prefix(word: &str) -> Option<u8> {
    let mut flags = PREFIX_SEEN;
    for c in word.bytes() {
        let bit = match c.to_ascii_lowercase() {
            b'r' => PREFIX_RAW,
            b'b' => PREFIX_BYTES,
            b'f' => PREFIX_FORMAT,
            b'u' => PREFIX_UNICODE,
            _ => return None,
        };
        if flags & bit != 0 {
            return None;
        }
        flags |= bit;
    }
    let kinds = flags & !PREFIX_SEEN;
    let valid = matches!(
        kinds,
        PREFIX_RAW
            | PREFIX_BYTES
            | PREFIX_FORMAT
            | PREFIX_UNICODE
            | 3 // rb
            | 5 // rf
    );
    valid.then_some(flags)
}

fn is_id_start(c: char) -> bool {
    if c == '_' || unicode_ident::is_xid_start(c) {
        return true;
    }
    // CPython checks the NFKC form: a character whose normal form starts an identifier is allowed.
    use unicode_normalization::UnicodeNormalization;
    let mut normal = std::iter::once(c).nfkc();
    match normal.next() {
        Some(first) => {
            (first == '_' || unicode_ident::is_xid_start(first)) && normal.all(unicode_ident::is_xid_continue)
        }
        None => false,
    }
}

fn is_id_continue(c: char) -> bool {
    if unicode_ident::is_xid_continue(c) {
        return true;
    }
    use unicode_normalization::UnicodeNormalization;
    let normal: Vec<char> = std::iter::once(c).nfkc().collect();
    !normal.is_empty() && normal.into_iter().all(unicode_ident::is_xid_continue)
}
