//! Python's regular expression syntax to a `Node` tree, with CPython's error messages and
//! positions (in characters of the pattern, or bytes of a bytes pattern).

use super::chars::{has_case, CaseFold, Category, ClassItem, ClassSet};
use super::syntax::{Assertion, Node, RepeatMode, Width, UNBOUNDED};

/// The flag bits, as `re` numbers them.
pub mod flag {
    pub const IGNORECASE: u32 = 2;
    pub const LOCALE: u32 = 4;
    pub const MULTILINE: u32 = 8;
    pub const DOTALL: u32 = 16;
    pub const UNICODE: u32 = 32;
    pub const VERBOSE: u32 = 64;
    pub const ASCII: u32 = 256;
}
use flag::*;

/// Groups nested deeper than this are refused, as CPython's recursive parser runs out of depth.
const MAX_NESTING: usize = 900;

/// What went wrong, and which Python exception says it.
#[derive(Debug)]
pub enum ErrorKind {
    /// `re.error`.
    Syntax,
    /// `OverflowError` (a repeat count too large).
    Overflow,
    /// `RecursionError` (groups nested too deep).
    Recursion,
    /// `ValueError` (flags that do not go together).
    Value,
}

#[derive(Debug)]
pub struct ParseError {
    pub kind: ErrorKind,
    pub message: String,
    pub pos: Option<usize>,
}

fn error<T>(message: impl Into<String>, pos: usize) -> Result<T, ParseError> {
    Err(ParseError { kind: ErrorKind::Syntax, message: message.into(), pos: Some(pos) })
}

/// A parsed pattern.
pub struct Parsed {
    pub root: Node,
    /// The width of each capturing group.
    pub group_widths: Vec<Width>,
    pub names: Vec<(String, usize)>,
    /// The flags of the whole pattern: the given ones, the leading inline ones, and UNICODE
    /// for a str pattern that is not ASCII.
    pub flags: u32,
}

/// Parses `pattern` (code points, or bytes of a bytes pattern) with the `flags` given.
pub fn parse(pattern: &[u32], is_bytes: bool, flags: u32) -> Result<Parsed, ParseError> {
    check_flags(flags, is_bytes)?;
    let mut parser = Parser {
        src: pattern,
        pos: 0,
        is_bytes,
        global: flags,
        names: Vec::new(),
        group_widths: Vec::new(),
        open_groups: Vec::new(),
        lookbehind_first_group: None,
        depth: 0,
        forward_references: Vec::new(),
    };
    let root = parser.alternation(flags, true)?;
    if parser.pos < pattern.len() {
        return error("unbalanced parenthesis", parser.pos);
    }
    if let Some(&(group, pos)) = parser.forward_references.iter().find(|(g, _)| *g > parser.group_widths.len()) {
        return error(format!("invalid group reference {group}"), pos);
    }
    let mut flags = parser.global;
    check_flags(flags, is_bytes)?;
    if !is_bytes && flags & (ASCII | LOCALE) == 0 {
        flags |= UNICODE;
    }
    Ok(Parsed { root, group_widths: parser.group_widths, names: parser.names, flags })
}

/// The `ValueError`s of flags that do not fit the pattern or each other.
fn check_flags(flags: u32, is_bytes: bool) -> Result<(), ParseError> {
    let message = if !is_bytes && flags & LOCALE != 0 {
        "cannot use LOCALE flag with a str pattern"
    } else if is_bytes && flags & UNICODE != 0 {
        "cannot use UNICODE flag with a bytes pattern"
    } else if flags & ASCII != 0 && flags & LOCALE != 0 {
        "ASCII and LOCALE flags are incompatible"
    } else if flags & ASCII != 0 && flags & UNICODE != 0 {
        "ASCII and UNICODE flags are incompatible"
    } else {
        return Ok(());
    };
    Err(ParseError { kind: ErrorKind::Value, message: message.into(), pos: None })
}

