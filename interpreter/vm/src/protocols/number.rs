//! Arithmetic: native operations on ints (immediate and big), floats, complex numbers and the
//! builtin sequences, then the binary-operator protocol (`__add__`, `__radd__`, `__iadd__`, with
//! a subclass's reflected method first and NotImplemented).

use ferrython_bytecode::BinaryOp;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::call::call_method;
use crate::objects::exception::{overflow_error, type_error, value_error, zero_division_error};
use crate::objects::int::{int_from_big, to_big};
use crate::objects::str::intern;
use crate::objects::typeobj::{class_of, is_subtype, lookup, type_data, type_name};
use crate::objects::Payload;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// The dunder names of each operator: (forward, reflected, in-place).
pub fn dunders(op: BinaryOp) -> (&'static str, &'static str, &'static str) {
    use BinaryOp::*;
    match op.base() {
        Add => ("__add__", "__radd__", "__iadd__"),
        And => ("__and__", "__rand__", "__iand__"),
        FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
        Multiply => ("__mul__", "__rmul__", "__imul__"),
        Remainder => ("__mod__", "__rmod__", "__imod__"),
        Or => ("__or__", "__ror__", "__ior__"),
        Power => ("__pow__", "__rpow__", "__ipow__"),
        RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        Subtract => ("__sub__", "__rsub__", "__isub__"),
        TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        Xor => ("__xor__", "__rxor__", "__ixor__"),
        _ => unreachable!("base() is never in-place"),
    }
}

/// The value of an int-like operand (int, bool, int subclass).
fn int_operand(value: &Value) -> Option<BigInt> {
    to_big(value)
}

fn float_operand(value: &Value) -> Option<f64> {
    match value {
        Value::Float(f) => Some(*f),
        Value::Obj(obj) => match obj.payload() {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        _ => None,
    }
}

/// An int or float operand as f64 (OverflowError for ints too large).
fn as_f64(value: &Value) -> Option<PyResult<f64>> {
    if let Some(f) = float_operand(value) {
        return Some(Ok(f));
    }
    match value {
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(f64::from(u8::from(*b)))),
        _ => {
            let big = int_operand(value)?;
            Some(
                big.to_f64()
                    .filter(|f| f.is_finite())
                    .ok_or_else(|| overflow_error("int too large to convert to float")),
            )
        }
    }
}

fn complex_operand(value: &Value) -> Option<PyResult<(f64, f64)>> {
    if let Some(Payload::Complex((re, im))) = value.payload() {
        return Some(Ok((*re, *im)));
    }
    as_f64(value).map(|r| r.map(|re| (re, 0.0)))
}

/// Integer arithmetic on big ints.
fn int_op(a: BigInt, b: BigInt, op: BinaryOp) -> PyResult<Value> {
    use BinaryOp::*;
    Ok(match op.base() {
        Add => int_from_big(a + b),
        Subtract => int_from_big(a - b),
        Multiply => int_from_big(a * b),
        FloorDivide => {
            if b.is_zero() {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            int_from_big(a.div_floor(&b))
        }
        Remainder => {
            if b.is_zero() {
                return Err(zero_division_error("integer modulo by zero"));
            }
            int_from_big(a.mod_floor(&b))
        }
        TrueDivide => {
            if b.is_zero() {
                return Err(zero_division_error("division by zero"));
            }
            Value::Float(int_true_divide(&a, &b)?)
        }
        Power => {
            if b.is_negative() {
                // A negative power is a float power.
                let to_float = |v: &BigInt| {
                    v.to_f64()
                        .filter(|f| f.is_finite())
                        .ok_or_else(|| overflow_error("int too large to convert to float"))
                };
                let (base, exp) = (to_float(&a)?, to_float(&b)?);
                if base == 0.0 {
                    return Err(zero_division_error("0.0 cannot be raised to a negative power"));
                }
                return Ok(Value::Float(base.powf(exp)));
            }
            // 0, 1 and -1 stay small whatever the exponent; anything else to a power whose
            // result passes 2**40 bits cannot be allocated: CPython's MemoryError.
            if a.magnitude() <= &num_bigint::BigUint::from(1u8) {
                let odd = b.is_odd();
                return Ok(int_from_big(if a.is_negative() && !odd {
                    -a
                } else if b.is_zero() {
                    BigInt::from(1)
                } else {
                    a
                }));
            }
            let exp = match b.to_u64() {
                Some(exp) if exp.saturating_mul(a.bits()) <= 1 << 40 => exp as u32,
                _ => return Err(crate::objects::exception::memory_error("")),
            };
            int_from_big(num_traits::pow::Pow::pow(&a, exp))
        }
        LShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(Value::Int(0));
            }
            let n = b.to_usize().ok_or_else(|| overflow_error("too many digits in integer"))?;
            // A result of more than 2**40 bits cannot be allocated: CPython's MemoryError.
            if a.sign() != num_bigint::Sign::NoSign && n as u64 + a.bits() > 1 << 40 {
                return Err(crate::objects::exception::memory_error(""));
            }
            int_from_big(a << n)
        }
        RShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let n = b.to_usize().unwrap_or(usize::MAX);
            if n > a.bits() as usize {
                Value::Int(if a.is_negative() { -1 } else { 0 })
            } else {
                int_from_big(a >> n)
            }
        }
        And => int_from_big(a & b),
        Or => int_from_big(a | b),
        Xor => int_from_big(a ^ b),
        MatrixMultiply => return Ok(crate::builtins::not_implemented()),
        _ => unreachable!("base() is never in-place"),
    })
}

