# datetime: construction, ISO text, timestamps in UTC, arithmetic, comparisons.
from datetime import date, datetime, time, timedelta, timezone, UTC


def show(label, f, message=True):
    try:
        print(label, repr(f()))
    except Exception as e:
        # Messages naming the operand types differ: CPython's classes are C types.
        print(label, type(e).__name__, e if message else "")


plus530 = timezone(timedelta(hours=5, minutes=30))
values = [datetime(2024, 2, 29), datetime(2024, 2, 29, 13, 5, 0, 7),
          datetime(1, 1, 1, 0, 0, 1), datetime(9999, 12, 31, 23, 59, 59, 999999, UTC),
          datetime(2020, 6, 1, 12, tzinfo=plus530), datetime(2020, 6, 1, fold=1),
          datetime.min, datetime.max]
for v in values:
    print(repr(v), "|", v, "|", v.isoformat(), v.ctime(), v.utcoffset(), v.tzname(), v.dst())
v = datetime(2024, 2, 29, 13, 5, 9, 123456, plus530)
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(spec, v.isoformat(timespec=spec), v.isoformat(" ", spec), v.time().isoformat(spec))
show("timespec", lambda: v.isoformat(timespec="days"))
print(v.date(), repr(v.time()), repr(v.timetz()), v.timetuple(), v.utctimetuple())
print(datetime.combine(date(2020, 1, 2), time(3, 4, tzinfo=UTC)),
      datetime.combine(date(2020, 1, 2), time(3, 4), plus530))
show("combine", lambda: datetime.combine(1, time()))

for s in ["2024-02-29", "2024-02-29T13:05", "2024-02-29 13:05:09.5", "2024-02-29T130509",
          "20240229T13", "2024-02-29T13:05:09,123456789", "2024-02-29T13:05Z",
          "2024-02-29T13:05+05:30", "2024-02-29T13:05:09-0800", "2024-W09-4T01:02:03",
          "2024W094T010203+01", "2024-02-29x13:05", "2024-02-29T25:00", "2024-02-29T",
          "2024-02-29T13:5", "2024-02-29T13:05:09.", "2024-02-29T13:05+5", "2024-02", "",
          "2024-02-29T13:05:09+05:30:15.25", "2024-02-29T00:00:00+00:00"]:
    show(s, lambda: datetime.fromisoformat(s))
for s in ["13:05", "T13:05:09", "130509.25", "13:05:09+01:00", "13", "13:05:60", "1305:09"]:
    show(s, lambda: time.fromisoformat(s))
print(all(datetime.fromisoformat(x.isoformat()) == x for x in values))

for ts in [0, 1, -1, 1.5, -1.5, 951782400, 1e9 + 0.0000005, 1e9 + 0.0000015, 1700000000.123456,
           -62135596800]:
    d = datetime.fromtimestamp(ts, tz=timezone.utc)
    print(ts, repr(d), d.timestamp(), datetime.fromtimestamp(ts, plus530))
print(datetime.fromtimestamp(253402300799, UTC))
show("ts year", lambda: datetime.fromtimestamp(-62135596801, UTC))
print(datetime(2000, 1, 1, tzinfo=plus530).timestamp(), datetime(1, 1, 1, tzinfo=UTC).timestamp())

a = datetime(2024, 2, 28, 22, 30, tzinfo=UTC)
b = a.astimezone(plus530)
print(b, b == a, b - a, hash(a) == hash(b), a.astimezone(UTC) is a)
print(a + timedelta(hours=3), timedelta(days=-1) + a, a - timedelta(microseconds=1))
print(datetime(2024, 3, 1) - datetime(2023, 3, 1), datetime(2000, 1, 1) - datetime(2000, 1, 2, 0, 0, 1))
show("naive-aware sub", lambda: a - datetime(2024, 1, 1))
show("naive-aware lt", lambda: a < datetime(2024, 1, 1))
print(a == datetime(2024, 2, 28, 22, 30), a != datetime(2024, 2, 28, 22, 30))
show("dt lt date", lambda: datetime(2000, 1, 1) < date(2000, 1, 1))
show("date lt dt", lambda: date(2000, 1, 1) < datetime(2000, 1, 1))
print(datetime(2000, 1, 1) == date(2000, 1, 1), date(2000, 1, 1) == datetime(2000, 1, 1))
show("sub date", lambda: datetime(2000, 1, 1) - date(2000, 1, 1), False)
show("overflow", lambda: datetime.max + timedelta(microseconds=1))
show("underflow", lambda: datetime.min - timedelta(1))
print(datetime(2020, 1, 1, fold=1) == datetime(2020, 1, 1), hash(datetime(2020, 1, 1, fold=1)) == hash(datetime(2020, 1, 1)))
print(sorted([datetime(2020, 1, 2), datetime(2020, 1, 1, 23), datetime(2019, 12, 31)]))
print(v.replace(year=2025, month=3, tzinfo=None), v.replace(fold=1).fold, v.replace(microsecond=0))
show("replace", lambda: v.replace(day=30))
show("hour", lambda: datetime(2000, 1, 1, 24))
show("fold", lambda: datetime(2000, 1, 1, fold=2))
print(isinstance(v, date), v.weekday(), v.isocalendar(), v.toordinal())
print(v.__reduce__())
print(datetime(*v.__reduce__()[1]) == v, datetime(*datetime(2020, 1, 1, fold=1).__reduce_ex__(4)[1]).fold)

t = time(9, 8, 7, 6, plus530)
print(repr(time()), repr(t), t, repr(time(1, fold=1)), time.min, time.max, bool(time()))
print(t == time(3, 38, 7, 6, UTC), t < time(4, tzinfo=UTC), time(1) == time(1, tzinfo=UTC))
show("time lt", lambda: time(1) < time(1, tzinfo=UTC))
print(t.replace(hour=10), t.replace(tzinfo=None), t.__reduce__(), time(*t.__reduce__()[1]) == t)
show("time second", lambda: time(0, 0, 60))
show("time us", lambda: time(0, 0, 0, 10**6))
print(datetime.strptime("2024-02-29 13:05:09", "%Y-%m-%d %H:%M:%S"),
      datetime.strptime("29 Feb 24 1:05PM", "%d %b %y %I:%M%p"),
      repr(datetime.strptime("2024-02-29T13:05:09.5+0530", "%Y-%m-%dT%H:%M:%S.%f%z")),
      datetime.strptime("Thursday, February 29, 2024", "%A, %B %d, %Y"),
      datetime.strptime("060", "%j"))
show("strptime", lambda: datetime.strptime("2024-02", "%Y-%m-%d"))
show("strptime rest", lambda: datetime.strptime("2024-02-01x", "%Y-%m-%d"))
