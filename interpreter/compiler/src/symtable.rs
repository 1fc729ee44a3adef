//! The symbol-table pass: which names each scope binds, uses and declares, and the SyntaxErrors
//! CPython's symbol table raises.
//!
//! Like CPython's, it runs in two steps, which decides which error a file with several gets:
//!
//! 1. `Builder` walks the whole module, in CPython's visiting order (which is not always source
//!    order: assignment targets before the value, dict keys before values), creating a block per
//!    scope and recording each name's flags. Errors found while recording: duplicate parameters
//!    and type parameters, `global`/`nonlocal` after a use or binding, `import *` outside the
//!    module, `yield` in comprehensions, the walrus rules of comprehensions, `yield`/`await`/walrus
//!    in type parameter scopes, type aliases and (with `from __future__ import annotations`)
//!    annotations.
//! 2. `analyze` then resolves `global` and `nonlocal` declarations scope by scope, parents before
//!    children: `nonlocal` at module level, `nonlocal` without a binding in an enclosing function,
//!    `nonlocal` naming a type parameter, and names declared both global and nonlocal.
//!
//! The pass also records, for code generation, which functions are generators or coroutines and
//! which comprehensions are asynchronous (`SymbolTable`).

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use ferrython_ast::*;

use crate::future::FutureFeatures;
use crate::{CompileError, Result};

// Flags of a name in a block.
const DEF_GLOBAL: u32 = 1;
const DEF_LOCAL: u32 = 1 << 1;
const DEF_PARAM: u32 = 1 << 2;
const DEF_NONLOCAL: u32 = 1 << 3;
const USE: u32 = 1 << 4;
const DEF_IMPORT: u32 = 1 << 5;
const DEF_ANNOT: u32 = 1 << 6;
const DEF_COMP_ITER: u32 = 1 << 7;
const DEF_TYPE_PARAM: u32 = 1 << 8;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// The kinds of comprehension, named as CPython's messages name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

impl CompKind {
    pub fn of(expr: &Expr) -> Option<CompKind> {
        match expr.kind {
            ExprKind::ListComp { .. } => Some(CompKind::List),
            ExprKind::SetComp { .. } => Some(CompKind::Set),
            ExprKind::DictComp { .. } => Some(CompKind::Dict),
            ExprKind::GeneratorExp { .. } => Some(CompKind::Generator),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            CompKind::List => "list comprehension",
            CompKind::Set => "set comprehension",
            CompKind::Dict => "dict comprehension",
            CompKind::Generator => "generator expression",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BlockKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension(CompKind),
    /// The scope of a generic function's, class's or type alias's type parameters.
    TypeParams,
    TypeAlias,
    TypeVarBound,
    /// An annotation under `from __future__ import annotations`.
    Annotation,
}

impl BlockKind {
    /// CPython's `FunctionBlock`: functions, lambdas and comprehensions.
    fn is_function_block(self) -> bool {
        matches!(self, BlockKind::Function | BlockKind::Lambda | BlockKind::Comprehension(_))
    }

    /// Blocks whose bindings nested functions can see (`_PyST_IsFunctionLike`).
    fn is_function_like(self) -> bool {
        self.is_function_block()
            || matches!(self, BlockKind::TypeParams | BlockKind::TypeAlias | BlockKind::TypeVarBound)
    }
}

/// What code generation needs to know about a function or comprehension scope.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ScopeFacts {
    /// It contains `yield` (it is a generator; every generator expression is one).
    pub generator: bool,
    /// It is `async def`, or awaits, or holds an asynchronous comprehension.
    pub coroutine: bool,
}

/// The result of the pass that code generation uses.
#[derive(Debug, Default)]
pub(crate) struct SymbolTable {
    facts: HashMap<usize, ScopeFacts>,
}

impl SymbolTable {
    pub fn function(&self, function: &FunctionDef) -> ScopeFacts {
        self.facts.get(&key(function)).copied().unwrap_or_default()
    }

