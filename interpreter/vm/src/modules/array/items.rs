//! The item types of `array.array`: what each typecode holds, and the conversions between a
//! Python value and an item's bytes (native byte order, as CPython's arrays use).

use num_bigint::BigInt;

use crate::objects::exception::{overflow_error, type_error, PyErr};
use crate::objects::str::{as_pystr, new_str};
use crate::objects::typeobj::type_name;
use crate::objects::Payload;
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

/// The typecodes, in the order `array.typecodes` lists them.
pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// What one typecode holds.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    Signed,
    Unsigned,
    Float,
    /// `u`: a code point, as a C wchar_t.
    Char,
}

#[derive(Clone, Copy)]
pub struct ItemType {
    pub code: char,
    pub size: usize,
    pub kind: Kind,
    /// How range errors name the C type.
    c_name: &'static str,
}

/// The item type of `code`, if it is a typecode.
pub fn item_type(code: char) -> Option<ItemType> {
    let (size, kind, c_name) = match code {
        'b' => (1, Kind::Signed, "signed char"),
        'B' => (1, Kind::Unsigned, "unsigned byte integer"),
        'u' => (std::mem::size_of::<libc::wchar_t>(), Kind::Char, ""),
        'h' => (2, Kind::Signed, "signed short integer"),
        'H' => (2, Kind::Unsigned, "unsigned short"),
        'i' => (4, Kind::Signed, "signed integer"),
        'I' => (4, Kind::Unsigned, "unsigned int"),
        'l' => (std::mem::size_of::<libc::c_long>(), Kind::Signed, "signed long integer"),
        'L' => (std::mem::size_of::<libc::c_ulong>(), Kind::Unsigned, "unsigned long"),
        'q' => (8, Kind::Signed, "signed long long integer"),
        'Q' => (8, Kind::Unsigned, "unsigned long long"),
        'f' => (4, Kind::Float, ""),
        'd' => (8, Kind::Float, ""),
        _ => return None,
    };
    Some(ItemType { code, size, kind, c_name })
}

impl ItemType {
    /// The bytes of `value` as one item; TypeError or OverflowError as CPython's arrays raise.
    pub fn pack(&self, thread: &mut Thread, value: &Value) -> PyResult<Vec<u8>> {
        match self.kind {
            Kind::Float => {
                if as_pystr(value).is_some() || !is_real(value) {
                    return Err(type_error(format!("must be real number, not {}", type_name(value))));
                }
                let x = crate::builtins::to_float_value(thread, value)?;
                Ok(if self.size == 4 { (x as f32).to_ne_bytes().to_vec() } else { x.to_ne_bytes().to_vec() })
            }
            Kind::Char => {
                let code = as_pystr(value).filter(|s| s.char_len() == 1).and_then(|s| s.code_points().next());
                match code {
                    Some(point) => Ok(self.int_bytes(&BigInt::from(point))),
                    None => Err(type_error("array item must be unicode character")),
                }
            }
            Kind::Signed | Kind::Unsigned => {
                if matches!(value, Value::Float(_)) || matches!(value.payload(), Some(Payload::Float(_))) {
                    return Err(type_error("'float' object cannot be interpreted as an integer"));
                }
                if !crate::objects::int::is_int(value) && protocols::special(value, "__index__").is_none() {
                    return Err(type_error(format!("an integer is required (got type {})", type_name(value))));
                }
                let n = protocols::number::index_big(thread, value)?;
                self.check_range(&n)?;
                Ok(self.int_bytes(&n))
            }
        }
    }

