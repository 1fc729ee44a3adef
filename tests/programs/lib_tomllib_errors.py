# tomllib: TOMLDecodeError and its messages, with their line and column
# (or "end of document"), for malformed statements, values and strings.
import tomllib

print(tomllib.__all__, tomllib.__doc__)
E = tomllib.TOMLDecodeError
print(E.__mro__[1].__name__, E.__module__, E.__name__, E.__doc__)
print(repr(E()), repr(E("msg", 1)), str(E("msg")))
print(tomllib.loads.__doc__, "|", tomllib.load.__doc__)

DOCS = [
    "val=.", ".", "\n\nval=.", "\n\n.", "fwfw=", "\n\nfwfw=", "v = '\n'",
    "a", "a b=1", "=1", "a.=1", ".a=1", "a..b=1", "a = 1 2", "a = 1\n\n\n  b", '"""x""" = 1',
    "a=tru", "a=fals", "a = true_", "a = True", "x = .5", "x = 1.", "x = 1e", "x=1e_5",
    "x = 0x", "x = 00", "x = 1__2", "x = 1_", "x = +0x1", "x = 0X1", "x = 1.2.3", "x = --1",
    "x = infinity", "x = nan1", "x = +", "a = [1 2]", "a = [1,", "a = [1,,2]", "a = [,]",
    "a = [", "a = {b=1 c=2}", "a = {b=1,}", "a = {", "a = {b=1", "a = {\n}", "a = {b=1\n}",
    "a = {b}", "a = {b=}",
    'a = "abc', "a = 'abc", 'a = """abc', "a = '''abc", 'a = "abc\n"', "a = 'x\ny'",
    'a = "\\x"', 'a = "\\e"', 'a = "\\u12"', 'a = "\\u12G4"', 'a = "\\uD800"', 'a = "\\U00110000"',
    'a = "\\U0000004"', 'a = """\\ x"""', 'a = """\\   \nok"""', 'a = """\\',
    "a = '''a''''''", 'a = """a""""""', "k = 'x'''",
    'a = "\x01"', "a = '\x7f'", 'a = """\x00"""', "a = '''\x0b'''", "# \x01", "a = 1 # \x7f",
    "a = 1\r", 'a = "b"\rc', 'a = "\r"', "\r\n", "a = 1\r\nb = .",
    "a = 2021-02-30", "a = 2021-13-01", "a = 1979-05-27T25:00:00", "a = 07:32:60",
    "a = 1979-05-27 07:32", "a = 1979-05-27T07:32:00+24:00", "a = 1979-05-27T", "a = 7:32:00",
    "a = 1979-5-27",
    "a = [\n1,\n# c\n2,\n]\nb = \"\\\n\"",
    "first = 1\nsecond = 2\n\n[t]\nthird = @",
]
for doc in DOCS:
    try:
        print(repr(doc), "->", tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), "!", e, "|", e.args == (str(e),))
