//! Searching and cutting str: split, rsplit, splitlines, strip, find/index/count,
//! startswith/endswith, replace, partition and removeprefix/removesuffix. All of them work on
//! the WTF-8 bytes (so lone surrogates survive) and map to code-point indexes only at the edges.

use crate::objects::exception::{exceptions, type_error, value_error};
use crate::objects::function::Args;
use crate::objects::str::{as_pystr, str_object};
use crate::objects::typeobj::type_name;
use crate::objects::{list, tuple_of, Payload, PyString};
use crate::protocols;
use crate::thread::Thread;
use crate::value::Value;
use crate::PyResult;

use super::text::{
    byte_offset, char_index, decode_at, decode_before, is_space_code, one_arg, str_find, str_rfind, this, too_large,
    unchanged,
};

/// `TypeError` unless `args` has between `min` and `max` positional arguments after self and
/// no keywords (the argument-clinic wording).
fn arity(args: &Args<'_>, name: &str, min: usize, max: usize) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(type_error(format!("str.{name}() takes no keyword arguments")));
    }
    let n = args.pos().len().saturating_sub(1);
    if n < min {
        let plural = if min == 1 { "" } else { "s" };
        return Err(type_error(format!("{name}() takes at least {min} argument{plural} ({n} given)")));
    }
    if n > max {
        let plural = if max == 1 { "" } else { "s" };
        return Err(type_error(format!("{name}() takes at most {max} argument{plural} ({n} given)")));
    }
    Ok(())
}

fn needle<'a>(args: &Args<'a>, i: usize) -> PyResult<&'a PyString> {
    let v = &args.pos()[i];
    as_pystr(v).ok_or_else(|| type_error(format!("must be str, not {}", type_name(v))))
}

/// A start or end argument; ints beyond the machine range clamp, as CPython's do.
fn slice_index(thread: &mut Thread, v: &Value) -> PyResult<i64> {
    if let Some(big) = crate::objects::int::to_big(v).filter(|_| !matches!(v, Value::Int(_))) {
        use num_traits::{Signed, ToPrimitive};
        return Ok(big.to_i64().unwrap_or(if big.is_negative() { i64::MIN } else { i64::MAX }));
    }
    protocols::number::index_of(thread, v).map_err(|err| {
        if err.matches(&exceptions().type_error) {
            type_error("slice indices must be integers or None or have an __index__ method")
        } else {
            err
        }
    })
}

/// The code-point range of optional start/end arguments at positions `at`, `at + 1`, as
/// CPython adjusts them: negative ones count from the end; `start` may exceed the length
/// (then nothing is found, not even the empty string).
fn range_args(thread: &mut Thread, args: &Args<'_>, at: usize, len: usize) -> PyResult<(usize, usize)> {
    let adjust = |v: i64| -> usize {
        if v < 0 {
            (v + len as i64).max(0) as usize
        } else {
            v as usize
        }
    };
    let start = match args.pos().get(at) {
        Some(v) if !v.is_none() => adjust(slice_index(thread, v)?),
        _ => 0,
    };
    let end = match args.pos().get(at + 1) {
        Some(v) if !v.is_none() => adjust(slice_index(thread, v)?).min(len),
        _ => len,
    };
    Ok((start, end))
}

/// The byte window of code points `start..end` (`start <= end <= len`).
fn window(s: &PyString, start: usize, end: usize) -> (usize, usize) {
    if s.is_ascii() {
        return (start, end);
    }
    let from = byte_offset(s, start);
    let to = from + byte_offset_in(&s.wtf8()[from..], end - start);
    (from, to)
}

fn byte_offset_in(bytes: &[u8], index: usize) -> usize {
    let mut seen = 0;
    for (at, &b) in bytes.iter().enumerate() {
        if b & 0xC0 != 0x80 {
            if seen == index {
                return at;
            }
            seen += 1;
        }
    }
    bytes.len()
}

