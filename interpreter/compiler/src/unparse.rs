//! Expressions back to source text, as CPython's `ast_unparse.c` writes them: the value of an
//! annotation under `from __future__ import annotations`.

use ferrython_ast::*;

// Precedence levels, lowest first (CPython's `PR_*`).
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_BOR: u8 = 6;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

pub(crate) fn unparse(expr: &Expr) -> PyStr {
    let mut out = String::new();
    write_expr(&mut out, expr, PR_TEST);
    PyStr::from_text(&out)
}

fn binop(op: Operator) -> (&'static str, u8) {
    match op {
        Operator::Add => ("+", PR_ARITH),
        Operator::Sub => ("-", PR_ARITH),
        Operator::Mult => ("*", PR_TERM),
        Operator::MatMult => ("@", PR_TERM),
        Operator::Div => ("/", PR_TERM),
        Operator::Mod => ("%", PR_TERM),
        Operator::FloorDiv => ("//", PR_TERM),
        Operator::LShift => ("<<", PR_SHIFT),
        Operator::RShift => (">>", PR_SHIFT),
        Operator::BitOr => ("|", PR_BOR),
        Operator::BitXor => ("^", PR_BXOR),
        Operator::BitAnd => ("&", PR_BAND),
        Operator::Pow => ("**", PR_POWER),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn paren(out: &mut String, cond: bool, f: impl FnOnce(&mut String)) {
    if cond {
        out.push('(');
    }
    f(out);
    if cond {
        out.push(')');
    }
}

fn write_list(out: &mut String, exprs: &[Expr], level: u8) {
    for (i, e) in exprs.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(out, e, level);
    }
}

fn constant_text(value: &Constant) -> String {
    match value {
        Constant::Float(f) if f.is_infinite() => if *f > 0.0 { "1e309" } else { "-1e309" }.to_string(),
        Constant::Complex { real, imag } if real.is_infinite() || imag.is_infinite() => {
            let part = |v: f64| {
                if v.is_infinite() {
                    if v > 0.0 {
                        "1e309".to_string()
                    } else {
                        "-1e309".to_string()
                    }
                } else {
                    Constant::Float(v).repr()
                }
            };
            if *real == 0.0 && real.is_sign_positive() {
                format!("{}j", part(*imag))
            } else {
                format!("({}+{}j)", part(*real), part(*imag))
            }
        }
        Constant::Ellipsis => "...".to_string(),
        other => other.repr(),
    }
}

fn write_expr(out: &mut String, expr: &Expr, level: u8) {
    crate::grow_stack(|| write_expr_unguarded(out, expr, level))
}

fn write_expr_unguarded(out: &mut String, expr: &Expr, level: u8) {
    match &expr.kind {
        ExprKind::BoolOp { op, values } => {
            let (text, pr) = if *op == BoolOp::And { (" and ", PR_AND) } else { (" or ", PR_OR) };
            paren(out, level > pr, |out| {
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(text);
                    }
                    write_expr(out, v, pr + 1);
                }
            });
        }
        ExprKind::NamedExpr { target, value } => paren(out, level > PR_TUPLE, |out| {
            write_expr(out, target, PR_ATOM);
            out.push_str(" := ");
            write_expr(out, value, PR_ATOM);
        }),
        ExprKind::BinOp { left, op, right } => {
            let (text, pr) = binop(*op);
            let rassoc = u8::from(*op == Operator::Pow);
            paren(out, level > pr, |out| {
                write_expr(out, left, pr + rassoc);
                out.push(' ');
                out.push_str(text);
                out.push(' ');
                write_expr(out, right, pr + 1 - rassoc);
            });
        }
        ExprKind::UnaryOp { op, operand } => {
            let (text, pr) = match op {
                UnaryOp::Not => ("not ", PR_NOT),
                UnaryOp::Invert => ("~", PR_FACTOR),
                UnaryOp::UAdd => ("+", PR_FACTOR),
                UnaryOp::USub => ("-", PR_FACTOR),
            };
            paren(out, level > pr, |out| {
                out.push_str(text);
                write_expr(out, operand, pr);
            });
        }
        ExprKind::Lambda { args, body } => paren(out, level > PR_TEST, |out| {
            out.push_str("lambda");
            let mut params = String::new();
            write_arguments(&mut params, args);
            if !params.is_empty() {
                out.push(' ');
                out.push_str(&params);
            }
            out.push_str(": ");
            write_expr(out, body, PR_TEST);
        }),
        ExprKind::IfExp { test, body, orelse } => paren(out, level > PR_TEST, |out| {
            write_expr(out, body, PR_TEST + 1);
            out.push_str(" if ");
            write_expr(out, test, PR_TEST + 1);
            out.push_str(" else ");
            write_expr(out, orelse, PR_TEST);
        }),
        ExprKind::Dict { keys, values } => write_dict(out, keys, values),
        ExprKind::Set { elts } => {
            if elts.is_empty() {
                out.push_str("{*()}");
            } else {
                out.push('{');
                write_list(out, elts, PR_TEST);
                out.push('}');
            }
        }
        ExprKind::ListComp { elt, generators } => comp(out, "[", "]", elt, None, generators),
        ExprKind::SetComp { elt, generators } => comp(out, "{", "}", elt, None, generators),
        ExprKind::DictComp { key, value, generators } => comp(out, "{", "}", key, Some(value), generators),
        ExprKind::GeneratorExp { elt, generators } => comp(out, "(", ")", elt, None, generators),
        ExprKind::Await { value } => paren(out, level > PR_AWAIT, |out| {
            out.push_str("await ");
            write_expr(out, value, PR_ATOM);
        }),
        ExprKind::Yield { value } => paren(out, level > PR_ATOM, |out| {
            out.push_str("yield");
            if let Some(v) = value {
                out.push(' ');
                write_expr(out, v, PR_TEST);
            }
        }),
        ExprKind::YieldFrom { value } => paren(out, level > PR_ATOM, |out| {
            out.push_str("yield from ");
            write_expr(out, value, PR_TEST);
        }),
        ExprKind::Compare { left, ops, comparators } => paren(out, level > PR_CMP, |out| {
            write_expr(out, left, PR_CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                out.push(' ');
                out.push_str(cmpop(*op));
                out.push(' ');
                write_expr(out, c, PR_CMP + 1);
            }
        }),
        ExprKind::Call { func, args, keywords } => write_call(out, func, args, keywords),
        ExprKind::FormattedValue { .. } | ExprKind::JoinedStr { .. } => {
            out.push('f');
            let mut body = String::new();
            fstring_body(&mut body, expr);
            out.push_str(&Constant::Str(PyStr::from_text(&body)).repr());
        }
        ExprKind::Constant { value, .. } => out.push_str(&constant_text(value)),
        ExprKind::Attribute { value, attr, .. } => {
            write_expr(out, value, PR_ATOM);
            let is_int = matches!(&value.kind, ExprKind::Constant { value: Constant::Int(_), .. });
            out.push_str(if is_int { " ." } else { "." });
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => write_subscript(out, value, slice),
        ExprKind::Starred { value, .. } => {
            out.push('*');
            write_expr(out, value, PR_EXPR_BOR);
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::List { elts, .. } => {
            out.push('[');
            write_list(out, elts, PR_TEST);
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                out.push_str("()");
            } else {
                paren(out, level > PR_TUPLE, |out| {
                    write_list(out, elts, PR_TEST);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                });
            }
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                write_expr(out, l, PR_TEST);
            }
            out.push(':');
            if let Some(u) = upper {
                write_expr(out, u, PR_TEST);
            }
            if let Some(s) = step {
                out.push(':');
                write_expr(out, s, PR_TEST);
            }
        }
    }
}

