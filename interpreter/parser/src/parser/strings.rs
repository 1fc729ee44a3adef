//! String literals in the parser: implicit concatenation, bytes, and f-strings (JoinedStr with
//! FormattedValue parts, PEP 701).

use ferrython_ast::*;

use super::{PResult, Parser};
use crate::error::Warning;
use crate::literal::{decode_bytes, decode_str, Decoded};
use crate::token::{Tok, Token};

/// One part of a concatenation: literal text (merged with its neighbours) or a formatted value.
enum Piece {
    Text { value: PyStr, loc: Loc },
    Value(Expr),
}

struct Prefix {
    raw: bool,
    bytes: bool,
    /// Length of prefix plus opening quotes.
    open: usize,
    quotes: usize,
}

fn prefix_of(text: &str) -> Prefix {
    let letters = text.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    let prefix = text[..letters].to_ascii_lowercase();
    let rest = &text.as_bytes()[letters..];
    let quote = rest.first().copied().unwrap_or(b'"');
    let quotes = if rest.len() >= 6 && rest[1] == quote && rest[2] == quote { 3 } else { 1 };
    Prefix { raw: prefix.contains('r'), bytes: prefix.contains('b'), open: letters + quotes, quotes }
}

impl Parser<'_> {
    fn escape_warning<T>(&mut self, decoded: &Decoded<T>, token: Token) {
        if let Some(msg) = &decoded.invalid_escape {
            self.warnings.push(Warning {
                category: "SyntaxWarning",
                msg: msg.clone(),
                lineno: token.line,
                offset: token.start,
            });
        }
    }

    /// strings: (STRING | FSTRING_START ... FSTRING_END)+
    pub(super) fn strings(&mut self) -> PResult<Expr> {
        let first = self.tok();
        let start = self.loc_of(first);
        let mut pieces: Vec<Piece> = Vec::new();
        let mut bytes_value: Vec<u8> = Vec::new();
        let mut is_bytes: Option<bool> = None;
        let mut mixed = false;
        let mut has_fstring = false;
        // CPython sets kind='u' only for a lowercase `u` prefix.
        let first_is_unicode = first.kind == Tok::String && self.text(first).starts_with('u');
        loop {
            match self.peek() {
                Tok::String => {
                    let token = self.bump();
                    let text = self.text(token);
                    let prefix = prefix_of(text);
                    let body = &text[prefix.open..text.len() - prefix.quotes];
                    mixed |= is_bytes.is_some_and(|b| b != prefix.bytes);
                    is_bytes.get_or_insert(prefix.bytes);
                    if prefix.bytes {
                        if !body.is_ascii() {
                            return Err(self.error_token("bytes can only contain ASCII literal characters", token));
                        }
                        let decoded = decode_bytes(body, prefix.raw).map_err(|e| self.error_token(e.msg, token))?;
                        self.escape_warning(&decoded, token);
                        bytes_value.extend_from_slice(&decoded.value);
                    } else {
                        let decoded =
                            decode_str(body, prefix.raw, false).map_err(|e| self.error_token(e.msg, token))?;
                        self.escape_warning(&decoded, token);
                        pieces.push(Piece::Text { value: decoded.value, loc: self.loc_of(token) });
                    }
                }
                Tok::FStringStart => {
                    mixed |= is_bytes == Some(true);
                    is_bytes.get_or_insert(false);
                    has_fstring = true;
                    self.fstring(&mut pieces)?;
                }
                _ => break,
            }
        }
        if mixed {
            let token = self.tok();
            return Err(self.error_token("cannot mix bytes and nonbytes literals", token));
        }
        let loc = self.loc_from(start);
        if is_bytes == Some(true) {
            return Ok(Expr::new(loc, ExprKind::Constant { value: Constant::Bytes(bytes_value), kind: None }));
        }
        if !has_fstring {
            let mut value = PyStr::new();
            for piece in &pieces {
                if let Piece::Text { value: text, .. } = piece {
                    value.push_pystr(text);
                }
            }
            let kind = first_is_unicode.then(|| "u".to_string());
            return Ok(Expr::new(loc, ExprKind::Constant { value: Constant::Str(value), kind }));
        }
        Ok(Expr::new(loc, ExprKind::JoinedStr { values: merge_pieces(pieces) }))
    }

    /// Literal text of an f-string or format spec. (Its invalid escapes were reported by the lexer.)
    fn fstring_middle(&mut self, raw: bool) -> PResult<Piece> {
        let token = self.bump();
        let decoded = decode_str(self.text(token), raw, true).map_err(|e| self.error_token(e.msg, token))?;
        Ok(Piece::Text { value: decoded.value, loc: self.loc_of(token) })
    }

    /// One f-string: FSTRING_START (FSTRING_MIDDLE | replacement field)* FSTRING_END.
    fn fstring(&mut self, pieces: &mut Vec<Piece>) -> PResult<()> {
        let start = self.bump();
        let raw = prefix_of(self.text(start)).raw;
        loop {
            match self.peek() {
                Tok::FStringMiddle => pieces.push(self.fstring_middle(raw)?),
                Tok::LBrace => self.replacement_field(pieces, raw)?,
                Tok::FStringEnd => {
                    self.bump();
                    return Ok(());
                }
                _ => return Err(self.invalid_syntax()),
            }
        }
    }

    /// '{' (yield_expr | star_expressions) ['='] ['!' NAME] [':' format_spec] '}'
    fn replacement_field(&mut self, pieces: &mut Vec<Piece>, raw: bool) -> PResult<()> {
        let lbrace = self.bump();
        self.nesting += 1;
        let result = self.replacement_field_body(lbrace, pieces, raw);
        self.nesting -= 1;
        result
    }

    fn replacement_field_body(&mut self, lbrace: Token, pieces: &mut Vec<Piece>, raw: bool) -> PResult<()> {
        let start = self.loc_of(lbrace);
        self.enter()?;
        match self.peek() {
            Tok::RBrace | Tok::Colon | Tok::Exclamation | Tok::Equal => {
                let token = self.tok();
                let what = self.text(token);
                let what = if token.kind == Tok::Exclamation { "!" } else { what };
                return Err(self.error_token(format!("f-string: valid expression required before '{what}'"), token));
            }
            Tok::Lambda => {
                let lambda = self.tok();
                let mut end = lambda;
                while !matches!(self.peek(), Tok::Colon | Tok::RBrace | Tok::FStringEnd | Tok::EndMarker | Tok::Error) {
                    end = self.bump();
                }
                if self.at(Tok::Colon) {
                    end = self.bump();
                }
                let loc = self.loc_of(lambda).to(self.loc_of(end));
                return Err(self.error_loc("f-string: lambda expressions are not allowed without parentheses", loc));
            }
            _ if !self.starts_expression() && !self.at(Tok::Yield) && !self.at(Tok::Error) => {
                let token = self.tok();
                return Err(self.error_token("f-string: expecting a valid expression after '{'", token));
            }
            _ => {}
        }
        let value = if self.at(Tok::Yield) { self.yield_expr()? } else { self.star_expressions()? };
        self.expect_in_field(&[Tok::Equal, Tok::Exclamation, Tok::Colon, Tok::RBrace], "'=', or '!', or ':', or '}'")?;
        let mut conversion = -1;
        if self.eat(Tok::Equal).is_some() {
            let next = self.tok();
            let text = &self.src.text[lbrace.end as usize..next.start as usize];
            // CPython's debug text stops at the first `!` (so `{x!=y=}` shows `x`).
            let text = text.split('!').next().unwrap_or(text);
            let loc = Loc {
                lineno: lbrace.end_line,
                col_offset: self.src.byte_col(lbrace.end_line, lbrace.end),
                end_lineno: next.line,
                end_col_offset: self.src.byte_col(next.line, next.start),
            };
            pieces.push(Piece::Text { value: PyStr::from_text(text), loc });
            if !matches!(next.kind, Tok::Exclamation | Tok::Colon) {
                conversion = 'r' as i32;
            }
            self.expect_in_field(&[Tok::Exclamation, Tok::Colon, Tok::RBrace], "'!', or ':', or '}'")?;
        }
        if let Some(bang) = self.eat(Tok::Exclamation) {
            let name = self.tok();
            if matches!(name.kind, Tok::RBrace | Tok::Colon) {
                return Err(self.error_token("f-string: missing conversion character", name));
            }
            if name.kind != Tok::Name {
                return Err(self.error_token("f-string: invalid conversion character", name));
            }
            if name.start != bang.end {
                return Err(
                    self.error_token("f-string: conversion type must come right after the exclamanation mark", name)
                );
            }
            conversion = match self.text(name) {
                "s" => 's' as i32,
                "r" => 'r' as i32,
                "a" => 'a' as i32,
                other => {
                    return Err(self.error_token(
                        format!("f-string: invalid conversion character '{other}': expected 's', 'r', or 'a'"),
                        name,
                    ))
                }
            };
            self.bump();
            self.expect_in_field(&[Tok::Colon, Tok::RBrace], "':' or '}'")?;
        }
        let mut format_spec = None;
        if let Some(colon) = self.eat(Tok::Colon) {
            let spec_start = self.loc_of(colon);
            let mut spec_pieces = Vec::new();
            loop {
                match self.peek() {
                    Tok::FStringMiddle => spec_pieces.push(self.fstring_middle(raw)?),
                    Tok::LBrace => self.replacement_field(&mut spec_pieces, raw)?,
                    _ => break,
                }
            }
            let end = self.tok();
            let loc =
                Loc { end_lineno: end.line, end_col_offset: self.src.byte_col(end.line, end.start), ..spec_start };
            format_spec = Some(Box::new(Expr::new(loc, ExprKind::JoinedStr { values: merge_pieces(spec_pieces) })));
        }
        if self.eat(Tok::RBrace).is_none() {
            let token = self.tok();
            if token.kind == Tok::Error {
                return Err(self.invalid_syntax());
            }
            return Err(self.error_token("f-string: expecting '}'", token));
        }
        self.leave();
        let loc = self.loc_from(start);
        pieces.push(Piece::Value(Expr::new(
            loc,
            ExprKind::FormattedValue { value: Box::new(value), conversion, format_spec },
        )));
        Ok(())
    }
}