/// find/rfind/index/rindex: the code-point index of the first (last) match.
fn search(thread: &mut Thread, args: &Args<'_>, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    arity(args, name, 1, 3)?;
    let s = this(args)?;
    let sub = needle(args, 1)?;
    let (start, end) = range_args(thread, args, 2, s.char_len())?;
    if start > end || end - start < sub.char_len() {
        return Ok(None);
    }
    let (from, to) = window(s, start, end);
    let hay = &s.wtf8()[from..to];
    let found = if reverse { str_rfind(hay, sub.wtf8()) } else { str_find(hay, sub.wtf8()) };
    Ok(found.map(|at| char_index(s, from + at)))
}

pub(super) fn find(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(search(thread, &args, "find", false)?.map_or(-1, |i| i as i64)))
}

pub(super) fn rfind(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(search(thread, &args, "rfind", true)?.map_or(-1, |i| i as i64)))
}

pub(super) fn index(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    search(thread, &args, "index", false)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| value_error("substring not found"))
}

pub(super) fn rindex(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    search(thread, &args, "rindex", true)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| value_error("substring not found"))
}

/// Non-overlapping occurrences of `needle` in `hay` (bytes).
fn count_in(hay: &[u8], needle: &[u8]) -> usize {
    match needle.len() {
        1 => memchr::memchr_iter(needle[0], hay).count(),
        _ => {
            let finder = memchr::memmem::Finder::new(needle);
            let mut n = 0;
            let mut at = 0;
            while let Some(found) = finder.find(&hay[at..]) {
                n += 1;
                at += found + needle.len();
            }
            n
        }
    }
}

