//! The checks CPython makes on a tree handed to `compile()` before compiling it (trees the parser
//! makes always pass them): expression contexts, non-empty bodies and name lists, matching list
//! lengths, and the shapes of patterns. The compiler relies on them.

use crate::constant::Constant;
use crate::nodes::*;
use crate::view::grow_stack;

/// A tree `compile()` refuses: CPython raises ValueError, or TypeError where `type_error` is set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub type_error: bool,
    pub msg: String,
}

type Result = std::result::Result<(), Invalid>;

fn value_error(msg: impl Into<String>) -> Result {
    Err(Invalid { type_error: false, msg: msg.into() })
}

fn type_error(msg: impl Into<String>) -> Result {
    Err(Invalid { type_error: true, msg: msg.into() })
}

/// Checks a whole tree.
pub fn validate(tree: &Mod) -> Result {
    match tree {
        Mod::Module { body, .. } | Mod::Interactive { body } => stmts(body),
        Mod::Expression { body } => expr(body, ExprContext::Load),
        Mod::FunctionType { argtypes, returns } => {
            exprs(argtypes, ExprContext::Load)?;
            expr(returns, ExprContext::Load)
        }
    }
}

fn non_empty<T>(items: &[T], what: &str, owner: &str) -> Result {
    if items.is_empty() {
        return value_error(format!("empty {what} on {owner}"));
    }
    Ok(())
}

fn body(items: &[Stmt], owner: &str) -> Result {
    non_empty(items, "body", owner)?;
    stmts(items)
}

fn stmts(items: &[Stmt]) -> Result {
    items.iter().try_for_each(stmt)
}

fn exprs(items: &[Expr], ctx: ExprContext) -> Result {
    items.iter().try_for_each(|e| expr(e, ctx))
}

fn opt_expr(item: Option<&Expr>, ctx: ExprContext) -> Result {
    item.map_or(Ok(()), |e| expr(e, ctx))
}

fn name(id: &str) -> Result {
    if matches!(id, "None" | "True" | "False") {
        return value_error(format!("identifier field can't represent '{id}' constant"));
    }
    Ok(())
}

fn stmt(s: &Stmt) -> Result {
    grow_stack(|| stmt_unguarded(s))
}