    pub fn comprehension(&self, expr: &Expr) -> ScopeFacts {
        self.facts.get(&key(expr)).copied().unwrap_or_default()
    }
}

/// Nodes are identified by address: the tree does not move while the passes run.
fn key<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Block {
    kind: BlockKind,
    /// The names in the order they were first seen, with their flags.
    symbols: Vec<(String, u32)>,
    index: HashMap<String, usize>,
    /// Where each name was declared `global` or `nonlocal` (or bound by a walrus in a
    /// comprehension); errors about a declaration point at its first one.
    directives: Vec<(String, Loc)>,
    children: Vec<usize>,
    /// Inside the iterable of a comprehension (counted, and inherited by nested blocks).
    comp_iter_expr: u32,
    /// Visiting the target of a comprehension's `for`.
    comp_iter_target: bool,
    /// A type parameter, type alias or bound scope directly inside a class body: its names may
    /// resolve in the class, and it cannot hold comprehensions or lambdas.
    can_see_class_scope: bool,
    generator: bool,
    coroutine: bool,
}

impl Block {
    fn flags(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].1)
    }

    fn set_flags(&mut self, name: String, flags: u32) {
        match self.index.get(&name) {
            Some(&i) => self.symbols[i].1 = flags,
            None => {
                self.index.insert(name.clone(), self.symbols.len());
                self.symbols.push((name, flags));
            }
        }
    }

    fn directive(&self, name: &str) -> Loc {
        self.directives.iter().find(|(n, _)| n == name).map(|(_, loc)| *loc).unwrap_or_default()
    }
}

/// Builds the symbol table of a module, reporting the first error CPython's would.
pub(crate) fn build(module: &Mod, future: &FutureFeatures) -> Result<SymbolTable> {
    let mut builder =
        Builder { blocks: Vec::new(), stack: Vec::new(), private: None, future, table: SymbolTable::default() };
    builder.enter(BlockKind::Module);
    match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => builder.body(body)?,
        Mod::Expression { body } => builder.expr(body)?,
        Mod::FunctionType { .. } => {}
    }
    builder.stack.pop();
    analyze(&builder, 0, None, Rc::default())?;
    Ok(builder.table)
}

struct Builder<'a> {
    blocks: Vec<Block>,
    /// The blocks being visited, innermost last.
    stack: Vec<usize>,
    /// The name of the class whose body is being visited, for private name mangling.
    private: Option<&'a str>,
    future: &'a FutureFeatures,
    table: SymbolTable,
}

impl<'a> Builder<'a> {
    fn cur(&mut self) -> &mut Block {
        let top = *self.stack.last().expect("a block is open");
        &mut self.blocks[top]
    }

    fn cur_kind(&self) -> BlockKind {
        self.blocks[*self.stack.last().expect("a block is open")].kind
    }

    fn enter(&mut self, kind: BlockKind) {
        let parent = self.stack.last().map(|&parent| &self.blocks[parent]);
        let comp_iter_expr = parent.map_or(0, |parent| parent.comp_iter_expr);
        let can_see_class_scope = match kind {
            BlockKind::TypeParams | BlockKind::TypeAlias => {
                parent.is_some_and(|parent| parent.kind == BlockKind::Class)
            }
            BlockKind::TypeVarBound => parent.is_some_and(|parent| parent.can_see_class_scope),
            _ => false,
        };
        let id = self.blocks.len();
        self.blocks.push(Block {
            kind,
            symbols: Vec::new(),
            index: HashMap::new(),
            directives: Vec::new(),
            children: Vec::new(),
            comp_iter_expr,
            comp_iter_target: false,
            can_see_class_scope,
            generator: false,
            coroutine: false,
        });
        if let Some(&parent) = self.stack.last() {
            self.blocks[parent].children.push(id);
        }
        self.stack.push(id);
    }

    /// Leaves a function or comprehension block, recording its facts under `node`.
    fn exit_scope(&mut self, node: usize) {
        let id = self.stack.pop().expect("a block is open");
        let block = &self.blocks[id];
        let facts = ScopeFacts { generator: block.generator, coroutine: block.coroutine };
        self.table.facts.insert(node, facts);
        // An asynchronous list, set or dict comprehension makes its enclosing scope asynchronous.
        if matches!(block.kind, BlockKind::Comprehension(kind) if kind != CompKind::Generator) && block.coroutine {
            self.cur().coroutine = true;
        }
    }

    /// The flags of `name` in the current block.
    fn flags_here(&self, name: &str) -> u32 {
        self.blocks[*self.stack.last().expect("a block is open")].flags(&self.mangle(name))
    }

    /// `__spam` inside class `Ham` is stored as `_Ham__spam`.
    fn mangle(&self, name: &str) -> String {
        mangle(self.private, name)
    }

