# csv.DictReader and csv.DictWriter: header handling, restkey/restval,
# blank rows, extrasaction and the errors.
import csv
import io

f = io.StringIO("a,b\n\n\nc,d\n\n1,2,3\n4\n")
d = csv.DictReader(f)
print(d.line_num, d.restkey, d.restval, type(d.reader).__name__, d.dialect)
for row in d:
    print(row, d.line_num)
print(d.fieldnames, d.line_num, iter(d) is d)

d = csv.DictReader(io.StringIO(""))
print(d.fieldnames, d.line_num, list(d))

d = csv.DictReader(io.StringIO("a,b\n1\n1,2,3,4\n"), fieldnames=["x"], restkey="R", restval="V")
print(list(d))
d = csv.DictReader(io.StringIO("1\n1,2,3\n"), fieldnames=iter(["x", "y"]), restval="V")
print(d.fieldnames, list(d))

d = csv.DictReader(io.StringIO("a,b\n1,2\n"))
d.fieldnames = ["p", "q"]
print(list(d), d.line_num)
d = csv.DictReader(["a;b", "1;2"], None, None, None, "excel", delimiter=";")
print(list(d))
d = csv.DictReader(["a\tb", "1\t2"], dialect="excel-tab")
print(next(d), d.line_num)
d = csv.DictReader(["x,y", '"1', '2",3'])
print(next(d), d.line_num)
try:
    next(d)
except StopIteration:
    print("StopIteration", d.line_num)
print(csv.DictReader[int], csv.DictWriter[str])

# DictWriter
out = io.StringIO()
w = csv.DictWriter(out, ["a", "b", "c"], restval="-")
print(w.fieldnames, w.restval, w.extrasaction, type(w.writer).__name__)
print(w.writeheader())
print(w.writerow({"a": 1, "c": "x,y"}))
print(w.writerows([{"b": 2}, {}, {"a": None}]))
print(repr(out.getvalue()))
try:
    w.writerow({"a": 1, "zz": 2})
except ValueError as e:
    print("ValueError", e)

out = io.StringIO()
w = csv.DictWriter(out, iter(["a", "b"]), extrasaction="IGNORE")
print(w.fieldnames, w.extrasaction)
w.writeheader()
w.writerow({"a": 1, "z": 2})
print(repr(out.getvalue()))

out = io.StringIO()
w = csv.DictWriter(out, ["a"], extrasaction="Raise")
try:
    w.writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError", e)
w = csv.DictWriter(out, ["a"], "x", "raise", "excel-tab", delimiter=";")
print(w.writer.dialect.delimiter, w.restval)
out = io.StringIO()
w = csv.DictWriter(out, ("b", "a"), quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerows(iter([{"a": 1, "b": 2}, {"a": 3}]))
print(repr(out.getvalue()))

for args, kw in [((io.StringIO(), ["a"]), {"extrasaction": "x"}), ((io.StringIO(),), {})]:
    try:
        csv.DictWriter(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
try:
    csv.DictWriter(io.StringIO(), None).writerow({})
except TypeError as e:
    print("TypeError", e)
try:
    csv.DictReader(io.StringIO("a\n"), dialect="nosuch")
except csv.Error as e:
    print("Error", e)
