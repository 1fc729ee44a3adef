//! The checks CPython makes while generating code, in its order of generation.
//!
//! CPython's code generator walks the tree once per compilation unit (module, class body,
//! function, lambda, generator expression, type parameter scope), and raises the errors that
//! depend on where code stands: `'return' outside function`, `'break' outside loop`, `await` and
//! `yield` placement, asynchronous comprehensions, `except*` blocks left by `break`, `continue` or
//! `return`, starred expressions where no unpacking happens, assignments to `__debug__`, repeated
//! keyword arguments, misplaced `from __future__` imports, `match` patterns (`patterns`). Its
//! SyntaxWarnings (`warnings`) come out in the same walk, so a warning prints before an error only
//! if CPython generates its code first.
//!
//! The order is CPython's, which is not source order: an assignment's value comes before its
//! targets, a class body before its bases, a `for` loop's iterable before its target, defaults
//! before annotations. Some code is generated more than once, and warns each time: a `while`
//! condition twice, a `finally` block once for the normal exit, once for the exceptional one and
//! once more for every `return`, `break` or `continue` that leaves its `try` block.

use ferrython_ast::*;

use crate::fold::Folder;
use crate::future::FutureFeatures;
use crate::symtable::{CompKind, ScopeFacts, SymbolTable};
use crate::warnings;

mod patterns;
use crate::{CompileError, CompileWarning, Result};

/// The kinds of compilation unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Module,
    Class,
    Function {
        is_async: bool,
    },
    Lambda,
    /// A comprehension compiled as a function of its own (generator expressions always; list,
    /// set and dict comprehensions only where they are not inlined).
    Comprehension,
    TypeParams,
    TypeAlias,
    TypeVarBound,
}

/// What a `break`, `continue` or `return` has to get out of (CPython's frame blocks).
#[derive(Clone, Copy, Debug)]
enum FrameBlock<'a> {
    Loop,
    /// The body of a `try` with a `finally`, which every way out runs.
    FinallyTry(&'a [Stmt]),
    With,
    /// The handler of an `except*`, which cannot be left by a jump.
    ExceptStar,
    /// Blocks that leave no trace on the checks (`try` bodies, `except` handlers...).
    Other,
}

struct Unit<'a> {
    kind: UnitKind,
    facts: ScopeFacts,
    blocks: Vec<FrameBlock<'a>>,
}

pub(crate) struct Codegen<'a> {
    units: Vec<Unit<'a>>,
    future: &'a FutureFeatures,
    table: &'a SymbolTable,
    pub(crate) folder: Folder,
    warnings: Vec<CompileWarning>,
    flags: crate::Flags,
}

const EXCEPT_STAR_JUMP: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

/// Walks a module as CPython's code generator does, collecting its warnings and its first error.
pub(crate) fn check(
    module: &Mod,
    future: &FutureFeatures,
    table: &SymbolTable,
    flags: crate::Flags,
) -> (Result<()>, Vec<CompileWarning>) {
    let mut codegen =
        Codegen { units: Vec::new(), future, table, folder: Folder::default(), warnings: Vec::new(), flags };
    codegen.enter(UnitKind::Module, ScopeFacts::default());
    let result = match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => codegen.body(body),
        Mod::Expression { body } => codegen.expr(body),
        Mod::FunctionType { .. } => Ok(()),
    };
    (result, codegen.warnings)
}

/// `__debug__` cannot be assigned or deleted.
pub(crate) fn forbidden_name(name: &str, loc: Loc, ctx: ExprContext) -> Result<()> {
    if name != "__debug__" {
        return Ok(());
    }
    match ctx {
        ExprContext::Store => Err(CompileError::at("cannot assign to __debug__", loc)),
        ExprContext::Del => Err(CompileError::at("cannot delete __debug__", loc)),
        ExprContext::Load => Ok(()),
    }
}

fn store(name: &str, loc: Loc) -> Result<()> {
    forbidden_name(name, loc, ExprContext::Store)
}

impl<'a> Codegen<'a> {
    fn unit(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is open")
    }

