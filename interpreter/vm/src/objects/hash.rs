//! `hash()` of str, bytes and memoryview as CPython computes it: SipHash-1-3 (one compression
//! round per 8-byte word, three finalization rounds) keyed by the process's 128-bit hash
//! secret, which PYTHONHASHSEED fixes or leaves random. A str is hashed as CPython's own storage
//! of it: one byte per code point when all are below 256, else two, else four (native order).
//!
//! The secret is process-wide, as in CPython: strs (and their cached hashes) are shared between
//! interpreters.

use std::sync::OnceLock;

/// What PYTHONHASHSEED asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seed {
    /// Unset, empty or "random": a key from the operating system's randomness.
    Random,
    /// An integer: 0 turns randomization off (an all-zero key); others seed CPython's LCG.
    Fixed(u32),
}

impl Seed {
    /// What `sys.flags.hash_randomization` shows.
    pub fn randomizes(self) -> bool {
        self != Seed::Fixed(0)
    }
}

/// Reads a PYTHONHASHSEED value as CPython does (C's `strtoul` in base 10, which must use up
/// the whole text): "random", or optional leading white space, an optional sign and decimal
/// digits whose value is at most 4294967295. `strtoul` negates a negative number modulo 2**64,
/// so of the negative numbers only "-0" is in range. `None` for anything else, which CPython
/// refuses at start-up.
pub fn parse_seed(text: &str) -> Option<Seed> {
    if text == "random" {
        return Some(Seed::Random);
    }
    let text = text.trim_start_matches([' ', '\t', '\n', '\x0b', '\x0c', '\r']);
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Leading zeros do not count towards the limit; the value then has at most 10 digits.
    let significant = digits.trim_start_matches('0');
    let value: u64 = if significant.is_empty() { 0 } else { significant.parse().ok()? };
    match u32::try_from(value) {
        Ok(0) => Some(Seed::Fixed(0)),
        Ok(n) if !negative => Some(Seed::Fixed(n)),
        _ => None,
    }
}

/// The SipHash key (k0, k1), chosen once.
static KEY: OnceLock<(u64, u64)> = OnceLock::new();

/// Fixes the key from `seed` (the launcher does, from PYTHONHASHSEED as the command line lets
/// it be read). False when some hash was already computed with a key of its own.
pub fn set_seed(seed: Seed) -> bool {
    let mut fresh = false;
    KEY.get_or_init(|| {
        fresh = true;
        key_for(seed)
    });
    fresh
}

/// The key; unless the launcher fixed it, PYTHONHASHSEED decides (an unreadable value gives
/// a random key: only the launcher reports it).
#[inline]
fn key() -> (u64, u64) {
    *KEY.get_or_init(|| {
        let seed = std::env::var("PYTHONHASHSEED").ok().filter(|v| !v.is_empty()).and_then(|v| parse_seed(&v));
        key_for(seed.unwrap_or(Seed::Random))
    })
}

fn key_for(seed: Seed) -> (u64, u64) {
    match seed {
        Seed::Random => random_key(),
        // CPython zeroes the whole secret when the seed is 0.
        Seed::Fixed(0) => (0, 0),
        Seed::Fixed(n) => {
            // CPython fills its 24-byte secret with a linear congruential generator; SipHash
            // keys on its first 16 bytes, two native-order words.
            let mut secret = [0u8; 16];
            let mut x = n;
            for byte in &mut secret {
                x = x.wrapping_mul(214_013).wrapping_add(2_531_011);
                *byte = (x >> 16) as u8;
            }
            let (k0, k1) = secret.split_at(8);
            (u64::from_ne_bytes(word(k0)), u64::from_ne_bytes(word(k1)))
        }
    }
}

/// 128 random bits: the standard library's `RandomState` is seeded from the operating
/// system (on WASI too), so hashing two counters with it gives two unpredictable words.
fn random_key() -> (u64, u64) {
    use std::hash::{BuildHasher, Hasher};
    let state = std::collections::hash_map::RandomState::new();
    let draw = |n: u64| {
        let mut hasher = state.build_hasher();
        hasher.write_u64(n);
        hasher.finish()
    };
    (draw(0), draw(1))
}

/// The first 8 bytes of `bytes` (which has at least 8) as an array.
#[inline(always)]
fn word(bytes: &[u8]) -> [u8; 8] {
    let mut out = [0u8; 8];
    out.copy_from_slice(&bytes[..8]);
    out
}

/// A SipHash-1-3 computation in progress, fed 8-byte words; the caller keeps the length.
struct Sip13 {
    v0: u64,
    v1: u64,
    v2: u64,
    v3: u64,
}

impl Sip13 {
    #[inline(always)]
    fn new((k0, k1): (u64, u64)) -> Sip13 {
        // The initial constants spell "somepseudorandomlygeneratedbytes".
        Sip13 {
            v0: k0 ^ 0x736f_6d65_7073_6575,
            v1: k1 ^ 0x646f_7261_6e64_6f6d,
            v2: k0 ^ 0x6c79_6765_6e65_7261,
            v3: k1 ^ 0x7465_6462_7974_6573,
        }
    }

