//! Packing one value into its bytes and unpacking it back, for every struct code, with
//! CPython's conversions (`__index__` for integers, `__float__` for floats, truth for `?`) and
//! its error messages.

use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

use super::format::{Mode, Run};
use crate::builtins::new_bytes;
use crate::modules::math::{compose, decompose, float_arg};
use crate::objects::exception::{overflow_error, PyErr};
use crate::objects::int::{int_from_big, is_int, to_big};
use crate::objects::Payload;
use crate::thread::Thread;
use crate::value::{ObjRef, Value};
use crate::PyResult;

/// Where values are packed: the mode and the class of `struct.error`.
pub struct Packer<'a> {
    pub mode: Mode,
    pub error: &'a ObjRef,
}

impl Packer<'_> {
    fn error(&self, message: impl Into<String>) -> PyErr {
        PyErr::new(self.error, message)
    }

    /// Packs `values` (one per field) into `out`, which is `layout.size` bytes of zeros.
    pub fn pack(&self, thread: &mut Thread, runs: &[Run], values: &[Value], out: &mut [u8]) -> PyResult<()> {
        let mut values = values.iter();
        for run in runs {
            for i in 0..run.count {
                let Some(value) = values.next() else { return Ok(()) };
                let start = run.offset + i * run.size;
                let Some(field) = out.get_mut(start..start + run.size) else { return Ok(()) };
                self.pack_one(thread, run.code, value, field)?;
            }
        }
        Ok(())
    }

    fn pack_one(&self, thread: &mut Thread, code: u8, value: &Value, out: &mut [u8]) -> PyResult<()> {
        let little = self.mode.little_endian();
        match code {
            b'?' => out[0] = u8::from(crate::protocols::truthy(thread, value)?),
            b'c' => match value.payload() {
                Some(Payload::Bytes(b)) if b.len() == 1 => out[0] = b[0],
                _ => return Err(self.error("char format requires a bytes object of length 1")),
            },
            b's' | b'p' => {
                let data: &[u8] = match value.payload() {
                    Some(Payload::Bytes(b)) => b,
                    Some(Payload::ByteArray(b)) => &b.lock().clone(),
                    _ => return Err(self.error(format!("argument for '{}' must be a bytes object", code as char))),
                };
                if code == b's' {
                    let n = data.len().min(out.len());
                    out[..n].copy_from_slice(&data[..n]);
                } else if !out.is_empty() {
                    // A Pascal string: a length byte (at most 255), then the bytes.
                    let n = data.len().min(out.len() - 1).min(255);
                    out[0] = n as u8;
                    out[1..=n].copy_from_slice(&data[..n]);
                }
            }
            b'e' | b'f' | b'd' => {
                let Ok(x) = float_arg(thread, value) else {
                    return Err(self.error("required argument is not a float"));
                };
                let bytes = match code {
                    b'd' => endian(&x.to_bits().to_le_bytes(), little),
                    b'f' => {
                        let y = x as f32;
                        if y.is_infinite() && x.is_finite() {
                            return Err(self.too_large(value, 'f'));
                        }
                        endian(&y.to_bits().to_le_bytes(), little)
                    }
                    _ => match half_from(x) {
                        Some(h) => endian(&h.to_le_bytes(), little),
                        None => return Err(self.too_large(value, 'e')),
                    },
                };
                out.copy_from_slice(&bytes);
            }
            _ => {
                let n = self.integer(thread, value)?;
                let bits = 8 * out.len() as u32;
                let signed = code.is_ascii_lowercase() && code != b'p';
                let (low, high) = if code == b'P' {
                    (-(BigInt::from(1) << (bits - 1)), (BigInt::from(1) << bits) - 1)
                } else if signed {
                    (-(BigInt::from(1) << (bits - 1)), (BigInt::from(1) << (bits - 1)) - 1)
                } else {
                    (BigInt::zero(), (BigInt::from(1) << bits) - 1)
                };
                if n < low || n > high {
                    if code == b'P' {
                        return Err(self.error("int too large to convert"));
                    }
                    return Err(self.error(format!("'{}' format requires {low} <= number <= {high}", code as char)));
                }
                // Two's complement in 128 bits, then the low bytes.
                let wide = n.to_i128().unwrap_or(0);
                let le = wide.to_le_bytes();
                out.copy_from_slice(&endian(&le[..out.len()], little));
            }
        }
        Ok(())
    }

    /// A float too large for the format: struct.error for an int (CPython turns the overflow
    /// of packing an int into it), OverflowError otherwise.
    fn too_large(&self, value: &Value, code: char) -> PyErr {
        if is_int(value) {
            self.error("int too large to convert")
        } else {
            overflow_error(format!("float too large to pack with {code} format"))
        }
    }

    /// An integer to pack: an int, or an object with `__index__`.
    fn integer(&self, thread: &mut Thread, value: &Value) -> PyResult<BigInt> {
        if let Some(big) = to_big(value) {
            return Ok(big);
        }
        if crate::protocols::special(value, "__index__").is_some() {
            return crate::protocols::number::index_big(thread, value);
        }
        Err(self.error("required argument is not an integer"))
    }
}

