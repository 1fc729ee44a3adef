//! The inverse of `view`: a tree built from its generic view, for trees that come from elsewhere
//! (node objects handed to `compile()`). The builder of the view checks the classes and types of
//! fields as CPython does; what is left here are shape errors, reported instead of panicking.

use crate::constant::Constant;
use crate::nodes::*;
use crate::view::{grow_stack, Field};

/// A view that does not have the shape of a tree: the message says what was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShapeError(pub String);

type Result<T> = std::result::Result<T, ShapeError>;

fn error<T>(message: impl Into<String>) -> Result<T> {
    Err(ShapeError(message.into()))
}

/// A node whose fields are taken out one by one.
struct Taken {
    class: &'static str,
    fields: Vec<(&'static str, Field)>,
    loc: Loc,
}

impl Taken {
    fn of(field: Field, what: &str) -> Result<Taken> {
        match field {
            Field::Node(mut node) => Ok(Taken {
                class: node.class,
                fields: std::mem::take(&mut node.fields),
                loc: node.loc.unwrap_or_default(),
            }),
            _ => error(format!("expected some sort of {what}")),
        }
    }

    /// The field `name` (None when absent).
    fn take(&mut self, name: &str) -> Field {
        match self.fields.iter().position(|(n, _)| *n == name) {
            Some(i) => self.fields.swap_remove(i).1,
            None => Field::None,
        }
    }

    fn expr(&mut self, name: &str) -> Result<Expr> {
        expr(self.take(name))
    }

    fn boxed(&mut self, name: &str) -> Result<Box<Expr>> {
        Ok(Box::new(self.expr(name)?))
    }

    fn opt_expr(&mut self, name: &str) -> Result<Option<Expr>> {
        optional(self.take(name), expr)
    }

    fn opt_boxed(&mut self, name: &str) -> Result<Option<Box<Expr>>> {
        Ok(self.opt_expr(name)?.map(Box::new))
    }

    fn exprs(&mut self, name: &str) -> Result<Vec<Expr>> {
        items(self.take(name), expr)
    }

    fn stmts(&mut self, name: &str) -> Result<Vec<Stmt>> {
        items(self.take(name), stmt)
    }

    fn ident(&mut self, name: &str) -> Result<String> {
        string(self.take(name))
    }

    fn opt_ident(&mut self, name: &str) -> Result<Option<String>> {
        optional(self.take(name), string)
    }

    fn idents(&mut self, name: &str) -> Result<Vec<String>> {
        items(self.take(name), string)
    }

    fn int(&mut self, name: &str) -> Result<i64> {
        match self.take(name) {
            Field::Int(value) => Ok(value),
            _ => error(format!("field \"{name}\" of {} must be an int", self.class)),
        }
    }

    fn ctx(&mut self) -> Result<ExprContext> {
        Ok(match Taken::of(self.take("ctx"), "expr_context")?.class {
            "Load" => ExprContext::Load,
            "Store" => ExprContext::Store,
            "Del" => ExprContext::Del,
            other => return error(format!("expected some sort of expr_context, but got {other}")),
        })
    }

    fn type_params(&mut self) -> Result<Vec<TypeParam>> {
        items(self.take("type_params"), type_param)
    }