fn stmt_unguarded(s: &Stmt) -> Result {
    use ExprContext::{Del, Load, Store};
    match &s.kind {
        StmtKind::FunctionDef(f) => {
            body(&f.body, if f.is_async { "AsyncFunctionDef" } else { "FunctionDef" })?;
            type_params(&f.type_params)?;
            arguments(&f.args)?;
            exprs(&f.decorator_list, Load)?;
            opt_expr(f.returns.as_ref(), Load)
        }
        StmtKind::ClassDef(c) => {
            body(&c.body, "ClassDef")?;
            type_params(&c.type_params)?;
            exprs(&c.bases, Load)?;
            c.keywords.iter().try_for_each(|k| expr(&k.value, Load))?;
            exprs(&c.decorator_list, Load)
        }
        StmtKind::Return { value } => opt_expr(value.as_deref(), Load),
        StmtKind::Delete { targets } => {
            non_empty(targets, "targets", "Delete")?;
            exprs(targets, Del)
        }
        StmtKind::Assign { targets, value, .. } => {
            non_empty(targets, "targets", "Assign")?;
            exprs(targets, Store)?;
            expr(value, Load)
        }
        StmtKind::TypeAlias { name: alias, type_params: params, value } => {
            if !matches!(alias.kind, ExprKind::Name { .. }) {
                return type_error("TypeAlias with non-Name name");
            }
            expr(alias, Store)?;
            type_params(params)?;
            expr(value, Load)
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, Store)?;
            expr(value, Load)
        }
        StmtKind::AnnAssign { target, annotation, value, simple } => {
            if *simple && !matches!(target.kind, ExprKind::Name { .. }) {
                return type_error("AnnAssign with simple non-Name target");
            }
            expr(target, Store)?;
            opt_expr(value.as_deref(), Load)?;
            expr(annotation, Load)
        }
        StmtKind::For(f) => {
            expr(&f.target, Store)?;
            expr(&f.iter, Load)?;
            body(&f.body, if f.is_async { "AsyncFor" } else { "For" })?;
            stmts(&f.orelse)
        }
        StmtKind::While { test, body: b, orelse } => {
            expr(test, Load)?;
            body(b, "While")?;
            stmts(orelse)
        }
        StmtKind::If { test, body: b, orelse } => {
            expr(test, Load)?;
            body(b, "If")?;
            stmts(orelse)
        }
        StmtKind::With(w) => {
            let owner = if w.is_async { "AsyncWith" } else { "With" };
            non_empty(&w.items, "items", owner)?;
            for item in &w.items {
                expr(&item.context_expr, Load)?;
                opt_expr(item.optional_vars.as_ref(), Store)?;
            }
            body(&w.body, owner)
        }
        StmtKind::Match { subject, cases } => {
            expr(subject, Load)?;
            non_empty(cases, "cases", "Match")?;
            for case in cases {
                pattern(&case.pattern, false)?;
                opt_expr(case.guard.as_ref(), Load)?;
                body(&case.body, "match_case")?;
            }
            Ok(())
        }
        StmtKind::Raise { exc, cause } => {
            if let Some(exc) = exc {
                expr(exc, Load)?;
                opt_expr(cause.as_deref(), Load)
            } else if cause.is_some() {
                value_error("Raise with cause but no exception")
            } else {
                Ok(())
            }
        }
        StmtKind::Try(t) => {
            let owner = if t.is_star { "TryStar" } else { "Try" };
            body(&t.body, owner)?;
            if t.handlers.is_empty() && t.finalbody.is_empty() {
                return value_error(format!("{owner} has neither except handlers nor finalbody"));
            }
            if t.handlers.is_empty() && !t.orelse.is_empty() {
                return value_error(format!("{owner} has orelse but no except handlers"));
            }
            for handler in &t.handlers {
                opt_expr(handler.type_.as_ref(), Load)?;
                body(&handler.body, "ExceptHandler")?;
            }
            stmts(&t.finalbody)?;
            stmts(&t.orelse)
        }
        StmtKind::Assert { test, msg } => {
            expr(test, Load)?;
            opt_expr(msg.as_deref(), Load)
        }
        StmtKind::Import { names } => non_empty(names, "names", "Import"),
        StmtKind::ImportFrom { names, .. } => non_empty(names, "names", "ImportFrom"),
        StmtKind::Global { names } => non_empty(names, "names", "Global"),
        StmtKind::Nonlocal { names } => non_empty(names, "names", "Nonlocal"),
        StmtKind::Expr { value } => expr(value, Load),
        StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
    }
}

fn context_name(ctx: ExprContext) -> &'static str {
    match ctx {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    }
}

fn expr(e: &Expr, ctx: ExprContext) -> Result {
    grow_stack(|| expr_unguarded(e, ctx))
}

