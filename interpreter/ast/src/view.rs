//! A generic view of a tree: each node as its CPython class name, its fields in order and its
//! location attributes. `ast.dump` is written over this view, and so will be the conversion of a
//! tree to Python objects, so that field names and order are stated once.

use crate::constant::Constant;
use crate::nodes::*;

/// One field value.
pub enum Field {
    Node(Node),
    List(Vec<Field>),
    /// An identifier or string (`identifier` and `string` in CPython's grammar of the tree).
    Str(String),
    /// An `int` field (`level`, `simple`, `conversion`, `is_async`, a type-ignore's `lineno`).
    Int(i64),
    /// A `constant` field (`Constant.value`, `MatchSingleton.value`).
    Constant(Constant),
    /// Python's `None`: an absent optional field, or a hole in `kw_defaults` or `Dict.keys`.
    None,
}

/// One node: its class name, fields in `_fields` order, and location if the class has one.
pub struct Node {
    pub class: &'static str,
    pub fields: Vec<(&'static str, Field)>,
    pub loc: Option<Loc>,
}

/// Views are as deep as trees: dropping one takes a fresh stack segment when the stack runs low.
impl Drop for Node {
    fn drop(&mut self) {
        let fields = std::mem::take(&mut self.fields);
        grow_stack(move || drop(fields));
    }
}

fn node(class: &'static str, loc: Option<Loc>, fields: Vec<(&'static str, Field)>) -> Field {
    Field::Node(Node { class, fields, loc })
}

fn unit(class: &'static str) -> Field {
    node(class, None, Vec::new())
}

fn ident(name: &str) -> Field {
    Field::Str(name.to_string())
}

fn opt_ident(name: &Option<Identifier>) -> Field {
    name.as_deref().map_or(Field::None, ident)
}

fn int(value: impl Into<i64>) -> Field {
    Field::Int(value.into())
}

fn list<T>(items: &[T], f: impl Fn(&T) -> Field) -> Field {
    Field::List(items.iter().map(f).collect())
}

fn opt<T>(item: Option<&T>, f: impl Fn(&T) -> Field) -> Field {
    item.map_or(Field::None, f)
}

/// Builds a view recursively with enough stack (a fresh segment when less than the red zone is
/// left), so that trees as deep as the parser allows never overflow the caller's stack.
pub fn grow_stack<T>(f: impl FnOnce() -> T) -> T {
    stacker::maybe_grow(128 * 1024, 4 * 1024 * 1024, f)
}

/// The view of any tree node.
pub trait View {
    fn view(&self) -> Field;
}

impl<T: View> View for Box<T> {
    fn view(&self) -> Field {
        (**self).view()
    }
}

impl View for Mod {
    fn view(&self) -> Field {
        match self {
            Mod::Module { body, type_ignores } => node(
                "Module",
                None,
                vec![("body", list(body, View::view)), ("type_ignores", list(type_ignores, View::view))],
            ),
            Mod::Interactive { body } => node("Interactive", None, vec![("body", list(body, View::view))]),
            Mod::Expression { body } => node("Expression", None, vec![("body", body.view())]),
            Mod::FunctionType { argtypes, returns } => {
                node("FunctionType", None, vec![("argtypes", list(argtypes, View::view)), ("returns", returns.view())])
            }
        }
    }
}

impl View for TypeIgnore {
    fn view(&self) -> Field {
        node("TypeIgnore", None, vec![("lineno", int(self.lineno)), ("tag", ident(&self.tag))])
    }
}

fn type_comment(comment: &Option<String>) -> Field {
    opt_ident(comment)
}

impl View for Stmt {
    fn view(&self) -> Field {
        grow_stack(|| self.view_unguarded())
    }
}

