# calendar's classes: Calendar's iterators and matrices for each first weekday and at the
# ends of datetime's range, TextCalendar's layouts, HTMLCalendar and its CSS classes, and
# the locale calendars with the C locale.
import calendar
import datetime

for first in (0, 6, 2, 13, -1):
    cal = calendar.Calendar(first)
    print('first', first, cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
    print(list(cal.itermonthdays(2024, 2)))
    print(list(cal.itermonthdays2(2024, 3))[:9])
    print(list(cal.itermonthdays3(2024, 1))[:8])
    print(list(cal.itermonthdays4(2023, 12))[-8:])
    print([d.isoformat() for d in cal.itermonthdates(2024, 9)][:3])
    print(cal.monthdayscalendar(2015, 2))
cal = calendar.Calendar()
cal.setfirstweekday(8)
print(cal.firstweekday, cal._firstweekday)
cal.firstweekday = 6
print(cal.getfirstweekday())

cal = calendar.Calendar()
print(list(cal.itermonthdays3(9999, 12))[-5:], list(cal.itermonthdays4(1, 1))[:3])
print(list(cal.itermonthdays3(1, 1))[:3], list(cal.itermonthdays(0, 1))[:8])
for y, m in [(9999, 12), (1, 1)]:
    try:
        print(len(list(cal.itermonthdates(y, m))))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    list(cal.itermonthdays(2024, 13))
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
gen = cal.itermonthdays(2024, 0)
print(type(gen).__name__)
print([[str(d) for d in week] for week in cal.monthdatescalendar(2024, 2)])
print(cal.monthdays2calendar(2024, 6))
print([len(row) for row in cal.yeardayscalendar(2024)], cal.yeardayscalendar(2024, 5)[2][0])
print([len(row) for row in cal.yeardays2calendar(2024, 4)], cal.yeardays2calendar(2024, 4)[0][1][0])
print([len(row) for row in cal.yeardatescalendar(2024, 12)], cal.yeardatescalendar(2024, 1)[11][0][-1])
try:
    cal.yeardayscalendar(2024, 0)
except ValueError as e:
    print(type(e).__name__, e)

text = calendar.TextCalendar(calendar.SUNDAY)
print(repr(text.formatday(0, 0, 3)), repr(text.formatday(7, 0, 5)), repr(text.formatday(31, 6, 2)))
for width in (1, 2, 3, 4, 5, 8, 9, 10, 12):
    print(width, repr(text.formatweekday(2, width)), repr(text.formatweekheader(width)))
print(repr(text.formatmonthname(2024, 7, 20)), repr(text.formatmonthname(2024, 7, 20, False)),
      repr(text.formatmonthname(-5, 1, 3)))
print(repr(text.formatweek(text.monthdays2calendar(2024, 8)[0], 2)))
text.prweek(text.monthdays2calendar(2024, 8)[-1], 4)
print('|')
print(text.formatmonth(2024, 8), end='|\n')
print(text.formatmonth(2024, 8, 4, 3), end='|\n')
text.prmonth(2024, 9, w=1, l=0)
print(text.formatyear(2024, 3, 2, 1, 4), end='|\n')
print(text.formatyear(1999, m=1, c=0), end='|\n')
print(text.formatyear(2023, m=5), end='|\n')
text.pryear(2022, 2, 1, 10, 2)


class Wide(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        return ('*' if weekday == calendar.SUNDAY else '') + super().formatday(day, weekday, width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        return '<%s>' % super().formatmonthname(theyear, themonth, width, withyear)


print(Wide().formatmonth(2024, 3), end='|\n')
print(Wide().formatyear(2024, m=6), end='|\n')

html = calendar.HTMLCalendar()
print(html.formatday(0, 3), html.formatday(12, 5))
print(html.formatweek(html.monthdays2calendar(2024, 5)[0]))
print(html.formatweekday(6), html.formatweekheader())
print(html.formatmonthname(2024, 5), html.formatmonthname(2024, 5, withyear=False))
print(html.formatmonth(2024, 5), end='|\n')
print(html.formatyear(2024, 4), end='|\n')
print(html.formatyear(2024, 0)[:200])
page = html.formatyearpage(2024)
print(type(page).__name__, page[:400].decode())
print(page[-60:])
print(html.formatyearpage(2024, width=6, css=None, encoding='ascii')[:400].decode())
print(len(html.formatyearpage(2024, encoding='utf-16')))


class Styled(calendar.HTMLCalendar):
    cssclasses = [name + ' day' for name in calendar.HTMLCalendar.cssclasses]
    cssclasses_weekday_head = ['h%d' % i for i in range(7)]
    cssclass_noday = 'empty'
    cssclass_month_head = 'mhead'
    cssclass_month = 'mtable'
    cssclass_year_head = 'yhead'
    cssclass_year = 'ytable'


styled = Styled(calendar.SATURDAY)
print(styled.formatmonth(2024, 2), end='|\n')
print(styled.formatyear(2024, 12)[:600])

for cls in (calendar.LocaleTextCalendar, calendar.LocaleHTMLCalendar):
    loc = cls(locale='C')
    print(cls.__name__, loc.locale, loc.firstweekday)
    if cls is calendar.LocaleTextCalendar:
        print(repr(loc.formatweekday(0, 9)), repr(loc.formatmonthname(2024, 1, 12)),
              repr(loc.formatmonthname(2024, 1, 12, False)))
        print(loc.formatmonth(2024, 1), end='|\n')
    else:
        print(loc.formatweekday(0), loc.formatmonthname(2024, 1), loc.formatmonthname(2024, 1, False))
loc = calendar.LocaleTextCalendar(6, ('C', None))
print(loc.locale, loc.formatweekheader(3))
with calendar.different_locale('C') as entered:
    print(entered)
print(calendar.TextCalendar().formatmonthname(2010, 10, 10))
print(isinstance(calendar.LocaleTextCalendar(locale='C'), calendar.TextCalendar),
      calendar.LocaleHTMLCalendar.__mro__[1].__name__)
print(calendar.Calendar.__doc__ is not None, calendar.c.firstweekday)