/// Integer arithmetic on two machine ints; None when the result needs a big int (or, for
/// negative powers, a float), which `int_op` then computes.
fn small_int_op(x: i64, y: i64, op: BinaryOp) -> PyResult<Option<Value>> {
    use BinaryOp::*;
    Ok(match op.base() {
        Add => x.checked_add(y).map(Value::Int),
        Subtract => x.checked_sub(y).map(Value::Int),
        Multiply => x.checked_mul(y).map(Value::Int),
        FloorDivide => {
            if y == 0 {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            x.checked_div_euclid(y).map(|_| Value::Int(Integer::div_floor(&x, &y)))
        }
        Remainder => {
            if y == 0 {
                return Err(zero_division_error("integer modulo by zero"));
            }
            x.checked_rem(y).map(|_| Value::Int(Integer::mod_floor(&x, &y)))
        }
        TrueDivide => {
            if y == 0 {
                return Err(zero_division_error("division by zero"));
            }
            (x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53)).then(|| Value::Float(x as f64 / y as f64))
        }
        And => Some(Value::Int(x & y)),
        Or => Some(Value::Int(x | y)),
        Xor => Some(Value::Int(x ^ y)),
        LShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            (y < 63).then(|| x.checked_shl(y as u32)).flatten().filter(|r| r >> y == x).map(Value::Int)
        }
        RShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            Some(Value::Int(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }))
        }
        Power if y >= 0 => u32::try_from(y).ok().and_then(|e| x.checked_pow(e)).map(Value::Int),
        _ => None,
    })
}

/// Correctly rounded int / int.
fn int_true_divide(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(x as f64 / y as f64);
        }
    }
    // Scale the dividend so that the quotient has at least 64 significant bits, fold the
    // remainder into its last bit (so the one rounding to a double sees it), then scale back.
    let negative = a.is_negative() != b.is_negative();
    let (num, den) = (a.abs(), b.abs());
    let shift = (64 + den.bits() as i64 - num.bits() as i64).max(0) as u64;
    let (q, r) = (num << shift).div_rem(&den);
    if q.bits() as i64 - shift as i64 > 1025 {
        return Err(overflow_error("integer division result too large for a float"));
    }
    let q = if r.is_zero() { q } else { q | BigInt::from(1u8) };
    let mut result = q.to_f64().unwrap_or(f64::INFINITY);
    let mut shift = shift as i32;
    while shift > 0 {
        let step = shift.min(1000);
        result /= 2f64.powi(step);
        shift -= step;
    }
    if result.is_infinite() {
        return Err(overflow_error("integer division result too large for a float"));
    }
    Ok(if negative { -result } else { result })
}

