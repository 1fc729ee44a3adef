# gettext.GNUTranslations: .mo files of both byte orders, headers, charsets, plurals,
# contexts, fallbacks, NullTranslations, install(), and the errors of bad files.
import builtins, gettext, io, struct

def make_mo(messages, order="<", magic=0x950412de, revision=0, corrupt=False):
    """A .mo file holding messages: a dict of msgid bytes -> msgstr bytes."""
    keys = sorted(messages)
    ids = b""
    strs = b""
    id_table = []
    str_table = []
    for k in keys:
        id_table.append((len(k), len(ids)))
        ids += k + b"\0"
        str_table.append((len(messages[k]), len(strs)))
        strs += messages[k] + b"\0"
    start = 7 * 4
    ids_start = start + 16 * len(keys)
    strs_start = ids_start + len(ids)
    out = struct.pack(order + "7I", magic, revision, len(keys), start, start + 8 * len(keys), 0, 0)
    for length, offset in id_table:
        out += struct.pack(order + "2I", length, offset + ids_start)
    for length, offset in str_table:
        out += struct.pack(order + "2I", length + (1000 if corrupt else 0), offset + strs_start)
    return out + ids + strs

HEADER = (b"Project-Id-Version: demo 1.0\n"
          b"Content-Type: text/plain; charset=UTF-8\n"
          b"Plural-Forms: nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : n%10>=2 && (n%100<10 || n%100>=20) ? 1 : 2;\n"
          b"Last-Translator: Someone\n"
          b" <someone@example.org>\n"
          b"#-#-#-#-#  merged.po (demo)  #-#-#-#-#\n"
          b"X-Empty:\n")
MESSAGES = {
    b"": HEADER,
    b"Hello": "Cześć".encode(),
    b"file\0files": "plik\0pliki\0plików".encode(),
    b"menu\x04Open": "Otwórz".encode(),
    b"menu\x04item\0items": "pozycja\0pozycje\0pozycji".encode(),
    "Grüße".encode(): "Pozdrowienia".encode(),
    b"single": "jedna".encode(),
}

for order, magic in (("<", 0x950412de), (">", 0x950412de)):
    t = gettext.GNUTranslations(io.BytesIO(make_mo(MESSAGES, order, magic)))
    print("order", order, type(t).__name__, t.charset())
    print(sorted(t.info().items()))
    print(t.gettext("Hello"), t.gettext("Grüße"), t.gettext("missing"), t.gettext("file"))
    print([t.ngettext("file", "files", n) for n in (0, 1, 2, 5, 11, 21, 22, 112)])
    print(t.ngettext("cat", "cats", 1), t.ngettext("cat", "cats", 3))
    print(t.pgettext("menu", "Open"), t.pgettext("other", "Open"), t.pgettext("menu", "Close"))
    print([t.npgettext("menu", "item", "items", n) for n in (1, 3, 5)], t.npgettext("x", "item", "items", 4))
    print(t.gettext("item"), t.pgettext("menu", "item"), t.plural(2), t.plural(5))

# Without a header: ASCII, the Germanic plural rule.
t = gettext.GNUTranslations(io.BytesIO(make_mo({b"a": b"A", b"x\0y": b"X0\0X1"})))
print(t.charset(), t.info(), t.gettext("a"), [t.ngettext("x", "y", n) for n in (0, 1, 2)], t.gettext("x"))

# A non-ASCII msgid without a charset cannot be decoded.
try:
    gettext.GNUTranslations(io.BytesIO(make_mo({"é".encode(): b"e"})))
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.encoding)

# Bad files.
class Named(io.BytesIO):
    name = "bad.mo"
for label, data in [("magic", make_mo({b"a": b"b"}, magic=0x12345678)),
                    ("version", make_mo({b"a": b"b"}, revision=2 << 16)),
                    ("minor version", make_mo({b"a": b"b"}, revision=(1 << 16) | 7)),
                    ("corrupt", make_mo({b"a": b"b"}, corrupt=True))]:
    for stream in (io.BytesIO(data), Named(data)):
        try:
            t = gettext.GNUTranslations(stream)
            print(label, "ok", t.gettext("a"))
        except OSError as e:
            print(label, type(e).__name__, e.errno, e.strerror, repr(e.filename), str(e))
try:
    gettext.GNUTranslations(io.BytesIO(b"\xde\x12\x04"))
except Exception as e:
    print(type(e).__name__, e)

# Fallback chains.
first = gettext.GNUTranslations(io.BytesIO(make_mo({b"a": b"first a"})))
second = gettext.GNUTranslations(io.BytesIO(make_mo(MESSAGES)))
first.add_fallback(second)
first.add_fallback(gettext.NullTranslations())
print(first.gettext("a"), first.gettext("Hello"), first.gettext("zzz"), first.ngettext("file", "files", 5),
      first.pgettext("menu", "Open"), first.npgettext("menu", "item", "items", 2), first.ngettext("q", "qs", 1))

class Upper(gettext.NullTranslations):
    def gettext(self, message):
        return message.upper()
    def ngettext(self, s, p, n):
        return (s if n == 1 else p).upper()
    def pgettext(self, c, m):
        return c + "|" + m
    def npgettext(self, c, s, p, n):
        return c + "|" + (s if n == 1 else p)
null = gettext.NullTranslations()
print(null.gettext("x"), null.ngettext("a", "b", 1), null.ngettext("a", "b", 0), null.pgettext("c", "m"),
      null.npgettext("c", "a", "b", 2), null.info(), null.charset())
null.add_fallback(Upper())
print(null.gettext("x"), null.ngettext("a", "b", 1), null.ngettext("a", "b", 2), null.pgettext("c", "m"),
      null.npgettext("c", "a", "b", 1))
print(gettext.NullTranslations(io.BytesIO(b"ignored")).gettext("y"))

# install() into builtins.
t = gettext.GNUTranslations(io.BytesIO(make_mo(MESSAGES)))
t.install()
print(_("Hello"), hasattr(builtins, "ngettext"))
t.install(names=["ngettext", "pgettext", "npgettext", "gettext", "bogus"])
print(builtins.ngettext("file", "files", 2), builtins.pgettext("menu", "Open"), builtins.gettext("Hello"),
      hasattr(builtins, "bogus"))
for name in ("_", "ngettext", "pgettext", "npgettext", "gettext"):
    delattr(builtins, name)
print(gettext.GNUTranslations.CONTEXT.encode(), gettext.GNUTranslations.VERSIONS,
      hex(gettext.GNUTranslations.LE_MAGIC), hex(gettext.GNUTranslations.BE_MAGIC))
print(t._get_versions(0x00010002), issubclass(gettext.GNUTranslations, gettext.NullTranslations))
