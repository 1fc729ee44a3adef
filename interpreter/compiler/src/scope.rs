//! Name resolution for code generation: CPython 3.12's symbol table, complete.
//!
//! `symtable.rs` finds the symbol table's *errors*; this pass runs only on trees that passed it,
//! and computes what code generation needs: for every scope (module, class, function, lambda,
//! comprehension, and PEP 695's type parameter, type alias and TypeVar bound scopes), the scope of
//! each name (local, global explicit or implicit, free, cell), its parameters in order, whether
//! it is a generator or coroutine, whether a class body needs the implicit `__class__` or
//! `__classdict__` cell, and which comprehensions are inlined (PEP 709).
//!
//! It follows CPython's two steps: `Builder` records each name's flags per scope in CPython's
//! visiting order (insertion order matters: inlined comprehensions save their variables in it),
//! then `Analyzer` resolves scopes, parents handing the names they bind down to their children,
//! children handing their free names back up.

use std::collections::{HashMap, HashSet};

use ferrython_ast::*;

use crate::future::FutureFeatures;
use crate::symtable::{mangle, CompKind};

pub(crate) const DEF_GLOBAL: u32 = 1;
pub(crate) const DEF_LOCAL: u32 = 1 << 1;
pub(crate) const DEF_PARAM: u32 = 1 << 2;
pub(crate) const DEF_NONLOCAL: u32 = 1 << 3;
pub(crate) const USE: u32 = 1 << 4;
const DEF_FREE_CLASS: u32 = 1 << 6;
pub(crate) const DEF_IMPORT: u32 = 1 << 7;
const DEF_ANNOT: u32 = 1 << 8;
const DEF_COMP_ITER: u32 = 1 << 9;
const DEF_TYPE_PARAM: u32 = 1 << 10;
const DEF_COMP_CELL: u32 = 1 << 11;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Where a name lives at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) enum Scope {
    /// Not a name of this scope (synthesized names such as `__module__`).
    #[default]
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension(CompKind),
    TypeParams,
    TypeAlias,
    TypeVarBound,
    Annotation,
}

impl ScopeKind {
    /// CPython's `_PyST_IsFunctionLike`: scopes with fast locals.
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function
                | ScopeKind::Lambda
                | ScopeKind::Comprehension(_)
                | ScopeKind::TypeParams
                | ScopeKind::TypeAlias
                | ScopeKind::TypeVarBound
        )
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Symbol {
    pub name: String,
    pub flags: u32,
    pub scope: Scope,
}

/// One scope of the program.
#[derive(Debug)]
pub(crate) struct ScopeInfo {
    pub kind: ScopeKind,
    /// Names in the order first seen.
    pub symbols: Vec<Symbol>,
    index: HashMap<String, usize>,
    /// The parameters in `co_varnames` order.
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub generator: bool,
    pub coroutine: bool,
    /// Inside a function-like scope (CO_NESTED).
    pub nested: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub needs_class_closure: bool,
    pub needs_classdict: bool,
    pub can_see_class_scope: bool,
    /// A list, set or dict comprehension compiled inline in its parent (PEP 709).
    pub comp_inlined: bool,
    comp_iter_target: bool,
}

impl ScopeInfo {
    fn new(kind: ScopeKind, nested: bool) -> ScopeInfo {
        ScopeInfo {
            kind,
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            generator: false,
            coroutine: false,
            nested,
            varargs: false,
            varkeywords: false,
            needs_class_closure: false,
            needs_classdict: false,
            can_see_class_scope: false,
            comp_inlined: false,
            comp_iter_target: false,
        }
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].flags)
    }

    pub fn scope_of(&self, name: &str) -> Scope {
        self.index.get(name).map_or(Scope::Unknown, |&i| self.symbols[i].scope)
    }

    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    /// Sets a symbol's flags and scope (for inlined comprehensions, which change their parent's
    /// view of a name while they are compiled).
    pub fn set_symbol(&mut self, name: &str, flags: u32, scope: Scope) {
        match self.index.get(name) {
            Some(&i) => {
                self.symbols[i].flags = flags;
                self.symbols[i].scope = scope;
            }
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push(Symbol { name: name.to_string(), flags, scope });
            }
        }
    }

    fn add_flags(&mut self, name: &str, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].flags |= flags,
            None => self.set_symbol(name, flags, Scope::Unknown),
        }
    }

    /// The names with scope `scope` or with a flag of `flag`, sorted (CPython's `dictbytype`).
    pub fn names_by(&self, scope: Scope, flag: u32) -> Vec<String> {
        let mut names: Vec<String> =
            self.symbols.iter().filter(|s| s.scope == scope || s.flags & flag != 0).map(|s| s.name.clone()).collect();
        names.sort();
        names
    }

    pub fn cellvars(&self) -> Vec<String> {
        self.names_by(Scope::Cell, DEF_COMP_CELL)
    }

    pub fn freevars(&self) -> Vec<String> {
        self.names_by(Scope::Free, DEF_FREE_CLASS)
    }
}