pub(super) fn count(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    arity(&args, "count", 1, 3)?;
    let s = this(&args)?;
    let sub = needle(&args, 1)?;
    let (start, end) = range_args(thread, &args, 2, s.char_len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    if sub.char_len() == 0 {
        return Ok(Value::Int((end - start + 1) as i64));
    }
    let (from, to) = window(s, start, end);
    Ok(Value::Int(count_in(&s.wtf8()[from..to], sub.wtf8()) as i64))
}

fn affix_check(thread: &mut Thread, args: Args<'_>, suffix: bool) -> PyResult<Value> {
    let name = if suffix { "endswith" } else { "startswith" };
    arity(&args, name, 1, 3)?;
    let s = this(&args)?;
    let (start, end) = range_args(thread, &args, 2, s.char_len())?;
    let what = &args.pos()[1];
    let candidates: &[Value] = match what.payload() {
        Some(Payload::Tuple(items)) => items,
        _ => std::slice::from_ref(what),
    };
    let is_tuple = matches!(what.payload(), Some(Payload::Tuple(_)));
    let (from, to) = if start <= end { window(s, start, end) } else { (0, 0) };
    let hay = &s.wtf8()[from..to];
    for candidate in candidates {
        let Some(c) = as_pystr(candidate) else {
            return Err(type_error(if is_tuple {
                format!("tuple for {name} must only contain str, not {}", type_name(candidate))
            } else {
                format!("{name} first arg must be str or a tuple of str, not {}", type_name(candidate))
            }));
        };
        if start > s.char_len() || start > end {
            continue;
        }
        let hit = if suffix { hay.ends_with(c.wtf8()) } else { hay.starts_with(c.wtf8()) };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub(super) fn startswith(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    affix_check(thread, args, false)
}

pub(super) fn endswith(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    affix_check(thread, args, true)
}

pub(super) fn replace(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(type_error("str.replace() takes no keyword arguments"));
    }
    let p = args.pos();
    let given = p.len().saturating_sub(1);
    if !(2..=3).contains(&given) {
        let bound = if given < 2 { "at least 2 arguments" } else { "at most 3 arguments" };
        return Err(type_error(format!("replace expected {bound}, got {given}")));
    }
    let s = this(&args)?;
    let old = as_pystr(&p[1])
        .ok_or_else(|| type_error(format!("replace() argument 1 must be str, not {}", type_name(&p[1]))))?;
    let new = as_pystr(&p[2])
        .ok_or_else(|| type_error(format!("replace() argument 2 must be str, not {}", type_name(&p[2]))))?;
    let limit = match p.get(3) {
        Some(v) => protocols::number::index_of(thread, v)?,
        None => -1,
    };
    let limit = if limit < 0 { usize::MAX } else { limit as usize };
    let bytes = s.wtf8();
    let (old_b, new_b) = (old.wtf8(), new.wtf8());
    let mut out = Vec::new();
    if new_b.len() > old_b.len() {
        // A result that grows: its size first, for a MemoryError rather than an abort.
        let matches = if old_b.is_empty() { s.char_len() + 1 } else { count_in(bytes, old_b) }.min(limit);
        let total = matches.checked_mul(new_b.len() - old_b.len()).and_then(|n| n.checked_add(bytes.len()));
        out.try_reserve_exact(total.ok_or_else(too_large)?).map_err(|_| too_large())?;
    }
    let mut replaced = 0;
    if old_b.is_empty() {
        // The new text goes before every code point and at the end.
        let mut at = 0;
        while replaced < limit && at <= bytes.len() {
            out.extend_from_slice(new_b);
            replaced += 1;
            if at == bytes.len() {
                at += 1;
                break;
            }
            let len = decode_at(bytes, at).1;
            out.extend_from_slice(&bytes[at..at + len]);
            at += len;
        }
        if at <= bytes.len() {
            out.extend_from_slice(&bytes[at..]);
        }
    } else {
        let finder = memchr::memmem::Finder::new(old_b);
        let mut at = 0;
        while replaced < limit {
            let Some(found) = finder.find(&bytes[at..]) else { break };
            if replaced == 0 {
                out.reserve(bytes.len());
            }
            out.extend_from_slice(&bytes[at..at + found]);
            out.extend_from_slice(new_b);
            at += found + old_b.len();
            replaced += 1;
        }
        if replaced == 0 {
            return Ok(unchanged(&args, s));
        }
        out.extend_from_slice(&bytes[at..]);
    }
    let chars = s.char_len() + replaced * new.char_len() - replaced * old.char_len();
    Ok(str_object(PyString::from_parts(out, chars, s.has_surrogates() || new.has_surrogates())))
}

fn separator<'a>(args: &Args<'a>) -> PyResult<Option<&'a PyString>> {
    let value = args
        .pos()
        .get(1)
        .or_else(|| args.keywords().find(|(k, _)| as_pystr(k).is_some_and(|s| s.wtf8() == b"sep")).map(|(_, v)| v));
    match value {
        None | Some(Value::None) => Ok(None),
        Some(v) => match as_pystr(v) {
            Some(s) if s.char_len() == 0 => Err(value_error("empty separator")),
            Some(s) => Ok(Some(s)),
            None => Err(type_error(format!("must be str or None, not {}", type_name(v)))),
        },
    }
}

fn split_arguments<'a>(thread: &mut Thread, args: &Args<'a>, name: &str) -> PyResult<(Option<&'a PyString>, usize)> {
    let given = args.values.len().saturating_sub(1);
    if given > 2 {
        let what = if args.pos().len() == 1 { "keyword arguments" } else { "arguments" };
        return Err(type_error(format!("{name}() takes at most 2 {what} ({given} given)")));
    }
    for (k, _) in args.keywords() {
        if !as_pystr(k).is_some_and(|s| s.wtf8() == b"sep" || s.wtf8() == b"maxsplit") {
            let key = as_pystr(k).map(|s| s.as_str().into_owned()).unwrap_or_default();
            return Err(type_error(format!("'{key}' is an invalid keyword argument for {name}()")));
        }
    }
    let sep = separator(args)?;
    let limit = args.pos().get(2).or_else(|| {
        args.keywords().find(|(k, _)| as_pystr(k).is_some_and(|s| s.wtf8() == b"maxsplit")).map(|(_, v)| v)
    });
    let limit = match limit {
        Some(v) => protocols::number::index_of(thread, v)?,
        None => -1,
    };
    Ok((sep, if limit < 0 { usize::MAX } else { limit as usize }))
}