fn float_op(a: f64, b: f64, op: BinaryOp) -> PyResult<Value> {
    use BinaryOp::*;
    Ok(Value::Float(match op.base() {
        Add => a + b,
        Subtract => a - b,
        Multiply => a * b,
        TrueDivide => {
            if b == 0.0 {
                return Err(zero_division_error("float division by zero"));
            }
            a / b
        }
        FloorDivide => {
            if b == 0.0 {
                return Err(zero_division_error("float floor division by zero"));
            }
            float_divmod(a, b).0
        }
        Remainder => {
            if b == 0.0 {
                return Err(zero_division_error("float modulo"));
            }
            float_divmod(a, b).1
        }
        Power => return float_pow(a, b),
        _ => return Ok(crate::builtins::not_implemented()),
    }))
}

/// Python's float divmod: the remainder takes the divisor's sign.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

fn float_pow(a: f64, b: f64) -> PyResult<Value> {
    // `0.0 ** -inf` is inf, as C's pow says.
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(zero_division_error("0.0 cannot be raised to a negative power"));
    }
    // `-inf ** 1.5` is inf, as C's pow says; a finite negative base is complex.
    if a < 0.0 && a.is_finite() && b.fract() != 0.0 && b.is_finite() {
        // A negative base to a fractional power is complex.
        let (re, im) = complex_pow((a, 0.0), (b, 0.0))?;
        return Ok(crate::builtins::new_complex(re, im));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}

fn complex_pow(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_division_error("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// A complex to a small integer power, by repeated squaring (as CPython does, so that
/// `(3+4j) ** 2` is exactly `(-7+24j)`).
fn complex_powi(a: (f64, f64), n: i64) -> PyResult<(f64, f64)> {
    if n < 0 && a == (0.0, 0.0) {
        return Err(zero_division_error("0.0 to a negative or complex power"));
    }
    let mul = |x: (f64, f64), y: (f64, f64)| (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0);
    let (mut result, mut power, mut rest) = ((1.0, 0.0), a, n.unsigned_abs());
    while rest > 0 {
        if rest & 1 == 1 {
            result = mul(result, power);
        }
        power = mul(power, power);
        rest >>= 1;
    }
    if n >= 0 {
        return Ok(result);
    }
    complex_divide((1.0, 0.0), result).map_err(|_| zero_division_error("0.0 to a negative or complex power"))
}

/// `a / b` scaled by the larger part of `b` (Smith's method), so that neither the squares of
/// huge parts overflow nor those of tiny ones vanish, as CPython computes it.
fn complex_divide(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return Err(zero_division_error("complex division by zero"));
        }
        let ratio = b.1 / b.0;
        let denominator = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denominator, (a.1 - a.0 * ratio) / denominator))
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denominator = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denominator, (a.1 * ratio - a.0) / denominator))
    } else {
        // A part of `b` is NaN.
        Ok((f64::NAN, f64::NAN))
    }
}

fn complex_op(a: (f64, f64), b: (f64, f64), op: BinaryOp) -> PyResult<Value> {
    use BinaryOp::*;
    let (re, im) = match op.base() {
        Add => (a.0 + b.0, a.1 + b.1),
        Subtract => (a.0 - b.0, a.1 - b.1),
        Multiply => (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0),
        TrueDivide => complex_divide(a, b)?,
        Power => {
            let (re, im) = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
                complex_powi(a, b.0 as i64)?
            } else {
                complex_pow(a, b)?
            };
            // CPython reports an infinite part as a range error.
            if re.is_infinite() || im.is_infinite() {
                return Err(overflow_error("complex exponentiation"));
            }
            (re, im)
        }
        _ => return Ok(crate::builtins::not_implemented()),
    };
    Ok(crate::builtins::new_complex(re, im))
}