struct Parser<'p> {
    src: &'p [u32],
    pos: usize,
    is_bytes: bool,
    /// The pattern's flags, grown by leading `(?x)` groups.
    global: u32,
    names: Vec<(String, usize)>,
    /// The width of each group once closed (a look-behind may refer back to it).
    group_widths: Vec<Width>,
    open_groups: Vec<usize>,
    /// The first group inside the look-behind being parsed.
    lookbehind_first_group: Option<usize>,
    depth: usize,
    /// Group numbers of conditionals, with their positions, to check at the end.
    forward_references: Vec<(usize, usize)>,
}

/// What the item last added to a sequence was, for quantifier errors.
#[derive(PartialEq, Eq)]
enum Last {
    Nothing,
    Atom,
    Assertion,
    Repeat,
}

/// One step of a sequence.
enum Item {
    Node(Node),
    /// A leading `(?flags)`, now in force.
    GlobalFlags,
    /// `(?#...)`.
    Comment,
}

/// What an escape in a `[...]` set stands for.
enum SetMember {
    Char(u32),
    Category(Category, bool),
}

fn is_octal(c: u32) -> bool {
    (0x30..=0x37).contains(&c)
}

fn is_digit(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}

fn hex_value(c: u32) -> Option<u32> {
    char::from_u32(c)?.to_digit(16)
}

/// Characters VERBOSE mode skips.
fn is_verbose_space(c: u32) -> bool {
    matches!(c, 0x20 | 0x09 | 0x0A | 0x0D | 0x0B | 0x0C)
}