    fn arguments(&mut self, name: &str) -> Result<Arguments> {
        arguments(self.take(name))
    }
}

fn optional<T>(field: Field, f: impl FnOnce(Field) -> Result<T>) -> Result<Option<T>> {
    match field {
        Field::None => Ok(None),
        field => f(field).map(Some),
    }
}

fn items<T>(field: Field, f: impl Fn(Field) -> Result<T>) -> Result<Vec<T>> {
    match field {
        Field::List(values) => values.into_iter().map(f).collect(),
        _ => error("expected a list"),
    }
}

fn string(field: Field) -> Result<String> {
    match field {
        Field::Str(text) => Ok(text),
        _ => error("expected a str"),
    }
}

/// The tree of a `mod` node.
pub fn module(field: Field) -> Result<Mod> {
    let mut n = Taken::of(field, "mod")?;
    Ok(match n.class {
        "Module" => Mod::Module { body: n.stmts("body")?, type_ignores: items(n.take("type_ignores"), type_ignore)? },
        "Interactive" => Mod::Interactive { body: n.stmts("body")? },
        "Expression" => Mod::Expression { body: n.boxed("body")? },
        "FunctionType" => Mod::FunctionType { argtypes: n.exprs("argtypes")?, returns: n.boxed("returns")? },
        other => return error(format!("expected some sort of mod, but got {other}")),
    })
}

fn type_ignore(field: Field) -> Result<TypeIgnore> {
    let mut n = Taken::of(field, "type_ignore")?;
    Ok(TypeIgnore { lineno: n.int("lineno")?.clamp(0, u32::MAX.into()) as u32, tag: n.ident("tag")? })
}

fn stmt(field: Field) -> Result<Stmt> {
    grow_stack(|| stmt_unguarded(field))
}

fn stmt_unguarded(field: Field) -> Result<Stmt> {
    let mut n = Taken::of(field, "stmt")?;
    let kind = match n.class {
        "FunctionDef" | "AsyncFunctionDef" => StmtKind::FunctionDef(Box::new(FunctionDef {
            is_async: n.class == "AsyncFunctionDef",
            name: n.ident("name")?,
            args: n.arguments("args")?,
            body: n.stmts("body")?,
            decorator_list: n.exprs("decorator_list")?,
            returns: n.opt_expr("returns")?,
            type_comment: n.opt_ident("type_comment")?,
            type_params: n.type_params()?,
        })),
        "ClassDef" => StmtKind::ClassDef(Box::new(ClassDef {
            name: n.ident("name")?,
            bases: n.exprs("bases")?,
            keywords: items(n.take("keywords"), keyword)?,
            body: n.stmts("body")?,
            decorator_list: n.exprs("decorator_list")?,
            type_params: n.type_params()?,
        })),
        "Return" => StmtKind::Return { value: n.opt_boxed("value")? },
        "Delete" => StmtKind::Delete { targets: n.exprs("targets")? },
        "Assign" => StmtKind::Assign {
            targets: n.exprs("targets")?,
            value: n.boxed("value")?,
            type_comment: n.opt_ident("type_comment")?,
        },
        "TypeAlias" => {
            StmtKind::TypeAlias { name: n.boxed("name")?, type_params: n.type_params()?, value: n.boxed("value")? }
        }
        "AugAssign" => {
            StmtKind::AugAssign { target: n.boxed("target")?, op: operator(n.take("op"))?, value: n.boxed("value")? }
        }
        "AnnAssign" => StmtKind::AnnAssign {
            target: n.boxed("target")?,
            annotation: n.boxed("annotation")?,
            value: n.opt_boxed("value")?,
            simple: n.int("simple")? != 0,
        },
        "For" | "AsyncFor" => StmtKind::For(Box::new(For {
            is_async: n.class == "AsyncFor",
            target: n.expr("target")?,
            iter: n.expr("iter")?,
            body: n.stmts("body")?,
            orelse: n.stmts("orelse")?,
            type_comment: n.opt_ident("type_comment")?,
        })),
        "While" => StmtKind::While { test: n.boxed("test")?, body: n.stmts("body")?, orelse: n.stmts("orelse")? },
        "If" => StmtKind::If { test: n.boxed("test")?, body: n.stmts("body")?, orelse: n.stmts("orelse")? },
        "With" | "AsyncWith" => StmtKind::With(Box::new(With {
            is_async: n.class == "AsyncWith",
            items: items(n.take("items"), with_item)?,
            body: n.stmts("body")?,
            type_comment: n.opt_ident("type_comment")?,
        })),
        "Match" => StmtKind::Match { subject: n.boxed("subject")?, cases: items(n.take("cases"), match_case)? },
        "Raise" => StmtKind::Raise { exc: n.opt_boxed("exc")?, cause: n.opt_boxed("cause")? },
        "Try" | "TryStar" => StmtKind::Try(Box::new(Try {
            is_star: n.class == "TryStar",
            body: n.stmts("body")?,
            handlers: items(n.take("handlers"), except_handler)?,
            orelse: n.stmts("orelse")?,
            finalbody: n.stmts("finalbody")?,
        })),
        "Assert" => StmtKind::Assert { test: n.boxed("test")?, msg: n.opt_boxed("msg")? },
        "Import" => StmtKind::Import { names: items(n.take("names"), alias)? },
        "ImportFrom" => StmtKind::ImportFrom {
            module: n.opt_ident("module")?,
            names: items(n.take("names"), alias)?,
            level: match n.take("level") {
                Field::None => 0,
                Field::Int(level) => level.clamp(0, u32::MAX.into()) as u32,
                _ => return error("field \"level\" of ImportFrom must be an int"),
            },
        },
        "Global" => StmtKind::Global { names: n.idents("names")? },
        "Nonlocal" => StmtKind::Nonlocal { names: n.idents("names")? },
        "Expr" => StmtKind::Expr { value: n.boxed("value")? },
        "Pass" => StmtKind::Pass,
        "Break" => StmtKind::Break,
        "Continue" => StmtKind::Continue,
        other => return error(format!("expected some sort of stmt, but got {other}")),
    };
    Ok(Stmt::new(n.loc, kind))
}

fn expr(field: Field) -> Result<Expr> {
    grow_stack(|| expr_unguarded(field))
}

fn comprehensions(n: &mut Taken) -> Result<Vec<Comprehension>> {
    items(n.take("generators"), comprehension)
}

fn expr_unguarded(field: Field) -> Result<Expr> {
    let mut n = Taken::of(field, "expr")?;
    let kind = match n.class {
        "BoolOp" => ExprKind::BoolOp { op: bool_op(n.take("op"))?, values: n.exprs("values")? },
        "NamedExpr" => ExprKind::NamedExpr { target: n.boxed("target")?, value: n.boxed("value")? },
        "BinOp" => ExprKind::BinOp { left: n.boxed("left")?, op: operator(n.take("op"))?, right: n.boxed("right")? },
        "UnaryOp" => ExprKind::UnaryOp { op: unary_op(n.take("op"))?, operand: n.boxed("operand")? },
        "Lambda" => ExprKind::Lambda { args: Box::new(n.arguments("args")?), body: n.boxed("body")? },
        "IfExp" => ExprKind::IfExp { test: n.boxed("test")?, body: n.boxed("body")?, orelse: n.boxed("orelse")? },
        "Dict" => ExprKind::Dict { keys: items(n.take("keys"), |k| optional(k, expr))?, values: n.exprs("values")? },
        "Set" => ExprKind::Set { elts: n.exprs("elts")? },
        "ListComp" => ExprKind::ListComp { elt: n.boxed("elt")?, generators: comprehensions(&mut n)? },
        "SetComp" => ExprKind::SetComp { elt: n.boxed("elt")?, generators: comprehensions(&mut n)? },
        "DictComp" => {
            ExprKind::DictComp { key: n.boxed("key")?, value: n.boxed("value")?, generators: comprehensions(&mut n)? }
        }
        "GeneratorExp" => ExprKind::GeneratorExp { elt: n.boxed("elt")?, generators: comprehensions(&mut n)? },
        "Await" => ExprKind::Await { value: n.boxed("value")? },
        "Yield" => ExprKind::Yield { value: n.opt_boxed("value")? },
        "YieldFrom" => ExprKind::YieldFrom { value: n.boxed("value")? },
        "Compare" => ExprKind::Compare {
            left: n.boxed("left")?,
            ops: items(n.take("ops"), cmp_op)?,
            comparators: n.exprs("comparators")?,
        },
        "Call" => ExprKind::Call {
            func: n.boxed("func")?,
            args: n.exprs("args")?,
            keywords: items(n.take("keywords"), keyword)?,
        },
        "FormattedValue" => ExprKind::FormattedValue {
            value: n.boxed("value")?,
            conversion: n.int("conversion")?.clamp(i32::MIN.into(), i32::MAX.into()) as i32,
            format_spec: n.opt_boxed("format_spec")?,
        },
        "JoinedStr" => ExprKind::JoinedStr { values: n.exprs("values")? },
        "Constant" => ExprKind::Constant { value: constant(n.take("value"))?, kind: n.opt_ident("kind")? },
        "Attribute" => ExprKind::Attribute { value: n.boxed("value")?, attr: n.ident("attr")?, ctx: n.ctx()? },
        "Subscript" => ExprKind::Subscript { value: n.boxed("value")?, slice: n.boxed("slice")?, ctx: n.ctx()? },
        "Starred" => ExprKind::Starred { value: n.boxed("value")?, ctx: n.ctx()? },
        "Name" => ExprKind::Name { id: n.ident("id")?, ctx: n.ctx()? },
        "List" => ExprKind::List { elts: n.exprs("elts")?, ctx: n.ctx()? },
        "Tuple" => ExprKind::Tuple { elts: n.exprs("elts")?, ctx: n.ctx()? },
        "Slice" => {
            ExprKind::Slice { lower: n.opt_boxed("lower")?, upper: n.opt_boxed("upper")?, step: n.opt_boxed("step")? }
        }
        other => return error(format!("expected some sort of expr, but got {other}")),
    };
    Ok(Expr::new(n.loc, kind))
}

fn constant(field: Field) -> Result<Constant> {
    match field {
        Field::Constant(value) => Ok(value),
        Field::None => Ok(Constant::None),
        _ => error("expected a constant"),
    }
}

/// The class name of a field-less node (`Load`, `Add`, ...).
fn unit_class(field: Field, what: &str) -> Result<&'static str> {
    Ok(Taken::of(field, what)?.class)
}