impl Parser<'_> {
    /// Inside a replacement field, the next token must be one of `allowed`:
    /// "f-string: expecting '=', or '!', or ':', or '}'" and its variants otherwise.
    fn expect_in_field(&mut self, allowed: &[Tok], what: &str) -> PResult<()> {
        let token = self.tok();
        if allowed.contains(&token.kind) {
            return Ok(());
        }
        if token.kind == Tok::Error {
            return Err(self.invalid_syntax());
        }
        Err(self.error_token(format!("f-string: expecting {what}"), token))
    }
}

/// Joins neighbouring literal pieces into one Constant spanning them all; drops empty text.
fn merge_pieces(pieces: Vec<Piece>) -> Vec<Expr> {
    let mut values = Vec::new();
    let mut pending: Option<(PyStr, Loc)> = None;
    let flush = |pending: &mut Option<(PyStr, Loc)>, values: &mut Vec<Expr>| {
        if let Some((text, loc)) = pending.take() {
            if !text.is_empty() {
                values.push(Expr::new(loc, ExprKind::Constant { value: Constant::Str(text), kind: None }));
            }
        }
    };
    for piece in pieces {
        match piece {
            Piece::Text { value, loc } => match &mut pending {
                Some((text, span)) => {
                    text.push_pystr(&value);
                    *span = span.to(loc);
                }
                None => pending = Some((value, loc)),
            },
            Piece::Value(expr) => {
                flush(&mut pending, &mut values);
                values.push(expr);
            }
        }
    }
    flush(&mut pending, &mut values);
    values
}
