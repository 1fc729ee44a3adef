//! Functions, lambdas and classes: defaults, annotations, decorators, closures
//! (`LOAD_CLOSURE` + `BUILD_TUPLE` + `MAKE_FUNCTION`), class bodies with their implicit
//! `__class__` and `__classdict__` cells, and PEP 695's type parameter scopes and type aliases.

use ferrython_ast::*;
use ferrython_bytecode::{CodeObject, ConstValue, Intrinsic1, Intrinsic2, Opcode};

use super::{docstring, loc, Compiler, UnitType};
use crate::flowgraph::SrcLoc;
use crate::scope::Scope;
use crate::Result;

const MAKE_DEFAULTS: u32 = 0x01;
const MAKE_KWDEFAULTS: u32 = 0x02;
const MAKE_ANNOTATIONS: u32 = 0x04;
const MAKE_CLOSURE: u32 = 0x08;

impl<'a> Compiler<'a> {
    /// Pushes a function made from `code`, with its closure tuple when it has free variables.
    pub fn make_closure(&mut self, code: CodeObject, flags: u32, at: SrcLoc) {
        let mut flags = flags;
        if !code.freevars.is_empty() {
            let is_class = self.unit().utype == UnitType::Class;
            for name in &code.freevars {
                let name = name.to_string_lossy();
                let is_implicit_cell = is_class && (name == "__class__" || name == "__classdict__");
                let scope = self.scopes.get(self.unit().scope).scope_of(&name);
                let i = if is_implicit_cell || scope == Scope::Cell {
                    self.cell_index(&name)
                } else {
                    self.deref_index(&name)
                };
                self.emit(Opcode::LOAD_CLOSURE, i, at);
            }
            flags |= MAKE_CLOSURE;
            self.emit(Opcode::BUILD_TUPLE, code.freevars.len() as u32, at);
        }
        self.load_const(ConstValue::Code(Box::new(code)), at);
        self.emit(Opcode::MAKE_FUNCTION, flags, at);
    }

