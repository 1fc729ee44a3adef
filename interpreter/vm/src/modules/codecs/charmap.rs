//! The single-byte code pages: which code point each byte stands for.

/// Windows-1252's bytes 0x80..=0x9F (0 where the code page leaves a byte undefined); the
/// other bytes are Latin-1's.
const CP1252_HIGH: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0,
    0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

/// The code point of a cp1252 byte, if it has one.
pub fn cp1252_decode(byte: u8) -> Option<u32> {
    match byte {
        0x80..=0x9F => Some(u32::from(CP1252_HIGH[usize::from(byte - 0x80)])).filter(|&c| c != 0),
        _ => Some(u32::from(byte)),
    }
}

/// The cp1252 byte of a code point, if it has one.
pub fn cp1252_encode(code: u32) -> Option<u8> {
    match code {
        0x80..=0x9F => None,
        0..=0xFF => Some(code as u8),
        _ => CP1252_HIGH.iter().position(|&c| u32::from(c) == code).map(|i| 0x80 + i as u8),
    }
}
