//! Checks that depend on where a statement or expression stands (inside a function, a loop, an
//! async function, an `except*` block), which CPython's compiler makes after parsing:
//! `'return' outside function`, `'break' outside loop`, `'await' outside async function`, and
//! their relatives. Symbol-table errors (`global`/`nonlocal` bindings) come with the symbol table.

use ferrython_ast::visit::{walk_arguments, walk_body, walk_expr, walk_stmt, Visitor};
use ferrython_ast::*;

use crate::CompileError;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    Module,
    Class,
    Function { is_async: bool, is_generator: bool },
    Lambda,
}

/// Where the checker stands.
#[derive(Clone, Copy)]
struct Context {
    scope: Scope,
    in_loop: bool,
    /// Inside an `except*` handler, and not inside a loop that started in it.
    in_except_star: bool,
    /// Inside a comprehension: its name for "'yield' inside list comprehension".
    comprehension: Option<&'static str>,
}

struct Checker {
    context: Context,
    error: Option<CompileError>,
}

/// Runs the context checks over a module; the first error found, in source order, is returned.
pub fn check_module(module: &Mod) -> Result<(), CompileError> {
    let context = Context { scope: Scope::Module, in_loop: false, in_except_star: false, comprehension: None };
    let mut checker = Checker { context, error: None };
    match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => walk_body(&mut checker, body),
        Mod::Expression { body } => checker.visit_expr(body),
        Mod::FunctionType { .. } => {}
    }
    checker.error.map_or(Ok(()), Err)
}

impl Checker {
    fn fail(&mut self, msg: impl Into<String>, loc: Loc) {
        if self.error.is_none() {
            self.error = Some(CompileError { msg: msg.into(), loc });
        }
    }

    /// Runs `f` in `context`, then restores the current one.
    fn within(&mut self, context: Context, f: impl FnOnce(&mut Self)) {
        let saved = std::mem::replace(&mut self.context, context);
        f(self);
        self.context = saved;
    }

    fn in_async_function(&self) -> bool {
        matches!(self.context.scope, Scope::Function { is_async: true, .. })
    }

    fn check_arguments(&mut self, args: &Arguments) {
        let all =
            args.posonlyargs.iter().chain(&args.args).chain(&args.vararg).chain(&args.kwonlyargs).chain(&args.kwarg);
        let mut seen: Vec<&str> = Vec::new();
        for arg in all {
            if arg.arg == "__debug__" {
                self.fail("cannot assign to __debug__", arg.loc);
            }
            if seen.contains(&arg.arg.as_str()) {
                self.fail(format!("duplicate argument '{}' in function definition", arg.arg), arg.loc);
            }
            seen.push(&arg.arg);
        }
    }

    fn check_type_params(&mut self, params: &[TypeParam]) {
        let mut seen: Vec<&str> = Vec::new();
        for param in params {
            let name = match &param.kind {
                TypeParamKind::TypeVar { name, .. }
                | TypeParamKind::ParamSpec { name }
                | TypeParamKind::TypeVarTuple { name } => name.as_str(),
            };
            if seen.contains(&name) {
                self.fail(format!("duplicate type parameter '{name}'"), param.loc);
            }
            seen.push(name);
        }
    }

    fn check_loop_jump(&mut self, stmt: &Stmt, msg: &str) {
        if self.context.in_except_star {
            self.fail("'break', 'continue' and 'return' cannot appear in an except* block", stmt.loc);
        } else if !self.context.in_loop {
            self.fail(msg, stmt.loc);
        }
    }

    fn comprehension(&mut self, expr: &Expr, name: &'static str, generators: &[Comprehension], parts: &[&Expr]) {
        let is_async = generators.iter().any(|g| g.is_async);
        if is_async && name != "generator expression" && !self.in_async_function() {
            self.fail("asynchronous comprehension outside of an asynchronous function", expr.loc);
        }
        // The first iterable is evaluated where the comprehension stands; the rest inside it.
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        let inner = Context { comprehension: Some(name), ..self.context };
        self.within(inner, |c| {
            for (i, generator) in generators.iter().enumerate() {
                c.visit_expr(&generator.target);
                if i > 0 {
                    c.visit_expr(&generator.iter);
                }
                for condition in &generator.ifs {
                    c.visit_expr(condition);
                }
            }
            for part in parts {
                c.visit_expr(part);
            }
        });
    }
}

