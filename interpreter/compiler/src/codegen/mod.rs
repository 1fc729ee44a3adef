//! Code generation: from the AST (after the checks) to code objects, one compilation unit at a
//! time (module, class body, function, lambda, generator expression, PEP 695 scopes), as CPython
//! 3.12's `compile.c` generates them, in the layout of Ferrython's bytecode (`opcode.rs`).
//!
//! The unit being compiled is the last of `Compiler::units`. Each unit emits into its own
//! control-flow graph (`flowgraph`); `assemble` turns the finished graph into a `CodeObject`.
//! The submodules split the work by construct: `stmt` (statements), `expr` (expressions),
//! `function` (functions, lambdas, classes, type parameters, closures), `comprehension`,
//! `exceptions` (try, with, and leaving blocks by return/break/continue), `pattern` (match).

mod comprehension;
mod exceptions;
mod expr;
mod function;
mod pattern;
mod stmt;

use std::collections::HashMap;

use ferrython_ast::*;
use ferrython_bytecode::{CodeFlags, CodeObject, ConstValue, Opcode};

use crate::flowgraph::{BlockId, Cfg, Instr, Op, SrcLoc};
use crate::fold::{Folder, Value};
use crate::future::FutureFeatures;
use crate::scope::{Scope, ScopeKind, Scopes, DEF_IMPORT};
use crate::symtable::mangle;
use crate::{CompileError, Result};

/// CPython's `STACK_USE_GUIDELINE`: above this many stack items, displays and calls are built
/// incrementally.
const STACK_USE_GUIDELINE: usize = 30;

/// CPython's compiler scope types, which decide qualnames and some code shapes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitType {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
    TypeParams,
}

/// What a `break`, `continue` or `return` has to get out of (CPython's frame blocks).
#[derive(Clone, Copy, Debug)]
pub(crate) enum FBlockKind<'a> {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry(&'a [Stmt]),
    FinallyEnd,
    With(SrcLoc),
    AsyncWith(SrcLoc),
    /// An `except` body; the name bound by `as`, if any.
    HandlerCleanup(Option<&'a str>),
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct FBlock<'a> {
    pub kind: FBlockKind<'a>,
    /// Where `continue` goes (loops).
    pub block: Option<BlockId>,
    /// Where `break` goes (loops).
    pub exit: Option<BlockId>,
}

/// Names in first-use order, each with its index.
#[derive(Debug, Default)]
pub(crate) struct NameTable {
    pub names: Vec<String>,
    index: HashMap<String, u32>,
}

impl NameTable {
    fn from(names: impl IntoIterator<Item = String>) -> NameTable {
        let mut table = NameTable::default();
        for name in names {
            table.add(&name);
        }
        table
    }

    pub fn add(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_string());
        self.index.insert(name.to_string(), i);
        i
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }
}

/// One code object being generated.
pub(crate) struct Unit<'a> {
    pub scope: usize,
    pub utype: UnitType,
    pub name: String,
    pub qualname: String,
    pub cfg: Cfg,
    pub consts: Vec<ConstValue>,
    const_index: HashMap<Vec<u8>, u32>,
    pub names: NameTable,
    pub varnames: NameTable,
    /// Deref slots as CPython numbers them while compiling: cells (sorted, then the implicit
    /// `__class__` and `__classdict__`), then free variables; assembly renumbers the cells.
    pub cellvars: NameTable,
    pub freevars: NameTable,
    /// Names an inlined comprehension made fast locals in a module or class body (true while
    /// it is being compiled).
    pub fasthidden: HashMap<String, bool>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: u32,
    pub private: Option<String>,
    pub fblocks: Vec<FBlock<'a>>,
    pub in_inlined_comp: u32,
}

pub(crate) struct Compiler<'a> {
    pub scopes: Scopes,
    pub units: Vec<Unit<'a>>,
    pub filename: &'a str,
    pub optimize: u8,
    pub future: FutureFeatures,
    pub folder: Folder,
    pub interactive: bool,
    pub flags: crate::Flags,
    /// The module code (compiled with top-level await) holds an asynchronous generator
    /// expression.
    pub async_genexp_at_top: bool,
}

pub(crate) fn loc(loc: Loc) -> SrcLoc {
    SrcLoc::from(loc)
}