/// The native arithmetic of builtin operands: None when it is not defined natively.
pub fn native_binary(thread: &mut Thread, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Option<Value>> {
    // bool's &, | and ^ of two bools give a bool.
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op.base() {
            BinaryOp::And => return Ok(Some(Value::Bool(*x & *y))),
            BinaryOp::Or => return Ok(Some(Value::Bool(*x | *y))),
            BinaryOp::Xor => return Ok(Some(Value::Bool(*x ^ *y))),
            _ => {}
        }
    }
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(result) = small_int_op(*x, *y, op)? {
            return Ok(Some(result));
        }
    }
    if let Some(result) = str_concat(a, b, op) {
        return Ok(Some(result));
    }
    if let (Some(x), Some(y)) = (int_operand(a), int_operand(b)) {
        // `int @ int` is NotImplemented: no native result.
        let result = int_op(x, y, op)?;
        return Ok((!crate::builtins::is_not_implemented(&result)).then_some(result));
    }
    let numeric = |v: &Value| int_operand(v).is_some() || float_operand(v).is_some();
    if (float_operand(a).is_some() || float_operand(b).is_some()) && numeric(a) && numeric(b) {
        let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) else { return Ok(None) };
        let result = float_op(x?, y?, op)?;
        return Ok((!crate::builtins::is_not_implemented(&result)).then_some(result));
    }
    let is_complex = |v: &Value| matches!(v.payload(), Some(Payload::Complex(..)));
    if (is_complex(a) || is_complex(b)) && (is_complex(a) || numeric(a)) && (is_complex(b) || numeric(b)) {
        let (Some(x), Some(y)) = (complex_operand(a), complex_operand(b)) else { return Ok(None) };
        let result = complex_op(x?, y?, op)?;
        return Ok((!crate::builtins::is_not_implemented(&result)).then_some(result));
    }
    crate::ops::native_sequence_binary(thread, a, b, op)
}

/// `a + b` (or `a += b`) of two strs of the builtin type, before the numeric cases: a new
/// str, or the other operand when one is empty (as CPython returns it).
#[inline]
fn str_concat(a: &Value, b: &Value, op: BinaryOp) -> Option<Value> {
    let (Value::Obj(x), Value::Obj(y)) = (a, b) else { return None };
    let (Payload::Str(s), Payload::Str(t)) = (x.payload(), y.payload()) else { return None };
    if !matches!(op.base(), BinaryOp::Add) || type_data(&x.class).heap || type_data(&y.class).heap {
        return None;
    }
    Some(if s.wtf8().is_empty() {
        b.clone()
    } else if t.wtf8().is_empty() {
        a.clone()
    } else {
        crate::objects::str::str_object(crate::objects::PyString::concat(&[s, t]))
    })
}

/// `divmod(a, b)` of builtin numbers: None when the operands are not ints and floats.
pub fn native_divmod(a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (int_operand(a), int_operand(b)) {
        if y.is_zero() {
            return Err(zero_division_error("integer division or modulo by zero"));
        }
        let (q, r) = x.div_mod_floor(&y);
        return Ok(Some(crate::objects::tuple_of([int_from_big(q), int_from_big(r)])));
    }
    let numeric = |v: &Value| int_operand(v).is_some() || float_operand(v).is_some();
    if !numeric(a) || !numeric(b) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) else { return Ok(None) };
    let (x, y) = (x?, y?);
    if y == 0.0 {
        return Err(zero_division_error("float divmod()"));
    }
    let (q, r) = float_divmod(x, y);
    Ok(Some(crate::objects::tuple_of([Value::Float(q), Value::Float(r)])))
}

fn is_heap(value: &Value) -> bool {
    type_data(class_of(value)).heap
}

/// `a op b` for any operands: native first, then the dunder protocol.
pub fn binary_op(thread: &mut Thread, a: Value, b: Value, op: BinaryOp) -> PyResult<Value> {
    if !is_heap(&a) && !is_heap(&b) {
        if let Some(result) = native_binary(thread, &a, &b, op)? {
            return Ok(result);
        }
    }
    thread.nested(|thread| dunder_binary(thread, &a, &b, op))
}

