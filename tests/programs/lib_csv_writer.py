# csv.writer: quoting modes (3.12's QUOTE_STRINGS and QUOTE_NOTNULL included),
# escaping, doubled quotes, line terminators, empty records and the errors.
import csv
import io
from decimal import Decimal
from fractions import Fraction


def write(rows, **kw):
    out = io.StringIO()
    try:
        w = csv.writer(out, **kw)
        for row in rows:
            result = w.writerow(row)
        print(kw, repr(out.getvalue()), result)
    except Exception as e:
        print(kw, "!", type(e).__name__, e, repr(out.getvalue()))


write([["a", "b"], [], [""], [None], ["", ""], [1, 2.5, -0.0, 1e100, float("nan")]])
write([["a,b", 'c"d', "e\nf", "g\rh", " i", "j ", "\x00", "\t"]])
write([["a,b", 'c"d', "e\nf", "g\rh"]], lineterminator="\n")
write([["a,b", "e\nf", "g\rh", "x", "y"]], lineterminator="x")
write([["a", "b"]], lineterminator="")
write([["abc"], "abc", (c for c in "xy"), range(3), {"k": 1}])
write([[b"x", Decimal("1.5"), Fraction(1, 3), 1j, True]])
# Quoting modes.
mixed = [None, "", 1, 1.5, True, Decimal("1.5"), Fraction(1, 3), 1j, "x", "a,b"]
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_STRINGS,
          csv.QUOTE_NOTNULL):
    write([mixed], quoting=q)
# A lone empty field is written quoted, or refused.
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_STRINGS,
          csv.QUOTE_NOTNULL, csv.QUOTE_NONE):
    write([[""]], quoting=q)
    write([[None]], quoting=q)
write([[None, ""]], quoting=csv.QUOTE_NOTNULL)
write([["", "x"], ["", ""]], quoting=csv.QUOTE_NONE)
# QUOTE_NONE escapes instead.
write([["a,b"]], quoting=csv.QUOTE_NONE)
write([["a,b", 'c"d', "e\nf", "x\\y", "g\rh"]], quoting=csv.QUOTE_NONE, escapechar="\\")
write([["a\rb"]], quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
write([['a"b']], quotechar=None, quoting=csv.QUOTE_NONE)
write([['a"b', "c,d"]], quotechar=None, quoting=csv.QUOTE_NONE, escapechar="\\")
write([["ab"]], escapechar="b", quoting=csv.QUOTE_NONE)
# doublequote and escapechar with quoting.
write([['c"d']], doublequote=False)
write([['c"d']], doublequote=False, escapechar="\\")
write([['c"d', "x\\y", "a,b"]], escapechar="\\")
write([['c"d', "x\\y"]], escapechar="\\", quoting=csv.QUOTE_ALL)
write([['c"d']], escapechar='"', doublequote=False)
write([['c"d']], escapechar='"')
write([["ab"]], escapechar="b")
write([["it's"]], quotechar="'")
write([["a'b"]], quotechar="'", delimiter="'")
# A space delimiter with skipinitialspace must quote empty fields.
write([["a b", " "]], delimiter=" ")
write([["a", ""]], delimiter=" ")
write([["a", "", None], ["", "a"], [""]], delimiter=" ", skipinitialspace=True)
write([["a", ""]], delimiter=" ", skipinitialspace=True, quoting=csv.QUOTE_NONE)
write([[""]], delimiter=" ", skipinitialspace=True, quoting=csv.QUOTE_NONE)
write([["a", " x", "", None]], skipinitialspace=True)
write([["a\tb", "c d"]], dialect="excel-tab")
write([["a", None, 1]], dialect="unix")
# Errors.
write([1])
write([None])


class Unprintable:
    def __str__(self):
        raise ZeroDivisionError("no str")


class BadIterable:
    def __iter__(self):
        raise OSError("no iter")


write([[Unprintable()]])
write([BadIterable()])


class Failing:
    def write(self, text):
        raise OSError("disk full")


class Echo:
    def write(self, text):
        return "wrote " + repr(text)


try:
    csv.writer(Failing()).writerow(["a"])
except OSError as e:
    print("OSError", e)
w = csv.writer(Echo())
print(w.writerow(["a", 1]), w.writerows([["a"], ["b"]]), w.writerows([]))
for call, args in [(w.writerow, ()), (w.writerow, ([1], [2])), (w.writerows, (1,)),
                   (w.writerows, ([1],)), (w.writerows, ())]:
    try:
        call(*args)
    except Exception as e:
        print(type(e).__name__, e)


class NoWrite:
    write = 5


for args, kw in [((NoWrite(),), {}), ((1,), {}), ((), {}), ((Echo(), "excel", 1), {}),
                 ((Echo(),), {"quoting": 9}), ((Echo(),), {"quotechar": None, "quoting": 2})]:
    try:
        csv.writer(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
print(type(w).__name__, w.dialect.delimiter, repr(w.dialect.lineterminator))
try:
    w.dialect = None
except AttributeError as e:
    print("AttributeError", e)
# Round trip through the reader.
rows = [["plain", "with,comma", 'with"quote', "multi\nline", "", " lead"], ["1", "2"]]
for kw in ({}, {"quoting": csv.QUOTE_ALL}, {"escapechar": "\\", "doublequote": False},
           {"delimiter": ";", "quotechar": "'"}):
    out = io.StringIO()
    csv.writer(out, **kw).writerows(rows)
    print(kw, list(csv.reader(io.StringIO(out.getvalue()), **kw)) == rows)