/// Every scope of a module, and which node opened each.
#[derive(Debug)]
pub(crate) struct Scopes {
    pub scopes: Vec<ScopeInfo>,
    by_node: HashMap<usize, usize>,
}

impl Scopes {
    /// The scope opened by a node: a `FunctionDef`, `ClassDef`, lambda or comprehension `Expr`,
    /// a type parameter list (the slice), a `TypeAlias` statement, or a TypeVar's bound `Expr`.
    pub fn of<T: ?Sized>(&self, node: &T) -> usize {
        self.by_node[&key(node)]
    }

    pub fn get(&self, id: usize) -> &ScopeInfo {
        &self.scopes[id]
    }

    pub fn get_mut(&mut self, id: usize) -> &mut ScopeInfo {
        &mut self.scopes[id]
    }
}

fn key<T: ?Sized>(node: &T) -> usize {
    node as *const T as *const u8 as usize
}

/// Builds and resolves the scopes of a module that passed the symbol-table checks.
pub(crate) fn build(module: &Mod, future: &FutureFeatures) -> Scopes {
    let mut builder = Builder { scopes: Vec::new(), by_node: HashMap::new(), stack: Vec::new(), private: None, future };
    builder.enter(ScopeKind::Module, 0);
    match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => builder.body(body),
        Mod::Expression { body } => builder.expr(body),
        Mod::FunctionType { .. } => {}
    }
    let mut scopes = Scopes { scopes: builder.scopes, by_node: builder.by_node };
    analyze(&mut scopes);
    scopes
}

struct Builder<'a> {
    scopes: Vec<ScopeInfo>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    private: Option<&'a str>,
    future: &'a FutureFeatures,
}

impl<'a> Builder<'a> {
    fn cur(&mut self) -> &mut ScopeInfo {
        let top = *self.stack.last().expect("a scope is open");
        &mut self.scopes[top]
    }

    fn cur_kind(&self) -> ScopeKind {
        self.scopes[*self.stack.last().expect("a scope is open")].kind
    }

    fn enter(&mut self, kind: ScopeKind, node: usize) {
        let nested =
            self.stack.last().is_some_and(|&p| self.scopes[p].nested || self.scopes[p].kind.is_function_like());
        let id = self.scopes.len();
        self.scopes.push(ScopeInfo::new(kind, nested));
        if let Some(&parent) = self.stack.last() {
            self.scopes[parent].children.push(id);
        }
        self.by_node.insert(node, id);
        self.stack.push(id);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u32) {
        let top = *self.stack.last().expect("a scope is open");
        self.add_def_in(top, name, flag);
    }

    fn add_def_in(&mut self, scope: usize, name: &str, flag: u32) {
        let mangled = mangle(self.private, name);
        let s = &mut self.scopes[scope];
        let mut flags = flag;
        if s.comp_iter_target {
            flags |= DEF_COMP_ITER;
        }
        if flag & DEF_PARAM != 0 {
            s.params.push(mangled.clone());
        }
        s.add_flags(&mangled, flags);
        if flag & DEF_GLOBAL != 0 {
            self.scopes[0].add_flags(&mangled, flag);
        }
    }

    fn body(&mut self, body: &'a [Stmt]) {
        for stmt in body {
            self.stmt(stmt);
        }
    }

