"""Quoted-printable encoding (RFC 1521), over `binascii.b2a_qp` and `binascii.a2b_qp`:
printable ASCII stays as it is, other bytes become `=XX`, and long lines are broken with a
soft line break (`=` at the end of a line)."""

import binascii

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b"="
MAXLINESIZE = 76
HEX = b"0123456789ABCDEF"
EMPTYSTRING = b""


def needsquoting(c, quotetabs, header):
    """Whether the byte value `c` must be written as `=XX`."""
    if c in b" \t":
        return quotetabs
    if c == b"_"[0]:
        return header
    return c == ESCAPE[0] or not (b" "[0] <= c <= b"~"[0])


def quote(c):
    """The `=XX` form of the byte value `c`."""
    return ESCAPE + bytes((HEX[c // 16], HEX[c % 16]))


def encode(input, output, quotetabs, header=False):
    """Reads binary file `input` and writes its encoding to `output`. `quotetabs`: spaces and
    tabs inside lines are quoted too; `header`: spaces become `_` (RFC 1522 headers)."""
    output.write(binascii.b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    return binascii.b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Reads binary file `input` and writes its decoding to `output`; with `header`, `_` is a
    space."""
    output.write(binascii.a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    return binascii.a2b_qp(s, header=header)


def ishex(c):
    """Whether the byte value `c` is a hexadecimal digit."""
    return c in b"0123456789abcdefABCDEF"


def unhex(s):
    """The value of the hexadecimal digits `s`."""
    return int(bytes(s), 16)


def main():
    import getopt
    import sys

    try:
        opts, args = getopt.getopt(sys.argv[1:], "td")
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print("usage: quopri [-t | -d] [file] ...")
        print("-t: quote tabs")
        print("-d: decode; default encode")
        sys.exit(2)
    flags = {o for o, _ in opts}
    if "-t" in flags and "-d" in flags:
        sys.stdout = sys.stderr
        print("-t and -d are mutually exclusive")
        sys.exit(2)
    status = 0
    for name in args or ["-"]:
        if name == "-":
            source = sys.stdin.buffer
        else:
            try:
                source = open(name, "rb")
            except OSError as msg:
                sys.stderr.write("%s: can't open (%s)\n" % (name, msg))
                status = 1
                continue
        try:
            if "-d" in flags:
                decode(source, sys.stdout.buffer)
            else:
                encode(source, sys.stdout.buffer, "-t" in flags)
        finally:
            if name != "-":
                source.close()
    if status:
        sys.exit(status)


if __name__ == "__main__":
    main()
