# gettext: find(), translation() with its cache and fallbacks, install(), and the GNU API
# (textdomain, bindtextdomain, the d*/n*/p* functions) over catalogs in a temporary folder.
import builtins, gettext, os, struct, sys, tempfile

def make_mo(messages):
    keys = sorted(messages)
    ids = strs = b""
    id_table, str_table = [], []
    for k in keys:
        id_table.append((len(k), len(ids)))
        ids += k + b"\0"
        str_table.append((len(messages[k]), len(strs)))
        strs += messages[k] + b"\0"
    ids_start = 28 + 16 * len(keys)
    out = struct.pack("<7I", 0x950412de, 0, len(keys), 28, 28 + 8 * len(keys), 0, 0)
    for length, offset in id_table:
        out += struct.pack("<2I", length, offset + ids_start)
    for length, offset in str_table:
        out += struct.pack("<2I", length, offset + ids_start + len(ids))
    return out + ids + strs

HEADER = b"Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=n>1;\n"
CATALOGS = {
    ("fr", "demo"): {b"": HEADER, b"Hello": "Bonjour".encode(), b"file\0files": b"fichier\0fichiers",
                     b"menu\x04Open": b"Ouvrir", b"menu\x04line\0lines": b"ligne\0lignes"},
    ("fr_CA", "demo"): {b"": HEADER, b"Hello": b"Allo"},
    ("de", "demo"): {b"": HEADER, b"Hello": b"Hallo", b"Bye": b"Tschuess"},
    ("de_DE.UTF-8", "demo"): {b"": HEADER, b"Only": b"Nur"},
    ("fr", "other"): {b"": HEADER, b"Hello": b"Salut"},
}
for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
    os.environ.pop(var, None)

with tempfile.TemporaryDirectory() as root:
    def rel(p):
        if p is None:
            return None
        if isinstance(p, list):
            return [rel(x) for x in p]
        return os.path.relpath(p, root)
    for (lang, domain), messages in CATALOGS.items():
        folder = os.path.join(root, lang, "LC_MESSAGES")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, domain + ".mo"), "wb") as f:
            f.write(make_mo(messages))

    print(rel(gettext.find("demo", root, ["fr"])), rel(gettext.find("demo", root, ["fr_CA"])))
    print(rel(gettext.find("demo", root, ["fr_CA", "de"], all=True)))
    print(rel(gettext.find("demo", root, ["de_DE.UTF-8"], all=True)), rel(gettext.find("demo", root, ["de_DE"], all=True)))
    print(rel(gettext.find("demo", root, ["C", "fr"])), rel(gettext.find("demo", root, ["it"])),
          rel(gettext.find("demo", root, ["it"], all=True)), rel(gettext.find("nothing", root, ["fr"])))
    print(rel(gettext.find("demo", root)), rel(gettext.find("demo", root, all=True)))
    os.environ["LANG"] = "de_DE.UTF-8"
    print(rel(gettext.find("demo", root, all=True)))
    os.environ["LC_MESSAGES"] = "fr_CA"
    print(rel(gettext.find("demo", root, all=True)))
    os.environ["LANGUAGE"] = "it:fr:de"
    print(rel(gettext.find("demo", root, all=True)))
    os.environ["LANGUAGE"] = ""
    print(rel(gettext.find("demo", root)))
    os.environ["LC_ALL"] = "C"
    print(rel(gettext.find("demo", root)))
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        os.environ.pop(var, None)

    t = gettext.translation("demo", root, ["fr_CA", "de"])
    print(type(t).__name__, t.gettext("Hello"), t.gettext("Bye"), t.gettext("Nope"), t.ngettext("file", "files", 2))
    t2 = gettext.translation("demo", root, ["fr_CA"])
    print(t2.gettext("Bye"), t is t2, t._catalog is t2._catalog)
    t3 = gettext.translation("demo", root, ["fr"])
    print(t3.ngettext("file", "files", 1), t3.ngettext("file", "files", 2), t3.pgettext("menu", "Open"),
          t3.npgettext("menu", "line", "lines", 5))
    class Mine(gettext.GNUTranslations):
        pass
    m = gettext.translation("demo", root, ["fr"], class_=Mine)
    print(type(m).__name__, m.gettext("Hello"), gettext.Catalog is gettext.translation)
    try:
        gettext.translation("demo", root, ["it"])
    except OSError as e:
        import errno
        print(type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename)
    n = gettext.translation("demo", root, ["it"], fallback=True)
    print(type(n).__name__, n.gettext("Hello"))

    gettext.install("demo", root)
    print(_("Hello"))
    os.environ["LANGUAGE"] = "fr"
    gettext.install("demo", root, names=["ngettext", "pgettext"])
    print(_("Hello"), builtins.ngettext("file", "files", 3), builtins.pgettext("menu", "Open"))
    for name in ("_", "ngettext", "pgettext"):
        delattr(builtins, name)

    print(gettext.textdomain(), gettext.textdomain(None), gettext.textdomain("demo"), gettext.textdomain())
    print(gettext.bindtextdomain("demo") == gettext._default_localedir)
    print(rel(gettext.bindtextdomain("demo", root)), rel(gettext.bindtextdomain("demo")))
    print(gettext.gettext("Hello"), gettext.ngettext("file", "files", 0), gettext.ngettext("file", "files", 2),
          gettext.pgettext("menu", "Open"), gettext.npgettext("menu", "line", "lines", 1),
          gettext.npgettext("menu", "line", "lines", 3))
    gettext.bindtextdomain("other", root)
    print(gettext.dgettext("other", "Hello"), gettext.dngettext("other", "a", "b", 1),
          gettext.dngettext("other", "a", "b", 2), gettext.dpgettext("other", "c", "Hello"),
          gettext.dnpgettext("other", "c", "a", "b", 2))
    print(gettext.dgettext("absent", "Hello"), gettext.dngettext("absent", "a", "b", 1),
          gettext.dngettext("absent", "a", "b", 2), gettext.dpgettext("absent", "c", "m"),
          gettext.dnpgettext("absent", "c", "a", "b", 1), gettext.dnpgettext("absent", "c", "a", "b", 7))
    gettext.textdomain("absent")
    print(gettext.gettext("Hello"), gettext.ngettext("a", "b", 1), gettext.pgettext("c", "m"),
          gettext.npgettext("c", "a", "b", 2))
    os.environ.pop("LANGUAGE")
    gettext.textdomain("messages")

print(gettext._expand_lang("de_DE.UTF-8@euro"), gettext._expand_lang("sr@latin"), gettext._expand_lang("C"))
print(gettext._expand_lang("en"), gettext._expand_lang("pt_BR"), gettext._expand_lang("xx_YY.cs@mod"))
print(gettext.__all__)
print(gettext._default_localedir == os.path.join(sys.base_prefix, "share", "locale"))
