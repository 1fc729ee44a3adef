//! Ferrython's serialized form of code objects and constants: what `.pyc` files hold after their
//! header, and what the `marshal` module reads and writes.
//!
//! The format is private to one build of the instruction set: `dumps` starts with a fingerprint
//! of the opcode table and this format's version, and `loads` refuses data whose fingerprint
//! differs, so that a cache written by another build is never run. Every read is checked: short,
//! corrupt or foreign data gives `Invalid`, never a panic.

use ferrython_ast::{Int, PyStr};

use crate::code::{CodeFlags, CodeObject, ConstValue, ExceptionEntry, Position};
use crate::opcode::{Instruction, Opcode};

/// Bumped whenever the layout below changes.
const FORMAT_VERSION: u64 = 2;

/// Data that is not a serialized value of this build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid;

/// A hash of the opcode table and the format version: data written by a build with another
/// instruction numbering must not be read.
pub fn fingerprint() -> u64 {
    let mut hash = fnv(0xcbf2_9ce4_8422_2325 ^ FORMAT_VERSION, &[]);
    for op in Opcode::ALL {
        hash = fnv(hash, op.name().as_bytes());
        hash = fnv(hash, &[0xff]);
    }
    hash
}

/// FNV-1a over `bytes`, continuing from `hash` (also the payload checksum of `.pyc` files).
pub fn fnv(mut hash: u64, bytes: &[u8]) -> u64 {
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

// Tags of constants.
const NONE: u8 = 0;
const FALSE: u8 = 1;
const TRUE: u8 = 2;
const ELLIPSIS: u8 = 3;
const SMALL_INT: u8 = 4;
const BIG_INT: u8 = 5;
const FLOAT: u8 = 6;
const COMPLEX: u8 = 7;
const STR: u8 = 8;
const BYTES: u8 = 9;
const TUPLE: u8 = 10;
const FROZENSET: u8 = 11;
const CODE: u8 = 12;

/// The serialized form of a constant (a code object is `ConstValue::Code`).
pub fn dumps(value: &ConstValue) -> Vec<u8> {
    let mut out = Vec::with_capacity(4096);
    out.extend_from_slice(&fingerprint().to_le_bytes());
    write_const(&mut out, value);
    out
}

/// Reads back what `dumps` wrote, all of it.
pub fn loads(data: &[u8]) -> Result<ConstValue, Invalid> {
    let mut reader = Reader { data, pos: 0 };
    if reader.u64()? != fingerprint() {
        return Err(Invalid);
    }
    let value = reader.constant(0)?;
    if reader.pos != data.len() {
        return Err(Invalid);
    }
    Ok(value)
}

fn write_len(out: &mut Vec<u8>, len: usize) {
    out.extend_from_slice(&(len as u32).to_le_bytes());
}

fn write_u32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn write_bytes(out: &mut Vec<u8>, bytes: &[u8]) {
    write_len(out, bytes.len());
    out.extend_from_slice(bytes);
}

fn write_str(out: &mut Vec<u8>, text: &PyStr) {
    write_bytes(out, text.as_wtf8());
}

fn write_strs(out: &mut Vec<u8>, items: &[PyStr]) {
    write_len(out, items.len());
    for item in items {
        write_str(out, item);
    }
}

/// An unsigned number in LEB128: seven bits a byte, low bits first.
fn write_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

/// An optional number relative to `base`: 0 for None, else the zigzag-coded difference plus one.
/// Positions change little from one instruction to the next, so most take a byte.
fn write_relative(out: &mut Vec<u8>, value: Option<u32>, base: u32) {
    match value {
        None => out.push(0),
        Some(v) => {
            let delta = i64::from(v) - i64::from(base);
            write_varint(out, ((delta << 1) ^ (delta >> 63)) as u64 + 1);
        }
    }
}

/// The instructions' positions, each relative to the one before (lines) or to its own start
/// (the end line).
fn write_positions(out: &mut Vec<u8>, positions: &[Position]) {
    let mut line = 0;
    for p in positions {
        write_relative(out, p.lineno, line);
        let start = p.lineno.unwrap_or(line);
        write_relative(out, p.end_lineno, start);
        write_relative(out, p.col_offset, 0);
        write_relative(out, p.end_col_offset, p.col_offset.unwrap_or(0));
        line = start;
    }
}

fn write_const(out: &mut Vec<u8>, value: &ConstValue) {
    match value {
        ConstValue::None => out.push(NONE),
        ConstValue::Bool(false) => out.push(FALSE),
        ConstValue::Bool(true) => out.push(TRUE),
        ConstValue::Ellipsis => out.push(ELLIPSIS),
        ConstValue::Int(Int::Small(i)) => {
            out.push(SMALL_INT);
            out.extend_from_slice(&i.to_le_bytes());
        }
        ConstValue::Int(Int::Big(big)) => {
            out.push(BIG_INT);
            write_bytes(out, &big.to_signed_bytes_le());
        }
        ConstValue::Float(f) => {
            out.push(FLOAT);
            out.extend_from_slice(&f.to_bits().to_le_bytes());
        }
        ConstValue::Complex { real, imag } => {
            out.push(COMPLEX);
            out.extend_from_slice(&real.to_bits().to_le_bytes());
            out.extend_from_slice(&imag.to_bits().to_le_bytes());
        }
        ConstValue::Str(s) => {
            out.push(STR);
            write_str(out, s);
        }
        ConstValue::Bytes(b) => {
            out.push(BYTES);
            write_bytes(out, b);
        }
        ConstValue::Tuple(items) | ConstValue::FrozenSet(items) => {
            out.push(if matches!(value, ConstValue::Tuple(_)) { TUPLE } else { FROZENSET });
            write_len(out, items.len());
            for item in items {
                write_const(out, item);
            }
        }
        ConstValue::Code(code) => {
            out.push(CODE);
            write_code(out, code);
        }
    }
}

fn write_code(out: &mut Vec<u8>, code: &CodeObject) {
    write_str(out, &code.name);
    write_str(out, &code.qualname);
    write_bytes(out, code.filename.as_bytes());
    for value in [code.firstlineno, code.argcount, code.posonlyargcount, code.kwonlyargcount, code.flags.0] {
        write_u32(out, value);
    }
    write_u32(out, code.max_stack);
    for table in [&code.varnames, &code.cellvars, &code.freevars, &code.names] {
        write_strs(out, table);
    }
    write_len(out, code.consts.len());
    for constant in &code.consts {
        write_const(out, constant);
    }
    write_len(out, code.instructions.len());
    for instruction in &code.instructions {
        write_u32(out, instruction.word());
    }
    // One position per instruction (checked when read).
    write_positions(out, &code.positions);
    write_len(out, code.exception_table.len());
    for e in &code.exception_table {
        for value in [e.start, e.end, e.target, e.depth, u32::from(e.push_lasti)] {
            write_u32(out, value);
        }
    }
}

/// How deeply code objects and tuples may nest in data read back (the compiler's own limit is
/// far below).
const MAX_DEPTH: usize = 2000;

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Result<&[u8], Invalid> {
        let end = self.pos.checked_add(n).ok_or(Invalid)?;
        let bytes = self.data.get(self.pos..end).ok_or(Invalid)?;
        self.pos = end;
        Ok(bytes)
    }

    fn u8(&mut self) -> Result<u8, Invalid> {
        Ok(self.take(1)?[0])
    }

    fn u32(&mut self) -> Result<u32, Invalid> {
        let bytes = self.take(4)?;
        Ok(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    fn u64(&mut self) -> Result<u64, Invalid> {
        let mut word = [0u8; 8];
        word.copy_from_slice(self.take(8)?);
        Ok(u64::from_le_bytes(word))
    }

    /// A count of items that each take at least `min_size` bytes: never more than the data left
    /// could hold, so a corrupt count cannot make a huge allocation.
    fn count(&mut self, min_size: usize) -> Result<usize, Invalid> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_size) > self.data.len() - self.pos {
            return Err(Invalid);
        }
        Ok(n)
    }

    fn bytes(&mut self) -> Result<Vec<u8>, Invalid> {
        let n = self.count(1)?;
        Ok(self.take(n)?.to_vec())
    }

    fn pystr(&mut self) -> Result<PyStr, Invalid> {
        let bytes = self.bytes()?;
        // Generalized UTF-8 (surrogates allowed): check it is at least well formed.
        if !wtf8_well_formed(&bytes) {
            return Err(Invalid);
        }
        Ok(PyStr::from_wtf8(bytes))
    }

    fn strs(&mut self) -> Result<Vec<PyStr>, Invalid> {
        let n = self.count(4)?;
        (0..n).map(|_| self.pystr()).collect()
    }

    fn varint(&mut self) -> Result<u64, Invalid> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.u8()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(Invalid)
    }

    /// What `write_relative` wrote against `base`.
    fn relative(&mut self, base: u32) -> Result<Option<u32>, Invalid> {
        let coded = self.varint()?;
        if coded == 0 {
            return Ok(None);
        }
        let zigzag = coded - 1;
        let delta = (zigzag >> 1) as i64 ^ -((zigzag & 1) as i64);
        let value = i64::from(base).checked_add(delta).ok_or(Invalid)?;
        u32::try_from(value).map(Some).map_err(|_| Invalid)
    }

    fn positions(&mut self, n: usize) -> Result<Vec<Position>, Invalid> {
        let mut positions = Vec::with_capacity(n);
        let mut line = 0;
        for _ in 0..n {
            let lineno = self.relative(line)?;
            let start = lineno.unwrap_or(line);
            let end_lineno = self.relative(start)?;
            let col_offset = self.relative(0)?;
            let end_col_offset = self.relative(col_offset.unwrap_or(0))?;
            positions.push(Position { lineno, end_lineno, col_offset, end_col_offset });
            line = start;
        }
        Ok(positions)
    }

    fn constant(&mut self, depth: usize) -> Result<ConstValue, Invalid> {
        if depth > MAX_DEPTH {
            return Err(Invalid);
        }
        Ok(match self.u8()? {
            NONE => ConstValue::None,
            FALSE => ConstValue::Bool(false),
            TRUE => ConstValue::Bool(true),
            ELLIPSIS => ConstValue::Ellipsis,
            SMALL_INT => ConstValue::Int(Int::Small(self.u64()? as i64)),
            BIG_INT => ConstValue::Int(Int::from_big(num_bigint::BigInt::from_signed_bytes_le(&self.bytes()?))),
            FLOAT => ConstValue::Float(f64::from_bits(self.u64()?)),
            COMPLEX => ConstValue::Complex { real: f64::from_bits(self.u64()?), imag: f64::from_bits(self.u64()?) },
            STR => ConstValue::Str(self.pystr()?),
            BYTES => ConstValue::Bytes(self.bytes()?),
            tag @ (TUPLE | FROZENSET) => {
                let n = self.count(1)?;
                let items = (0..n).map(|_| self.constant(depth + 1)).collect::<Result<Vec<_>, _>>()?;
                if tag == TUPLE {
                    ConstValue::Tuple(items)
                } else {
                    ConstValue::FrozenSet(items)
                }
            }
            CODE => ConstValue::Code(Box::new(self.code(depth + 1)?)),
            _ => return Err(Invalid),
        })
    }

    fn code(&mut self, depth: usize) -> Result<CodeObject, Invalid> {
        let name = self.pystr()?;
        let qualname = self.pystr()?;
        let filename = String::from_utf8(self.bytes()?).map_err(|_| Invalid)?;
        let [firstlineno, argcount, posonlyargcount, kwonlyargcount, flags] =
            [self.u32()?, self.u32()?, self.u32()?, self.u32()?, self.u32()?];
        let max_stack = self.u32()?;
        let (varnames, cellvars, freevars, names) = (self.strs()?, self.strs()?, self.strs()?, self.strs()?);
        let n = self.count(1)?;
        let consts = (0..n).map(|_| self.constant(depth)).collect::<Result<Vec<_>, _>>()?;
        // Each instruction takes 4 bytes, and its position at least 4 more.
        let n = self.count(4 + 4)?;
        let mut instructions = Vec::with_capacity(n);
        for _ in 0..n {
            let word = self.u32()?;
            let op = Opcode::from_u8((word & 0xFF) as u8).ok_or(Invalid)?;
            instructions.push(Instruction::new(op, word >> 8));
        }
        let positions = self.positions(n)?;
        let rows = self.count(20)?;
        let mut exception_table = Vec::with_capacity(rows);
        for _ in 0..rows {
            let [start, end, target, depth, lasti] = [self.u32()?, self.u32()?, self.u32()?, self.u32()?, self.u32()?];
            exception_table.push(ExceptionEntry { start, end, target, depth, push_lasti: lasti != 0 });
        }
        let code = CodeObject {
            name,
            qualname,
            filename,
            firstlineno,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags: CodeFlags(flags),
            varnames,
            cellvars,
            freevars,
            names,
            consts,
            instructions,
            positions,
            exception_table,
            max_stack,
        };
        // Nested code objects were verified as they were read.
        code.verify().map_err(|_| Invalid)?;
        Ok(code)
    }
}