    fn unit_mut(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is open")
    }

    fn enter(&mut self, kind: UnitKind, facts: ScopeFacts) {
        self.units.push(Unit { kind, facts, blocks: Vec::new() });
    }

    fn exit(&mut self) {
        self.units.pop();
    }

    /// Runs `f` inside a new unit.
    fn within(&mut self, kind: UnitKind, facts: ScopeFacts, f: impl FnOnce(&mut Self) -> Result<()>) -> Result<()> {
        self.enter(kind, facts);
        let result = f(self);
        self.exit();
        result
    }

    /// Runs `f` with a frame block pushed.
    fn in_block(&mut self, block: FrameBlock<'a>, f: impl FnOnce(&mut Self) -> Result<()>) -> Result<()> {
        self.unit_mut().blocks.push(block);
        let result = f(self);
        self.unit_mut().blocks.pop();
        result
    }

    pub(crate) fn warn(&mut self, msg: Option<String>, lineno: u32) {
        if let Some(msg) = msg {
            self.warnings.push(CompileWarning { msg, lineno });
        }
    }

    fn in_async_function(&self) -> bool {
        self.unit().kind == UnitKind::Function { is_async: true } || self.top_level_await()
    }

    /// In the module's own code, compiled with `PyCF_ALLOW_TOP_LEVEL_AWAIT`.
    fn top_level_await(&self) -> bool {
        self.flags.top_level_await && self.unit().kind == UnitKind::Module
    }

    /// Whether the unit is a function in CPython's sense (everything but modules and classes).
    fn in_function_like(&self) -> bool {
        !matches!(self.unit().kind, UnitKind::Module | UnitKind::Class)
    }

    pub(crate) fn body(&mut self, body: &'a [Stmt]) -> Result<()> {
        body.iter().try_for_each(|stmt| self.stmt(stmt))
    }

    pub(crate) fn exprs(&mut self, exprs: &'a [Expr]) -> Result<()> {
        exprs.iter().try_for_each(|expr| self.expr(expr))
    }

    fn stmt(&mut self, stmt: &'a Stmt) -> Result<()> {
        crate::grow_stack(|| self.stmt_unguarded(stmt))
    }

