# Source that declares its encoding is decoded with the interpreter's codecs: every one
# bytes.decode knows, those that Python code registers included.
import codecs

sources = [
    b'# -*- coding: cp437 -*-\nx = "\xc2\xa2\xb3"\n',
    b"# coding: koi8-r\nx = '\xc1\xc2'\n",
    b"# vim: set fileencoding=mac-roman :\nx = '\x80\xa5'\n",
    b"#!/usr/bin/env python\n# coding=iso-8859-15\nx = '\xa4'\n",
    b"# coding: ascii\nx = '\xe9'\n",
    b"# coding: utf-16\nx=1\n",
    b"# coding: no-such-codec\nx = 1\n",
    b"# coding: latin-1\nx = '\xe9'\n",
]
for src in sources:
    try:
        namespace = {}
        exec(compile(src, "<declared>", "exec"), namespace)
        print("ok", ascii(namespace["x"]))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text))


def search(name):
    if name != "shouty":
        return None

    def decode(data, errors="strict"):
        return bytes(data).decode("ascii").replace("SHOUT", "print").lower(), len(data)

    def encode(text, errors="strict"):
        return text.upper().encode("ascii"), len(text)

    return codecs.CodecInfo(encode, decode, name="shouty")


codecs.register(search)
exec(compile(b"# coding: shouty\nSHOUT('FROM A REGISTERED CODEC')\n", "<shouty>", "exec"))

# A syntax error's line and caret in source read through a declared encoding.
try:
    compile(b"# coding: cp437\nx = '\xc2\xa2' + f(4, y for y in z)\n", "<declared>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.end_offset, repr(e.text))
