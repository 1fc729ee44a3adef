//! `match` statements, as CPython 3.12 compiles them: each case tests a copy of the subject;
//! a pattern leaves the values it captures on the stack (`stores`) and jumps on failure to a
//! "fail pop" block that pops what the pattern had pushed so far; the names are stored only
//! once the whole pattern matched.

use ferrython_ast::*;
use ferrython_bytecode::{BinaryOp, CompareOp, ConstValue, Opcode};

use super::{loc, Compiler};
use crate::flowgraph::{BlockId, Op, SrcLoc};
use crate::Result;

#[derive(Default, Clone)]
struct PatternContext {
    /// Names captured so far, their values on the stack below `on_top` items.
    stores: Vec<String>,
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops n items then fails.
    fail_pop: Vec<BlockId>,
    /// Items on top of the stack that a failure must pop.
    on_top: u32,
}

fn is_wildcard(pattern: &Pattern) -> bool {
    matches!(&pattern.kind, PatternKind::MatchAs { pattern: None, name: None })
}

fn is_star_wildcard(pattern: &Pattern) -> bool {
    matches!(&pattern.kind, PatternKind::MatchStar { name: None })
}

impl<'a> Compiler<'a> {
    pub fn match_stmt(&mut self, _stmt: &'a Stmt, subject: &'a Expr, cases: &'a [MatchCase]) -> Result<()> {
        self.expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        let has_default = n > 1 && is_wildcard(&cases[n - 1].pattern);
        let tested = n - usize::from(has_default);
        for (i, case) in cases[..tested].iter().enumerate() {
            let pat_at = loc(case.pattern.loc);
            if i + 1 != tested {
                self.emit(Opcode::COPY, 1, pat_at);
            }
            let mut pc = PatternContext { allow_irrefutable: case.guard.is_some() || i + 1 == n, ..Default::default() };
            self.pattern(&case.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.nameop(&name, ExprContext::Store, pat_at);
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                self.jump_if(guard, pc.fail_pop[0], false)?;
            }
            if i + 1 != tested {
                self.emit(Opcode::POP_TOP, 0, pat_at);
            }
            self.stmts(&case.body)?;
            self.jump(end, SrcLoc::NONE);
            self.emit_and_reset_fail_pop(&mut pc, pat_at);
        }
        if has_default {
            let case = &cases[n - 1];
            let pat_at = loc(case.pattern.loc);
            if n == 1 {
                self.emit(Opcode::POP_TOP, 0, pat_at);
            } else {
                self.emit(Opcode::NOP, 0, pat_at);
            }
            if let Some(guard) = &case.guard {
                self.jump_if(guard, end, false)?;
            }
            self.stmts(&case.body)?;
        }
        self.use_label(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let label = self.new_label();
            pc.fail_pop.push(label);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Op, at: SrcLoc) {
        let pops = pc.on_top as usize + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.emit_jump(op, pc.fail_pop[pops], at);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext, at: SrcLoc) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.use_label(pc.fail_pop[i]);
            self.emit(Opcode::POP_TOP, 0, at);
        }
        self.use_label(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn rotate(&mut self, count: u32, at: SrcLoc) {
        let mut count = count;
        while count > 1 {
            self.emit(Opcode::SWAP, count, at);
            count -= 1;
        }
    }

    fn store_capture(&mut self, name: Option<&str>, pc: &mut PatternContext, at: SrcLoc) {
        let Some(name) = name else {
            self.emit(Opcode::POP_TOP, 0, at);
            return;
        };
        let rotations = pc.on_top + pc.stores.len() as u32 + 1;
        self.rotate(rotations, at);
        pc.stores.push(name.to_string());
    }

    fn pattern(&mut self, pattern: &'a Pattern, pc: &mut PatternContext) -> Result<()> {
        crate::grow_stack(|| self.pattern_unguarded(pattern, pc))
    }

    fn subpattern(&mut self, pattern: &'a Pattern, pc: &mut PatternContext) -> Result<()> {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(pattern, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn pattern_unguarded(&mut self, pattern: &'a Pattern, pc: &mut PatternContext) -> Result<()> {
        let at = loc(pattern.loc);
        match &pattern.kind {
            PatternKind::MatchValue { value } => {
                self.expr(value)?;
                self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32, at);
                self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE), at);
            }
            PatternKind::MatchSingleton { value } => {
                self.load_const(super::constant(value), at);
                self.emit(Opcode::IS_OP, 0, at);
                self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE), at);
            }
            PatternKind::MatchSequence { patterns } => self.pattern_sequence(at, patterns, pc)?,
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.pattern_mapping(at, keys, patterns, rest.as_deref(), pc)?
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                self.expr(cls)?;
                let names = kwd_attrs.iter().map(|a| Self::str_const(a)).collect();
                self.load_const(ConstValue::Tuple(names), at);
                let nargs = patterns.len() as u32;
                self.emit(Opcode::MATCH_CLASS, nargs, at);
                self.emit(Opcode::COPY, 1, at);
                self.load_const(ConstValue::None, at);
                self.emit(Opcode::IS_OP, 1, at);
                pc.on_top += 1;
                self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE), at);
                let total = nargs + kwd_attrs.len() as u32;
                self.emit(Opcode::UNPACK_SEQUENCE, total, at);
                pc.on_top += total;
                pc.on_top -= 1;
                for sub in patterns.iter().chain(kwd_patterns) {
                    pc.on_top -= 1;
                    if is_wildcard(sub) {
                        self.emit(Opcode::POP_TOP, 0, at);
                        continue;
                    }
                    self.subpattern(sub, pc)?;
                }
            }
            PatternKind::MatchStar { name } => self.store_capture(name.as_deref(), pc, at),
            PatternKind::MatchAs { pattern: None, name } => {
                if !pc.allow_irrefutable {
                    let msg = match name {
                        Some(name) => format!("name capture '{name}' makes remaining patterns unreachable"),
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err(self.error(&msg, pattern.loc));
                }
                self.store_capture(name.as_deref(), pc, at);
            }
            PatternKind::MatchAs { pattern: Some(inner), name } => {
                pc.on_top += 1;
                self.emit(Opcode::COPY, 1, at);
                self.pattern(inner, pc)?;
                pc.on_top -= 1;
                self.store_capture(name.as_deref(), pc, at);
            }
            PatternKind::MatchOr { patterns } => self.pattern_or(pattern, patterns, pc)?,
        }
        Ok(())
    }

    fn pattern_sequence(&mut self, at: SrcLoc, patterns: &'a [Pattern], pc: &mut PatternContext) -> Result<()> {
        let size = patterns.len();
        let star = patterns.iter().position(|p| matches!(p.kind, PatternKind::MatchStar { .. }));
        let star_wildcard = star.is_some_and(|i| is_star_wildcard(&patterns[i]));
        let only_wildcard = patterns.iter().all(|p| is_wildcard(p) || is_star_wildcard(p));
        pc.on_top += 1;
        self.emit(Opcode::MATCH_SEQUENCE, 0, at);
        self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE), at);
        // Without a star the length must be equal; with one, at least the other items (if
        // there are any).
        if star.is_none() || size > 1 {
            let (len, cmp) = if star.is_none() { (size, CompareOp::Eq) } else { (size - 1, CompareOp::Ge) };
            self.emit(Opcode::GET_LEN, 0, at);
            self.load_const(ConstValue::Int(Int::Small(len as i64)), at);
            self.emit(Opcode::COMPARE_OP, cmp as u32, at);
            self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE), at);
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Opcode::POP_TOP, 0, at);
        } else if star_wildcard {
            self.sequence_subscr(at, patterns, star.unwrap_or(0), pc)?;
        } else {
            match star {
                Some(i) => {
                    if i >= 256 {
                        return Err(crate::CompileError {
                            msg: "too many expressions in star-unpacking sequence pattern".into(),
                            lineno: at.lineno.into(),
                            offset: i64::from(at.col) + 1,
                            end_lineno: at.end_lineno.into(),
                            end_offset: Some(i64::from(at.end_col) + 1),
                        });
                    }
                    self.emit(Opcode::UNPACK_EX, (i + ((size - i - 1) << 8)) as u32, at);
                }
                None => self.emit(Opcode::UNPACK_SEQUENCE, size as u32, at),
            }
            pc.on_top += size as u32;
            for sub in patterns {
                pc.on_top -= 1;
                self.subpattern(sub, pc)?;
            }
        }
        Ok(())
    }

    /// `[first, *_, last]`: indexes the subject instead of unpacking it.
    fn sequence_subscr(
        &mut self,
        at: SrcLoc,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> Result<()> {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, sub) in patterns.iter().enumerate() {
            if is_wildcard(sub) || i == star {
                continue;
            }
            self.emit(Opcode::COPY, 1, at);
            if i < star {
                self.load_const(ConstValue::Int(Int::Small(i as i64)), at);
            } else {
                self.emit(Opcode::GET_LEN, 0, at);
                self.load_const(ConstValue::Int(Int::Small((size - i) as i64)), at);
                self.emit(Opcode::BINARY_OP, BinaryOp::Subtract as u32, at);
            }
            self.emit(Opcode::BINARY_SUBSCR, 0, at);
            self.subpattern(sub, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Opcode::POP_TOP, 0, at);
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        at: SrcLoc,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        pc: &mut PatternContext,
    ) -> Result<()> {
        let size = keys.len() as u32;
        pc.on_top += 1;
        self.emit(Opcode::MATCH_MAPPING, 0, at);
        self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE), at);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Opcode::POP_TOP, 0, at);
            return Ok(());
        }
        if size > 0 {
            self.emit(Opcode::GET_LEN, 0, at);
            self.load_const(ConstValue::Int(Int::Small(size.into())), at);
            self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32, at);
            self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE), at);
        }
        self.exprs(keys)?;
        self.emit(Opcode::BUILD_TUPLE, size, at);
        self.emit(Opcode::MATCH_KEYS, 0, at);
        pc.on_top += 2;
        self.emit(Opcode::COPY, 1, at);
        self.load_const(ConstValue::None, at);
        self.emit(Opcode::IS_OP, 1, at);
        self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE), at);
        self.emit(Opcode::UNPACK_SEQUENCE, size, at);
        pc.on_top += size;
        pc.on_top -= 1;
        for sub in patterns {
            pc.on_top -= 1;
            self.subpattern(sub, pc)?;
        }
        pc.on_top -= 2;
        match rest {
            Some(rest) => {
                // rest = dict(subject); del rest[key] for each key.
                self.emit(Opcode::BUILD_MAP, 0, at);
                self.emit(Opcode::SWAP, 3, at);
                self.emit(Opcode::DICT_UPDATE, 2, at);
                self.emit(Opcode::UNPACK_SEQUENCE, size, at);
                let mut left = size;
                while left > 0 {
                    self.emit(Opcode::COPY, 1 + left, at);
                    left -= 1;
                    self.emit(Opcode::SWAP, 2, at);
                    self.emit(Opcode::DELETE_SUBSCR, 0, at);
                }
                self.store_capture(Some(rest), pc, at);
            }
            None => {
                self.emit(Opcode::POP_TOP, 0, at);
                self.emit(Opcode::POP_TOP, 0, at);
            }
        }
        Ok(())
    }

    fn pattern_or(&mut self, pattern: &'a Pattern, alternatives: &'a [Pattern], pc: &mut PatternContext) -> Result<()> {
        let at = loc(pattern.loc);
        let end = self.new_label();
        let old = pc.clone();
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alternatives.iter().enumerate() {
            let alt_at = loc(alt.loc);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == alternatives.len() && old.allow_irrefutable;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Opcode::COPY, 1, alt_at);
            self.pattern(alt, pc)?;
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(control) => {
                    if control.len() != pc.stores.len() {
                        return Err(self.error("alternative patterns bind different names", pattern.loc));
                    }
                    self.reorder_stores(control, pc, alt_at)?;
                }
            }
            self.jump(end, alt_at);
            self.emit_and_reset_fail_pop(pc, alt_at);
        }
        *pc = old;
        self.emit(Opcode::POP_TOP, 0, at);
        self.jump_to_fail_pop(pc, Op::Jump, at);
        self.use_label(end);
        let control = control.unwrap_or_default();
        let nrots = control.len() as u32 + 1 + pc.on_top + pc.stores.len() as u32;
        for name in control {
            self.rotate(nrots, at);
            pc.stores.push(name);
        }
        self.emit(Opcode::POP_TOP, 0, at);
        Ok(())
    }

    /// Puts an alternative's captures in the order of the first alternative's.
    fn reorder_stores(&mut self, control: &[String], pc: &mut PatternContext, at: SrcLoc) -> Result<()> {
        for icontrol in (0..control.len()).rev() {
            let name = &control[icontrol];
            let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                return Err(crate::CompileError::at("alternative patterns bind different names", Loc::default()));
            };
            if icontrol != istores {
                let rotations = istores + 1;
                let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                let at_index = icontrol - istores;
                for (k, s) in rotated.into_iter().enumerate() {
                    pc.stores.insert(at_index + k, s);
                }
                for _ in 0..rotations {
                    self.rotate(icontrol as u32 + 1, at);
                }
            }
        }
        Ok(())
    }
}