/// Compiles a module that passed the checks.
pub(crate) fn compile_module(
    module: &Mod,
    filename: &str,
    optimize: u8,
    future: FutureFeatures,
    flags: crate::Flags,
) -> Result<CodeObject> {
    let scopes = crate::scope::build(module, &future);
    let mut folder = Folder::default();
    folder.optimized = optimize > 0;
    let mut c = Compiler {
        scopes,
        units: Vec::new(),
        filename,
        optimize,
        future,
        folder,
        interactive: false,
        flags,
        async_genexp_at_top: false,
    };
    c.enter_unit(0, UnitType::Module, "<module>".to_string(), 1);
    match module {
        Mod::Module { body, .. } => {
            c.body(SrcLoc::NONE, body)?;
            c.finish_unit(true)
        }
        Mod::Interactive { body } => {
            c.interactive = true;
            for stmt in body {
                c.stmt(stmt)?;
            }
            c.finish_unit(true)
        }
        Mod::Expression { body } => {
            c.expr(body)?;
            c.finish_unit(false)
        }
        Mod::FunctionType { .. } => c.finish_unit(true),
    }
}

impl<'a> Compiler<'a> {
    pub fn unit(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is open")
    }

    pub fn unit_mut(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is open")
    }

    /// Opens a unit for `scope`, with CPython's qualname.
    pub fn enter_unit(&mut self, scope: usize, utype: UnitType, name: String, firstlineno: u32) {
        let info = self.scopes.get(scope);
        let varnames = NameTable::from(info.params.iter().cloned());
        let mut cells = info.cellvars();
        if info.needs_class_closure {
            cells.push("__class__".to_string());
        }
        if info.needs_classdict {
            cells.push("__classdict__".to_string());
        }
        let cellvars = NameTable::from(cells);
        let freevars = NameTable::from(info.freevars());
        let private = self.units.last().and_then(|u| u.private.clone());
        let qualname = self.qualname(&name, utype);
        self.units.push(Unit {
            scope,
            utype,
            name,
            qualname,
            cfg: Cfg::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: NameTable::default(),
            varnames,
            cellvars,
            freevars,
            fasthidden: HashMap::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno,
            private,
            fblocks: Vec::new(),
            in_inlined_comp: 0,
        });
    }

    /// CPython's `compiler_set_qualname`, for a unit about to be pushed.
    fn qualname(&self, name: &str, utype: UnitType) -> String {
        let n = self.units.len();
        if n <= 1 {
            return name.to_string();
        }
        let mut parent = &self.units[n - 1];
        if parent.utype == UnitType::TypeParams {
            if n == 2 {
                return name.to_string();
            }
            parent = &self.units[n - 2];
        }
        if matches!(utype, UnitType::Function | UnitType::AsyncFunction | UnitType::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            if self.scopes.get(parent.scope).scope_of(&mangled) == Scope::GlobalExplicit {
                return name.to_string();
            }
        }
        if matches!(parent.utype, UnitType::Function | UnitType::AsyncFunction | UnitType::Lambda) {
            format!("{}.<locals>.{name}", parent.qualname)
        } else {
            format!("{}.{name}", parent.qualname)
        }
    }

    /// Closes the unit: appends the implicit `return None` (or `return` of the value on the
    /// stack when `add_none` is false), then optimizes and assembles it.
    pub fn finish_unit(&mut self, add_none: bool) -> Result<CodeObject> {
        if add_none {
            self.load_const(ConstValue::None, SrcLoc::NONE);
        }
        self.emit(Opcode::RETURN_VALUE, 0, SrcLoc::NONE);
        let flags = self.code_flags();
        let unit = self.units.pop().expect("a unit is open");
        let info = self.scopes.get(unit.scope);
        let nparams = info.params.len();
        crate::assemble::assemble(unit, flags, self.filename, nparams)
    }

    /// CPython's `compute_code_flags`.
    fn code_flags(&self) -> CodeFlags {
        let info = self.scopes.get(self.unit().scope);
        let mut flags = self.future.code_flags;
        if info.kind.is_function_like() {
            flags |= CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS;
            if info.nested {
                flags |= CodeFlags::NESTED;
            }
            flags |= match (info.generator, info.coroutine) {
                (true, false) => CodeFlags::GENERATOR,
                (false, true) => CodeFlags::COROUTINE,
                (true, true) => CodeFlags::ASYNC_GENERATOR,
                (false, false) => 0,
            };
            if info.varargs {
                flags |= CodeFlags::VARARGS;
            }
            if info.varkeywords {
                flags |= CodeFlags::VARKEYWORDS;
            }
        } else if self.units.len() == 1
            && self.flags.top_level_await
            && (info.coroutine || self.async_genexp_at_top)
            && !info.generator
        {
            flags |= CodeFlags::COROUTINE;
        }
        CodeFlags(flags)
    }

