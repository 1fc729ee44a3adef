//! The single-byte code pages (cp437, cp1252, iso8859-5, koi8-r, mac-roman, ...): a table of the
//! code point each byte stands for, generated into `code_pages` by
//! `tests/tools/gen_code_pages.py`.

/// A byte the code page leaves undefined.
const UNDEFINED: u16 = 0xFFFF;

/// One code page.
#[derive(Debug, PartialEq, Eq)]
pub struct CodePage {
    /// `codecs.lookup(name).name`.
    pub name: &'static str,
    /// The module of CPython's `encodings` package that holds it.
    pub module: &'static str,
    /// The names it is found under, normalized (lowercase, `_` for separators).
    pub names: &'static [&'static str],
    /// Whether bytes 0..=0x7F stand for ASCII (not so in EBCDIC pages, nor in cp864's `%`).
    pub ascii: bool,
    /// The code point of each byte (`UNDEFINED` where none).
    pub points: [u16; 256],
}

impl CodePage {
    /// The code point of a byte, if the code page defines it.
    pub fn decode(&self, byte: u8) -> Option<u32> {
        Some(self.points[usize::from(byte)]).filter(|&c| c != UNDEFINED).map(u32::from)
    }

    /// The byte of a code point, if the code page has one.
    pub fn encode(&self, code: u32) -> Option<u8> {
        if code < 0x80 && u32::from(self.points[code as usize]) == code {
            return Some(code as u8);
        }
        let code = u16::try_from(code).ok().filter(|&c| c != UNDEFINED)?;
        let pages = super::code_pages::CODE_PAGES;
        let index = pages.iter().position(|page| std::ptr::eq(page, self))?;
        let table = &reverse()[index];
        table.binary_search_by_key(&code, |&(point, _)| point).ok().map(|at| table[at].1)
    }
}

/// For each code page, its (code point, byte) pairs sorted by code point, made on first use:
/// text in a code page that is mostly not ASCII (cp1251, koi8-r) would otherwise search 256
/// entries per character. Where a code point has two bytes, the lower one is kept.
fn reverse() -> &'static [Vec<(u16, u8)>] {
    static REVERSE: std::sync::OnceLock<Vec<Vec<(u16, u8)>>> = std::sync::OnceLock::new();
    REVERSE.get_or_init(|| {
        super::code_pages::CODE_PAGES
            .iter()
            .map(|page| {
                let mut pairs: Vec<(u16, u8)> = (0..=255u8)
                    .map(|byte| (page.points[usize::from(byte)], byte))
                    .filter(|&(point, _)| point != UNDEFINED)
                    .collect();
                // Sorted by code point, then byte: the first of equal points is the lowest byte.
                pairs.sort_unstable();
                pairs.dedup_by_key(|pair| pair.0);
                pairs
            })
            .collect()
    })
}

/// Every code page.
pub fn all() -> &'static [CodePage] {
    super::code_pages::CODE_PAGES
}

/// The code page `name` (normalized) stands for.
pub fn find(name: &str) -> Option<&'static CodePage> {
    super::code_pages::CODE_PAGES.iter().find(|page| page.names.contains(&name))
}
