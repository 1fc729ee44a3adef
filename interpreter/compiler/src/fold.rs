//! What CPython's AST optimizer folds into constants before code generation.
//!
//! CPython 3.12 folds, bottom-up: `__debug__` (to `True`), unary and binary operators whose
//! operands are constants, tuples of constants, and subscripts of constants; an operation that
//! raises, or whose result would be too big (see the `MAX_*` limits), stays unfolded. Code
//! generation then sees `-1`, `(1, 2)` or `'a' * 3` as constants, which matters for its
//! SyntaxWarnings (`x is -1`) and for `match` value patterns (`case -1:`).
//!
//! `Folder::fold` computes the value such an expression folds to, if any. It does not change the
//! tree.

use std::collections::HashMap;

use ferrython_ast::{Constant, Expr, ExprContext, ExprKind, Int, Operator, PyStr, UnaryOp};
use num_bigint::{BigInt, Sign};

/// Results bigger than these are left unfolded, as CPython does.
const MAX_INT_BITS: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: i64 = 1024;

/// A folded constant.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Vec<u8>),
    Tuple(Vec<Value>),
}

impl Value {
    fn from_constant(constant: &Constant) -> Value {
        match constant {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Int(Int::Small(i)) => Value::Int(BigInt::from(*i)),
            Constant::Int(Int::Big(i)) => Value::Int(i.clone()),
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex { real, imag } => Value::Complex(*real, *imag),
            Constant::Str(s) => Value::Str(s.clone()),
            Constant::Bytes(b) => Value::Bytes(b.clone()),
        }
    }

    /// The name of the value's type, as `type(value).__name__` gives it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Ellipsis => "ellipsis",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Complex(..) => "complex",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::Tuple(_) => "tuple",
        }
    }

    /// `repr(value)`, for the values a mapping pattern key can fold to.
    pub fn repr(&self) -> String {
        let constant = match self {
            Value::None => Constant::None,
            Value::Bool(b) => Constant::Bool(*b),
            Value::Ellipsis => Constant::Ellipsis,
            Value::Int(i) => Constant::Int(Int::from_big(i.clone())),
            Value::Float(f) => Constant::Float(*f),
            Value::Complex(real, imag) => Constant::Complex { real: *real, imag: *imag },
            Value::Str(s) => Constant::Str(s.clone()),
            Value::Bytes(b) => Constant::Bytes(b.clone()),
            Value::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(Value::repr).collect();
                return if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) };
            }
        };
        constant.repr()
    }

    /// Python's `==` between two folded constants (numbers compare across int, float, complex
    /// and bool), as a dict or set sees keys.
    pub fn py_eq(&self, other: &Value) -> bool {
        if let (Some(a), Some(b)) = (Number::of(self), Number::of(other)) {
            return a.eq(&b);
        }
        match (self, other) {
            (Value::None, Value::None) | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Str(a), Value::Str(b)) => a == b,
            (Value::Bytes(a), Value::Bytes(b)) => a == b,
            (Value::Tuple(a), Value::Tuple(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.py_eq(y)),
            _ => false,
        }
    }

    fn is_true(&self) -> bool {
        match self {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Ellipsis => true,
            Value::Int(i) => i.sign() != Sign::NoSign,
            Value::Float(f) => *f != 0.0,
            Value::Complex(re, im) => *re != 0.0 || *im != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(items) => !items.is_empty(),
        }
    }
}

/// Folds expressions, remembering the result for each node: a chain of subscripts is checked at
/// every level, and would otherwise be folded again each time.
#[derive(Default)]
pub(crate) struct Folder {
    memo: HashMap<usize, Option<Value>>,
    /// Compiling with `-O`: `__debug__` is False.
    pub optimized: bool,
}

impl Folder {
    /// The value `expr` folds to, or `None` when CPython leaves it as it is.
    pub fn fold(&mut self, expr: &Expr) -> Option<Value> {
        crate::grow_stack(|| self.fold_unguarded(expr))
    }

    fn fold_unguarded(&mut self, expr: &Expr) -> Option<Value> {
        let key = expr as *const Expr as usize;
        if let Some(value) = self.memo.get(&key) {
            return value.clone();
        }
        let value = self.compute(expr);
        self.memo.insert(key, value.clone());
        value
    }