    fn exprs(&mut self, exprs: &'a [Expr]) {
        for expr in exprs {
            self.expr(expr);
        }
    }

    fn opt(&mut self, expr: Option<&'a Expr>) {
        if let Some(expr) = expr {
            self.expr(expr);
        }
    }

    fn stmt(&mut self, stmt: &'a Stmt) {
        crate::grow_stack(|| self.stmt_unguarded(stmt))
    }

    fn stmt_unguarded(&mut self, stmt: &'a Stmt) {
        match &stmt.kind {
            StmtKind::FunctionDef(f) => self.function_def(f),
            StmtKind::ClassDef(class) => self.class_def(class),
            StmtKind::Return { value } => self.opt(value.as_deref()),
            StmtKind::Delete { targets } => self.exprs(targets),
            StmtKind::Assign { targets, value, .. } => {
                self.exprs(targets);
                self.expr(value);
            }
            StmtKind::TypeAlias { name, type_params, value } => self.type_alias(stmt, name, type_params, value),
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL);
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL);
                    }
                } else {
                    self.expr(target);
                }
                self.annotation(annotation);
                self.opt(value.as_deref());
            }
            StmtKind::For(f) => {
                // Only an async function may hold `async for`, or a module compiled with
                // top-level await, which it makes a coroutine.
                if f.is_async {
                    self.cur().coroutine = true;
                }
                self.expr(&f.target);
                self.expr(&f.iter);
                self.body(&f.body);
                self.body(&f.orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::With(w) => {
                if w.is_async {
                    self.cur().coroutine = true;
                }
                for item in &w.items {
                    self.expr(&item.context_expr);
                    self.opt(item.optional_vars.as_ref());
                }
                self.body(&w.body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for case in cases {
                    self.pattern(&case.pattern);
                    self.opt(case.guard.as_ref());
                    self.body(&case.body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc.as_deref());
                self.opt(cause.as_deref());
            }
            StmtKind::Try(t) => {
                self.body(&t.body);
                self.body(&t.orelse);
                for handler in &t.handlers {
                    self.opt(handler.type_.as_ref());
                    if let Some(name) = &handler.name {
                        self.add_def(name, DEF_LOCAL);
                    }
                    self.body(&handler.body);
                }
                self.body(&t.finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                self.opt(msg.as_deref());
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for alias in names.iter().filter(|alias| alias.name != "*") {
                    let stored = alias.asname.as_deref().unwrap_or_else(|| alias.name.split('.').next().unwrap_or(""));
                    self.add_def(stored, DEF_IMPORT);
                }
            }
            StmtKind::Global { names } => names.iter().for_each(|n| self.add_def(n, DEF_GLOBAL)),
            StmtKind::Nonlocal { names } => names.iter().for_each(|n| self.add_def(n, DEF_NONLOCAL)),
            StmtKind::Expr { value } => self.expr(value),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
    }

    fn type_alias(&mut self, stmt: &'a Stmt, name: &'a Expr, type_params: &'a [TypeParam], value: &'a Expr) {
        self.expr(name);
        let in_class = self.cur_kind() == ScopeKind::Class;
        let generic = !type_params.is_empty();
        if generic {
            self.enter_type_params(key(type_params), false, false, false);
            self.type_params(type_params);
        }
        self.enter(ScopeKind::TypeAlias, key(stmt));
        self.cur().can_see_class_scope = in_class;
        if in_class {
            self.add_def("__classdict__", USE);
        }
        self.expr(value);
        self.exit();
        if generic {
            self.exit();
        }
    }

    /// CPython's `symtable_enter_type_param_block`.
    fn enter_type_params(&mut self, node: usize, for_class: bool, defaults: bool, kwdefaults: bool) {
        let in_class = self.cur_kind() == ScopeKind::Class;
        self.enter(ScopeKind::TypeParams, node);
        if in_class {
            self.cur().can_see_class_scope = true;
            self.add_def("__classdict__", USE);
        }
        if for_class {
            self.add_def(".type_params", DEF_LOCAL);
            self.add_def(".type_params", USE);
            self.add_def(".generic_base", DEF_LOCAL);
            self.add_def(".generic_base", USE);
        }
        if defaults {
            self.add_def(".defaults", DEF_PARAM);
        }
        if kwdefaults {
            self.add_def(".kwdefaults", DEF_PARAM);
        }
    }

    fn function_def(&mut self, f: &'a FunctionDef) {
        self.add_def(&f.name, DEF_LOCAL);
        self.exprs(&f.args.defaults);
        for default in f.args.kw_defaults.iter().flatten() {
            self.expr(default);
        }
        self.exprs(&f.decorator_list);
        let generic = !f.type_params.is_empty();
        if generic {
            let kwdefaults = f.args.kw_defaults.iter().any(Option::is_some);
            // CPython tests its `defaults` sequence for NULL, which it never is: every generic
            // function's scope has the `.defaults` parameter.
            self.enter_type_params(key(f.type_params.as_slice()), false, true, kwdefaults);
            self.type_params(&f.type_params);
        }
        self.annotations(f);
        self.enter(ScopeKind::Function, key(f));
        if f.is_async {
            self.cur().coroutine = true;
        }
        self.params(&f.args);
        self.body(&f.body);
        self.exit();
        if generic {
            self.exit();
        }
    }

    fn class_def(&mut self, class: &'a ClassDef) {
        self.add_def(&class.name, DEF_LOCAL);
        self.exprs(&class.decorator_list);
        let outer_private = self.private;
        let generic = !class.type_params.is_empty();
        if generic {
            self.enter_type_params(key(class.type_params.as_slice()), true, false, false);
            self.private = Some(&class.name);
            self.type_params(&class.type_params);
        }
        self.exprs(&class.bases);
        for keyword in &class.keywords {
            self.expr(&keyword.value);
        }
        self.enter(ScopeKind::Class, key(class));
        self.private = Some(&class.name);
        if generic {
            self.add_def("__type_params__", DEF_LOCAL);
            self.add_def(".type_params", USE);
        }
        self.body(&class.body);
        self.exit();
        if generic {
            self.exit();
        }
        self.private = outer_private;
    }

    fn params(&mut self, args: &Arguments) {
        for arg in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            self.add_def(&arg.arg, DEF_PARAM);
        }
        if let Some(vararg) = &args.vararg {
            self.add_def(&vararg.arg, DEF_PARAM);
            self.cur().varargs = true;
        }
        if let Some(kwarg) = &args.kwarg {
            self.add_def(&kwarg.arg, DEF_PARAM);
            self.cur().varkeywords = true;
        }
    }

    fn annotations(&mut self, f: &'a FunctionDef) {
        let future = self.future.annotations;
        if future {
            self.enter(ScopeKind::Annotation, key(&f.args));
        }
        let args = &f.args;
        let all =
            args.posonlyargs.iter().chain(&args.args).chain(&args.vararg).chain(&args.kwarg).chain(&args.kwonlyargs);
        for arg in all {
            if let Some(annotation) = &arg.annotation {
                self.expr(annotation);
            }
        }
        if future {
            self.exit();
        }
        if let Some(returns) = &f.returns {
            self.annotation(returns);
        }
    }

    fn annotation(&mut self, annotation: &'a Expr) {
        let future = self.future.annotations;
        if future {
            self.enter(ScopeKind::Annotation, key(annotation));
        }
        self.expr(annotation);
        if future {
            self.exit();
        }
    }

    fn type_params(&mut self, params: &'a [TypeParam]) {
        for param in params {
            match &param.kind {
                TypeParamKind::TypeVar { name, bound } => {
                    self.add_def(name, DEF_TYPE_PARAM | DEF_LOCAL);
                    if let Some(bound) = bound {
                        let in_class = self.cur().can_see_class_scope;
                        self.enter(ScopeKind::TypeVarBound, key(&**bound));
                        self.cur().can_see_class_scope = in_class;
                        if in_class {
                            self.add_def("__classdict__", USE);
                        }
                        self.expr(bound);
                        self.exit();
                    }
                }
                TypeParamKind::ParamSpec { name } | TypeParamKind::TypeVarTuple { name } => {
                    self.add_def(name, DEF_TYPE_PARAM | DEF_LOCAL);
                }
            }
        }
    }

    fn pattern(&mut self, pattern: &'a Pattern) {
        crate::grow_stack(|| match &pattern.kind {
            PatternKind::MatchValue { value } => self.expr(value),
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                patterns.iter().for_each(|p| self.pattern(p))
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL);
                }
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.exprs(keys);
                patterns.iter().for_each(|p| self.pattern(p));
                if let Some(n) = rest {
                    self.add_def(n, DEF_LOCAL);
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls);
                patterns.iter().chain(kwd_patterns).for_each(|p| self.pattern(p));
            }
            PatternKind::MatchAs { pattern: inner, name } => {
                if let Some(inner) = inner {
                    self.pattern(inner);
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL);
                }
            }
        })
    }

    fn expr(&mut self, expr: &'a Expr) {
        crate::grow_stack(|| self.expr_unguarded(expr))
    }

    fn expr_unguarded(&mut self, expr: &'a Expr) {
        match &expr.kind {
            ExprKind::NamedExpr { target, value } => {
                if matches!(self.cur_kind(), ScopeKind::Comprehension(_)) {
                    self.extend_walrus_scope(target);
                }
                self.expr(value);
                self.expr(target);
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.exprs(&args.defaults);
                for default in args.kw_defaults.iter().flatten() {
                    self.expr(default);
                }
                self.enter(ScopeKind::Lambda, key(expr));
                self.params(args);
                self.expr(body);
                self.exit();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                // CPython visits all keys, then all values.
                for k in keys.iter().flatten() {
                    self.expr(k);
                }
                self.exprs(values);
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts),
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => self.comprehension(expr, generators, elt, None),
            ExprKind::DictComp { key, value, generators } => self.comprehension(expr, generators, key, Some(value)),
            ExprKind::Yield { value } => {
                self.opt(value.as_deref());
                self.cur().generator = true;
            }
            ExprKind::YieldFrom { value } => {
                self.expr(value);
                self.cur().generator = true;
            }
            ExprKind::Await { value } => {
                self.expr(value);
                self.cur().coroutine = true;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left);
                self.exprs(comparators);
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func);
                self.exprs(args);
                keywords.iter().for_each(|k| self.expr(&k.value));
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.expr(value);
                self.opt(format_spec.as_deref());
            }
            ExprKind::JoinedStr { values } => self.exprs(values),
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part);
                }
            }
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load { USE } else { DEF_LOCAL };
                self.add_def(id, flag);
                if *ctx == ExprContext::Load && self.cur_kind().is_function_like() && id == "super" {
                    self.add_def("__class__", USE);
                }
            }
        }
    }

    fn comprehension(
        &mut self,
        expr: &'a Expr,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) {
        let kind = CompKind::of(expr).expect("a comprehension");
        let Some(outermost) = generators.first() else { return };
        self.expr(&outermost.iter);
        self.enter(ScopeKind::Comprehension(kind), key(expr));
        if outermost.is_async {
            self.cur().coroutine = true;
        }
        self.add_def(".0", DEF_PARAM);
        self.comprehension_target(&outermost.target);
        self.exprs(&outermost.ifs);
        for generator in &generators[1..] {
            self.comprehension_target(&generator.target);
            self.expr(&generator.iter);
            self.exprs(&generator.ifs);
            if generator.is_async {
                self.cur().coroutine = true;
            }
        }
        if let Some(value) = value {
            self.expr(value);
        }
        self.expr(elt);
        let is_generator = kind == CompKind::Generator;
        if is_generator {
            self.cur().generator = true;
        }
        let is_async = self.cur().coroutine && !is_generator;
        self.exit();
        if is_async {
            self.cur().coroutine = true;
        }
    }

    fn comprehension_target(&mut self, target: &'a Expr) {
        self.cur().comp_iter_target = true;
        self.expr(target);
        self.cur().comp_iter_target = false;
    }

    /// A walrus in a comprehension binds in the nearest enclosing function or the module.
    fn extend_walrus_scope(&mut self, target: &'a Expr) {
        let ExprKind::Name { id: name, .. } = &target.kind else { return };
        for i in (0..self.stack.len()).rev() {
            let scope = self.stack[i];
            match self.scopes[scope].kind {
                ScopeKind::Comprehension(_) => continue,
                ScopeKind::Function | ScopeKind::Lambda => {
                    let declared = self.scopes[scope].flags(&mangle(self.private, name));
                    let flag = if declared & DEF_GLOBAL != 0 { DEF_GLOBAL } else { DEF_NONLOCAL };
                    self.add_def(name, flag);
                    self.add_def_in(scope, name, DEF_LOCAL);
                    return;
                }
                ScopeKind::Module => {
                    self.add_def(name, DEF_GLOBAL);
                    self.add_def_in(scope, name, DEF_GLOBAL);
                    return;
                }
                _ => return,
            }
        }
    }
}