fn expr_unguarded(e: &Expr, ctx: ExprContext) -> Result {
    use ExprContext::Load;
    let actual = match &e.kind {
        ExprKind::Attribute { ctx, .. }
        | ExprKind::Subscript { ctx, .. }
        | ExprKind::Starred { ctx, .. }
        | ExprKind::Name { ctx, .. }
        | ExprKind::List { ctx, .. }
        | ExprKind::Tuple { ctx, .. } => Some(*ctx),
        _ => None,
    };
    match actual {
        Some(actual) if actual != ctx => {
            return value_error(format!(
                "expression must have {} context but has {} instead",
                context_name(ctx),
                context_name(actual)
            ));
        }
        None if ctx != Load => {
            return value_error(format!("expression which can't be assigned to in {} context", context_name(ctx)));
        }
        _ => {}
    }
    match &e.kind {
        ExprKind::BoolOp { values, .. } => {
            if values.len() < 2 {
                return value_error("BoolOp with less than 2 values");
            }
            exprs(values, Load)
        }
        ExprKind::NamedExpr { target, value } => {
            if !matches!(target.kind, ExprKind::Name { .. }) {
                return type_error("NamedExpr target must be a Name");
            }
            expr(value, Load)
        }
        ExprKind::BinOp { left, right, .. } => {
            expr(left, Load)?;
            expr(right, Load)
        }
        ExprKind::UnaryOp { operand, .. } => expr(operand, Load),
        ExprKind::Lambda { args, body } => {
            arguments(args)?;
            expr(body, Load)
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(test, Load)?;
            expr(body, Load)?;
            expr(orelse, Load)
        }
        ExprKind::Dict { keys, values } => {
            if keys.len() != values.len() {
                return value_error("Dict doesn't have the same number of keys as values");
            }
            keys.iter().try_for_each(|k| opt_expr(k.as_ref(), Load))?;
            exprs(values, Load)
        }
        ExprKind::Set { elts } => exprs(elts, Load),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            comprehensions(generators)?;
            expr(elt, Load)
        }
        ExprKind::DictComp { key, value, generators } => {
            comprehensions(generators)?;
            expr(key, Load)?;
            expr(value, Load)
        }
        ExprKind::Yield { value } => opt_expr(value.as_deref(), Load),
        ExprKind::YieldFrom { value } | ExprKind::Await { value } => expr(value, Load),
        ExprKind::Compare { left, ops, comparators } => {
            if comparators.is_empty() {
                return value_error("Compare with no comparators");
            }
            if comparators.len() != ops.len() {
                return value_error("Compare has a different number of comparators and operands");
            }
            exprs(comparators, Load)?;
            expr(left, Load)
        }
        ExprKind::Call { func, args, keywords } => {
            expr(func, Load)?;
            exprs(args, Load)?;
            keywords.iter().try_for_each(|k| expr(&k.value, Load))
        }
        ExprKind::FormattedValue { value, format_spec, .. } => {
            expr(value, Load)?;
            opt_expr(format_spec.as_deref(), Load)
        }
        ExprKind::JoinedStr { values } => exprs(values, Load),
        ExprKind::Constant { .. } => Ok(()),
        ExprKind::Attribute { value, .. } => expr(value, Load),
        ExprKind::Subscript { value, slice, .. } => {
            expr(slice, Load)?;
            expr(value, Load)
        }
        ExprKind::Starred { value, .. } => expr(value, ctx),
        ExprKind::Slice { lower, upper, step } => {
            opt_expr(lower.as_deref(), Load)?;
            opt_expr(upper.as_deref(), Load)?;
            opt_expr(step.as_deref(), Load)
        }
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => exprs(elts, ctx),
        ExprKind::Name { id, .. } => name(id),
    }
}

fn comprehensions(generators: &[Comprehension]) -> Result {
    if generators.is_empty() {
        return value_error("comprehension with no generators");
    }
    for g in generators {
        expr(&g.target, ExprContext::Store)?;
        expr(&g.iter, ExprContext::Load)?;
        exprs(&g.ifs, ExprContext::Load)?;
    }
    Ok(())
}

fn arguments(args: &Arguments) -> Result {
    let all = args.posonlyargs.iter().chain(&args.args).chain(&args.vararg).chain(&args.kwonlyargs).chain(&args.kwarg);
    for arg in all {
        opt_expr(arg.annotation.as_deref(), ExprContext::Load)?;
    }
    if args.defaults.len() > args.posonlyargs.len() + args.args.len() {
        return value_error("more positional defaults than args on arguments");
    }
    if args.kw_defaults.len() != args.kwonlyargs.len() {
        return value_error("length of kwonlyargs is not the same as kw_defaults on arguments");
    }
    exprs(&args.defaults, ExprContext::Load)?;
    args.kw_defaults.iter().try_for_each(|d| opt_expr(d.as_ref(), ExprContext::Load))
}

