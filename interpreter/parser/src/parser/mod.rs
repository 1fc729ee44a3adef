//! The recursive-descent parser: tokens in, CPython's AST out.
//!
//! Each parse function names the grammar rule of CPython 3.12's grammar it follows. Errors carry
//! CPython's wording and position. As in CPython, a failure without a specific message is reported
//! as "invalid syntax" at the furthest token the parser looked at, unless the tokenizer found an
//! error further on.

mod args;
mod expr;
mod pattern;
mod stmt;
mod strings;
mod targets;

use ferrython_ast::{Expr, Loc, Mod, TypeIgnore};

use crate::error::{ErrorClass, SyntaxError, Warning};
use crate::lexer::Lexed;
use crate::source::SourceText;
use crate::token::{Tok, Token};
use crate::Mode;

/// How deep rules may nest before the parse gives up, as CPython's parser stack does.
const MAX_DEPTH: u32 = 1500;

pub(crate) type PResult<T> = Result<T, SyntaxError>;

/// Runs a recursive rule with enough stack: a fresh segment is allocated when less than
/// `RED_ZONE` is left, so that nesting up to `MAX_DEPTH` never overflows the caller's stack
/// (whatever its size: a 2 MB test thread, an embedder's thread, a debug build).
pub(crate) fn grow_stack<T>(f: impl FnOnce() -> T) -> T {
    const RED_ZONE: usize = 128 * 1024;
    const SEGMENT: usize = 4 * 1024 * 1024;
    stacker::maybe_grow(RED_ZONE, SEGMENT, f)
}

pub(crate) struct Parser<'a> {
    src: &'a SourceText,
    tokens: &'a [Token],
    pos: usize,
    /// The furthest token index looked at: where a generic "invalid syntax" points.
    furthest: usize,
    lex_error: Option<SyntaxError>,
    /// See `Lexed::error_is_status`.
    lex_error_is_status: bool,
    depth: u32,
    /// Open brackets (and f-string fields) around the current position.
    nesting: u32,
    /// Set while trying a second expression for an error message, to keep such checks from nesting.
    probing: bool,
    warnings: Vec<Warning>,
    /// `<>` instead of `!=` (`ParseOptions::barry_as_flufl`).
    barry_as_flufl: bool,
}

/// Parses a tokenized source in the given mode.
/// Parses a tokenized source in the given mode. The warnings come back either way: the lexer's
/// for the whole source, the parser's for what it parsed before an error.
pub(crate) fn parse_tokens(
    src: &SourceText,
    lexed: Lexed,
    mode: Mode,
    barry_as_flufl: bool,
) -> (Result<Mod, SyntaxError>, Vec<Warning>) {
    let Lexed { tokens, error, error_is_status, type_ignores, warnings: lex_warnings } = lexed;
    let mut parser = Parser {
        src,
        tokens: &tokens,
        pos: 0,
        furthest: 0,
        lex_error: error,
        lex_error_is_status: error_is_status,
        depth: 0,
        nesting: 0,
        probing: false,
        warnings: Vec::new(),
        barry_as_flufl,
    };
    let result = match mode {
        // Only a module may be empty; the other modes need a token to read.
        Mode::Eval | Mode::Single | Mode::FuncType if tokens[0].kind == Tok::EndMarker => Err(parser.nothing_to_read()),
        Mode::Exec => parser.file(type_ignores),
        Mode::Eval => parser.eval_input(),
        Mode::Single => parser.interactive(),
        Mode::FuncType => parser.func_type_input(),
    };
    let result = result.map_err(|err| parser.finish_error(err));
    // The tokenizer's warnings all show: after a parser error CPython tokenizes the rest of the
    // source to look for tokenizer errors, warning on the way. (The lexer stopped at its own error.)
    let mut warnings = lex_warnings;
    warnings.append(&mut parser.warnings);
    warnings.sort_by_key(|w| w.offset);
    (result, warnings)
}

impl<'a> Parser<'a> {
    // ---- Tokens -------------------------------------------------------------------------------

    #[inline]
    fn tok(&mut self) -> Token {
        if self.pos > self.furthest {
            self.furthest = self.pos;
        }
        self.tokens[self.pos.min(self.tokens.len() - 1)]
    }

    #[inline]
    fn peek(&mut self) -> Tok {
        self.tok().kind
    }

    /// The kind of the token `n` places ahead.
    fn peek_nth(&mut self, n: usize) -> Tok {
        let at = (self.pos + n).min(self.tokens.len() - 1);
        if at > self.furthest {
            self.furthest = at;
        }
        self.tokens[at].kind
    }

