//! Comprehensions. Generator expressions are functions of their own (`<genexpr>`), called with
//! the iterator of their first iterable; list, set and dict comprehensions are inlined (PEP
//! 709): their variables become fast locals of the enclosing code, saved before the loop with
//! LOAD_FAST_AND_CLEAR and restored after it (also when it raises).

use ferrython_ast::*;
use ferrython_bytecode::{ConstValue, Opcode};

use super::{loc, Compiler, FBlockKind, UnitType};
use crate::flowgraph::{BlockId, Op, SrcLoc};
use crate::scope::{Scope, DEF_LOCAL, DEF_NONLOCAL};
use crate::symtable::CompKind;
use crate::Result;

/// What an inlined comprehension changed in its enclosing unit, to undo afterwards.
/// A variable of the enclosing code an inlined comprehension saved on the stack.
enum Saved {
    /// A fast local (or NULL), restored with STORE_FAST.
    Fast(u32),
    /// The cell in a deref slot, replaced by a fresh one and restored with STORE_CLOSURE.
    Cell(u32),
}

#[derive(Default)]
struct InlinedState {
    pushed_locals: Vec<Saved>,
    /// The enclosing scope's view of names the comprehension sees differently.
    temp_symbols: Vec<(String, u32, Scope)>,
    fast_hidden: Vec<String>,
    cleanup: Option<BlockId>,
    end: Option<BlockId>,
}

struct Parts<'a> {
    kind: CompKind,
    generators: &'a [Comprehension],
    elt: &'a Expr,
    value: Option<&'a Expr>,
}

impl<'a> Compiler<'a> {
    pub fn comprehension(&mut self, expr: &'a Expr) -> Result<()> {
        let parts = match &expr.kind {
            ExprKind::ListComp { elt, generators } => Parts { kind: CompKind::List, generators, elt, value: None },
            ExprKind::SetComp { elt, generators } => Parts { kind: CompKind::Set, generators, elt, value: None },
            ExprKind::GeneratorExp { elt, generators } => {
                Parts { kind: CompKind::Generator, generators, elt, value: None }
            }
            ExprKind::DictComp { key, value, generators } => {
                Parts { kind: CompKind::Dict, generators, elt: key, value: Some(value) }
            }
            _ => return Ok(()),
        };
        let at = loc(expr.loc);
        let scope = self.scopes.of(expr);
        let inlined = self.scopes.get(scope).comp_inlined;
        let outermost = &parts.generators[0];
        let mut state = InlinedState::default();
        if inlined {
            self.comprehension_iter(outermost)?;
            let get_iter = if outermost.is_async { Opcode::GET_AITER } else { Opcode::GET_ITER };
            self.emit(get_iter, 0, loc(outermost.iter.loc));
            self.push_inlined_state(scope, at, &mut state);
        } else {
            let name = match parts.kind {
                CompKind::List => "<listcomp>",
                CompKind::Set => "<setcomp>",
                CompKind::Dict => "<dictcomp>",
                CompKind::Generator => "<genexpr>",
            };
            self.enter_unit(scope, UnitType::Comprehension, name.to_string(), expr.loc.lineno);
        }
        let build = match parts.kind {
            CompKind::List => Some(Opcode::BUILD_LIST),
            CompKind::Set => Some(Opcode::BUILD_SET),
            CompKind::Dict => Some(Opcode::BUILD_MAP),
            CompKind::Generator => None,
        };
        if let Some(build) = build {
            self.emit(build, 0, at);
            if inlined {
                self.emit(Opcode::SWAP, 2, at);
            }
        }
        let result = self.comprehension_generator(at, &parts, 0, 0, inlined);
        if inlined {
            result?;
            self.pop_inlined_state(at, state);
            return Ok(());
        }
        if let Err(e) = result {
            self.units.pop();
            return Err(e);
        }
        if build.is_some() {
            self.emit(Opcode::RETURN_VALUE, 0, at);
        }
        let is_async = self.scopes.get(scope).coroutine;
        let code = self.finish_unit(true)?;
        if is_async && self.units.len() == 1 && self.flags.top_level_await {
            // An asynchronous generator expression makes top-level-await module code a
            // coroutine's too, as in CPython.
            self.async_genexp_at_top = true;
        }
        self.make_closure(code, 0, at);
        self.comprehension_iter(outermost)?;
        let get_iter = if outermost.is_async { Opcode::GET_AITER } else { Opcode::GET_ITER };
        self.emit(get_iter, 0, loc(outermost.iter.loc));
        self.emit(Opcode::CALL, 0, at);
        if is_async && build.is_some() {
            self.await_value(0, at);
        }
        Ok(())
    }