/// `bytes` (little-endian) in the wanted order.
fn endian(bytes: &[u8], little: bool) -> Vec<u8> {
    let mut out = bytes.to_vec();
    if !little {
        out.reverse();
    }
    out
}

/// The value of one field.
pub fn unpack_one(run: &Run, data: &[u8], little: bool) -> Value {
    let mut le = data.to_vec();
    if !little {
        le.reverse();
    }
    match run.code {
        b'?' => Value::Bool(data.iter().any(|b| *b != 0)),
        b'c' | b's' => new_bytes(data.to_vec()),
        b'p' => {
            let n = usize::from(data.first().copied().unwrap_or(0)).min(data.len().saturating_sub(1));
            new_bytes(data.get(1..=n).unwrap_or_default().to_vec())
        }
        b'd' => Value::Float(f64::from_bits(u64::from_le_bytes(le.try_into().unwrap_or_default()))),
        b'f' => Value::Float(f64::from(f32::from_bits(u32::from_le_bytes(le.try_into().unwrap_or_default())))),
        b'e' => Value::Float(half_to(u16::from_le_bytes(le.try_into().unwrap_or_default()))),
        code => {
            let mut wide = [0u8; 16];
            wide[..le.len()].copy_from_slice(&le);
            let signed = code.is_ascii_lowercase();
            let negative = signed && le.last().is_some_and(|b| b & 0x80 != 0);
            if negative {
                wide[le.len()..].fill(0xff);
            }
            let n = i128::from_le_bytes(wide);
            match i64::try_from(n) {
                Ok(small) => Value::Int(small),
                Err(_) => int_from_big(BigInt::from(n)),
            }
        }
    }
}

/// A double as the nearest IEEE half (ties to even); None when it overflows.
pub fn half_from(x: f64) -> Option<u16> {
    let sign = u16::from(x.is_sign_negative()) << 15;
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if x == 0.0 {
        return Some(sign);
    }
    // Round |x| to a multiple of the half ulp at its size (2**-24 at least), exactly.
    let (_, m, e) = decompose(x.abs());
    let top = e + 64 - i64::from(m.leading_zeros());
    let ulp = (top - 11).max(-24);
    let mut q = round_shift(m, ulp - e);
    let mut ulp = ulp;
    if q == 0 {
        return Some(sign);
    }
    if q >= 2048 {
        q >>= 1;
        ulp += 1;
    }
    if q < 1024 {
        // Subnormal.
        return Some(sign | q as u16);
    }
    let exponent = ulp + 25;
    if exponent >= 31 {
        return None;
    }
    Some(sign | ((exponent as u16) << 10) | (q as u16 - 1024))
}

/// `m / 2**shift` rounded to an integer, ties to even.
fn round_shift(m: u64, shift: i64) -> u64 {
    if shift <= 0 {
        return m << (-shift).min(63);
    }
    if shift > 64 {
        return 0;
    }
    let (kept, rest) = if shift == 64 { (0, m) } else { (m >> shift, m & ((1u64 << shift) - 1)) };
    let half = 1u64 << (shift - 1);
    kept + u64::from(rest > half || (rest == half && kept & 1 == 1))
}

/// An IEEE half as a double (exactly).
pub fn half_to(h: u16) -> f64 {
    let negative = h & 0x8000 != 0;
    let exponent = i64::from((h >> 10) & 0x1f);
    let fraction = u64::from(h & 0x3ff);
    let magnitude = match exponent {
        0 => compose(fraction, -24, false),
        31 if fraction == 0 => f64::INFINITY,
        31 => f64::NAN,
        _ => compose(fraction | 1024, exponent - 25, false),
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves() {
        assert_eq!(half_from(1.0), Some(0x3c00));
        assert_eq!(half_from(65504.0), Some(0x7bff));
        assert_eq!(half_from(65519.0), Some(0x7bff));
        assert_eq!(half_from(65520.0), None);
        assert_eq!(half_from(5.960464477539063e-08), Some(1));
        assert_eq!(half_from(2.9802322387695312e-08), Some(0));
        assert_eq!(half_from(1.00048828125), Some(0x3c00));
        assert_eq!(half_from(1.00146484375), Some(0x3c02));
        assert_eq!(half_from(0.1), Some(0x2e66));
        assert_eq!(half_to(0x3c00), 1.0);
        assert_eq!(half_to(0x0001), 5.960464477539063e-08);
        assert_eq!(half_to(0x7bff), 65504.0);
    }
}