fn write_dict(out: &mut String, keys: &[Option<Expr>], values: &[Expr]) {
    out.push('{');
    for (i, (k, v)) in keys.iter().zip(values).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match k {
            Some(k) => {
                write_expr(out, k, PR_TEST);
                out.push_str(": ");
                write_expr(out, v, PR_TEST);
            }
            None => {
                out.push_str("**");
                write_expr(out, v, PR_EXPR_BOR);
            }
        }
    }
    out.push('}');
}

fn write_call(out: &mut String, func: &Expr, args: &[Expr], keywords: &[Keyword]) {
    write_expr(out, func, PR_ATOM);
    out.push('(');
    let single_genexp = args.len() == 1 && keywords.is_empty() && matches!(args[0].kind, ExprKind::GeneratorExp { .. });
    if single_genexp {
        comp_inner(out, &args[0]);
    } else {
        write_list(out, args, PR_TEST);
        for (i, k) in keywords.iter().enumerate() {
            if i > 0 || !args.is_empty() {
                out.push_str(", ");
            }
            match &k.arg {
                Some(name) => {
                    out.push_str(name);
                    out.push('=');
                }
                None => out.push_str("**"),
            }
            write_expr(out, &k.value, PR_TEST);
        }
    }
    out.push(')');
}

fn write_subscript(out: &mut String, value: &Expr, slice: &Expr) {
    write_expr(out, value, PR_ATOM);
    out.push('[');
    match &slice.kind {
        ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
            write_list(out, elts, PR_TEST);
            if elts.len() == 1 {
                out.push(',');
            }
        }
        _ => write_expr(out, slice, PR_TUPLE),
    }
    out.push(']');
}

