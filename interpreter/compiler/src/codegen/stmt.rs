//! Statements: module and class bodies, assignments of every form, `if`/`while`/`for`,
//! `return`/`break`/`continue`, `del`, `assert`, imports, `raise`, expression statements.

use ferrython_ast::*;
use ferrython_bytecode::{ConstValue, Intrinsic1, Opcode};

use super::expr::binary_op;
use super::{attr_loc, docstring, loc, Compiler, FBlock, FBlockKind, UnitType};
use crate::flowgraph::{Op, SrcLoc};
use crate::Result;

/// Whether a body holds an annotated assignment outside nested scopes (CPython's `find_ann`):
/// then the module or class needs `__annotations__`.
fn find_ann(body: &[Stmt]) -> bool {
    crate::grow_stack(|| find_ann_unguarded(body))
}

fn find_ann_unguarded(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match &stmt.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With(w) => find_ann(&w.body),
        StmtKind::Try(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| find_ann(&h.body))
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    /// A module or class body: `SETUP_ANNOTATIONS` if needed, the docstring into `__doc__`,
    /// then the statements (CPython's `compiler_body`).
    pub fn body(&mut self, at: SrcLoc, body: &'a [Stmt]) -> Result<()> {
        let mut at = at;
        if self.unit().utype == UnitType::Module {
            if let Some(first) = body.first() {
                at = loc(first.loc);
            }
        }
        if find_ann(body) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0, at);
        }
        let mut rest = body;
        if self.optimize < 2 {
            if let (Some(_), Some(first)) = (docstring(body), body.first()) {
                if let StmtKind::Expr { value } = &first.kind {
                    self.expr(value)?;
                    self.nameop("__doc__", ExprContext::Store, SrcLoc::NONE);
                    rest = &body[1..];
                }
            }
        }
        rest.iter().try_for_each(|s| self.stmt(s))
    }

    pub fn stmts(&mut self, body: &'a [Stmt]) -> Result<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    pub fn stmt(&mut self, stmt: &'a Stmt) -> Result<()> {
        crate::grow_stack(|| self.stmt_unguarded(stmt))
    }

    fn stmt_unguarded(&mut self, stmt: &'a Stmt) -> Result<()> {
        let at = loc(stmt.loc);
        match &stmt.kind {
            StmtKind::FunctionDef(f) => self.function_def(stmt, f),
            StmtKind::ClassDef(class) => self.class_def(stmt, class),
            StmtKind::Return { value } => self.return_stmt(stmt, value.as_deref()),
            StmtKind::Delete { targets } => self.exprs(targets),
            StmtKind::Assign { targets, value, .. } => {
                self.expr(value)?;
                for (i, target) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Opcode::COPY, 1, at);
                    }
                    self.expr(target)?;
                }
                Ok(())
            }
            StmtKind::TypeAlias { name, type_params, value } => self.type_alias(stmt, name, type_params, value),
            StmtKind::AugAssign { target, op, value } => self.aug_assign(stmt, target, *op, value),
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                self.ann_assign(stmt, target, annotation, value.as_deref(), *simple)
            }
            StmtKind::For(f) if f.is_async => self.async_for(stmt, f),
            StmtKind::For(f) => self.for_stmt(stmt, f),
            StmtKind::While { test, body, orelse } => self.while_stmt(stmt, test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let next = if orelse.is_empty() { end } else { self.new_label() };
                self.jump_if(test, next, false)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.jump(end, SrcLoc::NONE);
                    self.use_label(next);
                    self.stmts(orelse)?;
                }
                self.use_label(end);
                Ok(())
            }
            StmtKind::With(w) => self.with_stmt(w, 0),
            StmtKind::Match { subject, cases } => self.match_stmt(stmt, subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(exc) = exc {
                    self.expr(exc)?;
                    n += 1;
                    if let Some(cause) = cause {
                        self.expr(cause)?;
                        n += 1;
                    }
                }
                self.emit(Opcode::RAISE_VARARGS, n, at);
                Ok(())
            }
            StmtKind::Try(t) => self.try_stmt(stmt, t),
            StmtKind::Assert { test, msg } => {
                if self.optimize > 0 {
                    return Ok(());
                }
                let end = self.new_label();
                self.jump_if(test, end, true)?;
                self.emit(Opcode::LOAD_ASSERTION_ERROR, 0, at);
                if let Some(msg) = msg {
                    self.expr(msg)?;
                    self.emit(Opcode::CALL, 0, at);
                }
                self.emit(Opcode::RAISE_VARARGS, 1, loc(test.loc));
                self.use_label(end);
                Ok(())
            }
            StmtKind::Import { names } => self.import(at, names),
            StmtKind::ImportFrom { module, names, level } => self.import_from(at, module.as_deref(), names, *level),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => Ok(()),
            StmtKind::Expr { value } => self.expr_stmt(at, value),
            StmtKind::Pass => {
                self.emit(Opcode::NOP, 0, at);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(stmt),
            StmtKind::Continue => self.continue_stmt(stmt),
        }
    }

    fn expr_stmt(&mut self, at: SrcLoc, value: &'a Expr) -> Result<()> {
        if self.interactive && self.units.len() == 1 {
            self.expr(value)?;
            self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::Print as u32, at);
            self.emit(Opcode::POP_TOP, 0, SrcLoc::NONE);
            return Ok(());
        }
        if matches!(value.kind, ExprKind::Constant { .. }) {
            self.emit(Opcode::NOP, 0, at);
            return Ok(());
        }
        self.expr(value)?;
        self.emit(Opcode::POP_TOP, 0, SrcLoc::NONE);
        Ok(())
    }

    fn aug_assign(&mut self, stmt: &'a Stmt, target: &'a Expr, op: Operator, value: &'a Expr) -> Result<()> {
        let at = loc(target.loc);
        enum Kind {
            Attr,
            Slice,
            Subscr,
            Name,
        }
        let kind = match &target.kind {
            ExprKind::Attribute { value: obj, attr, .. } => {
                self.expr(obj)?;
                self.emit(Opcode::COPY, 1, at);
                let i = self.name_index(attr);
                self.emit(Opcode::LOAD_ATTR, i << 1, attr_loc(at, target, attr));
                Kind::Attr
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                self.expr(obj)?;
                if let ExprKind::Slice { lower, upper, step: None } = &slice.kind {
                    self.slice_parts(slice, lower.as_deref(), upper.as_deref(), None)?;
                    for _ in 0..3 {
                        self.emit(Opcode::COPY, 3, at);
                    }
                    self.emit(Opcode::BINARY_SLICE, 0, at);
                    Kind::Slice
                } else {
                    self.expr(slice)?;
                    self.emit(Opcode::COPY, 2, at);
                    self.emit(Opcode::COPY, 2, at);
                    self.emit(Opcode::BINARY_SUBSCR, 0, at);
                    Kind::Subscr
                }
            }
            ExprKind::Name { id, .. } => {
                self.nameop(id, ExprContext::Load, at);
                Kind::Name
            }
            _ => return Err(self.error("invalid node type for augmented assignment", target.loc)),
        };
        self.expr(value)?;
        self.emit(Opcode::BINARY_OP, binary_op(op, true), loc(stmt.loc));
        match (kind, &target.kind) {
            (Kind::Attr, ExprKind::Attribute { attr, .. }) => {
                let at = attr_loc(at, target, attr);
                self.emit(Opcode::SWAP, 2, at);
                let i = self.name_index(attr);
                self.emit(Opcode::STORE_ATTR, i, at);
            }
            (Kind::Slice, _) => {
                for n in [4, 3, 2] {
                    self.emit(Opcode::SWAP, n, at);
                }
                self.emit(Opcode::STORE_SLICE, 0, at);
            }
            (Kind::Subscr, _) => {
                self.emit(Opcode::SWAP, 3, at);
                self.emit(Opcode::SWAP, 2, at);
                self.emit(Opcode::STORE_SUBSCR, 0, at);
            }
            (_, ExprKind::Name { id, .. }) => self.nameop(id, ExprContext::Store, at),
            _ => {}
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
        let at = loc(stmt.loc);
        if let Some(value) = value {
            self.expr(value)?;
            self.expr(target)?;
        }
        let module_or_class = matches!(self.unit().utype, UnitType::Module | UnitType::Class);
        match &target.kind {
            ExprKind::Name { id, .. } if simple && module_or_class => {
                self.annotation_value(annotation)?;
                self.emit_name(Opcode::LOAD_NAME, "__annotations__", at);
                let mangled = self.mangle(id);
                self.load_const(Self::str_const(&mangled), at);
                self.emit(Opcode::STORE_SUBSCR, 0, at);
            }
            ExprKind::Attribute { value: obj, .. } if value.is_none() => self.check_ann_expr(obj)?,
            ExprKind::Subscript { value: obj, slice, .. } if value.is_none() => {
                self.check_ann_expr(obj)?;
                self.check_ann_subscr(slice)?;
            }
            _ => {}
        }
        if !simple && !self.future.annotations && module_or_class {
            self.check_ann_expr(annotation)?;
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, expr: &'a Expr) -> Result<()> {
        self.expr(expr)?;
        self.emit(Opcode::POP_TOP, 0, loc(expr.loc));
        Ok(())
    }

    fn check_ann_subscr(&mut self, expr: &'a Expr) -> Result<()> {
        match &expr.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(part)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => elts.iter().try_for_each(|e| self.check_ann_subscr(e)),
            _ => self.check_ann_expr(expr),
        }
    }

    /// An annotation's value: the expression, or its source text under
    /// `from __future__ import annotations`.
    pub fn annotation_value(&mut self, annotation: &'a Expr) -> Result<()> {
        if self.future.annotations {
            let text = crate::unparse::unparse(annotation);
            self.load_const(ConstValue::Str(text), loc(annotation.loc));
            Ok(())
        } else {
            self.expr(annotation)
        }
    }

    fn for_stmt(&mut self, _stmt: &'a Stmt, f: &'a For) -> Result<()> {
        let start = self.new_label();
        let body = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.unit_mut().fblocks.push(FBlock { kind: FBlockKind::ForLoop, block: Some(start), exit: Some(end) });
        self.iterable(&f.iter)?;
        let iter_at = loc(f.iter.loc);
        self.emit(Opcode::GET_ITER, 0, iter_at);
        self.use_label(start);
        self.emit_jump(Op::Real(Opcode::FOR_ITER), cleanup, iter_at);
        self.use_label(body);
        self.expr(&f.target)?;
        self.stmts(&f.body)?;
        self.jump(start, SrcLoc::NONE);
        self.use_label(cleanup);
        self.unit_mut().fblocks.pop();
        self.stmts(&f.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn async_for(&mut self, stmt: &'a Stmt, f: &'a For) -> Result<()> {
        let at = loc(stmt.loc);
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Opcode::GET_AITER, 0, at);
        self.use_label(start);
        self.unit_mut().fblocks.push(FBlock { kind: FBlockKind::ForLoop, block: Some(start), exit: Some(end) });
        self.emit_jump(Op::SetupFinally, except, at);
        self.emit(Opcode::GET_ANEXT, 0, at);
        self.load_const(ConstValue::None, at);
        self.emit(Opcode::YIELD_FROM, 0, at);
        self.emit_op(Op::PopBlock, 0, at);
        self.expr(&f.target)?;
        self.stmts(&f.body)?;
        self.jump(start, SrcLoc::NONE);
        self.unit_mut().fblocks.pop();
        self.use_label(except);
        self.emit(Opcode::END_ASYNC_FOR, 0, loc(f.iter.loc));
        self.stmts(&f.orelse)?;
        self.use_label(end);
        Ok(())
    }

    fn while_stmt(&mut self, stmt: &'a Stmt, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> Result<()> {
        let top = self.new_label();
        let body_label = self.new_label();
        let end = self.new_label();
        let anchor = self.new_label();
        self.use_label(top);
        self.unit_mut().fblocks.push(FBlock { kind: FBlockKind::WhileLoop, block: Some(top), exit: Some(end) });
        self.jump_if(test, anchor, false)?;
        self.use_label(body_label);
        self.stmts(body)?;
        self.jump_if(test, body_label, true)?;
        self.unit_mut().fblocks.pop();
        self.use_label(anchor);
        self.stmts(orelse)?;
        self.use_label(end);
        let _ = stmt;
        Ok(())
    }

    fn return_stmt(&mut self, stmt: &'a Stmt, value: Option<&'a Expr>) -> Result<()> {
        let mut at = loc(stmt.loc);
        let constant = value.and_then(|v| self.folded(v));
        let preserve_tos = value.is_some() && constant.is_none();
        match value {
            Some(value) if preserve_tos => self.expr(value)?,
            Some(value) => self.emit(Opcode::NOP, 0, loc(value.loc)),
            None => {}
        }
        if value.is_none_or(|v| v.loc.lineno != stmt.loc.lineno) {
            self.emit(Opcode::NOP, 0, at);
        }
        self.unwind_fblock_stack(&mut at, preserve_tos, false)?;
        match (value, constant) {
            (None, _) => self.load_const(ConstValue::None, at),
            (Some(_), Some(constant)) => self.load_const(constant, at),
            _ => {}
        }
        self.emit(Opcode::RETURN_VALUE, 0, at);
        Ok(())
    }

    fn break_stmt(&mut self, stmt: &'a Stmt) -> Result<()> {
        let mut at = loc(stmt.loc);
        self.emit(Opcode::NOP, 0, at);
        let Some(depth) = self.unwind_fblock_stack(&mut at, false, true)? else {
            return Err(self.error("'break' outside loop", stmt.loc));
        };
        let lp = self.unit().fblocks[depth];
        self.unwind_fblock(&mut at, lp, false)?;
        self.jump(lp.exit.expect("a loop has an exit"), at);
        Ok(())
    }

    fn continue_stmt(&mut self, stmt: &'a Stmt) -> Result<()> {
        let mut at = loc(stmt.loc);
        self.emit(Opcode::NOP, 0, at);
        let Some(depth) = self.unwind_fblock_stack(&mut at, false, true)? else {
            return Err(self.error("'continue' not properly in loop", stmt.loc));
        };
        let lp = self.unit().fblocks[depth];
        self.jump(lp.block.expect("a loop has a start"), at);
        Ok(())
    }

    fn import(&mut self, at: SrcLoc, names: &'a [Alias]) -> Result<()> {
        for alias in names {
            self.load_const(ConstValue::Int(Int::Small(0)), at);
            self.load_const(ConstValue::None, at);
            self.emit_name(Opcode::IMPORT_NAME, &alias.name, at);
            match &alias.asname {
                Some(asname) => {
                    let mut parts = alias.name.split('.');
                    parts.next();
                    let attrs: Vec<&str> = parts.collect();
                    if attrs.is_empty() {
                        self.nameop(asname, ExprContext::Store, at);
                    } else {
                        for (i, attr) in attrs.iter().enumerate() {
                            let n = self.unit_mut().names.add(attr);
                            self.emit(Opcode::IMPORT_FROM, n, at);
                            if i + 1 < attrs.len() {
                                self.emit(Opcode::SWAP, 2, at);
                                self.emit(Opcode::POP_TOP, 0, at);
                            }
                        }
                        self.nameop(asname, ExprContext::Store, at);
                        self.emit(Opcode::POP_TOP, 0, at);
                    }
                }
                None => {
                    let first = alias.name.split('.').next().unwrap_or(&alias.name);
                    self.nameop(first, ExprContext::Store, at);
                }
            }
        }
        Ok(())
    }

    fn import_from(&mut self, at: SrcLoc, module: Option<&str>, names: &'a [Alias], level: u32) -> Result<()> {
        self.load_const(ConstValue::Int(Int::Small(level.into())), at);
        let fromlist = names.iter().map(|a| Self::str_const(&a.name)).collect();
        self.load_const(ConstValue::Tuple(fromlist), at);
        self.emit_name(Opcode::IMPORT_NAME, module.unwrap_or(""), at);
        for (i, alias) in names.iter().enumerate() {
            if i == 0 && alias.name.starts_with('*') {
                self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::ImportStar as u32, at);
                self.emit(Opcode::POP_TOP, 0, SrcLoc::NONE);
                return Ok(());
            }
            self.emit_name(Opcode::IMPORT_FROM, &alias.name, at);
            self.nameop(alias.asname.as_deref().unwrap_or(&alias.name), ExprContext::Store, at);
        }
        self.emit(Opcode::POP_TOP, 0, SrcLoc::NONE);
        Ok(())
    }
}
