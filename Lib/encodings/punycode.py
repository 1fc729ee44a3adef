"""Punycode (RFC 3492): Unicode text as ASCII letters, digits and hyphens. The ASCII characters
come first as they are (then a '-' when there are any); each other character follows as a
variable-length number saying what it is and where it goes."""

import codecs

# The parameters RFC 3492 gives for Punycode.
_BASE = 36
_TMIN = 1
_TMAX = 26
_SKEW = 38
_DAMP = 700
_INITIAL_BIAS = 72
_INITIAL_N = 0x80


def _threshold(k, bias):
    """The digit threshold at position `k` (a multiple of the base) for `bias`."""
    return min(max(k - bias, _TMIN), _TMAX)


def _adapt(delta, first, length):
    """The bias after a character whose delta was `delta`, with `length` characters placed."""
    delta = delta // _DAMP if first else delta // 2
    delta += delta // length
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _digit(d):
    """The letter or digit of the value `d` (0 to 35)."""
    return d + 97 if d < 26 else d + 22


def _encode_number(q, bias):
    """The variable-length form of `q`."""
    out = bytearray()
    k = _BASE
    while True:
        t = _threshold(k, bias)
        if q < t:
            out.append(_digit(q))
            return out
        out.append(_digit(t + (q - t) % (_BASE - t)))
        q = (q - t) // (_BASE - t)
        k += _BASE


def punycode_encode(text):
    """The Punycode of `text` (str) as bytes."""
    codes = [ord(c) for c in text]
    out = bytearray(c for c in codes if c < 0x80)
    basic = len(out)
    if basic:
        out.append(0x2D)
    n, delta, bias, handled = _INITIAL_N, 0, _INITIAL_BIAS, basic
    while handled < len(codes):
        m = min(c for c in codes if c >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                out += _encode_number(delta, bias)
                bias = _adapt(delta, handled == basic, handled + 1)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return bytes(out)


def _decode_number(extended, pos, bias, errors):
    """The number at `extended[pos:]` and the position after it; None for the number when it
    is cut short or holds another character and `errors` is not strict."""
    result, weight, k = 0, 1, _BASE
    while True:
        if pos >= len(extended):
            if errors == "strict":
                raise UnicodeError("incomplete punicode string")
            return pos + 1, None
        char = extended[pos]
        pos += 1
        if "A" <= char <= "Z":
            digit = ord(char) - 65
        elif "0" <= char <= "9":
            digit = ord(char) - 22
        elif errors == "strict":
            raise UnicodeError("Invalid extended code point '%s'" % char)
        else:
            return pos, None
        t = _threshold(k, bias)
        result += digit * weight
        if digit < t:
            return pos, result
        weight *= _BASE - t
        k += _BASE


def punycode_decode(data, errors):
    """The text of the Punycode `data` (bytes or str). With errors other than strict, decoding
    stops at a malformed number, and a character past U+10FFFF becomes '?'."""
    if isinstance(data, str):
        data = data.encode("ascii")
    if isinstance(data, memoryview):
        data = bytes(data)
    dash = data.rfind(b"-")
    if dash == -1:
        basic, extended = "", str(data, "ascii").upper()
    else:
        basic, extended = str(data[:dash], "ascii", errors), str(data[dash + 1:], "ascii").upper()
    out = list(basic)
    n, i, bias, pos = _INITIAL_N, 0, _INITIAL_BIAS, 0
    while pos < len(extended):
        first = pos == 0
        pos, delta = _decode_number(extended, pos, bias, errors)
        if delta is None:
            break
        i += delta
        n += i // (len(out) + 1)
        if n > 0x10FFFF:
            if errors == "strict":
                raise UnicodeError("Invalid character U+%x" % n)
            n = ord("?")
        i %= len(out) + 1
        out.insert(i, chr(n))
        bias = _adapt(delta, first, len(out))
        i += 1
    return "".join(out)


class Codec(codecs.Codec):
    def encode(self, input, errors="strict"):
        return punycode_encode(input), len(input)

    def decode(self, input, errors="strict"):
        if errors not in ("strict", "replace", "ignore"):
            raise UnicodeError("Unsupported error handling: %s" % errors)
        return punycode_decode(input, errors), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        if self.errors not in ("strict", "replace", "ignore"):
            raise UnicodeError("Unsupported error handling: %s" % self.errors)
        return punycode_decode(input, self.errors)


from encodings import _codec_module  # noqa: E402

globals().update(_codec_module("punycode", Codec, IncrementalEncoder, IncrementalDecoder))
del _codec_module