fn bool_op(field: Field) -> Result<BoolOp> {
    Ok(match unit_class(field, "boolop")? {
        "And" => BoolOp::And,
        "Or" => BoolOp::Or,
        other => return error(format!("expected some sort of boolop, but got {other}")),
    })
}

fn operator(field: Field) -> Result<Operator> {
    Ok(match unit_class(field, "operator")? {
        "Add" => Operator::Add,
        "Sub" => Operator::Sub,
        "Mult" => Operator::Mult,
        "MatMult" => Operator::MatMult,
        "Div" => Operator::Div,
        "Mod" => Operator::Mod,
        "Pow" => Operator::Pow,
        "LShift" => Operator::LShift,
        "RShift" => Operator::RShift,
        "BitOr" => Operator::BitOr,
        "BitXor" => Operator::BitXor,
        "BitAnd" => Operator::BitAnd,
        "FloorDiv" => Operator::FloorDiv,
        other => return error(format!("expected some sort of operator, but got {other}")),
    })
}

fn unary_op(field: Field) -> Result<UnaryOp> {
    Ok(match unit_class(field, "unaryop")? {
        "Invert" => UnaryOp::Invert,
        "Not" => UnaryOp::Not,
        "UAdd" => UnaryOp::UAdd,
        "USub" => UnaryOp::USub,
        other => return error(format!("expected some sort of unaryop, but got {other}")),
    })
}

