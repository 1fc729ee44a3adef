//! Expressions: operators, comparisons, boolean logic and conditional jumps, displays with
//! starred items, calls (method calls, keyword and unpacked arguments), attributes,
//! subscripts and slices, f-strings, `yield`, `await`, and assignment targets.

use ferrython_ast::*;
use ferrython_bytecode::{BinaryOp, CompareOp, ConstValue, Intrinsic1, Opcode};

use super::{attr_loc, loc, Compiler, STACK_USE_GUIDELINE};
use crate::flowgraph::{BlockId, Op, SrcLoc};
use crate::Result;

/// `not a in b`, `not a is b` (one comparison) are `a not in b` and `a is not b`, as CPython's
/// AST optimizer rewrites them (the other comparisons cannot be inverted safely).
/// Returns the comparison, its left operand, the inverted operator and the right operand.
fn inverted_compare(operand: &Expr) -> Option<(&Expr, &Expr, CmpOp, &[Expr])> {
    let ExprKind::Compare { left, ops, comparators } = &operand.kind else { return None };
    let op = match ops.as_slice() {
        [CmpOp::Is] => CmpOp::IsNot,
        [CmpOp::IsNot] => CmpOp::Is,
        [CmpOp::In] => CmpOp::NotIn,
        [CmpOp::NotIn] => CmpOp::In,
        _ => return None,
    };
    Some((operand, left, op, comparators))
}

pub(crate) fn binary_op(op: Operator, inplace: bool) -> u32 {
    let base = match op {
        Operator::Add => BinaryOp::Add,
        Operator::BitAnd => BinaryOp::And,
        Operator::FloorDiv => BinaryOp::FloorDivide,
        Operator::LShift => BinaryOp::LShift,
        Operator::MatMult => BinaryOp::MatrixMultiply,
        Operator::Mult => BinaryOp::Multiply,
        Operator::Mod => BinaryOp::Remainder,
        Operator::BitOr => BinaryOp::Or,
        Operator::Pow => BinaryOp::Power,
        Operator::RShift => BinaryOp::RShift,
        Operator::Sub => BinaryOp::Subtract,
        Operator::Div => BinaryOp::TrueDivide,
        Operator::BitXor => BinaryOp::Xor,
    } as u32;
    if inplace {
        base + 13
    } else {
        base
    }
}

impl<'a> Compiler<'a> {
    pub fn exprs(&mut self, exprs: &'a [Expr]) -> Result<()> {
        exprs.iter().try_for_each(|e| self.expr(e))
    }

    pub fn expr(&mut self, expr: &'a Expr) -> Result<()> {
        crate::grow_stack(|| self.expr_unguarded(expr))
    }