    /// A comprehension's iterable; a display of constants is a constant, as CPython folds it.
    fn comprehension_iter(&mut self, generator: &'a Comprehension) -> Result<()> {
        self.iterable(&generator.iter)
    }

    /// Makes the names the comprehension binds private to it (CPython's
    /// `push_inlined_comprehension_state`).
    fn push_inlined_state(&mut self, comp: usize, at: SrcLoc, state: &mut InlinedState) {
        let outer = self.unit().scope;
        let in_class =
            self.scopes.get(outer).kind == crate::scope::ScopeKind::Class && self.unit().in_inlined_comp == 0;
        self.unit_mut().in_inlined_comp += 1;
        let outer_function_like = self.scopes.get(outer).kind.is_function_like();
        let symbols = self.scopes.get(comp).symbols.clone();
        for symbol in symbols {
            let bound_here = symbol.flags & DEF_LOCAL != 0 && symbol.flags & DEF_NONLOCAL == 0;
            // In a class body every name of the comprehension is isolated, except its free
            // variables (CPython 3.12.7).
            if !bound_here && (!in_class || symbol.scope == Scope::Free) {
                continue;
            }
            let name = symbol.name.clone();
            if !outer_function_like && self.unit().fasthidden.get(&name) != Some(&true) {
                self.unit_mut().fasthidden.insert(name.clone(), true);
                state.fast_hidden.push(name.clone());
            }
            let scope = symbol.scope;
            let (outer_flags, outer_scope) =
                self.scopes.get(outer).symbol(&name).map_or((0, Scope::Unknown), |s| (s.flags, s.scope));
            if (scope != outer_scope && scope != Scope::Free && !(scope == Scope::Cell && outer_scope == Scope::Free))
                || in_class
            {
                self.scopes.get_mut(outer).set_symbol(&name, symbol.flags, scope);
                state.temp_symbols.push((name.clone(), outer_flags, outer_scope));
            }
            // The name is in co_varnames either way, as CPython's LOAD_FAST_AND_CLEAR puts it.
            let v = self.varname(&name);
            if scope == Scope::Cell {
                let i = if outer_scope == Scope::Free { self.deref_index(&name) } else { self.cell_index(&name) };
                self.emit(Opcode::LOAD_CLOSURE, i, at);
                self.emit(Opcode::MAKE_CELL, i, at);
                state.pushed_locals.push(Saved::Cell(i));
            } else {
                self.emit(Opcode::LOAD_FAST_AND_CLEAR, v, at);
                state.pushed_locals.push(Saved::Fast(v));
            }
        }
        if !state.pushed_locals.is_empty() {
            self.emit(Opcode::SWAP, state.pushed_locals.len() as u32 + 1, at);
            let cleanup = self.new_label();
            let end = self.new_label();
            self.emit_jump(Op::SetupFinally, cleanup, at);
            state.cleanup = Some(cleanup);
            state.end = Some(end);
        }
    }

    fn restore_inlined_locals(&mut self, at: SrcLoc, pushed: &[Saved]) {
        self.emit(Opcode::SWAP, pushed.len() as u32 + 1, at);
        for saved in pushed.iter().rev() {
            match *saved {
                Saved::Fast(v) => self.emit_op(Op::StoreFastMaybeNull, v, at),
                Saved::Cell(i) => self.emit(Opcode::STORE_CLOSURE, i, at),
            }
        }
    }

    fn pop_inlined_state(&mut self, at: SrcLoc, state: InlinedState) {
        self.unit_mut().in_inlined_comp -= 1;
        let outer = self.unit().scope;
        for (name, flags, scope) in state.temp_symbols.into_iter().rev() {
            self.scopes.get_mut(outer).set_symbol(&name, flags, scope);
        }
        if let (Some(cleanup), Some(end)) = (state.cleanup, state.end) {
            self.emit_op(Op::PopBlock, 0, SrcLoc::NONE);
            self.jump(end, SrcLoc::NONE);
            self.use_label(cleanup);
            // The exception is on top of the unfinished result: drop the result, restore.
            self.emit(Opcode::SWAP, 2, SrcLoc::NONE);
            self.emit(Opcode::POP_TOP, 0, SrcLoc::NONE);
            self.restore_inlined_locals(at, &state.pushed_locals);
            self.emit(Opcode::RERAISE, 0, SrcLoc::NONE);
            self.use_label(end);
            self.restore_inlined_locals(at, &state.pushed_locals);
        }
        for name in state.fast_hidden {
            self.unit_mut().fasthidden.insert(name, false);
        }
    }