fn cmp_op(field: Field) -> Result<CmpOp> {
    Ok(match unit_class(field, "cmpop")? {
        "Eq" => CmpOp::Eq,
        "NotEq" => CmpOp::NotEq,
        "Lt" => CmpOp::Lt,
        "LtE" => CmpOp::LtE,
        "Gt" => CmpOp::Gt,
        "GtE" => CmpOp::GtE,
        "Is" => CmpOp::Is,
        "IsNot" => CmpOp::IsNot,
        "In" => CmpOp::In,
        "NotIn" => CmpOp::NotIn,
        other => return error(format!("expected some sort of cmpop, but got {other}")),
    })
}

fn comprehension(field: Field) -> Result<Comprehension> {
    let mut n = Taken::of(field, "comprehension")?;
    Ok(Comprehension {
        target: n.expr("target")?,
        iter: n.expr("iter")?,
        ifs: n.exprs("ifs")?,
        is_async: n.int("is_async")? != 0,
    })
}

fn except_handler(field: Field) -> Result<ExceptHandler> {
    let mut n = Taken::of(field, "excepthandler")?;
    Ok(ExceptHandler { loc: n.loc, type_: n.opt_expr("type")?, name: n.opt_ident("name")?, body: n.stmts("body")? })
}

fn arguments(field: Field) -> Result<Arguments> {
    let mut n = Taken::of(field, "arguments")?;
    Ok(Arguments {
        posonlyargs: items(n.take("posonlyargs"), arg)?,
        args: items(n.take("args"), arg)?,
        vararg: optional(n.take("vararg"), arg)?,
        kwonlyargs: items(n.take("kwonlyargs"), arg)?,
        kw_defaults: items(n.take("kw_defaults"), |d| optional(d, expr))?,
        kwarg: optional(n.take("kwarg"), arg)?,
        defaults: n.exprs("defaults")?,
    })
}

