# strftime with every common directive, C-locale names, and __format__.
from datetime import date, datetime, time, timedelta, timezone

directives = "aAbBcdfHIjmMpSUwWxXyYzZGVu%"
zones = [None, timezone.utc, timezone(timedelta(hours=-9, minutes=-30), "X%Y"),
         timezone(timedelta(hours=1, seconds=5, microseconds=7))]
moments = [datetime(2024, 1, 1), datetime(2023, 1, 1, 0, 0, 0, 1), datetime(2020, 12, 31, 23, 59, 59),
           datetime(2021, 1, 3, 12), datetime(1999, 7, 4, 13, 7, 8, 90), datetime(2008, 12, 29, 1),
           datetime(2010, 1, 3, 11, 59), datetime(2026, 11, 26, 12)]
for m in moments:
    print(m, " ".join(m.strftime("%" + d) for d in directives))
for z in zones:
    m = datetime(2024, 2, 29, 6, 5, 4, 321, z)
    print(repr(m.strftime("%z|%Z|%c|%%z")), repr(time(6, 5, tzinfo=z).strftime("%H%M %z %Z")))
# A week of days across a year boundary, for the week-number directives.
d = date(2018, 12, 27)
for i in range(10):
    print(d, d.strftime("%a %U %W %w %G-W%V-%u %j"))
    d += timedelta(1)
print(date(2024, 2, 29).strftime("%H:%M:%S %f %p %I"), time(0, 1).strftime("%I %p %Y-%m-%d %j"),
      time(12, 1).strftime("%I %p"), time(23, 1).strftime("%I %p"))
print(date(2024, 2, 29).strftime("text only"), repr(date(2024, 2, 29).strftime("")),
      date(2024, 2, 29).strftime("%Y%"), date(2024, 2, 29).strftime("%%d=%d"))
print(format(datetime(2024, 2, 29, 1, 2), "%Y/%m/%d %H.%M"), f"{time(1, 2):%H-%M}",
      f"{datetime(2024, 2, 29):}", "{:%B}".format(date(2024, 5, 1)))
for y in (1000, 1900, 1970, 2000, 9999):
    print(date(y, 6, 15).strftime("%Y %y %G %a %b"))
