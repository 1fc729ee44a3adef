//! Numeric literals: scanning and CPython's errors for malformed ones. The value is computed later
//! by `literal::parse_number`.

use super::{is_name_continue, LexResult, Lexer};
use crate::error::{SyntaxError, Warning};
use crate::token::Tok;

impl Lexer<'_> {
    /// An error at the last character consumed, where CPython reports number errors.
    fn number_error(&self, msg: impl Into<String>) -> SyntaxError {
        let at = self.pos.saturating_sub(1);
        self.error(msg, at, Some(at))
    }

    /// Consumes digits accepted by `is_digit`, single underscores allowed between them.
    /// Returns how many digits there were; an underscore not followed by a digit is an error.
    fn digits(&mut self, is_digit: impl Fn(u8) -> bool, kind: &str) -> LexResult<usize> {
        let mut count = 0;
        loop {
            let b = self.peek();
            if is_digit(b) {
                self.pos += 1;
                count += 1;
            } else if b == b'_' && count > 0 {
                self.pos += 1;
                if !is_digit(self.peek()) {
                    // A decimal digit out of a binary or octal literal's range is named.
                    if matches!(kind, "binary" | "octal") && self.peek().is_ascii_digit() {
                        self.pos += 1;
                        let digit = self.bytes[self.pos - 1] as char;
                        return Err(self.number_error(format!("invalid digit '{digit}' in {kind} literal")));
                    }
                    return Err(self.number_error(format!("invalid {kind} literal")));
                }
            } else {
                return Ok(count);
            }
        }
    }

    pub(super) fn number(&mut self) -> LexResult {
        let start = self.pos;
        let line = self.line;
        if self.peek() == b'0' && matches!(self.peek_at(1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
            let (kind, radix) = match self.peek_at(1).to_ascii_lowercase() {
                b'x' => ("hexadecimal", 16),
                b'o' => ("octal", 8),
                _ => ("binary", 2),
            };
            self.pos += 2;
            if self.peek() == b'_' {
                self.pos += 1;
            }
            let count = self.digits(|b| (b as char).is_digit(radix), kind)?;
            if radix != 16 && self.peek().is_ascii_digit() {
                self.pos += 1;
                return Err(self
                    .number_error(format!("invalid digit '{}' in {kind} literal", self.bytes[self.pos - 1] as char)));
            }
            if count == 0 {
                return Err(self.number_error(format!("invalid {kind} literal")));
            }
            self.verify_end_of_number(kind)?;
            self.push(Tok::Number, start, line);
            return Ok(());
        }
        if self.peek() == b'.' {
            // `.5`
            self.pos += 1;
            self.digits(|b| b.is_ascii_digit(), "decimal")?;
        } else {
            let mut is_float = false;
            let leading_zero = self.peek() == b'0';
            self.digits(|b| b.is_ascii_digit(), "decimal")?;
            if self.peek() == b'.' {
                self.pos += 1;
                is_float = true;
                if self.peek().is_ascii_digit() {
                    self.digits(|b| b.is_ascii_digit(), "decimal")?;
                }
            }
            if leading_zero && !is_float && !matches!(self.peek(), b'e' | b'E' | b'j' | b'J') {
                let text = &self.bytes[start..self.pos];
                if let Some(nonzero) = text.iter().position(|&b| b != b'0' && b != b'_') {
                    return Err(self.error(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        start,
                        Some(start + nonzero),
                    ));
                }
            }
        }
        if matches!(self.peek(), b'e' | b'E') {
            let mark = self.pos;
            self.pos += 1;
            if matches!(self.peek(), b'+' | b'-') {
                self.pos += 1;
                if !self.peek().is_ascii_digit() {
                    return Err(self.number_error("invalid decimal literal"));
                }
            } else if !self.peek().is_ascii_digit() {
                self.pos = mark;
                self.verify_end_of_number("decimal")?;
                self.push(Tok::Number, start, line);
                return Ok(());
            }
            self.digits(|b| b.is_ascii_digit(), "decimal")?;
        }
        if matches!(self.peek(), b'j' | b'J') {
            self.pos += 1;
            self.verify_end_of_number("imaginary")?;
        } else {
            self.verify_end_of_number("decimal")?;
        }
        self.push(Tok::Number, start, line);
        Ok(())
    }

    /// A number directly followed by a name is an error, except before some keywords
    /// (`1if x else y`), which CPython 3.12 accepts with a SyntaxWarning.
    fn verify_end_of_number(&mut self, kind: &str) -> LexResult {
        let b = self.peek();
        // Only ASCII letters end a number in error; a non-ASCII character is lexed on its own.
        if !b.is_ascii() || !is_name_continue(b) {
            return Ok(());
        }
        let rest = &self.bytes[self.pos..];
        // The keyword must end there: `1if` warns, `6else5` is an error.
        let keyword_follows = ["and", "else", "for", "if", "in", "is", "not", "or"]
            .iter()
            .any(|k| rest.starts_with(k.as_bytes()) && !rest.get(k.len()).is_some_and(|&b| is_name_continue(b)));
        if keyword_follows {
            self.warnings.push(Warning {
                category: "SyntaxWarning",
                msg: format!("invalid {kind} literal"),
                lineno: self.line,
                offset: self.pos as u32,
            });
            return Ok(());
        }
        Err(self.number_error(format!("invalid {kind} literal")))
    }
}