/// CPython's `PR_EXPR` (the level of `*x` and `**x` operands), which is `PR_BOR`'s.
const PR_EXPR_BOR: u8 = PR_BOR;

fn comp(out: &mut String, open: &str, close: &str, elt: &Expr, value: Option<&Expr>, generators: &[Comprehension]) {
    out.push_str(open);
    write_expr(out, elt, PR_TEST);
    if let Some(v) = value {
        out.push_str(": ");
        write_expr(out, v, PR_TEST);
    }
    for gen in generators {
        out.push_str(if gen.is_async { " async for " } else { " for " });
        write_expr(out, &gen.target, PR_TUPLE);
        out.push_str(" in ");
        write_expr(out, &gen.iter, PR_TEST + 1);
        for cond in &gen.ifs {
            out.push_str(" if ");
            write_expr(out, cond, PR_TEST + 1);
        }
    }
    out.push_str(close);
}

fn comp_inner(out: &mut String, genexp: &Expr) {
    let mut text = String::new();
    write_expr(&mut text, genexp, PR_TEST);
    out.push_str(text.strip_prefix('(').and_then(|t| t.strip_suffix(')')).unwrap_or(&text));
}

fn fstring_body(out: &mut String, expr: &Expr) {
    match &expr.kind {
        ExprKind::JoinedStr { values } => values.iter().for_each(|v| fstring_body(out, v)),
        ExprKind::Constant { value: Constant::Str(s), .. } => {
            out.push_str(&s.to_string_lossy().replace('{', "{{").replace('}', "}}"))
        }
        ExprKind::FormattedValue { value, conversion, format_spec } => {
            let mut inner = String::new();
            write_expr(&mut inner, value, PR_TEST + 1);
            out.push('{');
            if inner.starts_with('{') {
                out.push(' ');
            }
            out.push_str(&inner);
            if let Some(c) = u8::try_from(*conversion).ok().filter(|_| *conversion >= 0) {
                out.push('!');
                out.push(c as char);
            }
            if let Some(spec) = format_spec {
                out.push(':');
                fstring_body(out, spec);
            }
            out.push('}');
        }
        _ => {}
    }
}

