# csv dialects: validation of every setting with its exact error, defaults,
# the registry, field_size_limit and the Dialect classes of csv.py.
import csv
import _csv

SETTINGS = ("delimiter", "quotechar", "escapechar", "doublequote",
            "skipinitialspace", "lineterminator", "quoting", "strict")


def show(d):
    return " ".join("%s=%r" % (k, getattr(d, k, "-")) for k in SETTINGS)


def attempt(label, **kw):
    try:
        print(label, "->", show(_csv.Dialect(**kw)))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


class NoBool:
    def __bool__(self):
        raise ValueError("no truth value")


print(_csv.__version__, csv.__version__, csv.QUOTE_MINIMAL, csv.QUOTE_ALL,
      csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL)
print(csv.__all__)
print(csv.__doc__ == _csv.__doc__, csv.__doc__.splitlines()[0])
attempt("defaults")
for key, values in [
        ("delimiter", [None, "", "ab", 1, b",", ";", "\n"]),
        ("quotechar", [None, "", "ab", 1, "'"]),
        ("escapechar", [None, "", "ab", 1, "\\"]),
        ("lineterminator", [None, 1, "", "\n"]),
        ("quoting", [10, -1, "a", None, 1.0, True, 2 ** 70, 0, 3, 5]),
        ("doublequote", [0, "", [1]]),
        ("skipinitialspace", [None, 1]),
        ("strict", [[1], 0])]:
    for value in values:
        attempt("%s=%r" % (key, value), **{key: value})

# Which error wins when several settings are wrong.
for kw in [dict(delimiter=1, quoting="a"), dict(quoting=10, lineterminator=None),
           dict(quotechar=None, quoting=0, lineterminator=None),
           dict(lineterminator=1, escapechar=1), dict(quoting="a", delimiter="ab"),
           dict(doublequote=NoBool(), delimiter=1), dict(doublequote=NoBool(), escapechar=1),
           dict(strict=NoBool(), quoting="a"), dict(strict=NoBool(), quoting=10),
           dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(quotechar=None),
           dict(quotechar=None, quoting=csv.QUOTE_NONE), dict(bogus=1)]:
    attempt(sorted(kw), **kw)

# Positional arguments follow the settings' alphabetical order.
d = _csv.Dialect(None, ";", False, "\\", "\n", "'", 0, True, True)
print(show(d))
try:
    _csv.Dialect(None, ",", True, None, "\n", "x", 0, 0, 0, 0)
except TypeError as e:
    print("TypeError", e)

# A Dialect is returned as is when nothing overrides it; attributes are read-only.
base = _csv.Dialect(delimiter=";")
print(_csv.Dialect(base) is base, _csv.Dialect(base, quotechar="'") is base)
print(show(_csv.Dialect(base, quotechar="'")))
for name in ("delimiter", "strict"):
    try:
        setattr(base, name, "x")
    except AttributeError as e:
        print("AttributeError", e)
try:
    base.other = 1
except AttributeError as e:
    print("AttributeError", e)
print(type(base).__name__, type(base).__module__)


class Partial:
    delimiter = "|"
    quoting = csv.QUOTE_ALL


print(show(_csv.Dialect(Partial)), "|", show(_csv.Dialect(Partial())))
print(show(_csv.Dialect("excel-tab")))
try:
    _csv.Dialect("nosuch")
except csv.Error as e:
    print("Error", e)

# The registry.
print(csv.list_dialects())
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_NONE, escapechar="\\")
csv.register_dialect("based", csv.excel_tab, quotechar="'")
csv.register_dialect("plain")
print(show(csv.get_dialect("semi")))
print(show(csv.get_dialect("based")))
print(type(csv.get_dialect("plain")).__name__, csv.list_dialects())
csv.unregister_dialect("plain")
print(csv.list_dialects())
for call, args in [(csv.get_dialect, ("plain",)), (csv.unregister_dialect, ("plain",)),
                   (csv.get_dialect, (1,)), (csv.register_dialect, (1,)),
                   (csv.register_dialect, ("a", "b", "c")), (csv.register_dialect, ()),
                   (csv.register_dialect, ("bad", "nosuch"))]:
    try:
        call(*args)
        print(call.__name__, "ok")
    except Exception as e:
        print(call.__name__, args, type(e).__name__, e)
try:
    csv.register_dialect("bad", delimiter=5)
except TypeError as e:
    print("TypeError", e)
print(csv.get_dialect(name="semi").delimiter)

# field_size_limit
print(csv.field_size_limit())
print(csv.field_size_limit(10), csv.field_size_limit())
for args, kw in [(("a",), {}), ((1.5,), {}), ((True,), {}), ((1, 2), {}),
                 ((), {"limit": 5}), ((2 ** 70,), {})]:
    try:
        csv.field_size_limit(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
print(csv.field_size_limit(128 * 1024), csv.field_size_limit())

# The Dialect classes of csv.py.
for cls in (csv.excel, csv.excel_tab, csv.unix_dialect):
    print(cls.__name__, cls.__doc__, show(cls()), cls()._valid)
print(csv.Dialect._valid, csv.Dialect.__doc__.split("\n")[0])
try:
    csv.Dialect()
except csv.Error as e:
    print("Error", e, type(e.__context__).__name__)


class Broken(csv.Dialect):
    delimiter = ";"


class BadQuoting(csv.excel):
    quoting = None


class BadDelimiter(csv.excel):
    delimiter = 5


for cls in (Broken, BadQuoting, BadDelimiter):
    try:
        cls()
    except csv.Error as e:
        print(cls.__name__, "Error", e)


class Tabbed(csv.excel):
    delimiter = "\t"
    escapechar = "\\"


print(show(Tabbed()), show(_csv.Dialect(Tabbed)))
