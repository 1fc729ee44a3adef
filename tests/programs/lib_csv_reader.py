# csv.reader: every dialect setting, records spanning lines, strict mode,
# the errors with their messages, line_num, and field_size_limit.
import _csv
import csv
import io


def read(lines, **kw):
    rows = []
    shown = lines if isinstance(lines, list) else type(lines).__name__
    r = csv.reader(lines, **kw)
    try:
        for row in r:
            rows.append(row)
        print(repr(shown), kw, rows, r.line_num)
    except Exception as e:
        print(repr(shown), kw, rows, r.line_num, "!", type(e).__name__, e)


# Plain records, blank lines, line endings.
read([""])
read(["\n"])
read(["a,b\n", "\n", "c"])
read(["a,", ",", "a,,b"])
read(["\r\n", "\r", "\n\r"])
read(["a\r\n", "b\r", "c\n"])
read(["a\rb"])
read(["a\nb"])
read(["a\n\rb"])
read(['"a"\rx'])
read(["a\x00b,\x00"])
# Quoted fields.
read(['"a,b",c', '"x""y"', '""', '"""",'])
read(['"a\nb"\n', '"c\n', 'd"\n', '"e', 'f"'])
read(['"a"b,c', 'a"b"c', '"a" ', '"a"x"'])
read(['"'])
read(['x,"'])
read(['a,"b\n'])
read(["a", '"b\n', 'c"'])
# strict
read(['"a'], strict=True)
read(['"a"b,c'], strict=True)
read(['a,"b" ,c'], strict=True)
read(['"a"b'], strict=True, delimiter=";")
read(['ab"', '"a"', '"a"\n'], strict=True)
read(['a,"b\n'], strict=True)
# doublequote off and escapechar.
read(['"a""b"'], doublequote=False)
read(['"a""b"'], doublequote=False, strict=True)
read(['"a\\"b"', 'a\\,b,c\\"d'], escapechar="\\")
read(["a\\", "b"], escapechar="\\")
read(["a\\\nb", "a\\\rb"], escapechar="\\")
read(["a\\\nb,c", "x"], escapechar="\\")
read(["a\\\nbc", "x,y", "z"], escapechar="\\")
read(["a\\\n", "x"], escapechar="\\")
read(['"a\\', 'b"'], escapechar="\\")
read(["a\\\r", "b"], escapechar="\\")
read(["a\\\r\n", "b"], escapechar="\\")
read(['"a"\\b'], escapechar="\\")
read(["\\", '"\\'], escapechar="\\")
read(["a\\"], escapechar="\\", strict=True)
read(['"a""b"'], escapechar='"')
read(["a,\\,b"], escapechar="\\", delimiter="\\")
read(['a,"x"'], escapechar='"')
# skipinitialspace
read(['a, b,  "c"', 'a, b,  "c" ', " , ", "  ", "a,, ,"], skipinitialspace=True)
read(["a  b   "], skipinitialspace=True, delimiter=" ")
read([' "1", "2" ,x'], skipinitialspace=True)
read(["a, ,b"], escapechar=" ", skipinitialspace=True)
# Other delimiters and quote characters.
read(['a;"b;c"'], delimiter=";")
read(["a\tb", "c\t\td"], dialect="excel-tab")
read(["a,,b,,,"], quotechar=",")
read(["a b"], delimiter=" ", quotechar=" ")
read(["x"], delimiter="x")
read(['"x'], delimiter='"')
read(["it's,'a,b'"], quotechar="'")
read(['a"b'], quotechar=None)
read(["a", "b\n"], lineterminator="x")
# quoting
read(['1,"2",3.5,', "1,,2", "1e5,inf, 3"], quoting=csv.QUOTE_NONNUMERIC)
read(['1,"2",3.5,,x'], quoting=csv.QUOTE_NONNUMERIC)
read(["1, ,2"], quoting=csv.QUOTE_NONNUMERIC)
read(["\\1,2"], quoting=csv.QUOTE_NONNUMERIC, escapechar="\\")
read(["1\\,2"], quoting=csv.QUOTE_NONNUMERIC, escapechar="\\")
read([" 1, 2"], quoting=csv.QUOTE_NONNUMERIC, skipinitialspace=True)
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL):
    read(['1,"2",,""'], quoting=q)
read(['"a,b",c'], quoting=csv.QUOTE_NONE)
read(['1,"2"'], quoting=csv.QUOTE_NONE, quotechar=None)
# Bad input.
read([b"a"])
read(["a", 1])


def failing():
    yield "a\n"
    raise ValueError("boom")


read(failing())
# field_size_limit
csv.field_size_limit(5)
read(["abcde,abcdef"])
read(['"abcdef"'])
read(["abcde", '"ab""c"'])
csv.field_size_limit(128 * 1024)

# line_num and the reader object.
r = csv.reader(io.StringIO('a,b\r\n"multi\r\nline",c\r\n\r\nlast'))
for row in r:
    print(row, r.line_num)
print(r.line_num, iter(r) is r, type(r).__name__, r.dialect.delimiter)
for name in ("line_num", "dialect"):
    try:
        setattr(r, name, 5)
    except AttributeError as e:
        print("AttributeError", e)
r = csv.reader(["a"])
print(next(r))
try:
    next(r)
except StopIteration:
    print("StopIteration", r.line_num)
# A reader recovers after an error: the next row starts afresh.
r = csv.reader(['"a"b', "c"], strict=True)
for _ in range(3):
    try:
        print(next(r))
    except (csv.Error, StopIteration) as e:
        print(type(e).__name__, e)
# Arguments.
for args, kw in [((), {}), (([], "excel", "x"), {}), (([], "nosuch"), {}),
                 ((), {"lines": []}), (([],), {"foo": 1}), ((1,), {})]:
    try:
        csv.reader(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
print(csv.reader([], dialect="excel-tab").dialect.delimiter == "\t",
      csv.reader([], csv.unix_dialect, delimiter=";").dialect.delimiter)
try:
    _csv.Reader()
except TypeError as e:
    print("TypeError", e)
print(csv.reader.__name__, type(r).__module__)
