//! From source bytes to the text the lexer reads: BOM, PEP 263 coding declarations, decoding,
//! newline normalization, and the line table used for positions and error messages.

use crate::error::{ErrorClass, SyntaxError};

/// Decoded source text with `\r\n` and `\r` turned into `\n`, and where each line starts.
#[derive(Debug)]
pub struct SourceText {
    pub text: String,
    /// Byte offset of the start of each line; line N (1-based) starts at `line_starts[N - 1]`.
    pub line_starts: Vec<u32>,
}

impl SourceText {
    pub fn new(text: String) -> SourceText {
        let mut text = normalize_newlines(text);
        // Like CPython's tokenizer, give the last line its newline.
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        let mut line_starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceText { text, line_starts }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// The text of line `line` (1-based) without its newline; empty past the end.
    pub fn line_text(&self, line: u32) -> &str {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1) as usize) else {
            return "";
        };
        let end = self.line_starts.get(line as usize).map_or(self.text.len(), |&e| e as usize);
        self.text[start as usize..end].trim_end_matches('\n')
    }

    /// The text of line `line` with its newline, as CPython stores `SyntaxError.text`.
    pub fn line_with_newline(&self, line: u32) -> String {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1) as usize) else {
            return String::new();
        };
        let end = self.line_starts.get(line as usize).map_or(self.text.len(), |&e| e as usize);
        self.text[start as usize..end].to_string()
    }

    /// 0-based UTF-8 byte column of `offset` on line `line`.
    pub fn byte_col(&self, line: u32, offset: u32) -> u32 {
        offset - self.line_starts[line as usize - 1]
    }

    /// 1-based character column of byte `offset` on line `line`, as `SyntaxError.offset` counts.
    pub fn char_col(&self, line: u32, offset: u32) -> i64 {
        let start = self.line_starts[line as usize - 1] as usize;
        let end = (offset as usize).min(self.text.len()).max(start);
        // An offset inside a character counts that character.
        let mut end = end;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        self.text[start..end].chars().count() as i64 + 1
    }

    /// A SyntaxError from byte offsets; `end` may be `None` for CPython's "no end" errors.
    pub fn error_at(&self, class: ErrorClass, msg: impl Into<String>, start: u32, end: Option<u32>) -> SyntaxError {
        let line = self.line_of(start.min(self.text.len() as u32));
        let line = line.min(self.line_starts.len() as u32);
        let (end_lineno, end_offset) = match end {
            Some(end) => {
                let end_line = self.line_of(end.min(self.text.len() as u32)).max(line);
                (Some(end_line as i64), Some(self.char_col(end_line, end)))
            }
            None => (None, None),
        };
        SyntaxError {
            class,
            msg: msg.into(),
            lineno: Some(line as i64),
            offset: Some(self.char_col(line, start)),
            end_lineno,
            end_offset,
            text: Some(self.line_with_newline(line)),
        }
    }

    /// A SyntaxError over a node's location (byte columns become CPython's character offsets).
    pub fn error_for(&self, class: ErrorClass, msg: impl Into<String>, loc: ferrython_ast::Loc) -> SyntaxError {
        let start = self.line_start(loc.lineno) + loc.col_offset;
        let end_line = loc.end_lineno.max(1);
        let end = self.line_start(end_line) + loc.end_col_offset;
        SyntaxError {
            class,
            msg: msg.into(),
            lineno: Some(loc.lineno as i64),
            offset: Some(self.char_col(loc.lineno, start)),
            end_lineno: Some(end_line as i64),
            end_offset: Some(self.char_col(end_line, end)),
            text: Some(self.line_with_newline(loc.lineno)),
        }
    }

    /// Byte offset where line `line` (1-based) starts; the line after the last one starts at the end.
    pub fn line_start(&self, line: u32) -> u32 {
        self.line_starts.get((line as usize).saturating_sub(1)).map_or(self.text.len() as u32, |&start| start)
    }

    /// A SyntaxError with CPython's explicit numbers (line, 1-based char offsets).
    pub fn error_raw(
        &self,
        class: ErrorClass,
        msg: impl Into<String>,
        line: u32,
        offset: i64,
        end_line: u32,
        end_offset: i64,
    ) -> SyntaxError {
        SyntaxError {
            class,
            msg: msg.into(),
            lineno: Some(line as i64),
            offset: Some(offset),
            end_lineno: Some(end_line as i64),
            end_offset: Some(end_offset),
            text: Some(self.line_with_newline(line)),
        }
    }
}

