//! The `match` statement and its patterns (PEP 634).

use ferrython_ast::*;

use super::{PResult, Parser};
use crate::token::Tok;

impl Parser<'_> {
    /// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
    ///
    /// `match` is a soft keyword: returns `None` (with nothing consumed) when the statement is not a
    /// match statement, so that the caller parses it as an ordinary one.
    pub(super) fn match_stmt(&mut self) -> PResult<Option<Stmt>> {
        // Tokens read while trying count for where a generic error points, as in CPython, so
        // backtracking restores the position and warnings but not `furthest`.
        let save = (self.pos, self.warnings.len());
        let token = self.bump();
        let start = self.loc_of(token);
        let subject = match self.starts_expression() {
            true => self.subject_expr(),
            false => Err(self.invalid_syntax()),
        };
        let subject = match subject {
            Ok(subject) if self.at(Tok::Colon) => subject,
            Ok(_) if self.at(Tok::Newline) => {
                // `match(x)` may be an ordinary statement; only if it is not, a ':' was missing.
                let token = self.tok();
                let missing_colon = self.error_token("expected ':'", token);
                self.pos = save.0;
                self.warnings.truncate(save.1);
                let mut probe = Vec::new();
                return match self.simple_stmts(&mut probe) {
                    Ok(()) => {
                        self.pos = save.0;
                        Ok(None)
                    }
                    Err(_) => Err(missing_colon),
                };
            }
            _ => {
                self.pos = save.0;
                self.warnings.truncate(save.1);
                return Ok(None);
            }
        };
        self.bump();
        self.expect(Tok::Newline)?;
        if self.eat(Tok::Indent).is_none() {
            let token = self.tok();
            return Err(self.expected_indent("'match' statement", start.lineno, token));
        }
        let mut cases = Vec::new();
        while !self.at(Tok::Dedent) {
            if !self.at_soft_keyword("case") {
                return Err(self.invalid_syntax());
            }
            cases.push(self.case_block()?);
        }
        self.bump();
        Ok(Some(Stmt::new(self.loc_from(start), StmtKind::Match { subject: Box::new(subject), cases })))
    }

    /// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    fn subject_expr(&mut self) -> PResult<Expr> {
        let start = self.start_loc();
        let first = self.star_named_expression()?;
        if !self.at(Tok::Comma) {
            if let ExprKind::Starred { .. } = first.kind {
                return Err(self.invalid_syntax());
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma).is_some() {
            if !self.starts_expression() {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(Expr::new(self.loc_from(start), ExprKind::Tuple { elts, ctx: ExprContext::Load }))
    }

    /// case_block: "case" patterns guard? ':' block
    fn case_block(&mut self) -> PResult<MatchCase> {
        let case = self.bump();
        let pattern = self.patterns()?;
        let guard = if self.eat(Tok::If).is_some() { Some(self.named_expression()?) } else { None };
        self.expect_colon(false)?;
        let body = self.block("'case' statement", case.line)?;
        Ok(MatchCase { pattern, guard, body })
    }

    /// patterns: open_sequence_pattern | pattern
    fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.start_loc();
        let first = self.maybe_star_pattern()?;
        if !self.at(Tok::Comma) {
            if let PatternKind::MatchStar { .. } = first.kind {
                // A star pattern needs a sequence around it.
                return Err(self.invalid_syntax());
            }
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(Tok::Comma).is_some() {
            if matches!(self.peek(), Tok::If | Tok::Colon) {
                break;
            }
            patterns.push(self.maybe_star_pattern()?);
        }
        Ok(Pattern { loc: self.loc_from(start), kind: PatternKind::MatchSequence { patterns } })
    }

    /// maybe_star_pattern: star_pattern | pattern
    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if let Some(star) = self.eat(Tok::Star) {
            let start = self.loc_of(star);
            let name = self.expect_name()?;
            let id = self.identifier(name);
            let name = if id == "_" { None } else { Some(id) };
            return Ok(Pattern { loc: self.loc_from(start), kind: PatternKind::MatchStar { name } });
        }
        self.pattern()
    }

    /// pattern: or_pattern ['as' pattern_capture_target]
    fn pattern(&mut self) -> PResult<Pattern> {
        super::grow_stack(|| self.pattern_unguarded())
    }

    fn pattern_unguarded(&mut self) -> PResult<Pattern> {
        self.enter()?;
        let start = self.start_loc();
        let or = self.or_pattern()?;
        let result = if self.eat(Tok::As).is_some() {
            if !self.at(Tok::Name) && self.starts_expression() {
                let target = self.expression()?;
                self.leave();
                return Err(self.error_expr("invalid pattern target", &target));
            }
            let name = self.expect_name()?;
            let id = self.identifier(name);
            if id == "_" {
                let loc = self.loc_of(name);
                self.leave();
                return Err(self.error_loc("cannot use '_' as a target", loc));
            }
            Pattern {
                loc: self.loc_from(start),
                kind: PatternKind::MatchAs { pattern: Some(Box::new(or)), name: Some(id) },
            }
        } else {
            or
        };
        self.leave();
        Ok(result)
    }

    /// or_pattern: '|'.closed_pattern+
    fn or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start_loc();
        let first = self.closed_pattern()?;
        if !self.at(Tok::VBar) {
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(Tok::VBar).is_some() {
            patterns.push(self.closed_pattern()?);
        }
        Ok(Pattern { loc: self.loc_from(start), kind: PatternKind::MatchOr { patterns } })
    }

    /// closed_pattern: literal | capture | wildcard | value | group | sequence | mapping | class
    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let token = self.tok();
        let start = self.loc_of(token);
        match token.kind {
            Tok::None | Tok::True | Tok::False => {
                self.bump();
                let value = match token.kind {
                    Tok::None => Constant::None,
                    Tok::True => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                Ok(Pattern { loc: start, kind: PatternKind::MatchSingleton { value } })
            }
            Tok::Number | Tok::Minus => {
                let value = self.signed_number_pattern()?;
                Ok(Pattern { loc: value.loc, kind: PatternKind::MatchValue { value: Box::new(value) } })
            }
            Tok::String | Tok::FStringStart => {
                let value = self.strings()?;
                Ok(Pattern { loc: value.loc, kind: PatternKind::MatchValue { value: Box::new(value) } })
            }
            Tok::LPar => self.paren_pattern(),
            Tok::LSqb => {
                self.bump();
                let patterns = self.sequence_items(Tok::RSqb)?;
                self.expect(Tok::RSqb)?;
                Ok(Pattern { loc: self.loc_from(start), kind: PatternKind::MatchSequence { patterns } })
            }
            Tok::LBrace => self.mapping_pattern(),
            Tok::Name => {
                let name_or_attr = self.name_or_attr()?;
                if self.at(Tok::LPar) {
                    return self.class_pattern(name_or_attr);
                }
                match &name_or_attr.kind {
                    ExprKind::Name { id, .. } => {
                        let name = if id == "_" { None } else { Some(id.clone()) };
                        Ok(Pattern { loc: name_or_attr.loc, kind: PatternKind::MatchAs { pattern: None, name } })
                    }
                    _ => Ok(Pattern {
                        loc: name_or_attr.loc,
                        kind: PatternKind::MatchValue { value: Box::new(name_or_attr) },
                    }),
                }
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    /// signed_number, or complex_number: signed_real_number ('+' | '-') imaginary_number
    fn signed_number_pattern(&mut self) -> PResult<Expr> {
        let start = self.start_loc();
        let number = |p: &mut Self| -> PResult<Expr> {
            let token = p.expect(Tok::Number)?;
            let value = crate::literal::parse_number(p.text(token)).map_err(|msg| p.error_token(msg, token))?;
            Ok(Expr::new(p.loc_of(token), ExprKind::Constant { value, kind: None }))
        };
        let mut value = if self.eat(Tok::Minus).is_some() {
            let operand = number(self)?;
            Expr::new(self.loc_from(start), ExprKind::UnaryOp { op: UnaryOp::USub, operand: Box::new(operand) })
        } else {
            number(self)?
        };
        if matches!(self.peek(), Tok::Plus | Tok::Minus) {
            let op = if self.bump().kind == Tok::Plus { Operator::Add } else { Operator::Sub };
            if let ExprKind::Constant { value: Constant::Complex { .. }, .. } = value.kind {
                return Err(self.error_expr("real number required in complex literal", &value));
            }
            if let ExprKind::UnaryOp { operand, .. } = &value.kind {
                if let ExprKind::Constant { value: Constant::Complex { .. }, .. } = operand.kind {
                    return Err(self.error_expr("real number required in complex literal", operand));
                }
            }
            let imag = number(self)?;
            if !matches!(imag.kind, ExprKind::Constant { value: Constant::Complex { .. }, .. }) {
                return Err(self.error_expr("imaginary number required in complex literal", &imag));
            }
            value =
                Expr::new(self.loc_from(start), ExprKind::BinOp { left: Box::new(value), op, right: Box::new(imag) });
        }
        Ok(value)
    }

    /// name_or_attr: NAME ('.' NAME)*
    fn name_or_attr(&mut self) -> PResult<Expr> {
        let first = self.expect_name()?;
        let start = self.loc_of(first);
        let mut expr = Expr::new(start, ExprKind::Name { id: self.identifier(first), ctx: ExprContext::Load });
        while self.eat(Tok::Dot).is_some() {
            let name = self.expect_name()?;
            let attr = self.identifier(name);
            expr = Expr::new(
                self.loc_from(start),
                ExprKind::Attribute { value: Box::new(expr), attr, ctx: ExprContext::Load },
            );
        }
        Ok(expr)
    }

    /// group_pattern: '(' pattern ')' | sequence_pattern: '(' [open_sequence_pattern] ')'
    fn paren_pattern(&mut self) -> PResult<Pattern> {
        let open = self.bump();
        let start = self.loc_of(open);
        if self.eat(Tok::RPar).is_some() {
            return Ok(Pattern {
                loc: self.loc_from(start),
                kind: PatternKind::MatchSequence { patterns: Vec::new() },
            });
        }
        let first = self.maybe_star_pattern()?;
        if self.eat(Tok::RPar).is_some() {
            if let PatternKind::MatchStar { .. } = first.kind {
                return Ok(Pattern {
                    loc: self.loc_from(start),
                    kind: PatternKind::MatchSequence { patterns: vec![first] },
                });
            }
            return Ok(first);
        }
        self.expect(Tok::Comma)?;
        let mut patterns = vec![first];
        if !self.at(Tok::RPar) {
            patterns.extend(self.sequence_items(Tok::RPar)?);
        }
        self.expect(Tok::RPar)?;
        Ok(Pattern { loc: self.loc_from(start), kind: PatternKind::MatchSequence { patterns } })
    }

    /// ','.maybe_star_pattern+ [','] up to `close`.
    fn sequence_items(&mut self, close: Tok) -> PResult<Vec<Pattern>> {
        let mut patterns = Vec::new();
        while !self.at(close) {
            patterns.push(self.maybe_star_pattern()?);
            if self.eat(Tok::Comma).is_none() {
                break;
            }
        }
        Ok(patterns)
    }

    /// mapping_pattern: '{' [items] ['**' NAME] [','] '}'
    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let open = self.bump();
        let start = self.loc_of(open);
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at(Tok::RBrace) {
            if self.eat(Tok::DoubleStar).is_some() {
                let name = self.expect_name()?;
                let id = self.identifier(name);
                if id == "_" {
                    return Err(self.error_token("invalid syntax", name));
                }
                rest = Some(id);
                self.eat(Tok::Comma);
                break;
            }
            let key = match self.peek() {
                Tok::None | Tok::True | Tok::False => {
                    let token = self.bump();
                    let value = match token.kind {
                        Tok::None => Constant::None,
                        Tok::True => Constant::Bool(true),
                        _ => Constant::Bool(false),
                    };
                    Expr::new(self.loc_of(token), ExprKind::Constant { value, kind: None })
                }
                Tok::Number | Tok::Minus => self.signed_number_pattern()?,
                Tok::String | Tok::FStringStart => self.strings()?,
                Tok::Name => {
                    let key = self.name_or_attr()?;
                    if let ExprKind::Name { .. } = key.kind {
                        return Err(self.invalid_syntax());
                    }
                    key
                }
                _ => return Err(self.invalid_syntax()),
            };
            self.expect(Tok::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if self.eat(Tok::Comma).is_none() {
                break;
            }
        }
        self.expect(Tok::RBrace)?;
        Ok(Pattern { loc: self.loc_from(start), kind: PatternKind::MatchMapping { keys, patterns, rest } })
    }

    /// class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] [','] ')'
    fn class_pattern(&mut self, cls: Expr) -> PResult<Pattern> {
        let start = cls.loc;
        self.bump();
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at(Tok::RPar) {
            if self.at(Tok::Name) && self.peek_nth(1) == Tok::Equal {
                let name = self.bump();
                self.bump();
                kwd_attrs.push(self.identifier(name));
                kwd_patterns.push(self.pattern()?);
            } else {
                let pattern = self.pattern()?;
                if !kwd_attrs.is_empty() {
                    return Err(self.error_loc("positional patterns follow keyword patterns", pattern.loc));
                }
                patterns.push(pattern);
            }
            if self.eat(Tok::Comma).is_none() {
                break;
            }
        }
        self.expect(Tok::RPar)?;
        Ok(Pattern {
            loc: self.loc_from(start),
            kind: PatternKind::MatchClass { cls: Box::new(cls), patterns, kwd_attrs, kwd_patterns },
        })
    }
}
