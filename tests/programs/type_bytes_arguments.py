# The argument checks of bytes and bytearray methods (their counts, keywords and messages), and
# the edge cases of their search windows, hex separators and fromhex.


def attempt(label, f):
    try:
        result = repr(f())
    except Exception as e:
        result = f"{type(e).__name__}: {e}"
    print(label, "=>", result)


NAMES = [
    "capitalize", "lower", "upper", "swapcase", "title", "isalnum", "isalpha", "isdigit",
    "islower", "isspace", "istitle", "isupper", "isascii", "hex", "decode", "count", "find",
    "rfind", "index", "rindex", "startswith", "endswith", "join", "split", "rsplit",
    "splitlines", "strip", "lstrip", "rstrip", "replace", "partition", "rpartition", "center",
    "ljust", "rjust", "zfill", "removeprefix", "removesuffix", "expandtabs", "translate",
    "fromhex", "maketrans",
]
for name in NAMES:
    for obj in (b"abc", bytearray(b"abc")):
        kind = type(obj).__name__
        method = getattr(obj, name)
        attempt(f"{kind}.{name}()", lambda: method())
        attempt(f"{kind}.{name}(1, 2, 3, 4, 5)", lambda: method(1, 2, 3, 4, 5))
        attempt(f"{kind}.{name}(zz=1)", lambda: method(zz=1))

for name in ["append", "extend", "pop", "remove", "insert", "reverse", "clear", "copy"]:
    method = getattr(bytearray(b"abc"), name)
    attempt(f"bytearray.{name}()", lambda: method())
    attempt(f"bytearray.{name}(1, 2, 3, 4, 5)", lambda: method(1, 2, 3, 4, 5))
    attempt(f"bytearray.{name}(zz=1)", lambda: method(zz=1))

CASES = [
    "b'abc'.hex('\\xff')", "b'abc'.hex(b'\\xff')", "b'abc'.hex('')", "b'abc'.hex(None, 0)",
    "b'abc'.hex(':', 2**70)", "b'abc'.hex(':', 'x')", "b'abcdef'.hex(':', -4)",
    "b'abcdef'.hex(sep=':', bytes_per_sep=4)", "bytearray(b'abc').hex('-')",
    "bytes.fromhex('1a 2')", "bytes.fromhex('1a\\x00')", "bytes.fromhex('\\u0100')",
    "bytes.fromhex(' 1A\\n2B\\t30\\x0b')", "bytes.fromhex('1a 2x')", "bytes.fromhex('12 3\\xff 56')",
    "bytes.fromhex('\\x1c')", "bytes.fromhex(b'12')", "bytearray.fromhex('0a0b')",
    "b'aaa'.count(b'', 10)", "b'aaa'.count(b'', 3)", "b'aaa'.find(b'', 3)", "b'aaa'.find(b'', 4)",
    "b'aaa'.rfind(b'', 4)", "b'aaa'.startswith(b'', 3)", "b'aaa'.startswith(b'', 4)",
    "b'aaa'.endswith(b'', 4)", "b'aaa'.find(b'', None, None)", "b'aaa'.find(b'a', 'x')",
    "b'aaa'.find(b'a', -2**70, 2**70)", "b'aaa'.count(2**70)", "b'aaa'.count(300)",
    "b'aaa'.count('a')", "b'hello'.find(b'x', None, None, None)",
    "b'abc'.split(sep=b'b')", "b'a b c'.rsplit(maxsplit=1)", "b'abc'.split(b'')",
    "b'a\\nb\\r\\nc'.splitlines(keepends=True)", "b'a\\tb'.expandtabs(tabsize=4)",
    "b'abc'.translate(None, delete=b'b')", "b'abc'.translate(table=None)",
    "b'abc'.center(7, bytearray(b'*'))", "b'abc'.center(7, memoryview(b'*'))",
    "b'abc'.center(5, 'x')", "b'abc'.decode(encoding='ascii')", "b'abc'.decode(errors=1)",
    "bytearray(b'abc').pop(2**70)", "bytearray(b'abc').insert(2**70, 1)",
    "bytes.maketrans(b'a', b'b')[97:98]", "bytearray.maketrans(frm=b'a', to=b'b')",
]
for case in CASES:
    attempt(case, lambda: eval(case))