impl Stmt {
    fn view_unguarded(&self) -> Field {
        let loc = Some(self.loc);
        let body = |b: &Vec<Stmt>| list(b, View::view);
        match &self.kind {
            StmtKind::FunctionDef(f) => node(
                if f.is_async { "AsyncFunctionDef" } else { "FunctionDef" },
                loc,
                vec![
                    ("name", ident(&f.name)),
                    ("args", f.args.view()),
                    ("body", body(&f.body)),
                    ("decorator_list", list(&f.decorator_list, View::view)),
                    ("returns", opt(f.returns.as_ref(), View::view)),
                    ("type_comment", type_comment(&f.type_comment)),
                    ("type_params", list(&f.type_params, View::view)),
                ],
            ),
            StmtKind::ClassDef(c) => node(
                "ClassDef",
                loc,
                vec![
                    ("name", ident(&c.name)),
                    ("bases", list(&c.bases, View::view)),
                    ("keywords", list(&c.keywords, View::view)),
                    ("body", body(&c.body)),
                    ("decorator_list", list(&c.decorator_list, View::view)),
                    ("type_params", list(&c.type_params, View::view)),
                ],
            ),
            StmtKind::Return { value } => node("Return", loc, vec![("value", opt(value.as_ref(), View::view))]),
            StmtKind::Delete { targets } => node("Delete", loc, vec![("targets", list(targets, View::view))]),
            StmtKind::Assign { targets, value, type_comment: tc } => node(
                "Assign",
                loc,
                vec![
                    ("targets", list(targets, View::view)),
                    ("value", value.view()),
                    ("type_comment", type_comment(tc)),
                ],
            ),
            StmtKind::TypeAlias { name, type_params, value } => node(
                "TypeAlias",
                loc,
                vec![("name", name.view()), ("type_params", list(type_params, View::view)), ("value", value.view())],
            ),
            StmtKind::AugAssign { target, op, value } => {
                node("AugAssign", loc, vec![("target", target.view()), ("op", op.view()), ("value", value.view())])
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => node(
                "AnnAssign",
                loc,
                vec![
                    ("target", target.view()),
                    ("annotation", annotation.view()),
                    ("value", opt(value.as_ref(), View::view)),
                    ("simple", int(*simple as u8)),
                ],
            ),
            StmtKind::For(f) => node(
                if f.is_async { "AsyncFor" } else { "For" },
                loc,
                vec![
                    ("target", f.target.view()),
                    ("iter", f.iter.view()),
                    ("body", body(&f.body)),
                    ("orelse", body(&f.orelse)),
                    ("type_comment", type_comment(&f.type_comment)),
                ],
            ),
            StmtKind::While { test, body: b, orelse } => {
                node("While", loc, vec![("test", test.view()), ("body", body(b)), ("orelse", body(orelse))])
            }
            StmtKind::If { test, body: b, orelse } => {
                node("If", loc, vec![("test", test.view()), ("body", body(b)), ("orelse", body(orelse))])
            }
            StmtKind::With(w) => node(
                if w.is_async { "AsyncWith" } else { "With" },
                loc,
                vec![
                    ("items", list(&w.items, View::view)),
                    ("body", body(&w.body)),
                    ("type_comment", type_comment(&w.type_comment)),
                ],
            ),
            StmtKind::Match { subject, cases } => {
                node("Match", loc, vec![("subject", subject.view()), ("cases", list(cases, View::view))])
            }
            StmtKind::Raise { exc, cause } => node(
                "Raise",
                loc,
                vec![("exc", opt(exc.as_ref(), View::view)), ("cause", opt(cause.as_ref(), View::view))],
            ),
            StmtKind::Try(t) => node(
                if t.is_star { "TryStar" } else { "Try" },
                loc,
                vec![
                    ("body", body(&t.body)),
                    ("handlers", list(&t.handlers, View::view)),
                    ("orelse", body(&t.orelse)),
                    ("finalbody", body(&t.finalbody)),
                ],
            ),
            StmtKind::Assert { test, msg } => {
                node("Assert", loc, vec![("test", test.view()), ("msg", opt(msg.as_ref(), View::view))])
            }
            StmtKind::Import { names } => node("Import", loc, vec![("names", list(names, View::view))]),
            StmtKind::ImportFrom { module, names, level } => node(
                "ImportFrom",
                loc,
                vec![("module", opt_ident(module)), ("names", list(names, View::view)), ("level", int(*level))],
            ),
            StmtKind::Global { names } => node("Global", loc, vec![("names", list(names, |n| ident(n)))]),
            StmtKind::Nonlocal { names } => node("Nonlocal", loc, vec![("names", list(names, |n| ident(n)))]),
            StmtKind::Expr { value } => node("Expr", loc, vec![("value", value.view())]),
            StmtKind::Pass => node("Pass", loc, vec![]),
            StmtKind::Break => node("Break", loc, vec![]),
            StmtKind::Continue => node("Continue", loc, vec![]),
        }
    }
}

impl View for Expr {
    fn view(&self) -> Field {
        grow_stack(|| self.view_unguarded())
    }
}

impl Expr {
    fn view_unguarded(&self) -> Field {
        let loc = Some(self.loc);
        let exprs = |v: &Vec<Expr>| list(v, View::view);
        match &self.kind {
            ExprKind::BoolOp { op, values } => node("BoolOp", loc, vec![("op", op.view()), ("values", exprs(values))]),
            ExprKind::NamedExpr { target, value } => {
                node("NamedExpr", loc, vec![("target", target.view()), ("value", value.view())])
            }
            ExprKind::BinOp { left, op, right } => {
                node("BinOp", loc, vec![("left", left.view()), ("op", op.view()), ("right", right.view())])
            }
            ExprKind::UnaryOp { op, operand } => {
                node("UnaryOp", loc, vec![("op", op.view()), ("operand", operand.view())])
            }
            ExprKind::Lambda { args, body } => node("Lambda", loc, vec![("args", args.view()), ("body", body.view())]),
            ExprKind::IfExp { test, body, orelse } => {
                node("IfExp", loc, vec![("test", test.view()), ("body", body.view()), ("orelse", orelse.view())])
            }
            ExprKind::Dict { keys, values } => node(
                "Dict",
                loc,
                vec![("keys", list(keys, |k| opt(k.as_ref(), View::view))), ("values", exprs(values))],
            ),
            ExprKind::Set { elts } => node("Set", loc, vec![("elts", exprs(elts))]),
            ExprKind::ListComp { elt, generators } => {
                node("ListComp", loc, vec![("elt", elt.view()), ("generators", list(generators, View::view))])
            }
            ExprKind::SetComp { elt, generators } => {
                node("SetComp", loc, vec![("elt", elt.view()), ("generators", list(generators, View::view))])
            }
            ExprKind::DictComp { key, value, generators } => node(
                "DictComp",
                loc,
                vec![("key", key.view()), ("value", value.view()), ("generators", list(generators, View::view))],
            ),
            ExprKind::GeneratorExp { elt, generators } => {
                node("GeneratorExp", loc, vec![("elt", elt.view()), ("generators", list(generators, View::view))])
            }
            ExprKind::Await { value } => node("Await", loc, vec![("value", value.view())]),
            ExprKind::Yield { value } => node("Yield", loc, vec![("value", opt(value.as_ref(), View::view))]),
            ExprKind::YieldFrom { value } => node("YieldFrom", loc, vec![("value", value.view())]),
            ExprKind::Compare { left, ops, comparators } => node(
                "Compare",
                loc,
                vec![("left", left.view()), ("ops", list(ops, View::view)), ("comparators", exprs(comparators))],
            ),
            ExprKind::Call { func, args, keywords } => node(
                "Call",
                loc,
                vec![("func", func.view()), ("args", exprs(args)), ("keywords", list(keywords, View::view))],
            ),
            ExprKind::FormattedValue { value, conversion, format_spec } => node(
                "FormattedValue",
                loc,
                vec![
                    ("value", value.view()),
                    ("conversion", int(*conversion)),
                    ("format_spec", opt(format_spec.as_ref(), View::view)),
                ],
            ),
            ExprKind::JoinedStr { values } => node("JoinedStr", loc, vec![("values", exprs(values))]),
            ExprKind::Constant { value, kind } => {
                node("Constant", loc, vec![("value", Field::Constant(value.clone())), ("kind", opt_ident(kind))])
            }
            ExprKind::Attribute { value, attr, ctx } => {
                node("Attribute", loc, vec![("value", value.view()), ("attr", ident(attr)), ("ctx", ctx.view())])
            }
            ExprKind::Subscript { value, slice, ctx } => {
                node("Subscript", loc, vec![("value", value.view()), ("slice", slice.view()), ("ctx", ctx.view())])
            }
            ExprKind::Starred { value, ctx } => {
                node("Starred", loc, vec![("value", value.view()), ("ctx", ctx.view())])
            }
            ExprKind::Name { id, ctx } => node("Name", loc, vec![("id", ident(id)), ("ctx", ctx.view())]),
            ExprKind::List { elts, ctx } => node("List", loc, vec![("elts", exprs(elts)), ("ctx", ctx.view())]),
            ExprKind::Tuple { elts, ctx } => node("Tuple", loc, vec![("elts", exprs(elts)), ("ctx", ctx.view())]),
            ExprKind::Slice { lower, upper, step } => node(
                "Slice",
                loc,
                vec![
                    ("lower", opt(lower.as_ref(), View::view)),
                    ("upper", opt(upper.as_ref(), View::view)),
                    ("step", opt(step.as_ref(), View::view)),
                ],
            ),
        }
    }
}

impl View for ExprContext {
    fn view(&self) -> Field {
        unit(match self {
            ExprContext::Load => "Load",
            ExprContext::Store => "Store",
            ExprContext::Del => "Del",
        })
    }
}

impl View for BoolOp {
    fn view(&self) -> Field {
        unit(match self {
            BoolOp::And => "And",
            BoolOp::Or => "Or",
        })
    }
}

impl View for Operator {
    fn view(&self) -> Field {
        unit(match self {
            Operator::Add => "Add",
            Operator::Sub => "Sub",
            Operator::Mult => "Mult",
            Operator::MatMult => "MatMult",
            Operator::Div => "Div",
            Operator::Mod => "Mod",
            Operator::Pow => "Pow",
            Operator::LShift => "LShift",
            Operator::RShift => "RShift",
            Operator::BitOr => "BitOr",
            Operator::BitXor => "BitXor",
            Operator::BitAnd => "BitAnd",
            Operator::FloorDiv => "FloorDiv",
        })
    }
}

impl View for UnaryOp {
    fn view(&self) -> Field {
        unit(match self {
            UnaryOp::Invert => "Invert",
            UnaryOp::Not => "Not",
            UnaryOp::UAdd => "UAdd",
            UnaryOp::USub => "USub",
        })
    }
}

impl View for CmpOp {
    fn view(&self) -> Field {
        unit(match self {
            CmpOp::Eq => "Eq",
            CmpOp::NotEq => "NotEq",
            CmpOp::Lt => "Lt",
            CmpOp::LtE => "LtE",
            CmpOp::Gt => "Gt",
            CmpOp::GtE => "GtE",
            CmpOp::Is => "Is",
            CmpOp::IsNot => "IsNot",
            CmpOp::In => "In",
            CmpOp::NotIn => "NotIn",
        })
    }
}

impl View for Comprehension {
    fn view(&self) -> Field {
        node(
            "comprehension",
            None,
            vec![
                ("target", self.target.view()),
                ("iter", self.iter.view()),
                ("ifs", list(&self.ifs, View::view)),
                ("is_async", int(self.is_async as u8)),
            ],
        )
    }
}

impl View for ExceptHandler {
    fn view(&self) -> Field {
        node(
            "ExceptHandler",
            Some(self.loc),
            vec![
                ("type", opt(self.type_.as_ref(), View::view)),
                ("name", opt_ident(&self.name)),
                ("body", list(&self.body, View::view)),
            ],
        )
    }
}

impl View for Arguments {
    fn view(&self) -> Field {
        node(
            "arguments",
            None,
            vec![
                ("posonlyargs", list(&self.posonlyargs, View::view)),
                ("args", list(&self.args, View::view)),
                ("vararg", opt(self.vararg.as_ref(), View::view)),
                ("kwonlyargs", list(&self.kwonlyargs, View::view)),
                ("kw_defaults", list(&self.kw_defaults, |d| opt(d.as_ref(), View::view))),
                ("kwarg", opt(self.kwarg.as_ref(), View::view)),
                ("defaults", list(&self.defaults, View::view)),
            ],
        )
    }
}

impl View for Arg {
    fn view(&self) -> Field {
        node(
            "arg",
            Some(self.loc),
            vec![
                ("arg", ident(&self.arg)),
                ("annotation", opt(self.annotation.as_ref(), View::view)),
                ("type_comment", type_comment(&self.type_comment)),
            ],
        )
    }
}

impl View for Keyword {
    fn view(&self) -> Field {
        node("keyword", Some(self.loc), vec![("arg", opt_ident(&self.arg)), ("value", self.value.view())])
    }
}

impl View for Alias {
    fn view(&self) -> Field {
        node("alias", Some(self.loc), vec![("name", ident(&self.name)), ("asname", opt_ident(&self.asname))])
    }
}

impl View for WithItem {
    fn view(&self) -> Field {
        node(
            "withitem",
            None,
            vec![
                ("context_expr", self.context_expr.view()),
                ("optional_vars", opt(self.optional_vars.as_ref(), View::view)),
            ],
        )
    }
}

impl View for MatchCase {
    fn view(&self) -> Field {
        node(
            "match_case",
            None,
            vec![
                ("pattern", self.pattern.view()),
                ("guard", opt(self.guard.as_ref(), View::view)),
                ("body", list(&self.body, View::view)),
            ],
        )
    }
}

impl View for Pattern {
    fn view(&self) -> Field {
        grow_stack(|| self.view_unguarded())
    }
}

impl Pattern {
    fn view_unguarded(&self) -> Field {
        let loc = Some(self.loc);
        let pats = |p: &Vec<Pattern>| list(p, View::view);
        match &self.kind {
            PatternKind::MatchValue { value } => node("MatchValue", loc, vec![("value", value.view())]),
            PatternKind::MatchSingleton { value } => node("MatchSingleton", loc, vec![("value", constant(value))]),
            PatternKind::MatchSequence { patterns } => node("MatchSequence", loc, vec![("patterns", pats(patterns))]),
            PatternKind::MatchMapping { keys, patterns, rest } => node(
                "MatchMapping",
                loc,
                vec![("keys", list(keys, View::view)), ("patterns", pats(patterns)), ("rest", opt_ident(rest))],
            ),
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => node(
                "MatchClass",
                loc,
                vec![
                    ("cls", cls.view()),
                    ("patterns", pats(patterns)),
                    ("kwd_attrs", list(kwd_attrs, |a| ident(a))),
                    ("kwd_patterns", pats(kwd_patterns)),
                ],
            ),
            PatternKind::MatchStar { name } => node("MatchStar", loc, vec![("name", opt_ident(name))]),
            PatternKind::MatchAs { pattern, name } => {
                node("MatchAs", loc, vec![("pattern", opt(pattern.as_ref(), View::view)), ("name", opt_ident(name))])
            }
            PatternKind::MatchOr { patterns } => node("MatchOr", loc, vec![("patterns", pats(patterns))]),
        }
    }
}

fn constant(value: &Constant) -> Field {
    Field::Constant(value.clone())
}

impl View for TypeParam {
    fn view(&self) -> Field {
        let loc = Some(self.loc);
        match &self.kind {
            TypeParamKind::TypeVar { name, bound } => {
                node("TypeVar", loc, vec![("name", ident(name)), ("bound", opt(bound.as_ref(), View::view))])
            }
            TypeParamKind::ParamSpec { name } => node("ParamSpec", loc, vec![("name", ident(name))]),
            TypeParamKind::TypeVarTuple { name } => node("TypeVarTuple", loc, vec![("name", ident(name))]),
        }
    }
}
