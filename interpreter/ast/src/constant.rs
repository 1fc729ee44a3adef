//! Literal values held by `Constant` nodes and `MatchSingleton` patterns.

use num_bigint::BigInt;

use crate::repr;

/// A Python constant as the parser produces it.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(Int),
    Float(f64),
    /// Literals only ever make imaginary numbers, but folding may produce a real part.
    Complex {
        real: f64,
        imag: f64,
    },
    Str(PyStr),
    Bytes(Vec<u8>),
}

/// A Python int: machine-sized when it fits, arbitrary precision otherwise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

impl Int {
    /// Normalizes a big integer to the small form where it fits.
    pub fn from_big(value: BigInt) -> Int {
        match i64::try_from(&value) {
            Ok(small) => Int::Small(small),
            Err(_) => Int::Big(value),
        }
    }
}

/// A Python str: a sequence of code points, lone surrogates included.
///
/// Stored as generalized UTF-8 (WTF-8): valid UTF-8 except that a surrogate code point is encoded
/// with the three-byte form UTF-8 forbids. Text without surrogates is therefore plain UTF-8.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct PyStr {
    bytes: Vec<u8>,
}

impl PyStr {
    pub fn new() -> PyStr {
        PyStr::default()
    }

    /// A str from generalized UTF-8 bytes (the caller guarantees the encoding).
    pub fn from_wtf8(bytes: Vec<u8>) -> PyStr {
        PyStr { bytes }
    }

    pub fn from_text(text: &str) -> PyStr {
        PyStr { bytes: text.as_bytes().to_vec() }
    }

    pub fn push_str(&mut self, text: &str) {
        self.bytes.extend_from_slice(text.as_bytes());
    }

    pub fn push_pystr(&mut self, other: &PyStr) {
        self.bytes.extend_from_slice(&other.bytes);
    }

    /// Appends one code point (0..=0x10FFFF, surrogates allowed).
    pub fn push(&mut self, code: u32) {
        match char::from_u32(code) {
            Some(c) => {
                let mut buf = [0; 4];
                self.bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            None => {
                debug_assert!((0xD800..0xE000).contains(&code));
                self.bytes.push(0xE0 | (code >> 12) as u8);
                self.bytes.push(0x80 | ((code >> 6) & 0x3F) as u8);
                self.bytes.push(0x80 | (code & 0x3F) as u8);
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The text, if it holds no lone surrogate.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }

    /// The WTF-8 bytes.
    /// The text, with each lone surrogate shown as U+FFFD (for messages and listings).
    pub fn to_string_lossy(&self) -> String {
        self.code_points().map(|c| char::from_u32(c).unwrap_or('\u{FFFD}')).collect()
    }

    pub fn as_wtf8(&self) -> &[u8] {
        &self.bytes
    }

    /// The code points in order.
    pub fn code_points(&self) -> impl Iterator<Item = u32> + Clone + '_ {
        let mut i = 0;
        let bytes = &self.bytes;
        std::iter::from_fn(move || {
            let first = *bytes.get(i)? as u32;
            let (len, init) = match first {
                0x00..=0x7F => (1, first),
                0xC0..=0xDF => (2, first & 0x1F),
                0xE0..=0xEF => (3, first & 0x0F),
                _ => (4, first & 0x07),
            };
            let mut code = init;
            for k in 1..len {
                code = (code << 6) | (bytes[i + k] as u32 & 0x3F);
            }
            i += len;
            Some(code)
        })
    }
}

impl Constant {
    /// `repr()` of the value, as CPython prints it.
    pub fn repr(&self) -> String {
        match self {
            Constant::None => "None".into(),
            Constant::Bool(true) => "True".into(),
            Constant::Bool(false) => "False".into(),
            Constant::Ellipsis => "Ellipsis".into(),
            Constant::Int(Int::Small(v)) => v.to_string(),
            Constant::Int(Int::Big(v)) => v.to_string(),
            Constant::Float(v) => repr::float_repr(*v),
            Constant::Complex { real, imag } => repr::complex_repr(*real, *imag),
            Constant::Str(s) => repr::str_repr(s.code_points()),
            Constant::Bytes(b) => repr::bytes_repr(b),
        }
    }
}
