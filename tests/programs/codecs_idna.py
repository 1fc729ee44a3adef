# IDNA 2003 (encodings.idna, stringprep): host names to ASCII and back, label checks, nameprep,
# the bidirectional rule, and incremental coding cut at every position.
import stringprep
import codecs
def show(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, type(e).__name__, e, getattr(e, '__notes__', None))
for s in ['python.org', 'Python.ORG', 'bücher.de', 'BÜCHER.de', 'www.例え.jp', 'example.com.', '', '.', 'a..b', 'x' * 63 + '.com', 'x' * 64 + '.com', 'straße.de', 'ﬁ.com', 'a\u3002b\uff0ec\uff61d', 'xn--abc.com', 'xn--bcher-kva.de', '\u200b.com', 'a\u00adb.com', '\u0627\u0031.com', '\ue000.com', 'ǅ.com', '-a.com', 'a_b.com', 'ab\x00c', 'x'*300, 'αβγ.gr', 'Ⅻ.com', '☃.net', 'ß', 'a.b.', '..']:
    show('enc %r' % s, lambda: s.encode('idna'))
for b in [b'python.org', b'xn--bcher-kva.de', b'XN--BCHER-KVA.DE', b'xn--.com', b'xn--zzzzzzz.com', b'a..b', b'', b'.', b'example.com.', b'xn--ls8h.la', b'\xff.com', b'xn--bcher-kva.de.', b'xn--53h.net', b'xn--a-ecp.ru', b'x' * 64, b'XN--n3h']:
    show('dec %r' % b, lambda: b.decode('idna'))
enc = codecs.getincrementalencoder('idna')()
print(enc.encode('bücher.'), enc.encode('de', True))
dec = codecs.getincrementaldecoder('idna')()
print(dec.decode(b'xn--bcher-kva.'), dec.decode(b'de', True))
print(dec.decode(b'xn--bcher'), dec.decode(b'-kva.de', True))
import encodings.idna as m
print(m.ToASCII('bücher'), m.ToUnicode(b'xn--bcher-kva'), m.nameprep('BÜCHER'), m.ace_prefix, m.sace_prefix)
show('toascii long', lambda: m.ToASCII('x' * 64))
show('toascii empty', lambda: m.ToASCII(''))
show('tounicode', lambda: m.ToUnicode('xn--bcher-kva'))
show('nameprep prohibited', lambda: m.nameprep('a\u0000b'))
show('nameprep bidi', lambda: m.nameprep('\u0627a'))
show('errors', lambda: 'bücher'.encode('idna', 'replace'))
show('errors dec', lambda: b'abc'.decode('idna', 'ignore'))
for text in ['bücher.de', 'www.例え.jp.', 'a.b.c', 'pythön.org.', '例え']:
    for cut in range(len(text) + 1):
        enc = codecs.getincrementalencoder('idna')()
        out = enc.encode(text[:cut]) + enc.encode(text[cut:], True)
        data = text.encode('idna')
        dec = codecs.getincrementaldecoder('idna')()
        back = dec.decode(data[:cut]) + dec.decode(data[cut:], True)
        print(repr(text), cut, out, back, enc.buffer if hasattr(enc, 'buffer') else None)
for c in ['\u00ad', 'A', 'ß', 'ǅ', 'Ⅻ', '\u0130', '\u03a3', 'ﬃ', '\u2000', '\u200b', ' ', '\x7f', '\x85', '\ue000', '\ufdd0', '\U0001fffe', '\ud800', '\ufffd', '\u2ff0', '\u200e', '\U000e0001', '\u05d0', 'a', '1', '\u0378']:
    print(ascii(c), stringprep.in_table_b1(c), ascii(stringprep.map_table_b2(c)), ascii(stringprep.map_table_b3(c)),
          [f(c) for f in (stringprep.in_table_c11, stringprep.in_table_c12, stringprep.in_table_c21, stringprep.in_table_c22, stringprep.in_table_c3, stringprep.in_table_c4, stringprep.in_table_c5, stringprep.in_table_c6, stringprep.in_table_c7, stringprep.in_table_c8, stringprep.in_table_c9, stringprep.in_table_d1, stringprep.in_table_d2)])