    fn stmt_unguarded(&mut self, stmt: &'a Stmt) -> Result<()> {
        match &stmt.kind {
            StmtKind::FunctionDef(f) => self.function_def(stmt, f),
            StmtKind::ClassDef(class) => self.class_def(stmt, class),
            StmtKind::Return { value } => self.return_stmt(stmt, value.as_deref()),
            StmtKind::Delete { targets } => self.exprs(targets),
            StmtKind::Assign { targets, value, .. } => {
                self.expr(value)?;
                self.exprs(targets)
            }
            StmtKind::TypeAlias { name, type_params, value } => {
                let generic = !type_params.is_empty();
                if generic {
                    self.enter(UnitKind::TypeParams, ScopeFacts::default());
                    self.type_params(type_params)?;
                }
                self.within(UnitKind::TypeAlias, ScopeFacts::default(), |c| c.expr(value))?;
                if generic {
                    self.exit();
                }
                match &name.kind {
                    ExprKind::Name { id, .. } => store(id, stmt.loc),
                    _ => Ok(()),
                }
            }
            StmtKind::AugAssign { target, value, .. } => self.aug_assign(target, value),
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.ann_assign(stmt, target, annotation, value.as_deref(), *simple)
            }
            StmtKind::For(f) => {
                if f.is_async && !self.in_async_function() {
                    return Err(CompileError::at("'async for' outside async function", stmt.loc));
                }
                self.expr(&f.iter)?;
                self.expr(&f.target)?;
                self.in_block(FrameBlock::Loop, |c| c.body(&f.body))?;
                self.body(&f.orelse)
            }
            StmtKind::While { test, body, orelse } => {
                // The condition is generated twice: before the first iteration and after each.
                self.in_block(FrameBlock::Loop, |c| {
                    c.expr(test)?;
                    c.body(body)?;
                    c.expr(test)
                })?;
                self.body(orelse)
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.body(body)?;
                self.body(orelse)
            }
            StmtKind::With(w) => self.with_items(stmt, w, 0),
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Raise { exc, cause } => {
                for e in [exc, cause].into_iter().flatten() {
                    self.expr(e)?;
                }
                Ok(())
            }
            StmtKind::Try(t) => self.try_stmt(t),
            StmtKind::Assert { test, msg } => {
                let warning = warnings::assertion(&mut self.folder, test);
                self.warn(warning, stmt.loc.lineno);
                self.expr(test)?;
                msg.as_deref().map_or(Ok(()), |m| self.expr(m))
            }
            StmtKind::Import { names } => {
                for alias in names {
                    let stored = alias.asname.as_deref().unwrap_or_else(|| alias.name.split('.').next().unwrap_or(""));
                    store(stored, stmt.loc)?;
                }
                Ok(())
            }
            StmtKind::ImportFrom { module, names, .. } => {
                if module.as_deref() == Some("__future__") && self.future.is_late(stmt.loc) {
                    let msg = "from __future__ imports must occur at the beginning of the file";
                    return Err(CompileError::at(msg, stmt.loc));
                }
                for alias in names.iter().filter(|alias| alias.name != "*") {
                    store(alias.asname.as_deref().unwrap_or(&alias.name), stmt.loc)?;
                }
                Ok(())
            }
            StmtKind::Expr { value } => self.expr(value),
            StmtKind::Break => self.loop_jump(stmt, "'break' outside loop"),
            StmtKind::Continue => self.loop_jump(stmt, "'continue' not properly in loop"),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } | StmtKind::Pass => Ok(()),
        }
    }

    fn function_def(&mut self, stmt: &'a Stmt, f: &'a FunctionDef) -> Result<()> {
        check_debug_args(&f.args)?;
        self.exprs(&f.decorator_list)?;
        self.defaults(&f.args)?;
        let generic = !f.type_params.is_empty();
        if generic {
            self.enter(UnitKind::TypeParams, ScopeFacts::default());
            self.type_params(&f.type_params)?;
        }
        self.annotations(&f.args, f.returns.as_ref())?;
        let facts = self.table.function(f);
        self.within(UnitKind::Function { is_async: f.is_async }, facts, |c| c.body(&f.body))?;
        if generic {
            self.exit();
        }
        store(&f.name, stmt.loc)
    }

    fn class_def(&mut self, stmt: &'a Stmt, class: &'a ClassDef) -> Result<()> {
        self.exprs(&class.decorator_list)?;
        let generic = !class.type_params.is_empty();
        if generic {
            self.enter(UnitKind::TypeParams, ScopeFacts::default());
            self.type_params(&class.type_params)?;
        }
        self.within(UnitKind::Class, ScopeFacts::default(), |c| c.body(&class.body))?;
        // The bases and keywords are the arguments of the call that builds the class.
        self.call_arguments(&class.bases, &class.keywords)?;
        if generic {
            self.exit();
        }
        store(&class.name, stmt.loc)
    }

    fn defaults(&mut self, args: &'a Arguments) -> Result<()> {
        self.exprs(&args.defaults)?;
        args.kw_defaults.iter().flatten().try_for_each(|default| self.expr(default))
    }

    /// A function's annotations are evaluated with the definition, unless postponed by
    /// `from __future__ import annotations` (CPython's order puts `args` before `posonlyargs`).
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> Result<()> {
        if self.future.annotations {
            return Ok(());
        }
        let all =
            args.args.iter().chain(&args.posonlyargs).chain(&args.vararg).chain(&args.kwonlyargs).chain(&args.kwarg);
        for annotation in all.filter_map(|arg| arg.annotation.as_deref()).chain(returns) {
            match &annotation.kind {
                // `*args: *Ts` unpacks `Ts`.
                ExprKind::Starred { value, .. } => self.expr(value)?,
                _ => self.expr(annotation)?,
            }
        }
        Ok(())
    }

    fn type_params(&mut self, params: &'a [TypeParam]) -> Result<()> {
        for param in params {
            let name = match &param.kind {
                TypeParamKind::TypeVar { name, bound } => {
                    if let Some(bound) = bound {
                        self.within(UnitKind::TypeVarBound, ScopeFacts::default(), |c| c.expr(bound))?;
                    }
                    name
                }
                TypeParamKind::ParamSpec { name } | TypeParamKind::TypeVarTuple { name } => name,
            };
            store(name, param.loc)?;
        }
        Ok(())
    }

    fn return_stmt(&mut self, stmt: &'a Stmt, value: Option<&'a Expr>) -> Result<()> {
        if !self.in_function_like() {
            return Err(CompileError::at("'return' outside function", stmt.loc));
        }
        let facts = self.unit().facts;
        if value.is_some() && facts.coroutine && facts.generator {
            return Err(CompileError::at("'return' with value in async generator", stmt.loc));
        }
        // CPython reports a constant return value's position for the jump, if on the same line.
        let mut loc = stmt.loc;
        if let Some(value) = value {
            if self.folder.is_constant(value) {
                loc = value.loc;
            } else {
                self.expr(value)?;
            }
        }
        if value.is_none_or(|value| value.loc.lineno != stmt.loc.lineno) {
            loc = stmt.loc;
        }
        self.unwind(Some(loc), false)?;
        Ok(())
    }

    fn loop_jump(&mut self, stmt: &'a Stmt, msg: &str) -> Result<()> {
        if self.unwind(Some(stmt.loc), true)? {
            Ok(())
        } else {
            Err(CompileError::at(msg, stmt.loc))
        }
    }

    /// Leaves the frame blocks of the unit, innermost first, up to the nearest loop (`to_loop`)
    /// or all of them, as a jump does; `finally` blocks on the way are generated again. Returns
    /// whether a loop was found. After a `finally` or `with` block, CPython's location for the
    /// jump becomes artificial (`None`), which shows in the `except*` error.
    fn unwind(&mut self, mut loc: Option<Loc>, to_loop: bool) -> Result<bool> {
        let mut depth = self.unit().blocks.len();
        while depth > 0 {
            match self.unit().blocks[depth - 1] {
                FrameBlock::ExceptStar => return Err(CompileError::at_maybe(EXCEPT_STAR_JUMP, loc)),
                FrameBlock::Loop if to_loop => return Ok(true),
                FrameBlock::FinallyTry(finalbody) => {
                    let above = self.unit_mut().blocks.split_off(depth - 1);
                    let result = self.body(finalbody);
                    self.unit_mut().blocks.extend(above);
                    result?;
                    loc = None;
                }
                FrameBlock::With => loc = None,
                FrameBlock::Loop | FrameBlock::Other => {}
            }
            depth -= 1;
        }
        Ok(false)
    }

    fn with_items(&mut self, stmt: &'a Stmt, with: &'a With, index: usize) -> Result<()> {
        if with.is_async && !self.in_async_function() {
            return Err(CompileError::at("'async with' outside async function", stmt.loc));
        }
        let Some(item) = with.items.get(index) else { return self.body(&with.body) };
        self.expr(&item.context_expr)?;
        self.in_block(FrameBlock::With, |c| {
            if let Some(vars) = &item.optional_vars {
                c.expr(vars)?;
            }
            if index + 1 == with.items.len() {
                c.body(&with.body)
            } else {
                c.with_items(stmt, with, index + 1)
            }
        })
    }

    fn try_stmt(&mut self, t: &'a Try) -> Result<()> {
        if t.finalbody.is_empty() {
            return self.try_except(t);
        }
        self.in_block(FrameBlock::FinallyTry(&t.finalbody), |c| {
            if t.handlers.is_empty() {
                c.body(&t.body)
            } else {
                c.try_except(t)
            }
        })?;
        // The normal way out, then the exceptional one.
        self.body(&t.finalbody)?;
        self.in_block(FrameBlock::Other, |c| c.body(&t.finalbody))
    }

    /// `try`/`except`: the body, the `else` block, then the handlers; `try`/`except*`: the
    /// body, the handlers, then the `else` block.
    fn try_except(&mut self, t: &'a Try) -> Result<()> {
        self.in_block(FrameBlock::Other, |c| c.body(&t.body))?;
        if !t.is_star {
            self.body(&t.orelse)?;
        }
        for (i, handler) in t.handlers.iter().enumerate() {
            if !t.is_star && handler.type_.is_none() && i + 1 < t.handlers.len() {
                return Err(CompileError::at("default 'except:' must be last", handler.loc));
            }
            if let Some(type_) = &handler.type_ {
                self.expr(type_)?;
            }
            if let Some(name) = &handler.name {
                store(name, handler.loc)?;
            }
            let block = if t.is_star { FrameBlock::ExceptStar } else { FrameBlock::Other };
            self.in_block(block, |c| c.body(&handler.body))?;
        }
        if t.is_star {
            self.body(&t.orelse)?;
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, value: &'a Expr) -> Result<()> {
        match &target.kind {
            ExprKind::Attribute { value: object, .. } => self.expr(object)?,
            ExprKind::Subscript { value: object, slice, .. } => {
                self.expr(object)?;
                self.expr(slice)?;
            }
            _ => {}
        }
        self.expr(value)?;
        match &target.kind {
            ExprKind::Name { id, .. } => store(id, target.loc),
            _ => Ok(()),
        }
    }

    fn ann_assign(
        &mut self,
        stmt: &'a Stmt,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> Result<()> {
        if let Some(value) = value {
            self.expr(value)?;
            self.expr(target)?;
        }
        let evaluates_annotations =
            !self.future.annotations && matches!(self.unit().kind, UnitKind::Module | UnitKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                store(id, stmt.loc)?;
                if simple && evaluates_annotations {
                    self.expr(annotation)?;
                }
            }
            ExprKind::Attribute { value: object, attr, .. } => {
                store(attr, stmt.loc)?;
                if value.is_none() {
                    self.expr(object)?;
                }
            }
            ExprKind::Subscript { value: object, slice, .. } if value.is_none() => {
                self.expr(object)?;
                self.annotated_slice(slice)?;
            }
            _ => {}
        }
        if !simple && evaluates_annotations {
            self.expr(annotation)?;
        }
        Ok(())
    }

    /// The slice of an annotated subscript without a value is evaluated piece by piece.
    fn annotated_slice(&mut self, slice: &'a Expr) -> Result<()> {
        match &slice.kind {
            ExprKind::Slice { lower, upper, step } => {
                [lower, upper, step].into_iter().flatten().try_for_each(|part| self.expr(part))
            }
            ExprKind::Tuple { elts, .. } => elts.iter().try_for_each(|elt| self.annotated_slice(elt)),
            _ => self.expr(slice),
        }
    }

    pub(crate) fn expr(&mut self, expr: &'a Expr) -> Result<()> {
        crate::grow_stack(|| self.expr_unguarded(expr))
    }

    fn expr_unguarded(&mut self, expr: &'a Expr) -> Result<()> {
        match &expr.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.expr(target)
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => match negated_compare(operand) {
                // The optimizer turns `not a is b` into `a is not b`.
                Some((compare, negated)) => self.compare(compare, negated, expr.loc.lineno),
                None => self.expr(operand),
            },
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                check_debug_args(args)?;
                self.defaults(args)?;
                self.within(UnitKind::Lambda, ScopeFacts::default(), |c| c.expr(body))
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Dict { keys, values } => {
                for (key, value) in keys.iter().zip(values) {
                    if let Some(key) = key {
                        self.expr(key)?;
                    }
                    self.expr(value)?;
                }
                Ok(())
            }
            ExprKind::Set { elts } => self.elements(elts),
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => self.comprehension(expr, generators, elt, None),
            ExprKind::DictComp { key, value, generators } => self.comprehension(expr, generators, key, Some(value)),
            ExprKind::Await { value } => {
                match self.unit().kind {
                    _ if self.top_level_await() => {}
                    UnitKind::Module | UnitKind::Class => {
                        return Err(CompileError::at("'await' outside function", expr.loc));
                    }
                    UnitKind::Function { is_async: true } | UnitKind::Comprehension => {}
                    _ => return Err(CompileError::at("'await' outside async function", expr.loc)),
                }
                self.expr(value)
            }
            ExprKind::Yield { value } => {
                if !self.in_function_like() {
                    return Err(CompileError::at("'yield' outside function", expr.loc));
                }
                value.as_deref().map_or(Ok(()), |v| self.expr(v))
            }
            ExprKind::YieldFrom { value } => {
                if !self.in_function_like() {
                    return Err(CompileError::at("'yield from' outside function", expr.loc));
                }
                if self.in_async_function() {
                    return Err(CompileError::at("'yield from' inside async function", expr.loc));
                }
                self.expr(value)
            }
            ExprKind::Compare { .. } => self.compare(expr, false, expr.loc.lineno),
            ExprKind::Call { func, args, keywords } => {
                validate_keywords(keywords)?;
                let warning = warnings::not_callable(&mut self.folder, func);
                self.warn(warning, func.loc.lineno);
                self.expr(func)?;
                self.call_arguments(args, keywords)
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.expr(value)?;
                format_spec.as_deref().map_or(Ok(()), |s| self.expr(s))
            }
            ExprKind::JoinedStr { values } => self.exprs(values),
            ExprKind::Constant { .. } => Ok(()),
            ExprKind::Attribute { value, attr, ctx } => {
                self.expr(value)?;
                if *ctx == ExprContext::Store {
                    store(attr, attribute_loc(expr, attr))?;
                }
                Ok(())
            }
            ExprKind::Subscript { value, slice, ctx } => {
                if *ctx == ExprContext::Load {
                    let warning = warnings::not_subscriptable(&mut self.folder, value);
                    self.warn(warning, value.loc.lineno);
                    let warning = warnings::bad_index(&mut self.folder, value, slice);
                    self.warn(warning, value.loc.lineno);
                }
                self.expr(value)?;
                self.expr(slice)
            }
            ExprKind::Starred { ctx: ExprContext::Store, .. } => {
                Err(CompileError::at("starred assignment target must be in a list or tuple", expr.loc))
            }
            ExprKind::Starred { .. } => Err(CompileError::at("can't use starred expression here", expr.loc)),
            ExprKind::Name { id, ctx } => forbidden_name(id, expr.loc, *ctx),
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                if *ctx == ExprContext::Store {
                    check_unpacking(elts, expr.loc)?;
                }
                self.elements(elts)
            }
            ExprKind::Slice { lower, upper, step } => {
                [lower, upper, step].into_iter().flatten().try_for_each(|part| self.expr(part))
            }
        }
    }

    /// The items of a display or an unpacking target: a starred item is an unpacking.
    fn elements(&mut self, elts: &'a [Expr]) -> Result<()> {
        for elt in elts {
            match &elt.kind {
                ExprKind::Starred { value, .. } => self.expr(value)?,
                _ => self.expr(elt)?,
            }
        }
        Ok(())
    }

    /// The positional and keyword arguments of a call (or of a class definition).
    fn call_arguments(&mut self, args: &'a [Expr], keywords: &'a [Keyword]) -> Result<()> {
        validate_keywords(keywords)?;
        self.elements(args)?;
        keywords.iter().try_for_each(|keyword| self.expr(&keyword.value))
    }

    fn compare(&mut self, expr: &'a Expr, negated: bool, lineno: u32) -> Result<()> {
        let ExprKind::Compare { left, ops, comparators } = &expr.kind else { return self.expr(expr) };
        let warning = warnings::literal_identity(&mut self.folder, left, ops, comparators, negated);
        self.warn(warning, lineno);
        self.expr(left)?;
        self.exprs(comparators)
    }

    /// A comprehension: list, set and dict comprehensions are inlined into the enclosing unit
    /// (their first iterable generated first); generator expressions get a unit of their own,
    /// and their first iterable is generated after it, in the enclosing unit.
    fn comprehension(
        &mut self,
        expr: &'a Expr,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> Result<()> {
        let Some(first) = generators.first() else { return Ok(()) };
        let kind = CompKind::of(expr).expect("a comprehension");
        // (Comprehensions are not inlined in scopes that see a class, but the symbol table
        // rejects comprehensions there.)
        let inlined = kind != CompKind::Generator;
        let outer = self.unit().kind;
        let facts = self.table.comprehension(expr);
        if inlined {
            self.expr(&first.iter)?;
        } else {
            self.enter(UnitKind::Comprehension, facts);
        }
        let result = (|| {
            let async_allowed = matches!(outer, UnitKind::Function { is_async: true } | UnitKind::Comprehension)
                || (outer == UnitKind::Module && self.flags.top_level_await);
            if facts.coroutine && kind != CompKind::Generator && !async_allowed {
                let msg = "asynchronous comprehension outside of an asynchronous function";
                return Err(CompileError::at(msg, expr.loc));
            }
            for (i, generator) in generators.iter().enumerate() {
                if i > 0 {
                    self.expr(&generator.iter)?;
                }
                self.expr(&generator.target)?;
                self.exprs(&generator.ifs)?;
            }
            self.expr(elt)?;
            value.map_or(Ok(()), |v| self.expr(v))
        })();
        if !inlined {
            self.exit();
            result?;
            return self.expr(&first.iter);
        }
        result
    }
}

