# date: the proleptic Gregorian calendar, ordinals, ISO forms, arithmetic.
from datetime import date, timedelta, MINYEAR, MAXYEAR


def show(label, f, message=True):
    try:
        print(label, repr(f()))
    except Exception as e:
        # Messages naming the operand types differ: CPython's classes are C types.
        print(label, type(e).__name__, e if message else "")


print(MINYEAR, MAXYEAR, date.min, date.max, date.resolution)
for d in [date(1, 1, 1), date(4, 2, 29), date(100, 3, 1), date(400, 12, 31),
          date(1600, 2, 29), date(1900, 3, 1), date(1970, 1, 1), date(2000, 2, 29),
          date(2023, 12, 31), date(2024, 1, 1), date(2026, 11, 26), date(9999, 12, 31)]:
    print(repr(d), d, d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar(),
          d.ctime(), d.timetuple()[6:])

# Round trips over the whole range, and across every month boundary.
ok = all(date.fromordinal(n).toordinal() == n for n in range(1, 3652060, 997))
print("ordinals", ok)
d = date(1999, 12, 1)
days = []
for i in range(430):
    days.append(d)
    d += timedelta(1)
print(len({(x.year, x.month) for x in days}), days[-1], days[-1] - days[0])
print(all(date.fromisoformat(x.isoformat()) == x for x in days))
print(all(date.fromisocalendar(*x.isocalendar()) == x for x in days))

cal = date(2021, 1, 3).isocalendar()
print(cal.year, cal.week, cal.weekday, cal[0], tuple(cal), cal == (2020, 53, 7))
for s in ["2024-02-29", "20240229", "2024-W09-4", "2024W094", "2024-W01", "2020W53",
          "2024-2-29", "2024-02-30", "2023-13-01", "0000-01-01", "2024/02/29",
          "2024-02-29T00:00", "2020-W54-1", "２０２４-01-01"]:
    show(s, lambda: date.fromisoformat(s))
show("not str", lambda: date.fromisoformat(20240229))
show("isocal", lambda: date.fromisocalendar(2026, 1, 1))
show("isocal53", lambda: date.fromisocalendar(2026, 53, 1))
show("isocal day", lambda: date.fromisocalendar(2026, 5, 0))
show("year 0", lambda: date(0, 1, 1))
show("year 10000", lambda: date(10000, 1, 1))
show("month", lambda: date(2000, 0, 1))
show("day", lambda: date(2001, 2, 29))
show("float", lambda: date(2000.0, 1, 1))
show("str", lambda: date("2000", 1, 1))
show("missing", lambda: date(2000, 1))
show("ordinal 0", lambda: date.fromordinal(0))
show("ordinal max", lambda: date.fromordinal(3652059))
show("past max", lambda: date.max + timedelta(1))
show("before min", lambda: date.min - timedelta(1))
show("add int", lambda: date(2000, 1, 1) + 1, False)

d = date(2024, 2, 29)
print(d + timedelta(days=365), d - timedelta(days=1, hours=23), timedelta(3) + d)
print(d - date(2000, 1, 1), date(2000, 1, 1) - d, d.replace(year=2028), d.replace(month=3, day=1))
show("replace", lambda: d.replace(year=2023))
print(d == date(2024, 2, 29), d != date(2024, 3, 1), d < date(2024, 3, 1), d >= date(2025, 1, 1))
print(d == "2024-02-29", hash(d) == hash(date(2024, 2, 29)), sorted([date(2024, 3, 1), d, date(1, 1, 1)]))
show("lt str", lambda: d < "x", False)
print(d.__reduce__(), date(*d.__reduce__()[1]))
print(d.year, d.month, d.day, format(d, ""), f"{d}", f"{d:%d.%m.%Y}", str(d))


class MyDate(date):
    def __repr__(self):
        return "MyDate" + super().__repr__()


m = MyDate(2020, 5, 17)
print(m, type(m + timedelta(1)).__name__, type(m.replace(day=1)).__name__,
      type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat("2020-01-01")).__name__)
print(repr(m), m == date(2020, 5, 17))
