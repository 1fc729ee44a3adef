//! Character tests: case folding, the `\d \w \s` categories and character sets.

use crate::builtins::{decimal_value, is_alnum_char, py_isspace};

/// How characters are compared: exactly, with ASCII case folding (bytes, or the ASCII flag),
/// or with Unicode simple case folding (str patterns).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseFold {
    Exact,
    Ascii,
    Unicode,
}

impl CaseFold {
    /// The representative of `c`'s case class: equal folds mean a case-insensitive match.
    #[inline]
    pub fn fold(self, c: u32) -> u32 {
        match self {
            CaseFold::Exact => c,
            CaseFold::Ascii => ascii_lower(c),
            CaseFold::Unicode if c < 0x80 => ascii_lower(c),
            CaseFold::Unicode => unicode_fold(c),
        }
    }
}

fn ascii_lower(c: u32) -> u32 {
    if (0x41..=0x5A).contains(&c) {
        c + 32
    } else {
        c
    }
}

/// The only character of a case mapping, or None when the mapping is several characters.
fn single(mut mapped: impl Iterator<Item = char>) -> Option<char> {
    let first = mapped.next()?;
    mapped.next().is_none().then_some(first)
}

/// Lower case of upper case: this joins the characters that only fold together through their
/// capital ('ſ' and 's', 'ς' and 'σ', 'µ' and 'μ', the Kelvin sign and 'k').
fn unicode_fold(c: u32) -> u32 {
    // The ligatures 'ﬅ' and 'ﬆ' both fold to "st": one class for CPython.
    if c == 0xFB05 {
        return 0xFB06;
    }
    let Some(ch) = char::from_u32(c) else { return c };
    let upper = single(ch.to_uppercase()).unwrap_or(ch);
    match single(upper.to_lowercase()) {
        Some(folded) => u32::from(folded),
        None => single(ch.to_lowercase()).map_or(c, u32::from),
    }
}

/// Whether `c` has other case forms (a literal without them needs no folding).
pub fn has_case(c: u32) -> bool {
    let Some(ch) = char::from_u32(c) else { return false };
    unicode_fold(c) != c || ch.to_lowercase().ne(std::iter::once(ch)) || ch.to_uppercase().ne(std::iter::once(ch))
}

/// The classes `\d`, `\w` and `\s` stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Digit,
    Word,
    Space,
}

impl Category {
    /// Whether `c` is in the class: ASCII only for bytes and the ASCII flag, else as
    /// `str.isdecimal`, `str.isalnum` plus '_', and `str.isspace` decide.
    #[inline]
    pub fn contains(self, c: u32, ascii: bool) -> bool {
        if c < 0x80 {
            // str.isspace also takes the separators \x1c-\x1f.
            let separator = !ascii && self == Category::Space && (0x1C..=0x1F).contains(&c);
            return separator || ascii_category(self, c as u8);
        }
        if ascii {
            return false;
        }
        let Some(ch) = char::from_u32(c) else { return false };
        match self {
            Category::Digit => decimal_value(ch).is_some(),
            Category::Word => is_alnum_char(ch),
            Category::Space => py_isspace(ch),
        }
    }
}

fn ascii_category(category: Category, b: u8) -> bool {
    match category {
        Category::Digit => b.is_ascii_digit(),
        Category::Word => b.is_ascii_alphanumeric() || b == b'_',
        // Python's ASCII whitespace: \t \n \v \f \r and space (not \x1c-\x1f as str.isspace).
        Category::Space => matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' '),
    }
}

/// One member of a `[...]` set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassItem {
    Range(u32, u32),
    /// A category, or its complement when the flag is set (`\D` inside a set).
    Category(Category, bool),
}

/// Ranges longer than this are not folded character by character (they hold both cases of
/// nearly everything already).
const MAX_FOLDED_RANGE: u32 = 0x10000;

/// A character set: `[...]`, `[^...]`, or a lone `\d`-style escape.
#[derive(Debug, Clone)]
pub struct ClassSet {
    items: Vec<ClassItem>,
    negated: bool,
    fold: CaseFold,
    ascii: bool,
    /// Under case folding, the folds of the characters of the ranges, sorted: a character
    /// whose fold is here matches.
    folded: Vec<u32>,
    /// The answers for ASCII characters, bit per character, computed once.
    ascii_bits: u128,
}

impl ClassSet {
    pub fn new(items: Vec<ClassItem>, negated: bool, fold: CaseFold, ascii: bool) -> ClassSet {
        let mut folded = Vec::new();
        if fold != CaseFold::Exact {
            for item in &items {
                if let ClassItem::Range(lo, hi) = *item {
                    let hi = hi.min(lo.saturating_add(MAX_FOLDED_RANGE));
                    folded.extend((lo..=hi).map(|c| fold.fold(c)));
                }
            }
            folded.sort_unstable();
            folded.dedup();
        }
        let mut set = ClassSet { items, negated, fold, ascii, folded, ascii_bits: 0 };
        for c in 0..128u32 {
            if set.test(c) {
                set.ascii_bits |= 1 << c;
            }
        }
        set
    }

    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        if c < 128 {
            self.ascii_bits & (1 << c) != 0
        } else {
            self.test(c)
        }
    }

    fn test(&self, c: u32) -> bool {
        let hit =
            self.contains(c) || (self.fold != CaseFold::Exact && self.folded.binary_search(&self.fold.fold(c)).is_ok());
        hit != self.negated
    }

    fn contains(&self, c: u32) -> bool {
        self.items.iter().any(|item| match *item {
            ClassItem::Range(lo, hi) => lo <= c && c <= hi,
            ClassItem::Category(category, negated) => category.contains(c, self.ascii) != negated,
        })
    }
}