fn type_params(params: &[TypeParam]) -> Result {
    for param in params {
        match &param.kind {
            TypeParamKind::TypeVar { name: id, bound } => {
                name(id)?;
                opt_expr(bound.as_deref(), ExprContext::Load)?;
            }
            TypeParamKind::ParamSpec { name: id } | TypeParamKind::TypeVarTuple { name: id } => name(id)?,
        }
    }
    Ok(())
}

fn capture(id: &str) -> Result {
    if id == "_" {
        return value_error("can't capture name '_' in patterns");
    }
    name(id)
}

/// A pattern; `star_ok` where a `MatchStar` may stand (directly in a sequence pattern).
fn pattern(p: &Pattern, star_ok: bool) -> Result {
    grow_stack(|| pattern_unguarded(p, star_ok))
}

fn pattern_unguarded(p: &Pattern, star_ok: bool) -> Result {
    let literal_or_attribute = "patterns may only match literals and attribute lookups";
    match &p.kind {
        PatternKind::MatchValue { value } => {
            expr(value, ExprContext::Load)?;
            match &value.kind {
                ExprKind::Constant { value: Constant::None | Constant::Bool(_) | Constant::Ellipsis, .. } => {
                    value_error("unexpected constant inside of a literal pattern")
                }
                ExprKind::Constant { .. }
                | ExprKind::Attribute { .. }
                | ExprKind::UnaryOp { .. }
                | ExprKind::BinOp { .. }
                | ExprKind::JoinedStr { .. } => Ok(()),
                _ => value_error(literal_or_attribute),
            }
        }
        PatternKind::MatchSingleton { value } => match value {
            Constant::None | Constant::Bool(_) => Ok(()),
            _ => value_error("MatchSingleton can only contain True, False and None"),
        },
        PatternKind::MatchSequence { patterns } => patterns.iter().try_for_each(|p| pattern(p, true)),
        PatternKind::MatchMapping { keys, patterns, rest } => {
            if keys.len() != patterns.len() {
                return value_error("MatchMapping doesn't have the same number of keys as patterns");
            }
            if let Some(rest) = rest {
                capture(rest)?;
            }
            for key in keys {
                if !matches!(key.kind, ExprKind::Constant { .. } | ExprKind::Attribute { .. }) {
                    return value_error(literal_or_attribute);
                }
                expr(key, ExprContext::Load)?;
            }
            patterns.iter().try_for_each(|p| pattern(p, false))
        }
        PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
            expr(cls, ExprContext::Load)?;
            let mut node = cls.as_ref();
            loop {
                match &node.kind {
                    ExprKind::Name { .. } => break,
                    ExprKind::Attribute { value, .. } => node = value,
                    _ => return value_error("MatchClass cls field can only contain Name or Attribute nodes."),
                }
            }
            if kwd_attrs.len() != kwd_patterns.len() {
                return value_error("MatchClass doesn't have the same number of keyword attributes as patterns");
            }
            kwd_attrs.iter().try_for_each(|a| name(a))?;
            patterns.iter().chain(kwd_patterns).try_for_each(|p| pattern(p, false))
        }
        PatternKind::MatchStar { name: id } => {
            if !star_ok {
                return value_error("can't use MatchStar here");
            }
            id.as_deref().map_or(Ok(()), capture)
        }
        PatternKind::MatchAs { pattern: inner, name: id } => {
            if let Some(id) = id {
                capture(id)?;
            }
            match inner {
                Some(_) if id.is_none() => value_error("MatchAs must specify a target name if a pattern is given"),
                Some(inner) => pattern(inner, false),
                None => Ok(()),
            }
        }
        PatternKind::MatchOr { patterns } => {
            if patterns.len() < 2 {
                return value_error("MatchOr requires at least 2 patterns");
            }
            patterns.iter().try_for_each(|p| pattern(p, false))
        }
    }
}
