//! The codecs Ferrython implements natively and the names that find them: CPython's
//! normalization (case, and runs of punctuation or spaces taken as one `_`) and its aliases.

/// The byte order of a UTF-16 or UTF-32 codec; `Detect` is the plain `utf-16`/`utf-32` codec,
/// which writes a BOM and reads one to choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endian {
    Detect,
    Little,
    Big,
}

/// A native codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf7,
    Utf8,
    Utf8Sig,
    Utf16(Endian),
    Utf32(Endian),
    Latin1,
    Ascii,
    /// A single-byte code page (`charmap`).
    CodePage(&'static super::charmap::CodePage),
    /// An East Asian multibyte codec (`multibyte`).
    Multibyte(&'static super::multibyte::Multibyte),
    /// Latin-1 with Python's backslash escapes (`escape.rs`).
    UnicodeEscape,
    /// Latin-1 with `\uXXXX` and `\UXXXXXXXX` escapes only.
    RawUnicodeEscape,
}

impl Codec {
    /// `codecs.lookup(name).name`.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf7 => "utf-7",
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Utf16(Endian::Detect) => "utf-16",
            Codec::Utf16(Endian::Little) => "utf-16-le",
            Codec::Utf16(Endian::Big) => "utf-16-be",
            Codec::Utf32(Endian::Detect) => "utf-32",
            Codec::Utf32(Endian::Little) => "utf-32-le",
            Codec::Utf32(Endian::Big) => "utf-32-be",
            Codec::Latin1 => "iso8859-1",
            Codec::Ascii => "ascii",
            Codec::CodePage(page) => page.name,
            Codec::Multibyte(codec) => codec.name,
            Codec::UnicodeEscape => "unicode-escape",
            Codec::RawUnicodeEscape => "raw-unicode-escape",
        }
    }

    /// The codec that decodes in byte order `big`: the BOM-reading UTF-16/32 codecs become
    /// the fixed-order ones once the order is known; the others stay.
    pub fn in_order(self, big: bool) -> Codec {
        let order = if big { Endian::Big } else { Endian::Little };
        match self {
            Codec::Utf16(Endian::Detect) => Codec::Utf16(order),
            Codec::Utf32(Endian::Detect) => Codec::Utf32(order),
            other => other,
        }
    }

    /// The name error messages and `UnicodeError.encoding` give.
    pub fn error_name(self) -> &'static str {
        match self {
            Codec::Utf7 => "utf7",
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Latin1 => "latin-1",
            Codec::CodePage(_) => "charmap",
            Codec::UnicodeEscape => "unicodeescape",
            Codec::RawUnicodeEscape => "rawunicodeescape",
            other => other.name(),
        }
    }

    /// The module name CPython's `encodings` package gives the codec (`codecs.lookup(...)`
    /// functions are named after it).
    pub fn module_name(self) -> &'static str {
        match self {
            Codec::Utf7 => "utf_7",
            Codec::Utf8 => "utf_8",
            Codec::Utf8Sig => "utf_8_sig",
            Codec::Utf16(Endian::Detect) => "utf_16",
            Codec::Utf16(Endian::Little) => "utf_16_le",
            Codec::Utf16(Endian::Big) => "utf_16_be",
            Codec::Utf32(Endian::Detect) => "utf_32",
            Codec::Utf32(Endian::Little) => "utf_32_le",
            Codec::Utf32(Endian::Big) => "utf_32_be",
            Codec::Latin1 => "latin_1",
            Codec::Ascii => "ascii",
            Codec::CodePage(page) => page.module,
            Codec::Multibyte(codec) => codec.name,
            Codec::UnicodeEscape => "unicode_escape",
            Codec::RawUnicodeEscape => "raw_unicode_escape",
        }
    }

    /// Whether encoding starts with a byte order mark (written once per stream).
    pub fn writes_bom(self) -> bool {
        matches!(self, Codec::Utf8Sig | Codec::Utf16(Endian::Detect) | Codec::Utf32(Endian::Detect))
    }

    /// How many bytes one code unit takes (what a position inside a character rounds to).
    pub fn unit(self) -> usize {
        match self {
            Codec::Utf16(_) => 2,
            Codec::Utf32(_) => 4,
            _ => 1,
        }
    }
}

/// `encodings.normalize_encoding` followed by `.lower()`: every run of characters other than
/// letters, digits and `.` becomes one `_`, leading and trailing ones dropped.
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if gap && !out.is_empty() {
                out.push('_');
            }
            gap = false;
            out.extend(c.to_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

/// The codecs other than the code pages and the multibyte ones, with every name they are
/// found under (normalized; the first is the module's).
const FIXED: &[(&[&str], Codec)] = &[
    (&["utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"], Codec::Utf8),
    (&["utf_8_sig", "utf8_sig"], Codec::Utf8Sig),
    (&["utf_7", "utf7", "u7", "unicode_1_1_utf_7"], Codec::Utf7),
    (&["utf_16", "utf16", "u16"], Codec::Utf16(Endian::Detect)),
    (&["utf_16_le", "utf_16le", "utf16le", "unicodelittleunmarked"], Codec::Utf16(Endian::Little)),
    (&["utf_16_be", "utf_16be", "utf16be", "unicodebigunmarked"], Codec::Utf16(Endian::Big)),
    (&["utf_32", "utf32", "u32"], Codec::Utf32(Endian::Detect)),
    (&["utf_32_le", "utf_32le", "utf32le"], Codec::Utf32(Endian::Little)),
    (&["utf_32_be", "utf_32be", "utf32be"], Codec::Utf32(Endian::Big)),
    (
        &[
            "latin_1",
            "latin1",
            "latin",
            "l1",
            "iso8859",
            "iso8859_1",
            "iso_8859_1",
            "8859",
            "cp819",
            "iso_ir_100",
            "iso_8859_1_1987",
            "ibm819",
            "csisolatin1",
        ],
        Codec::Latin1,
    ),
    (
        &[
            "ascii",
            "us_ascii",
            "646",
            "us",
            "ansi_x3_4_1968",
            "ansi_x3_4_1986",
            "cp367",
            "csascii",
            "ibm367",
            "iso646_us",
            "iso_646_irv_1991",
            "iso_ir_6",
        ],
        Codec::Ascii,
    ),
    (&["unicode_escape"], Codec::UnicodeEscape),
    (&["raw_unicode_escape"], Codec::RawUnicodeEscape),
];

/// The codec a name (any spelling CPython accepts) stands for.
pub fn find(name: &str) -> Option<Codec> {
    let key = normalize(name).replace('.', "_");
    let key = key.as_str();
    FIXED
        .iter()
        .find(|(names, _)| names.contains(&key))
        .map(|&(_, codec)| codec)
        .or_else(|| super::charmap::find(key).map(Codec::CodePage))
        .or_else(|| super::multibyte::find(key).map(Codec::Multibyte))
}

/// Every name of every native codec but the module names themselves, with the module's name
/// (`encodings.aliases.aliases` holds them).
pub fn aliases() -> Vec<(&'static str, &'static str)> {
    let fixed = FIXED.iter().map(|&(names, codec)| (names, codec.module_name()));
    let pages = super::charmap::all().iter().map(|page| (page.names, page.module));
    let multibyte = super::multibyte::all().iter().map(|codec| (codec.names, codec.name));
    fixed
        .chain(pages)
        .chain(multibyte)
        .flat_map(|(names, module)| names.iter().filter(move |&&name| name != module).map(move |&name| (name, module)))
        .collect()
}
