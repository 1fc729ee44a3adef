//! A read-only visitor over the tree. Implement the `visit_*` methods that matter and call the
//! matching `walk_*` function to go on into the children.

use crate::nodes::*;

pub trait Visitor {
    fn visit_stmt(&mut self, stmt: &Stmt) {
        walk_stmt(self, stmt);
    }
    fn visit_expr(&mut self, expr: &Expr) {
        walk_expr(self, expr);
    }
    fn visit_pattern(&mut self, pattern: &Pattern) {
        walk_pattern(self, pattern);
    }
    fn visit_arguments(&mut self, args: &Arguments) {
        walk_arguments(self, args);
    }
    fn visit_comprehension(&mut self, comprehension: &Comprehension) {
        self.visit_expr(&comprehension.target);
        self.visit_expr(&comprehension.iter);
        for condition in &comprehension.ifs {
            self.visit_expr(condition);
        }
    }
    fn visit_type_param(&mut self, param: &TypeParam) {
        if let TypeParamKind::TypeVar { bound: Some(bound), .. } = &param.kind {
            self.visit_expr(bound);
        }
    }
}

pub fn walk_body<V: Visitor + ?Sized>(v: &mut V, body: &[Stmt]) {
    for stmt in body {
        v.visit_stmt(stmt);
    }
}

fn walk_exprs<V: Visitor + ?Sized>(v: &mut V, exprs: &[Expr]) {
    for expr in exprs {
        v.visit_expr(expr);
    }
}

pub fn walk_arguments<V: Visitor + ?Sized>(v: &mut V, args: &Arguments) {
    walk_exprs(v, &args.defaults);
    for default in args.kw_defaults.iter().flatten() {
        v.visit_expr(default);
    }
    let all = args.posonlyargs.iter().chain(&args.args).chain(&args.vararg).chain(&args.kwonlyargs).chain(&args.kwarg);
    for arg in all {
        if let Some(annotation) = &arg.annotation {
            v.visit_expr(annotation);
        }
    }
}

pub fn walk_stmt<V: Visitor + ?Sized>(v: &mut V, stmt: &Stmt) {
    match &stmt.kind {
        StmtKind::FunctionDef(f) => {
            walk_exprs(v, &f.decorator_list);
            for param in &f.type_params {
                v.visit_type_param(param);
            }
            v.visit_arguments(&f.args);
            if let Some(returns) = &f.returns {
                v.visit_expr(returns);
            }
            walk_body(v, &f.body);
        }
        StmtKind::ClassDef(c) => {
            walk_exprs(v, &c.decorator_list);
            for param in &c.type_params {
                v.visit_type_param(param);
            }
            walk_exprs(v, &c.bases);
            for keyword in &c.keywords {
                v.visit_expr(&keyword.value);
            }
            walk_body(v, &c.body);
        }
        StmtKind::Return { value } => {
            if let Some(value) = value {
                v.visit_expr(value);
            }
        }
        StmtKind::Delete { targets } => walk_exprs(v, targets),
        StmtKind::Assign { targets, value, .. } => {
            walk_exprs(v, targets);
            v.visit_expr(value);
        }
        StmtKind::TypeAlias { name, type_params, value } => {
            v.visit_expr(name);
            for param in type_params {
                v.visit_type_param(param);
            }
            v.visit_expr(value);
        }
        StmtKind::AugAssign { target, value, .. } => {
            v.visit_expr(target);
            v.visit_expr(value);
        }
        StmtKind::AnnAssign { target, annotation, value, .. } => {
            v.visit_expr(target);
            v.visit_expr(annotation);
            if let Some(value) = value {
                v.visit_expr(value);
            }
        }
        StmtKind::For(f) => {
            v.visit_expr(&f.target);
            v.visit_expr(&f.iter);
            walk_body(v, &f.body);
            walk_body(v, &f.orelse);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            v.visit_expr(test);
            walk_body(v, body);
            walk_body(v, orelse);
        }
        StmtKind::With(w) => {
            for item in &w.items {
                v.visit_expr(&item.context_expr);
                if let Some(vars) = &item.optional_vars {
                    v.visit_expr(vars);
                }
            }
            walk_body(v, &w.body);
        }
        StmtKind::Match { subject, cases } => {
            v.visit_expr(subject);
            for case in cases {
                v.visit_pattern(&case.pattern);
                if let Some(guard) = &case.guard {
                    v.visit_expr(guard);
                }
                walk_body(v, &case.body);
            }
        }
        StmtKind::Raise { exc, cause } => {
            for e in [exc, cause].into_iter().flatten() {
                v.visit_expr(e);
            }
        }
        StmtKind::Try(t) => {
            walk_body(v, &t.body);
            for handler in &t.handlers {
                if let Some(type_) = &handler.type_ {
                    v.visit_expr(type_);
                }
                walk_body(v, &handler.body);
            }
            walk_body(v, &t.orelse);
            walk_body(v, &t.finalbody);
        }
        StmtKind::Assert { test, msg } => {
            v.visit_expr(test);
            if let Some(msg) = msg {
                v.visit_expr(msg);
            }
        }
        StmtKind::Expr { value } => v.visit_expr(value),
        StmtKind::Import { .. }
        | StmtKind::ImportFrom { .. }
        | StmtKind::Global { .. }
        | StmtKind::Nonlocal { .. }
        | StmtKind::Pass
        | StmtKind::Break
        | StmtKind::Continue => {}
    }
}