/// The second step, CPython's `analyze_block` for every scope from the module down.
fn analyze(scopes: &mut Scopes) {
    let mut free = HashSet::new();
    analyze_block(&mut scopes.scopes, 0, None, &mut free, &HashSet::new(), None);
}

type Names = HashSet<String>;

fn analyze_block(
    all: &mut Vec<ScopeInfo>,
    id: usize,
    bound: Option<&Names>,
    free: &mut Names,
    global: &Names,
    class_entry: Option<usize>,
) {
    let mut local = Names::new();
    let mut scopes: HashMap<String, Scope> = HashMap::new();
    let mut newglobal = Names::new();
    let mut newfree = Names::new();
    let mut newbound = Names::new();
    let mut global = global.clone();
    let mut bound_here: Option<Names> = bound.cloned();
    let is_class = all[id].kind == ScopeKind::Class;
    if is_class {
        newglobal.extend(global.iter().cloned());
        if let Some(bound) = bound {
            newbound.extend(bound.iter().cloned());
        }
    }
    let symbols: Vec<(String, u32)> = all[id].symbols.iter().map(|s| (s.name.clone(), s.flags)).collect();
    for (name, flags) in &symbols {
        let scope = analyze_name(all, id, name, *flags, &mut bound_here, &mut local, free, &mut global, class_entry);
        scopes.insert(name.clone(), scope);
    }
    if !is_class {
        if all[id].kind.is_function_like() {
            newbound.extend(local.iter().cloned());
        }
        if let Some(bound) = &bound_here {
            newbound.extend(bound.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".into());
        newbound.insert("__classdict__".into());
    }
    let mut inlined_cells = Names::new();
    let children = all[id].children.clone();
    let mut spliced = Vec::new();
    for child in children {
        let child_info = &all[child];
        let inline_comp = matches!(child_info.kind, ScopeKind::Comprehension(k) if k != CompKind::Generator)
            && !child_info.generator
            && !all[id].can_see_class_scope;
        let new_class_entry = if child_info.can_see_class_scope {
            if is_class {
                Some(id)
            } else {
                class_entry
            }
        } else {
            None
        };
        let mut child_free = Names::new();
        let child_bound = newbound.clone();
        let child_global = newglobal.clone();
        crate::grow_stack(|| {
            analyze_block(all, child, Some(&child_bound), &mut child_free, &child_global, new_class_entry)
        });
        if inline_comp {
            inline_comprehension(all, id, child, &mut scopes, &mut child_free, &mut inlined_cells);
            all[child].comp_inlined = true;
            spliced.push(child);
        }
        newfree.extend(child_free);
    }
    // Inlined comprehensions are replaced by their children in this scope's children (their
    // code is compiled inside it).
    if !spliced.is_empty() {
        let mut children = Vec::new();
        for &child in &all[id].children {
            if spliced.contains(&child) {
                children.extend(all[child].children.iter().copied());
            } else {
                children.push(child);
            }
        }
        all[id].children = children;
    }
    if all[id].kind.is_function_like() {
        analyze_cells(&mut scopes, &mut newfree, &inlined_cells);
    } else if is_class {
        if newfree.remove("__class__") {
            all[id].needs_class_closure = true;
        }
        if newfree.remove("__classdict__") {
            all[id].needs_classdict = true;
        }
    }
    let classflag = is_class || all[id].can_see_class_scope;
    update_symbols(&mut all[id], &scopes, bound_here.as_ref(), &newfree, &inlined_cells, classflag);
    free.extend(newfree);
}

#[allow(clippy::too_many_arguments)]
fn analyze_name(
    all: &mut [ScopeInfo],
    id: usize,
    name: &str,
    flags: u32,
    bound: &mut Option<Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
    class_entry: Option<usize>,
) -> Scope {
    if flags & DEF_GLOBAL != 0 {
        global.insert(name.to_string());
        if let Some(bound) = bound {
            bound.remove(name);
        }
        return Scope::GlobalExplicit;
    }
    if flags & DEF_NONLOCAL != 0 {
        free.insert(name.to_string());
        return Scope::Free;
    }
    if flags & DEF_BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Scope::Local;
    }
    if let Some(class) = class_entry {
        let class_flags = all[class].flags(name);
        if class_flags & DEF_GLOBAL != 0 {
            return Scope::GlobalExplicit;
        }
        if class_flags & DEF_BOUND != 0 && class_flags & DEF_NONLOCAL == 0 {
            return Scope::GlobalImplicit;
        }
    }
    if bound.as_ref().is_some_and(|b| b.contains(name)) {
        free.insert(name.to_string());
        return Scope::Free;
    }
    let _ = (all, id);
    Scope::GlobalImplicit
}

/// Merges an inlined comprehension's names into its parent (CPython's `inline_comprehension`).
fn inline_comprehension(
    all: &mut [ScopeInfo],
    id: usize,
    comp: usize,
    scopes: &mut HashMap<String, Scope>,
    comp_free: &mut Names,
    inlined_cells: &mut Names,
) {
    let symbols = all[comp].symbols.clone();
    let is_class = all[id].kind == ScopeKind::Class;
    for symbol in symbols {
        if symbol.flags & DEF_PARAM != 0 {
            continue;
        }
        let mut scope = symbol.scope;
        let mut only_flags = symbol.flags;
        if scope == Scope::Cell || only_flags & DEF_COMP_CELL != 0 {
            inlined_cells.insert(symbol.name.clone());
        }
        match all[id].symbol(&symbol.name) {
            None => {
                if scope == Scope::Free && is_class && symbol.name == "__class__" {
                    scope = Scope::GlobalImplicit;
                    only_flags &= !DEF_FREE_CLASS;
                    comp_free.remove(&symbol.name);
                }
                all[id].set_symbol(&symbol.name, only_flags, Scope::Unknown);
                scopes.insert(symbol.name.clone(), scope);
            }
            Some(existing) => {
                if existing.flags & DEF_BOUND != 0 && !is_free_in_any_child(all, comp, &symbol.name) && !is_class {
                    comp_free.remove(&symbol.name);
                }
            }
        }
    }
}

fn is_free_in_any_child(all: &[ScopeInfo], id: usize, name: &str) -> bool {
    all[id].children.iter().any(|&child| all[child].scope_of(name) == Scope::Free)
}

fn analyze_cells(scopes: &mut HashMap<String, Scope>, free: &mut Names, inlined_cells: &Names) {
    for (name, scope) in scopes.iter_mut() {
        if *scope != Scope::Local {
            continue;
        }
        if !free.contains(name) && !inlined_cells.contains(name) {
            continue;
        }
        *scope = Scope::Cell;
        free.remove(name);
    }
}

fn update_symbols(
    info: &mut ScopeInfo,
    scopes: &HashMap<String, Scope>,
    bound: Option<&Names>,
    free: &Names,
    inlined_cells: &Names,
    classflag: bool,
) {
    for symbol in &mut info.symbols {
        if inlined_cells.contains(&symbol.name) {
            symbol.flags |= DEF_COMP_CELL;
        }
        symbol.scope = scopes.get(&symbol.name).copied().unwrap_or_default();
    }
    let mut free: Vec<&String> = free.iter().collect();
    free.sort();
    for name in free {
        if let Some(&i) = info.index.get(name.as_str()) {
            if classflag {
                info.symbols[i].flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(name.as_str())) {
            continue;
        }
        info.set_symbol(name, 0, Scope::Free);
    }
}
