//! Expressions: from `star_expressions` down to atoms, with comprehensions, slices and lambdas.

use ferrython_ast::*;

use super::{PResult, Parser};
use crate::error::ErrorClass;
use crate::token::Tok;

/// Binding power of the binary operators handled by precedence climbing (higher binds tighter).
fn binary_op(kind: Tok) -> Option<(Operator, u8)> {
    Some(match kind {
        Tok::VBar => (Operator::BitOr, 1),
        Tok::Circumflex => (Operator::BitXor, 2),
        Tok::Amper => (Operator::BitAnd, 3),
        Tok::LeftShift => (Operator::LShift, 4),
        Tok::RightShift => (Operator::RShift, 4),
        Tok::Plus => (Operator::Add, 5),
        Tok::Minus => (Operator::Sub, 5),
        Tok::Star => (Operator::Mult, 6),
        Tok::Slash => (Operator::Div, 6),
        Tok::DoubleSlash => (Operator::FloorDiv, 6),
        Tok::Percent => (Operator::Mod, 6),
        Tok::At => (Operator::MatMult, 6),
        _ => return None,
    })
}

/// Trees deeper than this (long operator chains) are refused, as CPython refuses to compile them.
const MAX_CHAIN: u32 = 8000;

impl Parser<'_> {
    /// expressions: expression (',' expression)* [',']
    pub(super) fn expressions(&mut self) -> PResult<Expr> {
        self.tuple_of(Self::expression, Self::starts_expression)
    }

    /// `item (',' item)* [',']`: one item alone, or an unparenthesized tuple of them (spanning the
    /// trailing comma). `more` says whether another item follows a comma.
    pub(super) fn tuple_of(
        &mut self,
        item: fn(&mut Self) -> PResult<Expr>,
        more: fn(&mut Self) -> bool,
    ) -> PResult<Expr> {
        let start = self.start_loc();
        let first = item(self)?;
        if !self.at(Tok::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma).is_some() {
            if !more(self) {
                break;
            }
            elts.push(item(self)?);
        }
        Ok(Expr::new(self.loc_from(start), ExprKind::Tuple { elts, ctx: ExprContext::Load }))
    }

    /// Whether the current token can begin an expression.
    pub(super) fn starts_expression(&mut self) -> bool {
        matches!(
            self.peek(),
            Tok::Name
                | Tok::Number
                | Tok::String
                | Tok::FStringStart
                | Tok::LPar
                | Tok::LSqb
                | Tok::LBrace
                | Tok::Minus
                | Tok::Plus
                | Tok::Tilde
                | Tok::Not
                | Tok::Lambda
                | Tok::Await
                | Tok::None
                | Tok::True
                | Tok::False
                | Tok::Ellipsis
                | Tok::Star
        )
    }

    /// star_expressions: star_expression (',' star_expression)* [',']
    pub(super) fn star_expressions(&mut self) -> PResult<Expr> {
        self.tuple_of(Self::star_expression, Self::starts_expression)
    }

    /// star_expression: '*' bitwise_or | expression
    pub(super) fn star_expression(&mut self) -> PResult<Expr> {
        if let Some(star) = self.eat(Tok::Star) {
            let start = self.loc_of(star);
            if matches!(self.peek(), Tok::RPar | Tok::RSqb | Tok::RBrace | Tok::Comma | Tok::Star) {
                let token = self.tok();
                return Err(self.error_token("Invalid star expression", token));
            }
            let value = self.bitwise_or()?;
            return Ok(Expr::new(
                self.loc_from(start),
                ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load },
            ));
        }
        self.expression()
    }

    /// star_named_expression: '*' bitwise_or | named_expression
    pub(super) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at(Tok::Star) {
            return self.star_expression();
        }
        let expr = self.named_expression()?;
        self.check_stray_equal(&expr)?;
        Ok(expr)
    }

    /// named_expression: NAME ':=' expression | expression !':='
    pub(super) fn named_expression(&mut self) -> PResult<Expr> {
        if self.at(Tok::Name) && self.peek_nth(1) == Tok::ColonEqual {
            let name = self.bump();
            let start = self.loc_of(name);
            let target = Expr::new(start, ExprKind::Name { id: self.identifier(name), ctx: ExprContext::Store });
            self.bump();
            let value = self.expression()?;
            return Ok(Expr::new(
                self.loc_from(start),
                ExprKind::NamedExpr { target: Box::new(target), value: Box::new(value) },
            ));
        }
        let expr = self.expression()?;
        if self.at(Tok::ColonEqual) {
            let what = super::targets::expr_name(&expr);
            return Err(self.error_expr(format!("cannot use assignment expressions with {what}"), &expr));
        }
        Ok(expr)
    }

    /// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
    pub(super) fn expression(&mut self) -> PResult<Expr> {
        super::grow_stack(|| self.expression_unguarded())
    }

    fn expression_unguarded(&mut self) -> PResult<Expr> {
        if self.at(Tok::Lambda) {
            return self.lambdef();
        }
        self.enter()?;
        let first_token = self.tok();
        let start = self.loc_of(first_token);
        let body = self.disjunction()?;
        if !self.at(Tok::If) {
            if let Err(err) = self.check_invalid_expression(first_token, &body) {
                self.leave();
                return Err(err);
            }
        }
        let result = if self.at(Tok::If) {
            self.bump();
            let test = self.disjunction()?;
            if self.eat(Tok::Else).is_none() {
                let err = if !self.at(Tok::Colon) && !self.at(Tok::Error) {
                    self.error_loc("expected 'else' after 'if' expression", self.loc_from(start))
                } else {
                    self.invalid_syntax()
                };
                self.leave();
                return Err(err);
            }
            let orelse = self.expression()?;
            Ok(Expr::new(
                self.loc_from(start),
                ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) },
            ))
        } else {
            Ok(body)
        };
        self.leave();
        result
    }

    /// disjunction: conjunction ('or' conjunction)+ | conjunction
    pub(super) fn disjunction(&mut self) -> PResult<Expr> {
        let start = self.start_loc();
        let first = self.conjunction()?;
        if !self.at(Tok::Or) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(Tok::Or).is_some() {
            values.push(self.conjunction()?);
        }
        Ok(Expr::new(self.loc_from(start), ExprKind::BoolOp { op: BoolOp::Or, values }))
    }

    /// conjunction: inversion ('and' inversion)+ | inversion
    fn conjunction(&mut self) -> PResult<Expr> {
        let start = self.start_loc();
        let first = self.inversion()?;
        if !self.at(Tok::And) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(Tok::And).is_some() {
            values.push(self.inversion()?);
        }
        Ok(Expr::new(self.loc_from(start), ExprKind::BoolOp { op: BoolOp::And, values }))
    }

    /// inversion: 'not' inversion | comparison
    fn inversion(&mut self) -> PResult<Expr> {
        super::grow_stack(|| self.inversion_unguarded())
    }

    fn inversion_unguarded(&mut self) -> PResult<Expr> {
        if let Some(not) = self.eat(Tok::Not) {
            self.enter()?;
            let start = self.loc_of(not);
            let operand = self.inversion()?;
            self.leave();
            return Ok(Expr::new(
                self.loc_from(start),
                ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(operand) },
            ));
        }
        self.comparison()
    }

    /// comparison: bitwise_or (compare_op bitwise_or)*
    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.start_loc();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let op = match self.peek() {
                Tok::EqEqual => CmpOp::Eq,
                Tok::NotEqual if self.barry_as_flufl => {
                    let token = self.tok();
                    return Err(self.error_loc("with Barry as BDFL, use '<>' instead of '!='", self.loc_of(token)));
                }
                Tok::NotEqual => CmpOp::NotEq,
                Tok::LessGreater if self.barry_as_flufl => CmpOp::NotEq,
                Tok::Less => CmpOp::Lt,
                Tok::LessEqual => CmpOp::LtE,
                Tok::Greater => CmpOp::Gt,
                Tok::GreaterEqual => CmpOp::GtE,
                Tok::In => CmpOp::In,
                Tok::Not if self.peek_nth(1) == Tok::In => {
                    self.bump();
                    CmpOp::NotIn
                }
                Tok::Is => {
                    if self.peek_nth(1) == Tok::Not {
                        self.bump();
                        CmpOp::IsNot
                    } else {
                        CmpOp::Is
                    }
                }
                _ => break,
            };
            self.bump();
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(Expr::new(self.loc_from(start), ExprKind::Compare { left: Box::new(left), ops, comparators }))
    }

    /// bitwise_or and every binary level below it down to `term`, by precedence climbing.
    pub(super) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    fn binary(&mut self, min_power: u8) -> PResult<Expr> {
        let start = self.start_loc();
        let mut left = self.factor()?;
        let mut chain = 0;
        while let Some((op, power)) = binary_op(self.peek()) {
            if power < min_power {
                break;
            }
            self.bump();
            let right = self.binary(power + 1)?;
            chain += 1;
            if chain + self.depth > MAX_CHAIN {
                return Err(self.too_deep());
            }
            left =
                Expr::new(self.loc_from(start), ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) });
        }
        Ok(left)
    }

    pub(super) fn too_deep(&self) -> crate::error::SyntaxError {
        crate::error::SyntaxError {
            class: ErrorClass::RecursionError,
            msg: "maximum recursion depth exceeded during compilation".into(),
            lineno: None,
            offset: None,
            end_lineno: None,
            end_offset: None,
            text: None,
        }
    }

    /// factor: '+' factor | '-' factor | '~' factor | power
    fn factor(&mut self) -> PResult<Expr> {
        super::grow_stack(|| self.factor_unguarded())
    }

    fn factor_unguarded(&mut self) -> PResult<Expr> {
        let op = match self.peek() {
            Tok::Plus => UnaryOp::UAdd,
            Tok::Minus => UnaryOp::USub,
            Tok::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        let token = self.bump();
        let start = self.loc_of(token);
        self.enter()?;
        let operand = self.factor()?;
        self.leave();
        Ok(Expr::new(self.loc_from(start), ExprKind::UnaryOp { op, operand: Box::new(operand) }))
    }

    /// power: await_primary '**' factor | await_primary
    fn power(&mut self) -> PResult<Expr> {
        let start = self.start_loc();
        let base = self.await_primary()?;
        if self.eat(Tok::DoubleStar).is_none() {
            return Ok(base);
        }
        self.enter()?;
        let exponent = self.factor()?;
        self.leave();
        Ok(Expr::new(
            self.loc_from(start),
            ExprKind::BinOp { left: Box::new(base), op: Operator::Pow, right: Box::new(exponent) },
        ))
    }

    /// await_primary: 'await' primary | primary
    fn await_primary(&mut self) -> PResult<Expr> {
        if let Some(token) = self.eat(Tok::Await) {
            let start = self.loc_of(token);
            let value = self.primary()?;
            return Ok(Expr::new(self.loc_from(start), ExprKind::Await { value: Box::new(value) }));
        }
        self.primary()
    }

    /// primary: atom followed by any number of `.name`, `(args)` and `[slices]` trailers.
    pub(super) fn primary(&mut self) -> PResult<Expr> {
        let start = self.start_loc();
        let mut expr = self.atom()?;
        let mut chain = 0;
        loop {
            match self.peek() {
                Tok::Dot => {
                    self.bump();
                    let name = self.expect_name()?;
                    let attr = self.identifier(name);
                    expr = Expr::new(
                        self.loc_from(start),
                        ExprKind::Attribute { value: Box::new(expr), attr, ctx: ExprContext::Load },
                    );
                }
                Tok::LPar => {
                    let (args, keywords) = self.bracketed(|p| p.call_arguments(true))?;
                    expr = Expr::new(self.loc_from(start), ExprKind::Call { func: Box::new(expr), args, keywords });
                }
                Tok::LSqb => {
                    self.bump();
                    let slice = self.bracketed(|p| p.slices())?;
                    self.expect(Tok::RSqb)?;
                    expr = Expr::new(
                        self.loc_from(start),
                        ExprKind::Subscript { value: Box::new(expr), slice: Box::new(slice), ctx: ExprContext::Load },
                    );
                }
                _ => return Ok(expr),
            }
            chain += 1;
            if chain + self.depth > MAX_CHAIN {
                return Err(self.too_deep());
            }
        }
    }

    pub(super) fn expect_name(&mut self) -> PResult<crate::token::Token> {
        self.expect(Tok::Name)
    }

    /// The identifier a NAME token spells, NFKC-normalized as PEP 3131 requires.
    pub(super) fn identifier(&self, token: crate::token::Token) -> String {
        let text = self.text(token);
        if text.is_ascii() {
            return text.to_string();
        }
        use unicode_normalization::UnicodeNormalization;
        text.nfkc().collect()
    }

    /// slices: slice !',' | ','.(slice | starred_expression)+ [',']
    fn slices(&mut self) -> PResult<Expr> {
        let start = self.start_loc();
        let first = self.slice()?;
        if !self.at(Tok::Comma) {
            if let ExprKind::Starred { .. } = first.kind {
                // `a[*b]` subscripts with a one-element tuple.
                let loc = first.loc;
                return Ok(Expr::new(loc, ExprKind::Tuple { elts: vec![first], ctx: ExprContext::Load }));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma).is_some() {
            if self.at(Tok::RSqb) {
                break;
            }
            elts.push(self.slice()?);
        }
        Ok(Expr::new(self.loc_from(start), ExprKind::Tuple { elts, ctx: ExprContext::Load }))
    }

    /// slice: [expression] ':' [expression] [':' [expression]] | named_expression | starred
    fn slice(&mut self) -> PResult<Expr> {
        let start = self.start_loc();
        if self.at(Tok::Star) {
            return self.star_expression();
        }
        let lower = match self.at(Tok::Colon) {
            true => None,
            false => {
                let lower = self.named_expression()?;
                self.check_stray_equal(&lower)?;
                Some(lower)
            }
        };
        if self.eat(Tok::Colon).is_none() {
            return lower.ok_or_else(|| self.invalid_syntax());
        }
        let upper =
            if matches!(self.peek(), Tok::Colon | Tok::Comma | Tok::RSqb) { None } else { Some(self.expression()?) };
        let step = if self.eat(Tok::Colon).is_some() {
            if matches!(self.peek(), Tok::Comma | Tok::RSqb) {
                None
            } else {
                Some(self.expression()?)
            }
        } else {
            None
        };
        Ok(Expr::new(
            self.loc_from(start),
            ExprKind::Slice { lower: lower.map(Box::new), upper: upper.map(Box::new), step: step.map(Box::new) },
        ))
    }

    /// atom: NAME | True | False | None | strings | NUMBER | tuple/group/genexp | list/listcomp |
    /// dict/set/dictcomp/setcomp | '...'
    fn atom(&mut self) -> PResult<Expr> {
        let token = self.tok();
        let loc = self.loc_of(token);
        let constant = |value| ExprKind::Constant { value, kind: None };
        let kind = match token.kind {
            Tok::Name => {
                self.bump();
                ExprKind::Name { id: self.identifier(token), ctx: ExprContext::Load }
            }
            Tok::Number => {
                self.bump();
                let value = crate::literal::parse_number(self.text(token)).map_err(|msg| {
                    // CPython reports the digit limit at column 0 of the line.
                    self.src.error_raw(ErrorClass::SyntaxError, msg, token.line, 0, token.line, 0)
                })?;
                constant(value)
            }
            Tok::True => {
                self.bump();
                constant(Constant::Bool(true))
            }
            Tok::False => {
                self.bump();
                constant(Constant::Bool(false))
            }
            Tok::None => {
                self.bump();
                constant(Constant::None)
            }
            Tok::Ellipsis => {
                self.bump();
                constant(Constant::Ellipsis)
            }
            Tok::String | Tok::FStringStart => return self.strings(),
            Tok::LPar => return self.paren_atom(),
            Tok::LSqb => return self.list_atom(),
            Tok::LBrace => return self.brace_atom(),
            _ => return Err(self.invalid_syntax()),
        };
        Ok(Expr::new(loc, kind))
    }

    /// '(' ... ')': an empty tuple, a group, a tuple, a generator expression, or a yield.
    fn paren_atom(&mut self) -> PResult<Expr> {
        let open = self.bump();
        let start = self.loc_of(open);
        self.enter()?;
        let result = self.bracketed(|p| p.paren_body(start));
        self.leave();
        result
    }

    fn paren_body(&mut self, start: Loc) -> PResult<Expr> {
        if self.eat(Tok::RPar).is_some() {
            return Ok(Expr::new(self.loc_from(start), ExprKind::Tuple { elts: Vec::new(), ctx: ExprContext::Load }));
        }
        if self.at(Tok::Yield) {
            let value = self.yield_expr()?;
            self.expect(Tok::RPar)?;
            return Ok(value);
        }
        let first = self.star_named_expression()?;
        if matches!(self.peek(), Tok::For | Tok::Async) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.error_expr("iterable unpacking cannot be used in comprehension", &first));
            }
            let generators = self.for_if_clauses()?;
            self.expect(Tok::RPar)?;
            return Ok(Expr::new(self.loc_from(start), ExprKind::GeneratorExp { elt: Box::new(first), generators }));
        }
        if self.eat(Tok::RPar).is_some() {
            if let ExprKind::Starred { .. } = first.kind {
                return Err(self.error_expr("cannot use starred expression here", &first));
            }
            return Ok(first);
        }
        if !self.at(Tok::Comma) {
            return Err(self.invalid_syntax());
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma).is_some() {
            if self.at(Tok::RPar) {
                break;
            }
            let elt = self.star_named_expression()?;
            if !matches!(self.peek(), Tok::Comma | Tok::RPar) {
                return Err(self.invalid_syntax());
            }
            elts.push(elt);
        }
        self.expect(Tok::RPar)?;
        Ok(Expr::new(self.loc_from(start), ExprKind::Tuple { elts, ctx: ExprContext::Load }))
    }

    /// CPython's invalid_expression rule, checked after a disjunction that another expression
    /// follows: `print x` is "Missing parentheses in call to 'print'"; inside brackets, two
    /// expressions side by side are "invalid syntax. Perhaps you forgot a comma?" over both, unless
    /// the first is a NAME followed by a string or starts with a soft keyword.
    fn check_invalid_expression(&mut self, first_token: crate::token::Token, first: &Expr) -> PResult<()> {
        if self.probing || !self.starts_expression() || self.at(Tok::Star) {
            return Ok(());
        }
        let legacy = match &first.kind {
            ExprKind::Name { id, .. } if id == "print" || id == "exec" => Some(id.clone()),
            _ => None,
        };
        if legacy.is_none() && first_token.kind == Tok::Name {
            let soft = matches!(self.text(first_token), "match" | "case" | "type" | "_");
            let name_then_string =
                matches!(first.kind, ExprKind::Name { .. }) && matches!(self.peek(), Tok::String | Tok::FStringStart);
            if soft || name_then_string {
                return Ok(());
            }
        } else if legacy.is_some() && self.at(Tok::LPar) {
            return Ok(());
        }
        // CPython parses the second expression even where it then raises nothing (outside
        // brackets), so reaching the tokenizer's error on the way reports that error.
        let save = (self.pos, self.warnings.len(), self.furthest);
        let second = self.probe(|p| if legacy.is_some() { p.star_expressions() } else { p.expression() });
        let reached_error = self.reached_lex_error();
        let Ok(second) = second else {
            if reached_error {
                return Err(self.lex_error.clone().unwrap_or_else(|| self.invalid_syntax()));
            }
            self.pos = save.0;
            self.furthest = save.2;
            return Ok(());
        };
        let loc = first.loc.to(second.loc);
        if let Some(id) = legacy {
            return Err(self.error_loc(format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?"), loc));
        }
        if self.nesting == 0 {
            self.pos = save.0;
            self.furthest = save.2;
            return Ok(());
        }
        // Looking on for a stray `= value` after the second expression may reach the tokenizer's
        // error too (an unclosed bracket at the end of input); one CPython only signals by a
        // status (met inside an f-string, say) leaves this error standing.
        let (after_second, furthest) = (self.pos, self.furthest);
        if self.at(Tok::Equal) {
            self.bump();
            let _ = self.probe(Self::bitwise_or);
        }
        if self.at(Tok::Error) && !self.lex_error_is_status {
            if let Some(lex) = self.lex_error.clone() {
                return Err(lex);
            }
        }
        self.pos = after_second;
        self.furthest = furthest;
        Err(self.error_loc("invalid syntax. Perhaps you forgot a comma?", loc))
    }

    /// A `for` target not followed by `in`: CPython reads the target again as expressions, which
    /// may give a specific error (`for x y in z`: "Perhaps you forgot a comma?").
    pub(super) fn missing_in(&mut self, target_at: usize) -> crate::error::SyntaxError {
        let (after, furthest) = (self.pos, self.furthest);
        self.pos = target_at;
        match self.star_expressions() {
            Err(err) if err.msg != "invalid syntax" => err,
            _ => {
                self.pos = after;
                self.furthest = furthest;
                self.invalid_syntax()
            }
        }
    }

    /// Runs `f` as a probe for an error message: nested probes stay off and warnings are dropped.
    fn probe<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        let warnings = self.warnings.len();
        let outer = std::mem::replace(&mut self.probing, true);
        let result = f(self);
        self.probing = outer;
        self.warnings.truncate(warnings);
        result
    }

    /// Whether the parser has read as far as the tokenizer's error.
    fn reached_lex_error(&self) -> bool {
        self.tokens[self.furthest.min(self.tokens.len() - 1)].kind == Tok::Error
    }

    /// CPython's invalid_named_expression rule for an element followed by a stray `=`, as in
    /// `[x = 1]`: "Maybe you meant '==' or ':='" for a name, "cannot assign to X here" for other
    /// expressions; nothing (a generic error follows) when another `=` or `:=` comes next.
    fn check_stray_equal(&mut self, expr: &Expr) -> PResult<()> {
        if self.probing || !self.at(Tok::Equal) {
            return Ok(());
        }
        let save = (self.pos, self.furthest);
        self.bump();
        let value = self.probe(Self::bitwise_or);
        if self.reached_lex_error() {
            if let Some(lex) = self.lex_error.clone() {
                return Err(lex);
            }
        }
        let next = self.peek();
        let restore = |p: &mut Self| {
            p.pos = save.0;
            p.furthest = save.1;
        };
        let Ok(value) = value else {
            restore(self);
            return Ok(());
        };
        if matches!(next, Tok::Equal | Tok::ColonEqual) {
            restore(self);
            return Ok(());
        }
        if let ExprKind::Name { .. } = expr.kind {
            return Err(
                self.error_loc("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", expr.loc.to(value.loc))
            );
        }
        let display =
            matches!(expr.kind, ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. });
        if super::targets::is_bitwise_or_level(expr) && !display {
            let what = super::targets::expr_name(expr);
            return Err(
                self.error_expr(format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"), expr)
            );
        }
        restore(self);
        Ok(())
    }

    /// '[' ... ']': a list or a list comprehension.
    fn list_atom(&mut self) -> PResult<Expr> {
        let open = self.bump();
        let start = self.loc_of(open);
        self.enter()?;
        self.nesting += 1;
        let result = (|| {
            if self.eat(Tok::RSqb).is_some() {
                return Ok(Expr::new(
                    self.loc_from(start),
                    ExprKind::List { elts: Vec::new(), ctx: ExprContext::Load },
                ));
            }
            let first = self.star_named_expression()?;
            if matches!(self.peek(), Tok::For | Tok::Async) {
                if matches!(first.kind, ExprKind::Starred { .. }) {
                    return Err(self.error_expr("iterable unpacking cannot be used in comprehension", &first));
                }
                let generators = self.for_if_clauses()?;
                self.expect(Tok::RSqb)?;
                return Ok(Expr::new(self.loc_from(start), ExprKind::ListComp { elt: Box::new(first), generators }));
            }
            let mut elts = vec![first];
            while self.eat(Tok::Comma).is_some() {
                if self.at(Tok::RSqb) {
                    break;
                }
                elts.push(self.star_named_expression()?);
            }
            self.expect(Tok::RSqb)?;
            Ok(Expr::new(self.loc_from(start), ExprKind::List { elts, ctx: ExprContext::Load }))
        })();
        self.nesting -= 1;
        self.leave();
        result
    }

    /// '{' ... '}': a dict, a set, or their comprehensions.
    fn brace_atom(&mut self) -> PResult<Expr> {
        let open = self.bump();
        let start = self.loc_of(open);
        self.enter()?;
        let result = self.bracketed(|p| p.brace_body(start));
        self.leave();
        result
    }

    fn brace_body(&mut self, start: Loc) -> PResult<Expr> {
        if self.eat(Tok::RBrace).is_some() {
            return Ok(Expr::new(self.loc_from(start), ExprKind::Dict { keys: Vec::new(), values: Vec::new() }));
        }
        if self.at(Tok::DoubleStar) {
            return self.dict_rest(start, Vec::new(), Vec::new());
        }
        let first_token = self.tok();
        let first = self.star_named_expression()?;
        if self.at(Tok::Colon) && first_token.kind != Tok::LPar && matches!(first.kind, ExprKind::NamedExpr { .. }) {
            return Err(self.invalid_syntax());
        }
        if self.eat(Tok::Colon).is_some() {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.error_expr("cannot use a starred expression in a dictionary value", &first));
            }
            if self.at(Tok::Star) {
                let value = self.star_expression()?;
                return Err(self.error_expr("cannot use a starred expression in a dictionary value", &value));
            }
            let value = self.expression()?;
            if matches!(self.peek(), Tok::For | Tok::Async) {
                let generators = self.for_if_clauses()?;
                self.expect(Tok::RBrace)?;
                return Ok(Expr::new(
                    self.loc_from(start),
                    ExprKind::DictComp { key: Box::new(first), value: Box::new(value), generators },
                ));
            }
            return self.dict_rest(start, vec![Some(first)], vec![value]);
        }
        if matches!(self.peek(), Tok::For | Tok::Async) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(self.error_expr("iterable unpacking cannot be used in comprehension", &first));
            }
            let generators = self.for_if_clauses()?;
            self.expect(Tok::RBrace)?;
            return Ok(Expr::new(self.loc_from(start), ExprKind::SetComp { elt: Box::new(first), generators }));
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma).is_some() {
            if self.at(Tok::RBrace) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        self.expect(Tok::RBrace)?;
        Ok(Expr::new(self.loc_from(start), ExprKind::Set { elts }))
    }

    /// The rest of a dict display after its first item.
    fn dict_rest(&mut self, start: Loc, mut keys: Vec<Option<Expr>>, mut values: Vec<Expr>) -> PResult<Expr> {
        if keys.is_empty() {
            let stars = self.tok();
            self.dict_item(&mut keys, &mut values)?;
            if matches!(self.peek(), Tok::For | Tok::Async) {
                return Err(self.error_token("dict unpacking cannot be used in dict comprehension", stars));
            }
        }
        while self.eat(Tok::Comma).is_some() {
            if self.at(Tok::RBrace) {
                break;
            }
            self.dict_item(&mut keys, &mut values)?;
        }
        self.expect(Tok::RBrace)?;
        Ok(Expr::new(self.loc_from(start), ExprKind::Dict { keys, values }))
    }

    /// double_starred_kvpair: '**' bitwise_or | expression ':' expression
    fn dict_item(&mut self, keys: &mut Vec<Option<Expr>>, values: &mut Vec<Expr>) -> PResult<()> {
        if self.eat(Tok::DoubleStar).is_some() {
            keys.push(None);
            values.push(self.bitwise_or()?);
            return Ok(());
        }
        let key = self.expression()?;
        if self.eat(Tok::Colon).is_none() {
            if matches!(self.peek(), Tok::RBrace | Tok::Comma) {
                return Err(self.error_expr("':' expected after dictionary key", &key));
            }
            return Err(self.invalid_syntax());
        }
        if matches!(self.peek(), Tok::RBrace | Tok::Comma) {
            return Err(self.error_loc("expression expected after dictionary key and ':'", self.loc_of(self.prev())));
        }
        if self.at(Tok::Star) {
            let value = self.star_expression()?;
            return Err(self.error_expr("cannot use a starred expression in a dictionary value", &value));
        }
        keys.push(Some(key));
        values.push(self.expression()?);
        Ok(())
    }

    /// for_if_clauses: ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+
    pub(super) fn for_if_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while matches!(self.peek(), Tok::For | Tok::Async) {
            let is_async = self.eat(Tok::Async).is_some();
            self.expect(Tok::For)?;
            let target_at = self.pos;
            let target = self.star_targets()?;
            if self.eat(Tok::In).is_none() {
                return Err(self.missing_in(target_at));
            }
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(Tok::If).is_some() {
                ifs.push(self.disjunction()?);
            }
            generators.push(Comprehension { target, iter, ifs, is_async });
        }
        Ok(generators)
    }

    /// lambdef: 'lambda' [lambda_params] ':' expression
    fn lambdef(&mut self) -> PResult<Expr> {
        let token = self.bump();
        let start = self.loc_of(token);
        self.enter()?;
        let args = self.parameters(Tok::Colon, true)?;
        if self.eat(Tok::Colon).is_none() {
            self.leave();
            return Err(self.invalid_syntax());
        }
        let body = self.expression()?;
        self.leave();
        Ok(Expr::new(self.loc_from(start), ExprKind::Lambda { args: Box::new(args), body: Box::new(body) }))
    }

    /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let token = self.expect(Tok::Yield)?;
        let start = self.loc_of(token);
        if self.eat(Tok::From).is_some() {
            let value = self.expression()?;
            return Ok(Expr::new(self.loc_from(start), ExprKind::YieldFrom { value: Box::new(value) }));
        }
        let value = if self.starts_expression() { Some(Box::new(self.star_expressions()?)) } else { None };
        Ok(Expr::new(self.loc_from(start), ExprKind::Yield { value }))
    }
}
