//! The East Asian multibyte codecs (shift_jis, euc_jp, gbk, big5, euc_kr and their relatives),
//! over encoding_rs's decoders and encoders (the WHATWG Encoding Standard's). Each Python codec
//! is the encoding_rs encoding closest to it: where the two differ (vendor extensions the
//! WHATWG tables include, such as cp932's in shift_jis, or HKSCS in big5), Ferrython decodes
//! the larger repertoire (one more: a lone byte 0x80 decodes as U+0080 in shift_jis and as
//! U+20AC in gbk, gb2312 and gb18030, where CPython's tables have none); in encoding, the
//! euro sign that WHATWG adds to gbk, gb2312 and big5 is refused, as CPython refuses it. The
//! stateful ISO-2022 codecs are not here.

use encoding_rs::{DecoderResult, EncoderResult, Encoding};

use super::errors;
use super::names::Codec;
use crate::thread::Thread;
use crate::PyResult;

/// One multibyte codec.
#[derive(Debug, PartialEq, Eq)]
pub struct Multibyte {
    /// `codecs.lookup(name).name`, which error messages give too.
    pub name: &'static str,
    /// The names it is found under, normalized (lowercase, `_` for separators).
    pub names: &'static [&'static str],
    pub encoding: &'static Encoding,
    /// Whether the euro sign is refused in encoding (CPython's table has none).
    pub no_euro: bool,
}

/// The codecs, with CPython's names and aliases.
static CODECS: &[Multibyte] = &[
    Multibyte {
        name: "shift_jis",
        names: &["shift_jis", "csshiftjis", "shiftjis", "sjis", "s_jis", "x_mac_japanese"],
        encoding: encoding_rs::SHIFT_JIS,
        no_euro: false,
    },
    Multibyte {
        name: "cp932",
        names: &["cp932", "932", "ms932", "mskanji", "ms_kanji"],
        encoding: encoding_rs::SHIFT_JIS,
        no_euro: false,
    },
    Multibyte {
        name: "euc_jp",
        names: &["euc_jp", "eucjp", "ujis", "u_jis"],
        encoding: encoding_rs::EUC_JP,
        no_euro: false,
    },
    Multibyte {
        name: "euc_kr",
        names: &[
            "euc_kr",
            "euckr",
            "korean",
            "ksc5601",
            "ks_c_5601",
            "ks_c_5601_1987",
            "ksx1001",
            "ks_x_1001",
            "x_mac_korean",
        ],
        encoding: encoding_rs::EUC_KR,
        no_euro: false,
    },
    Multibyte {
        name: "cp949",
        names: &["cp949", "949", "ms949", "uhc"],
        encoding: encoding_rs::EUC_KR,
        no_euro: false,
    },
    Multibyte {
        name: "gb2312",
        names: &[
            "gb2312",
            "chinese",
            "csiso58gb231280",
            "euc_cn",
            "euccn",
            "eucgb2312_cn",
            "gb2312_1980",
            "gb2312_80",
            "iso_ir_58",
        ],
        encoding: encoding_rs::GBK,
        no_euro: true,
    },
    Multibyte { name: "gbk", names: &["gbk", "936", "cp936", "ms936"], encoding: encoding_rs::GBK, no_euro: true },
    Multibyte { name: "gb18030", names: &["gb18030", "gb18030_2000"], encoding: encoding_rs::GB18030, no_euro: false },
    Multibyte {
        name: "big5",
        names: &["big5", "big5_tw", "csbig5", "x_mac_trad_chinese"],
        encoding: encoding_rs::BIG5,
        no_euro: true,
    },
    Multibyte { name: "cp950", names: &["cp950", "950", "ms950"], encoding: encoding_rs::BIG5, no_euro: false },
    Multibyte {
        name: "big5hkscs",
        names: &["big5hkscs", "big5_hkscs", "hkscs"],
        encoding: encoding_rs::BIG5,
        no_euro: false,
    },
];

/// The codec `name` (normalized) stands for.
pub fn find(name: &str) -> Option<&'static Multibyte> {
    CODECS.iter().find(|codec| codec.names.contains(&name))
}

/// Every codec, for `encodings.aliases`.
pub fn all() -> &'static [Multibyte] {
    CODECS
}

impl Multibyte {
    /// The bytes of one character, if the codec has it (the encoders are stateless: a
    /// character's bytes do not depend on its neighbours).
    pub fn encode_char(&self, c: u32) -> Option<([u8; 4], usize)> {
        if self.no_euro && c == 0x20AC {
            return None;
        }
        let c = char::from_u32(c)?;
        let mut text = [0u8; 4];
        let text = c.encode_utf8(&mut text);
        let mut out = [0u8; 4];
        let mut encoder = self.encoding.new_encoder();
        match encoder.encode_from_utf8_without_replacement(text, &mut out, true) {
            (EncoderResult::InputEmpty, _, written) => Some((out, written)),
            _ => None,
        }
    }
}

/// Decodes `input` from `start` as `decode::decode_units` does: to the end when `last`, else
/// up to a malformed sequence that reaches the end (more input may complete it). Returns the
/// text (UTF-8) and where it stopped.
pub fn decode(
    mut thread: Option<&mut Thread>,
    codec: &'static Multibyte,
    input: &[u8],
    start: usize,
    errors: &str,
    last: bool,
) -> PyResult<(Vec<u8>, usize)> {
    let mut out = Vec::with_capacity(input.len() - start);
    let mut at = start;
    while at < input.len() {
        let rest = &input[at..];
        let mut decoder = codec.encoding.new_decoder_without_bom_handling();
        let room = decoder.max_utf8_buffer_length_without_replacement(rest.len()).unwrap_or(rest.len() * 3 + 16);
        let mut buffer = vec![0u8; room];
        let (result, read, written) = decoder.decode_to_utf8_without_replacement(rest, &mut buffer, true);
        out.extend_from_slice(&buffer[..written]);
        let DecoderResult::Malformed(bad, after) = result else {
            // The buffer holds the longest output the input can give: no OutputFull.
            return Ok((out, at + read));
        };
        // The bytes consumed after the malformed ones are decoded again, by a fresh decoder
        // (which also keeps the malformed bytes within this call's input).
        let end = (at + read).saturating_sub(usize::from(after)).max(at + 1).min(input.len());
        let bad_start = end.saturating_sub(usize::from(bad)).max(at);
        let truncated = end == input.len();
        if truncated && !last {
            return Ok((out, bad_start));
        }
        let reason = if truncated { "incomplete multibyte sequence" } else { "illegal multibyte sequence" };
        let fix = errors::fix_decode(
            thread.as_deref_mut(),
            Codec::Multibyte(codec),
            false,
            input,
            bad_start,
            end,
            reason,
            errors,
        )?;
        out.extend_from_slice(&fix.text);
        at = fix.resume;
    }
    Ok((out, input.len().max(at)))
}