    fn check_range(&self, n: &BigInt) -> PyResult<()> {
        let bits = self.size as u32 * 8;
        let (low, high) = match self.kind {
            Kind::Unsigned => (BigInt::from(0), (BigInt::from(1) << bits) - 1),
            _ => (-(BigInt::from(1) << (bits - 1)), (BigInt::from(1) << (bits - 1)) - 1),
        };
        let below = *n < low;
        if !below && *n <= high {
            return Ok(());
        }
        // The wider types report through C's own conversions, with their wording.
        let message = match (self.code, below) {
            ('I' | 'L', true) => "can't convert negative value to unsigned int".to_string(),
            ('Q', true) => "can't convert negative int to unsigned".to_string(),
            ('l', _) => "Python int too large to convert to C long".to_string(),
            ('L', false) => "Python int too large to convert to C unsigned long".to_string(),
            ('q' | 'Q', _) => "int too big to convert".to_string(),
            (_, true) => format!("{} is less than minimum", self.c_name),
            (_, false) => format!("{} is greater than maximum", self.c_name),
        };
        Err(overflow_error(message))
    }

    fn int_bytes(&self, n: &BigInt) -> Vec<u8> {
        let mut bytes = n.to_signed_bytes_le();
        let fill = if n.sign() == num_bigint::Sign::Minus { 0xFF } else { 0 };
        bytes.resize(self.size, fill);
        if cfg!(target_endian = "big") {
            bytes.reverse();
        }
        bytes
    }

    /// The value of one item's bytes.
    pub fn unpack(&self, bytes: &[u8]) -> Value {
        let mut raw = [0u8; 8];
        raw[..self.size].copy_from_slice(&bytes[..self.size]);
        if cfg!(target_endian = "big") {
            raw[..self.size].reverse();
        }
        let unsigned = u64::from_le_bytes(raw);
        let bits = self.size as u32 * 8;
        match self.kind {
            Kind::Float if self.size == 4 => Value::Float(f64::from(f32::from_bits(unsigned as u32))),
            Kind::Float => Value::Float(f64::from_bits(unsigned)),
            Kind::Signed => Value::Int(((unsigned << (64 - bits)) as i64) >> (64 - bits)),
            Kind::Unsigned if unsigned > i64::MAX as u64 => crate::objects::int::int_from_big(BigInt::from(unsigned)),
            Kind::Unsigned => Value::Int(unsigned as i64),
            Kind::Char => match char::from_u32(unsigned as u32) {
                Some(c) => new_str(c.to_string()),
                None => new_str(char::REPLACEMENT_CHARACTER.to_string()),
            },
        }
    }
}

fn is_real(value: &Value) -> bool {
    matches!(value, Value::Float(_) | Value::Int(_) | Value::Bool(_))
        || matches!(value.payload(), Some(Payload::Float(_) | Payload::Int(_)))
        || protocols::special(value, "__float__").is_some()
        || protocols::special(value, "__index__").is_some()
}

/// The error of a typecode that is not one.
pub fn bad_typecode() -> PyErr {
    crate::objects::exception::value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_match_the_c_types() {
        let sizes: Vec<usize> = TYPECODES.chars().map(|c| item_type(c).map_or(0, |t| t.size)).collect();
        assert_eq!(sizes, [1, 1, 4, 2, 2, 4, 4, 8, 8, 8, 8, 4, 8]);
        assert!(item_type('x').is_none());
    }

    #[test]
    fn ranges_follow_the_size_and_sign() {
        let byte = item_type('b').expect("b");
        assert!(byte.check_range(&BigInt::from(127)).is_ok());
        assert!(byte.check_range(&BigInt::from(128)).is_err());
        assert!(byte.check_range(&BigInt::from(-128)).is_ok());
        let unsigned = item_type('Q').expect("Q");
        assert!(unsigned.check_range(&BigInt::from(u64::MAX)).is_ok());
        assert!(unsigned.check_range(&BigInt::from(-1)).is_err());
    }

    #[test]
    fn items_round_trip_through_bytes() {
        let short = item_type('h').expect("h");
        let bytes = short.int_bytes(&BigInt::from(-2));
        assert_eq!(bytes.len(), 2);
        assert!(matches!(short.unpack(&bytes), Value::Int(-2)));
        let unsigned = item_type('H').expect("H");
        assert!(matches!(unsigned.unpack(&bytes), Value::Int(65534)));
    }
}
