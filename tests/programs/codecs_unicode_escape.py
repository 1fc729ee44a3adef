# The unicode_escape and raw_unicode_escape codecs: escapes, their errors and error handlers,
# incremental decoding, and the codecs module's per-codec functions.
import codecs
import warnings


def attempt(source):
    try:
        result = repr(eval(source))
    except Exception as e:
        result = f"{type(e).__name__}: {e}"
    print(source, "=>", result)


CASES = [
    r"codecs.lookup('unicode-escape').name",
    r"codecs.lookup('raw_unicode_escape').name",
    r"codecs.lookup('unicodeescape').name",
    r"b'\\x4g'.decode('unicode_escape')",
    r"b'ab\\x4'.decode('unicode_escape')",
    r"b'ab\\u12'.decode('unicode_escape')",
    r"b'ab\\U00110000xx'.decode('unicode_escape')",
    r"b'ab\\'.decode('unicode_escape')",
    r"b'ab\\N{foo}'.decode('unicode_escape')",
    r"b'ab\\Nx'.decode('unicode_escape')",
    r"b'ab\\N{}'.decode('unicode_escape')",
    r"b'ab\\N{latin small letter a}'.decode('unicode_escape')",
    r"b'ab\\N{'.decode('unicode_escape')",
    r"b'a\\\nb\\0\\12\\a\\b\\f\\v\\t\\n\\r\\\'\\\"\\\\'.decode('unicode_escape')",
    r"b'\xff\xe9'.decode('unicode_escape')",
    r"b'ab\\x4'.decode('unicode_escape', 'replace')",
    r"b'ab\\x4g'.decode('unicode_escape', 'replace')",
    r"b'ab\\x4'.decode('unicode_escape', 'backslashreplace')",
    r"b'\\x4'.decode('unicode_escape', 'ignore')",
    r"b'\\x'.decode('unicode_escape')",
    r"b'\\u'.decode('unicode_escape')",
    r"b'ab\\u12'.decode('raw_unicode_escape')",
    r"b'\\\\u1234 \\\\\\u1234 \\U00012345 \\x41'.decode('raw_unicode_escape')",
    r"b'\\U00110000'.decode('raw_unicode_escape')",
    r"b'\\'.decode('raw_unicode_escape')",
    r"b'\xff'.decode('raw_unicode_escape')",
    r"'a\\\t\n\r\x00\x7f\xff\u0100\U00012345\'\"'.encode('unicode_escape')",
    r"'a\\\t\n\xff\u0100\U00012345\ud800'.encode('raw_unicode_escape')",
    r"'\ud800'.encode('unicode_escape')",
    r"codecs.unicode_escape_decode(b'\\x41')",
    r"codecs.raw_unicode_escape_encode('\u1234')",
    r"codecs.utf_8_decode(b'a\xe2', None, False)",
    r"codecs.utf_8_decode(b'a\xe2', 'replace', True)",
    r"codecs.latin_1_encode('ab')",
    r"codecs.ascii_decode(b'ab')",
    r"codecs.utf_16_le_encode('a')",
    r"codecs.getincrementaldecoder('unicode_escape')().decode(b'a\\x4')",
    r"str(br'\u0663\u0661\u0664 ', 'raw-unicode-escape')",
    r"codecs.encode('\u20ac', 'unicode_escape')",
    r"codecs.decode(b'\\u20ac', 'unicode_escape')",
]
for case in CASES:
    attempt(case)

# An unknown escape stays as it is and warns once per call.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(repr(b"\\q\\w".decode("unicode_escape")), [str(w.message) for w in caught])
    print(repr(b"\\777".decode("unicode_escape")), [str(w.message) for w in caught[1:]])

# A registered error handler is used by bytes.decode and str.encode.
codecs.register_error("program.mark", lambda e: ("<%d:%d>" % (e.start, e.end), e.end))
print(b"a\xffb".decode("ascii", "program.mark"))
print("a\xffb".encode("ascii", "program.mark"))
print(str(b"a\xff", "ascii", "program.mark"))
print(b"abc".decode("utf-8", "no-such-handler"))