fn write_arguments(out: &mut String, args: &Arguments) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let positional: Vec<&Arg> = args.posonlyargs.iter().chain(&args.args).collect();
    let ndefaults = args.defaults.len();
    let first_default = positional.len().saturating_sub(ndefaults);
    for (i, arg) in positional.iter().enumerate() {
        sep(out);
        out.push_str(&arg.arg);
        if i >= first_default {
            out.push('=');
            write_expr(out, &args.defaults[i - first_default], PR_TEST);
        }
        if i + 1 == args.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = &args.vararg {
            out.push_str(&v.arg);
        }
    }
    for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
        sep(out);
        out.push_str(&arg.arg);
        if let Some(d) = default {
            out.push('=');
            write_expr(out, d, PR_TEST);
        }
    }
    if let Some(k) = &args.kwarg {
        sep(out);
        out.push_str("**");
        out.push_str(&k.arg);
    }
}

#[cfg(test)]
mod tests {
    use ferrython_parser::{Mode, ParseOptions};

    /// What CPython 3.12 stores for `x: <annotation>` under `from __future__ import annotations`.
    #[test]
    fn annotations_unparse_as_cpython() {
        let cases = [
            ("int", "int"),
            ("list[int]", "list[int]"),
            ("dict[str, list[int]]", "dict[str, list[int]]"),
            ("tuple[int, ...]", "tuple[int, ...]"),
            ("int | None", "int | None"),
            ("\"forward\"", "'forward'"),
            ("a.b.c", "a.b.c"),
            ("Callable[[int, str], bool]", "Callable[[int, str], bool]"),
            ("x if y else z", "x if y else z"),
            ("lambda: 1", "lambda: 1"),
            ("lambda x, *a, k=1, **kw: x", "lambda x, *a, k=1, **kw: x"),
            ("-x", "-x"),
            ("not x", "not x"),
            ("a and b or c", "a and b or c"),
            ("(a, b)", "(a, b)"),
            ("()", "()"),
            ("(a,)", "(a,)"),
            ("[a, b]", "[a, b]"),
            ("{a: b, **c}", "{a: b, **c}"),
            ("{a, b}", "{a, b}"),
            ("f(x, *y, k=1, **z)", "f(x, *y, k=1, **z)"),
            ("f(i for i in x)", "f(i for i in x)"),
            ("[i for i in x if i]", "[i for i in x if i]"),
            ("{k: v async for k, v in x}", "{k: v async for k, v in x}"),
            ("a ** -b", "a ** (-b)"),
            ("(-a) ** b", "(-a) ** b"),
            ("a ** b ** c", "a ** b ** c"),
            ("(a ** b) ** c", "(a ** b) ** c"),
            ("a - (b - c)", "a - (b - c)"),
            ("(a - b) - c", "a - b - c"),
            ("a[1:2, ::3]", "a[1:2, ::3]"),
            ("a[b:c]", "a[b:c]"),
            ("a[:]", "a[:]"),
            ("x[a,]", "x[a,]"),
            ("1 .real", "1 .real"),
            ("1.5", "1.5"),
            ("1e309", "1e309"),
            ("-1e309j", "-1e309j"),
            ("b\"bytes\"", "b'bytes'"),
            ("...", "..."),
            ("None", "None"),
            ("f\"{x!r:>{width}} {y}\"", "f'{x!r:>{width}} {y}'"),
            ("a < b < c", "a < b < c"),
            ("a not in b", "a not in b"),
            ("a is not b", "a is not b"),
            ("~a + +b", "~a + +b"),
        ];
        for (source, want) in cases {
            let options = ParseOptions { mode: Mode::Eval, ..ParseOptions::default() };
            let parsed = ferrython_parser::parse(source.as_bytes(), "t", options).expect("parses");
            let ferrython_ast::Mod::Expression { body } = &parsed.module else { panic!("an expression") };
            assert_eq!(super::unparse(body).to_string_lossy(), want, "{source}");
        }
    }
}
