# configparser: parsing (comments, continuations, empty lines, delimiters, no-value options,
# default section, strictness), the parsing errors, and write().
import configparser, io

def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace("\n", " / "))

TEXT = """\
# a comment
; another
[DEFAULT]
base = /usr
Shared: yes

[paths]
home = %(base)s/home
  ; indented comment
multi = first line
    second line

    after blank
empty =
spaced   =   value with spaces   
[other]
key=value # not a comment by default
colon : uses colon
Mixed-Case = keep? lowercased
[other2]
"""
cp = configparser.ConfigParser()
cp.read_string(TEXT)
print(cp.sections(), list(cp), len(cp), cp.defaults())
for section in cp.sections():
    print(section, cp.options(section), cp.items(section, raw=True))
print(repr(cp.get("paths", "multi")), repr(cp.get("paths", "empty")), cp.get("paths", "home"))
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue())

# Inline comments, custom prefixes and delimiters, no-value options.
raw = configparser.RawConfigParser(allow_no_value=True, inline_comment_prefixes=("#", ";"),
                                   comment_prefixes=("//",), delimiters=(":=", "->"))
raw.read_string("""[s]
a := 1 # trailing comment
b -> x;y ; comment
c := url#fragment
bare
// full comment
d:=   # only comment
  continued
[t]
e := v # c1 ; c2
""")
print(raw.items("s"), raw.items("t"))
out = io.StringIO()
raw.write(out)
print(out.getvalue())

# Blank lines ending values, custom default section, non-strict duplicates.
p = configparser.ConfigParser(empty_lines_in_values=False)
try:
    p.read_string("[a]\nv = one\n  two\n\n  three\n")
except configparser.ParsingError as e:
    print(type(e).__name__, e.errors, p.items("a"))
p = configparser.ConfigParser(empty_lines_in_values=False, default_section="common", strict=False)
p.read_string("""[common]
x = 1
[a]
v = one
  two

three = 3
[a]
v = again
w = 2
[common]
y = 3
""")
print(p.sections(), p.items("a"), p.defaults(), "common" in p, "DEFAULT" in p)

# Parsing errors.
for label, text, kw in [
    ("no header", "key = value\n[s]\n", {}),
    ("bad lines", "[s]\nok = 1\njust words\n=novalue\nmore words\n", {}),
    ("dup section", "[s]\n[t]\n[s]\n", {}),
    ("dup option", "[s]\na = 1\nA = 2\n", {}),
    ("dup option nonstrict", "[s]\na = 1\nA = 2\n", {"strict": False}),
    ("no value disallowed", "[s]\nlonely\n", {}),
    ("no value allowed", "[s]\nlonely\n", {"allow_no_value": True}),
    ("header with text", "[s] trailing\nk=v\n[x]y]\nk=w\n", {}),
]:
    c = configparser.ConfigParser(**kw)
    try:
        c.read_string(text, source="<cfg>")
        print(label, "ok", {s: c.items(s, raw=True) for s in c.sections()})
    except configparser.Error as e:
        print(label, type(e).__name__, repr(str(e)), e.args, getattr(e, "errors", None))

c = configparser.ConfigParser()
try:
    c.read_file(io.StringIO("[s]\na=1\na=2\n"))
except configparser.DuplicateOptionError as e:
    print(e.source, e.lineno, e.section, e.option)
class Named(io.StringIO):
    name = "named.ini"
try:
    c.read_file(Named("[q]\n[q]\n"))
except configparser.DuplicateSectionError as e:
    print(e, "|", e.source, e.lineno)
c.read_file(["[lines]\n", "k = v\n"], source="list")
print(c.items("lines"))
show("read missing", lambda: c.read(["/nonexistent/a.ini", "/nonexistent/b.ini"]))
show("add default", lambda: c.add_section("DEFAULT"))
show("add dup", lambda: c.add_section("lines"))
show("add int", lambda: c.add_section(5))
show("raw add int", lambda: configparser.RawConfigParser().add_section(5))