    fn add_def(&mut self, name: &str, flag: u32, loc: Loc) -> Result<()> {
        let top = *self.stack.last().expect("a block is open");
        self.add_def_in(top, name, flag, loc)
    }

    fn add_def_in(&mut self, block: usize, name: &str, flag: u32, loc: Loc) -> Result<()> {
        let mangled = self.mangle(name);
        let b = &mut self.blocks[block];
        let old = b.flags(&mangled);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            return Err(CompileError::at(format!("duplicate argument '{name}' in function definition"), loc));
        }
        if flag & DEF_TYPE_PARAM != 0 && old & DEF_TYPE_PARAM != 0 {
            return Err(CompileError::at(format!("duplicate type parameter '{name}'"), loc));
        }
        let mut flags = old | flag;
        if b.comp_iter_target {
            if flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                let msg = format!("comprehension inner loop cannot rebind assignment expression target '{name}'");
                return Err(CompileError::at(msg, loc));
            }
            flags |= DEF_COMP_ITER;
        }
        b.set_flags(mangled.clone(), flags);
        if flag & DEF_GLOBAL != 0 {
            // A global declaration anywhere also marks the module's name.
            let module = &mut self.blocks[0];
            let flags = module.flags(&mangled) | flag;
            module.set_flags(mangled, flags);
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, loc: Loc) {
        let mangled = self.mangle(name);
        self.cur().directives.push((mangled, loc));
    }

    fn body(&mut self, body: &'a [Stmt]) -> Result<()> {
        body.iter().try_for_each(|stmt| self.stmt(stmt))
    }

    fn exprs(&mut self, exprs: &'a [Expr]) -> Result<()> {
        exprs.iter().try_for_each(|expr| self.expr(expr))
    }

    fn stmt(&mut self, stmt: &'a Stmt) -> Result<()> {
        crate::grow_stack(|| self.stmt_unguarded(stmt))
    }

    fn stmt_unguarded(&mut self, stmt: &'a Stmt) -> Result<()> {
        match &stmt.kind {
            StmtKind::FunctionDef(f) => self.function_def(stmt, f),
            StmtKind::ClassDef(class) => self.class_def(stmt, class),
            StmtKind::Return { value } => value.as_deref().map_or(Ok(()), |v| self.expr(v)),
            StmtKind::Delete { targets } => self.exprs(targets),
            StmtKind::Assign { targets, value, .. } => {
                self.exprs(targets)?;
                self.expr(value)
            }
            StmtKind::TypeAlias { name, type_params, value } => {
                self.expr(name)?;
                let in_class = self.cur_kind() == BlockKind::Class;
                let generic = !type_params.is_empty();
                if generic {
                    self.enter(BlockKind::TypeParams);
                    self.type_params(type_params)?;
                }
                self.enter(BlockKind::TypeAlias);
                self.cur().can_see_class_scope = in_class;
                self.expr(value)?;
                self.stack.pop();
                if generic {
                    self.stack.pop();
                }
                Ok(())
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.ann_assign(stmt, target, annotation, value.as_deref(), *simple)
            }
            StmtKind::For(f) => {
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.body(&f.body)?;
                self.body(&f.orelse)
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.body(body)?;
                self.body(orelse)
            }
            StmtKind::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(vars) = &item.optional_vars {
                        self.expr(vars)?;
                    }
                }
                self.body(&w.body)
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    if let Some(guard) = &case.guard {
                        self.expr(guard)?;
                    }
                    self.body(&case.body)?;
                }
                Ok(())
            }
            StmtKind::Raise { exc, cause } => {
                for e in [exc, cause].into_iter().flatten() {
                    self.expr(e)?;
                }
                Ok(())
            }
            StmtKind::Try(t) => {
                self.body(&t.body)?;
                self.body(&t.orelse)?;
                for handler in &t.handlers {
                    if let Some(type_) = &handler.type_ {
                        self.expr(type_)?;
                    }
                    if let Some(name) = &handler.name {
                        self.add_def(name, DEF_LOCAL, handler.loc)?;
                    }
                    self.body(&handler.body)?;
                }
                self.body(&t.finalbody)
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                msg.as_deref().map_or(Ok(()), |m| self.expr(m))
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    self.alias(alias)?;
                }
                Ok(())
            }
            StmtKind::Global { names } => self.declare(stmt, names, true),
            StmtKind::Nonlocal { names } => self.declare(stmt, names, false),
            StmtKind::Expr { value } => self.expr(value),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
        }
    }

    fn function_def(&mut self, stmt: &'a Stmt, f: &'a FunctionDef) -> Result<()> {
        self.add_def(&f.name, DEF_LOCAL, stmt.loc)?;
        self.exprs(&f.args.defaults)?;
        for default in f.args.kw_defaults.iter().flatten() {
            self.expr(default)?;
        }
        self.exprs(&f.decorator_list)?;
        let generic = !f.type_params.is_empty();
        if generic {
            self.enter(BlockKind::TypeParams);
            self.type_params(&f.type_params)?;
        }
        self.annotations(&f.args, f.returns.as_ref())?;
        self.enter(BlockKind::Function);
        self.cur().coroutine = f.is_async;
        self.params(&f.args)?;
        self.body(&f.body)?;
        self.exit_scope(key(f));
        if generic {
            self.stack.pop();
        }
        Ok(())
    }

    fn class_def(&mut self, stmt: &'a Stmt, class: &'a ClassDef) -> Result<()> {
        self.add_def(&class.name, DEF_LOCAL, stmt.loc)?;
        self.exprs(&class.decorator_list)?;
        let outer_private = self.private;
        let generic = !class.type_params.is_empty();
        if generic {
            self.enter(BlockKind::TypeParams);
            self.private = Some(&class.name);
            self.type_params(&class.type_params)?;
        }
        self.exprs(&class.bases)?;
        for keyword in &class.keywords {
            self.expr(&keyword.value)?;
        }
        self.enter(BlockKind::Class);
        self.private = Some(&class.name);
        self.body(&class.body)?;
        self.private = outer_private;
        self.stack.pop();
        if generic {
            self.stack.pop();
        }
        Ok(())
    }

    fn ann_assign(
        &mut self,
        stmt: &'a Stmt,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> Result<()> {
        if let ExprKind::Name { id, .. } = &target.kind {
            let flags = self.flags_here(id);
            let at_module = self.stack.len() == 1;
            if flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !at_module && simple {
                let kind = if flags & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                return Err(CompileError::at(format!("annotated name '{id}' can't be {kind}"), stmt.loc));
            }
            if simple {
                self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.loc)?;
            } else if value.is_some() {
                self.add_def(id, DEF_LOCAL, target.loc)?;
            }
        } else {
            self.expr(target)?;
        }
        self.annotation(annotation)?;
        value.map_or(Ok(()), |v| self.expr(v))
    }

    /// `global` (`is_global`) or `nonlocal` names.
    fn declare(&mut self, stmt: &Stmt, names: &[Identifier], is_global: bool) -> Result<()> {
        let (kind, flag) = if is_global { ("global", DEF_GLOBAL) } else { ("nonlocal", DEF_NONLOCAL) };
        for name in names {
            let flags = self.flags_here(name);
            if flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if flags & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {kind}")
                } else if flags & USE != 0 {
                    format!("name '{name}' is used prior to {kind} declaration")
                } else if flags & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {kind}")
                } else {
                    format!("name '{name}' is assigned to before {kind} declaration")
                };
                return Err(CompileError::at(msg, stmt.loc));
            }
            self.add_def(name, flag, stmt.loc)?;
            self.record_directive(name, stmt.loc);
        }
        Ok(())
    }

    fn alias(&mut self, alias: &Alias) -> Result<()> {
        if alias.name == "*" {
            if self.cur_kind() != BlockKind::Module {
                return Err(CompileError::at("import * only allowed at module level", alias.loc));
            }
            return Ok(());
        }
        let stored = alias.asname.as_deref().unwrap_or_else(|| alias.name.split('.').next().unwrap_or(&alias.name));
        self.add_def(stored, DEF_IMPORT, alias.loc)
    }

    fn params(&mut self, args: &Arguments) -> Result<()> {
        let all =
            args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs).chain(&args.vararg).chain(&args.kwarg);
        all.into_iter().try_for_each(|arg| self.add_def(&arg.arg, DEF_PARAM, arg.loc))
    }

    /// A function's annotations, in CPython's symbol-table order.
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> Result<()> {
        let future = self.future.annotations;
        if future {
            self.enter(BlockKind::Annotation);
        }
        let all =
            args.posonlyargs.iter().chain(&args.args).chain(&args.vararg).chain(&args.kwarg).chain(&args.kwonlyargs);
        for arg in all {
            if let Some(annotation) = &arg.annotation {
                self.expr(annotation)?;
            }
        }
        if future {
            self.stack.pop();
        }
        returns.map_or(Ok(()), |r| self.annotation(r))
    }

    fn annotation(&mut self, annotation: &'a Expr) -> Result<()> {
        let future = self.future.annotations;
        if future {
            self.enter(BlockKind::Annotation);
        }
        self.expr(annotation)?;
        if future {
            self.stack.pop();
        }
        Ok(())
    }

    fn type_params(&mut self, params: &'a [TypeParam]) -> Result<()> {
        for param in params {
            match &param.kind {
                TypeParamKind::TypeVar { name, bound } => {
                    self.add_def(name, DEF_TYPE_PARAM | DEF_LOCAL, param.loc)?;
                    if let Some(bound) = bound {
                        self.enter(BlockKind::TypeVarBound);
                        self.expr(bound)?;
                        self.stack.pop();
                    }
                }
                TypeParamKind::ParamSpec { name } | TypeParamKind::TypeVarTuple { name } => {
                    self.add_def(name, DEF_TYPE_PARAM | DEF_LOCAL, param.loc)?;
                }
            }
        }
        Ok(())
    }

    fn pattern(&mut self, pattern: &'a Pattern) -> Result<()> {
        crate::grow_stack(|| self.pattern_unguarded(pattern))
    }

    fn pattern_unguarded(&mut self, pattern: &'a Pattern) -> Result<()> {
        match &pattern.kind {
            PatternKind::MatchValue { value } => self.expr(value),
            PatternKind::MatchSingleton { .. } => Ok(()),
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                patterns.iter().try_for_each(|p| self.pattern(p))
            }
            PatternKind::MatchStar { name } => {
                name.as_deref().map_or(Ok(()), |n| self.add_def(n, DEF_LOCAL, pattern.loc))
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.exprs(keys)?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                rest.as_deref().map_or(Ok(()), |n| self.add_def(n, DEF_LOCAL, pattern.loc))
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls)?;
                patterns.iter().chain(kwd_patterns).try_for_each(|p| self.pattern(p))
            }
            PatternKind::MatchAs { pattern: inner, name } => {
                if let Some(inner) = inner {
                    self.pattern(inner)?;
                }
                name.as_deref().map_or(Ok(()), |n| self.add_def(n, DEF_LOCAL, pattern.loc))
            }
        }
    }

    /// `yield`, `await` and walrus are not allowed in the scopes of type parameters, type aliases
    /// and postponed annotations.
    fn reject_in_annotation_scope(&self, what: &str, loc: Loc) -> Result<()> {
        let place = match self.cur_kind() {
            BlockKind::Annotation => "an annotation",
            BlockKind::TypeVarBound => "a TypeVar bound",
            BlockKind::TypeAlias => "a type alias",
            BlockKind::TypeParams => "the definition of a generic",
            _ => return Ok(()),
        };
        Err(CompileError::at(format!("{what} cannot be used within {place}"), loc))
    }

    /// Comprehensions and lambdas cannot be scopes of their own inside a scope that sees a class.
    fn reject_in_class_annotation_scope(&mut self, what: &str, loc: Loc) -> Result<()> {
        if self.cur().can_see_class_scope {
            return Err(CompileError::at(format!("Cannot use {what} in annotation scope within class scope"), loc));
        }
        Ok(())
    }

    fn expr(&mut self, expr: &'a Expr) -> Result<()> {
        crate::grow_stack(|| self.expr_unguarded(expr))
    }

    fn expr_unguarded(&mut self, expr: &'a Expr) -> Result<()> {
        match &expr.kind {
            ExprKind::NamedExpr { target, value } => {
                self.reject_in_annotation_scope("named expression", expr.loc)?;
                if self.cur().comp_iter_expr > 0 {
                    let msg = "assignment expression cannot be used in a comprehension iterable expression";
                    return Err(CompileError::at(msg, expr.loc));
                }
                if matches!(self.cur_kind(), BlockKind::Comprehension(_)) {
                    self.extend_walrus_scope(target)?;
                }
                self.expr(value)?;
                self.expr(target)
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.reject_in_class_annotation_scope("lambda", expr.loc)?;
                self.exprs(&args.defaults)?;
                for default in args.kw_defaults.iter().flatten() {
                    self.expr(default)?;
                }
                self.enter(BlockKind::Lambda);
                self.params(args)?;
                self.expr(body)?;
                self.exit_scope(key(expr));
                Ok(())
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts),
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => self.comprehension(expr, generators, elt, None),
            ExprKind::DictComp { key, value, generators } => self.comprehension(expr, generators, key, Some(value)),
            ExprKind::Yield { value } => {
                self.reject_in_annotation_scope("yield expression", expr.loc)?;
                if let Some(value) = value {
                    self.expr(value)?;
                }
                self.yield_here(expr.loc)
            }
            ExprKind::YieldFrom { value } => {
                self.reject_in_annotation_scope("yield expression", expr.loc)?;
                self.expr(value)?;
                self.yield_here(expr.loc)
            }
            ExprKind::Await { value } => {
                self.reject_in_annotation_scope("await expression", expr.loc)?;
                self.expr(value)?;
                self.cur().coroutine = true;
                Ok(())
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                self.exprs(comparators)
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                self.exprs(args)?;
                keywords.iter().try_for_each(|k| self.expr(&k.value))
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.expr(value)?;
                format_spec.as_deref().map_or(Ok(()), |s| self.expr(s))
            }
            ExprKind::JoinedStr { values } => self.exprs(values),
            ExprKind::Constant { .. } => Ok(()),
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)
            }
            ExprKind::Slice { lower, upper, step } => {
                [lower, upper, step].into_iter().flatten().try_for_each(|part| self.expr(part))
            }
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load { USE } else { DEF_LOCAL };
                self.add_def(id, flag, expr.loc)?;
                // `super()` needs the `__class__` cell.
                if *ctx == ExprContext::Load && self.cur_kind().is_function_block() && id == "super" {
                    self.add_def("__class__", USE, expr.loc)?;
                }
                Ok(())
            }
        }
    }

    fn yield_here(&mut self, loc: Loc) -> Result<()> {
        let block = self.cur();
        block.generator = true;
        if let BlockKind::Comprehension(kind) = block.kind {
            return Err(CompileError::at(format!("'yield' inside {}", kind.name()), loc));
        }
        Ok(())
    }

    /// A list, set or dict comprehension or a generator expression: its first iterable is
    /// evaluated in the enclosing scope, the rest in a scope of its own.
    fn comprehension(
        &mut self,
        expr: &'a Expr,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> Result<()> {
        let kind = CompKind::of(expr).expect("a comprehension");
        let Some(outermost) = generators.first() else { return Ok(()) };
        self.reject_in_class_annotation_scope("comprehension", expr.loc)?;
        self.cur().comp_iter_expr += 1;
        self.expr(&outermost.iter)?;
        self.cur().comp_iter_expr -= 1;
        self.enter(BlockKind::Comprehension(kind));
        let block = self.cur();
        block.coroutine = outermost.is_async;
        block.generator = kind == CompKind::Generator;
        self.comprehension_target(&outermost.target)?;
        self.exprs(&outermost.ifs)?;
        for generator in &generators[1..] {
            self.comprehension_target(&generator.target)?;
            self.cur().comp_iter_expr += 1;
            self.expr(&generator.iter)?;
            self.cur().comp_iter_expr -= 1;
            self.exprs(&generator.ifs)?;
            if generator.is_async {
                self.cur().coroutine = true;
            }
        }
        // A dict comprehension's value is visited before its key.
        if let Some(value) = value {
            self.expr(value)?;
        }
        self.expr(elt)?;
        self.exit_scope(key(expr));
        Ok(())
    }

    fn comprehension_target(&mut self, target: &'a Expr) -> Result<()> {
        self.cur().comp_iter_target = true;
        let result = self.expr(target);
        self.cur().comp_iter_target = false;
        result
    }

    /// A walrus inside a comprehension binds its name in the nearest enclosing function (or the
    /// module), never in the comprehension itself.
    fn extend_walrus_scope(&mut self, target: &'a Expr) -> Result<()> {
        let ExprKind::Name { id: name, .. } = &target.kind else { return Ok(()) };
        let loc = target.loc;
        for i in (0..self.stack.len()).rev() {
            let block = self.stack[i];
            let kind = self.blocks[block].kind;
            let place = match kind {
                BlockKind::Comprehension(_) => {
                    if self.blocks[block].flags(name) & DEF_COMP_ITER != 0 {
                        let msg =
                            format!("assignment expression cannot rebind comprehension iteration variable '{name}'");
                        return Err(CompileError::at(msg, loc));
                    }
                    continue;
                }
                BlockKind::Function | BlockKind::Lambda => {
                    let declared = self.blocks[block].flags(name);
                    let flag = if declared & DEF_GLOBAL != 0 { DEF_GLOBAL } else { DEF_NONLOCAL };
                    self.add_def(name, flag, loc)?;
                    self.record_directive(name, loc);
                    return self.add_def_in(block, name, DEF_LOCAL, loc);
                }
                BlockKind::Module => {
                    self.add_def(name, DEF_GLOBAL, loc)?;
                    self.record_directive(name, loc);
                    return self.add_def_in(block, name, DEF_GLOBAL, loc);
                }
                BlockKind::Class => "in a class body",
                BlockKind::TypeParams => "within the definition of a generic",
                BlockKind::TypeAlias => "in a type alias",
                BlockKind::TypeVarBound => "in a TypeVar bound",
                BlockKind::Annotation => continue,
            };
            let msg = format!("assignment expression within a comprehension cannot be used {place}");
            return Err(CompileError::at(msg, loc));
        }
        Ok(())
    }
}

