//! The node types of Python 3.12's abstract syntax tree.
//!
//! Names, fields and field order follow CPython 3.12's `ast` module, so that a tree dumps exactly as
//! `ast.dump` prints it. Where CPython has two classes that differ only by `async` (FunctionDef and
//! AsyncFunctionDef, For/AsyncFor, With/AsyncWith) or by `*` (Try/TryStar), one Rust type carries a
//! flag instead.

use crate::constant::Constant;

/// A source position as CPython reports it: 1-based lines, 0-based columns in UTF-8 bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    pub lineno: u32,
    pub col_offset: u32,
    pub end_lineno: u32,
    pub end_col_offset: u32,
}

impl Loc {
    /// The span from the start of `self` to the end of `end`.
    pub fn to(self, end: Loc) -> Loc {
        Loc { end_lineno: end.end_lineno, end_col_offset: end.end_col_offset, ..self }
    }
}

pub type Identifier = String;

/// The top node: what `ast.parse` returns for each mode.
#[derive(Clone, Debug, PartialEq)]
pub enum Mod {
    Module { body: Vec<Stmt>, type_ignores: Vec<TypeIgnore> },
    Interactive { body: Vec<Stmt> },
    Expression { body: Box<Expr> },
    FunctionType { argtypes: Vec<Expr>, returns: Box<Expr> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeIgnore {
    pub lineno: u32,
    pub tag: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub loc: Loc,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `FunctionDef` or `AsyncFunctionDef`.
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return {
        value: Option<Box<Expr>>,
    },
    Delete {
        targets: Vec<Expr>,
    },
    Assign {
        targets: Vec<Expr>,
        value: Box<Expr>,
        type_comment: Option<String>,
    },
    TypeAlias {
        name: Box<Expr>,
        type_params: Vec<TypeParam>,
        value: Box<Expr>,
    },
    AugAssign {
        target: Box<Expr>,
        op: Operator,
        value: Box<Expr>,
    },
    AnnAssign {
        target: Box<Expr>,
        annotation: Box<Expr>,
        value: Option<Box<Expr>>,
        simple: bool,
    },
    /// `For` or `AsyncFor`.
    For(Box<For>),
    While {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `With` or `AsyncWith`.
    With(Box<With>),
    Match {
        subject: Box<Expr>,
        cases: Vec<MatchCase>,
    },
    Raise {
        exc: Option<Box<Expr>>,
        cause: Option<Box<Expr>>,
    },
    /// `Try` or `TryStar`.
    Try(Box<Try>),
    Assert {
        test: Box<Expr>,
        msg: Option<Box<Expr>>,
    },
    Import {
        names: Vec<Alias>,
    },
    ImportFrom {
        module: Option<Identifier>,
        names: Vec<Alias>,
        level: u32,
    },
    Global {
        names: Vec<Identifier>,
    },
    Nonlocal {
        names: Vec<Identifier>,
    },
    Expr {
        value: Box<Expr>,
    },
    Pass,
    Break,
    Continue,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub is_async: bool,
    pub name: Identifier,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub returns: Option<Expr>,
    pub type_comment: Option<String>,
    pub type_params: Vec<TypeParam>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Identifier,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorator_list: Vec<Expr>,
    pub type_params: Vec<TypeParam>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct For {
    pub is_async: bool,
    pub target: Expr,
    pub iter: Expr,
    pub body: Vec<Stmt>,
    pub orelse: Vec<Stmt>,
    pub type_comment: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct With {
    pub is_async: bool,
    pub items: Vec<WithItem>,
    pub body: Vec<Stmt>,
    pub type_comment: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Try {
    /// `try: ... except* ...` (TryStar).
    pub is_star: bool,
    pub body: Vec<Stmt>,
    pub handlers: Vec<ExceptHandler>,
    pub orelse: Vec<Stmt>,
    pub finalbody: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub loc: Loc,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// A `None` key stands for `**mapping`.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set {
        elts: Vec<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await {
        value: Box<Expr>,
    },
    Yield {
        value: Option<Box<Expr>>,
    },
    YieldFrom {
        value: Box<Expr>,
    },
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// `conversion` is -1 (none) or the code of `s`, `r` or `a`.
    FormattedValue {
        value: Box<Expr>,
        conversion: i32,
        format_spec: Option<Box<Expr>>,
    },
    JoinedStr {
        values: Vec<Expr>,
    },
    /// `kind` is `Some("u")` for a `u"..."` literal.
    Constant {
        value: Constant,
        kind: Option<String>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Identifier,
        ctx: ExprContext,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: ExprContext,
    },
    Starred {
        value: Box<Expr>,
        ctx: ExprContext,
    },
    Name {
        id: Identifier,
        ctx: ExprContext,
    },
    List {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub loc: Loc,
    pub type_: Option<Expr>,
    pub name: Option<Identifier>,
    pub body: Vec<Stmt>,
}

/// A parameter list. `kw_defaults` has one entry per keyword-only parameter, `None` where it has
/// no default; `defaults` belongs to the last positional parameters.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    pub defaults: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub loc: Loc,
    pub arg: Identifier,
    pub annotation: Option<Box<Expr>>,
    pub type_comment: Option<String>,
}

/// A keyword argument; `arg` is `None` for `**mapping`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub loc: Loc,
    pub arg: Option<Identifier>,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub loc: Loc,
    pub name: Identifier,
    pub asname: Option<Identifier>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub loc: Loc,
    pub kind: PatternKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    MatchValue { value: Box<Expr> },
    MatchSingleton { value: Constant },
    MatchSequence { patterns: Vec<Pattern> },
    MatchMapping { keys: Vec<Expr>, patterns: Vec<Pattern>, rest: Option<Identifier> },
    MatchClass { cls: Box<Expr>, patterns: Vec<Pattern>, kwd_attrs: Vec<Identifier>, kwd_patterns: Vec<Pattern> },
    MatchStar { name: Option<Identifier> },
    MatchAs { pattern: Option<Box<Pattern>>, name: Option<Identifier> },
    MatchOr { patterns: Vec<Pattern> },
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeParam {
    pub loc: Loc,
    pub kind: TypeParamKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypeParamKind {
    TypeVar { name: Identifier, bound: Option<Box<Expr>> },
    ParamSpec { name: Identifier },
    TypeVarTuple { name: Identifier },
}

impl Expr {
    pub fn new(loc: Loc, kind: ExprKind) -> Expr {
        Expr { loc, kind }
    }
}

/// Dropping a tree recurses once per level; a fresh stack segment is taken when the stack runs
/// low, so that trees as deep as the parser allows (long operator or `elif` chains) never
/// overflow it.
fn drop_deep<T>(kind: T) {
    stacker::maybe_grow(128 * 1024, 1024 * 1024, move || drop(kind));
}

impl Drop for Expr {
    fn drop(&mut self) {
        drop_deep(std::mem::replace(&mut self.kind, ExprKind::Constant { value: Constant::None, kind: None }));
    }
}

impl Drop for Stmt {
    fn drop(&mut self) {
        drop_deep(std::mem::replace(&mut self.kind, StmtKind::Pass));
    }
}

impl Stmt {
    pub fn new(loc: Loc, kind: StmtKind) -> Stmt {
        Stmt { loc, kind }
    }
}