pub(super) fn split(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args)?;
    let (sep, limit) = split_arguments(thread, &args, "split")?;
    let bytes = s.wtf8();
    // Room for a line's words up front, as CPython does: growing from empty took three
    // reallocations for a dozen parts.
    let mut parts = Vec::with_capacity(limit.saturating_add(1).min(12));
    match sep {
        Some(sep) if sep.wtf8().len() == 1 => {
            // One byte (an ASCII separator): found by memchr, without building a searcher.
            let byte = sep.wtf8()[0];
            let mut at = 0;
            while parts.len() < limit {
                let Some(found) = memchr::memchr(byte, &bytes[at..]) else { break };
                parts.push(s.substring_value(&bytes[at..at + found]));
                at += found + 1;
            }
            parts.push(s.substring_value(&bytes[at..]));
        }
        Some(sep) => {
            let sep = sep.wtf8();
            let mut at = 0;
            let finder = memchr::memmem::Finder::new(sep);
            while parts.len() < limit {
                let Some(found) = finder.find(&bytes[at..]) else { break };
                parts.push(s.substring_value(&bytes[at..at + found]));
                at += found + sep.len();
            }
            parts.push(s.substring_value(&bytes[at..]));
        }
        None => {
            let mut at = skip_space(bytes, 0);
            while at < bytes.len() {
                if parts.len() == limit {
                    // The rest keeps its trailing whitespace.
                    parts.push(s.substring_value(&bytes[at..]));
                    break;
                }
                let end = find_space(bytes, at);
                parts.push(s.substring_value(&bytes[at..end]));
                at = skip_space(bytes, end);
            }
        }
    }
    Ok(list(parts))
}

/// Whether ASCII byte `b` is whitespace to Python (`\t\n\v\f\r`, the separators 0x1C-0x1F
/// and space); bytes from 0x80 up start multi-byte code points and are never ASCII space.
#[inline(always)]
fn is_ascii_space(b: u8) -> bool {
    // Bit k of the mask is set for the whitespace byte k (all below 64).
    const MASK: u64 = (0b1_1111 << 9) | (0b1_1111 << 28);
    b < 64 && MASK >> b & 1 != 0
}

/// The first byte at or after `at` that does not start whitespace.
#[inline]
fn skip_space(bytes: &[u8], mut at: usize) -> usize {
    while at < bytes.len() {
        let b = bytes[at];
        if b < 0x80 {
            if !is_ascii_space(b) {
                break;
            }
            at += 1;
            continue;
        }
        let (code, len) = decode_at(bytes, at);
        if !is_space_code(code) {
            break;
        }
        at += len;
    }
    at
}

/// The first byte at or after `at` that starts whitespace (or the end).
#[inline]
fn find_space(bytes: &[u8], mut at: usize) -> usize {
    while at < bytes.len() {
        let b = bytes[at];
        if b < 0x80 {
            if is_ascii_space(b) {
                break;
            }
            at += 1;
            continue;
        }
        let (code, len) = decode_at(bytes, at);
        if is_space_code(code) {
            break;
        }
        at += len;
    }
    at
}

/// The end of the text before `end` without its trailing whitespace.
fn skip_space_back(bytes: &[u8], mut end: usize) -> usize {
    while end > 0 {
        let b = bytes[end - 1];
        if b < 0x80 {
            if !is_ascii_space(b) {
                break;
            }
            end -= 1;
            continue;
        }
        let (code, start) = decode_before(bytes, end);
        if !is_space_code(code) {
            break;
        }
        end = start;
    }
    end
}

/// The start of the word that ends at `end`.
fn find_space_back(bytes: &[u8], mut end: usize) -> usize {
    while end > 0 {
        let b = bytes[end - 1];
        if b < 0x80 {
            if is_ascii_space(b) {
                break;
            }
            end -= 1;
            continue;
        }
        let (code, start) = decode_before(bytes, end);
        if is_space_code(code) {
            break;
        }
        end = start;
    }
    end
}