/// CPython's private name mangling.
pub(crate) fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else { return name.to_string() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return name.to_string();
    }
    format!("_{class}{name}")
}

/// The second step: resolves declarations, parents before children. `bound` holds the names
/// bound in enclosing function scopes (`None` at module level); `type_params` the type
/// parameters in view. The sets are shared between siblings and copied only when changed.
fn analyze(
    builder: &Builder,
    id: usize,
    mut bound: Option<Rc<HashSet<String>>>,
    mut type_params: Rc<HashSet<String>>,
) -> Result<()> {
    let block = &builder.blocks[id];
    let is_class = block.kind == BlockKind::Class;
    // A class passes on what it was given, not its own names.
    let class_bound = if is_class { bound.clone() } else { None };
    let mut local: Vec<&String> = Vec::new();
    for (name, flags) in &block.symbols {
        let error = |msg: String| Err(CompileError::at(msg, block.directive(name)));
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return error(format!("name '{name}' is nonlocal and global"));
            }
            if let Some(bound) = &mut bound {
                if bound.contains(name) {
                    Rc::make_mut(bound).remove(name);
                }
            }
        } else if flags & DEF_NONLOCAL != 0 {
            match &bound {
                None => return error("nonlocal declaration not allowed at module level".to_string()),
                Some(bound) if !bound.contains(name) => {
                    return error(format!("no binding for nonlocal '{name}' found"))
                }
                Some(_) => {}
            }
            if type_params.contains(name) {
                return error(format!("nonlocal binding not allowed for type parameter '{name}'"));
            }
        } else if flags & DEF_BOUND != 0 {
            local.push(name);
            if flags & DEF_TYPE_PARAM != 0 {
                if !type_params.contains(name) {
                    Rc::make_mut(&mut type_params).insert(name.clone());
                }
            } else if type_params.contains(name) {
                Rc::make_mut(&mut type_params).remove(name);
            }
        }
    }
    if block.children.is_empty() {
        return Ok(());
    }
    let newbound = if is_class {
        let mut newbound = class_bound.map(|b| (*b).clone()).unwrap_or_default();
        newbound.insert("__class__".to_string());
        newbound.insert("__classdict__".to_string());
        Rc::new(newbound)
    } else if block.kind.is_function_like() && !local.is_empty() {
        let mut newbound = bound.map(|b| (*b).clone()).unwrap_or_default();
        newbound.extend(local.into_iter().cloned());
        Rc::new(newbound)
    } else {
        bound.unwrap_or_default()
    };
    for &child in &block.children {
        let (child_bound, child_params) = (Some(Rc::clone(&newbound)), Rc::clone(&type_params));
        crate::grow_stack(|| analyze(builder, child, child_bound, child_params))?;
    }
    Ok(())
}
