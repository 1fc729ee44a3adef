# Punycode (RFC 3492): encoding, decoding, and how malformed input fails with each error mode.
import codecs
for s in ['bücher', 'abc', '', 'Bücher-Straße', 'ü', '他们为什么不说中文', 'München-Ost', '-', 'a-', '\U0001F600x', 'ÜBER']:
    e = s.encode('punycode'); print(repr(s), e, e.decode('punycode') == s)
for b in [b'abc-', b'-kva', b'bcher-kva', b'bcher-\xffa', b'bcher-k!a', b'bcher-99999999999a', b'x-9', b'', b'ab-', b'a-zzzzzzzzzz']:
    for errors in ['strict', 'replace', 'ignore']:
        try: print(b, errors, repr(b.decode('punycode', errors)))
        except Exception as e: print(b, errors, type(e).__name__, e, getattr(e, '__notes__', None))
d = codecs.getincrementaldecoder('punycode')()
print(d.decode(b'bcher-kva', True))
