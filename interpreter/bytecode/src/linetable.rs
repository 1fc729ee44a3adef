//! `co_linetable`: the positions of a code object's instructions in CPython 3.12's location
//! table format (one code unit per instruction here, as Ferrython's code has no CACHE words).
//!
//! Each entry covers 1 to 8 code units. Its first byte has the high bit set, a 4-bit form code
//! (bits 3..7) and the unit count minus one (bits 0..3). Lines are stored as deltas from the
//! previous entry's line (starting at `co_firstlineno`); entries without a line leave it as is.
//! - 15: no location;
//! - 14: long form: signed varint line delta, varints end-line delta, column + 1, end column + 1;
//! - 13: no columns: signed varint line delta;
//! - 10 to 12: one line, line delta `code - 10`, then a column byte and an end column byte;
//! - 0 to 9: same line, column `code * 8 + (byte >> 4)`, end column `column + (byte & 15)`.
//!
//! Varints hold 6 bits a byte, least significant first, bit 6 set on every byte but the last;
//! a signed varint keeps the sign in its lowest bit.

use crate::code::Position;

/// The location table of `positions`, lines relative to `firstlineno`.
pub fn encode(positions: &[Position], firstlineno: u32) -> Vec<u8> {
    let mut out = Vec::new();
    let mut line = i64::from(firstlineno);
    let mut i = 0;
    while i < positions.len() {
        let position = positions[i];
        let mut units = 1;
        while units < 8 && i + units < positions.len() && positions[i + units] == position {
            units += 1;
        }
        entry(&mut out, &position, units, &mut line);
        i += units;
    }
    out
}

fn entry(out: &mut Vec<u8>, p: &Position, units: usize, line: &mut i64) {
    let head = |code: u8| 0x80 | (code << 3) | (units as u8 - 1);
    let Some(lineno) = p.lineno else {
        out.push(head(15));
        return;
    };
    let delta = i64::from(lineno) - *line;
    *line = i64::from(lineno);
    let (Some(col), Some(end_col)) = (p.col_offset, p.end_col_offset) else {
        out.push(head(13));
        signed_varint(out, delta);
        return;
    };
    let same_line = p.end_lineno == Some(lineno);
    if same_line && delta == 0 && col < 80 && end_col >= col && end_col - col < 16 {
        out.push(head((col / 8) as u8));
        out.push((((col % 8) << 4) | (end_col - col)) as u8);
    } else if same_line && (0..3).contains(&delta) && col < 128 && end_col < 128 {
        out.push(head(10 + delta as u8));
        out.push(col as u8);
        out.push(end_col as u8);
    } else {
        out.push(head(14));
        signed_varint(out, delta);
        varint(out, u64::from(p.end_lineno.unwrap_or(lineno).saturating_sub(lineno)));
        varint(out, u64::from(col) + 1);
        varint(out, u64::from(end_col) + 1);
    }
}

fn varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 64 {
        out.push(0x40 | (value & 63) as u8);
        value >>= 6;
    }
    out.push(value as u8);
}

fn signed_varint(out: &mut Vec<u8>, value: i64) {
    let magnitude = value.unsigned_abs();
    varint(out, if value < 0 { (magnitude << 1) | 1 } else { magnitude << 1 });
}

/// The positions of `count` instructions read from a location table (as `code.replace`
/// takes one); units the table does not reach, or a malformed rest, have no location.
pub fn decode(table: &[u8], firstlineno: u32, count: usize) -> Vec<Position> {
    let mut positions = Vec::with_capacity(count);
    let mut line = i64::from(firstlineno);
    let mut bytes = table.iter().copied();
    while positions.len() < count {
        let Some(first) = bytes.next() else { break };
        if first & 0x80 == 0 {
            break;
        }
        let code = (first >> 3) & 15;
        let units = usize::from(first & 7) + 1;
        let position = match read_entry(code, &mut bytes, &mut line) {
            Some(position) => position,
            None => break,
        };
        positions.extend(std::iter::repeat_n(position, units.min(count - positions.len())));
    }
    positions.resize(count, Position::default());
    positions
}

fn read_entry(code: u8, bytes: &mut impl Iterator<Item = u8>, line: &mut i64) -> Option<Position> {
    let to_u32 = |v: i64| u32::try_from(v).ok();
    match code {
        15 => Some(Position::default()),
        14 => {
            *line += read_signed_varint(bytes)?;
            let end = *line + i64::try_from(read_varint(bytes)?).ok()?;
            let col = read_varint(bytes)?;
            let end_col = read_varint(bytes)?;
            let column = |v: u64| if v == 0 { None } else { u32::try_from(v - 1).ok() };
            Some(Position {
                lineno: to_u32(*line),
                end_lineno: to_u32(end),
                col_offset: column(col),
                end_col_offset: column(end_col),
            })
        }
        13 => {
            *line += read_signed_varint(bytes)?;
            Some(Position { lineno: to_u32(*line), end_lineno: to_u32(*line), ..Position::default() })
        }
        10..=12 => {
            *line += i64::from(code - 10);
            let (col, end_col) = (bytes.next()?, bytes.next()?);
            Some(Position {
                lineno: to_u32(*line),
                end_lineno: to_u32(*line),
                col_offset: Some(u32::from(col)),
                end_col_offset: Some(u32::from(end_col)),
            })
        }
        _ => {
            let second = bytes.next()?;
            let col = u32::from(code) * 8 + u32::from(second >> 4);
            Some(Position {
                lineno: to_u32(*line),
                end_lineno: to_u32(*line),
                col_offset: Some(col),
                end_col_offset: Some(col + u32::from(second & 15)),
            })
        }
    }
}

fn read_varint(bytes: &mut impl Iterator<Item = u8>) -> Option<u64> {
    let mut value = 0u64;
    let mut shift = 0;
    loop {
        let byte = bytes.next()?;
        value |= u64::from(byte & 63).checked_shl(shift)?;
        if byte & 64 == 0 {
            return Some(value);
        }
        shift += 6;
        if shift > 60 {
            return None;
        }
    }
}

fn read_signed_varint(bytes: &mut impl Iterator<Item = u8>) -> Option<i64> {
    let raw = read_varint(bytes)?;
    let magnitude = i64::try_from(raw >> 1).ok()?;
    Some(if raw & 1 == 1 { -magnitude } else { magnitude })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32, end: u32, col: u32, end_col: u32) -> Position {
        Position { lineno: Some(line), end_lineno: Some(end), col_offset: Some(col), end_col_offset: Some(end_col) }
    }

    #[test]
    fn tables_round_trip() {
        let positions = vec![
            at(3, 3, 0, 0),
            at(4, 4, 4, 9),
            at(4, 4, 4, 9),
            Position::default(),
            at(6, 6, 100, 120),
            at(2, 2, 1, 2),
            at(9, 12, 4, 300),
            Position { lineno: Some(9), end_lineno: Some(9), col_offset: None, end_col_offset: None },
        ];
        let table = encode(&positions, 3);
        assert_eq!(decode(&table, 3, positions.len()), positions);
    }

    #[test]
    fn no_location_entries_cover_their_units() {
        let positions = decode(b"\xf8\xf8\xf8\xf9\xf8\xf8\xf8", 1, 10);
        assert!(positions.iter().all(|p| p.lineno.is_none()));
        assert_eq!(positions.len(), 10);
    }
}