/// `not` over a single `is`, `is not`, `in` or `not in` comparison, as the optimizer rewrites
/// it: the comparison and whether its operator is negated.
fn negated_compare(operand: &Expr) -> Option<(&Expr, bool)> {
    // A loop rather than recursion: `not` may be nested as deeply as the parser allows.
    let mut negated = true;
    let mut operand = operand;
    loop {
        match &operand.kind {
            ExprKind::Compare { ops, .. }
                if ops.len() == 1 && matches!(ops[0], CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn) =>
            {
                return Some((operand, negated));
            }
            ExprKind::UnaryOp { op: UnaryOp::Not, operand: inner } => {
                negated = !negated;
                operand = inner;
            }
            _ => return None,
        }
    }
}

/// Parameters cannot be named `__debug__`.
fn check_debug_args(args: &Arguments) -> Result<()> {
    let all = args.posonlyargs.iter().chain(&args.args).chain(&args.vararg).chain(&args.kwonlyargs).chain(&args.kwarg);
    all.into_iter().try_for_each(|arg| store(&arg.arg, arg.loc))
}

/// Keyword arguments: not `__debug__`, and not twice the same (reported at the repetition).
fn validate_keywords(keywords: &[Keyword]) -> Result<()> {
    for (i, keyword) in keywords.iter().enumerate() {
        let Some(name) = &keyword.arg else { continue };
        store(name, keyword.loc)?;
        if let Some(repeated) = keywords[i + 1..].iter().find(|k| k.arg.as_ref() == Some(name)) {
            return Err(CompileError::at(format!("keyword argument repeated: {name}"), repeated.loc));
        }
    }
    Ok(())
}

/// An unpacking target holds at most one starred item, with fewer than 256 items before it.
fn check_unpacking(elts: &[Expr], loc: Loc) -> Result<()> {
    let mut seen_star = false;
    for (i, elt) in elts.iter().enumerate() {
        if !matches!(elt.kind, ExprKind::Starred { .. }) {
            continue;
        }
        if seen_star {
            return Err(CompileError::at("multiple starred expressions in assignment", loc));
        }
        if i >= 1 << 8 || elts.len() - i > (i32::MAX >> 8) as usize {
            return Err(CompileError::at("too many expressions in star-unpacking assignment", loc));
        }
        seen_star = true;
    }
    Ok(())
}

/// CPython locates an attribute that spans lines at its name, on the last line.
fn attribute_loc(expr: &Expr, attr: &str) -> Loc {
    let loc = expr.loc;
    if loc.lineno == loc.end_lineno {
        return loc;
    }
    let len = attr.chars().count() as u32;
    let col_offset = loc.end_col_offset.saturating_sub(len);
    Loc { lineno: loc.end_lineno, col_offset, ..loc }
}
