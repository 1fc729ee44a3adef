//! Assignment, deletion and loop targets: turning a parsed expression into a `Store`/`Del` target,
//! with CPython's messages for what cannot be a target.

use ferrython_ast::*;

use super::{PResult, Parser};
use crate::token::Tok;

/// CPython's name for an expression kind in error messages ("cannot assign to function call").
pub(crate) fn expr_name(expr: &Expr) -> &'static str {
    match &expr.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first part of `expr` that cannot be a target, depth first, as CPython searches.
pub(crate) fn invalid_target(expr: &Expr, for_del: bool) -> Option<&Expr> {
    match &expr.kind {
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred { value, .. } => {
            if for_del {
                Some(expr)
            } else {
                invalid_target(value, for_del)
            }
        }
        ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
            elts.iter().find_map(|e| invalid_target(e, for_del))
        }
        _ => Some(expr),
    }
}

/// Whether CPython's "cannot assign to X here. Maybe you meant '==' instead of '='?" applies: the
/// expression is at the `bitwise_or` level and is not a display or a keyword constant.
pub(crate) fn is_bitwise_or_level(expr: &Expr) -> bool {
    !matches!(
        &expr.kind,
        ExprKind::BoolOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::List { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Starred { .. }
            | ExprKind::Yield { .. }
            | ExprKind::YieldFrom { .. }
            | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
            | ExprKind::Constant { value: Constant::None | Constant::Bool(_), .. }
    )
}

/// Sets the context of a valid target and everything inside it.
pub(crate) fn set_context(expr: &mut Expr, ctx: ExprContext) {
    match &mut expr.kind {
        ExprKind::Name { ctx: c, .. } | ExprKind::Attribute { ctx: c, .. } | ExprKind::Subscript { ctx: c, .. } => {
            *c = ctx
        }
        ExprKind::Starred { value, ctx: c } => {
            *c = ctx;
            set_context(value, ctx);
        }
        ExprKind::Tuple { elts, ctx: c } | ExprKind::List { elts, ctx: c } => {
            *c = ctx;
            for elt in elts {
                set_context(elt, ctx);
            }
        }
        _ => {}
    }
}

impl Parser<'_> {
    /// Checks and converts an assignment target ("cannot assign to ...").
    pub(super) fn store_target(&self, mut expr: Expr) -> PResult<Expr> {
        if let Some(bad) = invalid_target(&expr, false) {
            return Err(self.cannot_assign(bad));
        }
        set_context(&mut expr, ExprContext::Store);
        Ok(expr)
    }

    pub(super) fn cannot_assign(&self, bad: &Expr) -> crate::error::SyntaxError {
        self.error_expr(format!("cannot assign to {}", expr_name(bad)), bad)
    }

    /// Checks and converts a `del` target ("cannot delete ...").
    pub(super) fn del_target(&self, mut expr: Expr) -> PResult<Expr> {
        if let Some(bad) = invalid_target(&expr, true) {
            return Err(self.error_expr(format!("cannot delete {}", expr_name(bad)), bad));
        }
        set_context(&mut expr, ExprContext::Del);
        Ok(expr)
    }

    /// star_targets: star_target (',' star_target)* [','], as in `for` and comprehensions.
    pub(super) fn star_targets(&mut self) -> PResult<Expr> {
        let expr = self.tuple_of(Self::star_target, Self::starts_target)?;
        self.store_target(expr)
    }

    fn starts_target(&mut self) -> bool {
        matches!(self.peek(), Tok::Name | Tok::LPar | Tok::LSqb | Tok::Star)
            || (self.starts_expression() && !matches!(self.peek(), Tok::Not | Tok::Lambda))
    }

    /// star_target: '*' star_target | target (a primary: name, attribute, subscript, or a
    /// parenthesized/bracketed target list).
    fn star_target(&mut self) -> PResult<Expr> {
        super::grow_stack(|| self.star_target_unguarded())
    }

    fn star_target_unguarded(&mut self) -> PResult<Expr> {
        if let Some(star) = self.eat(Tok::Star) {
            let start = self.loc_of(star);
            self.enter()?;
            let value = self.star_target()?;
            self.leave();
            return Ok(Expr::new(
                self.loc_from(start),
                ExprKind::Starred { value: Box::new(value), ctx: ExprContext::Load },
            ));
        }
        self.bitwise_or()
    }

    /// del_targets: ','.del_target+ [',']
    pub(super) fn del_targets(&mut self) -> PResult<Vec<Expr>> {
        let mut targets = Vec::new();
        loop {
            let target = self.star_target()?;
            targets.push(self.del_target(target)?);
            if self.eat(Tok::Comma).is_none() || !self.starts_target() {
                break;
            }
        }
        Ok(targets)
    }
}
