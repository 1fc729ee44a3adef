//! `try` (with `except`, `except*`, `else`, `finally`), `with` and `async with`, and what
//! `return`, `break` and `continue` run on their way out of those blocks, in CPython 3.12's
//! exception-table scheme: SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH push a handler, handlers start
//! with PUSH_EXC_INFO and leave with POP_EXCEPT, and cleanups re-raise with the saved lasti.

use ferrython_ast::*;
use ferrython_bytecode::{ConstValue, Intrinsic2, Opcode};

use super::{loc, Compiler, FBlock, FBlockKind};
use crate::flowgraph::{BlockId, Op, SrcLoc};
use crate::Result;

impl<'a> Compiler<'a> {
    fn push_fblock(&mut self, kind: FBlockKind<'a>, block: Option<BlockId>, exit: Option<BlockId>) {
        self.unit_mut().fblocks.push(FBlock { kind, block, exit });
    }

    fn pop_fblock(&mut self) {
        self.unit_mut().fblocks.pop();
    }

    /// Emits what leaving every frame block up to the innermost loop (`to_loop`) or the whole
    /// function takes; returns the index of that loop. The blocks are popped while their exit
    /// code is generated, so a `finally` body does not run itself again.
    pub fn unwind_fblock_stack(&mut self, at: &mut SrcLoc, preserve_tos: bool, to_loop: bool) -> Result<Option<usize>> {
        let Some(&top) = self.unit().fblocks.last() else { return Ok(None) };
        if let FBlockKind::ExceptionGroupHandler = top.kind {
            let msg = "'break', 'continue' and 'return' cannot appear in an except* block";
            return Err(crate::CompileError {
                msg: msg.to_string(),
                lineno: at.lineno.into(),
                offset: i64::from(at.col) + 1,
                end_lineno: at.end_lineno.into(),
                end_offset: Some(i64::from(at.end_col) + 1),
            });
        }
        if to_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(self.unit().fblocks.len() - 1));
        }
        self.pop_fblock();
        let result = self
            .unwind_fblock(at, top, preserve_tos)
            .and_then(|()| self.unwind_fblock_stack(at, preserve_tos, to_loop));
        self.unit_mut().fblocks.push(top);
        result
    }

    /// The exit code of one frame block (CPython's `compiler_unwind_fblock`).
    pub fn unwind_fblock(&mut self, at: &mut SrcLoc, block: FBlock<'a>, preserve_tos: bool) -> Result<()> {
        match block.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::ExceptionGroupHandler
            | FBlockKind::AsyncComprehensionGenerator => {}
            FBlockKind::ForLoop | FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2, *at);
                }
                self.emit(Opcode::POP_TOP, 0, *at);
            }
            FBlockKind::TryExcept => self.emit_op(Op::PopBlock, 0, *at),
            FBlockKind::FinallyTry(body) => {
                self.emit_op(Op::PopBlock, 0, *at);
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, None, None);
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
                *at = SrcLoc::NONE;
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2, *at);
                }
                self.emit(Opcode::POP_TOP, 0, *at);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2, *at);
                }
                self.emit_op(Op::PopBlock, 0, *at);
                self.emit(Opcode::POP_EXCEPT, 0, *at);
            }
            FBlockKind::With(with_at) | FBlockKind::AsyncWith(with_at) => {
                *at = with_at;
                self.emit_op(Op::PopBlock, 0, *at);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2, *at);
                }
                self.call_exit_with_nones(*at);
                if let FBlockKind::AsyncWith(_) = block.kind {
                    self.await_value(2, *at);
                }
                self.emit(Opcode::POP_TOP, 0, *at);
                *at = SrcLoc::NONE;
            }
            FBlockKind::HandlerCleanup(name) => {
                if name.is_some() {
                    self.emit_op(Op::PopBlock, 0, *at);
                }
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2, *at);
                }
                self.emit_op(Op::PopBlock, 0, *at);
                self.emit(Opcode::POP_EXCEPT, 0, *at);
                if let Some(name) = name {
                    self.load_const(ConstValue::None, *at);
                    self.nameop(name, ExprContext::Store, *at);
                    self.nameop(name, ExprContext::Del, *at);
                }
            }
        }
        Ok(())
    }

    /// `exit(None, None, None)`: the stack holds the bound `__exit__`; the first None takes the
    /// self slot of the call layout.
    fn call_exit_with_nones(&mut self, at: SrcLoc) {
        for _ in 0..3 {
            self.load_const(ConstValue::None, at);
        }
        self.emit(Opcode::CALL, 2, at);
    }

    /// Awaits the value on the stack (`GET_AWAITABLE where; LOAD_CONST None; YIELD_FROM`).
    pub fn await_value(&mut self, where_: u32, at: SrcLoc) {
        self.emit(Opcode::GET_AWAITABLE, where_, at);
        self.load_const(ConstValue::None, at);
        self.emit(Opcode::YIELD_FROM, 0, at);
    }

    /// `COPY 3; POP_EXCEPT; RERAISE 1`: restores the previous exception and re-raises.
    fn pop_except_and_reraise(&mut self, at: SrcLoc) {
        self.emit(Opcode::COPY, 3, at);
        self.emit(Opcode::POP_EXCEPT, 0, at);
        self.emit(Opcode::RERAISE, 1, at);
    }

    pub fn try_stmt(&mut self, stmt: &'a Stmt, t: &'a Try) -> Result<()> {
        if !t.finalbody.is_empty() {
            self.try_finally(stmt, t)
        } else if t.is_star {
            self.try_star_except(stmt, t)
        } else {
            self.try_except(stmt, t)
        }
    }

    fn try_finally(&mut self, stmt: &'a Stmt, t: &'a Try) -> Result<()> {
        let at = loc(stmt.loc);
        let body = self.new_label();
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.emit_jump(Op::SetupFinally, end, at);
        self.use_label(body);
        self.push_fblock(FBlockKind::FinallyTry(&t.finalbody), Some(body), Some(end));
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else if t.is_star {
            self.try_star_except(stmt, t)?;
        } else {
            self.try_except(stmt, t)?;
        }
        self.emit_op(Op::PopBlock, 0, SrcLoc::NONE);
        self.pop_fblock();
        self.stmts(&t.finalbody)?;
        self.jump(exit, SrcLoc::NONE);

        self.use_label(end);
        self.emit_jump(Op::SetupCleanup, cleanup, SrcLoc::NONE);
        self.emit(Opcode::PUSH_EXC_INFO, 0, SrcLoc::NONE);
        self.push_fblock(FBlockKind::FinallyEnd, Some(end), None);
        self.stmts(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0, SrcLoc::NONE);
        self.use_label(cleanup);
        self.pop_except_and_reraise(SrcLoc::NONE);
        self.use_label(exit);
        Ok(())
    }

    fn try_except(&mut self, stmt: &'a Stmt, t: &'a Try) -> Result<()> {
        let at = loc(stmt.loc);
        let body = self.new_label();
        let mut except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.emit_jump(Op::SetupFinally, except, at);
        self.use_label(body);
        self.push_fblock(FBlockKind::TryExcept, Some(body), None);
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.emit_op(Op::PopBlock, 0, SrcLoc::NONE);
        self.stmts(&t.orelse)?;
        self.jump(end, SrcLoc::NONE);

        self.use_label(except);
        self.emit_jump(Op::SetupCleanup, cleanup, SrcLoc::NONE);
        self.emit(Opcode::PUSH_EXC_INFO, 0, SrcLoc::NONE);
        self.push_fblock(FBlockKind::ExceptionHandler, None, None);
        for handler in &t.handlers {
            let hat = loc(handler.loc);
            except = self.new_label();
            if let Some(type_) = &handler.type_ {
                self.expr(type_)?;
                self.emit(Opcode::CHECK_EXC_MATCH, 0, hat);
                self.emit_jump(Op::Real(Opcode::POP_JUMP_IF_FALSE), except, hat);
            }
            match &handler.name {
                Some(name) => {
                    let cleanup_end = self.new_label();
                    let cleanup_body = self.new_label();
                    self.nameop(name, ExprContext::Store, hat);
                    self.emit_jump(Op::SetupCleanup, cleanup_end, hat);
                    self.use_label(cleanup_body);
                    self.push_fblock(FBlockKind::HandlerCleanup(Some(name)), Some(cleanup_body), None);
                    self.stmts(&handler.body)?;
                    self.pop_fblock();
                    self.emit_op(Op::PopBlock, 0, SrcLoc::NONE);
                    self.emit_op(Op::PopBlock, 0, SrcLoc::NONE);
                    self.emit(Opcode::POP_EXCEPT, 0, SrcLoc::NONE);
                    self.clear_name(name);
                    self.jump(end, SrcLoc::NONE);
                    self.use_label(cleanup_end);
                    self.clear_name(name);
                    self.emit(Opcode::RERAISE, 1, SrcLoc::NONE);
                }
                None => {
                    let cleanup_body = self.new_label();
                    self.emit(Opcode::POP_TOP, 0, hat);
                    self.use_label(cleanup_body);
                    self.push_fblock(FBlockKind::HandlerCleanup(None), Some(cleanup_body), None);
                    self.stmts(&handler.body)?;
                    self.pop_fblock();
                    self.emit_op(Op::PopBlock, 0, SrcLoc::NONE);
                    self.emit(Opcode::POP_EXCEPT, 0, SrcLoc::NONE);
                    self.jump(end, SrcLoc::NONE);
                }
            }
            self.use_label(except);
        }
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0, SrcLoc::NONE);
        self.use_label(cleanup);
        self.pop_except_and_reraise(SrcLoc::NONE);
        self.use_label(end);
        Ok(())
    }

    /// `name = None; del name`, as after an `except ... as name` body.
    fn clear_name(&mut self, name: &str) {
        self.load_const(ConstValue::None, SrcLoc::NONE);
        self.nameop(name, ExprContext::Store, SrcLoc::NONE);
        self.nameop(name, ExprContext::Del, SrcLoc::NONE);
    }

    /// `try: ... except* T: ...`: each handler takes its part of the group with CHECK_EG_MATCH;
    /// what they raise and what none matched are combined by PrepReraiseStar.
    fn try_star_except(&mut self, stmt: &'a Stmt, t: &'a Try) -> Result<()> {
        let at = loc(stmt.loc);
        let body = self.new_label();
        let mut except = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        self.emit_jump(Op::SetupFinally, except, at);
        self.use_label(body);
        self.push_fblock(FBlockKind::TryExcept, Some(body), None);
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.emit_op(Op::PopBlock, 0, SrcLoc::NONE);
        self.jump(orelse, SrcLoc::NONE);

        self.use_label(except);
        self.emit_jump(Op::SetupCleanup, cleanup, SrcLoc::NONE);
        self.emit(Opcode::PUSH_EXC_INFO, 0, SrcLoc::NONE);
        self.push_fblock(FBlockKind::ExceptionGroupHandler, None, None);
        let n = t.handlers.len();
        for (i, handler) in t.handlers.iter().enumerate() {
            let hat = loc(handler.loc);
            except = self.new_label();
            let except_with_error = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                self.emit(Opcode::BUILD_LIST, 0, hat);
                self.emit(Opcode::COPY, 2, hat);
            }
            if let Some(type_) = &handler.type_ {
                self.expr(type_)?;
                self.emit(Opcode::CHECK_EG_MATCH, 0, hat);
                self.emit(Opcode::COPY, 1, hat);
                self.emit_jump(Op::Real(Opcode::POP_JUMP_IF_NONE), no_match, hat);
            }
            let cleanup_end = self.new_label();
            let cleanup_body = self.new_label();
            match &handler.name {
                Some(name) => self.nameop(name, ExprContext::Store, hat),
                None => self.emit(Opcode::POP_TOP, 0, hat),
            }
            self.emit_jump(Op::SetupCleanup, cleanup_end, hat);
            self.use_label(cleanup_body);
            self.push_fblock(FBlockKind::HandlerCleanup(handler.name.as_deref()), Some(cleanup_body), None);
            self.stmts(&handler.body)?;
            self.pop_fblock();
            self.emit_op(Op::PopBlock, 0, SrcLoc::NONE);
            if let Some(name) = &handler.name {
                self.clear_name(name);
            }
            self.jump(except, SrcLoc::NONE);

            self.use_label(cleanup_end);
            if let Some(name) = &handler.name {
                self.clear_name(name);
            }
            // The exception raised in the body joins the list; lasti is dropped.
            self.emit(Opcode::LIST_APPEND, 3, SrcLoc::NONE);
            self.emit(Opcode::POP_TOP, 0, SrcLoc::NONE);
            self.jump(except_with_error, SrcLoc::NONE);

            self.use_label(except);
            self.emit(Opcode::NOP, 0, SrcLoc::NONE);
            self.jump(except_with_error, SrcLoc::NONE);

            self.use_label(no_match);
            self.emit(Opcode::POP_TOP, 0, hat);

            self.use_label(except_with_error);
            if i + 1 == n {
                // What no handler matched joins the list too.
                self.emit(Opcode::LIST_APPEND, 1, SrcLoc::NONE);
                self.jump(reraise_star, SrcLoc::NONE);
            }
        }
        self.pop_fblock();
        let reraise = self.new_label();
        self.use_label(reraise_star);
        self.emit(Opcode::CALL_INTRINSIC_2, Intrinsic2::PrepReraiseStar as u32, SrcLoc::NONE);
        self.emit(Opcode::COPY, 1, SrcLoc::NONE);
        self.emit_jump(Op::Real(Opcode::POP_JUMP_IF_NOT_NONE), reraise, SrcLoc::NONE);
        self.emit(Opcode::POP_TOP, 0, SrcLoc::NONE);
        self.emit_op(Op::PopBlock, 0, SrcLoc::NONE);
        self.emit(Opcode::POP_EXCEPT, 0, SrcLoc::NONE);
        self.jump(end, SrcLoc::NONE);

        self.use_label(reraise);
        self.emit_op(Op::PopBlock, 0, SrcLoc::NONE);
        self.emit(Opcode::SWAP, 2, SrcLoc::NONE);
        self.emit(Opcode::POP_EXCEPT, 0, SrcLoc::NONE);
        self.emit(Opcode::RERAISE, 0, SrcLoc::NONE);

        self.use_label(cleanup);
        self.pop_except_and_reraise(SrcLoc::NONE);
        self.use_label(orelse);
        self.stmts(&t.orelse)?;
        self.use_label(end);
        Ok(())
    }

    /// `with` and `async with`, one item at a time (the later items are nested inside).
    pub fn with_stmt(&mut self, w: &'a With, pos: usize) -> Result<()> {
        let item = &w.items[pos];
        let at = loc(item.context_expr.loc);
        let block = self.new_label();
        let final_ = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.expr(&item.context_expr)?;
        if w.is_async {
            self.emit(Opcode::BEFORE_ASYNC_WITH, 0, at);
            self.await_value(1, at);
        } else {
            self.emit(Opcode::BEFORE_WITH, 0, at);
        }
        self.emit_jump(Op::SetupWith, final_, at);
        self.use_label(block);
        let kind = if w.is_async { FBlockKind::AsyncWith(at) } else { FBlockKind::With(at) };
        self.push_fblock(kind, Some(block), Some(final_));
        match &item.optional_vars {
            Some(target) => self.expr(target)?,
            None => self.emit(Opcode::POP_TOP, 0, at),
        }
        if pos + 1 == w.items.len() {
            self.stmts(&w.body)?;
        } else {
            self.with_stmt(w, pos + 1)?;
        }
        self.pop_fblock();
        self.emit_op(Op::PopBlock, 0, SrcLoc::NONE);
        self.call_exit_with_nones(at);
        if w.is_async {
            self.await_value(2, at);
        }
        self.emit(Opcode::POP_TOP, 0, at);
        self.jump(exit, at);

        self.use_label(final_);
        self.emit_jump(Op::SetupCleanup, cleanup, at);
        self.emit(Opcode::PUSH_EXC_INFO, 0, at);
        self.emit(Opcode::WITH_EXCEPT_START, 0, at);
        if w.is_async {
            self.await_value(2, at);
        }
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }

    /// After `__exit__` returned on an exception (`exit lasti prev_exc exc res`): suppress it
    /// when the result is true, else re-raise it with its lasti.
    fn with_except_finish(&mut self, cleanup: BlockId) {
        let suppress = self.new_label();
        let exit = self.new_label();
        self.emit_jump(Op::Real(Opcode::POP_JUMP_IF_TRUE), suppress, SrcLoc::NONE);
        // `exit lasti prev_exc exc`: RERAISE 1 wants `lasti exc` on top.
        self.emit(Opcode::COPY, 3, SrcLoc::NONE);
        self.emit(Opcode::SWAP, 2, SrcLoc::NONE);
        self.emit(Opcode::RERAISE, 1, SrcLoc::NONE);
        self.use_label(suppress);
        self.emit(Opcode::POP_TOP, 0, SrcLoc::NONE);
        self.emit_op(Op::PopBlock, 0, SrcLoc::NONE);
        self.emit(Opcode::POP_EXCEPT, 0, SrcLoc::NONE);
        self.emit(Opcode::POP_TOP, 0, SrcLoc::NONE);
        self.emit(Opcode::POP_TOP, 0, SrcLoc::NONE);
        self.jump(exit, SrcLoc::NONE);
        self.use_label(cleanup);
        self.pop_except_and_reraise(SrcLoc::NONE);
        self.use_label(exit);
    }
}