    /// Whether `expr` is a constant once folded.
    pub fn is_constant(&mut self, expr: &Expr) -> bool {
        self.fold(expr).is_some()
    }

    fn compute(&mut self, expr: &Expr) -> Option<Value> {
        match &expr.kind {
            ExprKind::Constant { value, .. } => Some(Value::from_constant(value)),
            ExprKind::Name { id, ctx: ExprContext::Load } if id == "__debug__" => Some(Value::Bool(!self.optimized)),
            ExprKind::UnaryOp { op, operand } => unary(*op, self.fold(operand)?),
            ExprKind::BinOp { left, op, right } => {
                let left = self.fold(left)?;
                binary(left, *op, self.fold(right)?)
            }
            ExprKind::Tuple { elts, ctx: ExprContext::Load } => {
                elts.iter().map(|elt| self.fold(elt)).collect::<Option<Vec<_>>>().map(Value::Tuple)
            }
            ExprKind::Subscript { value, slice, ctx: ExprContext::Load } => {
                let value = self.fold(value)?;
                subscript(value, self.fold(slice)?)
            }
            _ => None,
        }
    }
}

fn unary(op: UnaryOp, value: Value) -> Option<Value> {
    if op == UnaryOp::Not {
        return Some(Value::Bool(!value.is_true()));
    }
    if op == UnaryOp::Invert && matches!(value, Value::Bool(_)) {
        // `~True` is deprecated (3.12): left to run, so that its DeprecationWarning is raised.
        return None;
    }
    let number = Number::of(&value)?;
    Some(match (op, number) {
        (UnaryOp::USub, Number::Int(i)) => Value::Int(-i),
        (UnaryOp::USub, Number::Float(f)) => Value::Float(-f),
        (UnaryOp::USub, Number::Complex(re, im)) => Value::Complex(-re, -im),
        (UnaryOp::UAdd, number) => number.into_value(),
        (UnaryOp::Invert, Number::Int(i)) => Value::Int(-i - 1),
        _ => return None,
    })
}

/// A number, with bool promoted to int.
#[derive(Clone, Debug)]
enum Number {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

impl Number {
    fn of(value: &Value) -> Option<Number> {
        match value {
            Value::Bool(b) => Some(Number::Int(BigInt::from(u8::from(*b)))),
            Value::Int(i) => Some(Number::Int(i.clone())),
            Value::Float(f) => Some(Number::Float(*f)),
            Value::Complex(re, im) => Some(Number::Complex(*re, *im)),
            _ => None,
        }
    }

    fn into_value(self) -> Value {
        match self {
            Number::Int(i) => Value::Int(i),
            Number::Float(f) => Value::Float(f),
            Number::Complex(re, im) => Value::Complex(re, im),
        }
    }