    fn expr_unguarded(&mut self, expr: &'a Expr) -> Result<()> {
        let at = loc(expr.loc);
        if let Some(value) = self.folded(expr) {
            self.load_const(value, at);
            return Ok(());
        }
        match &expr.kind {
            ExprKind::BoolOp { op, values } => self.boolop(*op, values, at)?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Opcode::COPY, 1, at);
                self.expr(target)?;
            }
            ExprKind::BinOp { left, op: Operator::Mod, right } if self.percent_format(expr, left, right)? => {}
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Opcode::BINARY_OP, binary_op(*op, false), at);
            }
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } if inverted_compare(operand).is_some() => {
                if let Some((compare, left, op, comparators)) = inverted_compare(operand) {
                    self.compare(compare, left, &[op], comparators)?;
                }
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                let op = match op {
                    UnaryOp::Invert => Opcode::UNARY_INVERT,
                    UnaryOp::Not => Opcode::UNARY_NOT,
                    UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                };
                self.emit(op, 0, at);
            }
            ExprKind::Lambda { args, body } => self.lambda(expr, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.jump(end, SrcLoc::NONE);
                self.use_label(next);
                self.expr(orelse)?;
                self.use_label(end);
            }
            ExprKind::Dict { keys, values } => self.dict(expr, keys, values)?,
            ExprKind::Set { elts } => {
                self.starunpack(at, elts, 0, Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE, false)?
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(expr)?,
            ExprKind::Await { value } => {
                self.expr(value)?;
                self.emit(Opcode::GET_AWAITABLE, 0, at);
                self.load_const(ConstValue::None, at);
                self.emit(Opcode::YIELD_FROM, 0, at);
            }
            ExprKind::Yield { value } => {
                match value {
                    Some(value) => self.expr(value)?,
                    None => self.load_const(ConstValue::None, at),
                }
                self.emit(Opcode::YIELD_VALUE, 0, at);
            }
            ExprKind::YieldFrom { value } => {
                self.expr(value)?;
                self.emit(Opcode::GET_YIELD_FROM_ITER, 0, at);
                self.load_const(ConstValue::None, at);
                self.emit(Opcode::YIELD_FROM, 0, at);
            }
            ExprKind::Compare { left, ops, comparators } => self.compare(expr, left, ops, comparators)?,
            ExprKind::Call { func, args, keywords } => self.call(expr, func, args, keywords)?,
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.expr(value)?;
                let mut arg = match u8::try_from(*conversion).ok() {
                    Some(b's') => 1,
                    Some(b'r') => 2,
                    Some(b'a') => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    arg |= 4;
                }
                self.emit(Opcode::FORMAT_VALUE, arg, at);
            }
            ExprKind::JoinedStr { values } => self.joined_str(values, at)?,
            ExprKind::Constant { value, .. } => self.load_const(super::constant(value), at),
            ExprKind::Attribute { value, attr, ctx } => {
                self.expr(value)?;
                let at = attr_loc(at, expr, attr);
                let i = self.name_index(attr);
                match ctx {
                    ExprContext::Load => self.emit(Opcode::LOAD_ATTR, i << 1, at),
                    ExprContext::Store => self.emit(Opcode::STORE_ATTR, i, at),
                    ExprContext::Del => self.emit(Opcode::DELETE_ATTR, i, at),
                }
            }
            ExprKind::Subscript { value, slice, ctx } => self.subscript(at, value, slice, *ctx)?,
            ExprKind::Starred { ctx, .. } => match ctx {
                // Checked before: a starred load only appears where the caller unpacks it.
                ExprContext::Store => {
                    return Err(self.error("starred assignment target must be in a list or tuple", expr.loc))
                }
                _ => return Err(self.error("can't use starred expression here", expr.loc)),
            },
            ExprKind::Name { id, ctx } => self.nameop(id, *ctx, at),
            ExprKind::List { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_unpack(expr, elts)?,
                ExprContext::Load => {
                    self.starunpack(at, elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, false)?
                }
                ExprContext::Del => self.exprs(elts)?,
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_unpack(expr, elts)?,
                ExprContext::Load => {
                    self.starunpack(at, elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true)?
                }
                ExprContext::Del => self.exprs(elts)?,
            },
            ExprKind::Slice { lower, upper, step } => {
                let n = self.slice_parts(expr, lower.as_deref(), upper.as_deref(), step.as_deref())?;
                self.emit(Opcode::BUILD_SLICE, n, at);
            }
        }
        Ok(())
    }

    /// `a and b` / `a or b`: each operand but the last jumps out keeping its value.
    fn boolop(&mut self, op: BoolOp, values: &'a [Expr], at: SrcLoc) -> Result<()> {
        let jump = match op {
            BoolOp::And => Opcode::JUMP_IF_FALSE_OR_POP,
            BoolOp::Or => Opcode::JUMP_IF_TRUE_OR_POP,
        };
        let end = self.new_label();
        let (last, rest) = values.split_last().expect("a boolean operation has operands");
        for value in rest {
            self.expr(value)?;
            self.emit_jump(Op::Real(jump), end, at);
            let next = self.new_label();
            self.use_label(next);
        }
        self.expr(last)?;
        self.use_label(end);
        Ok(())
    }

    /// Jumps to `next` when `expr` is true (`cond`) or false, without materializing boolean
    /// operators, `not`, conditional expressions and chained comparisons (CPython's
    /// `compiler_jump_if`).
    pub fn jump_if(&mut self, expr: &'a Expr, next: BlockId, cond: bool) -> Result<()> {
        crate::grow_stack(|| self.jump_if_unguarded(expr, next, cond))
    }

    fn jump_if_unguarded(&mut self, expr: &'a Expr, next: BlockId, cond: bool) -> Result<()> {
        if self.folded(expr).is_none() {
            match &expr.kind {
                ExprKind::UnaryOp { op: UnaryOp::Not, operand } if inverted_compare(operand).is_some() => {
                    if let Some((compare, left, op, comparators)) = inverted_compare(operand) {
                        self.compare(compare, left, &[op], comparators)?;
                        let jump = if cond { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE };
                        self.emit_jump(Op::Real(jump), next, loc(compare.loc));
                    }
                    return Ok(());
                }
                ExprKind::UnaryOp { op: UnaryOp::Not, operand } => return self.jump_if(operand, next, !cond),
                ExprKind::BoolOp { op, values } => {
                    let cond2 = *op == BoolOp::Or;
                    let next2 = if cond2 != cond { self.new_label() } else { next };
                    let (last, rest) = values.split_last().expect("a boolean operation has operands");
                    for value in rest {
                        self.jump_if(value, next2, cond2)?;
                    }
                    self.jump_if(last, next, cond)?;
                    if next2 != next {
                        self.use_label(next2);
                    }
                    return Ok(());
                }
                ExprKind::IfExp { test, body, orelse } => {
                    let end = self.new_label();
                    let next2 = self.new_label();
                    self.jump_if(test, next2, false)?;
                    self.jump_if(body, next, cond)?;
                    self.jump(end, SrcLoc::NONE);
                    self.use_label(next2);
                    self.jump_if(orelse, next, cond)?;
                    self.use_label(end);
                    return Ok(());
                }
                ExprKind::Compare { left, ops, comparators } if ops.len() > 1 => {
                    let at = loc(expr.loc);
                    let cleanup = self.new_label();
                    self.expr(left)?;
                    let n = ops.len() - 1;
                    for i in 0..n {
                        self.expr(&comparators[i])?;
                        self.emit(Opcode::SWAP, 2, at);
                        self.emit(Opcode::COPY, 2, at);
                        self.compare_op(ops[i], at);
                        self.emit_jump(Op::Real(Opcode::POP_JUMP_IF_FALSE), cleanup, at);
                    }
                    self.compare_last(expr, &comparators[n], ops[n])?;
                    let jump = if cond { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE };
                    self.emit_jump(Op::Real(jump), next, at);
                    let end = self.new_label();
                    self.jump(end, SrcLoc::NONE);
                    self.use_label(cleanup);
                    self.emit(Opcode::POP_TOP, 0, at);
                    if !cond {
                        self.jump(next, SrcLoc::NONE);
                    }
                    self.use_label(end);
                    return Ok(());
                }
                _ => {}
            }
        }
        self.expr(expr)?;
        let jump = if cond { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE };
        self.emit_jump(Op::Real(jump), next, loc(expr.loc));
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp, at: SrcLoc) {
        let (opcode, arg) = match op {
            CmpOp::Eq => (Opcode::COMPARE_OP, CompareOp::Eq as u32),
            CmpOp::NotEq => (Opcode::COMPARE_OP, CompareOp::Ne as u32),
            CmpOp::Lt => (Opcode::COMPARE_OP, CompareOp::Lt as u32),
            CmpOp::LtE => (Opcode::COMPARE_OP, CompareOp::Le as u32),
            CmpOp::Gt => (Opcode::COMPARE_OP, CompareOp::Gt as u32),
            CmpOp::GtE => (Opcode::COMPARE_OP, CompareOp::Ge as u32),
            CmpOp::Is => (Opcode::IS_OP, 0),
            CmpOp::IsNot => (Opcode::IS_OP, 1),
            CmpOp::In => (Opcode::CONTAINS_OP, 0),
            CmpOp::NotIn => (Opcode::CONTAINS_OP, 1),
        };
        self.emit(opcode, arg, at);
    }

    /// The last comparison of a chain: `x in [consts]` tests a constant tuple and
    /// `x in {consts}` a constant frozenset, as CPython's AST optimizer folds them.
    fn compare_last(&mut self, expr: &'a Expr, right: &'a Expr, op: CmpOp) -> Result<()> {
        let at = loc(expr.loc);
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            self.iterable(right)?;
        } else {
            self.expr(right)?;
        }
        self.compare_op(op, at);
        Ok(())
    }

    /// An iterable that is only iterated or tested with `in`: a list display is built as a
    /// tuple, and a display of constants is a constant (CPython's `fold_iter`).
    pub fn iterable(&mut self, expr: &'a Expr) -> Result<()> {
        if let Some(value) = self.const_collection(expr) {
            self.load_const(value, loc(expr.loc));
            return Ok(());
        }
        match &expr.kind {
            ExprKind::List { elts, ctx: ExprContext::Load }
                if !elts.iter().any(|e| matches!(e.kind, ExprKind::Starred { .. })) =>
            {
                let ops = [Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND];
                self.starunpack_extra(loc(expr.loc), elts, None, 0, ops, true)
            }
            _ => self.expr(expr),
        }
    }

    /// A list display of constants as a tuple, a set display of constants as a frozenset
    /// (where CPython's optimizer folds them: `in` tests and `for` iterables).
    pub fn const_collection(&mut self, expr: &'a Expr) -> Option<ConstValue> {
        let (elts, is_set) = match &expr.kind {
            ExprKind::List { elts, ctx: ExprContext::Load } => (elts, false),
            ExprKind::Set { elts } => (elts, true),
            _ => return None,
        };
        let items: Option<Vec<ConstValue>> = elts.iter().map(|e| self.folded(e)).collect();
        let items = items?;
        Some(if is_set { ConstValue::FrozenSet(items) } else { ConstValue::Tuple(items) })
    }

    fn compare(&mut self, expr: &'a Expr, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> Result<()> {
        let at = loc(expr.loc);
        self.expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            return self.compare_last(expr, &comparators[0], ops[0]);
        }
        let cleanup = self.new_label();
        for i in 0..n {
            self.expr(&comparators[i])?;
            self.emit(Opcode::SWAP, 2, at);
            self.emit(Opcode::COPY, 2, at);
            self.compare_op(ops[i], at);
            self.emit_jump(Op::Real(Opcode::JUMP_IF_FALSE_OR_POP), cleanup, at);
        }
        self.compare_last(expr, &comparators[n], ops[n])?;
        let end = self.new_label();
        self.jump(end, SrcLoc::NONE);
        self.use_label(cleanup);
        self.emit(Opcode::SWAP, 2, at);
        self.emit(Opcode::POP_TOP, 0, at);
        self.use_label(end);
        Ok(())
    }

    /// A list, tuple or set display, or positional call arguments (`pushed` items already on
    /// the stack), with `*` items (CPython's `starunpack_helper`).
    #[allow(clippy::too_many_arguments)]
    pub fn starunpack(
        &mut self,
        at: SrcLoc,
        elts: &'a [Expr],
        pushed: u32,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> Result<()> {
        self.starunpack_extra(at, elts, None, pushed, [build, add, extend], tuple)
    }

    /// `starunpack`, with (`generic_base`) the `.generic_base` name of a generic class as a
    /// last item: CPython appends a Name node for it to the bases.
    fn starunpack_extra(
        &mut self,
        at: SrcLoc,
        elts: &'a [Expr],
        generic_base: Option<SrcLoc>,
        pushed: u32,
        [build, add, extend]: [Opcode; 3],
        tuple: bool,
    ) -> Result<()> {
        let n = elts.len() + usize::from(generic_base.is_some());
        if n > 2 && generic_base.is_none() {
            let folded: Option<Vec<ConstValue>> = elts.iter().map(|e| self.folded(e)).collect();
            if let Some(items) = folded {
                if tuple && pushed == 0 {
                    self.load_const(ConstValue::Tuple(items), at);
                } else {
                    let value =
                        if add == Opcode::SET_ADD { ConstValue::FrozenSet(items) } else { ConstValue::Tuple(items) };
                    self.emit(build, pushed, at);
                    self.load_const(value, at);
                    self.emit(extend, 1, at);
                    if tuple {
                        self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::ListToTuple as u32, at);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|e| matches!(e.kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            self.exprs(elts)?;
            if let Some(base_at) = generic_base {
                self.nameop(".generic_base", ExprContext::Load, base_at);
            }
            let op = if tuple { Opcode::BUILD_TUPLE } else { build };
            self.emit(op, n as u32 + pushed, at);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed, at);
            built = true;
        }
        for (i, elt) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &elt.kind {
                if !built {
                    self.emit(build, i as u32 + pushed, at);
                    built = true;
                }
                self.expr(value)?;
                self.emit(extend, 1, at);
            } else {
                self.expr(elt)?;
                if built {
                    self.emit(add, 1, at);
                }
            }
        }
        if let Some(base_at) = generic_base {
            self.nameop(".generic_base", ExprContext::Load, base_at);
            self.emit(add, 1, at);
        }
        if tuple {
            self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::ListToTuple as u32, at);
        }
        Ok(())
    }

    /// An unpacking assignment target: UNPACK_SEQUENCE, or UNPACK_EX around a starred target.
    fn assignment_unpack(&mut self, expr: &'a Expr, elts: &'a [Expr]) -> Result<()> {
        let at = loc(expr.loc);
        let n = elts.len();
        match elts.iter().position(|e| matches!(e.kind, ExprKind::Starred { .. })) {
            Some(i) => {
                if i >= 256 || n - i > (i32::MAX >> 8) as usize {
                    return Err(self.error("too many expressions in star-unpacking assignment", expr.loc));
                }
                self.emit(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32, at);
            }
            None => self.emit(Opcode::UNPACK_SEQUENCE, n as u32, at),
        }
        for elt in elts {
            match &elt.kind {
                ExprKind::Starred { value, .. } => self.expr(value)?,
                _ => self.expr(elt)?,
            }
        }
        Ok(())
    }

    fn dict(&mut self, expr: &'a Expr, keys: &'a [Option<Expr>], values: &'a [Expr]) -> Result<()> {
        let at = loc(expr.loc);
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(expr, keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Opcode::DICT_UPDATE, 1, at);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BUILD_MAP, 0, at);
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.emit(Opcode::DICT_UPDATE, 1, at);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(expr, keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(Opcode::DICT_UPDATE, 1, at);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(expr, keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Opcode::DICT_UPDATE, 1, at);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BUILD_MAP, 0, at);
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        expr: &'a Expr,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> Result<()> {
        let at = loc(expr.loc);
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            let folded: Option<Vec<ConstValue>> =
                keys[begin..end].iter().map(|k| k.as_ref().and_then(|k| self.folded(k))).collect();
            if let Some(const_keys) = folded {
                self.exprs(&values[begin..end])?;
                self.load_const(ConstValue::Tuple(const_keys), at);
                self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32, at);
                return Ok(());
            }
        }
        if big {
            self.emit(Opcode::BUILD_MAP, 0, at);
        }
        for i in begin..end {
            if let Some(key) = &keys[i] {
                self.expr(key)?;
            }
            self.expr(&values[i])?;
            if big {
                self.emit(Opcode::MAP_ADD, 1, at);
            }
        }
        if !big {
            self.emit(Opcode::BUILD_MAP, n as u32, at);
        }
        Ok(())
    }

    /// `'...%s...' % (a, b)` with only `%s`, `%r` and `%a` (with simple widths and
    /// precisions) is compiled as the f-string it means, as CPython 3.12's AST optimizer
    /// rewrites it. Returns false (emitting nothing) when the format does not qualify.
    fn percent_format(&mut self, expr: &'a Expr, left: &'a Expr, right: &'a Expr) -> Result<bool> {
        let ExprKind::Tuple { elts, ctx: ExprContext::Load } = &right.kind else { return Ok(false) };
        if elts.iter().any(|e| matches!(e.kind, ExprKind::Starred { .. })) || self.folded(right).is_some() {
            return Ok(false);
        }
        let Some(ConstValue::Str(format)) = self.folded(left) else { return Ok(false) };
        let Some(pieces) = crate::percent::parse(&format, elts.len()) else { return Ok(false) };
        let at = loc(expr.loc);
        let big = pieces.len() > STACK_USE_GUIDELINE;
        if big {
            self.load_const(Self::str_const(""), at);
            let join = self.name_index("join");
            self.emit(Opcode::LOAD_ATTR, (join << 1) | 1, at);
            self.emit(Opcode::BUILD_LIST, 0, at);
        }
        for piece in &pieces {
            match piece {
                crate::percent::Piece::Literal(text) => self.load_const(ConstValue::Str(text.clone()), SrcLoc::NONE),
                crate::percent::Piece::Format { arg, conversion, spec } => {
                    let value = &elts[*arg];
                    self.expr(value)?;
                    let mut oparg = match conversion {
                        b's' => 1,
                        b'r' => 2,
                        _ => 3,
                    };
                    if let Some(spec) = spec {
                        self.load_const(Self::str_const(spec), SrcLoc::NONE);
                        oparg |= 4;
                    }
                    self.emit(Opcode::FORMAT_VALUE, oparg, loc(value.loc));
                }
            }
            if big {
                self.emit(Opcode::LIST_APPEND, 1, at);
            }
        }
        if big {
            self.emit(Opcode::CALL, 1, at);
        } else if pieces.len() != 1 {
            self.emit(Opcode::BUILD_STRING, pieces.len() as u32, at);
        }
        Ok(true)
    }

    fn joined_str(&mut self, values: &'a [Expr], at: SrcLoc) -> Result<()> {
        if values.len() > STACK_USE_GUIDELINE {
            self.load_const(Self::str_const(""), at);
            let join = self.name_index("join");
            self.emit(Opcode::LOAD_ATTR, (join << 1) | 1, at);
            self.emit(Opcode::BUILD_LIST, 0, at);
            for value in values {
                self.expr(value)?;
                self.emit(Opcode::LIST_APPEND, 1, at);
            }
            self.emit(Opcode::CALL, 1, at);
        } else {
            self.exprs(values)?;
            if values.len() != 1 {
                self.emit(Opcode::BUILD_STRING, values.len() as u32, at);
            }
        }
        Ok(())
    }

    /// Pushes the parts of a slice; returns how many (2 or 3).
    pub fn slice_parts(
        &mut self,
        slice: &'a Expr,
        lower: Option<&'a Expr>,
        upper: Option<&'a Expr>,
        step: Option<&'a Expr>,
    ) -> Result<u32> {
        for part in [lower, upper] {
            match part {
                Some(part) => self.expr(part)?,
                None => self.load_const(ConstValue::None, loc(slice.loc)),
            }
        }
        if let Some(step) = step {
            self.expr(step)?;
            return Ok(3);
        }
        Ok(2)
    }

    fn subscript(&mut self, at: SrcLoc, value: &'a Expr, slice: &'a Expr, ctx: ExprContext) -> Result<()> {
        self.expr(value)?;
        if let ExprKind::Slice { lower, upper, step: None } = &slice.kind {
            if ctx != ExprContext::Del {
                self.slice_parts(slice, lower.as_deref(), upper.as_deref(), None)?;
                let op = if ctx == ExprContext::Load { Opcode::BINARY_SLICE } else { Opcode::STORE_SLICE };
                self.emit(op, 0, at);
                return Ok(());
            }
        }
        self.expr(slice)?;
        let op = match ctx {
            ExprContext::Load => Opcode::BINARY_SUBSCR,
            ExprContext::Store => Opcode::STORE_SUBSCR,
            ExprContext::Del => Opcode::DELETE_SUBSCR,
        };
        self.emit(op, 0, at);
        Ok(())
    }

    fn call(&mut self, expr: &'a Expr, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> Result<()> {
        if self.method_call(expr, func, args, keywords)? {
            return Ok(());
        }
        self.expr(func)?;
        self.push_null_after(func);
        self.call_helper(loc(expr.loc), 0, args, keywords)
    }

    /// After a callable: the NULL of the call layout, folded into a LOAD_GLOBAL just emitted.
    pub fn push_null_after(&mut self, func: &Expr) {
        if matches!(func.kind, ExprKind::Name { .. }) {
            if let Some(last) = self.unit_mut().cfg.last_mut() {
                if last.is(Opcode::LOAD_GLOBAL) && last.arg & 1 == 0 {
                    last.arg |= 1;
                    return;
                }
            }
        }
        self.emit(Opcode::PUSH_NULL, 0, loc(func.loc));
    }

    /// `obj.name(args)` without `*`/`**`: LOAD_ATTR with the method bit, then CALL (CPython's
    /// `maybe_optimize_method_call`). Returns false when the call does not qualify.
    fn method_call(
        &mut self,
        expr: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> Result<bool> {
        let ExprKind::Attribute { value, attr, ctx: ExprContext::Load } = &func.kind else { return Ok(false) };
        if self.is_import_originated(value) {
            return Ok(false);
        }
        let (nargs, nkw) = (args.len(), keywords.len());
        if nargs + nkw + usize::from(nkw != 0) >= STACK_USE_GUIDELINE
            || args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none())
        {
            return Ok(false);
        }
        self.expr(value)?;
        let at = attr_loc(loc(func.loc), func, attr);
        let i = self.name_index(attr);
        self.emit(Opcode::LOAD_ATTR, (i << 1) | 1, at);
        self.exprs(args)?;
        let call_at = attr_loc(loc(expr.loc), func, attr);
        if nkw > 0 {
            self.keyword_values(keywords)?;
            self.kwnames(keywords, call_at);
            self.emit(Opcode::CALL_KW, (nargs + nkw) as u32, call_at);
        } else {
            self.emit(Opcode::CALL, nargs as u32, call_at);
        }
        Ok(true)
    }

    fn keyword_values(&mut self, keywords: &'a [Keyword]) -> Result<()> {
        keywords.iter().try_for_each(|k| self.expr(&k.value))
    }

    fn kwnames(&mut self, keywords: &[Keyword], at: SrcLoc) {
        let names = keywords.iter().map(|k| Self::str_const(k.arg.as_deref().unwrap_or(""))).collect();
        self.load_const(ConstValue::Tuple(names), at);
    }

    /// The arguments and the call, `pushed` arguments being on the stack already (CPython's
    /// `compiler_call_helper`).
    pub fn call_helper(&mut self, at: SrcLoc, pushed: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> Result<()> {
        self.call_helper_extra(at, pushed, args, None, keywords)
    }

    /// `call_helper` with the `.generic_base` of a generic class after the positional
    /// arguments (see `starunpack_extra`).
    pub fn call_helper_extra(
        &mut self,
        at: SrcLoc,
        pushed: u32,
        args: &'a [Expr],
        generic_base: Option<SrcLoc>,
        keywords: &'a [Keyword],
    ) -> Result<()> {
        let nargs = args.len() + usize::from(generic_base.is_some());
        let simple = nargs + keywords.len() * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            self.exprs(args)?;
            if let Some(base_at) = generic_base {
                self.nameop(".generic_base", ExprContext::Load, base_at);
            }
            let n = pushed + nargs as u32 + keywords.len() as u32;
            if keywords.is_empty() {
                self.emit(Opcode::CALL, n, at);
            } else {
                self.keyword_values(keywords)?;
                self.kwnames(keywords, at);
                self.emit(Opcode::CALL_KW, n, at);
            }
            return Ok(());
        }
        match args {
            [Expr { kind: ExprKind::Starred { value, .. }, .. }] if pushed == 0 && generic_base.is_none() => {
                self.expr(value)?
            }
            _ => {
                let ops = [Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND];
                self.starunpack_extra(at, args, generic_base, pushed, ops, true)?
            }
        }
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut seen = 0;
            for (i, kw) in keywords.iter().enumerate() {
                if kw.arg.is_some() {
                    seen += 1;
                    continue;
                }
                if seen > 0 {
                    self.subkwargs(at, &keywords[i - seen..i])?;
                    if have_dict {
                        self.emit(Opcode::DICT_MERGE, 1, at);
                    }
                    have_dict = true;
                    seen = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BUILD_MAP, 0, at);
                    have_dict = true;
                }
                self.expr(&kw.value)?;
                self.emit(Opcode::DICT_MERGE, 1, at);
            }
            if seen > 0 {
                self.subkwargs(at, &keywords[keywords.len() - seen..])?;
                if have_dict {
                    self.emit(Opcode::DICT_MERGE, 1, at);
                }
            }
        }
        self.emit(Opcode::CALL_FUNCTION_EX, u32::from(!keywords.is_empty()), at);
        Ok(())
    }

    fn subkwargs(&mut self, at: SrcLoc, keywords: &'a [Keyword]) -> Result<()> {
        let n = keywords.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            self.keyword_values(keywords)?;
            let names = keywords.iter().map(|k| Self::str_const(k.arg.as_deref().unwrap_or(""))).collect();
            self.load_const(ConstValue::Tuple(names), at);
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32, at);
            return Ok(());
        }
        if big {
            self.emit(Opcode::BUILD_MAP, 0, SrcLoc::NONE);
        }
        for kw in keywords {
            self.load_const(Self::str_const(kw.arg.as_deref().unwrap_or("")), at);
            self.expr(&kw.value)?;
            if big {
                self.emit(Opcode::MAP_ADD, 1, SrcLoc::NONE);
            }
        }
        if !big {
            self.emit(Opcode::BUILD_MAP, n as u32, at);
        }
        Ok(())
    }
}
