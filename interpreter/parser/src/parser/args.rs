//! Parameter lists (`def` and `lambda`) and call arguments.

use ferrython_ast::*;

use super::targets::expr_name;
use super::{PResult, Parser};
use crate::token::Tok;

impl Parser<'_> {
    /// parameters / lambda_params, up to (not including) `close` (`)` for def, `:` for lambda).
    pub(super) fn parameters(&mut self, close: Tok, is_lambda: bool) -> PResult<Arguments> {
        let mut args = Arguments::default();
        let mut seen_default = false;
        let mut seen_slash = false;
        let mut seen_star = false;
        let mut bare_star: Option<crate::token::Token> = None;
        while !self.at(close) {
            if self.at(Tok::LPar) {
                return Err(self.parenthesized_parameter(is_lambda));
            }
            if let Some(slash) = self.eat(Tok::Slash) {
                if seen_slash {
                    return Err(self.error_token("/ may appear only once", slash));
                }
                if seen_star {
                    return Err(self.error_token("/ must be ahead of *", slash));
                }
                if args.args.is_empty() {
                    if self.at(Tok::Comma) {
                        return Err(self.error_token("at least one argument must precede /", slash));
                    }
                    return Err(self.error_token("invalid syntax", slash));
                }
                seen_slash = true;
                args.posonlyargs = std::mem::take(&mut args.args);
            } else if let Some(star) = self.eat(Tok::Star) {
                if seen_star {
                    return Err(self.error_token("* argument may appear only once", star));
                }
                seen_star = true;
                if self.at(Tok::Comma) || self.at(close) {
                    bare_star = Some(star);
                } else {
                    let arg = self.parameter(is_lambda, true)?;
                    args.vararg = Some(arg);
                    if self.at(Tok::Equal) {
                        let eq = self.tok();
                        return Err(self.error_token("var-positional argument cannot have default value", eq));
                    }
                }
            } else if self.eat(Tok::DoubleStar).is_some() {
                let arg = self.parameter(is_lambda, false)?;
                args.kwarg = Some(arg);
                if self.at(Tok::Equal) {
                    let token = self.tok();
                    return Err(self.error_token("var-keyword argument cannot have default value", token));
                }
                let (_, comment) = self.param_separator(close)?;
                if let (Some(comment), Some(kwarg)) = (comment, args.kwarg.as_mut()) {
                    kwarg.type_comment = Some(comment);
                }
                if !self.at(close) {
                    let token = self.tok();
                    return Err(self.error_token("arguments cannot follow var-keyword argument", token));
                }
                break;
            } else {
                let name_token = self.tok();
                let arg = self.parameter(is_lambda, false)?;
                let default = if self.eat(Tok::Equal).is_some() { Some(self.expression()?) } else { None };
                if seen_star {
                    bare_star = None;
                    args.kwonlyargs.push(arg);
                    args.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            args.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(self.error_token(
                                "parameter without a default follows parameter with a default",
                                name_token,
                            ));
                        }
                        None => {}
                    }
                    args.args.push(arg);
                }
            }
            let (more, comment) = self.param_separator(close)?;
            if let Some(comment) = comment {
                let last = if args.kwarg.is_some() {
                    args.kwarg.as_mut()
                } else if seen_star && !args.kwonlyargs.is_empty() {
                    args.kwonlyargs.last_mut()
                } else if seen_star {
                    args.vararg.as_mut()
                } else {
                    args.args.last_mut()
                };
                if let Some(arg) = last {
                    arg.type_comment = Some(comment);
                }
            }
            if !more {
                break;
            }
        }
        if let Some(star) = bare_star {
            // CPython points at the `*` of a def, but at the token after it in a lambda.
            let at = if is_lambda { self.tok() } else { star };
            return Err(self.error_token("named arguments must follow bare *", at));
        }
        Ok(args)
    }

    /// `def f((a)):` or `lambda (a): 0`: CPython's message over the parenthesized part.
    fn parenthesized_parameter(&mut self, is_lambda: bool) -> crate::error::SyntaxError {
        let open = self.bump();
        let mut depth = 1;
        let mut close = open;
        while depth > 0 && !matches!(self.peek(), Tok::EndMarker | Tok::Error | Tok::Newline) {
            close = self.bump();
            match close.kind {
                Tok::LPar => depth += 1,
                Tok::RPar => depth -= 1,
                _ => {}
            }
        }
        if depth > 0 {
            return self.invalid_syntax();
        }
        let what = if is_lambda { "Lambda expression" } else { "Function" };
        let loc = self.loc_of(open).to(self.loc_of(close));
        self.error_loc(format!("{what} parameters cannot be parenthesized"), loc)
    }

    /// After a parameter: a comma, or the closing token, either with an optional type comment
    /// for the parameter before it. Returns whether more parameters may follow, and the comment.
    fn param_separator(&mut self, close: Tok) -> PResult<(bool, Option<String>)> {
        if self.eat(Tok::Comma).is_some() {
            let comment = self.eat(Tok::TypeComment).map(|t| self.text(t).to_string());
            return Ok((true, comment));
        }
        if self.at(Tok::TypeComment) && self.peek_nth(1) == close {
            let comment = self.bump();
            return Ok((false, Some(self.text(comment).to_string())));
        }
        if self.at(close) {
            return Ok((false, None));
        }
        Err(self.invalid_syntax())
    }

    /// One parameter name with its annotation (not for lambdas). `star` allows `*args: *Ts`.
    fn parameter(&mut self, is_lambda: bool, star: bool) -> PResult<Arg> {
        let name = self.expect_name()?;
        let start = self.loc_of(name);
        let arg = self.identifier(name);
        let annotation = if !is_lambda && self.eat(Tok::Colon).is_some() {
            let annotation = if star && self.at(Tok::Star) { self.star_expression()? } else { self.expression()? };
            Some(Box::new(annotation))
        } else {
            None
        };
        let loc = self.loc_from(start);
        Ok(Arg { loc, arg, annotation, type_comment: None })
    }

    /// '(' [arguments] ')' of a call, with CPython's checks on argument order.
    /// `allow_genexp` is false for class bases, where `class A(x for x in y)` is invalid.
    pub(super) fn call_arguments(&mut self, allow_genexp: bool) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let open = self.bump();
        self.enter()?;
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_keyword = false;
        let mut seen_double_star = false;
        let open_loc = self.loc_of(open);
        while !self.at(Tok::RPar) {
            let token = self.tok();
            let start = self.loc_of(token);
            if self.eat(Tok::Star).is_some() {
                // In a call, anything but an expression after `*` is this error.
                if (!self.starts_expression() || self.at(Tok::Star)) && !self.at(Tok::Error) {
                    let token = self.tok();
                    return Err(self.error_token("Invalid star expression", token));
                }
                let value = self.expression()?;
                let starred = Expr::new(
                    self.loc_from(start),
                    ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load },
                );
                if seen_double_star {
                    let comma = self.tokens[self.pos.saturating_sub(3)];
                    let mut loc = starred.loc;
                    if comma.kind == Tok::Comma {
                        loc = self.loc_of(comma).to(starred.loc);
                    }
                    return Err(self.error_loc("iterable argument unpacking follows keyword argument unpacking", loc));
                }
                args.push(starred);
            } else if self.eat(Tok::DoubleStar).is_some() {
                let value = self.expression()?;
                keywords.push(Keyword { loc: self.loc_from(start), arg: None, value });
                seen_double_star = true;
            } else if self.at(Tok::Name) && self.peek_nth(1) == Tok::Equal {
                let name = self.bump();
                let eq = self.bump();
                if !self.starts_expression() && !self.at(Tok::Error) {
                    let loc = self.loc_of(name).to(self.loc_of(eq));
                    return Err(self.error_loc("expected argument value expression", loc));
                }
                let value = self.expression()?;
                if matches!(self.peek(), Tok::For | Tok::Async) {
                    let loc = self.loc_of(name).to(self.loc_of(eq));
                    return Err(self.error_loc("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", loc));
                }
                keywords.push(Keyword { loc: self.loc_from(start), arg: Some(self.identifier(name)), value });
                seen_keyword = true;
            } else {
                let value = self.named_expression()?;
                if self.at(Tok::Equal) {
                    return Err(self.invalid_kwarg(value));
                }
                if matches!(self.peek(), Tok::For | Tok::Async) {
                    if !allow_genexp {
                        return Err(self.invalid_syntax());
                    }
                    let generators = self.for_if_clauses()?;
                    let genexp_loc = self.loc_from(start);
                    let sole = args.is_empty() && keywords.is_empty() && self.at(Tok::RPar);
                    if !sole {
                        if self.at(Tok::Comma) && self.reaches_lex_error_in_brackets() {
                            // CPython reads the arguments after the comma before it reports the
                            // generator: reaching the tokenizer's error, that error wins.
                            return Err(self.invalid_syntax());
                        }
                        return Err(self.error_loc("Generator expression must be parenthesized", genexp_loc));
                    }
                    self.bump();
                    let loc = self.loc_from(open_loc);
                    args.push(Expr::new(loc, ExprKind::GeneratorExp { elt: Box::new(value), generators }));
                    self.leave();
                    return Ok((args, keywords));
                }
                if seen_double_star || seen_keyword {
                    // CPython reports these at the furthest token it read.
                    let msg = if seen_double_star {
                        "positional argument follows keyword argument unpacking"
                    } else {
                        "positional argument follows keyword argument"
                    };
                    let err = self.error_token(msg, self.tokens[self.furthest]);
                    return Err(err);
                }
                args.push(value);
            }
            if self.eat(Tok::Comma).is_none() {
                if !self.at(Tok::RPar) {
                    return Err(self.invalid_syntax());
                }
                break;
            }
            if self.at(Tok::For) || self.at(Tok::Async) {
                return Err(self.invalid_syntax());
            }
        }
        self.expect(Tok::RPar)?;
        self.leave();
        Ok((args, keywords))
    }

    /// `f(a.b=1)` or `f(True=1)`: CPython's invalid_kwarg messages.
    fn invalid_kwarg(&mut self, value: Expr) -> crate::error::SyntaxError {
        if let ExprKind::Constant { value: Constant::None | Constant::Bool(_), .. } = value.kind {
            let eq = self.tok();
            let loc = value.loc.to(self.loc_of(eq));
            return self.error_loc(format!("cannot assign to {}", expr_name(&value)), loc);
        }
        let eq = self.tok();
        let loc = value.loc.to(self.loc_of(eq));
        self.error_loc("expression cannot contain assignment, perhaps you meant \"==\"?", loc)
    }
}