fn dunder_binary(thread: &mut Thread, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Value> {
    let (forward, reflected, inplace) = dunders(op);
    if op.is_inplace() {
        if let Some(method) = lookup(class_of(a), &intern(inplace)) {
            let result = call_method(thread, &method, a, &[a.clone(), b.clone()])?;
            if !crate::builtins::is_not_implemented(&result) {
                return Ok(result);
            }
        }
    }
    let (class_a, class_b) = (class_of(a).clone(), class_of(b).clone());
    let mut forward_method = lookup(&class_a, &intern(forward));
    // A builtin sequence's `+` and `*` are CPython's sq_concat/sq_repeat, tried only after the
    // other operand's reflected method (`"a" + UserString("b")` is UserString's `__radd__`).
    let sequence_slot = matches!(op.base(), BinaryOp::Add | BinaryOp::Multiply)
        && matches!(a.payload(), Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_)))
        && forward_method.as_ref().is_some_and(|m| matches!(m.payload(), Some(Payload::Builtin(_))));
    let deferred = if sequence_slot && !ObjRef::ptr_eq(&class_a, &class_b) { forward_method.take() } else { None };
    let mut reflected_method =
        if ObjRef::ptr_eq(&class_a, &class_b) { None } else { lookup(&class_b, &intern(reflected)) };
    if let Some(method) = &reflected_method {
        if is_subtype(&class_b, &class_a) && !same_method(forward_method.as_ref(), &class_a, reflected, method) {
            let result = call_method(thread, method, b, &[b.clone(), a.clone()])?;
            if !crate::builtins::is_not_implemented(&result) {
                return Ok(result);
            }
            reflected_method = None;
        }
    }
    if let Some(method) = forward_method {
        let result = call_method(thread, &method, a, &[a.clone(), b.clone()])?;
        if !crate::builtins::is_not_implemented(&result) {
            return Ok(result);
        }
    }
    if let Some(method) = reflected_method {
        let result = call_method(thread, &method, b, &[b.clone(), a.clone()])?;
        if !crate::builtins::is_not_implemented(&result) {
            return Ok(result);
        }
    }
    if let Some(method) = deferred {
        let result = call_method(thread, &method, a, &[a.clone(), b.clone()])?;
        if !crate::builtins::is_not_implemented(&result) {
            return Ok(result);
        }
    }
    if op.base() == BinaryOp::Multiply {
        if let Some(result) = sequence_repeat(thread, a, b, op)? {
            return Ok(result);
        }
    }
    Err(unsupported(a, b, op))
}

/// A builtin sequence times any object with `__index__` (an int subclass that does not
/// multiply it itself): CPython's sequence repeat, tried after the number methods.
pub(crate) fn sequence_repeat(thread: &mut Thread, a: &Value, b: &Value, op: BinaryOp) -> PyResult<Option<Value>> {
    let is_sequence = |v: &Value| {
        matches!(
            v.payload(),
            Some(Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::List(_) | Payload::Tuple(_))
        )
    };
    let (sequence, count, sequence_first) = match (is_sequence(a), is_sequence(b)) {
        (true, false) => (a, b, true),
        (false, true) => (b, a, false),
        _ => return Ok(None),
    };
    if crate::protocols::special(count, "__index__").is_none() {
        return Ok(None);
    }
    let count = int_from_big(index_big(thread, count)?);
    if sequence_first {
        crate::ops::native_sequence_binary(thread, sequence, &count, op)
    } else {
        crate::ops::native_sequence_binary(thread, &count, sequence, op)
    }
}

/// Whether the subclass's reflected method is just the one it inherits from the left operand's
/// class (then it does not go first).
fn same_method(_forward: Option<&Value>, class_a: &ObjRef, reflected: &str, method: &Value) -> bool {
    lookup(class_a, &intern(reflected)).is_some_and(|m| m.is(method))
}

pub fn unsupported(a: &Value, b: &Value, op: BinaryOp) -> crate::objects::exception::PyErr {
    let symbol = if op == BinaryOp::Power || op == BinaryOp::InplacePower {
        if op.is_inplace() {
            "**="
        } else {
            "** or pow()"
        }
    } else {
        op.symbol()
    };
    if op.base() == BinaryOp::RShift {
        if let Some(Payload::Builtin(builtin)) = a.payload() {
            if builtin.name == "print" {
                return type_error(format!(
                    "unsupported operand type(s) for {symbol}: '{}' and '{}'. Did you mean \"print(<message>, file=<output_stream>)\"?",
                    type_name(a),
                    type_name(b)
                ));
            }
        }
    }
    if op.base() == BinaryOp::Multiply {
        // Neither operand multiplied: a sequence then repeats, which wants an int (CPython's
        // sequence repeat, tried last).
        let is_sequence = |v: &Value| {
            matches!(
                v.payload(),
                Some(
                    Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) | Payload::List(_) | Payload::Tuple(_)
                )
            )
        };
        let other = match (is_sequence(a), is_sequence(b)) {
            (true, _) => Some(b),
            (false, true) => Some(a),
            _ => None,
        };
        if let Some(other) = other.filter(|o| crate::protocols::special(o, "__index__").is_none()) {
            return type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(other)));
        }
    }
    type_error(format!("unsupported operand type(s) for {symbol}: '{}' and '{}'", type_name(a), type_name(b)))
}

