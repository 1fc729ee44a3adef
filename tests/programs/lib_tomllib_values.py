# tomllib: every kind of value (strings and escapes, integers, floats,
# booleans, dates and times, arrays, inline tables), parse_float, load().
import io
import tomllib
from decimal import Decimal


def show(doc, **kw):
    try:
        print(repr(doc), "->", tomllib.loads(doc, **kw))
    except Exception as e:
        print(repr(doc), "!", type(e).__name__, e)


# Strings.
show('s = "tab\\there \\"q\\" \\\\ \\b\\f\\n\\r"')
show('s = "\\u00e9\\U0001F600\\u0041"')
show("s = 'C:\\path\\no escapes'")
show('s = """\nfirst\nsecond"""')
show('s = """line \\\n    continued \\\n\n   here"""')
show('s = """trailing \\   \n  x"""')
show('s = """a""""')
show('s = """a"""""')
show("s = '''\nraw \\n '' text'''")
show("s = '''a''''")
show("s = '''a'''''")
show('s = ""')
show("s = ''")
show('s = """"""')
show('s = "tab\tinside"')
show('s = """crlf\r\nline"""')
# Integers.
show("a = 42\nb = +17\nc = -0\nd = 1_000_000\ne = 0xDEAD_beef\nf = 0o755\ng = 0b1101")
show("big = 123456789012345678901234567890\nneg = -9223372036854775809")
# Floats.
show("a = 3.1415\nb = -0.01\nc = 5e+22\nd = 1e06\ne = -2E-2\nf = 6.626e-34\ng = 224_617.445_991")
show("a = inf\nb = +inf\nc = -inf\nd = nan\ne = +nan\nf = -nan\ng = -0.0")
show("a = 1.5\nb = 1_0.2_5\nc = nan\nd = [1e3]", parse_float=Decimal)
show("a = 1.5\nb = -inf", parse_float=lambda s: "<" + s + ">")
show("a = 1", parse_float=lambda s: 1 / 0)
show("a = 1.0", parse_float=lambda s: 1 / 0)
show("a = 1.0", parse_float=lambda s: [s])
show("a = 1.0", parse_float=lambda s: {})
show("a = 1.0", parse_float=lambda s: None)
# Booleans.
show("t = true\nf = false")
# Dates and times.
show("odt1 = 1979-05-27T07:32:00Z\nodt2 = 1979-05-27T00:32:00-07:00\n"
     "odt3 = 1979-05-27T00:32:00.999999+05:30\nodt4 = 1979-05-27 07:32:00z")
show("ldt1 = 1979-05-27T07:32:00\nldt2 = 1979-05-27t00:32:00.5")
show("ld = 1979-05-27\nlt1 = 07:32:00\nlt2 = 00:32:00.999999999\nlt3 = 23:59:59.1")
show("leap = 2024-02-29\nbad = 2023-02-29")
r = tomllib.loads("a = 1979-05-27T07:32:00-08:00\nb = 2000-01-01T00:00:00Z")
print(r["a"].utcoffset(), r["a"].tzinfo, r["b"].tzinfo, type(r["a"]).__name__)
# Arrays.
show("a = [1, 2, 3]\nb = [\"x\", 'y']\nc = [[1, 2], [\"a\"], []]\nd = [1, 'mixed', 2.0, {x = 1}]")
show("a = [\n  1, # one\n  2,\n  # alone\n]\nb = [ ]\nc = [\n]")
# Inline tables.
show('point = { x = 1, y = 2 }\nempty = {}\nnested = { a = { b = { c = 1 } } }')
show('dotted = { a.b = 1, a.c = 2, "q.k" = 3 }')
# Keys.
show('bare-key_1 = 1\n"quoted key" = 2\n\'lit key\' = 3\n"" = 4\n1234 = 5\n"\\u00e9" = 6')
show('a . b . "c" = 1\nx.y = 2\nx.z = 3')
show('true = 1\nfalse = 2\ninf = 3\n-1 = 4')
# load() needs a binary file.
print(tomllib.load(io.BytesIO(b'a = "\xc3\xa9"\r\nb = [1,\r\n2]\r\n')))
for bad in (io.StringIO("a = 1"),):
    try:
        tomllib.load(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    tomllib.load(io.BytesIO(b"a = '\xff'"))
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
for bad in (b"a = 1", 1, None):
    try:
        tomllib.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    tomllib.loads("a = 1", float)
except TypeError as e:
    print("TypeError", e)
print(tomllib.loads(""), tomllib.loads("# only a comment\n\n   \n"))
