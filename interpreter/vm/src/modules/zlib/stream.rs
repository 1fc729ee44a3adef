//! The compression streams behind `zlib`, free of Python objects: a deflater and an inflater
//! for the three containers `wbits` chooses (zlib, raw deflate, gzip), over flate2's raw and
//! zlib streams. The gzip header and trailer (RFC 1952) are written and checked here, which
//! also lets wbits 40 to 47 tell gzip from zlib by the first byte.

use flate2::{Compress, Compression, Crc, Decompress, FlushCompress, FlushDecompress, Status};

/// The container of a stream, from `wbits`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Container {
    Zlib,
    Raw,
    Gzip,
    /// Decompression only: zlib or gzip, whichever the first bytes say.
    Detect,
}

impl Container {
    /// The container `wbits` asks for when compressing, None when it is out of range.
    pub fn for_compress(wbits: i64) -> Option<Container> {
        match wbits {
            9..=15 => Some(Container::Zlib),
            -15..=-9 => Some(Container::Raw),
            25..=31 => Some(Container::Gzip),
            _ => None,
        }
    }

    /// The container `wbits` asks for when decompressing (0: the window the header names).
    pub fn for_decompress(wbits: i64) -> Option<Container> {
        match wbits {
            0 | 8..=15 => Some(Container::Zlib),
            -15..=-8 => Some(Container::Raw),
            24..=31 => Some(Container::Gzip),
            40..=47 => Some(Container::Detect),
            _ => None,
        }
    }
}

/// A failure, as zlib numbers and words it.
#[derive(Debug, PartialEq, Eq)]
pub struct StreamError {
    pub code: i32,
    pub message: String,
}

fn data_error(message: impl Into<String>) -> StreamError {
    StreamError { code: -3, message: message.into() }
}

/// Flush modes, with zlib's numbers.
pub const Z_NO_FLUSH: i64 = 0;
pub const Z_PARTIAL_FLUSH: i64 = 1;
pub const Z_SYNC_FLUSH: i64 = 2;
pub const Z_FULL_FLUSH: i64 = 3;
pub const Z_FINISH: i64 = 4;

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// The gzip header zlib writes: deflate, no flags, no time, then the extra flags (2 for the
/// slowest compression, 4 for the fastest two levels, else 0) and the operating system (3, Unix, as zlib
/// built for a Unix says; 255, unknown, elsewhere).
fn gzip_header(level: u32) -> [u8; 10] {
    let extra_flags = match level {
        9 => 2,
        0 | 1 => 4,
        _ => 0,
    };
    let os = if cfg!(unix) { 3 } else { 255 };
    [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, extra_flags, os]
}

/// A compression stream (`zlib.compressobj`).
pub struct Deflater {
    /// The compression level (for the gzip header's extra flags).
    level: u32,
    stream: Compress,
    container: Container,
    header_written: bool,
    /// The checksum and length of the input, for a gzip trailer.
    crc: Crc,
    finished: bool,
}

impl Deflater {
    /// `level` is -1 (the default, 6) or 0 to 9; the caller has checked it.
    pub fn new(level: i64, container: Container) -> Deflater {
        let level = if level < 0 { Compression::default() } else { Compression::new(level as u32) };
        Deflater {
            level: level.level(),
            stream: Compress::new(level, container == Container::Zlib),
            container,
            header_written: false,
            crc: Crc::new(),
            finished: false,
        }
    }

    /// Compresses `input` and flushes as `mode` asks, returning the output made.
    pub fn compress(&mut self, input: &[u8], mode: i64) -> Result<Vec<u8>, StreamError> {
        let mut out = Vec::new();
        if self.finished {
            // zlib's stream is over: more data is an error, a flush makes nothing.
            return if input.is_empty() { Ok(out) } else { Err(StreamError { code: -2, message: "".into() }) };
        }
        if self.container == Container::Gzip && !self.header_written {
            out.extend_from_slice(&gzip_header(self.level));
            self.header_written = true;
        }
        self.crc.update(input);
        let flush = match mode {
            Z_NO_FLUSH => FlushCompress::None,
            Z_PARTIAL_FLUSH => FlushCompress::Partial,
            Z_SYNC_FLUSH => FlushCompress::Sync,
            Z_FULL_FLUSH => FlushCompress::Full,
            _ => FlushCompress::Finish,
        };
        let mut consumed = 0;
        loop {
            out.reserve(input.len() / 2 + 1024);
            let before = (self.stream.total_in(), self.stream.total_out());
            let status = self
                .stream
                .compress_vec(&input[consumed..], &mut out, flush)
                .map_err(|err| StreamError { code: -2, message: err.to_string() })?;
            consumed += (self.stream.total_in() - before.0) as usize;
            let stalled = (self.stream.total_in(), self.stream.total_out()) == before;
            let room_left = out.len() < out.capacity();
            match status {
                Status::StreamEnd => {
                    self.finished = true;
                    break;
                }
                _ if consumed == input.len() && (room_left || stalled) && !matches!(flush, FlushCompress::Finish) => {
                    break
                }
                Status::BufError if stalled && room_left => break,
                _ => {}
            }
        }
        if self.finished && self.container == Container::Gzip {
            out.extend_from_slice(&self.crc.sum().to_le_bytes());
            out.extend_from_slice(&self.crc.amount().to_le_bytes());
        }
        Ok(out)
    }
}