    fn comprehension_generator(
        &mut self,
        at: SrcLoc,
        parts: &Parts<'a>,
        index: usize,
        depth: u32,
        iter_on_stack: bool,
    ) -> Result<()> {
        if parts.generators[index].is_async {
            self.async_comprehension_generator(at, parts, index, depth, iter_on_stack)
        } else {
            self.sync_comprehension_generator(at, parts, index, depth, iter_on_stack)
        }
    }

    fn sync_comprehension_generator(
        &mut self,
        at: SrcLoc,
        parts: &Parts<'a>,
        index: usize,
        depth: u32,
        iter_on_stack: bool,
    ) -> Result<()> {
        let mut depth = depth;
        let gen = &parts.generators[index];
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let mut start = Some(self.new_label());
        if !iter_on_stack {
            if index == 0 {
                self.unit_mut().argcount = 1;
                self.emit(Opcode::LOAD_FAST, 0, at);
            } else {
                // `for y in [f(x)]` binds y once, without a loop.
                let single = match &gen.iter.kind {
                    ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } if elts.len() == 1 => {
                        Some(&elts[0]).filter(|e| !matches!(e.kind, ExprKind::Starred { .. }))
                    }
                    _ => None,
                };
                match single {
                    Some(elt) if self.folded(&gen.iter).is_none() && self.const_collection(&gen.iter).is_none() => {
                        self.expr(elt)?;
                        start = None;
                    }
                    _ => {
                        self.comprehension_iter(gen)?;
                        self.emit(Opcode::GET_ITER, 0, loc(gen.iter.loc));
                    }
                }
            }
        }
        if let Some(start) = start {
            depth += 1;
            self.use_label(start);
            self.emit_jump(Op::Real(Opcode::FOR_ITER), anchor, loc(gen.iter.loc));
        }
        self.expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        let elt_at = self.comprehension_element(at, parts, index, depth)?;
        self.use_label(if_cleanup);
        if let Some(start) = start {
            self.jump(start, elt_at);
            self.use_label(anchor);
        }
        Ok(())
    }

    /// The next generator, or (after the last one) the element added to the result.
    fn comprehension_element(&mut self, at: SrcLoc, parts: &Parts<'a>, index: usize, depth: u32) -> Result<SrcLoc> {
        if index + 1 < parts.generators.len() {
            self.comprehension_generator(at, parts, index + 1, depth, false)?;
            return Ok(loc(parts.elt.loc));
        }
        let elt_at = loc(parts.elt.loc);
        self.expr(parts.elt)?;
        match parts.kind {
            CompKind::Generator => {
                self.emit(Opcode::YIELD_VALUE, 0, elt_at);
                self.emit(Opcode::POP_TOP, 0, elt_at);
            }
            CompKind::List => self.emit(Opcode::LIST_APPEND, depth + 1, elt_at),
            CompKind::Set => self.emit(Opcode::SET_ADD, depth + 1, elt_at),
            CompKind::Dict => {
                let value = parts.value.expect("a dict comprehension has a value");
                self.expr(value)?;
                let span = SrcLoc {
                    lineno: parts.elt.loc.lineno as i32,
                    end_lineno: value.loc.end_lineno as i32,
                    col: parts.elt.loc.col_offset as i32,
                    end_col: value.loc.end_col_offset as i32,
                };
                self.emit(Opcode::MAP_ADD, depth + 1, span);
                return Ok(span);
            }
        }
        Ok(elt_at)
    }

    fn async_comprehension_generator(
        &mut self,
        at: SrcLoc,
        parts: &Parts<'a>,
        index: usize,
        depth: u32,
        iter_on_stack: bool,
    ) -> Result<()> {
        let gen = &parts.generators[index];
        let start = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        if !iter_on_stack {
            if index == 0 {
                self.unit_mut().argcount = 1;
                self.emit(Opcode::LOAD_FAST, 0, at);
            } else {
                self.comprehension_iter(gen)?;
                self.emit(Opcode::GET_AITER, 0, at);
            }
        }
        self.use_label(start);
        self.unit_mut().fblocks.push(super::FBlock {
            kind: FBlockKind::AsyncComprehensionGenerator,
            block: Some(start),
            exit: None,
        });
        self.emit_jump(Op::SetupFinally, except, at);
        self.emit(Opcode::GET_ANEXT, 0, at);
        self.load_const(ConstValue::None, at);
        self.emit(Opcode::YIELD_FROM, 0, at);
        self.emit_op(Op::PopBlock, 0, at);
        self.expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        let elt_at = self.comprehension_element(at, parts, index, depth + 1)?;
        self.use_label(if_cleanup);
        self.jump(start, elt_at);
        self.unit_mut().fblocks.pop();
        self.use_label(except);
        self.emit(Opcode::END_ASYNC_FOR, 0, at);
        Ok(())
    }
}