    // ---- emitting ---------------------------------------------------------------------------

    pub fn emit(&mut self, op: Opcode, arg: u32, at: SrcLoc) {
        self.unit_mut().cfg.emit(Instr { op: Op::Real(op), arg, target: None, loc: at, handler: None });
    }

    pub fn emit_jump(&mut self, op: Op, target: BlockId, at: SrcLoc) {
        self.unit_mut().cfg.emit(Instr { op, arg: 0, target: Some(target), loc: at, handler: None });
    }

    pub fn emit_op(&mut self, op: Op, arg: u32, at: SrcLoc) {
        self.unit_mut().cfg.emit(Instr { op, arg, target: None, loc: at, handler: None });
    }

    pub fn jump(&mut self, target: BlockId, at: SrcLoc) {
        self.emit_jump(Op::Jump, target, at);
    }

    pub fn new_label(&mut self) -> BlockId {
        self.unit_mut().cfg.new_label()
    }

    pub fn use_label(&mut self, label: BlockId) {
        self.unit_mut().cfg.use_label(label);
    }

    pub fn add_const(&mut self, value: ConstValue) -> u32 {
        let unit = self.unit_mut();
        // Equal code objects are one constant, as CPython merges them (a `while` condition
        // is compiled twice, with the generator expressions in it).
        if let ConstValue::Code(code) = &value {
            let same = |c: &ConstValue| matches!(c, ConstValue::Code(other) if crate::grow_stack(|| other == code));
            if let Some(i) = unit.consts.iter().position(same) {
                return i as u32;
            }
        }
        let key = const_key(&value);
        if let Some(key) = &key {
            if let Some(&i) = unit.const_index.get(key) {
                return i;
            }
        }
        let i = unit.consts.len() as u32;
        unit.consts.push(value);
        if let Some(key) = key {
            unit.const_index.insert(key, i);
        }
        i
    }

    pub fn load_const(&mut self, value: ConstValue, at: SrcLoc) {
        let i = self.add_const(value);
        self.emit(Opcode::LOAD_CONST, i, at);
    }

    pub fn str_const(text: &str) -> ConstValue {
        ConstValue::Str(PyStr::from_text(text))
    }

    /// An index in `co_names`, the name mangled.
    pub fn name_index(&mut self, name: &str) -> u32 {
        let mangled = mangle(self.unit().private.as_deref(), name);
        self.unit_mut().names.add(&mangled)
    }

    /// An instruction whose argument names `name` in `co_names` (mangled).
    pub fn emit_name(&mut self, op: Opcode, name: &str, at: SrcLoc) {
        let i = self.name_index(name);
        self.emit(op, i, at);
    }

    pub fn mangle(&self, name: &str) -> String {
        mangle(self.unit().private.as_deref(), name)
    }

    /// The deref slot of a cell or free variable of the current unit, as numbered while
    /// compiling.
    pub fn deref_index(&mut self, name: &str) -> u32 {
        let unit = self.unit_mut();
        if let Some(i) = unit.cellvars.get(name) {
            return i;
        }
        let i = unit.freevars.add(name);
        unit.cellvars.len() as u32 + i
    }

    /// The deref slot of a free variable of the current unit (after all the cells).
    pub fn free_index(&mut self, name: &str) -> u32 {
        let unit = self.unit_mut();
        let i = unit.freevars.add(name);
        unit.cellvars.len() as u32 + i
    }

    pub fn cell_index(&mut self, name: &str) -> u32 {
        self.unit_mut().cellvars.add(name)
    }

    pub fn varname(&mut self, name: &str) -> u32 {
        self.unit_mut().varnames.add(name)
    }