/// Where a gzip inflater is in its container.
enum GzipStage {
    Header,
    Body,
    Trailer,
}

/// A decompression stream (`zlib.decompressobj`).
pub struct Inflater {
    stream: Option<Decompress>,
    container: Container,
    stage: GzipStage,
    /// Input held back while a header or trailer is incomplete.
    held: Vec<u8>,
    crc: Crc,
    /// Set when the end of the compressed stream was read.
    pub eof: bool,
}

impl Inflater {
    pub fn new(container: Container) -> Inflater {
        let stream = match container {
            Container::Zlib => Some(Decompress::new(true)),
            Container::Raw => Some(Decompress::new(false)),
            Container::Gzip | Container::Detect => None,
        };
        Inflater { stream, container, stage: GzipStage::Header, held: Vec::new(), crc: Crc::new(), eof: false }
    }

    /// Decompresses `input`, making at most `max_length` bytes (0: no limit). Returns the
    /// output and how much of `input` was used; what follows the end of the stream is left.
    pub fn decompress(&mut self, input: &[u8], max_length: usize) -> Result<(Vec<u8>, usize), StreamError> {
        let mut used = 0;
        let mut out = Vec::new();
        if self.container == Container::Detect {
            if input.is_empty() && self.held.is_empty() {
                return Ok((out, 0));
            }
            let first = self.held.first().or(input.first()).copied();
            self.container = if first == Some(GZIP_MAGIC[0]) { Container::Gzip } else { Container::Zlib };
            if self.container == Container::Zlib {
                self.stream = Some(Decompress::new(true));
            }
        }
        if self.container == Container::Gzip {
            if let GzipStage::Header = self.stage {
                self.held.extend_from_slice(input);
                used = input.len();
                let Some(header_len) = gzip_header_len(&self.held)? else { return Ok((out, used)) };
                // Give back what follows the header: it is the body.
                let body = self.held.split_off(header_len);
                used -= body.len();
                self.held.clear();
                self.stage = GzipStage::Body;
                self.stream = Some(Decompress::new(false));
                let (more, body_used) = self.inflate(&body, max_length, &mut out)?;
                let _ = more;
                return self.after_body(input, used + body_used, out);
            }
            if let GzipStage::Trailer = self.stage {
                return self.read_trailer(input, 0, out);
            }
        }
        let (_, consumed) = self.inflate(input, max_length, &mut out)?;
        used += consumed;
        self.after_body(input, used, out)
    }

    /// Runs the deflate stream over `input` into `out`; returns whether it ended, and the
    /// input used.
    fn inflate(&mut self, input: &[u8], max_length: usize, out: &mut Vec<u8>) -> Result<(bool, usize), StreamError> {
        let Some(stream) = self.stream.as_mut() else { return Ok((false, 0)) };
        let mut consumed = 0;
        let start = out.len();
        loop {
            let limit = if max_length == 0 { usize::MAX } else { max_length - (out.len() - start) };
            if limit == 0 {
                break;
            }
            let chunk = (input.len() - consumed).saturating_mul(3).clamp(1024, 1 << 20).min(limit);
            out.reserve(chunk);
            let spare = out.capacity() - out.len();
            if spare > limit {
                // decompress_vec fills the spare capacity: cap it at the limit.
                let mut piece = Vec::with_capacity(limit);
                let status = run_inflate(stream, &input[consumed..], &mut piece, &mut consumed)?;
                out.extend_from_slice(&piece);
                if status == Status::StreamEnd {
                    self.eof = true;
                    break;
                }
                if piece.is_empty() {
                    break;
                }
                continue;
            }
            let before = out.len();
            let status = run_inflate(stream, &input[consumed..], out, &mut consumed)?;
            if status == Status::StreamEnd {
                self.eof = true;
                break;
            }
            if out.len() == before && (consumed == input.len() || status == Status::BufError) {
                break;
            }
        }
        if self.container == Container::Gzip {
            self.crc.update(&out[start..]);
        }
        Ok((self.eof, consumed))
    }

    /// After the deflate body ended: a gzip stream goes on with its trailer.
    fn after_body(&mut self, input: &[u8], used: usize, out: Vec<u8>) -> Result<(Vec<u8>, usize), StreamError> {
        if self.container == Container::Gzip && self.eof {
            if let GzipStage::Body = self.stage {
                self.stage = GzipStage::Trailer;
                self.eof = false;
                return self.read_trailer(input, used, out);
            }
        }
        Ok((out, used))
    }