    /// SipRound: the add-rotate-xor permutation of the four words.
    #[inline(always)]
    fn round(&mut self) {
        self.v0 = self.v0.wrapping_add(self.v1);
        self.v1 = self.v1.rotate_left(13) ^ self.v0;
        self.v0 = self.v0.rotate_left(32);
        self.v2 = self.v2.wrapping_add(self.v3);
        self.v3 = self.v3.rotate_left(16) ^ self.v2;
        self.v0 = self.v0.wrapping_add(self.v3);
        self.v3 = self.v3.rotate_left(21) ^ self.v0;
        self.v2 = self.v2.wrapping_add(self.v1);
        self.v1 = self.v1.rotate_left(17) ^ self.v2;
        self.v2 = self.v2.rotate_left(32);
    }

    /// One message word (read little-endian from the input), with one compression round.
    #[inline(always)]
    fn compress(&mut self, m: u64) {
        self.v3 ^= m;
        self.round();
        self.v0 ^= m;
    }

    /// The last word (the 0..=7 remaining bytes, with the length's low byte on top) and the
    /// three finalization rounds; the hash as Python shows it.
    #[inline(always)]
    fn finish(mut self, tail: u64, len: usize) -> i64 {
        self.compress(tail | ((len as u64) << 56));
        self.v2 ^= 0xff;
        self.round();
        self.round();
        self.round();
        python_hash(self.v0 ^ self.v1 ^ self.v2 ^ self.v3)
    }
}

/// -1 means "error" to CPython's C code, so no hash is ever -1.
#[inline(always)]
fn python_hash(h: u64) -> i64 {
    match h as i64 {
        -1 => -2,
        h => h,
    }
}

/// The hash of bytes (bytes objects, memoryviews, and ASCII or latin-1 text's storage).
#[inline]
pub fn hash_bytes(bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    let mut sip = Sip13::new(key());
    let mut words = bytes.chunks_exact(8);
    for chunk in &mut words {
        sip.compress(u64::from_le_bytes(word(chunk)));
    }
    let tail = words.remainder().iter().rev().fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
    sip.finish(tail, bytes.len())
}

/// The hash of a str given as WTF-8 (`ascii` when every byte is below 128: then the bytes are
/// already CPython's one-byte storage).
#[inline]
pub fn hash_wtf8(bytes: &[u8], ascii: bool) -> i64 {
    if ascii {
        hash_bytes(bytes)
    } else {
        hash_wide(bytes)
    }
}

/// Non-ASCII text: the code points are packed into words at the width CPython stores them
/// with, which the largest lead byte tells: below 0xC4 every code point is below 256, from
/// 0xF0 one is beyond the BMP, else the largest is in between (lone surrogates included).
#[inline(never)]
fn hash_wide(bytes: &[u8]) -> i64 {
    match bytes.iter().fold(0u8, |top, &b| top.max(b)) {
        0xF0.. => hash_units::<4>(bytes),
        0xC4.. => hash_units::<2>(bytes),
        _ => hash_units::<1>(bytes),
    }
}

/// The SipHash of the code points of WTF-8 text as `WIDTH`-byte units in native order. The
/// width divides 8, so a word is a whole number of units and no buffer is needed.
#[inline(always)]
fn hash_units<const WIDTH: usize>(bytes: &[u8]) -> i64 {
    let per_word = 8 / WIDTH;
    let mut sip = Sip13::new(key());
    let mut words = 0; // compressed
    let mut acc = 0u64; // the word being filled, with `units` units
    let mut units = 0;
    let mut i = 0;
    while let Some(&first) = bytes.get(i) {
        // Eight ASCII bytes (most of most text) are widened at once: `8 / WIDTH` units to a
        // word, shifted past the units already waiting in `acc`, whose count does not change.
        // The shifts and masks place units as little-endian bytes: only for native
        // little-endian.
        if cfg!(target_endian = "little") && first < 0x80 {
            if let Some(eight) = bytes.get(i..i + 8).map(|chunk| u64::from_le_bytes(word(chunk))) {
                if eight & 0x8080_8080_8080_8080 == 0 {
                    let waiting = (8 * WIDTH * units) as u32; // bits
                    for k in 0..WIDTH {
                        let wide = widen::<WIDTH>(eight >> (64 / WIDTH * k));
                        sip.compress(acc | (wide << waiting));
                        acc = wide.checked_shr(64 - waiting).unwrap_or(0);
                    }
                    words += WIDTH;
                    i += 8;
                    continue;
                }
            }
        }
        let code = if first < 0x80 {
            i += 1;
            u32::from(first)
        } else {
            decode_multibyte(bytes, first, &mut i)
        };
        acc |= unit::<WIDTH>(code) << (8 * WIDTH * units);
        units += 1;
        if units == per_word {
            sip.compress(acc);
            words += 1;
            acc = 0;
            units = 0;
        }
    }
    sip.finish(acc, words * 8 + units * WIDTH)
}

