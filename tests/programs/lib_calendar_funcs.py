# calendar's module functions: leap years, weekdays, month ranges, timegm, the first
# weekday, the shared TextCalendar's functions, names, the Month/Day enums and the errors.
import calendar
import warnings

print([y for y in range(1896, 1905) if calendar.isleap(y)], calendar.isleap(2000),
      calendar.isleap(1900), calendar.isleap(0), calendar.isleap(-4), calendar.isleap(-100))
for y1, y2 in [(2000, 2000), (2001, 2004), (2000, 2001), (1900, 2000), (1, 10000),
               (-400, 400), (2010, 2000), (0, 1)]:
    print('leapdays', y1, y2, calendar.leapdays(y1, y2))

for date in [(2024, 1, 1), (2000, 2, 29), (1, 1, 1), (9999, 12, 31), (0, 1, 1), (-1, 12, 31),
             (10000, 1, 1), (12345, 6, 7), (-400, 3, 1)]:
    wd = calendar.weekday(*date)
    print('weekday', date, repr(wd), int(wd), type(wd).__name__)
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 0, 1), (2024, 4, 31)]:
    try:
        calendar.weekday(*bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)

for y, m in [(2024, 1), (2024, 2), (2023, 2), (1900, 2), (2000, 2), (2024, 12), (1, 1),
             (9999, 12), (0, 2)]:
    first, n = calendar.monthrange(y, m)
    print('monthrange', y, m, repr(first), n)
for m in (0, 13, -1, 2.5):
    try:
        calendar.monthrange(2024, m)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, repr(e.month), isinstance(e, ValueError),
              isinstance(e, calendar.error))
    except Exception as e:
        print(type(e).__name__, e)

for t in [(1970, 1, 1, 0, 0, 0), (2024, 2, 29, 12, 34, 56, 0, 0, 0), (1969, 12, 31, 23, 59, 59),
          (2038, 1, 19, 3, 14, 8), (2024, 1, 32, 0, 0, 0), (2024, 1, 1, 25, 61, 61), (1, 1, 1, 0, 0, 0)]:
    print('timegm', t, calendar.timegm(t))

print(calendar.firstweekday())
print(calendar.weekheader(2))
print(calendar.weekheader(3))
print(calendar.weekheader(9))
print(calendar.weekheader(1))
for first in (calendar.SUNDAY, 3, 0):
    calendar.setfirstweekday(first)
    print(first, calendar.firstweekday(), calendar.weekheader(2))
    print(calendar.monthcalendar(2024, 2))
    print(calendar.month(2024, 3), end='|\n')
    calendar.prmonth(2023, 12)
for bad in (7, -1, 10):
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as e:
        print(type(e).__name__, e, e.weekday)
print(calendar.firstweekday())

print(calendar.month(2024, 2, 3, 2), end='|\n')
print(repr(calendar.month(2021, 2, 0, 0)))
print(calendar.calendar(2024), end='|\n')
print(calendar.calendar(1, 3, 1, 2, 4), end='|\n')
calendar.prcal(2000, w=1, l=1, c=1, m=6)
print(calendar.calendar(0, m=2), end='|\n')
week = calendar.c.monthdays2calendar(2024, 5)[0]
print(repr(calendar.week(week, 3)))
calendar.prweek(week, 2)
print()
print(repr(calendar.formatstring(['a', 'bb', 'ccc'])))
print(repr(calendar.formatstring(['a', 'bb'], 5, 2)))
calendar.format(['x', 'y'], 4, 1)

print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr))
print(len(calendar.day_name), len(calendar.month_name), calendar.month_name[-1],
      calendar.day_abbr[-2], calendar.month_abbr[2:5], calendar.day_name[::3])
try:
    calendar.month_name[13]
except IndexError as e:
    print(type(e).__name__)

print(list(calendar.Month), list(calendar.Day))
print(repr(calendar.JANUARY), repr(calendar.SUNDAY), calendar.MARCH == 3, calendar.FRIDAY + 1,
      str(calendar.DECEMBER), f'{calendar.MONDAY}', calendar.Month(5).name, calendar.Day['TUESDAY'])
print(calendar.Month.__module__, calendar.Day.__qualname__, calendar.APRIL is calendar.Month.APRIL,
      isinstance(calendar.MAY, int), calendar.mdays, calendar.EPOCH)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(calendar.January, calendar.February)
for w in caught:
    print(w.category.__name__, w.message)
try:
    calendar.March
except AttributeError as e:
    print(type(e).__name__, e)
print(calendar.__all__)
print(issubclass(calendar.IllegalWeekdayError, ValueError), calendar.error is ValueError)
