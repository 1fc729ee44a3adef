//! `'...' % (a, b)` as an f-string: CPython 3.12's AST optimizer (`optimize_format`) rewrites
//! a `%` whose left side is a str constant and whose right side is a tuple display when every
//! conversion is `%s`, `%r` or `%a` with optional flags `-`, width and precision (at most two
//! digits each), and the number of conversions equals the number of items.

use ferrython_ast::PyStr;

/// A piece of the rewritten f-string.
#[derive(Debug, PartialEq)]
pub(crate) enum Piece {
    Literal(PyStr),
    /// Item `arg` of the tuple, converted with `s`, `r` or `a`, formatted with `spec`.
    Format {
        arg: usize,
        conversion: u8,
        spec: Option<String>,
    },
}

/// The pieces of `format % (n items)`, or `None` when CPython leaves the `%` as it is.
pub(crate) fn parse(format: &PyStr, n: usize) -> Option<Vec<Piece>> {
    let chars: Vec<u32> = format.code_points().collect();
    let mut pieces = Vec::new();
    let mut pos = 0;
    let mut count = 0;
    loop {
        let mut literal = PyStr::new();
        while pos < chars.len() {
            if chars[pos] != u32::from(b'%') {
                literal.push(chars[pos]);
                pos += 1;
            } else if chars.get(pos + 1) == Some(&u32::from(b'%')) {
                literal.push(u32::from(b'%'));
                pos += 2;
            } else {
                break;
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Literal(literal));
        }
        if pos >= chars.len() {
            break;
        }
        if count >= n {
            return None;
        }
        pos += 1;
        let (conversion, spec) = simple_spec(&chars, &mut pos)?;
        pieces.push(Piece::Format { arg: count, conversion, spec });
        count += 1;
    }
    (count == n).then_some(pieces)
}

/// Reads `[flags][width][.precision]conversion` after a `%` (CPython's
/// `simple_format_arg_parse` and `parse_format`).
fn simple_spec(chars: &[u32], pos: &mut usize) -> Option<(u8, Option<String>)> {
    let mut next = || {
        let c = char::from_u32(*chars.get(*pos)?)?;
        *pos += 1;
        Some(c)
    };
    let mut ljust = false;
    let mut ch = next()?;
    loop {
        match ch {
            '-' => ljust = true,
            '+' | ' ' | '#' | '0' => {}
            _ => break,
        }
        ch = next()?;
    }
    let mut width: Option<u32> = None;
    if ch.is_ascii_digit() {
        let mut w = 0;
        let mut digits = 0;
        while ch.is_ascii_digit() {
            w = w * 10 + ch.to_digit(10)?;
            ch = next()?;
            digits += 1;
            if digits >= 3 {
                return None;
            }
        }
        width = Some(w);
    }
    let mut precision: Option<u32> = None;
    if ch == '.' {
        ch = next()?;
        let mut p = 0;
        let mut digits = 0;
        while ch.is_ascii_digit() {
            p = p * 10 + ch.to_digit(10)?;
            ch = next()?;
            digits += 1;
            if digits >= 3 {
                return None;
            }
        }
        precision = Some(p);
    }
    if !matches!(ch, 's' | 'r' | 'a') {
        return None;
    }
    let mut spec = String::new();
    if !ljust && width.is_some_and(|w| w > 0) {
        spec.push('>');
    }
    if let Some(w) = width {
        spec.push_str(&w.to_string());
    }
    if let Some(p) = precision {
        spec.push_str(&format!(".{p}"));
    }
    Some((ch as u8, (!spec.is_empty()).then_some(spec)))
}
