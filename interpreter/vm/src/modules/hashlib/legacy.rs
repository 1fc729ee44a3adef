//! MD5 (RFC 1321) and SHA-1 (FIPS 180-4): the two digests `hashlib` guarantees that the sha2
//! crate does not have. Both take 64-byte blocks and pad the same way, with the message length
//! in bits at the end (little-endian for MD5, big-endian for SHA-1).

/// Which of the two.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Md5,
    Sha1,
}

/// A running MD5 or SHA-1 computation.
#[derive(Clone)]
pub struct Legacy {
    kind: Kind,
    state: [u32; 5],
    block: [u8; 64],
    filled: usize,
    length: u64,
}

impl Legacy {
    pub fn new(kind: Kind) -> Legacy {
        let state = match kind {
            Kind::Md5 => [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476, 0],
            Kind::Sha1 => [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476, 0xc3d2_e1f0],
        };
        Legacy { kind, state, block: [0; 64], filled: 0, length: 0 }
    }

    pub fn update(&mut self, mut data: &[u8]) {
        self.length = self.length.wrapping_add(data.len() as u64);
        while !data.is_empty() {
            let take = (64 - self.filled).min(data.len());
            self.block[self.filled..self.filled + take].copy_from_slice(&data[..take]);
            self.filled += take;
            data = &data[take..];
            if self.filled == 64 {
                let block = self.block;
                self.compress(&block);
                self.filled = 0;
            }
        }
    }

    /// The digest of what was given so far (the computation itself goes on unchanged).
    pub fn digest(&self) -> Vec<u8> {
        let mut last = self.clone();
        let bits = self.length.wrapping_mul(8);
        last.update(&[0x80]);
        while last.filled != 56 {
            last.update(&[0]);
        }
        match self.kind {
            Kind::Md5 => last.update(&bits.to_le_bytes()),
            Kind::Sha1 => last.update(&bits.to_be_bytes()),
        }
        match self.kind {
            Kind::Md5 => last.state[..4].iter().flat_map(|w| w.to_le_bytes()).collect(),
            Kind::Sha1 => last.state.iter().flat_map(|w| w.to_be_bytes()).collect(),
        }
    }

    fn compress(&mut self, block: &[u8; 64]) {
        match self.kind {
            Kind::Md5 => md5_block(&mut self.state, block),
            Kind::Sha1 => sha1_block(&mut self.state, block),
        }
    }
}

/// MD5's per-step constants: the integer part of |sin(i + 1)| * 2^32.
const MD5_K: [u32; 64] = {
    // Written out, since `sin` cannot run in a constant.
    [
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501, 0x698098d8,
        0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340,
        0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87,
        0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
        0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039,
        0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92,
        0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb,
        0xeb86d391,
    ]
};

/// MD5's left rotations: four per round, repeated over the round's sixteen steps.
const MD5_SHIFTS: [[u32; 4]; 4] = [[7, 12, 17, 22], [5, 9, 14, 20], [4, 11, 16, 23], [6, 10, 15, 21]];

fn md5_block(state: &mut [u32; 5], block: &[u8; 64]) {
    let m: [u32; 16] = std::array::from_fn(|i| {
        u32::from_le_bytes([block[4 * i], block[4 * i + 1], block[4 * i + 2], block[4 * i + 3]])
    });
    let [mut a, mut b, mut c, mut d] = [state[0], state[1], state[2], state[3]];
    for i in 0..64 {
        let round = i / 16;
        let (f, g) = match round {
            0 => ((b & c) | (!b & d), i),
            1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        let f = f.wrapping_add(a).wrapping_add(MD5_K[i]).wrapping_add(m[g]);
        a = d;
        d = c;
        c = b;
        b = b.wrapping_add(f.rotate_left(MD5_SHIFTS[round][i % 4]));
    }
    for (word, add) in state.iter_mut().zip([a, b, c, d]) {
        *word = word.wrapping_add(add);
    }
}

fn sha1_block(state: &mut [u32; 5], block: &[u8; 64]) {
    let mut w = [0u32; 80];
    for i in 0..16 {
        w[i] = u32::from_be_bytes([block[4 * i], block[4 * i + 1], block[4 * i + 2], block[4 * i + 3]]);
    }
    for t in 16..80 {
        w[t] = (w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]).rotate_left(1);
    }
    let [mut a, mut b, mut c, mut d, mut e] = *state;
    for (t, word) in w.iter().enumerate() {
        let (f, k) = match t / 20 {
            0 => ((b & c) | (!b & d), 0x5a82_7999),
            1 => (b ^ c ^ d, 0x6ed9_eba1),
            2 => ((b & c) | (b & d) | (c & d), 0x8f1b_bcdc),
            _ => (b ^ c ^ d, 0xca62_c1d6),
        };
        let temp = a.rotate_left(5).wrapping_add(f).wrapping_add(e).wrapping_add(k).wrapping_add(*word);
        e = d;
        d = c;
        c = b.rotate_left(30);
        b = a;
        a = temp;
    }
    for (word, add) in state.iter_mut().zip([a, b, c, d, e]) {
        *word = word.wrapping_add(add);
    }
}