    /// Loads, stores or deletes a variable, choosing the instruction from its scope (CPython's
    /// `compiler_nameop`).
    pub fn nameop(&mut self, name: &str, ctx: ExprContext, at: SrcLoc) {
        let mangled = self.mangle(name);
        let info = self.scopes.get(self.unit().scope);
        let scope = info.scope_of(&mangled);
        let is_function_like = info.kind.is_function_like();
        let is_class = info.kind == ScopeKind::Class;
        let can_see_class_scope = info.can_see_class_scope;
        enum Kind {
            Fast,
            Global,
            Deref,
            Name,
        }
        let kind = match scope {
            Scope::Free | Scope::Cell => Kind::Deref,
            Scope::Local if is_function_like || self.unit().fasthidden.get(&mangled) == Some(&true) => Kind::Fast,
            Scope::GlobalImplicit if is_function_like => Kind::Global,
            Scope::GlobalExplicit => Kind::Global,
            _ => Kind::Name,
        };
        match kind {
            Kind::Fast => {
                let i = self.varname(&mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LOAD_FAST,
                    ExprContext::Store => Opcode::STORE_FAST,
                    ExprContext::Del => Opcode::DELETE_FAST,
                };
                self.emit(op, i, at);
            }
            Kind::Deref => {
                let op = match ctx {
                    ExprContext::Load => {
                        if is_class && self.unit().in_inlined_comp == 0 {
                            self.emit(Opcode::LOAD_LOCALS, 0, at);
                            Opcode::LOAD_FROM_DICT_OR_DEREF
                        } else if can_see_class_scope {
                            let classdict = self.deref_index("__classdict__");
                            self.emit(Opcode::LOAD_DEREF, classdict, at);
                            Opcode::LOAD_FROM_DICT_OR_DEREF
                        } else {
                            Opcode::LOAD_DEREF
                        }
                    }
                    ExprContext::Store => Opcode::STORE_DEREF,
                    ExprContext::Del => Opcode::DELETE_DEREF,
                };
                // A free variable's own slot: in a class body, `__class__` can be both the
                // class's implicit cell (for its methods) and free (the enclosing method's).
                let i = if scope == Scope::Free { self.free_index(&mangled) } else { self.deref_index(&mangled) };
                self.emit(op, i, at);
            }
            Kind::Global => {
                let i = self.unit_mut().names.add(&mangled);
                match ctx {
                    ExprContext::Load => {
                        if can_see_class_scope && scope == Scope::GlobalImplicit {
                            let classdict = self.deref_index("__classdict__");
                            self.emit(Opcode::LOAD_DEREF, classdict, at);
                            self.emit(Opcode::LOAD_FROM_DICT_OR_GLOBALS, i, at);
                        } else {
                            self.emit(Opcode::LOAD_GLOBAL, i << 1, at);
                        }
                    }
                    ExprContext::Store => self.emit(Opcode::STORE_GLOBAL, i, at),
                    ExprContext::Del => self.emit(Opcode::DELETE_GLOBAL, i, at),
                }
            }
            Kind::Name => {
                let i = self.unit_mut().names.add(&mangled);
                match ctx {
                    ExprContext::Load => {
                        if is_class && self.unit().in_inlined_comp > 0 {
                            self.emit(Opcode::LOAD_GLOBAL, i << 1, at);
                        } else {
                            self.emit(Opcode::LOAD_NAME, i, at);
                        }
                    }
                    ExprContext::Store => self.emit(Opcode::STORE_NAME, i, at),
                    ExprContext::Del => self.emit(Opcode::DELETE_NAME, i, at),
                }
            }
        }
    }

    /// Whether `expr` names something the module imports (CPython does not use the method
    /// call form on it).
    pub fn is_import_originated(&self, expr: &Expr) -> bool {
        match &expr.kind {
            ExprKind::Name { id, .. } => self.scopes.get(0).flags(id) & DEF_IMPORT != 0,
            _ => false,
        }
    }

