"""uuencoding as a bytes-to-bytes codec: a `begin 666 <data>` line, lines of up to 45 bytes
each (`binascii.b2a_uu`), and an `end` line."""

import binascii

from encodings import _transform_codec


def _encode(data, filename="<data>", mode=0o666):
    data = bytes(data)
    lines = [("begin %o %s\n" % (mode & 0o777, filename)).encode("ascii")]
    for start in range(0, len(data), 45):
        lines.append(binascii.b2a_uu(data[start:start + 45]))
    lines.append(b" \nend\n")
    return b"".join(lines)


def _decode(data):
    lines = iter(bytes(data).splitlines(keepends=True))
    for line in lines:
        if line.startswith(b"begin"):
            break
    else:
        raise ValueError('Missing "begin" line in input data')
    out = []
    for line in lines:
        if line == b"end\n":
            return b"".join(out)
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            # Some encoders pad a line past its length byte: decode only what it counts.
            count = ((line[0] - 32) & 63) * 4 + 5
            out.append(binascii.a2b_uu(line[:count // 3]))
    raise ValueError("Truncated input data")


globals().update(_transform_codec("uu", _encode, _decode))
del _transform_codec