/// Whether `bytes` is UTF-8 that may also encode surrogates (what `PyStr` holds).
fn wtf8_well_formed(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(_) => return true,
            Err(err) => {
                let bad = &rest[err.valid_up_to()..];
                // A surrogate is ED A0..BF xx.
                if bad.len() >= 3 && bad[0] == 0xED && (0xA0..=0xBF).contains(&bad[1]) && bad[2] & 0xC0 == 0x80 {
                    rest = &bad[3..];
                } else {
                    return false;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_round_trip() {
        let value = ConstValue::Tuple(vec![
            ConstValue::None,
            ConstValue::Int(Int::Small(-5)),
            ConstValue::Int(Int::from_big(num_bigint::BigInt::from(1u128 << 100))),
            ConstValue::Float(1.5),
            ConstValue::Str(PyStr::from_text("héllo")),
            ConstValue::Bytes(b"ab".to_vec()),
            ConstValue::FrozenSet(vec![ConstValue::Bool(true)]),
        ]);
        let data = dumps(&value);
        assert_eq!(loads(&data), Ok(value));
        for cut in 0..data.len() {
            assert_eq!(loads(&data[..cut]), Err(Invalid));
        }
    }

    #[test]
    fn positions_round_trip() {
        let positions = vec![
            Position { lineno: Some(7), end_lineno: Some(9), col_offset: Some(4), end_col_offset: Some(2) },
            Position { lineno: None, end_lineno: None, col_offset: None, end_col_offset: None },
            Position { lineno: Some(3), end_lineno: Some(3), col_offset: Some(0), end_col_offset: Some(300) },
            Position {
                lineno: Some(u32::MAX - 1),
                end_lineno: Some(u32::MAX - 1),
                col_offset: None,
                end_col_offset: Some(1),
            },
            Position { lineno: Some(1), end_lineno: None, col_offset: Some(70000), end_col_offset: Some(0) },
        ];
        let mut out = Vec::new();
        write_positions(&mut out, &positions);
        let mut reader = Reader { data: &out, pos: 0 };
        assert_eq!(reader.positions(positions.len()), Ok(positions));
        assert_eq!(reader.pos, out.len());
    }

    #[test]
    fn code_that_jumps_outside_itself_is_refused() {
        use crate::opcode::Opcode;
        let position = Position { lineno: Some(1), end_lineno: Some(1), col_offset: Some(0), end_col_offset: Some(1) };
        let code = |target: u32| CodeObject {
            name: PyStr::from_text("f"),
            qualname: PyStr::from_text("f"),
            filename: "f.py".into(),
            firstlineno: 1,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: CodeFlags(0),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            names: Vec::new(),
            consts: vec![ConstValue::None],
            instructions: vec![
                Instruction::new(Opcode::JUMP_FORWARD, target),
                Instruction::new(Opcode::RETURN_CONST, 0),
            ],
            positions: vec![position; 2],
            exception_table: Vec::new(),
            max_stack: 0,
        };
        let good = ConstValue::Code(Box::new(code(1)));
        assert_eq!(loads(&dumps(&good)), Ok(good));
        let forged = ConstValue::Code(Box::new(code(2)));
        assert_eq!(loads(&dumps(&forged)), Err(Invalid));
    }
}