pub(super) fn rsplit(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args)?;
    let (sep, limit) = split_arguments(thread, &args, "rsplit")?;
    let bytes = s.wtf8();
    let mut parts = Vec::new();
    match sep {
        Some(sep) => {
            let sep = sep.wtf8();
            let finder = memchr::memmem::FinderRev::new(sep);
            let mut end = bytes.len();
            while parts.len() < limit {
                let Some(found) = finder.rfind(&bytes[..end]) else { break };
                parts.push(s.substring_value(&bytes[found + sep.len()..end]));
                end = found;
            }
            parts.push(s.substring_value(&bytes[..end]));
        }
        None => {
            let mut end = skip_space_back(bytes, bytes.len());
            while end > 0 {
                if parts.len() == limit {
                    parts.push(s.substring_value(&bytes[..end]));
                    break;
                }
                let start = find_space_back(bytes, end);
                parts.push(s.substring_value(&bytes[start..end]));
                end = skip_space_back(bytes, start);
            }
        }
    }
    parts.reverse();
    Ok(list(parts))
}

pub(super) fn splitlines(thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args)?;
    let given = args.values.len().saturating_sub(1);
    if given > 1 {
        return Err(type_error(format!("splitlines() takes at most 1 argument ({given} given)")));
    }
    let keep = match args.pos().get(1) {
        Some(v) => Some(v),
        None => match args.keywords().next() {
            Some((k, v)) if as_pystr(k).is_some_and(|k| k.wtf8() == b"keepends") => Some(v),
            Some((k, _)) => {
                let key = as_pystr(k).map(|s| s.as_str().into_owned()).unwrap_or_default();
                return Err(type_error(format!("'{key}' is an invalid keyword argument for splitlines()")));
            }
            None => None,
        },
    };
    let keep = match keep {
        Some(v) => protocols::truthy(thread, v)?,
        None => false,
    };
    let bytes = s.wtf8();
    let mut parts = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while at < bytes.len() {
        // Eight bytes at a time over ASCII text without control characters (every line break
        // is a control character or beyond ASCII).
        if let Some(chunk) = bytes[at..].first_chunk::<8>() {
            const SPACES: u64 = 0x2020_2020_2020_2020;
            const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
            let word = u64::from_le_bytes(*chunk);
            // A high bit is set where a byte is below 0x20 (the first such byte at least) or
            // from 0x80 up.
            if ((word.wrapping_sub(SPACES) & !word) | word) & HIGH_BITS == 0 {
                at += 8;
                continue;
            }
        }
        let b = bytes[at];
        if b < 0x80 && !matches!(b, 0x0A..=0x0D | 0x1C..=0x1E) {
            at += 1;
            continue;
        }
        let (code, len) = decode_at(bytes, at);
        let is_break = matches!(code, 0x0A..=0x0D | 0x1C..=0x1E | 0x85 | 0x2028 | 0x2029);
        if !is_break {
            at += len;
            continue;
        }
        let mut end = at + len;
        if code == 0x0D && bytes.get(end) == Some(&b'\n') {
            end += 1;
        }
        parts.push(s.substring_value(&bytes[start..if keep { end } else { at }]));
        start = end;
        at = end;
    }
    if start < bytes.len() {
        parts.push(s.substring_value(&bytes[start..]));
    }
    Ok(list(parts))
}

