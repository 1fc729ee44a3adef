//! The `match` statement's checks, made while CPython generates the code of its patterns:
//! irrefutable patterns that make later ones unreachable, names bound twice, alternatives that
//! bind different names, two starred names in a sequence, keys and values a pattern cannot match,
//! repeated keyword attributes.

use ferrython_ast::{Expr, ExprContext, ExprKind, Loc, MatchCase, Pattern, PatternKind};

use super::{forbidden_name, Codegen};
use crate::fold::Value;
use crate::{CompileError, Result};

/// The state of the pattern being compiled.
struct PatternContext {
    /// Names the pattern binds so far, in order.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here: in the last case, a guarded case, a
    /// sub-pattern, or the last alternative of such a place.
    allow_irrefutable: bool,
}

fn is_wildcard(pattern: &Pattern) -> bool {
    matches!(&pattern.kind, PatternKind::MatchAs { name: None, .. })
}

impl<'a> Codegen<'a> {
    pub(crate) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> Result<()> {
        self.expr(subject)?;
        // A final `case _:` is compiled without its pattern.
        let has_default = cases.len() > 1 && cases.last().is_some_and(|case| is_wildcard(&case.pattern));
        let compiled = cases.len() - usize::from(has_default);
        for (i, case) in cases.iter().enumerate() {
            if i < compiled {
                let allow_irrefutable = case.guard.is_some() || i + 1 == cases.len();
                let mut context = PatternContext { stores: Vec::new(), allow_irrefutable };
                self.pattern(&case.pattern, &mut context)?;
            }
            if let Some(guard) = &case.guard {
                self.expr(guard)?;
            }
            self.body(&case.body)?;
        }
        Ok(())
    }

    fn pattern(&mut self, pattern: &'a Pattern, pc: &mut PatternContext) -> Result<()> {
        crate::grow_stack(|| self.pattern_unguarded(pattern, pc))
    }

    fn pattern_unguarded(&mut self, pattern: &'a Pattern, pc: &mut PatternContext) -> Result<()> {
        let loc = pattern.loc;
        match &pattern.kind {
            // A value pattern is a constant (once folded) or an attribute lookup.
            PatternKind::MatchValue { value } => {
                let is_value = matches!(value.kind, ExprKind::Attribute { .. }) || self.folder.is_constant(value);
                if !is_value {
                    return Err(CompileError::at("patterns may only match literals and attribute lookups", loc));
                }
                self.expr(value)
            }
            PatternKind::MatchSingleton { .. } => Ok(()),
            PatternKind::MatchSequence { patterns } => {
                let stars = patterns.iter().filter(|p| matches!(p.kind, PatternKind::MatchStar { .. })).count();
                if stars > 1 {
                    return Err(CompileError::at("multiple starred names in sequence pattern", loc));
                }
                patterns.iter().try_for_each(|p| self.subpattern(p, pc))
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                self.mapping_keys(keys, loc)?;
                patterns.iter().try_for_each(|p| self.subpattern(p, pc))?;
                store_name(rest.as_deref(), loc, pc)
            }
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => {
                for (i, attr) in kwd_attrs.iter().enumerate() {
                    let at = kwd_patterns.get(i).map_or(loc, |p| p.loc);
                    forbidden_name(attr, at, ExprContext::Store)?;
                    if let Some(j) = kwd_attrs[i + 1..].iter().position(|other| other == attr) {
                        let at = kwd_patterns.get(i + 1 + j).map_or(loc, |p| p.loc);
                        return Err(CompileError::at(format!("attribute name repeated in class pattern: {attr}"), at));
                    }
                }
                self.expr(cls)?;
                patterns.iter().chain(kwd_patterns).try_for_each(|p| self.subpattern(p, pc))
            }
            PatternKind::MatchStar { name } => store_name(name.as_deref(), loc, pc),
            PatternKind::MatchAs { pattern: None, name } => {
                if !pc.allow_irrefutable {
                    let msg = match name {
                        Some(name) => format!("name capture '{name}' makes remaining patterns unreachable"),
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err(CompileError::at(msg, loc));
                }
                store_name(name.as_deref(), loc, pc)
            }
            PatternKind::MatchAs { pattern: Some(inner), name } => {
                self.pattern(inner, pc)?;
                store_name(name.as_deref(), loc, pc)
            }
            PatternKind::MatchOr { patterns } => self.alternatives(patterns, loc, pc),
        }
    }

    /// A pattern inside another one may be irrefutable.
    fn subpattern(&mut self, pattern: &'a Pattern, pc: &mut PatternContext) -> Result<()> {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        let result = self.pattern(pattern, pc);
        pc.allow_irrefutable = saved;
        result
    }

    /// `p1 | p2 | ...`: every alternative must bind the same names; only the last one may be
    /// irrefutable.
    fn alternatives(&mut self, alternatives: &'a [Pattern], loc: Loc, pc: &mut PatternContext) -> Result<()> {
        let mut control: Option<Vec<String>> = None;
        for (i, alternative) in alternatives.iter().enumerate() {
            let allow_irrefutable = i + 1 == alternatives.len() && pc.allow_irrefutable;
            let mut inner = PatternContext { stores: Vec::new(), allow_irrefutable };
            self.pattern(alternative, &mut inner)?;
            match &control {
                None => control = Some(inner.stores),
                Some(names) => {
                    let same = names.len() == inner.stores.len() && names.iter().all(|n| inner.stores.contains(n));
                    if !same {
                        return Err(CompileError::at("alternative patterns bind different names", loc));
                    }
                }
            }
        }
        for name in control.unwrap_or_default() {
            if pc.stores.contains(&name) {
                return Err(duplicate_store(&name, loc));
            }
            pc.stores.push(name);
        }
        Ok(())
    }

    /// The keys of a mapping pattern: literals (no two equal) or attribute lookups.
    fn mapping_keys(&mut self, keys: &'a [Expr], loc: Loc) -> Result<()> {
        let mut seen: Vec<Value> = Vec::new();
        for key in keys {
            if let Some(value) = self.folder.fold(key) {
                if seen.iter().any(|other| other.py_eq(&value)) {
                    return Err(CompileError::at(
                        format!("mapping pattern checks duplicate key ({})", value.repr()),
                        loc,
                    ));
                }
                seen.push(value);
            } else if !matches!(key.kind, ExprKind::Attribute { .. }) {
                return Err(CompileError::at(
                    "mapping pattern keys may only match literals and attribute lookups",
                    loc,
                ));
            }
            self.expr(key)?;
        }
        Ok(())
    }
}

fn store_name(name: Option<&str>, loc: Loc, pc: &mut PatternContext) -> Result<()> {
    let Some(name) = name else { return Ok(()) };
    forbidden_name(name, loc, ExprContext::Store)?;
    if pc.stores.iter().any(|n| n == name) {
        return Err(duplicate_store(name, loc));
    }
    pc.stores.push(name.to_string());
    Ok(())
}

fn duplicate_store(name: &str, loc: Loc) -> CompileError {
    CompileError::at(format!("multiple assignments to name '{name}' in pattern"), loc)
}