    /// Exact numeric equality across the three kinds.
    fn eq(&self, other: &Number) -> bool {
        match (self, other) {
            (Number::Int(a), Number::Int(b)) => a == b,
            (Number::Int(i), Number::Float(f)) | (Number::Float(f), Number::Int(i)) => int_eq_float(i, *f),
            (Number::Float(a), Number::Float(b)) => a == b,
            (Number::Complex(re, im), other) | (other, Number::Complex(re, im)) => match other {
                Number::Complex(re2, im2) => re == re2 && im == im2,
                real => *im == 0.0 && real.eq(&Number::Float(*re)),
            },
        }
    }
}

fn int_eq_float(i: &BigInt, f: f64) -> bool {
    f.is_finite() && f.fract() == 0.0 && float_to_int(f).is_some_and(|g| &g == i)
}

/// The integer value of an integral finite float.
fn float_to_int(f: f64) -> Option<BigInt> {
    if !f.is_finite() || f.fract() != 0.0 {
        return None;
    }
    let bits = f.to_bits();
    let exponent = ((bits >> 52) & 0x7FF) as i64;
    let mantissa = if exponent == 0 { (bits & ((1 << 52) - 1)) << 1 } else { (bits & ((1 << 52) - 1)) | (1 << 52) };
    let shift = exponent - 1075;
    let magnitude = if shift >= 0 {
        BigInt::from(mantissa) << shift as usize
    } else {
        // An integral float with a negative shift is small (or zero, shifted all the way out).
        BigInt::from(mantissa.checked_shr((-shift) as u32).unwrap_or(0))
    };
    Some(if f < 0.0 { -magnitude } else { magnitude })
}

/// `int` to `float`, failing (OverflowError) when the int is too big.
fn int_to_float(i: &BigInt) -> Option<f64> {
    let f: f64 = i.to_string().parse().ok()?;
    f.is_finite().then_some(f)
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

fn binary(left: Value, op: Operator, right: Value) -> Option<Value> {
    if let (Some(a), Some(b)) = (Number::of(&left), Number::of(&right)) {
        if let (Value::Bool(x), Value::Bool(y)) = (&left, &right) {
            match op {
                Operator::BitAnd => return Some(Value::Bool(*x & *y)),
                Operator::BitOr => return Some(Value::Bool(*x | *y)),
                Operator::BitXor => return Some(Value::Bool(*x ^ *y)),
                _ => {}
            }
        }
        return numeric(a, op, b);
    }
    sequence(left, op, right)
}

fn numeric(a: Number, op: Operator, b: Number) -> Option<Value> {
    match (a, b) {
        (Number::Int(x), Number::Int(y)) => int_op(x, op, y),
        (a @ Number::Complex(..), b) | (a, b @ Number::Complex(..)) => complex_op(complex_of(a)?, op, complex_of(b)?),
        (a, b) => float_op(float_of(&a)?, op, float_of(&b)?),
    }
}

fn complex_of(n: Number) -> Option<(f64, f64)> {
    match n {
        Number::Int(i) => Some((int_to_float(&i)?, 0.0)),
        Number::Float(f) => Some((f, 0.0)),
        Number::Complex(re, im) => Some((re, im)),
    }
}

fn float_of(n: &Number) -> Option<f64> {
    match n {
        Number::Int(i) => int_to_float(i),
        Number::Float(f) => Some(*f),
        Number::Complex(..) => None,
    }
}

fn int_op(x: BigInt, op: Operator, y: BigInt) -> Option<Value> {
    let zero = BigInt::from(0);
    Some(Value::Int(match op {
        Operator::Add => x + y,
        Operator::Sub => x - y,
        Operator::Mult => {
            if x != zero && y != zero && bits(&x) + bits(&y) > MAX_INT_BITS {
                return None;
            }
            x * y
        }
        Operator::Div => {
            if y == zero {
                return None;
            }
            return Some(Value::Float(int_to_float(&x)? / int_to_float(&y)?));
        }
        Operator::FloorDiv | Operator::Mod => {
            if y == zero {
                return None;
            }
            let (q, r) = floor_divmod(&x, &y);
            if op == Operator::FloorDiv {
                q
            } else {
                r
            }
        }
        Operator::Pow => {
            if y.sign() == Sign::Minus {
                if x == zero {
                    return None;
                }
                return float_op(int_to_float(&x)?, Operator::Pow, int_to_float(&y)?);
            }
            if x != zero && y != zero {
                let exponent = u64::try_from(&y).ok()?;
                if bits(&x) > MAX_INT_BITS / exponent {
                    return None;
                }
                return Some(Value::Int(num_bigint::BigInt::pow(&x, u32::try_from(exponent).ok()?)));
            }
            if y == zero {
                BigInt::from(1)
            } else {
                zero
            }
        }
        Operator::LShift => {
            if y.sign() == Sign::Minus {
                return None;
            }
            if x != zero && y != zero {
                let shift = u64::try_from(&y).ok()?;
                if shift > MAX_INT_BITS || bits(&x) > MAX_INT_BITS - shift {
                    return None;
                }
                return Some(Value::Int(x << shift as usize));
            }
            x
        }
        Operator::RShift => {
            if y.sign() == Sign::Minus {
                return None;
            }
            match usize::try_from(&y) {
                Ok(shift) => x >> shift,
                Err(_) if x.sign() == Sign::Minus => BigInt::from(-1),
                Err(_) => zero,
            }
        }
        Operator::BitAnd => x & y,
        Operator::BitOr => x | y,
        Operator::BitXor => x ^ y,
        Operator::MatMult => return None,
    }))
}

/// Python's `divmod` on ints: the quotient rounds towards minus infinity.
fn floor_divmod(x: &BigInt, y: &BigInt) -> (BigInt, BigInt) {
    let q = x / y;
    let r = x - &q * y;
    if r.sign() != Sign::NoSign && (r.sign() == Sign::Minus) != (y.sign() == Sign::Minus) {
        (q - 1, r + y)
    } else {
        (q, r)
    }
}

fn float_op(x: f64, op: Operator, y: f64) -> Option<Value> {
    Some(Value::Float(match op {
        Operator::Add => x + y,
        Operator::Sub => x - y,
        Operator::Mult => x * y,
        Operator::Div => {
            if y == 0.0 {
                return None;
            }
            x / y
        }
        Operator::FloorDiv | Operator::Mod => {
            if y == 0.0 {
                return None;
            }
            // CPython's float_divmod, signs of zeros included.
            let mut m = x % y;
            let mut div = (x - m) / y;
            if m != 0.0 {
                if (y < 0.0) != (m < 0.0) {
                    m += y;
                    div -= 1.0;
                }
            } else {
                m = 0.0f64.copysign(y);
            }
            let floordiv = if div != 0.0 {
                let f = div.floor();
                if div - f > 0.5 {
                    f + 1.0
                } else {
                    f
                }
            } else {
                0.0f64.copysign(x / y)
            };
            if op == Operator::Mod {
                m
            } else {
                floordiv
            }
        }
        Operator::Pow => {
            if x == 0.0 && y < 0.0 {
                return None;
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                // A negative base to a fractional power is complex in Python 3.
                let (real, imag) = complex_pow((x, 0.0), (y, 0.0))?;
                return Some(Value::Complex(real, imag));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return None; // OverflowError
            }
            r
        }
        _ => return None,
    }))
}

fn complex_op((a, b): (f64, f64), op: Operator, (c, d): (f64, f64)) -> Option<Value> {
    let (real, imag) = match op {
        Operator::Add => (a + c, b + d),
        Operator::Sub => (a - c, b - d),
        Operator::Mult => complex_mul((a, b), (c, d)),
        Operator::Div => complex_div((a, b), (c, d))?,
        Operator::Pow => complex_pow((a, b), (c, d))?,
        _ => return None,
    };
    Some(Value::Complex(real, imag))
}

fn complex_mul((a, b): (f64, f64), (c, d): (f64, f64)) -> (f64, f64) {
    (a * c - b * d, a * d + b * c)
}

/// CPython's `_Py_c_quot`, scaled by the larger part of the divisor; `None` for a zero divisor.
fn complex_div((a, b): (f64, f64), (c, d): (f64, f64)) -> Option<(f64, f64)> {
    let (abs_c, abs_d) = (c.abs(), d.abs());
    if abs_c >= abs_d {
        if abs_c == 0.0 {
            return None;
        }
        let ratio = d / c;
        let denom = c + d * ratio;
        Some(((a + b * ratio) / denom, (b - a * ratio) / denom))
    } else if abs_d >= abs_c {
        let ratio = c / d;
        let denom = c * ratio + d;
        Some(((a * ratio + b) / denom, (b * ratio - a) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// CPython's `complex_pow`: repeated squaring for small integral exponents, else polar form;
/// `None` where CPython raises (zero to a negative or complex power, overflow).
fn complex_pow(x: (f64, f64), (c, d): (f64, f64)) -> Option<(f64, f64)> {
    let result = if d == 0.0 && c == c.floor() && c.abs() <= 100.0 {
        let n = c as i64;
        let powu = |n: i64| {
            let (mut r, mut p) = ((1.0, 0.0), x);
            let mut mask = 1i64;
            while mask > 0 && n >= mask {
                if n & mask != 0 {
                    r = complex_mul(r, p);
                }
                mask <<= 1;
                p = complex_mul(p, p);
            }
            r
        };
        if n > 0 {
            powu(n)
        } else {
            complex_div((1.0, 0.0), powu(-n))?
        }
    } else if c == 0.0 && d == 0.0 {
        (1.0, 0.0)
    } else if x == (0.0, 0.0) {
        if d != 0.0 || c < 0.0 {
            return None;
        }
        (0.0, 0.0)
    } else {
        let (a, b) = x;
        let vabs = a.hypot(b);
        let mut len = vabs.powf(c);
        let at = b.atan2(a);
        let mut phase = at * c;
        if d != 0.0 {
            len /= (at * d).exp();
            phase += d * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if result.0.is_infinite() || result.1.is_infinite() {
        return None;
    }
    Some(result)
}

fn sequence(left: Value, op: Operator, right: Value) -> Option<Value> {
    match (left, op, right) {
        (Value::Str(mut a), Operator::Add, Value::Str(b)) => {
            a.push_pystr(&b);
            Some(Value::Str(a))
        }
        (Value::Bytes(mut a), Operator::Add, Value::Bytes(b)) => {
            a.extend_from_slice(&b);
            Some(Value::Bytes(a))
        }
        (Value::Tuple(mut a), Operator::Add, Value::Tuple(b)) => {
            a.extend(b);
            Some(Value::Tuple(a))
        }
        (seq, Operator::Mult, count) | (count, Operator::Mult, seq) if is_int(&count) && is_sequence(&seq) => {
            repeat(seq, &count)
        }
        _ => None,
    }
}

fn is_int(value: &Value) -> bool {
    matches!(value, Value::Int(_) | Value::Bool(_))
}

fn is_sequence(value: &Value) -> bool {
    matches!(value, Value::Str(_) | Value::Bytes(_) | Value::Tuple(_))
}

/// `seq * n`, within CPython's size limits.
fn repeat(seq: Value, count: &Value) -> Option<Value> {
    let Some(Number::Int(n)) = Number::of(count) else { return None };
    let size = match &seq {
        Value::Str(s) => s.code_points().count(),
        Value::Bytes(b) => b.len(),
        Value::Tuple(items) => items.len(),
        _ => return None,
    };
    let n: i64 = if size == 0 {
        // No limit applies to an empty sequence: the result is empty.
        return Some(match seq {
            Value::Str(_) => Value::Str(PyStr::new()),
            Value::Bytes(_) => Value::Bytes(Vec::new()),
            _ => Value::Tuple(Vec::new()),
        });
    } else {
        i64::try_from(&n).ok()?
    };
    let limit = if matches!(seq, Value::Tuple(_)) { MAX_COLLECTION_SIZE } else { MAX_STR_SIZE };
    if n < 0 || n as u64 > (limit / size) as u64 {
        return None;
    }
    if let Value::Tuple(items) = &seq {
        if n > 0 && complexity(items, MAX_TOTAL_ITEMS / n) < 0 {
            return None;
        }
    }
    let n = n as usize;
    Some(match seq {
        Value::Str(s) => {
            let mut out = PyStr::new();
            for _ in 0..n {
                out.push_pystr(&s);
            }
            Value::Str(out)
        }
        Value::Bytes(b) => Value::Bytes(b.repeat(n)),
        Value::Tuple(items) => Value::Tuple(items.iter().cloned().cycle().take(items.len() * n).collect()),
        _ => return None,
    })
}

/// What is left of `limit` after counting the items of a tuple and of the tuples inside it.
fn complexity(items: &[Value], mut limit: i64) -> i64 {
    limit -= items.len() as i64;
    for item in items {
        if limit < 0 {
            break;
        }
        if let Value::Tuple(inner) = item {
            limit = complexity(inner, limit);
        }
    }
    limit
}

fn subscript(value: Value, index: Value) -> Option<Value> {
    let Some(Number::Int(i)) = (if is_int(&index) { Number::of(&index) } else { None }) else { return None };
    let len = match &value {
        Value::Str(s) => s.code_points().count(),
        Value::Bytes(b) => b.len(),
        Value::Tuple(items) => items.len(),
        _ => return None,
    };
    let i = i64::try_from(&i).ok()?;
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        return None;
    }
    let i = i as usize;
    Some(match value {
        Value::Str(s) => {
            let mut out = PyStr::new();
            out.push(s.code_points().nth(i)?);
            Value::Str(out)
        }
        Value::Bytes(b) => Value::Int(BigInt::from(b[i])),
        Value::Tuple(mut items) => items.swap_remove(i),
        _ => return None,
    })
}