impl Parser<'_> {
    fn peek(&self) -> Option<u32> {
        self.src.get(self.pos).copied()
    }

    fn peek_at(&self, offset: usize) -> Option<u32> {
        self.src.get(self.pos + offset).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c as u32) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// The pattern text from `start` to the current position, for messages.
    fn text(&self, start: usize) -> String {
        self.src[start.min(self.pos)..self.pos].iter().map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}')).collect()
    }

    fn fold(&self, flags: u32) -> CaseFold {
        if flags & IGNORECASE == 0 {
            CaseFold::Exact
        } else if self.is_bytes || flags & (ASCII | LOCALE) != 0 {
            CaseFold::Ascii
        } else {
            CaseFold::Unicode
        }
    }

    fn ascii(&self, flags: u32) -> bool {
        self.is_bytes || flags & (ASCII | LOCALE) != 0
    }

    fn literal(&self, code: u32, flags: u32) -> Node {
        let fold = self.fold(flags);
        let cased = match fold {
            CaseFold::Exact => false,
            CaseFold::Ascii => code < 0x80 && (code as u8).is_ascii_alphabetic(),
            CaseFold::Unicode => has_case(code),
        };
        Node::Char { code, fold: if cased { fold } else { CaseFold::Exact } }
    }

    fn category(&self, category: Category, negated: bool, flags: u32) -> Node {
        let item = ClassItem::Category(category, negated);
        Node::Set(Box::new(ClassSet::new(vec![item], false, CaseFold::Exact, self.ascii(flags))))
    }

    /// Skips whitespace and `#` comments in VERBOSE mode.
    fn skip_verbose(&mut self, flags: u32) {
        if flags & VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if is_verbose_space(c) {
                self.pos += 1;
            } else if c == '#' as u32 {
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == '\n' as u32 {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    /// `branch|branch|...` up to a `)` or the end.
    fn alternation(&mut self, flags: u32, top: bool) -> Result<Node, ParseError> {
        let mut branches = vec![self.sequence(flags, top)?];
        while self.eat('|') {
            // Flags set at the start of the pattern hold in the later branches too.
            let flags = if top { self.global } else { flags };
            branches.push(self.sequence(flags, false)?);
        }
        Ok(if branches.len() == 1 { branches.pop().unwrap_or(Node::Empty) } else { Node::Alternate(branches) })
    }

    /// Items up to a `|`, a `)` or the end. `at_start`: global flags may still come.
    fn sequence(&mut self, mut flags: u32, at_start: bool) -> Result<Node, ParseError> {
        let mut items: Vec<Node> = Vec::new();
        let mut last = Last::Nothing;
        loop {
            self.skip_verbose(flags);
            let Some(c) = self.peek() else { break };
            let start = self.pos;
            match char::from_u32(c).unwrap_or('\u{FFFD}') {
                '|' | ')' => break,
                '*' | '+' | '?' => self.repeat(&mut items, &mut last)?,
                '{' if self.repeat_bounds()?.is_some() => self.repeat(&mut items, &mut last)?,
                _ => {
                    let may_set_flags = at_start && items.is_empty();
                    match self.atom(flags, may_set_flags)? {
                        Item::Node(node) => {
                            last = if matches!(node, Node::Assert(_)) { Last::Assertion } else { Last::Atom };
                            items.push(node);
                        }
                        Item::GlobalFlags => flags = self.global,
                        Item::Comment => {
                            if items.is_empty() {
                                last = Last::Nothing;
                            }
                        }
                    }
                    debug_assert!(self.pos > start);
                }
            }
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}` or `{,}` at the current position: the bounds, or None
    /// when the brace is a literal; the position is not moved.
    fn repeat_bounds(&self) -> Result<Option<(u32, u32, usize)>, ParseError> {
        let mut i = self.pos + 1;
        let number = |i: &mut usize| -> Option<u64> {
            let start = *i;
            let mut value: u64 = 0;
            while let Some(&d) = self.src.get(*i).filter(|&&d| is_digit(d)) {
                value = value.saturating_mul(10).saturating_add(u64::from(d - 0x30));
                *i += 1;
            }
            (*i > start).then_some(value)
        };
        let lo = number(&mut i);
        let hi = if self.src.get(i) == Some(&(',' as u32)) {
            i += 1;
            Some(number(&mut i))
        } else {
            None
        };
        if self.src.get(i) != Some(&('}' as u32)) || (lo.is_none() && hi.is_none()) {
            return Ok(None);
        }
        let too_large = |n: u64| n >= u64::from(UNBOUNDED);
        let min = lo.unwrap_or(0);
        let max = match hi {
            None => min,
            Some(None) => u64::from(UNBOUNDED),
            Some(Some(n)) => n,
        };
        if too_large(min) || (hi != Some(None) && too_large(max)) {
            return Err(ParseError {
                kind: ErrorKind::Overflow,
                message: "the repetition number is too large".into(),
                pos: None,
            });
        }
        if max < min {
            return error("min repeat greater than max repeat", self.pos + 1);
        }
        Ok(Some((min as u32, max as u32, i + 1)))
    }

    /// A quantifier applied to the last item.
    fn repeat(&mut self, items: &mut Vec<Node>, last: &mut Last) -> Result<(), ParseError> {
        let start = self.pos;
        let (min, max) = match self.peek().and_then(char::from_u32) {
            Some('*') => (0, UNBOUNDED),
            Some('+') => (1, UNBOUNDED),
            Some('?') => (0, 1),
            _ => match self.repeat_bounds()? {
                Some((min, max, end)) => {
                    self.pos = end - 1;
                    (min, max)
                }
                None => return error("nothing to repeat", start),
            },
        };
        self.pos += 1;
        match last {
            Last::Nothing | Last::Assertion => return error("nothing to repeat", start),
            Last::Repeat => return error("multiple repeat", start),
            Last::Atom => {}
        }
        let mode = if self.eat('?') {
            RepeatMode::Lazy
        } else if self.eat('+') {
            RepeatMode::Possessive
        } else {
            RepeatMode::Greedy
        };
        let body = Box::new(items.pop().unwrap_or(Node::Empty));
        items.push(Node::Repeat { body, min, max, mode });
        *last = Last::Repeat;
        Ok(())
    }

    fn atom(&mut self, flags: u32, may_set_flags: bool) -> Result<Item, ParseError> {
        let Some(c) = self.peek() else { return error("unexpected end of pattern", self.pos) };
        let node = match char::from_u32(c).unwrap_or('\u{FFFD}') {
            '(' => return self.group(flags, may_set_flags),
            '[' => self.set(flags)?,
            '.' => {
                self.pos += 1;
                Node::Any { dotall: flags & DOTALL != 0 }
            }
            '^' => {
                self.pos += 1;
                Node::Assert(if flags & MULTILINE != 0 { Assertion::LineStart } else { Assertion::TextStart })
            }
            '$' => {
                self.pos += 1;
                Node::Assert(if flags & MULTILINE != 0 { Assertion::LineEnd } else { Assertion::EndOrFinalNewline })
            }
            '\\' => self.escape(flags)?,
            _ => {
                self.pos += 1;
                self.literal(c, flags)
            }
        };
        Ok(Item::Node(node))
    }

    /// An escape outside a set; the position is at the backslash.
    fn escape(&mut self, flags: u32) -> Result<Node, ParseError> {
        let start = self.pos;
        let Some(c) = self.peek_at(1) else { return error("bad escape (end of pattern)", start) };
        let ascii = self.ascii(flags);
        let assertion = match char::from_u32(c).unwrap_or('\u{FFFD}') {
            'A' => Some(Assertion::TextStart),
            'Z' => Some(Assertion::TextEnd),
            'b' => Some(Assertion::WordBoundary { ascii }),
            'B' => Some(Assertion::NotWordBoundary { ascii }),
            _ => None,
        };
        if let Some(assertion) = assertion {
            self.pos += 2;
            return Ok(Node::Assert(assertion));
        }
        if is_digit(c) && c != '0' as u32 {
            return self.numbered_escape(flags);
        }
        Ok(match self.set_member(false)? {
            SetMember::Char(code) => self.literal(code, flags),
            SetMember::Category(category, negated) => self.category(category, negated, flags),
        })
    }

    /// `\1`..`\99` (a group reference) or `\123` (an octal escape), outside a set.
    fn numbered_escape(&mut self, flags: u32) -> Result<Node, ParseError> {
        let start = self.pos;
        let src = |i: usize| self.src.get(start + i).copied().unwrap_or(0);
        if is_octal(src(1)) && is_octal(src(2)) && is_octal(src(3)) {
            let value = (src(1) - 0x30) * 64 + (src(2) - 0x30) * 8 + (src(3) - 0x30);
            self.pos += 4;
            if value > 0o377 {
                return error(format!("octal escape value {} outside of range 0-0o377", self.text(start)), start);
            }
            return Ok(self.literal(value, flags));
        }
        let mut group = (src(1) - 0x30) as usize;
        self.pos += 2;
        if is_digit(src(2)) {
            group = group * 10 + (src(2) - 0x30) as usize;
            self.pos += 1;
        }
        self.check_reference(group, start + 1, start)?;
        Ok(Node::Backref { group, fold: self.fold(flags) })
    }

    /// Checks a back-reference to `group` (errors at `pos`, or `open_pos` for an open group).
    fn check_reference(&self, group: usize, pos: usize, open_pos: usize) -> Result<(), ParseError> {
        if group > self.group_widths.len() {
            return error(format!("invalid group reference {group}"), pos);
        }
        if self.open_groups.contains(&group) {
            return error("cannot refer to an open group", open_pos);
        }
        if self.lookbehind_first_group.is_some_and(|first| group >= first) {
            return error("cannot refer to group defined in the same lookbehind subpattern", self.pos);
        }
        Ok(())
    }

    /// An escape that is a character or a category, in a set or not (`in_set` changes `\b`
    /// and octal digits); the position is at the backslash and moves past the escape.
    fn set_member(&mut self, in_set: bool) -> Result<SetMember, ParseError> {
        let start = self.pos;
        let Some(c) = self.peek_at(1) else { return error("bad escape (end of pattern)", start) };
        self.pos += 2;
        let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
        let code = match ch {
            'd' | 'D' => return Ok(SetMember::Category(Category::Digit, ch == 'D')),
            'w' | 'W' => return Ok(SetMember::Category(Category::Word, ch == 'W')),
            's' | 'S' => return Ok(SetMember::Category(Category::Space, ch == 'S')),
            'a' => 7,
            'b' if in_set => 8,
            'f' => 12,
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            'x' => self.hex_escape(start, 2)?,
            'u' if !self.is_bytes => self.hex_escape(start, 4)?,
            'U' if !self.is_bytes => {
                let value = self.hex_escape(start, 8)?;
                if value > 0x10FFFF {
                    return error(format!("bad escape {}", self.text(start)), start);
                }
                value
            }
            'N' if !self.is_bytes => self.named_escape(start)?,
            '0'..='7' => {
                // At most three digits: `\0` outside a set, any of `\0`..`\7` inside one.
                let mut value = c - 0x30;
                let mut digits = 1;
                while digits < 3 && self.peek().is_some_and(is_octal) {
                    value = value * 8 + (self.peek().unwrap_or(0x30) - 0x30);
                    self.pos += 1;
                    digits += 1;
                }
                if value > 0o377 {
                    return error(format!("octal escape value {} outside of range 0-0o377", self.text(start)), start);
                }
                value
            }
            _ if ch.is_ascii_alphanumeric() => return error(format!("bad escape {}", self.text(start)), start),
            _ => c,
        };
        Ok(SetMember::Char(code))
    }

    /// `\xhh`, `\uhhhh`, `\Uhhhhhhhh`: exactly `digits` hex digits after the letter.
    fn hex_escape(&mut self, start: usize, digits: usize) -> Result<u32, ParseError> {
        let mut value = 0u32;
        for _ in 0..digits {
            match self.peek().and_then(hex_value) {
                Some(d) => {
                    value = value.wrapping_mul(16).wrapping_add(d);
                    self.pos += 1;
                }
                None => return error(format!("incomplete escape {}", self.text(start)), start),
            }
        }
        Ok(value)
    }

    /// `\N{NAME}`.
    fn named_escape(&mut self, start: usize) -> Result<u32, ParseError> {
        if !self.eat('{') {
            return error("missing {", self.pos);
        }
        let name_start = self.pos;
        if matches!(self.peek(), None | Some(0x7D)) {
            return error("missing character name", name_start);
        }
        let Some(len) = self.src[self.pos..].iter().position(|&c| c == '}' as u32) else {
            return error("missing }, unterminated name", name_start);
        };
        self.pos += len;
        let name = self.text(name_start);
        self.pos += 1;
        match unicode_names2::character(&name) {
            Some(ch) => Ok(u32::from(ch)),
            None => error(format!("undefined character name '{name}'"), start),
        }
    }

    /// `[...]`.
    fn set(&mut self, flags: u32) -> Result<Node, ParseError> {
        let open = self.pos;
        self.pos += 1;
        let negated = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else { return error("unterminated character set", open) };
            if c == ']' as u32 && !first {
                self.pos += 1;
                break;
            }
            first = false;
            let start = self.pos;
            let low = self.set_char()?;
            let is_range = self.peek() == Some('-' as u32) && self.peek_at(1).is_some_and(|c| c != ']' as u32);
            if !is_range {
                items.push(match low {
                    SetMember::Char(c) => ClassItem::Range(c, c),
                    SetMember::Category(category, negated) => ClassItem::Category(category, negated),
                });
                continue;
            }
            self.pos += 1;
            let high = self.set_char()?;
            match (low, high) {
                (SetMember::Char(lo), SetMember::Char(hi)) if lo <= hi => items.push(ClassItem::Range(lo, hi)),
                _ => return error(format!("bad character range {}", self.text(start)), start),
            }
        }
        Ok(Node::Set(Box::new(ClassSet::new(items, negated, self.fold(flags), self.ascii(flags)))))
    }

    /// One character or escape inside a set.
    fn set_char(&mut self) -> Result<SetMember, ParseError> {
        let Some(c) = self.peek() else { return error("unterminated character set", self.pos) };
        if c != '\\' as u32 {
            self.pos += 1;
            return Ok(SetMember::Char(c));
        }
        if self.peek_at(1).is_some_and(|d| d == '8' as u32 || d == '9' as u32) {
            let start = self.pos;
            self.pos += 2;
            return error(format!("bad escape {}", self.text(start)), start);
        }
        self.set_member(true)
    }

    /// Something in parentheses; the position is at the `(`.
    fn group(&mut self, flags: u32, may_set_flags: bool) -> Result<Item, ParseError> {
        let open = self.pos;
        if self.depth >= MAX_NESTING {
            return Err(ParseError {
                kind: ErrorKind::Recursion,
                message: "maximum recursion depth exceeded".into(),
                pos: None,
            });
        }
        self.depth += 1;
        let item = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.group_body(open, flags, may_set_flags));
        self.depth -= 1;
        item
    }

    fn group_body(&mut self, open: usize, flags: u32, may_set_flags: bool) -> Result<Item, ParseError> {
        self.pos += 1;
        if !self.eat('?') {
            return self.capturing(open, flags, None).map(Item::Node);
        }
        let Some(c) = self.peek() else { return error("unexpected end of pattern", self.pos) };
        let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
        match ch {
            ':' => {
                self.pos += 1;
                self.subpattern(open, flags).map(Item::Node)
            }
            'P' => {
                self.pos += 1;
                match self.peek().and_then(char::from_u32) {
                    Some('<') => {
                        self.pos += 1;
                        let name = self.group_name('>', "missing >, unterminated name")?;
                        self.capturing(open, flags, Some(name)).map(Item::Node)
                    }
                    Some('=') => {
                        self.pos += 1;
                        self.named_reference(flags).map(Item::Node)
                    }
                    Some(other) => error(format!("unknown extension ?P{other}"), open + 1),
                    None => error("unexpected end of pattern", self.pos),
                }
            }
            '#' => {
                match self.src[self.pos..].iter().position(|&c| c == ')' as u32) {
                    Some(len) => self.pos += len + 1,
                    None => return error("missing ), unterminated comment", open),
                }
                Ok(Item::Comment)
            }
            '=' | '!' => {
                self.pos += 1;
                let body = Box::new(self.subpattern(open, flags)?);
                Ok(Item::Node(Node::Look { behind: false, negate: ch == '!', body }))
            }
            '<' => {
                self.pos += 1;
                match self.peek().and_then(char::from_u32) {
                    Some(kind @ ('=' | '!')) => {
                        self.pos += 1;
                        self.lookbehind(open, flags, kind == '!').map(Item::Node)
                    }
                    Some(other) => error(format!("unknown extension ?<{other}"), open + 1),
                    None => error("unexpected end of pattern", self.pos),
                }
            }
            '>' => {
                self.pos += 1;
                Ok(Item::Node(Node::Atomic(Box::new(self.subpattern(open, flags)?))))
            }
            '(' => {
                self.pos += 1;
                self.conditional(open, flags).map(Item::Node)
            }
            'a' | 'i' | 'L' | 'm' | 's' | 'u' | 'x' | '-' => self.flag_group(open, flags, may_set_flags),
            _ => error(format!("unknown extension ?{ch}"), open + 1),
        }
    }

    /// The rest of a group after its opening: alternatives, then the `)`.
    fn subpattern(&mut self, open: usize, flags: u32) -> Result<Node, ParseError> {
        let body = self.alternation(flags, false)?;
        if !self.eat(')') {
            return error("missing ), unterminated subpattern", open);
        }
        Ok(body)
    }

    fn capturing(&mut self, open: usize, flags: u32, name: Option<(String, usize)>) -> Result<Node, ParseError> {
        let index = self.group_widths.len() + 1;
        if let Some((name, pos)) = name {
            if let Some((_, was)) = self.names.iter().find(|(n, _)| *n == name) {
                return error(format!("redefinition of group name '{name}' as group {index}; was group {was}"), pos);
            }
            self.names.push((name, index));
        }
        // Reserved now so that later groups number after it; the width is set on closing.
        self.group_widths.push((0, None));
        self.open_groups.push(index);
        let body = self.subpattern(open, flags)?;
        self.open_groups.pop();
        self.group_widths[index - 1] = body.width(&self.group_widths);
        Ok(Node::Group { index, body: Box::new(body) })
    }

    /// A group name ending at `end`: its text and position.
    fn group_name(&mut self, end: char, unterminated: &str) -> Result<(String, usize), ParseError> {
        let start = self.pos;
        let Some(len) = self.src[start..].iter().position(|&c| c == end as u32) else {
            return error(unterminated, start);
        };
        self.pos += len;
        let name = self.text(start);
        self.pos += 1;
        if name.is_empty() {
            return error("missing group name", start);
        }
        if !self.is_identifier(&name) {
            return error(format!("bad character in group name '{name}'"), start);
        }
        Ok((name, start))
    }

    fn is_identifier(&self, name: &str) -> bool {
        let mut chars = name.chars();
        let first_ok = chars.next().is_some_and(|c| c == '_' || unicode_ident::is_xid_start(c));
        first_ok && chars.all(unicode_ident::is_xid_continue) && (!self.is_bytes || name.is_ascii())
    }

    /// `(?P=name)`, after the `=`.
    fn named_reference(&mut self, flags: u32) -> Result<Node, ParseError> {
        let (name, pos) = self.group_name(')', "missing ), unterminated name")?;
        let Some(&(_, group)) = self.names.iter().find(|(n, _)| *n == name) else {
            return error(format!("unknown group name '{name}'"), pos);
        };
        self.check_reference(group, pos, pos)?;
        Ok(Node::Backref { group, fold: self.fold(flags) })
    }

    fn lookbehind(&mut self, open: usize, flags: u32, negate: bool) -> Result<Node, ParseError> {
        let outer = self.lookbehind_first_group;
        if outer.is_none() {
            self.lookbehind_first_group = Some(self.group_widths.len() + 1);
        }
        let body = self.subpattern(open, flags);
        self.lookbehind_first_group = outer;
        let body = body?;
        let (lo, hi) = body.width(&self.group_widths);
        if hi != Some(lo) {
            return Err(ParseError {
                kind: ErrorKind::Syntax,
                message: "look-behind requires fixed-width pattern".into(),
                pos: None,
            });
        }
        Ok(Node::Look { behind: true, negate, body: Box::new(body) })
    }

    /// `(?(group)yes|no)`, after the second `(`.
    fn conditional(&mut self, open: usize, flags: u32) -> Result<Node, ParseError> {
        let (name, pos) = {
            let start = self.pos;
            let Some(len) = self.src[start..].iter().position(|&c| c == ')' as u32) else {
                return error("missing ), unterminated name", start);
            };
            self.pos += len;
            let name = self.text(start);
            self.pos += 1;
            if name.is_empty() {
                return error("missing group name", start);
            }
            (name, start)
        };
        let group = if self.is_identifier(&name) {
            match self.names.iter().find(|(n, _)| *n == name) {
                Some(&(_, group)) => group,
                None => return error(format!("unknown group name '{name}'"), pos),
            }
        } else {
            let number = match name.bytes().all(|b| b.is_ascii_digit()) {
                true => name.parse::<usize>().ok(),
                false => None,
            };
            match number {
                None => return error(format!("bad character in group name '{name}'"), pos),
                Some(0) => return error("bad group number", pos),
                Some(n) => {
                    // A later group may be named: checked once all groups are known.
                    self.forward_references.push((n, pos));
                    n
                }
            }
        };
        if self.lookbehind_first_group.is_some_and(|first| group >= first) {
            return error("cannot refer to group defined in the same lookbehind subpattern", self.pos);
        }
        let yes = self.sequence(flags, false)?;
        let no = if self.eat('|') {
            let no = self.sequence(flags, false)?;
            if self.peek() == Some('|' as u32) {
                return error("conditional backref with more than two branches", self.pos);
            }
            no
        } else {
            Node::Empty
        };
        if !self.eat(')') {
            return error("missing ), unterminated subpattern", open);
        }
        Ok(Node::Conditional { group, yes: Box::new(yes), no: Box::new(no) })
    }

    /// `(?aiLmsux)` for the whole pattern or `(?flags-flags:...)` for a part; the position is
    /// at the first flag letter.
    fn flag_group(&mut self, open: usize, flags: u32, may_set_flags: bool) -> Result<Item, ParseError> {
        let on = self.flag_letters(false)?;
        let mut off = 0;
        if self.eat('-') {
            off = self.flag_letters(true)?;
            if on & off != 0 {
                return error("bad inline flags: flag turned on and off", self.pos);
            }
            if self.peek() != Some(':' as u32) {
                return match self.peek().and_then(char::from_u32) {
                    Some(c) if c.is_ascii_alphabetic() => error("unknown flag", self.pos),
                    _ => error("missing :", self.pos),
                };
            }
        }
        match self.peek().and_then(char::from_u32) {
            Some(')') => {
                self.pos += 1;
                if !may_set_flags {
                    return error("global flags not at the start of the expression", open);
                }
                self.global |= on;
                Ok(Item::GlobalFlags)
            }
            Some(':') => {
                self.pos += 1;
                let mut scoped = (flags | on) & !off;
                if on & (ASCII | UNICODE | LOCALE) != 0 {
                    scoped = (scoped & !(ASCII | UNICODE | LOCALE)) | (on & (ASCII | UNICODE | LOCALE));
                }
                self.subpattern(open, scoped).map(Item::Node)
            }
            Some(c) if c.is_ascii_alphabetic() => error("unknown flag", self.pos),
            _ => error("missing -, : or )", self.pos),
        }
    }

    /// A run of flag letters (turned on, or off after a `-`), checked as CPython checks them.
    fn flag_letters(&mut self, turning_off: bool) -> Result<u32, ParseError> {
        let mut bits = 0;
        let start = self.pos;
        while let Some(c) = self.peek().and_then(char::from_u32) {
            let bit = match c {
                'a' => ASCII,
                'i' => IGNORECASE,
                'L' => LOCALE,
                'm' => MULTILINE,
                's' => DOTALL,
                'u' => UNICODE,
                'x' => VERBOSE,
                _ => break,
            };
            self.pos += 1;
            if c == 'L' && !self.is_bytes {
                return error("bad inline flags: cannot use 'L' flag with a str pattern", self.pos);
            }
            if c == 'u' && self.is_bytes {
                return error("bad inline flags: cannot use 'u' flag with a bytes pattern", self.pos);
            }
            if turning_off && bit & (ASCII | UNICODE | LOCALE) != 0 {
                return error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.pos);
            }
            bits |= bit;
            if (bits & (ASCII | UNICODE | LOCALE)).count_ones() > 1 {
                return error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.pos);
            }
        }
        if turning_off {
            if self.pos == start {
                return error("missing flag", self.pos);
            }
        } else if self.pos == start && self.peek() != Some('-' as u32) {
            return error("missing flag", self.pos);
        }
        Ok(bits)
    }
}
