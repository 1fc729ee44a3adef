//! Struct format strings: the byte order and size mode of the first character, then counted
//! codes, laid out in bytes (with the platform's alignment in native mode). Free of Python
//! objects; errors are the messages of `struct.error`.

/// How the values are laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `@`: the platform's sizes, alignment and byte order.
    Native,
    /// `<`, `>`, `!` and `=`: standard sizes, no alignment, the given byte order.
    Little,
    Big,
}

impl Mode {
    pub fn little_endian(self) -> bool {
        match self {
            Mode::Native => cfg!(target_endian = "little"),
            Mode::Little => true,
            Mode::Big => false,
        }
    }
}

/// A run of `count` fields of one code, `size` bytes each, the first at `offset`. An `s` or
/// `p` field is a run of one field whose size is its byte count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Run {
    pub code: u8,
    pub offset: usize,
    pub size: usize,
    pub count: usize,
}

/// A parsed format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    pub mode: Mode,
    pub runs: Vec<Run>,
    pub size: usize,
    /// How many values the format packs.
    pub values: usize,
}

/// The size and alignment of a code in a mode; None for a code the mode does not have.
pub fn size_and_align(code: u8, mode: Mode) -> Option<(usize, usize)> {
    let size = match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'l' | b'L' => {
            if mode == Mode::Native {
                std::mem::size_of::<std::ffi::c_long>()
            } else {
                4
            }
        }
        b'n' | b'N' | b'P' if mode == Mode::Native => std::mem::size_of::<usize>(),
        _ => return None,
    };
    let align = if mode == Mode::Native { size } else { 1 };
    Some((size, align))
}

const TOO_LONG: &str = "total struct size too long";

/// Parses a format (ASCII bytes).
pub fn parse(format: &[u8]) -> Result<Layout, &'static str> {
    if format.contains(&0) {
        return Err("embedded null character");
    }
    let (mode, body) = match format.first() {
        Some(b'@') => (Mode::Native, &format[1..]),
        Some(b'<') => (Mode::Little, &format[1..]),
        Some(b'>' | b'!') => (Mode::Big, &format[1..]),
        Some(b'=') => (if cfg!(target_endian = "little") { Mode::Little } else { Mode::Big }, &format[1..]),
        _ => (Mode::Native, format),
    };
    let mut runs = Vec::new();
    let mut values: usize = 0;
    let mut offset: usize = 0;
    let mut chars = body.iter().copied().peekable();
    while let Some(mut c) = chars.next() {
        if c.is_ascii_whitespace() || c == 0x0b {
            continue;
        }
        let mut count: usize = 1;
        if c.is_ascii_digit() {
            count = usize::from(c - b'0');
            loop {
                match chars.next() {
                    Some(d) if d.is_ascii_digit() => {
                        count =
                            count.checked_mul(10).and_then(|n| n.checked_add(usize::from(d - b'0'))).ok_or(TOO_LONG)?;
                    }
                    Some(code) => {
                        c = code;
                        break;
                    }
                    None => return Err("repeat count given without format specifier"),
                }
            }
        }
        let (size, align) = size_and_align(c, mode).ok_or("bad char in struct format")?;
        offset = offset.checked_next_multiple_of(align).ok_or(TOO_LONG)?;
        match c {
            b's' | b'p' => {
                runs.push(Run { code: c, offset, size: count, count: 1 });
                values += 1;
                offset = offset.checked_add(count).ok_or(TOO_LONG)?;
            }
            b'x' => offset = offset.checked_add(count).ok_or(TOO_LONG)?,
            _ => {
                let total = count.checked_mul(size).ok_or(TOO_LONG)?;
                let end = offset.checked_add(total).ok_or(TOO_LONG)?;
                if end > isize::MAX as usize {
                    return Err(TOO_LONG);
                }
                if count > 0 {
                    runs.push(Run { code: c, offset, size, count });
                }
                values += count;
                offset = end;
            }
        }
        if offset > isize::MAX as usize {
            return Err(TOO_LONG);
        }
    }
    Ok(Layout { mode, runs, size: offset, values })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_alignment() {
        assert_eq!(parse(b"<ih").map(|l| l.size), Ok(6));
        assert_eq!(parse(b"@bi").map(|l| l.size), Ok(8));
        assert_eq!(parse(b"@b0i").map(|l| l.size), Ok(4));
        assert_eq!(parse(b"=bi").map(|l| l.size), Ok(5));
        assert_eq!(parse(b"5s2x").map(|l| (l.size, l.values)), Ok((7, 1)));
        assert_eq!(parse(b"999999999999i").map(|l| l.values), Ok(999999999999));
        assert_eq!(parse(b"3"), Err("repeat count given without format specifier"));
        assert_eq!(parse(b"<n"), Err("bad char in struct format"));
        assert_eq!(parse(b"99999999999999999999999i"), Err(TOO_LONG));
    }
}
