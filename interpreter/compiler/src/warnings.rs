//! CPython 3.12's compile-time SyntaxWarnings: code that is valid but almost certainly a mistake,
//! recognizable from the kinds of nodes involved (after constant folding, see `fold`).
//!
//! Each function returns the warning's message, if the code deserves one; code generation emits
//! it where CPython does.

use ferrython_ast::{CmpOp, Expr, ExprKind};

use crate::fold::{Folder, Value};

/// The type a literal or display evaluates to, when it is evident from the node (CPython's
/// `infer_type`).
fn evident_type(folder: &mut Folder, expr: &Expr) -> Option<&'static str> {
    Some(match &expr.kind {
        ExprKind::Tuple { .. } => folder.fold(expr).map_or("tuple", |v| v.type_name()),
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set { .. } | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "str",
        _ => return folder.fold(expr).map(|v| v.type_name()),
    })
}

/// `x is 1`: identity with a literal other than None, True, False and `...`. Only the first
/// offending pair of a chained comparison warns.
pub(crate) fn literal_identity(
    folder: &mut Folder,
    left: &Expr,
    ops: &[CmpOp],
    comparators: &[Expr],
    negated: bool,
) -> Option<String> {
    let mut left = left;
    for (op, right) in ops.iter().zip(comparators) {
        let is = match (op, negated) {
            (CmpOp::Is, false) | (CmpOp::IsNot, true) => Some(true),
            (CmpOp::IsNot, false) | (CmpOp::Is, true) => Some(false),
            _ => None,
        };
        if let Some(is) = is {
            let literal = [left, right].into_iter().find_map(|e| folder.fold(e).filter(|v| !is_identity_safe(v)));
            if let Some(literal) = literal {
                let (op, eq) = if is { ("is", "==") } else { ("is not", "!=") };
                let name = literal.type_name();
                return Some(format!("\"{op}\" with '{name}' literal. Did you mean \"{eq}\"?"));
            }
        }
        left = right;
    }
    None
}

fn is_identity_safe(value: &Value) -> bool {
    matches!(value, Value::None | Value::Bool(_) | Value::Ellipsis)
}

/// `[1, 2] (3)`: calling a literal or display.
pub(crate) fn not_callable(folder: &mut Folder, func: &Expr) -> Option<String> {
    let callable_kinds = matches!(
        func.kind,
        ExprKind::Constant { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::List { .. }
            | ExprKind::ListComp { .. }
            | ExprKind::Dict { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::Set { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::JoinedStr { .. }
            | ExprKind::FormattedValue { .. }
    );
    let name = if callable_kinds { evident_type(folder, func) } else { folder.fold(func).map(|v| v.type_name()) }?;
    Some(format!("'{name}' object is not callable; perhaps you missed a comma?"))
}

/// `1 [2]`: subscripting something that has no items.
pub(crate) fn not_subscriptable(folder: &mut Folder, value: &Expr) -> Option<String> {
    let unsubscriptable = match &value.kind {
        ExprKind::Set { .. } | ExprKind::SetComp { .. } | ExprKind::GeneratorExp { .. } | ExprKind::Lambda { .. } => {
            true
        }
        _ => matches!(
            folder.fold(value),
            Some(Value::None | Value::Ellipsis | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Complex(..))
        ),
    };
    let name = if unsubscriptable { evident_type(folder, value) } else { None }?;
    Some(format!("'{name}' object is not subscriptable; perhaps you missed a comma?"))
}

/// `[1, 2] ['a']`: indexing a sequence with something that is not an integer or a slice.
pub(crate) fn bad_index(folder: &mut Folder, value: &Expr, slice: &Expr) -> Option<String> {
    if matches!(slice.kind, ExprKind::Slice { .. }) {
        return None;
    }
    let index = evident_type(folder, slice)?;
    if index == "int" || index == "bool" {
        return None;
    }
    let sequence = match &value.kind {
        ExprKind::Tuple { .. }
        | ExprKind::List { .. }
        | ExprKind::ListComp { .. }
        | ExprKind::JoinedStr { .. }
        | ExprKind::FormattedValue { .. } => true,
        _ => matches!(folder.fold(value), Some(Value::Str(_) | Value::Bytes(_) | Value::Tuple(_))),
    };
    let name = if sequence { evident_type(folder, value) } else { None }?;
    Some(format!("{name} indices must be integers or slices, not {index}; perhaps you missed a comma?"))
}

/// `assert (x, "message")`: a non-empty tuple is always true.
pub(crate) fn assertion(folder: &mut Folder, test: &Expr) -> Option<String> {
    let always_true = match &test.kind {
        ExprKind::Tuple { elts, .. } => !elts.is_empty(),
        _ => false,
    } || matches!(folder.fold(test), Some(Value::Tuple(items)) if !items.is_empty());
    always_true.then(|| "assertion is always true, perhaps remove parentheses?".to_string())
}