fn normalize_newlines(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

fn file_error(msg: String) -> SyntaxError {
    SyntaxError {
        class: ErrorClass::SyntaxError,
        msg,
        lineno: Some(0),
        offset: Some(-1),
        end_lineno: None,
        end_offset: None,
        text: None,
    }
}

/// The encoding named by a PEP 263 declaration on `line`, if it has one.
fn coding_declaration(line: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < line.len() && matches!(line[i], b' ' | b'\t' | b'\x0c') {
        i += 1;
    }
    if line.get(i) != Some(&b'#') {
        return None;
    }
    coding_declaration_from(&line[i..])
}

fn coding_declaration_from(rest: &[u8]) -> Option<String> {
    let at = rest.windows(6).position(|w| w == b"coding")?;
    let after = &rest[at + 6..];
    if !matches!(after.first(), Some(b':') | Some(b'=')) {
        return coding_declaration_from(after);
    }
    let mut j = 1;
    while j < after.len() && matches!(after[j], b' ' | b'\t') {
        j += 1;
    }
    let name: Vec<u8> = after[j..]
        .iter()
        .copied()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        .collect();
    (!name.is_empty()).then(|| String::from_utf8_lossy(&name).into_owned())
}

/// CPython's normalization of a declared encoding name before the codec lookup.
fn normal_name(name: &str) -> String {
    let lower: String = name.chars().take(12).map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() }).collect();
    if lower == "utf-8" || lower.starts_with("utf-8-") {
        return "utf-8".into();
    }
    for latin in ["latin-1", "iso-8859-1", "iso-latin-1"] {
        if lower == latin || lower.starts_with(&format!("{latin}-")) {
            return "iso-8859-1".into();
        }
    }
    name.to_string()
}

/// Decodes bytes in a named encoding; `None` if the encoding is unknown.
fn decode_with(encoding: &str, bytes: &[u8]) -> Option<Result<String, String>> {
    let key: String = encoding.to_ascii_lowercase().replace('_', "-");
    let key = key.as_str();
    let result = match key {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf-8-sig" => {
            String::from_utf8(bytes.to_vec()).map_err(|e| utf8_error_message(bytes, e.utf8_error().valid_up_to()))
        }
        "iso-8859-1" | "latin-1" | "latin1" | "latin" | "l1" | "iso8859-1" | "8859" | "cp819" | "iso-ir-100" => {
            Ok(bytes.iter().map(|&b| b as char).collect())
        }
        "ascii" | "us-ascii" | "646" | "us" => match bytes.iter().position(|&b| b >= 0x80) {
            None => Ok(bytes.iter().map(|&b| b as char).collect()),
            Some(pos) => Err(format!(
                "'ascii' codec can't decode byte 0x{:02x} in position {pos}: ordinal not in range(128)",
                bytes[pos]
            )),
        },
        "cp1252" | "windows-1252" => Ok(bytes.iter().map(|&b| cp1252(b)).collect()),
        _ => return decode_other(key, bytes),
    };
    Some(result)
}

/// Other codecs through encoding_rs, which knows them by their WHATWG labels; Python's names are
/// tried as they are and in the label spellings (`iso8859_15` as `iso-8859-15`, `cp1251` as
/// `windows-1251`).
fn decode_other(key: &str, bytes: &[u8]) -> Option<Result<String, String>> {
    let mut candidates = vec![key.to_string()];
    if let Some(rest) = key.strip_prefix("iso8859-") {
        candidates.push(format!("iso-8859-{rest}"));
    }
    if let Some(rest) = key.strip_prefix("cp") {
        candidates.push(format!("windows-{rest}"));
    }
    if key == "shift-jis" || key == "sjis" {
        candidates.push("shift_jis".into());
    }
    let encoding = candidates.iter().find_map(|label| encoding_rs::Encoding::for_label(label.as_bytes()))?;
    Some(match encoding.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(text) => Ok(text.into_owned()),
        None => Err(format!("'{key}' codec can't decode the source")),
    })
}