fn strip_with(args: &Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = this(args)?;
    if !args.kwnames.is_empty() {
        return Err(type_error(format!("str.{name}() takes no keyword arguments")));
    }
    let given = args.pos().len().saturating_sub(1);
    if given > 1 {
        return Err(type_error(format!("{name} expected at most 1 argument, got {given}")));
    }
    let chars = match args.pos().get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(as_pystr(v).ok_or_else(|| type_error(format!("{name} arg must be None or str")))?),
    };
    let bytes = s.wtf8();
    let (mut from, mut to) = (0, bytes.len());
    match chars {
        None => {
            if left {
                from = skip_space(bytes, 0);
            }
            if right {
                to = skip_space_back(bytes, to).max(from);
            }
        }
        Some(set) if set.is_ascii() => {
            // ASCII characters to strip, as a bit mask: a byte from 0x80 up (part of a
            // multi-byte code point) is never in it, so stripping by bytes keeps whole code
            // points.
            // Two words in registers (an array in memory made each `|=` wait for the last).
            let (mut low, mut high) = (0u64, 0u64);
            for &b in set.wtf8() {
                if b < 64 {
                    low |= 1 << b;
                } else {
                    high |= 1 << (b & 63);
                }
            }
            let stripped = |b: u8| if b < 64 { low >> b & 1 != 0 } else { b < 0x80 && high >> (b & 63) & 1 != 0 };
            if left {
                while from < to && stripped(bytes[from]) {
                    from += 1;
                }
            }
            if right {
                while to > from && stripped(bytes[to - 1]) {
                    to -= 1;
                }
            }
        }
        Some(set) => {
            let codes: Vec<u32> = set.code_points().collect();
            if left {
                while from < to {
                    let (code, len) = decode_at(bytes, from);
                    if !codes.contains(&code) {
                        break;
                    }
                    from += len;
                }
            }
            if right {
                while to > from {
                    let (code, start) = decode_before(bytes, to);
                    if !codes.contains(&code) {
                        break;
                    }
                    to = start;
                }
            }
        }
    }
    if from == 0 && to == bytes.len() {
        return Ok(unchanged(args, s));
    }
    Ok(s.substring_value(&bytes[from..to]))
}

pub(super) fn strip(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    strip_with(&args, "strip", true, true)
}

pub(super) fn lstrip(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    strip_with(&args, "lstrip", true, false)
}

pub(super) fn rstrip(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    strip_with(&args, "rstrip", false, true)
}

fn partition_with(args: &Args<'_>, reverse: bool) -> PyResult<Value> {
    let name = if reverse { "rpartition" } else { "partition" };
    one_arg(args, name)?;
    let s = this(args)?;
    let sep = needle(args, 1)?;
    if sep.char_len() == 0 {
        return Err(value_error("empty separator"));
    }
    let bytes = s.wtf8();
    let found = if reverse { str_rfind(bytes, sep.wtf8()) } else { str_find(bytes, sep.wtf8()) };
    let empty = || str_object(PyString::from_ascii(b""));
    Ok(match found {
        Some(i) => tuple_of([
            s.substring_value(&bytes[..i]),
            args.pos()[1].clone(),
            s.substring_value(&bytes[i + sep.wtf8().len()..]),
        ]),
        None if reverse => tuple_of([empty(), empty(), unchanged(args, s)]),
        None => tuple_of([unchanged(args, s), empty(), empty()]),
    })
}

pub(super) fn partition(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    partition_with(&args, false)
}

pub(super) fn rpartition(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    partition_with(&args, true)
}

fn remove_affix(args: &Args<'_>, suffix: bool) -> PyResult<Value> {
    let name = if suffix { "removesuffix" } else { "removeprefix" };
    let arg = one_arg(args, name)?;
    let s = this(args)?;
    let affix =
        as_pystr(arg).ok_or_else(|| type_error(format!("{name}() argument must be str, not {}", type_name(arg))))?;
    let (bytes, a) = (s.wtf8(), affix.wtf8());
    let rest = if a.is_empty() {
        None
    } else if suffix {
        bytes.strip_suffix(a)
    } else {
        bytes.strip_prefix(a)
    };
    Ok(match rest {
        Some(rest) => s.substring_value(rest),
        None => unchanged(args, s),
    })
}

pub(super) fn removeprefix(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    remove_affix(&args, false)
}

pub(super) fn removesuffix(_thread: &mut Thread, args: Args<'_>) -> PyResult<Value> {
    remove_affix(&args, true)
}