/// The low `8 / WIDTH` bytes of `bytes` spread out to `WIDTH` bytes each (little-endian).
#[inline(always)]
fn widen<const WIDTH: usize>(bytes: u64) -> u64 {
    match WIDTH {
        1 => bytes,
        2 => {
            let x = bytes & 0xFFFF_FFFF;
            let x = (x | (x << 16)) & 0x0000_FFFF_0000_FFFF;
            (x | (x << 8)) & 0x00FF_00FF_00FF_00FF
        }
        _ => {
            let x = bytes & 0xFFFF;
            (x | (x << 24)) & 0x0000_00FF_0000_00FF
        }
    }
}

/// A code point as a `WIDTH`-byte unit in native order, placed as the little-endian words of
/// SipHash read those bytes.
#[inline(always)]
fn unit<const WIDTH: usize>(code: u32) -> u64 {
    match WIDTH {
        1 => u64::from(code),
        2 => u64::from(u16::from_le_bytes((code as u16).to_ne_bytes())),
        _ => u64::from(u32::from_le_bytes(code.to_ne_bytes())),
    }
}

/// The code point of the 2- to 4-byte sequence at `*at`, which starts with `first` (a lone
/// surrogate is a 3-byte one like any other BMP code point), moving `*at` past it.
#[inline(always)]
fn decode_multibyte(bytes: &[u8], first: u8, at: &mut usize) -> u32 {
    let start = *at;
    let next = |k: usize| u32::from(bytes.get(start + k).map_or(0, |b| b & 0x3F));
    let first = u32::from(first);
    let (code, len) = if first < 0xE0 {
        (((first & 0x1F) << 6) | next(1), 2)
    } else if first < 0xF0 {
        (((first & 0x0F) << 12) | (next(1) << 6) | next(2), 3)
    } else {
        (((first & 0x07) << 18) | (next(1) << 12) | (next(2) << 6) | next(3), 4)
    };
    *at = start + len;
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The SipHash-1-3 of `bytes` under an explicit key.
    fn sip13(key: (u64, u64), bytes: &[u8]) -> u64 {
        let mut sip = Sip13::new(key);
        let mut words = bytes.chunks_exact(8);
        for chunk in &mut words {
            sip.compress(u64::from_le_bytes(word(chunk)));
        }
        let tail = words.remainder().iter().rev().fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
        sip.finish(tail, bytes.len()) as u64
    }

    #[test]
    fn seeds_read_as_cpython_reads_them() {
        assert_eq!(parse_seed("random"), Some(Seed::Random));
        assert_eq!(parse_seed("0"), Some(Seed::Fixed(0)));
        assert_eq!(parse_seed("-0"), Some(Seed::Fixed(0)));
        assert_eq!(parse_seed(" \t+5"), Some(Seed::Fixed(5)));
        assert_eq!(parse_seed("0004294967295"), Some(Seed::Fixed(u32::MAX)));
        for bad in ["", " ", "+", "-", "-1", "5 ", "4294967296", "0x10", "abc", "Random", "99999999999999999999999"] {
            assert_eq!(parse_seed(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn keys_match_cpython() {
        // CPython 3.12's hash(b'abc') under PYTHONHASHSEED=0, 1, 12345 and 4294967295.
        let cases = [
            (0, -4_594_863_902_769_663_758),
            (1, -4_667_308_735_975_688_587),
            (12345, 2_962_436_275_791_859_092),
            (u32::MAX, -6_122_489_556_238_538_401),
        ];
        for (seed, expected) in cases {
            assert_eq!(sip13(key_for(Seed::Fixed(seed)), b"abc") as i64, expected, "seed {seed}");
        }
    }

    #[test]
    fn text_is_hashed_as_its_storage() {
        // Whatever the key, the same as the hash of the bytes CPython stores the text in.
        let unit = |code: u32, width: usize| match width {
            1 => vec![code as u8],
            2 => (code as u16).to_ne_bytes().to_vec(),
            _ => code.to_ne_bytes().to_vec(),
        };
        let units =
            |text: &str, width: usize| -> Vec<u8> { text.chars().flat_map(|c| unit(c as u32, width)).collect() };
        let samples = [("é", 1), ("ÿé", 1), ("Āa", 2), ("€x", 2), ("é😀", 4), ("😀", 4), ("€abcdefghijklmnopq", 2)];
        for (text, width) in samples {
            for repeat in [1, 3, 8, 33] {
                // ASCII runs at every alignment, some long enough to be widened whole.
                let text = format!("{}{}", text.repeat(repeat), &"0123456789abcdefghij"[..repeat % 20]);
                assert_eq!(hash_wtf8(text.as_bytes(), false), hash_bytes(&units(&text, width)), "{text:?}");
            }
        }
        // A lone surrogate: a 3-byte sequence, stored in two bytes.
        assert_eq!(hash_wtf8(&[0xED, 0xA0, 0x80, b'x'], false), hash_bytes(&[unit(0xD800, 2), unit(0x78, 2)].concat()));
    }
}
