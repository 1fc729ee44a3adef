"""The tables of RFC 3454 (stringprep), as membership tests (`in_table_c3(ch)`) and mappings
(`map_table_b2(ch)`), for profiles such as nameprep (RFC 3491, `encodings.idna`).

The RFC's tables are Unicode 3.2's. The tables it lists outright are kept here as listed; those
defined by a Unicode property (unassigned code points, case folding, bidirectional classes)
read it from `unicodedata`, this interpreter's Unicode version: characters assigned since 3.2
count as assigned, and take their current properties."""

import unicodedata

__all__ = [
    "in_table_a1", "in_table_b1", "map_table_b2", "map_table_b3", "in_table_c11", "in_table_c12",
    "in_table_c11_c12", "in_table_c21", "in_table_c22", "in_table_c21_c22", "in_table_c3",
    "in_table_c4", "in_table_c5", "in_table_c6", "in_table_c7", "in_table_c8", "in_table_c9",
    "in_table_d1", "in_table_d2",
]


def _in_ranges(code, ranges):
    return any(low <= code <= high for low, high in ranges)


def in_table_a1(code):
    """A.1: unassigned code points (here: unassigned in this Unicode version)."""
    return unicodedata.category(code) == "Cn"


# B.1: characters mapped to nothing (soft hyphen, joiners, variation selectors, ...).
_B1 = frozenset(chr(c) for c in [0x00AD, 0x034F, 0x1806, 0x180B, 0x180C, 0x180D, 0x200B, 0x200C,
                                 0x200D, 0x2060, 0xFEFF, *range(0xFE00, 0xFE10)])


def in_table_b1(code):
    return code in _B1


def map_table_b3(code):
    """B.3: full case folding, without normalization."""
    return code.casefold()


def map_table_b2(code):
    """B.2: case folding for use with NFKC: the folding of `code`, unless normalizing it and
    folding again gives more (the fixed point of the two)."""
    folded = map_table_b3(code)
    normal = unicodedata.normalize("NFKC", folded)
    refolded = unicodedata.normalize("NFKC", "".join(map_table_b3(c) for c in normal))
    return refolded if refolded != normal else folded


def in_table_c11(code):
    """C.1.1: the ASCII space."""
    return code == " "


_C12 = frozenset(chr(c) for c in [0x00A0, 0x1680, *range(0x2000, 0x200C), 0x202F, 0x205F, 0x3000])


def in_table_c12(code):
    """C.1.2: the other space characters."""
    return code in _C12


def in_table_c11_c12(code):
    return in_table_c11(code) or in_table_c12(code)


def in_table_c21(code):
    """C.2.1: ASCII control characters."""
    return ord(code) < 0x20 or code == "\x7f"


_C22_RANGES = [(0x80, 0x9F), (0x06DD, 0x06DD), (0x070F, 0x070F), (0x180E, 0x180E), (0x200C, 0x200D),
               (0x2028, 0x2029), (0x2060, 0x2063), (0x206A, 0x206F), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFC),
               (0x1D173, 0x1D17A)]


def in_table_c22(code):
    """C.2.2: the other control characters."""
    return _in_ranges(ord(code), _C22_RANGES)


def in_table_c21_c22(code):
    return in_table_c21(code) or in_table_c22(code)


def in_table_c3(code):
    """C.3: private use."""
    return _in_ranges(ord(code), [(0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD)])


def in_table_c4(code):
    """C.4: non-character code points (U+FDD0..U+FDEF and the last two of every plane)."""
    c = ord(code)
    return 0xFDD0 <= c <= 0xFDEF or c & 0xFFFE == 0xFFFE


def in_table_c5(code):
    """C.5: surrogate codes."""
    return 0xD800 <= ord(code) <= 0xDFFF


def in_table_c6(code):
    """C.6: inappropriate for plain text."""
    return 0xFFF9 <= ord(code) <= 0xFFFD


def in_table_c7(code):
    """C.7: inappropriate for canonical representation (ideographic description)."""
    return 0x2FF0 <= ord(code) <= 0x2FFB


def in_table_c8(code):
    """C.8: characters that change display properties or are deprecated."""
    return _in_ranges(ord(code), [(0x0340, 0x0341), (0x200E, 0x200F), (0x202A, 0x202E), (0x206A, 0x206F)])


def in_table_c9(code):
    """C.9: tagging characters."""
    return _in_ranges(ord(code), [(0xE0001, 0xE0001), (0xE0020, 0xE007F)])


def in_table_d1(code):
    """D.1: characters of bidirectional class R or AL."""
    return unicodedata.bidirectional(code) in ("R", "AL")


def in_table_d2(code):
    """D.2: characters of bidirectional class L."""
    return unicodedata.bidirectional(code) == "L"