pub fn walk_expr<V: Visitor + ?Sized>(v: &mut V, expr: &Expr) {
    match &expr.kind {
        ExprKind::BoolOp { values, .. } => walk_exprs(v, values),
        ExprKind::NamedExpr { target, value } => {
            v.visit_expr(target);
            v.visit_expr(value);
        }
        ExprKind::BinOp { left, right, .. } => {
            v.visit_expr(left);
            v.visit_expr(right);
        }
        ExprKind::UnaryOp { operand, .. } => v.visit_expr(operand),
        ExprKind::Lambda { args, body } => {
            v.visit_arguments(args);
            v.visit_expr(body);
        }
        ExprKind::IfExp { test, body, orelse } => {
            v.visit_expr(test);
            v.visit_expr(body);
            v.visit_expr(orelse);
        }
        ExprKind::Dict { keys, values } => {
            for key in keys.iter().flatten() {
                v.visit_expr(key);
            }
            walk_exprs(v, values);
        }
        ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => walk_exprs(v, elts),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            for generator in generators {
                v.visit_comprehension(generator);
            }
            v.visit_expr(elt);
        }
        ExprKind::DictComp { key, value, generators } => {
            for generator in generators {
                v.visit_comprehension(generator);
            }
            v.visit_expr(key);
            v.visit_expr(value);
        }
        ExprKind::Await { value } | ExprKind::YieldFrom { value } => v.visit_expr(value),
        ExprKind::Yield { value } => {
            if let Some(value) = value {
                v.visit_expr(value);
            }
        }
        ExprKind::Compare { left, comparators, .. } => {
            v.visit_expr(left);
            walk_exprs(v, comparators);
        }
        ExprKind::Call { func, args, keywords } => {
            v.visit_expr(func);
            walk_exprs(v, args);
            for keyword in keywords {
                v.visit_expr(&keyword.value);
            }
        }
        ExprKind::FormattedValue { value, format_spec, .. } => {
            v.visit_expr(value);
            if let Some(spec) = format_spec {
                v.visit_expr(spec);
            }
        }
        ExprKind::JoinedStr { values } => walk_exprs(v, values),
        ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => v.visit_expr(value),
        ExprKind::Subscript { value, slice, .. } => {
            v.visit_expr(value);
            v.visit_expr(slice);
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                v.visit_expr(part);
            }
        }
    }
}

pub fn walk_pattern<V: Visitor + ?Sized>(v: &mut V, pattern: &Pattern) {
    match &pattern.kind {
        PatternKind::MatchValue { value } => v.visit_expr(value),
        PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => {}
        PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
            for p in patterns {
                v.visit_pattern(p);
            }
        }
        PatternKind::MatchMapping { keys, patterns, .. } => {
            walk_exprs(v, keys);
            for p in patterns {
                v.visit_pattern(p);
            }
        }
        PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
            v.visit_expr(cls);
            for p in patterns.iter().chain(kwd_patterns) {
                v.visit_pattern(p);
            }
        }
        PatternKind::MatchAs { pattern, .. } => {
            if let Some(p) = pattern {
                v.visit_pattern(p);
            }
        }
    }
}