    /// The constant an expression folds to, as CPython's AST optimizer would leave it.
    pub fn folded(&mut self, expr: &Expr) -> Option<ConstValue> {
        match &expr.kind {
            ExprKind::Constant { value, .. } => Some(constant(value)),
            ExprKind::Name { .. }
            | ExprKind::UnaryOp { .. }
            | ExprKind::BinOp { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::Subscript { .. } => self.folder.fold(expr).map(|v| value_const(&v)),
            _ => None,
        }
    }

    pub fn error(&self, msg: &str, at: Loc) -> CompileError {
        CompileError::at(msg, at)
    }
}

pub(crate) fn constant(value: &Constant) -> ConstValue {
    match value {
        Constant::None => ConstValue::None,
        Constant::Bool(b) => ConstValue::Bool(*b),
        Constant::Ellipsis => ConstValue::Ellipsis,
        Constant::Int(i) => ConstValue::Int(i.clone()),
        Constant::Float(f) => ConstValue::Float(*f),
        Constant::Complex { real, imag } => ConstValue::Complex { real: *real, imag: *imag },
        Constant::Str(s) => ConstValue::Str(s.clone()),
        Constant::Bytes(b) => ConstValue::Bytes(b.clone()),
    }
}

pub(crate) fn value_const(value: &Value) -> ConstValue {
    match value {
        Value::None => ConstValue::None,
        Value::Bool(b) => ConstValue::Bool(*b),
        Value::Ellipsis => ConstValue::Ellipsis,
        Value::Int(i) => ConstValue::Int(Int::from_big(i.clone())),
        Value::Float(f) => ConstValue::Float(*f),
        Value::Complex(real, imag) => ConstValue::Complex { real: *real, imag: *imag },
        Value::Str(s) => ConstValue::Str(s.clone()),
        Value::Bytes(b) => ConstValue::Bytes(b.clone()),
        Value::Tuple(items) => ConstValue::Tuple(items.iter().map(value_const).collect()),
    }
}

/// A key under which equal constants of the same type share one `co_consts` slot (`1`, `1.0`
/// and `True` stay apart, as do `0.0` and `-0.0`); code objects are never shared.
pub(crate) fn const_key(value: &ConstValue) -> Option<Vec<u8>> {
    fn encode(value: &ConstValue, out: &mut Vec<u8>) -> bool {
        let bytes = |tag: u8, payload: &[u8], out: &mut Vec<u8>| {
            out.push(tag);
            out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
            out.extend_from_slice(payload);
        };
        match value {
            ConstValue::None => out.push(b'N'),
            ConstValue::Bool(b) => out.push(if *b { b'T' } else { b'F' }),
            ConstValue::Ellipsis => out.push(b'E'),
            ConstValue::Int(Int::Small(i)) => bytes(b'i', i.to_string().as_bytes(), out),
            ConstValue::Int(Int::Big(i)) => bytes(b'i', i.to_string().as_bytes(), out),
            ConstValue::Float(f) => bytes(b'f', &f.to_bits().to_le_bytes(), out),
            ConstValue::Complex { real, imag } => {
                let mut payload = real.to_bits().to_le_bytes().to_vec();
                payload.extend_from_slice(&imag.to_bits().to_le_bytes());
                bytes(b'c', &payload, out);
            }
            ConstValue::Str(s) => bytes(b's', s.as_wtf8(), out),
            ConstValue::Bytes(b) => bytes(b'b', b, out),
            ConstValue::Tuple(items) | ConstValue::FrozenSet(items) => {
                out.push(if matches!(value, ConstValue::Tuple(_)) { b'(' } else { b'{' });
                out.extend_from_slice(&(items.len() as u64).to_le_bytes());
                for item in items {
                    if !encode(item, out) {
                        return false;
                    }
                }
            }
            ConstValue::Code(_) => return false,
        }
        true
    }
    let mut out = Vec::new();
    encode(value, &mut out).then_some(out)
}

/// `location` of CPython for an attribute whose name is on a later line than its start: the
/// instruction points at the attribute name (CPython's `update_start_location_to_match_attr`).
pub(crate) fn attr_loc(at: SrcLoc, attr_expr: &Expr, attr: &str) -> SrcLoc {
    let mut at = at;
    let end_lineno = attr_expr.loc.end_lineno as i32;
    if at.lineno != end_lineno {
        at.lineno = end_lineno;
        // CPython counts the name in code points against a column in bytes.
        let len = attr.chars().count() as i32;
        let end_col = attr_expr.loc.end_col_offset as i32;
        if len <= end_col {
            at.col = end_col - len;
        } else {
            at.col = -1;
            at.end_col = -1;
        }
        at.end_lineno = at.end_lineno.max(at.lineno);
        if at.lineno == at.end_lineno {
            at.end_col = at.end_col.max(at.col);
        }
    }
    at
}

/// The docstring of a body, if its first statement is a string constant.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&PyStr> {
    match &body.first()?.kind {
        StmtKind::Expr { value } => match &value.kind {
            ExprKind::Constant { value: Constant::Str(s), .. } => Some(s),
            _ => None,
        },
        _ => None,
    }
}