    /// Defaults and keyword-only defaults, evaluated in the enclosing scope.
    fn default_arguments(&mut self, args: &'a Arguments, at: SrcLoc) -> Result<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            let folded: Option<Vec<ConstValue>> = args.defaults.iter().map(|d| self.folded(d)).collect();
            match folded {
                Some(items) => self.load_const(ConstValue::Tuple(items), at),
                None => {
                    self.exprs(&args.defaults)?;
                    self.emit(Opcode::BUILD_TUPLE, args.defaults.len() as u32, at);
                }
            }
            flags |= MAKE_DEFAULTS;
        }
        // Keyword-only defaults: the values, then the tuple of their (mangled) names.
        let mut keys = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(default) = default {
                keys.push(Self::str_const(&self.mangle(&arg.arg)));
                self.expr(default)?;
            }
        }
        if !keys.is_empty() {
            let count = keys.len() as u32;
            self.load_const(ConstValue::Tuple(keys), at);
            self.emit(Opcode::BUILD_CONST_KEY_MAP, count, at);
            flags |= MAKE_KWDEFAULTS;
        }
        Ok(flags)
    }

    /// The annotations tuple (name, value, name, value...), in CPython's order; false when
    /// there are none.
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>, at: SrcLoc) -> Result<bool> {
        let mut len = 0;
        let mut one = |c: &mut Self, name: &str, annotation: Option<&'a Expr>| -> Result<()> {
            let Some(annotation) = annotation else { return Ok(()) };
            let mangled = c.mangle(name);
            c.load_const(Self::str_const(&mangled), at);
            match &annotation.kind {
                ExprKind::Starred { value, .. } if !c.future.annotations => {
                    c.expr(value)?;
                    c.emit(Opcode::UNPACK_SEQUENCE, 1, at);
                }
                _ => c.annotation_value(annotation)?,
            }
            len += 2;
            Ok(())
        };
        for arg in args.args.iter().chain(&args.posonlyargs) {
            one(self, &arg.arg, arg.annotation.as_deref())?;
        }
        if let Some(vararg) = &args.vararg {
            one(self, &vararg.arg, vararg.annotation.as_deref())?;
        }
        for arg in &args.kwonlyargs {
            one(self, &arg.arg, arg.annotation.as_deref())?;
        }
        if let Some(kwarg) = &args.kwarg {
            one(self, &kwarg.arg, kwarg.annotation.as_deref())?;
        }
        one(self, "return", returns)?;
        if len > 0 {
            self.emit(Opcode::BUILD_TUPLE, len, at);
        }
        Ok(len > 0)
    }

    fn apply_decorators(&mut self, decorators: &'a [Expr]) {
        for decorator in decorators.iter().rev() {
            self.emit(Opcode::CALL, 0, loc(decorator.loc));
        }
    }

    pub fn function_def(&mut self, stmt: &'a Stmt, f: &'a FunctionDef) -> Result<()> {
        self.exprs(&f.decorator_list)?;
        let firstlineno = f.decorator_list.first().map_or(stmt.loc.lineno, |d| d.loc.lineno);
        let at = loc(stmt.loc);
        let generic = !f.type_params.is_empty();
        let mut flags = self.default_arguments(&f.args, at)?;
        let mut typeparam_args = 0;
        if generic {
            typeparam_args = u32::from(flags & MAKE_DEFAULTS != 0) + u32::from(flags & MAKE_KWDEFAULTS != 0);
            if typeparam_args == 2 {
                self.emit(Opcode::SWAP, 2, at);
            }
            let scope = self.scopes.of(f.type_params.as_slice());
            self.enter_unit(scope, UnitType::TypeParams, format!("<generic parameters of {}>", f.name), firstlineno);
            self.type_params(&f.type_params)?;
            for i in 0..typeparam_args {
                self.emit(Opcode::LOAD_FAST, i, at);
            }
        }
        if self.annotations(&f.args, f.returns.as_ref(), at)? {
            flags |= MAKE_ANNOTATIONS;
        }
        let code = self.function_body(f, firstlineno)?;
        self.make_closure(code, flags, at);
        if generic {
            self.emit(Opcode::SWAP, 2, at);
            self.emit(Opcode::CALL_INTRINSIC_2, Intrinsic2::SetFunctionTypeParams as u32, at);
            self.unit_mut().argcount = typeparam_args;
            let code = self.finish_unit(false)?;
            self.make_closure(code, 0, at);
            self.call_type_params_function(typeparam_args, at);
        }
        self.apply_decorators(&f.decorator_list);
        self.nameop(&f.name, ExprContext::Store, at);
        Ok(())
    }

    /// Calls the function of a type parameter scope just made, with the defaults pushed before
    /// it as its arguments (the first one in the self slot of the call layout).
    fn call_type_params_function(&mut self, args: u32, at: SrcLoc) {
        if args > 0 {
            self.emit(Opcode::SWAP, args + 1, at);
            self.emit(Opcode::CALL, args - 1, at);
        } else {
            self.emit(Opcode::PUSH_NULL, 0, at);
            self.emit(Opcode::CALL, 0, at);
        }
    }

    fn function_body(&mut self, f: &'a FunctionDef, firstlineno: u32) -> Result<CodeObject> {
        let scope = self.scopes.of(f);
        let utype = if f.is_async { UnitType::AsyncFunction } else { UnitType::Function };
        self.enter_unit(scope, utype, f.name.clone(), firstlineno);
        let doc = if self.optimize < 2 { docstring(&f.body) } else { None };
        self.add_const(doc.map_or(ConstValue::None, |d| ConstValue::Str(d.clone())));
        let unit = self.unit_mut();
        unit.argcount = (f.args.posonlyargs.len() + f.args.args.len()) as u32;
        unit.posonlyargcount = f.args.posonlyargs.len() as u32;
        unit.kwonlyargcount = f.args.kwonlyargs.len() as u32;
        let body = if doc.is_some() { &f.body[1..] } else { &f.body[..] };
        for stmt in body {
            if let Err(e) = self.stmt(stmt) {
                self.units.pop();
                return Err(e);
            }
        }
        self.finish_unit(true)
    }

    pub fn lambda(&mut self, expr: &'a Expr, args: &'a Arguments, body: &'a Expr) -> Result<()> {
        let at = loc(expr.loc);
        let flags = self.default_arguments(args, at)?;
        let scope = self.scopes.of(expr);
        self.enter_unit(scope, UnitType::Lambda, "<lambda>".to_string(), expr.loc.lineno);
        self.add_const(ConstValue::None);
        let unit = self.unit_mut();
        unit.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        unit.posonlyargcount = args.posonlyargs.len() as u32;
        unit.kwonlyargcount = args.kwonlyargs.len() as u32;
        if let Err(e) = self.expr(body) {
            self.units.pop();
            return Err(e);
        }
        let code = if self.scopes.get(scope).generator {
            self.finish_unit(false)?
        } else {
            self.emit(Opcode::RETURN_VALUE, 0, loc(body.loc));
            self.finish_unit(true)?
        };
        self.make_closure(code, flags, at);
        Ok(())
    }

    pub fn class_def(&mut self, stmt: &'a Stmt, class: &'a ClassDef) -> Result<()> {
        self.exprs(&class.decorator_list)?;
        let firstlineno = class.decorator_list.first().map_or(stmt.loc.lineno, |d| d.loc.lineno);
        let at = loc(stmt.loc);
        let generic = !class.type_params.is_empty();
        if generic {
            self.unit_mut().private = Some(class.name.clone());
            let scope = self.scopes.of(class.type_params.as_slice());
            self.enter_unit(
                scope,
                UnitType::TypeParams,
                format!("<generic parameters of {}>", class.name),
                firstlineno,
            );
            self.type_params(&class.type_params)?;
            self.nameop(".type_params", ExprContext::Store, at);
        }
        self.class_body(stmt, class, firstlineno)?;
        if generic {
            self.nameop(".type_params", ExprContext::Load, at);
            self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::SubscriptGeneric as u32, at);
            self.nameop(".generic_base", ExprContext::Store, at);
            // The bases get `.generic_base` appended, as CPython's synthetic Name node.
            self.call_helper_extra(at, 2, &class.bases, Some(at), &class.keywords)?;
            let code = self.finish_unit(false)?;
            self.make_closure(code, 0, at);
            self.emit(Opcode::PUSH_NULL, 0, at);
            self.emit(Opcode::CALL, 0, at);
        } else {
            self.call_helper(at, 2, &class.bases, &class.keywords)?;
        }
        self.apply_decorators(&class.decorator_list);
        self.nameop(&class.name, ExprContext::Store, at);
        Ok(())
    }

    /// The class body as a function, then `LOAD_BUILD_CLASS; PUSH_NULL; <function>; 'name'`.
    fn class_body(&mut self, stmt: &'a Stmt, class: &'a ClassDef, firstlineno: u32) -> Result<()> {
        let scope = self.scopes.of(class);
        self.enter_unit(scope, UnitType::Class, class.name.clone(), firstlineno);
        let line = firstlineno as i32;
        let at = SrcLoc { lineno: line, end_lineno: line, col: 0, end_col: 0 };
        self.unit_mut().private = Some(class.name.clone());
        self.nameop("__name__", ExprContext::Load, at);
        self.nameop("__module__", ExprContext::Store, at);
        let qualname = self.unit().qualname.clone();
        self.load_const(Self::str_const(&qualname), at);
        self.nameop("__qualname__", ExprContext::Store, at);
        if !class.type_params.is_empty() {
            self.nameop(".type_params", ExprContext::Load, at);
            self.nameop("__type_params__", ExprContext::Store, at);
        }
        let info = self.scopes.get(scope);
        let (needs_classdict, needs_class_closure) = (info.needs_classdict, info.needs_class_closure);
        if needs_classdict {
            self.emit(Opcode::LOAD_LOCALS, 0, at);
            let i = self.cell_index("__classdict__");
            self.emit(Opcode::STORE_DEREF, i, at);
        }
        if let Err(e) = self.body(at, &class.body) {
            self.units.pop();
            return Err(e);
        }
        if needs_classdict {
            let i = self.cell_index("__classdict__");
            self.emit(Opcode::LOAD_CLOSURE, i, SrcLoc::NONE);
            self.nameop("__classdictcell__", ExprContext::Store, SrcLoc::NONE);
        }
        if needs_class_closure {
            let i = self.cell_index("__class__");
            self.emit(Opcode::LOAD_CLOSURE, i, SrcLoc::NONE);
            self.emit(Opcode::COPY, 1, SrcLoc::NONE);
            self.nameop("__classcell__", ExprContext::Store, SrcLoc::NONE);
        } else {
            self.load_const(ConstValue::None, SrcLoc::NONE);
        }
        self.emit(Opcode::RETURN_VALUE, 0, SrcLoc::NONE);
        let code = self.finish_unit(true)?;
        let at = loc(stmt.loc);
        self.emit(Opcode::LOAD_BUILD_CLASS, 0, at);
        self.emit(Opcode::PUSH_NULL, 0, at);
        self.make_closure(code, 0, at);
        self.load_const(Self::str_const(&class.name), at);
        Ok(())
    }

    /// Creates the type parameters in a type parameter scope, storing each, and leaves their
    /// tuple on the stack.
    pub fn type_params(&mut self, params: &'a [TypeParam]) -> Result<()> {
        for param in params {
            let at = loc(param.loc);
            match &param.kind {
                TypeParamKind::TypeVar { name, bound } => {
                    self.load_const(Self::str_const(name), at);
                    match bound {
                        Some(bound) => {
                            let scope = self.scopes.of(&**bound);
                            self.enter_unit(scope, UnitType::TypeParams, name.clone(), bound.loc.lineno);
                            self.expr(bound)?;
                            self.emit(Opcode::RETURN_VALUE, 0, loc(bound.loc));
                            let code = self.finish_unit(true)?;
                            self.make_closure(code, 0, loc(bound.loc));
                            let intrinsic = if matches!(bound.kind, ExprKind::Tuple { .. }) {
                                Intrinsic2::TypeVarWithConstraints
                            } else {
                                Intrinsic2::TypeVarWithBound
                            };
                            self.emit(Opcode::CALL_INTRINSIC_2, intrinsic as u32, at);
                        }
                        None => self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::TypeVar as u32, at),
                    }
                    self.emit(Opcode::COPY, 1, at);
                    self.nameop(name, ExprContext::Store, at);
                }
                TypeParamKind::TypeVarTuple { name } | TypeParamKind::ParamSpec { name } => {
                    self.load_const(Self::str_const(name), at);
                    let intrinsic = if matches!(param.kind, TypeParamKind::TypeVarTuple { .. }) {
                        Intrinsic1::TypeVarTuple
                    } else {
                        Intrinsic1::ParamSpec
                    };
                    self.emit(Opcode::CALL_INTRINSIC_1, intrinsic as u32, at);
                    self.emit(Opcode::COPY, 1, at);
                    self.nameop(name, ExprContext::Store, at);
                }
            }
        }
        self.emit(Opcode::BUILD_TUPLE, params.len() as u32, loc(params[0].loc));
        Ok(())
    }

    /// `type X[T] = value`: (name, type params or None, a function computing the value) for
    /// the TypeAlias intrinsic, inside a type parameter scope when generic.
    pub fn type_alias(
        &mut self,
        stmt: &'a Stmt,
        name: &'a Expr,
        type_params: &'a [TypeParam],
        value: &'a Expr,
    ) -> Result<()> {
        let at = loc(stmt.loc);
        let ExprKind::Name { id: alias, .. } = &name.kind else {
            return Err(self.error("type alias name must be a name", name.loc));
        };
        let generic = !type_params.is_empty();
        if generic {
            let scope = self.scopes.of(type_params);
            self.enter_unit(scope, UnitType::TypeParams, format!("<generic parameters of {alias}>"), stmt.loc.lineno);
            self.load_const(Self::str_const(alias), at);
            self.type_params(type_params)?;
        } else {
            self.load_const(Self::str_const(alias), at);
            self.load_const(ConstValue::None, at);
        }
        let scope = self.scopes.of(stmt);
        self.enter_unit(scope, UnitType::Function, alias.clone(), stmt.loc.lineno);
        self.add_const(ConstValue::None);
        self.expr(value)?;
        self.emit(Opcode::RETURN_VALUE, 0, at);
        let code = self.finish_unit(false)?;
        self.make_closure(code, 0, at);
        self.emit(Opcode::BUILD_TUPLE, 3, at);
        self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::TypeAlias as u32, at);
        if generic {
            let code = self.finish_unit(false)?;
            self.make_closure(code, 0, at);
            self.emit(Opcode::PUSH_NULL, 0, at);
            self.emit(Opcode::CALL, 0, at);
        }
        self.nameop(alias, ExprContext::Store, at);
        Ok(())
    }
}
