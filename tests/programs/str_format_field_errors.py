# str.format's field parsing errors (empty attributes, huge indices, text after ']', braces in
# names, '!' and ':' inside brackets), format_map with positional fields, %-format width and
# precision limits, %c with __index__, str() and ascii() keeping a str subclass, codecs
# registered by Python code behind str.encode and bytes.decode.
import codecs


class StrSubclass(str):
    pass


class WithRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return self.v


class StrWithStr(str):
    def __new__(cls, value):
        self = str.__new__(cls, "")
        self.value = value
        return self

    def __str__(self):
        return self.value


class PseudoInt:
    def __index__(self):
        return 109


def search_function(encoding):
    def decode1(input, errors="strict"):
        return 42

    def encode1(input, errors="strict"):
        return 42

    def encode2(input, errors="strict"):
        return (42, 42)

    def decode2(input, errors="strict"):
        return (42, 42)

    def encode3(input, errors="strict"):
        return (input.upper().encode(), len(input))

    def decode3(input, errors="strict"):
        return (bytes(input).decode().upper() + errors, len(input))

    if encoding == "test.unicode1":
        return (encode1, decode1, None, None)
    if encoding == "test.unicode2":
        return (encode2, decode2, None, None)
    if encoding == "test.upper":
        return codecs.CodecInfo(encode3, decode3, name="test.upper")
    return None


codecs.register(search_function)


def attempt(source):
    try:
        result = eval(source)
        result = f"{type(result).__name__} {result!r}"
    except Exception as e:
        result = f"{type(e).__name__}: {e}"
    print(source, "=>", result)


CASES = [
    "'{0.}'.format(0)",
    "'{0[}'.format(0)",
    "'{0.a.}'.format(0)",
    "'{0[]}'.format([1])",
    "'{a.}'.format()",
    "'{%d:.6f}'.format(2.34)" % 2**64,
    "'{0[%d]}'.format([1])" % 2**64,
    "'{}'.format_map({'a': 2})",
    "'{a}{}'.format_map({'a': 2})",
    "'{0}'.format_map({'a': 2})",
    "'{a}'.format_map({'a': 2})",
    "'{!}'.format()",
    "'{!x}'.format()",
    "'{!rs}'.format()",
    "'{0[0]x}'.format([None])",
    "'{0[0](10)}'.format([None])",
    "'{0[{1}]}'.format('abcdefg', 4)",
    "'{[{}]}'.format({'{}': 5})",
    "'{[{]}'.format({'{': 'a'})",
    "'{[}]}'.format({'}': 'a'})",
    "'{[!]}'.format({'!': 'a'})",
    "'{[:]}'.format({':': 'a'})",
    "'{0[-1]}'.format({'-1': 'm'})",
    "'{0[1]}'.format('ab')",
    "'{a{}b}'.format(42)",
    "'{a{b}'.format(42)",
    "'{[}'.format(42)",
    "'{0!r:>6}|'.format('a')",
    "'%%%df' %% 3.2" % 2**64,
    "'%%.%df' %% 3.2" % 2**64,
    "'%c' % PseudoInt()",
    "'%c' % 0x110000",
    "'abc'.__getnewargs__()[0] is 'abc'",
    "(1, 2).__getnewargs__()",
    "ascii(WithRepr(StrSubclass('<abc>')))",
    "ascii(WithRepr(StrSubclass('<\\U0001f40d>')))",
    "ascii(StrSubclass('abc'))",
    "ascii(WithRepr(b'x'))",
    "str(StrWithStr(StrSubclass('abc')))",
    "str(StrWithStr('abc'))",
    "str(StrSubclass('abc'))",
    "StrSubclass(StrWithStr('abc'))",
    "b'hello'.decode('test.unicode1')",
    "str(b'hello', 'test.unicode2')",
    "'hello'.encode('test.unicode1')",
    "'hello'.encode('test.unicode2')",
    "'hello'.encode('test.upper')",
    "b'hello'.decode('test.upper', '!')",
    "bytes('ab', 'test.upper')",
    "'x'.encode('no-such')",
]
for case in CASES:
    attempt(case)