    /// Reads the 8-byte gzip trailer (CRC-32, length) from `input[used..]` and checks it.
    fn read_trailer(&mut self, input: &[u8], used: usize, out: Vec<u8>) -> Result<(Vec<u8>, usize), StreamError> {
        let wanted = 8 - self.held.len();
        let take = wanted.min(input.len() - used);
        self.held.extend_from_slice(&input[used..used + take]);
        if self.held.len() < 8 {
            return Ok((out, used + take));
        }
        let word = |i: usize| u32::from_le_bytes([self.held[i], self.held[i + 1], self.held[i + 2], self.held[i + 3]]);
        if word(0) != self.crc.sum() {
            return Err(data_error("incorrect data check"));
        }
        if word(4) != self.crc.amount() {
            return Err(data_error("incorrect length check"));
        }
        self.held.clear();
        self.eof = true;
        Ok((out, used + take))
    }
}

fn run_inflate(
    stream: &mut Decompress,
    input: &[u8],
    out: &mut Vec<u8>,
    consumed: &mut usize,
) -> Result<Status, StreamError> {
    let before = stream.total_in();
    let status = stream.decompress_vec(input, out, FlushDecompress::None).map_err(|err| {
        // flate2 puts its own words before zlib's message.
        let text = err.to_string();
        data_error(text.strip_prefix("deflate decompression error: ").unwrap_or(&text))
    })?;
    *consumed += (stream.total_in() - before) as usize;
    Ok(status)
}

/// The length of a complete gzip header at the start of `bytes`, None while it is incomplete.
fn gzip_header_len(bytes: &[u8]) -> Result<Option<usize>, StreamError> {
    if bytes.iter().zip(GZIP_MAGIC).any(|(a, b)| *a != b) {
        return Err(data_error("incorrect header check"));
    }
    if bytes.get(2).is_some_and(|method| *method != 8) {
        return Err(data_error("unknown compression method"));
    }
    if bytes.len() < 10 {
        return Ok(None);
    }
    let flags = bytes[3];
    let mut at = 10;
    if flags & 0x04 != 0 {
        // FEXTRA: a two-byte length, then that many bytes.
        let Some(len) = bytes.get(at..at + 2) else { return Ok(None) };
        at += 2 + u16::from_le_bytes([len[0], len[1]]) as usize;
    }
    for flag in [0x08, 0x10] {
        // FNAME, FCOMMENT: zero-terminated.
        if flags & flag != 0 {
            let Some(end) = bytes.get(at..).and_then(|rest| rest.iter().position(|b| *b == 0)) else { return Ok(None) };
            at += end + 1;
        }
    }
    if flags & 0x02 != 0 {
        at += 2;
    }
    Ok((bytes.len() >= at).then_some(at))
}

/// The Adler-32 checksum of `data`, continuing from `value`.
pub fn adler32(data: &[u8], value: u32) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (value & 0xffff, value >> 16);
    // 5552 bytes is the most that can be summed before the 32-bit sums can overflow.
    for chunk in data.chunks(5552) {
        for byte in chunk {
            a += u32::from(*byte);
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

/// The CRC-32 of `data`, continuing from `value`.
pub fn crc32(data: &[u8], value: u32) -> u32 {
    let mut hasher = crc32fast::Hasher::new_with_initial(value);
    hasher.update(data);
    hasher.finalize()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(container: Container, data: &[u8]) {
        let mut deflater = Deflater::new(-1, container);
        let mut packed = deflater.compress(data, Z_NO_FLUSH).expect("compresses");
        packed.extend(deflater.compress(b"", Z_FINISH).expect("finishes"));
        let mut inflater = Inflater::new(container);
        let mut out = Vec::new();
        // Fed a byte at a time: headers and trailers split anywhere.
        for byte in &packed {
            let (piece, used) = inflater.decompress(std::slice::from_ref(byte), 0).expect("decompresses");
            assert_eq!(used, 1);
            out.extend(piece);
        }
        assert!(inflater.eof, "{container:?} ends");
        assert_eq!(out, data);
    }

    #[test]
    fn every_container_round_trips() {
        let data: Vec<u8> = (0..20_000u32).map(|i| (i * 7 % 251) as u8).collect();
        for container in [Container::Zlib, Container::Raw, Container::Gzip] {
            round_trip(container, &data);
            round_trip(container, b"");
        }
    }

    #[test]
    fn checksums_match_known_values() {
        assert_eq!(crc32(b"hello world", 0), 0x0d4a_1185);
        assert_eq!(crc32(b" world", crc32(b"hello", 0)), 0x0d4a_1185);
        assert_eq!(adler32(b"hello world", 1), 0x1a0b_045d);
        assert_eq!(adler32(b" world", adler32(b"hello", 1)), 0x1a0b_045d);
    }

    #[test]
    fn bad_headers_are_errors() {
        let mut inflater = Inflater::new(Container::Gzip);
        assert_eq!(inflater.decompress(b"PK\x03\x04", 0).map(|_| ()), Err(data_error("incorrect header check")));
    }
}
