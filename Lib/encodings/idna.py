"""IDNA 2003 (RFC 3490): internationalized host names as ASCII. Each label of a name is
prepared by nameprep (RFC 3491: mapped, normalized, checked) and, unless it is then ASCII,
written as `xn--` and its Punycode. Decoding reverses it, and insists on the round trip."""

import codecs
import re
import stringprep
import unicodedata

# The dots that separate labels: '.', and the ideographic and fullwidth full stops.
dots = re.compile("[\u002E\u3002\uFF0E\uFF61]")

# The prefix of a label in Punycode: as bytes, and as text.
ace_prefix = b"xn--"
sace_prefix = "xn--"

_PROHIBITED = (
    stringprep.in_table_c12, stringprep.in_table_c22, stringprep.in_table_c3, stringprep.in_table_c4,
    stringprep.in_table_c5, stringprep.in_table_c6, stringprep.in_table_c7, stringprep.in_table_c8,
    stringprep.in_table_c9,
)


def nameprep(label):
    """The nameprep profile of stringprep: characters mapped to nothing dropped and case
    folded, NFKC, prohibited characters refused, and the bidirectional rule checked.
    Unassigned code points are allowed (as for queries)."""
    mapped = "".join(stringprep.map_table_b2(c) for c in label if not stringprep.in_table_b1(c))
    label = unicodedata.normalize("NFKC", mapped)
    for c in label:
        if any(table(c) for table in _PROHIBITED):
            raise UnicodeError("Invalid character %r" % c)
    right_to_left = [stringprep.in_table_d1(c) for c in label]
    if any(right_to_left):
        # A label with right-to-left characters holds no left-to-right ones, and starts and
        # ends with a right-to-left one.
        if any(stringprep.in_table_d2(c) for c in label):
            raise UnicodeError("Violation of BIDI requirement 2")
        if not right_to_left[0] or not right_to_left[-1]:
            raise UnicodeError("Violation of BIDI requirement 3")
    return label


def _checked_length(label):
    if not 0 < len(label) < 64:
        raise UnicodeError("label empty or too long")
    return label


def ToASCII(label):
    """One label (str) as ASCII bytes: as it is if it is ASCII, else after nameprep, and in
    Punycode after `xn--` if it is still not ASCII."""
    if label.isascii():
        return _checked_length(label.encode("ascii"))
    label = nameprep(label)
    if label.isascii():
        return _checked_length(label.encode("ascii"))
    if label.startswith(sace_prefix):
        raise UnicodeError("Label starts with ACE prefix")
    return _checked_length(ace_prefix + label.encode("punycode"))


def ToUnicode(label):
    """One label as text: a label starting with `xn--` is decoded from Punycode, and must
    encode back to itself (case aside)."""
    if len(label) > 1024:
        # No valid label is this long, and nameprep of a longer one could take long.
        raise UnicodeError("label way too long")
    if isinstance(label, bytes):
        ascii_label = label
    else:
        try:
            ascii_label = label.encode("ascii")
        except UnicodeError:
            ascii_label = None
        if ascii_label is None:
            ascii_label = nameprep(label).encode("ascii")
    if not ascii_label.startswith(ace_prefix):
        return str(ascii_label, "ascii")
    result = ascii_label[len(ace_prefix):].decode("punycode")
    again = ToASCII(result)
    if str(ascii_label, "ascii").lower() != str(again, "ascii"):
        raise UnicodeError("IDNA does not round-trip", ascii_label, again)
    return result


def _encode_labels(labels, trailing_dot):
    return b".".join(ToASCII(label) for label in labels) + trailing_dot


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        if errors != "strict":
            raise UnicodeError("unsupported error handling " + errors)
        if not input:
            return b"", 0
        try:
            result = input.encode("ascii")
        except UnicodeEncodeError:
            pass
        else:
            # ASCII names are only checked: each label but a last empty one has 1 to 63
            # characters.
            labels = result.split(b".")
            for label in labels[:-1]:
                _checked_length(label)
            if len(labels[-1]) >= 64:
                raise UnicodeError("label too long")
            return result, len(input)
        labels = dots.split(input)
        trailing_dot = b""
        if labels and not labels[-1]:
            trailing_dot = b"."
            del labels[-1]
        return _encode_labels(labels, trailing_dot), len(input)

    def decode(self, input, errors="strict"):
        if errors != "strict":
            raise UnicodeError("Unsupported error handling " + errors)
        if not input:
            return "", 0
        if not isinstance(input, bytes):
            input = bytes(input)
        if ace_prefix not in input:
            try:
                return input.decode("ascii"), len(input)
            except UnicodeDecodeError:
                pass
        labels = input.split(b".")
        trailing_dot = ""
        if labels and not labels[-1]:
            trailing_dot = "."
            del labels[-1]
        return ".".join(ToUnicode(label) for label in labels) + trailing_dot, len(input)


def _complete_labels(labels, final):
    """The labels complete so far, whether a dot follows the last of them, and how many
    characters they take, dots included: the last label waits for more input unless `final`,
    or it is empty (the input ended with a dot)."""
    dot = False
    if labels and not labels[-1]:
        del labels[-1]
        dot = True
    elif labels and not final:
        del labels[-1]
        dot = bool(labels)
    used = sum(len(label) for label in labels) + max(len(labels) - 1, 0) + dot
    return labels, dot, used


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        if errors != "strict":
            raise UnicodeError("unsupported error handling " + errors)
        labels, dot, used = _complete_labels(dots.split(input) if input else [], final)
        return _encode_labels(labels, b"." if dot else b""), used


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        if errors != "strict":
            raise UnicodeError("Unsupported error handling " + errors)
        if not input:
            return "", 0
        labels = dots.split(input) if isinstance(input, str) else str(input, "ascii").split(".")
        labels, dot, used = _complete_labels(labels, final)
        return ".".join(ToUnicode(label) for label in labels) + ("." if dot else ""), used


from encodings import _codec_module  # noqa: E402

globals().update(_codec_module("idna", Codec, IncrementalEncoder, IncrementalDecoder))
del _codec_module
