//! Statements: simple statements, blocks, and every compound statement but `match` (see pattern).

use ferrython_ast::*;

use super::targets::{expr_name, invalid_target, is_bitwise_or_level};
use super::{PResult, Parser};
use crate::error::ErrorClass;
use crate::token::{Tok, Token};

impl Parser<'_> {
    /// statements: statement+ (until `end`, which is not consumed)
    pub(super) fn statements_until(&mut self, end: Tok) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        while !self.at(end) {
            if self.at(Tok::EndMarker) || self.at(Tok::Error) {
                return Err(self.invalid_syntax());
            }
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    /// statement: compound_stmt | simple_stmts
    fn statement(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        super::grow_stack(|| self.statement_unguarded(body))
    }

    fn statement_unguarded(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        self.enter()?;
        let result = match self.peek() {
            Tok::Def | Tok::If | Tok::Class | Tok::With | Tok::For | Tok::Try | Tok::While | Tok::At => {
                self.compound_stmt().map(|s| body.push(s))
            }
            Tok::Async if matches!(self.peek_nth(1), Tok::Def | Tok::With | Tok::For) => {
                self.compound_stmt().map(|s| body.push(s))
            }
            Tok::Name if self.at_soft_keyword("match") => match self.match_stmt()? {
                Some(stmt) => {
                    body.push(stmt);
                    Ok(())
                }
                None => self.simple_stmts(body),
            },
            _ => self.simple_stmts(body),
        };
        self.leave();
        result
    }

    /// statement_newline (the `single` mode): one statement, or a blank line.
    pub(super) fn statement_newline(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if self.eat(Tok::Newline).is_some() {
            return Ok(body);
        }
        if self.at(Tok::EndMarker) {
            return Ok(body);
        }
        self.statement(&mut body)?;
        // CPython points at the newline that ends the first statement.
        let end_of_statement = self.tokens[self.pos.saturating_sub(1)];
        while self.eat(Tok::Newline).is_some() {}
        if !self.at(Tok::EndMarker) {
            let msg = "multiple statements found while compiling a single statement";
            return Err(self.error_token(msg, end_of_statement));
        }
        Ok(body)
    }

    fn compound_stmt(&mut self) -> PResult<Stmt> {
        match self.peek() {
            Tok::Def => self.function_def(Vec::new(), None),
            Tok::Class => self.class_def(Vec::new()),
            Tok::At => self.decorated(),
            Tok::If => self.if_stmt(),
            Tok::While => self.while_stmt(),
            Tok::For => self.for_stmt(None),
            Tok::With => self.with_stmt(None),
            Tok::Try => self.try_stmt(),
            Tok::Async => {
                let token = self.bump();
                match self.peek() {
                    Tok::Def => self.function_def(Vec::new(), Some(token)),
                    Tok::For => self.for_stmt(Some(token)),
                    _ => self.with_stmt(Some(token)),
                }
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    /// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
    pub(super) fn simple_stmts(&mut self, body: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let stmt = self.simple_stmt()?;
            body.push(stmt);
            if self.eat(Tok::Semi).is_some() {
                if self.at(Tok::Newline) {
                    break;
                }
                continue;
            }
            break;
        }
        if self.eat(Tok::Newline).is_none() {
            return Err(self.invalid_syntax());
        }
        Ok(())
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let token = self.tok();
        let start = self.loc_of(token);
        let kind = match token.kind {
            Tok::Pass => {
                self.bump();
                StmtKind::Pass
            }
            Tok::Break => {
                self.bump();
                StmtKind::Break
            }
            Tok::Continue => {
                self.bump();
                StmtKind::Continue
            }
            Tok::Return => {
                self.bump();
                let value = if self.starts_expression() { Some(Box::new(self.star_expressions()?)) } else { None };
                StmtKind::Return { value }
            }
            Tok::Raise => {
                self.bump();
                let mut exc = None;
                let mut cause = None;
                if self.starts_expression() {
                    exc = Some(Box::new(self.expression()?));
                    if self.eat(Tok::From).is_some() {
                        cause = Some(Box::new(self.expression()?));
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            Tok::Global | Tok::Nonlocal => {
                self.bump();
                let mut names = vec![];
                loop {
                    let name = self.expect_name()?;
                    names.push(self.identifier(name));
                    if self.eat(Tok::Comma).is_none() {
                        break;
                    }
                }
                if token.kind == Tok::Global {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            Tok::Del => {
                self.bump();
                let targets = self.del_targets()?;
                if !matches!(self.peek(), Tok::Semi | Tok::Newline) {
                    return Err(self.invalid_syntax());
                }
                StmtKind::Delete { targets }
            }
            Tok::Assert => {
                self.bump();
                let test = Box::new(self.expression()?);
                let msg = if self.eat(Tok::Comma).is_some() { Some(Box::new(self.expression()?)) } else { None };
                StmtKind::Assert { test, msg }
            }
            Tok::Import => return self.import_stmt(),
            Tok::From => return self.import_from(),
            Tok::Name
                if self.at_soft_keyword("type")
                    && self.peek_nth(1) == Tok::Name
                    && matches!(self.peek_nth(2), Tok::Equal | Tok::LSqb) =>
            {
                return self.type_alias();
            }
            _ => return self.expression_stmt(),
        };
        Ok(Stmt::new(self.loc_from(start), kind))
    }

    /// assignment | star_expressions: expression statements, assignments, annotated and
    /// augmented assignments.
    fn expression_stmt(&mut self) -> PResult<Stmt> {
        let first_token = self.tok();
        let start = self.loc_of(first_token);
        let first = if self.at(Tok::Yield) { self.yield_expr()? } else { self.star_expressions()? };
        match self.peek() {
            Tok::Colon => {
                let colon = self.bump();
                if !self.starts_expression() {
                    // Only a name, attribute or subscript gets as far as wanting an annotation.
                    let target = matches!(
                        first.kind,
                        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                    );
                    return Err(if target { self.invalid_syntax() } else { self.error_token("invalid syntax", colon) });
                }
                let simple = matches!(first.kind, ExprKind::Name { .. }) && first_token.kind != Tok::LPar;
                let target = match &first.kind {
                    ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                        self.store_target(first)?
                    }
                    ExprKind::Tuple { elts, .. } => {
                        // Without parentheses CPython points at the first element only.
                        let at = if first_token.kind == Tok::LPar { &first } else { elts.first().unwrap_or(&first) };
                        return Err(self.error_expr("only single target (not tuple) can be annotated", at));
                    }
                    ExprKind::List { .. } => {
                        return Err(self.error_expr("only single target (not list) can be annotated", &first))
                    }
                    // A starred target is no expression at all: the annotation rule does not apply.
                    ExprKind::Starred { .. } => return Err(self.error_token("invalid syntax", colon)),
                    _ => return Err(self.error_expr("illegal target for annotation", &first)),
                };
                let annotation = Box::new(self.expression()?);
                let value = if self.eat(Tok::Equal).is_some() {
                    Some(Box::new(if self.at(Tok::Yield) { self.yield_expr()? } else { self.star_expressions()? }))
                } else {
                    None
                };
                Ok(Stmt::new(
                    self.loc_from(start),
                    StmtKind::AnnAssign { target: Box::new(target), annotation, value, simple },
                ))
            }
            Tok::Equal => {
                if first_token.kind == Tok::Yield {
                    return Err(self.error_expr("assignment to yield expression not possible", &first));
                }
                let mut targets = vec![first];
                let mut value;
                loop {
                    self.bump();
                    let bare_yield = self.at(Tok::Yield);
                    value = if bare_yield { self.yield_expr()? } else { self.star_expressions()? };
                    if self.at(Tok::Equal) {
                        if bare_yield {
                            return Err(self.error_expr("assignment to yield expression not possible", &value));
                        }
                        targets.push(value);
                        continue;
                    }
                    break;
                }
                if targets.len() == 1 {
                    self.check_single_assignment(&targets[0], &value)?;
                }
                let targets = targets.into_iter().map(|t| self.store_target(t)).collect::<PResult<Vec<_>>>()?;
                let type_comment = self.eat(Tok::TypeComment).map(|t| self.text(t).to_string());
                Ok(Stmt::new(self.loc_from(start), StmtKind::Assign { targets, value: Box::new(value), type_comment }))
            }
            kind if aug_op(kind).is_some() => {
                let op = aug_op(kind).unwrap_or(Operator::Add);
                if !matches!(
                    first.kind,
                    ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                ) {
                    return Err(self.error_expr(
                        format!("'{}' is an illegal expression for augmented assignment", expr_name(&first)),
                        &first,
                    ));
                }
                self.bump();
                let target = self.store_target(first)?;
                let value = if self.at(Tok::Yield) { self.yield_expr()? } else { self.star_expressions()? };
                Ok(Stmt::new(
                    self.loc_from(start),
                    StmtKind::AugAssign { target: Box::new(target), op, value: Box::new(value) },
                ))
            }
            Tok::ColonEqual if !matches!(first.kind, ExprKind::Name { .. }) => {
                Err(self.error_expr(format!("cannot use assignment expressions with {}", expr_name(&first)), &first))
            }
            _ => Ok(Stmt::new(self.loc_from(start), StmtKind::Expr { value: Box::new(first) })),
        }
    }

    /// `f() = 1`: CPython's "cannot assign to X here. Maybe you meant '==' instead of '='?".
    fn check_single_assignment(&self, target: &Expr, value: &Expr) -> PResult<()> {
        let last = match &target.kind {
            ExprKind::Tuple { elts, .. }
                if elts.first().map(|e| e.loc.col_offset) == Some(target.loc.col_offset)
                    && elts.first().map(|e| e.loc.lineno) == Some(target.loc.lineno) =>
            {
                elts.last().unwrap_or(target)
            }
            _ => target,
        };
        let value_first = match &value.kind {
            ExprKind::Tuple { elts, .. } if elts.first().map(|e| e.loc.col_offset) == Some(value.loc.col_offset) => {
                elts.first().unwrap_or(value)
            }
            _ => value,
        };
        let value_ok = is_bitwise_or_level(value_first)
            || matches!(value_first.kind, ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::Constant { .. });
        // A yield or walrus target here was parenthesized, so it is an atom.
        let target_ok = is_bitwise_or_level(last)
            || matches!(last.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } | ExprKind::NamedExpr { .. });
        if value_ok && target_ok && invalid_target(last, false).is_some_and(|bad| std::ptr::eq(bad, last)) {
            return Err(self.error_expr(
                format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(last)),
                last,
            ));
        }
        Ok(())
    }

    fn import_stmt(&mut self) -> PResult<Stmt> {
        let token = self.bump();
        let start = self.loc_of(token);
        let mut names = Vec::new();
        loop {
            let name_start = self.start_loc();
            let name = self.dotted_name()?;
            names.push(self.alias(name_start, name)?);
            if self.eat(Tok::Comma).is_none() {
                break;
            }
        }
        Ok(Stmt::new(self.loc_from(start), StmtKind::Import { names }))
    }

    /// The rest of an import alias after its name: `['as' NAME]`.
    fn alias(&mut self, start: Loc, name: String) -> PResult<Alias> {
        let asname = match self.eat(Tok::As) {
            Some(_) => {
                let token = self.expect_name()?;
                Some(self.identifier(token))
            }
            None => None,
        };
        Ok(Alias { loc: self.loc_from(start), name, asname })
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let first = self.expect_name()?;
        let mut name = self.identifier(first);
        while self.at(Tok::Dot) && self.peek_nth(1) == Tok::Name {
            self.bump();
            let part = self.bump();
            name.push('.');
            name.push_str(&self.identifier(part));
        }
        Ok(name)
    }

    fn import_from(&mut self) -> PResult<Stmt> {
        let token = self.bump();
        let start = self.loc_of(token);
        let mut level = 0;
        loop {
            match self.peek() {
                Tok::Dot => level += 1,
                Tok::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if self.at(Tok::Name) { Some(self.dotted_name()?) } else { None };
        if module.is_none() && level == 0 {
            return Err(self.invalid_syntax());
        }
        self.expect(Tok::Import)?;
        let mut names = Vec::new();
        if let Some(star) = self.eat(Tok::Star) {
            names.push(Alias { loc: self.loc_of(star), name: "*".into(), asname: None });
        } else {
            let parens = self.eat(Tok::LPar).is_some();
            loop {
                let name_token = self.expect_name()?;
                let name = self.identifier(name_token);
                names.push(self.alias(self.loc_of(name_token), name)?);
                if self.eat(Tok::Comma).is_none() {
                    break;
                }
                if parens && self.at(Tok::RPar) {
                    break;
                }
                if !parens && !self.at(Tok::Name) {
                    let token = self.tok();
                    return Err(self.error_token("trailing comma not allowed without surrounding parentheses", token));
                }
            }
            if parens {
                self.expect(Tok::RPar)?;
            }
        }
        Ok(Stmt::new(self.loc_from(start), StmtKind::ImportFrom { module, names, level }))
    }

    /// type_alias: "type" NAME [type_params] '=' expression
    fn type_alias(&mut self) -> PResult<Stmt> {
        let token = self.bump();
        let start = self.loc_of(token);
        let name_token = self.bump();
        let name = Expr::new(
            self.loc_of(name_token),
            ExprKind::Name { id: self.identifier(name_token), ctx: ExprContext::Store },
        );
        let type_params = self.type_params()?;
        self.expect(Tok::Equal)?;
        let value = self.expression()?;
        Ok(Stmt::new(
            self.loc_from(start),
            StmtKind::TypeAlias { name: Box::new(name), type_params, value: Box::new(value) },
        ))
    }

    /// type_params: '[' type_param (',' type_param)* [','] ']' (empty when absent)
    pub(super) fn type_params(&mut self) -> PResult<Vec<TypeParam>> {
        let mut params = Vec::new();
        if !self.at(Tok::LSqb) || self.peek_nth(1) == Tok::RSqb {
            return Ok(params);
        }
        self.bump();
        loop {
            let token = self.tok();
            let start = self.loc_of(token);
            let kind = match token.kind {
                Tok::Star => {
                    self.bump();
                    let name = self.expect_name()?;
                    if let Some(colon) = self.eat(Tok::Colon) {
                        let bound = self.expression()?;
                        let loc = self.loc_of(colon).to(bound.loc);
                        return Err(self.error_loc("cannot use bound with TypeVarTuple", loc));
                    }
                    TypeParamKind::TypeVarTuple { name: self.identifier(name) }
                }
                Tok::DoubleStar => {
                    self.bump();
                    let name = self.expect_name()?;
                    if let Some(colon) = self.eat(Tok::Colon) {
                        let bound = self.expression()?;
                        let loc = self.loc_of(colon).to(bound.loc);
                        return Err(self.error_loc("cannot use bound with ParamSpec", loc));
                    }
                    TypeParamKind::ParamSpec { name: self.identifier(name) }
                }
                _ => {
                    let name = self.expect_name()?;
                    if self.eat(Tok::Equal).is_some() {
                        // Defaults come with Python 3.13; 3.12 reads `T = int` as a mistaken `=`.
                        let default = self.expression()?;
                        let loc = self.loc_of(name).to(default.loc);
                        return Err(self.error_loc("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", loc));
                    }
                    let bound = if self.eat(Tok::Colon).is_some() { Some(Box::new(self.expression()?)) } else { None };
                    TypeParamKind::TypeVar { name: self.identifier(name), bound }
                }
            };
            params.push(TypeParam { loc: self.loc_from(start), kind });
            if self.eat(Tok::Comma).is_none() || self.at(Tok::RSqb) {
                break;
            }
        }
        self.expect(Tok::RSqb)?;
        Ok(params)
    }

    /// Consumes the ':' that opens a block. A missing one is "expected ':'" where CPython's
    /// grammar forces the token (`forced`), or where the line ends; otherwise "invalid syntax".
    pub(super) fn expect_colon(&mut self, forced: bool) -> PResult<Token> {
        if let Some(colon) = self.eat(Tok::Colon) {
            return Ok(colon);
        }
        let token = self.tok();
        if token.kind == Tok::Error || !(forced || token.kind == Tok::Newline) {
            return Err(self.invalid_syntax());
        }
        Err(self.error_token("expected ':'", token))
    }

    /// block: NEWLINE INDENT statements DEDENT | simple_stmts
    /// `what` names the statement for "expected an indented block after ...".
    pub(super) fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        if self.eat(Tok::Newline).is_none() {
            let mut body = Vec::new();
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        if self.eat(Tok::Indent).is_none() {
            let token = self.tok();
            if token.kind == Tok::Error {
                return Err(self.invalid_syntax());
            }
            return Err(self.expected_indent(what, line, token));
        }
        let body = self.statements_until(Tok::Dedent)?;
        self.expect(Tok::Dedent)?;
        Ok(body)
    }

    pub(super) fn expected_indent(&self, what: &str, line: u32, token: Token) -> crate::error::SyntaxError {
        let msg = format!("expected an indented block after {what} on line {line}");
        if self.at_end_of_input(token) {
            return self.error_at_end(ErrorClass::IndentationError, msg);
        }
        if token.kind == Tok::Dedent {
            // A dedent has no column: CPython reports offset 0, so no caret shows.
            return self.src.error_raw(ErrorClass::IndentationError, msg, token.line, 0, token.line, -1);
        }
        self.error_class_loc(ErrorClass::IndentationError, msg, self.loc_of(token))
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(Tok::At).is_some() {
            decorators.push(self.named_expression()?);
            self.expect(Tok::Newline)?;
        }
        match self.peek() {
            Tok::Def => self.function_def(decorators, None),
            Tok::Class => self.class_def(decorators),
            Tok::Async if self.peek_nth(1) == Tok::Def => {
                let token = self.bump();
                self.function_def(decorators, Some(token))
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    /// function_def_raw: ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':'
    /// [func_type_comment] block
    fn function_def(&mut self, decorator_list: Vec<Expr>, async_token: Option<Token>) -> PResult<Stmt> {
        let def = self.bump();
        let start = self.loc_of(async_token.unwrap_or(def));
        let name = self.expect_name()?;
        let bracket = self.tok();
        let type_params = match self.type_params() {
            Ok(params) => params,
            // The grammar then wants '(' where the '[' stands.
            Err(err) if err.msg == "invalid syntax" && bracket.kind == Tok::LSqb => {
                return Err(self.error_token("expected '('", bracket));
            }
            Err(err) => return Err(err),
        };
        if self.eat(Tok::LPar).is_none() {
            let token = self.tok();
            if token.kind == Tok::Error {
                return Err(self.invalid_syntax());
            }
            return Err(self.error_token("expected '('", token));
        }
        let args = self.parameters(Tok::RPar, false)?;
        self.expect(Tok::RPar)?;
        let returns = match self.eat(Tok::RArrow) {
            Some(arrow) if !self.starts_expression() => return Err(self.error_token("expected ':'", arrow)),
            Some(_) => Some(self.expression()?),
            None => None,
        };
        self.expect_colon(true)?;
        let mut type_comment = None;
        if self.at(Tok::TypeComment) {
            let t = self.bump();
            type_comment = Some(self.text(t).to_string());
        } else if self.at(Tok::Newline)
            && self.peek_nth(1) == Tok::TypeComment
            && self.peek_nth(2) == Tok::Newline
            && self.peek_nth(3) == Tok::Indent
        {
            self.bump();
            let t = self.bump();
            type_comment = Some(self.text(t).to_string());
        }
        let body = self.block("function definition", def.line)?;
        Ok(Stmt::new(
            self.loc_from(start),
            StmtKind::FunctionDef(Box::new(FunctionDef {
                is_async: async_token.is_some(),
                name: self.identifier(name),
                args,
                body,
                decorator_list,
                returns,
                type_comment,
                type_params,
            })),
        ))
    }

    /// class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
    fn class_def(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let class = self.bump();
        let start = self.loc_of(class);
        let name = self.expect_name()?;
        let type_params = self.type_params()?;
        let (bases, keywords) =
            if self.at(Tok::LPar) { self.bracketed(|p| p.call_arguments(false))? } else { (Vec::new(), Vec::new()) };
        self.expect_colon(false)?;
        let body = self.block("class definition", class.line)?;
        Ok(Stmt::new(
            self.loc_from(start),
            StmtKind::ClassDef(Box::new(ClassDef {
                name: self.identifier(name),
                bases,
                keywords,
                body,
                decorator_list,
                type_params,
            })),
        ))
    }

    /// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
    fn if_stmt(&mut self) -> PResult<Stmt> {
        super::grow_stack(|| self.if_stmt_unguarded())
    }

    fn if_stmt_unguarded(&mut self) -> PResult<Stmt> {
        let token = self.bump();
        let what = if token.kind == Tok::Elif { "'elif' statement" } else { "'if' statement" };
        let start = self.loc_of(token);
        let test = self.condition()?;
        self.expect_colon(false)?;
        let body = self.block(what, token.line)?;
        let orelse = if self.at(Tok::Elif) {
            // Each `elif` recurses here and nests one more `If`: count it against the depth limit,
            // or a long chain (about 8,000 in a release build) overflows the stack.
            self.enter()?;
            let elif = self.if_stmt()?;
            self.leave();
            vec![elif]
        } else {
            self.else_block()?
        };
        Ok(Stmt::new(self.loc_from(start), StmtKind::If { test: Box::new(test), body, orelse }))
    }

    /// The condition of `if`, `elif` and `while`: a named_expression, with CPython's
    /// "Maybe you meant '==' or ':=' instead of '='?" for a stray `=`.
    fn condition(&mut self) -> PResult<Expr> {
        let test = self.named_expression()?;
        if self.at(Tok::Equal) {
            if let ExprKind::Name { .. } = test.kind {
                // Without a value after the `=`, the error is a generic one at the `=`.
                let save = (self.pos, self.furthest);
                self.bump();
                let Ok(rhs) = self.bitwise_or() else {
                    (self.pos, self.furthest) = save;
                    return Err(self.invalid_syntax());
                };
                return Err(self
                    .error_loc("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", test.loc.to(rhs.loc)));
            }
            if is_bitwise_or_level(&test) {
                return Err(self.error_expr(
                    format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(&test)),
                    &test,
                ));
            }
        }
        Ok(test)
    }

    /// else_block: 'else' ':' block (empty when absent)
    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        let Some(token) = self.eat(Tok::Else) else {
            return Ok(Vec::new());
        };
        self.expect_colon(true)?;
        self.block("'else' statement", token.line)
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let token = self.bump();
        let start = self.loc_of(token);
        let test = self.condition()?;
        self.expect_colon(false)?;
        let body = self.block("'while' statement", token.line)?;
        let orelse = self.else_block()?;
        Ok(Stmt::new(self.loc_from(start), StmtKind::While { test: Box::new(test), body, orelse }))
    }

    /// for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' [TYPE_COMMENT] block [else_block]
    fn for_stmt(&mut self, async_token: Option<Token>) -> PResult<Stmt> {
        let token = self.bump();
        let start = self.loc_of(async_token.unwrap_or(token));
        let target_at = self.pos;
        let target = self.star_targets()?;
        if self.eat(Tok::In).is_none() {
            return Err(self.missing_in(target_at));
        }
        let iter = self.star_expressions()?;
        self.expect_colon(false)?;
        let type_comment = self.eat(Tok::TypeComment).map(|t| self.text(t).to_string());
        let body = self.block("'for' statement", token.line)?;
        let orelse = self.else_block()?;
        Ok(Stmt::new(
            self.loc_from(start),
            StmtKind::For(Box::new(For { is_async: async_token.is_some(), target, iter, body, orelse, type_comment })),
        ))
    }

    /// with_stmt: ['async'] 'with' ('(' ','.with_item+ [','] ')' | ','.with_item+) ':' [TYPE_COMMENT] block
    fn with_stmt(&mut self, async_token: Option<Token>) -> PResult<Stmt> {
        let token = self.bump();
        let start = self.loc_of(async_token.unwrap_or(token));
        let mut items = None;
        if self.at(Tok::LPar) {
            // Parenthesized items, if the parenthesis closes right before the ':'.
            let save = (self.pos, self.warnings.len());
            self.bump();
            let attempt = (|| -> PResult<Vec<WithItem>> {
                let mut items = Vec::new();
                loop {
                    items.push(self.with_item()?);
                    if self.eat(Tok::Comma).is_none() || self.at(Tok::RPar) {
                        break;
                    }
                }
                self.expect(Tok::RPar)?;
                if !self.at(Tok::Colon) {
                    return Err(self.invalid_syntax());
                }
                Ok(items)
            })();
            match attempt {
                Ok(parsed) => items = Some(parsed),
                Err(_) => {
                    self.pos = save.0;
                    self.warnings.truncate(save.1);
                }
            }
        }
        let items = match items {
            Some(items) => items,
            None => {
                let mut items = Vec::new();
                loop {
                    items.push(self.with_item()?);
                    if self.eat(Tok::Comma).is_none() {
                        break;
                    }
                }
                items
            }
        };
        self.expect_colon(false)?;
        let type_comment = self.eat(Tok::TypeComment).map(|t| self.text(t).to_string());
        let body = self.block("'with' statement", token.line)?;
        Ok(Stmt::new(
            self.loc_from(start),
            StmtKind::With(Box::new(With { is_async: async_token.is_some(), items, body, type_comment })),
        ))
    }

    /// with_item: expression ['as' star_target]
    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat(Tok::As).is_some() {
            let target = self.star_target_single()?;
            if !matches!(self.peek(), Tok::Comma | Tok::RPar | Tok::Colon) {
                return Err(self.invalid_syntax());
            }
            Some(target)
        } else {
            None
        };
        Ok(WithItem { context_expr, optional_vars })
    }

    fn star_target_single(&mut self) -> PResult<Expr> {
        let target = self.bitwise_or()?;
        self.store_target(target)
    }

    /// try_stmt: 'try' ':' block (finally_block | except_block+ [else] [finally] | except_star_block+ ...)
    fn try_stmt(&mut self) -> PResult<Stmt> {
        let token = self.bump();
        let start = self.loc_of(token);
        self.expect_colon(true)?;
        let body = self.block("'try' statement", token.line)?;
        let mut handlers = Vec::new();
        let mut star: Option<bool> = None;
        while let Some(except) = self.eat(Tok::Except) {
            let handler_start = self.loc_of(except);
            let star_token = self.eat(Tok::Star);
            let is_star = star_token.is_some();
            match star {
                Some(previous) if previous != is_star => {
                    let loc = self.loc_of(except).to(self.loc_of(star_token.unwrap_or(except)));
                    return Err(self.error_loc("cannot have both 'except' and 'except*' on the same 'try'", loc));
                }
                _ => star = Some(is_star),
            }
            let mut type_ = None;
            let mut name = None;
            if !self.at(Tok::Colon) {
                let expr_start = self.start_loc();
                let first = self.expression()?;
                if self.at(Tok::Comma) {
                    let mut elts = vec![first];
                    while self.eat(Tok::Comma).is_some() {
                        if !self.starts_expression() {
                            break;
                        }
                        elts.push(self.expression()?);
                    }
                    let loc = self.loc_from(expr_start);
                    if matches!(self.peek(), Tok::Colon | Tok::As) {
                        return Err(self.error_loc("multiple exception types must be parenthesized", loc));
                    }
                    return Err(self.invalid_syntax());
                }
                type_ = Some(first);
                if self.eat(Tok::As).is_some() {
                    let n = self.expect_name()?;
                    name = Some(self.identifier(n));
                }
            } else if is_star {
                let token = self.tok();
                return Err(self.error_token("expected one or more exception types", token));
            }
            self.expect_colon(false)?;
            let what = if is_star { "'except*' statement" } else { "'except' statement" };
            let body = self.block(what, except.line)?;
            handlers.push(ExceptHandler { loc: self.loc_from(handler_start), type_, name, body });
        }
        let orelse = if handlers.is_empty() { Vec::new() } else { self.else_block()? };
        let finalbody = if let Some(finally) = self.eat(Tok::Finally) {
            self.expect_colon(true)?;
            self.block("'finally' statement", finally.line)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            let token = self.tok();
            return Err(self.error_token("expected 'except' or 'finally' block", token));
        }
        Ok(Stmt::new(
            self.loc_from(start),
            StmtKind::Try(Box::new(Try { is_star: star == Some(true), body, handlers, orelse, finalbody })),
        ))
    }
}

fn aug_op(kind: Tok) -> Option<Operator> {
    Some(match kind {
        Tok::PlusEqual => Operator::Add,
        Tok::MinEqual => Operator::Sub,
        Tok::StarEqual => Operator::Mult,
        Tok::AtEqual => Operator::MatMult,
        Tok::SlashEqual => Operator::Div,
        Tok::PercentEqual => Operator::Mod,
        Tok::AmperEqual => Operator::BitAnd,
        Tok::VBarEqual => Operator::BitOr,
        Tok::CircumflexEqual => Operator::BitXor,
        Tok::LeftShiftEqual => Operator::LShift,
        Tok::RightShiftEqual => Operator::RShift,
        Tok::DoubleStarEqual => Operator::Pow,
        Tok::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}