    /// Whether the tokenizer's error comes before the bracket around the current position
    /// closes; if so, it becomes the furthest token read (see `finish_error`).
    fn reaches_lex_error_in_brackets(&mut self) -> bool {
        let mut depth = 0usize;
        for at in self.pos..self.tokens.len() {
            match self.tokens[at].kind {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace if depth == 0 => return false,
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
                Tok::Error => {
                    self.furthest = self.furthest.max(at);
                    return true;
                }
                Tok::EndMarker => return false,
                _ => {}
            }
        }
        false
    }

    #[inline]
    fn at(&mut self, kind: Tok) -> bool {
        self.peek() == kind
    }

    fn bump(&mut self) -> Token {
        let token = self.tok();
        if token.kind == Tok::Error {
            // Never step past the error token; the caller's next check fails on it.
            return token;
        }
        self.pos += 1;
        token
    }

    fn eat(&mut self, kind: Tok) -> Option<Token> {
        if self.at(kind) {
            Some(self.bump())
        } else {
            None
        }
    }

    /// Consumes a token of the given kind or fails with a generic syntax error.
    fn expect(&mut self, kind: Tok) -> PResult<Token> {
        match self.eat(kind) {
            Some(token) => Ok(token),
            None => Err(self.invalid_syntax()),
        }
    }

    /// The last token consumed that belongs to a node: NEWLINE, INDENT and DEDENT do not, so a
    /// block ends where its last statement ends.
    fn prev(&self) -> Token {
        let mut at = self.pos.saturating_sub(1);
        while at > 0 && matches!(self.tokens[at].kind, Tok::Newline | Tok::Indent | Tok::Dedent) {
            at -= 1;
        }
        self.tokens[at]
    }