impl Visitor for Checker {
    fn visit_stmt(&mut self, stmt: &Stmt) {
        if self.error.is_some() {
            return;
        }
        match &stmt.kind {
            StmtKind::FunctionDef(f) => {
                for decorator in &f.decorator_list {
                    self.visit_expr(decorator);
                }
                self.check_type_params(&f.type_params);
                self.check_arguments(&f.args);
                self.visit_arguments(&f.args);
                if let Some(returns) = &f.returns {
                    self.visit_expr(returns);
                }
                let scope = Scope::Function { is_async: f.is_async, is_generator: contains_yield(&f.body) };
                let inner = Context { scope, in_loop: false, in_except_star: false, comprehension: None };
                self.within(inner, |c| walk_body(c, &f.body));
            }
            StmtKind::ClassDef(class) => {
                self.check_type_params(&class.type_params);
                for expr in class.decorator_list.iter().chain(&class.bases) {
                    self.visit_expr(expr);
                }
                for keyword in &class.keywords {
                    self.visit_expr(&keyword.value);
                }
                let inner = Context { scope: Scope::Class, in_loop: false, in_except_star: false, comprehension: None };
                self.within(inner, |c| walk_body(c, &class.body));
            }
            StmtKind::TypeAlias { type_params, .. } => {
                self.check_type_params(type_params);
                walk_stmt(self, stmt);
            }
            StmtKind::Return { value } => {
                match self.context.scope {
                    Scope::Function { is_async: true, is_generator: true } if value.is_some() => {
                        self.fail("'return' with value in async generator", stmt.loc)
                    }
                    Scope::Function { .. } if self.context.in_except_star => {
                        self.fail("'break', 'continue' and 'return' cannot appear in an except* block", stmt.loc)
                    }
                    Scope::Function { .. } => {}
                    _ => self.fail("'return' outside function", stmt.loc),
                }
                walk_stmt(self, stmt);
            }
            StmtKind::Break => self.check_loop_jump(stmt, "'break' outside loop"),
            StmtKind::Continue => self.check_loop_jump(stmt, "'continue' not properly in loop"),
            StmtKind::For(f) => {
                if f.is_async && !self.in_async_function() {
                    self.fail("'async for' outside async function", stmt.loc);
                }
                self.visit_expr(&f.target);
                self.visit_expr(&f.iter);
                let inner = Context { in_loop: true, in_except_star: false, ..self.context };
                self.within(inner, |c| walk_body(c, &f.body));
                walk_body(self, &f.orelse);
            }
            StmtKind::While { test, body, orelse } => {
                self.visit_expr(test);
                let inner = Context { in_loop: true, in_except_star: false, ..self.context };
                self.within(inner, |c| walk_body(c, body));
                walk_body(self, orelse);
            }
            StmtKind::With(w) if w.is_async && !self.in_async_function() => {
                self.fail("'async with' outside async function", stmt.loc);
            }
            StmtKind::Try(t) if t.is_star => {
                walk_body(self, &t.body);
                for handler in &t.handlers {
                    if let Some(type_) = &handler.type_ {
                        self.visit_expr(type_);
                    }
                    let inner = Context { in_except_star: true, ..self.context };
                    self.within(inner, |c| walk_body(c, &handler.body));
                }
                walk_body(self, &t.orelse);
                walk_body(self, &t.finalbody);
            }
            StmtKind::Nonlocal { .. } if self.context.scope == Scope::Module => {
                self.fail("nonlocal declaration not allowed at module level", stmt.loc);
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    let bound = alias.asname.as_deref().unwrap_or(&alias.name);
                    if bound == "__debug__" {
                        self.fail("cannot assign to __debug__", stmt.loc);
                    }
                }
            }
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &Expr) {
        if self.error.is_some() {
            return;
        }
        match &expr.kind {
            ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => {
                if let Some(name) = self.context.comprehension {
                    self.fail(format!("'yield' inside {name}"), expr.loc);
                } else if matches!(self.context.scope, Scope::Module | Scope::Class) {
                    self.fail("'yield' outside function", expr.loc);
                } else if matches!(expr.kind, ExprKind::YieldFrom { .. }) && self.in_async_function() {
                    self.fail("'yield from' inside async function", expr.loc);
                }
                walk_expr(self, expr);
            }
            ExprKind::Await { .. } => {
                match self.context.scope {
                    Scope::Module | Scope::Class => self.fail("'await' outside function", expr.loc),
                    Scope::Function { is_async: false, .. } | Scope::Lambda => {
                        self.fail("'await' outside async function", expr.loc)
                    }
                    Scope::Function { is_async: true, .. } => {}
                }
                walk_expr(self, expr);
            }
            ExprKind::Lambda { args, body } => {
                self.check_arguments(args);
                walk_arguments(self, args);
                let inner =
                    Context { scope: Scope::Lambda, in_loop: false, in_except_star: false, comprehension: None };
                self.within(inner, |c| c.visit_expr(body));
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(expr, "list comprehension", generators, &[elt])
            }
            ExprKind::SetComp { elt, generators } => self.comprehension(expr, "set comprehension", generators, &[elt]),
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(expr, "generator expression", generators, &[elt])
            }
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(expr, "dict comprehension", generators, &[key, value])
            }
            ExprKind::Call { keywords, .. } => {
                for (i, keyword) in keywords.iter().enumerate() {
                    let Some(name) = &keyword.arg else { continue };
                    if keywords[..i].iter().any(|k| k.arg.as_ref() == Some(name)) {
                        self.fail(format!("keyword argument repeated: {name}"), keyword.loc);
                    }
                }
                walk_expr(self, expr);
            }
            ExprKind::Name { id, ctx } if id == "__debug__" && *ctx != ExprContext::Load => {
                let verb = if *ctx == ExprContext::Del { "delete" } else { "assign to" };
                self.fail(format!("cannot {verb} __debug__"), expr.loc);
            }
            _ => walk_expr(self, expr),
        }
    }
}

/// Whether a function body yields (not counting nested functions, classes and lambdas).
fn contains_yield(body: &[Stmt]) -> bool {
    struct Finder(bool);
    impl Visitor for Finder {
        fn visit_stmt(&mut self, stmt: &Stmt) {
            if !matches!(stmt.kind, StmtKind::FunctionDef(_) | StmtKind::ClassDef(_)) {
                walk_stmt(self, stmt);
            }
        }
        fn visit_expr(&mut self, expr: &Expr) {
            match expr.kind {
                ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => self.0 = true,
                ExprKind::Lambda { .. } => {}
                _ => walk_expr(self, expr),
            }
        }
    }
    let mut finder = Finder(false);
    walk_body(&mut finder, body);
    finder.0
}
