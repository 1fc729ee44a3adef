//! The machine formats of array pickles (protocol 3 and up): a number naming the size,
//! signedness and byte order of the items, so that a pickle made on one machine is read right
//! on another.

use crate::objects::exception::value_error;
use crate::objects::str::new_str;
use crate::value::Value;
use crate::PyResult;

use super::items::{ItemType, Kind};

/// What the items of a machine format are.
#[derive(Clone, Copy)]
enum Layout {
    Int { size: usize, signed: bool },
    Float { size: usize },
    Utf16,
    Utf32,
}

/// The layout and byte order (true: big-endian) of a machine format code: 0 and 1 are the
/// unsigned and signed bytes; then, each in little- and big-endian, the unsigned and signed
/// integers of 2, 4 and 8 bytes, float, double, UTF-16 and UTF-32.
fn layout_of(code: i64) -> Option<(Layout, bool)> {
    let layout = match code {
        0 => return Some((Layout::Int { size: 1, signed: false }, false)),
        1 => return Some((Layout::Int { size: 1, signed: true }, false)),
        2..=13 => {
            let index = (code - 2) / 2;
            Layout::Int { size: 2 << (index / 2), signed: index % 2 == 1 }
        }
        14 | 15 => Layout::Float { size: 4 },
        16 | 17 => Layout::Float { size: 8 },
        18 | 19 => Layout::Utf16,
        20 | 21 => Layout::Utf32,
        _ => return None,
    };
    Some((layout, code % 2 == 1))
}

/// The machine format code of an item type on this machine.
pub fn native_format(item: ItemType) -> u8 {
    let big = u8::from(cfg!(target_endian = "big"));
    let size_step = |size: usize| match size {
        2 => 0,
        4 => 1,
        _ => 2,
    };
    match item.kind {
        Kind::Unsigned | Kind::Signed if item.size == 1 => u8::from(item.kind == Kind::Signed),
        Kind::Unsigned => 2 + 4 * size_step(item.size) + big,
        Kind::Signed => 4 + 4 * size_step(item.size) + big,
        Kind::Float if item.size == 4 => 14 + big,
        Kind::Float => 16 + big,
        Kind::Char if item.size == 2 => 18 + big,
        Kind::Char => 20 + big,
    }
}

/// The values of `data` read in machine format `code`.
pub fn decode(code: i64, data: &[u8]) -> PyResult<Vec<Value>> {
    let (layout, big) =
        layout_of(code).ok_or_else(|| value_error("third argument must be a valid machine format code."))?;
    let size = match layout {
        Layout::Int { size, .. } | Layout::Float { size } => size,
        Layout::Utf16 => 2,
        Layout::Utf32 => 4,
    };
    if !data.len().is_multiple_of(size) {
        return Err(value_error("string length not a multiple of item size"));
    }
    let words = data.chunks_exact(size).map(|chunk| {
        let mut raw = [0u8; 8];
        raw[..size].copy_from_slice(chunk);
        if big {
            raw[..size].reverse();
        }
        u64::from_le_bytes(raw)
    });
    Ok(match layout {
        Layout::Int { size, signed } => {
            let bits = size as u32 * 8;
            words
                .map(|w| match signed {
                    true => Value::Int(((w << (64 - bits)) as i64) >> (64 - bits)),
                    false if w > i64::MAX as u64 => crate::objects::int::int_from_big(num_bigint::BigInt::from(w)),
                    false => Value::Int(w as i64),
                })
                .collect()
        }
        Layout::Float { size: 4 } => words.map(|w| Value::Float(f64::from(f32::from_bits(w as u32)))).collect(),
        Layout::Float { .. } => words.map(|w| Value::Float(f64::from_bits(w))).collect(),
        Layout::Utf16 => {
            let units: Vec<u16> = words.map(|w| w as u16).collect();
            String::from_utf16_lossy(&units).chars().map(|c| new_str(c.to_string())).collect()
        }
        Layout::Utf32 => words
            .map(|w| new_str(char::from_u32(w as u32).unwrap_or(char::REPLACEMENT_CHARACTER).to_string()))
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::modules::array::items::item_type;

    #[test]
    fn native_formats_follow_size_and_sign() {
        let little = cfg!(target_endian = "little");
        let code = |c| native_format(item_type(c).expect("typecode"));
        assert_eq!(code('B'), 0);
        assert_eq!(code('b'), 1);
        if little {
            assert_eq!([code('H'), code('h'), code('I'), code('i'), code('Q'), code('q')], [2, 4, 6, 8, 10, 12]);
            assert_eq!([code('f'), code('d'), code('u')], [14, 16, 20]);
        }
    }

    #[test]
    fn layouts_cover_every_code() {
        assert!((0..=21).all(|code| layout_of(code).is_some()));
        assert!(layout_of(22).is_none() && layout_of(-1).is_none());
        assert!(matches!(layout_of(9), Some((Layout::Int { size: 4, signed: true }, true))));
    }
}