    fn text(&self, token: Token) -> &'a str {
        &self.src.text[token.start as usize..token.end as usize]
    }

    /// Whether the current token is the name `word` (for soft keywords).
    fn at_soft_keyword(&mut self, word: &str) -> bool {
        let token = self.tok();
        token.kind == Tok::Name && self.text(token) == word
    }

    // ---- Locations ----------------------------------------------------------------------------

    fn loc_of(&self, token: Token) -> Loc {
        Loc {
            lineno: token.line,
            col_offset: self.src.byte_col(token.line, token.start),
            end_lineno: token.end_line,
            end_col_offset: self.src.byte_col(token.end_line, token.end),
        }
    }

    /// From the start of `start` to the end of the last consumed token.
    fn loc_from(&self, start: Loc) -> Loc {
        let end = self.prev();
        Loc { end_lineno: end.end_line, end_col_offset: self.src.byte_col(end.end_line, end.end), ..start }
    }

    fn start_loc(&mut self) -> Loc {
        let token = self.tok();
        self.loc_of(token)
    }

    // ---- Errors -------------------------------------------------------------------------------

    /// Runs `f` one bracket deeper (for the comma check of `check_missing_comma`).
    fn bracketed<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        self.nesting += 1;
        let result = f(self);
        self.nesting -= 1;
        result
    }

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(SyntaxError {
                class: ErrorClass::MemoryError,
                msg: "Parser stack overflowed - Python source too complex to parse".into(),
                lineno: None,
                offset: None,
                end_lineno: None,
                end_offset: None,
                text: None,
            });
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// A SyntaxError over a node's location.
    fn error_loc(&self, msg: impl Into<String>, loc: Loc) -> SyntaxError {
        self.error_class_loc(ErrorClass::SyntaxError, msg, loc)
    }

    fn error_class_loc(&self, class: ErrorClass, msg: impl Into<String>, loc: Loc) -> SyntaxError {
        self.src.error_for(class, msg, loc)
    }

    fn error_token(&self, msg: impl Into<String>, token: Token) -> SyntaxError {
        if self.at_end_of_input(token) {
            return self.error_at_end(ErrorClass::SyntaxError, msg);
        }
        self.error_loc(msg, self.loc_of(token))
    }

    /// Whether a token is one of the zero-width DEDENT/ENDMARKER tokens that close the input.
    fn at_end_of_input(&self, token: Token) -> bool {
        matches!(token.kind, Tok::Dedent | Tok::EndMarker) && token.start as usize >= self.src.text.len()
    }

    /// An error at the end of input, where CPython points: past the end of the last line, with
    /// no end column.
    fn error_at_end(&self, class: ErrorClass, msg: impl Into<String>) -> SyntaxError {
        let last = (self.src.line_starts.len() as u32 - 1).max(1);
        let len = self.src.line_text(last).chars().count() as i64;
        self.src.error_raw(class, msg, last, len + 1, last, -1)
    }

    fn error_expr(&self, msg: impl Into<String>, expr: &Expr) -> SyntaxError {
        self.error_loc(msg, expr.loc)
    }

    /// "invalid syntax" at the furthest token reached, or the tokenizer's error if it was reached.
    fn invalid_syntax(&mut self) -> SyntaxError {
        let at = self.furthest.min(self.tokens.len() - 1);
        let token = self.tokens[at];
        if token.kind == Tok::Error {
            if let Some(err) = self.lex_error.clone() {
                return err;
            }
        }
        match token.kind {
            Tok::Indent => {
                let col = self.src.char_col(token.end_line, token.end) - 1;
                self.src.error_raw(ErrorClass::IndentationError, "unexpected indent", token.line, col, token.line, -1)
            }
            Tok::Dedent if self.at_end_of_input(token) => {
                self.error_at_end(ErrorClass::IndentationError, "unexpected unindent")
            }
            Tok::Dedent => {
                let col = self.src.char_col(token.line, token.start) - 1;
                self.src.error_raw(ErrorClass::IndentationError, "unexpected unindent", token.line, col, token.line, -1)
            }
            // A generic error at the end of input points at column 0 of the last line.
            _ if self.at_end_of_input(token) => {
                let last = (self.src.line_starts.len() as u32 - 1).max(1) as i64;
                SyntaxError {
                    class: ErrorClass::SyntaxError,
                    msg: "invalid syntax".into(),
                    lineno: Some(last),
                    offset: Some(0),
                    end_lineno: Some(last),
                    end_offset: Some(0),
                    text: Some(self.src.line_with_newline(last as u32)),
                }
            }
            _ => self.error_token("invalid syntax", token),
        }
    }

    /// CPython replaces a generic "invalid syntax" by a tokenizer error found later in the file.
    ///
    /// More precisely, as CPython does: if the parser read up to the tokenizer's error, that error
    /// wins; otherwise the rest of the source is checked, and a tokenizer error there replaces the
    /// parser's, except that an unclosed bracket only does when it opened on an earlier line.
    fn finish_error(&mut self, err: SyntaxError) -> SyntaxError {
        if matches!(err.class, ErrorClass::MemoryError | ErrorClass::RecursionError) {
            return err;
        }
        let Some(lex) = self.lex_error.take() else {
            return err;
        };
        let reached = self.tokens[self.furthest.min(self.tokens.len() - 1)].kind == Tok::Error;
        if reached {
            return lex;
        }
        // An unexpected indent is reported without looking further; errors the tokenizer only
        // signals by a status (not an exception) do not replace anything in the rescan.
        if err.class == ErrorClass::IndentationError && err.msg.starts_with("unexpected ") {
            return err;
        }
        if self.lex_error_is_status {
            return err;
        }
        if !lex.msg.ends_with("was never closed") || err.lineno > lex.lineno {
            return lex;
        }
        err
    }

    /// CPython's "invalid syntax" for source without a token, in the modes that need one: at line 0
    /// for empty source, else at line 1, column 0.
    fn nothing_to_read(&self) -> SyntaxError {
        let line = if self.src.text.is_empty() { 0 } else { 1 };
        SyntaxError {
            class: ErrorClass::SyntaxError,
            msg: "invalid syntax".into(),
            lineno: Some(line),
            offset: Some(0),
            end_lineno: Some(line),
            end_offset: Some(0),
            text: (line == 1).then(|| self.src.line_with_newline(1)),
        }
    }

    // ---- Entry points -------------------------------------------------------------------------

    /// file: [statements] ENDMARKER
    fn file(&mut self, type_ignores: Vec<TypeIgnore>) -> PResult<Mod> {
        let body = self.statements_until(Tok::EndMarker)?;
        self.expect(Tok::EndMarker)?;
        Ok(Mod::Module { body, type_ignores })
    }

    /// eval: expressions NEWLINE* ENDMARKER
    fn eval_input(&mut self) -> PResult<Mod> {
        let body = self.expressions()?;
        while self.eat(Tok::Newline).is_some() {}
        self.expect(Tok::EndMarker)?;
        Ok(Mod::Expression { body: Box::new(body) })
    }

    /// interactive: statement_newline
    fn interactive(&mut self) -> PResult<Mod> {
        let body = self.statement_newline()?;
        Ok(Mod::Interactive { body })
    }

    /// func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
    fn func_type_input(&mut self) -> PResult<Mod> {
        self.expect(Tok::LPar)?;
        let mut argtypes = Vec::new();
        while !self.at(Tok::RPar) {
            // `*args` and `**kwargs` types: the tree keeps only the expression.
            if self.eat(Tok::Star).is_none() {
                self.eat(Tok::DoubleStar);
            }
            argtypes.push(self.expression()?);
            if self.eat(Tok::Comma).is_none() {
                break;
            }
        }
        self.expect(Tok::RPar)?;
        self.expect(Tok::RArrow)?;
        let returns = self.expression()?;
        while self.eat(Tok::Newline).is_some() {}
        self.expect(Tok::EndMarker)?;
        Ok(Mod::FunctionType { argtypes, returns: Box::new(returns) })
    }
}