fn cp1252(b: u8) -> char {
    const HIGH: [u16; 32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
        0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0xFFFD, 0x017E, 0x0178,
    ];
    match b {
        0x80..=0x9F => char::from_u32(HIGH[(b - 0x80) as usize] as u32).unwrap_or('\u{FFFD}'),
        _ => b as char,
    }
}

/// The message of Python's `UnicodeDecodeError` for the invalid UTF-8 at `bytes[pos]`.
pub fn utf8_error_message(bytes: &[u8], pos: usize) -> String {
    let Some(&byte) = bytes.get(pos) else {
        return "'utf-8' codec can't decode: unexpected end of data".into();
    };
    let error_len = match std::str::from_utf8(&bytes[pos..]) {
        Err(err) => err.error_len(),
        Ok(_) => Some(1),
    };
    let reason = match error_len {
        None => "unexpected end of data",
        Some(_) if (0x80..0xC2).contains(&byte) || byte > 0xF4 => "invalid start byte",
        Some(_) => "invalid continuation byte",
    };
    match error_len {
        Some(len) if len > 1 && reason == "invalid continuation byte" => {
            format!("'utf-8' codec can't decode bytes in position {}-{}: {reason}", pos, pos + len - 1)
        }
        _ => format!("'utf-8' codec can't decode byte 0x{byte:02x} in position {pos}: {reason}"),
    }
}

/// What decodes source in a declared encoding other than UTF-8: given the encoding's name (as
/// declared, latin-1's spellings made one) and the bytes after the declaration's line ends,
/// the text, the codec's error message, or None for an encoding it does not know. An
/// interpreter passes its codecs (which know every encoding its `bytes.decode` knows); the
/// parser's own few (`decode_with`) are tried after it.
pub type SourceCodecs<'a> = &'a mut dyn FnMut(&str, &[u8]) -> Option<Result<String, String>>;

/// Decodes source bytes as `compile()` does for bytes input, with the parser's own codecs.
pub fn decode(bytes: &[u8]) -> Result<String, SyntaxError> {
    decode_using(bytes, &mut |_, _| None)
}

/// `decode`, trying `codecs` first for a declared encoding.
pub fn decode_using(bytes: &[u8], codecs: SourceCodecs<'_>) -> Result<String, SyntaxError> {
    let (bom, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    // The declaration may stand on line 1, or on line 2 if line 1 is blank or a comment.
    let mut lines = body.splitn(3, |&b| b == b'\n' || b == b'\r');
    let first = lines.next().unwrap_or(&[]);
    let mut declared = coding_declaration(first);
    if declared.is_none() {
        let first_trim: Vec<u8> = first.iter().copied().filter(|b| !matches!(b, b' ' | b'\t' | b'\x0c')).collect();
        if first_trim.is_empty() || first_trim[0] == b'#' {
            if let Some(second) = lines.next() {
                declared = coding_declaration(second);
            }
        }
    }
    let normal = declared.as_deref().map(normal_name);
    match normal.as_deref() {
        // UTF-8, declared or not, is checked token by token as CPython's tokenizer does.
        None | Some("utf-8") => decode_utf8(body),
        Some(normal) if bom => Err(file_error(format!("encoding problem: {normal} with BOM"))),
        Some(normal) => match codecs(normal, body).or_else(|| decode_with(normal, body)) {
            None => Err(file_error(format!("unknown encoding: {}", declared.unwrap_or_default()))),
            Some(Ok(text)) => Ok(text),
            Some(Err(msg)) => Err(file_error(msg)),
        },
    }
}

/// UTF-8 source. Bytes that are not UTF-8 are an error where a token holds them; inside comments
/// CPython's `compile()` lets them pass (running a file checks the whole file first, see
/// `check_file_utf8`).
fn decode_utf8(body: &[u8]) -> Result<String, SyntaxError> {
    let err = match std::str::from_utf8(body) {
        Ok(text) => return Ok(text.to_string()),
        Err(err) => err,
    };
    let mut at = 0;
    let mut rest_err = Some(err);
    while let Some(err) = rest_err {
        let pos = at + err.valid_up_to();
        if !in_comment(body, pos) {
            return Err(undeclared_utf8_error(body, pos));
        }
        at = pos + err.error_len().unwrap_or(body.len() - pos);
        rest_err = std::str::from_utf8(&body[at..]).err();
    }
    Ok(String::from_utf8_lossy(body).into_owned())
}

/// Whether byte `pos` stands in a `#` comment (judged from its own line, quotes tracked simply).
fn in_comment(body: &[u8], pos: usize) -> bool {
    let line_start = body[..pos].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let mut quote = None;
    let mut escaped = false;
    for &b in &body[line_start..pos] {
        match quote {
            Some(_) if escaped => escaped = false,
            Some(_) if b == b'\\' => escaped = true,
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'#' => return true,
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None => {}
        }
    }
    false
}

/// `python FILE` reads the whole file before parsing: without a coding declaration it must be
/// UTF-8, or CPython stops with this message (without a location). Returns the message.
pub fn check_file_utf8(bytes: &[u8], path: &str) -> Result<(), String> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut lines = body.splitn(3, |&b| b == b'\n');
    let first = lines.next().unwrap_or(&[]);
    if coding_declaration(first).or_else(|| lines.next().and_then(coding_declaration)).is_some() {
        return Ok(());
    }
    let Err(err) = std::str::from_utf8(body) else {
        return Ok(());
    };
    let pos = err.valid_up_to();
    let line = body[..pos].iter().filter(|&&b| b == b'\n').count() + 1;
    Err(format!(
        "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {path} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
        body[pos]
    ))
}