fn arg(field: Field) -> Result<Arg> {
    let mut n = Taken::of(field, "arg")?;
    Ok(Arg {
        loc: n.loc,
        arg: n.ident("arg")?,
        annotation: n.opt_boxed("annotation")?,
        type_comment: n.opt_ident("type_comment")?,
    })
}

fn keyword(field: Field) -> Result<Keyword> {
    let mut n = Taken::of(field, "keyword")?;
    Ok(Keyword { loc: n.loc, arg: n.opt_ident("arg")?, value: n.expr("value")? })
}

fn alias(field: Field) -> Result<Alias> {
    let mut n = Taken::of(field, "alias")?;
    Ok(Alias { loc: n.loc, name: n.ident("name")?, asname: n.opt_ident("asname")? })
}

fn with_item(field: Field) -> Result<WithItem> {
    let mut n = Taken::of(field, "withitem")?;
    Ok(WithItem { context_expr: n.expr("context_expr")?, optional_vars: n.opt_expr("optional_vars")? })
}

fn match_case(field: Field) -> Result<MatchCase> {
    let mut n = Taken::of(field, "match_case")?;
    Ok(MatchCase { pattern: pattern(n.take("pattern"))?, guard: n.opt_expr("guard")?, body: n.stmts("body")? })
}

fn pattern(field: Field) -> Result<Pattern> {
    grow_stack(|| pattern_unguarded(field))
}

fn pattern_unguarded(field: Field) -> Result<Pattern> {
    let mut n = Taken::of(field, "pattern")?;
    let patterns = |n: &mut Taken, name: &str| items(n.take(name), pattern);
    let kind = match n.class {
        "MatchValue" => PatternKind::MatchValue { value: n.boxed("value")? },
        "MatchSingleton" => PatternKind::MatchSingleton { value: constant(n.take("value"))? },
        "MatchSequence" => PatternKind::MatchSequence { patterns: patterns(&mut n, "patterns")? },
        "MatchMapping" => PatternKind::MatchMapping {
            keys: n.exprs("keys")?,
            patterns: patterns(&mut n, "patterns")?,
            rest: n.opt_ident("rest")?,
        },
        "MatchClass" => PatternKind::MatchClass {
            cls: n.boxed("cls")?,
            patterns: patterns(&mut n, "patterns")?,
            kwd_attrs: n.idents("kwd_attrs")?,
            kwd_patterns: patterns(&mut n, "kwd_patterns")?,
        },
        "MatchStar" => PatternKind::MatchStar { name: n.opt_ident("name")? },
        "MatchAs" => PatternKind::MatchAs {
            pattern: optional(n.take("pattern"), pattern)?.map(Box::new),
            name: n.opt_ident("name")?,
        },
        "MatchOr" => PatternKind::MatchOr { patterns: patterns(&mut n, "patterns")? },
        other => return error(format!("expected some sort of pattern, but got {other}")),
    };
    Ok(Pattern { loc: n.loc, kind })
}

fn type_param(field: Field) -> Result<TypeParam> {
    let mut n = Taken::of(field, "type_param")?;
    let kind = match n.class {
        "TypeVar" => TypeParamKind::TypeVar { name: n.ident("name")?, bound: n.opt_boxed("bound")? },
        "ParamSpec" => TypeParamKind::ParamSpec { name: n.ident("name")? },
        "TypeVarTuple" => TypeParamKind::TypeVarTuple { name: n.ident("name")? },
        other => return error(format!("expected some sort of type_param, but got {other}")),
    };
    Ok(TypeParam { loc: n.loc, kind })
}
