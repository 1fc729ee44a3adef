//! `from __future__ import ...`: the features a module asks for, and the errors about them.
//!
//! Future statements are the `from __future__ import` statements at the very top of a module,
//! after the docstring if there is one. Their features must exist (`braces` gets a joke). A future
//! import anywhere else is reported later, during code generation, as "must occur at the
//! beginning of the file" (see `FutureFeatures::is_late`).

use ferrython_ast::{Constant, ExprKind, Loc, Mod, Stmt, StmtKind};

use crate::{CompileError, Result};

/// Every feature CPython 3.12 knows, including those that are now always on.
const KNOWN: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct FutureFeatures {
    /// `from __future__ import annotations`: annotations are not evaluated.
    pub annotations: bool,
    /// Where the last future statement is.
    pub location: Option<Loc>,
    /// The `CO_FUTURE_*` bits of the features imported, which CPython puts in every code
    /// object's `co_flags`.
    pub code_flags: u32,
}

impl FutureFeatures {
    /// Whether a `from __future__ import` statement at `loc` comes after the future statements
    /// (CPython compares the start of the statement with the end of the last future statement).
    pub fn is_late(&self, loc: Loc) -> bool {
        match self.location {
            None => true,
            Some(last) => {
                loc.lineno > last.lineno || (loc.lineno == last.lineno && loc.col_offset > last.end_col_offset)
            }
        }
    }
}

/// Reads the future statements at the top of a module; `given` holds the `CO_FUTURE_*` bits the
/// module gets without importing them (`compile()`'s flags).
pub(crate) fn features(module: &Mod, given: u32) -> Result<FutureFeatures> {
    let given = given & crate::CO_FUTURE_MASK;
    let mut features = FutureFeatures {
        annotations: given & crate::CO_FUTURE_ANNOTATIONS != 0,
        code_flags: given,
        ..FutureFeatures::default()
    };
    let body = match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => body,
        Mod::Expression { .. } | Mod::FunctionType { .. } => return Ok(features),
    };
    let skip = usize::from(body.first().is_some_and(is_docstring));
    for stmt in &body[skip..] {
        let StmtKind::ImportFrom { module: Some(name), names, .. } = &stmt.kind else { break };
        if name != "__future__" {
            break;
        }
        for alias in names {
            features.code_flags |= code_flag(&alias.name);
            match alias.name.as_str() {
                "annotations" => features.annotations = true,
                "braces" => return Err(CompileError::at_start("not a chance", stmt.loc)),
                known if KNOWN.contains(&known) => {}
                unknown => {
                    return Err(CompileError::at_start(format!("future feature {unknown} is not defined"), stmt.loc))
                }
            }
        }
        features.location = Some(stmt.loc);
    }
    Ok(features)
}

fn is_docstring(stmt: &Stmt) -> bool {
    matches!(&stmt.kind, StmtKind::Expr { value } if matches!(value.kind, ExprKind::Constant { value: Constant::Str(_), .. }))
}

/// The `co_flags` bit CPython 3.12 records for a future feature: only `barry_as_FLUFL` and
/// `annotations` still change anything, the others are always on and record nothing.
fn code_flag(feature: &str) -> u32 {
    match feature {
        "barry_as_FLUFL" => 0x400000,
        "annotations" => 0x1000000,
        _ => 0,
    }
}