/// The UTF-8 error in a string literal's body as CPython words it: a body with escapes is
/// decoded a run of non-ASCII bytes at a time, so positions count from the run's start.
fn literal_utf8_error(literal: &[u8], raw: bool) -> Option<String> {
    let err = std::str::from_utf8(literal).err()?;
    let pos = err.valid_up_to();
    if raw || !literal.contains(&b'\\') {
        return Some(utf8_error_message(literal, pos));
    }
    let run_start = literal[..pos].iter().rposition(|&b| b < 0x80).map_or(0, |p| p + 1);
    let run_end = literal[pos..].iter().position(|&b| b < 0x80).map_or(literal.len(), |p| pos + p);
    let run = &literal[run_start..run_end];
    let bad = std::str::from_utf8(run).err().map_or(0, |e| e.valid_up_to());
    Some(utf8_error_message(run, bad))
}

/// Source that is not UTF-8 and declares no encoding. CPython reports it at the string literal that
/// holds the bad byte, as a "(unicode error)"; elsewhere as an invalid character.
fn undeclared_utf8_error(body: &[u8], pos: usize) -> SyntaxError {
    let line_start = body[..pos].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let lineno = body[..pos].iter().filter(|&&b| b == b'\n').count() as i64 + 1;
    let line_end = body[pos..].iter().position(|&b| b == b'\n').map_or(body.len(), |p| pos + p);
    let line = &body[line_start..line_end];
    // The line as CPython's tokenizer holds it: ending in a newline, the source's last too.
    let lossy = String::from_utf8_lossy(line).into_owned() + "\n";
    // Find the string literal around the bad byte: the last quote before it on the line.
    let quote_at = body[line_start..pos].iter().rposition(|&b| b == b'"' || b == b'\'');
    let (offset, end_offset, msg) = match quote_at {
        Some(q) => {
            let quote = line[q];
            let body_start = q + 1;
            let close = line[body_start..].iter().position(|&b| b == quote).map_or(line.len(), |p| body_start + p + 1);
            let literal = &line[body_start..close.saturating_sub(1).max(body_start)];
            let raw = line[..q].iter().rev().take_while(|b| b.is_ascii_alphabetic()).any(|&b| b == b'r' || b == b'R');
            let msg = format!(
                "(unicode error) {}",
                literal_utf8_error(literal, raw).unwrap_or_else(|| utf8_error_message(body, pos))
            );
            let col = |b: usize| String::from_utf8_lossy(&line[..b]).chars().count() as i64 + 1;
            // CPython counts the end from the start by the byte length of the body.
            (col(q), col(q) + (close - q).saturating_sub(2) as i64, msg)
        }
        None => (1, 1, format!("(unicode error) {}", utf8_error_message(body, pos))),
    };
    SyntaxError {
        class: ErrorClass::SyntaxError,
        msg,
        lineno: Some(lineno),
        offset: Some(offset),
        end_lineno: Some(lineno),
        end_offset: Some(end_offset),
        text: Some(lossy),
    }
}
