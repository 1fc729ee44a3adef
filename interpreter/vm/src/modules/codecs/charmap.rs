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
        self.points.iter().position(|&c| c == code).map(|i| i as u8)
    }
}

/// The code page `name` (normalized) stands for.
pub fn find(name: &str) -> Option<&'static CodePage> {
    super::code_pages::CODE_PAGES.iter().find(|page| page.names.contains(&name))
}