/// `-x`.
pub fn negative(thread: &mut Thread, value: &Value) -> PyResult<Value> {
    unary(thread, value, "__neg__", "unary -", |v| match v {
        Value::Int(i) => Some(int_from_big(-BigInt::from(*i))),
        Value::Bool(b) => Some(Value::Int(-i64::from(*b))),
        Value::Float(f) => Some(Value::Float(-f)),
        _ => match v.payload()? {
            Payload::Int(big) => Some(int_from_big(-big.clone())),
            Payload::Float(f) => Some(Value::Float(-f)),
            Payload::Complex((re, im)) => Some(crate::builtins::new_complex(-re, -im)),
            _ => None,
        },
    })
}

/// `+x`.
pub fn positive(thread: &mut Thread, value: &Value) -> PyResult<Value> {
    unary(thread, value, "__pos__", "unary +", |v| match v {
        Value::Int(_) | Value::Float(_) => Some(v.clone()),
        Value::Bool(b) => Some(Value::Int(i64::from(*b))),
        _ => match v.payload()? {
            Payload::Int(big) => Some(int_from_big(big.clone())),
            Payload::Float(f) => Some(Value::Float(*f)),
            Payload::Complex((re, im)) => Some(crate::builtins::new_complex(*re, *im)),
            _ => None,
        },
    })
}

/// `~x`.
pub fn invert(thread: &mut Thread, value: &Value) -> PyResult<Value> {
    if let Value::Bool(_) = value {
        let category = crate::objects::exception::exceptions().deprecation_warning.clone();
        crate::warnings::warn(thread, &category, "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.", 1)?;
    }
    unary(thread, value, "__invert__", "unary ~", |v| to_big(v).map(|big| int_from_big(!big)))
}

fn unary(
    thread: &mut Thread,
    value: &Value,
    dunder: &'static str,
    what: &str,
    native: impl Fn(&Value) -> Option<Value>,
) -> PyResult<Value> {
    if !is_heap(value) {
        if let Some(result) = native(value) {
            return Ok(result);
        }
    }
    match crate::protocols::call_special(thread, value, dunder, &[])? {
        Some(result) => Ok(result),
        None => Err(type_error(format!("bad operand type for {what}: '{}'", type_name(value)))),
    }
}

/// `operator.index(value)` as an i64 (OverflowError when it does not fit).
pub fn index_of(thread: &mut Thread, value: &Value) -> PyResult<i64> {
    let big = index_big(thread, value)?;
    big.to_i64().ok_or_else(|| {
        crate::objects::exception::PyErr::new(
            &crate::objects::exception::exceptions().index_error,
            format!("cannot fit '{}' into an index-sized integer", type_name(value)),
        )
    })
}

/// `operator.index(value)`.
pub fn index_big(thread: &mut Thread, value: &Value) -> PyResult<BigInt> {
    if let Some(big) = to_big(value) {
        return Ok(big);
    }
    match crate::protocols::call_special(thread, value, "__index__", &[])? {
        Some(result) => {
            let big = to_big(&result)
                .ok_or_else(|| type_error(format!("__index__ returned non-int (type {})", type_name(&result))))?;
            if type_data(class_of(&result)).heap {
                let category = crate::objects::exception::exceptions().deprecation_warning.clone();
                let message = format!(
                    "__index__ returned non-int (type {}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.",
                    type_name(&result)
                );
                crate::warnings::warn(thread, &category, &message, 1)?;
            }
            Ok(big)
        }
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(value)))),
    }
}

/// CPython's hash of a float: equal to the hash of an equal int.
pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return crate::objects::int::hash_i64(f as i64);
    }
    // Reduce m * 2**e modulo the Mersenne prime, as CPython's algorithm does.
    const BITS: i32 = 61;
    const MODULUS: u64 = (1 << BITS) - 1;
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % BITS } else { BITS - 1 - ((-1 - e) % BITS) };
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 {
        return (0.0, 0);
    }
    let bits = f.to_bits();
    let exponent = ((bits >> 52) & 0x7FF) as i32;
    if exponent == 0 {
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exponent - 1022;
    let m = f64::from_bits((bits & !(0x7FF << 52)) | (1022 << 52));
    (m, e)
}
