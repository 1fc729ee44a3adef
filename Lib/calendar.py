"""Calendar printing functions

Weeks start on Monday by default; use setfirstweekday() to start them on Sunday (6) or any
other day.  The Calendar class computes the days of months and years, TextCalendar lays
them out as plain text and HTMLCalendar as HTML tables; the Locale* variants name months
and weekdays in a given locale.  Dates follow the proleptic Gregorian calendar, extended
in both directions as ISO 8601 does, and years before 1 are allowed.

`python -m calendar [year [month]]` prints a calendar (see main()).
"""

from enum import IntEnum, global_enum
from itertools import repeat
import datetime
import locale as _locale
import sys
import warnings

# Public names: the functions and classes, the names of months and days, and the enums
# with their members.
__all__ = [
    "IllegalMonthError", "IllegalWeekdayError", "setfirstweekday", "firstweekday",
    "isleap", "leapdays", "weekday", "monthrange", "monthcalendar", "prmonth", "month",
    "prcal", "calendar", "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
    "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar", "LocaleHTMLCalendar",
    "weekheader", "Day", "Month",
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER",
    "OCTOBER", "NOVEMBER", "DECEMBER",
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
]

# The older name of the exceptions' base class.
error = ValueError


class IllegalMonthError(ValueError):
    """A month number outside 1-12."""

    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    """A weekday number outside 0-6."""

    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.weekday,)


# The module's constants JANUARY ... DECEMBER and MONDAY ... SUNDAY are the members of
# these enums (global_enum puts them in the module and makes their repr `calendar.NAME`).

@global_enum
class Month(IntEnum):
    JANUARY = 1
    FEBRUARY = 2
    MARCH = 3
    APRIL = 4
    MAY = 5
    JUNE = 6
    JULY = 7
    AUGUST = 8
    SEPTEMBER = 9
    OCTOBER = 10
    NOVEMBER = 11
    DECEMBER = 12


@global_enum
class Day(IntEnum):
    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


def __getattr__(name):
    # January and February were once constants of their own.
    if name in ('January', 'February'):
        warnings.warn(f"The '{name}' attribute is deprecated, use '{name.upper()}' instead",
                      DeprecationWarning, stacklevel=2)
        return Month[name.upper()].value
    raise AttributeError(f"module '{__name__}' has no attribute '{name}'")


# Days in each month of a common year, indexed from 1.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _localized_names:
    # A sequence of names produced on demand by strftime, so that they follow the LC_TIME
    # locale in force when they are read.  Subclasses give `_formatters`, one strftime
    # method of a date per index.

    def __init__(self, format):
        self.format = format    # the strftime directive

    def __getitem__(self, i):
        chosen = self._formatters[i]
        if isinstance(i, slice):
            return [formatter(self.format) for formatter in chosen]
        return chosen(self.format)

    def __len__(self):
        return len(self._formatters)


class _localized_month(_localized_names):
    """Month names indexed from 1 (index 0 is the empty string); format is %B or %b."""
    # 2001 is any year: only the month of each date is formatted.
    _formatters = [lambda format: ""]
    _formatters += [datetime.date(2001, number, 1).strftime for number in range(1, 13)]


class _localized_day(_localized_names):
    """Weekday names, Monday first; format is %A or %a."""
    # January 2001 began on a Monday.
    _formatters = [datetime.date(2001, 1, number).strftime for number in range(1, 8)]


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


def isleap(year):
    """Whether year is a leap year of the Gregorian calendar."""
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def leapdays(y1, y2):
    """The number of leap years from y1 included to y2 excluded (y1 <= y2)."""
    def leap_years_before(year):
        # Leap years among the years 1 .. year-1 (counted backwards for year < 1).
        year -= 1
        return year // 4 - year // 100 + year // 400
    return leap_years_before(y2) - leap_years_before(y1)


def weekday(year, month, day):
    """The day of the week of a date, as a Day: 0 (MONDAY) to 6 (SUNDAY)."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        # The Gregorian calendar repeats itself every 400 years.
        year = 2000 + year % 400
    return Day(datetime.date(year, month, day).weekday())


def _monthlen(year, month):
    return mdays[month] + (month == FEBRUARY and isleap(year))


def monthrange(year, month):
    """The weekday of the first day of the month (0-6, Monday is 0) and the month's
    number of days (28-31)."""
    if not JANUARY <= month <= DECEMBER:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def _in_weeks(days):
    # Cut a month's run of days, which fills whole weeks, into lists of seven.
    days = list(days)
    return [days[start:start + 7] for start in range(0, len(days), 7)]


def _in_rows(months, width):
    return [months[start:start + width] for start in range(0, len(months), width)]


class Calendar(object):
    """The days of months and years, laid out in weeks, with no formatting: the data that
    the formatting subclasses work from.  firstweekday says which day starts a week
    (0 = Monday, the default, to 6 = Sunday).
    """

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    # The value set is kept as given; reading it gives it modulo 7.
    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers of a week, from the first weekday on."""
        first = self.firstweekday
        for offset in range(7):
            yield (first + offset) % 7

    def _padding(self, year, month):
        # How many days of the weeks that hold the month lie before it and after it, and
        # its length.
        first, length = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        after = (self.firstweekday - first - length) % 7
        return before, length, after

    def itermonthdates(self, year, month):
        """The datetime.date of every day of the weeks that hold the month: whole weeks,
        so some dates may belong to the months before and after it."""
        for ymd in self.itermonthdays3(year, month):
            yield datetime.date(*ymd)

    def itermonthdays(self, year, month):
        """As itermonthdates(), but day numbers, with 0 for the days of other months."""
        before, length, after = self._padding(year, month)
        yield from repeat(0, before)
        yield from range(1, length + 1)
        yield from repeat(0, after)

    def itermonthdays2(self, year, month):
        """As itermonthdates(), but (day number, weekday number) pairs; the day number is
        0 for the days of other months."""
        weekday_number = self.firstweekday
        for day in self.itermonthdays(year, month):
            yield day, weekday_number % 7
            weekday_number += 1

    def itermonthdays3(self, year, month):
        """As itermonthdates(), but (year, month, day) tuples, which also work for the
        years that datetime.date cannot represent."""
        before, length, after = self._padding(year, month)
        # Plain tuples, so that the weeks may reach past datetime's years 1 to 9999.
        prev_year, prev_month = _prevmonth(year, month)
        prev_length = _monthlen(prev_year, prev_month)
        for day in range(prev_length - before + 1, prev_length + 1):
            yield prev_year, prev_month, day
        for day in range(1, length + 1):
            yield year, month, day
        next_year, next_month = _nextmonth(year, month)
        for day in range(1, after + 1):
            yield next_year, next_month, day

    def itermonthdays4(self, year, month):
        """As itermonthdays3(), with the weekday number added to each tuple:
        (year, month, day, day_of_week)."""
        first = self.firstweekday
        for offset, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (first + offset) % 7

    def monthdatescalendar(self, year, month):
        """The month as a list of weeks, each a list of seven datetime.date values."""
        return _in_weeks(self.itermonthdates(year, month))

    def monthdays2calendar(self, year, month):
        """The month as a list of weeks, each a list of seven (day number, weekday
        number) pairs; the day number is 0 outside the month."""
        return _in_weeks(self.itermonthdays2(year, month))

    def monthdayscalendar(self, year, month):
        """The month as a list of weeks, each a list of seven day numbers (0 outside the
        month)."""
        return _in_weeks(self.itermonthdays(year, month))

    def yeardatescalendar(self, year, width=3):
        """The year as rows of up to `width` months, each month as monthdatescalendar()
        gives it: 4 to 6 weeks of datetime.date values."""
        return _in_rows([self.monthdatescalendar(year, m) for m in Month], width)

    def yeardays2calendar(self, year, width=3):
        """As yeardatescalendar(), with the weeks of monthdays2calendar(): (day number,
        weekday number) pairs, the day number 0 outside the month."""
        return _in_rows([self.monthdays2calendar(year, m) for m in Month], width)

    def yeardayscalendar(self, year, width=3):
        """As yeardatescalendar(), with the weeks of monthdayscalendar(): day numbers,
        0 outside the month."""
        return _in_rows([self.monthdayscalendar(year, m) for m in Month], width)


class TextCalendar(Calendar):
    """A Calendar that lays months and years out as plain text, like the Unix program
    cal.  `width` (or `w`) is the width of a day's column."""

    def formatday(self, day, weekday, width):
        """One day, centered in its column (blank for day 0)."""
        text = '%2i' % day if day else ''
        return text.center(width)

    def formatweek(self, theweek, width):
        """One week on one line (with no newline)."""
        return ' '.join([self.formatday(day, wd, width) for day, wd in theweek])

    def prweek(self, theweek, width):
        """Print formatweek()'s line, with no newline."""
        print(self.formatweek(theweek, width), end='')

    def formatweekday(self, day, width):
        """A weekday's name centered in `width` columns: the full name from 9 columns
        on, the abbreviation (cut to the width) below that."""
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        """The names of the seven weekdays, in the columns of formatweek()."""
        return ' '.join([self.formatweekday(day, width) for day in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """The month's name, followed by the year unless withyear is false, centered in
        `width` columns."""
        name = month_name[themonth]
        if withyear:
            name = "%s %r" % (name, theyear)
        return name.center(width)

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month's calendar as lines of text: its name, the weekday names, and one line a
        week.  w is the width of a day's column (at least 2), l the number of lines
        each of those takes (at least 1)."""
        w = max(2, w)
        l = max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        lines += [self.formatweek(week, w) for week in self.monthdays2calendar(theyear, themonth)]
        # Each line is followed by l newlines (blank lines between weeks when l > 1).
        return ''.join(line.rstrip() + '\n' * l for line in lines)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print formatmonth()'s calendar."""
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year's calendar as lines of text, m months side by side, with c spaces
        between months (at least 2); w and l are those of formatmonth()."""
        w, l, c = max(2, w), max(1, l), max(2, c)
        colwidth = 7 * (w + 1) - 1
        newlines = '\n' * l

        def columns(cells):
            # One line of a row of months: each month's cell centered in its column.
            return formatstring(cells, colwidth, c).rstrip() + newlines

        parts = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), newlines]
        header = self.formatweekheader(w)
        for index, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * index + 1, min(m * index + m + 1, 13))
            parts.append(newlines)
            parts.append(columns(self.formatmonthname(theyear, k, colwidth, False)
                                 for k in months))
            parts.append(columns(header for k in months))
            # A month with fewer weeks than the others of its row leaves its column empty.
            for number in range(max(len(weeks) for weeks in row)):
                parts.append(columns(self.formatweek(weeks[number], w)
                                     if number < len(weeks) else ''
                                     for weeks in row))
        return ''.join(parts)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print formatyear()'s calendar."""
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """A Calendar that writes months and years as HTML tables, and whole pages.  The
    cssclass* attributes name the CSS classes of its elements; subclasses may change them.
    """

    # The cells of days and of weekday names, by weekday (Monday first).
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    # Cells of the weeks that belong to the months before and after.
    cssclass_noday = "noday"
    # A month's table, and the row with its name.
    cssclass_month = "month"
    cssclass_month_head = "month"
    # The table of a year, and the row with its number.
    cssclass_year = "year"
    cssclass_year_head = "year"

    _TABLE = '<table border="0" cellpadding="0" cellspacing="0" class="%s">'

    def formatday(self, day, weekday):
        """A <td> cell for one day."""
        if not day:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        """A <tr> row of the seven days of a week."""
        cells = [self.formatday(day, wd) for day, wd in theweek]
        return '<tr>' + ''.join(cells) + '</tr>'

    def formatweekday(self, day):
        """A <th> cell with a weekday's abbreviated name."""
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        """A <tr> row of the weekday names."""
        cells = [self.formatweekday(day) for day in self.iterweekdays()]
        return '<tr>' + ''.join(cells) + '</tr>'

    def formatmonthname(self, theyear, themonth, withyear=True):
        """A <tr> row with the month's name (and the year, with withyear)."""
        title = month_name[themonth]
        if withyear:
            title = '%s %s' % (title, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head,
                                                                 title)

    def formatmonth(self, theyear, themonth, withyear=True):
        """A month as a <table>: its name, the weekday names and its weeks."""
        rows = [self._TABLE % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth)]
        rows.append('</table>')
        return ''.join(row + '\n' for row in rows)

    def formatyear(self, theyear, width=3):
        """A year as a <table> whose rows hold `width` month tables each."""
        width = max(width, 1)
        parts = [self._TABLE % self.cssclass_year, '\n',
                 '<tr><th colspan="%d" class="%s">%s</th></tr>' % (
                     width, self.cssclass_year_head, theyear)]
        for first in range(JANUARY, DECEMBER + 1, width):
            parts.append('<tr>')
            for month in range(first, min(first + width, DECEMBER + 1)):
                parts.append('<td>%s</td>' % self.formatmonth(theyear, month, withyear=False))
            parts.append('</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """A complete XHTML page holding formatyear()'s table, as bytes in `encoding`
        (by default the interpreter's default encoding), linking to the stylesheet `css`
        unless it is None."""
        encoding = sys.getdefaultencoding() if encoding is None else encoding
        head = ['<meta http-equiv="Content-Type" content="text/html; charset=%s" />'
                % encoding]
        if css is not None:
            head.append('<link rel="stylesheet" type="text/css" href="%s" />' % css)
        head.append('<title>Calendar for %d</title>' % theyear)
        lines = [
            '<?xml version="1.0" encoding="%s"?>' % encoding,
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
            '<html>', '<head>', *head, '</head>', '<body>',
        ]
        page = ''.join(line + '\n' for line in lines)
        page += self.formatyear(theyear, width) + '</body>\n</html>\n'
        return page.encode(encoding, "xmlcharrefreplace")


class different_locale:
    """A context manager that sets the LC_TIME locale for its block, then restores it."""

    def __init__(self, locale):
        self.locale = locale
        self.oldlocale = None   # the locale to restore, known once the block is entered

    def __enter__(self):
        previous = _locale.setlocale(_locale.LC_TIME, None)
        self.oldlocale = previous
        _locale.setlocale(_locale.LC_TIME, self.locale)

    def __exit__(self, *args):
        # Nothing to restore when setting the locale failed on entry.
        if self.oldlocale is not None:
            _locale.setlocale(_locale.LC_TIME, self.oldlocale)


def _get_default_locale():
    current = _locale.setlocale(_locale.LC_TIME, None)
    if current != "C":
        return current
    # The program never chose a locale: use the one of its environment.
    with different_locale(""):
        return _locale.setlocale(_locale.LC_TIME, None)


def _in_locale(locale, method, *args):
    # Call a formatting method with LC_TIME set to the calendar's locale, so that the
    # names of months and days come in its language.
    with different_locale(locale):
        return method(*args)


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar that names months and weekdays in the given locale (by default the
    current LC_TIME locale, or the environment's when that is "C")."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = _get_default_locale() if locale is None else locale

    def formatweekday(self, day, width):
        return _in_locale(self.locale, super().formatweekday, day, width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        return _in_locale(self.locale, super().formatmonthname,
                          theyear, themonth, width, withyear)


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar that names months and weekdays in the given locale (by default the
    current LC_TIME locale, or the environment's when that is "C")."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = _get_default_locale() if locale is None else locale

    def formatweekday(self, day):
        return _in_locale(self.locale, super().formatweekday, day)

    def formatmonthname(self, theyear, themonth, withyear=True):
        return _in_locale(self.locale, super().formatmonthname, theyear, themonth, withyear)


# The module-level functions are the methods of one shared TextCalendar.
c = TextCalendar()


def setfirstweekday(firstweekday):
    """Make weeks start on firstweekday (0 = Monday ... 6 = Sunday) for the module's
    functions."""
    if not (MONDAY <= firstweekday <= SUNDAY):
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


firstweekday = c.getfirstweekday


weekheader = c.formatweekheader
week = c.formatweek
prweek = c.prweek
monthcalendar = c.monthdayscalendar
month = c.formatmonth
prmonth = c.prmonth
calendar = c.formatyear
prcal = c.pryear

# Column width and spacing of format() and formatstring(): three months side by side.
_colwidth = 7 * 3 - 1
_spacing = 6


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The strings of cols side by side, each centered in a column of colwidth, with
    `spacing` spaces between columns."""
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print formatstring()'s line (the columns of a year's calendar)."""
    print(formatstring(cols, colwidth, spacing))


# The year of the Unix epoch, and its first day's ordinal.
EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """The Unix timestamp of a UTC time tuple (its first six fields), the inverse of
    time.gmtime(): unrelated to calendars, but handy."""
    year, month, day, hour, minute, second = tuple[:6]
    # Counting from the first of the month lets day be out of its month's range.
    first_of_month = datetime.date(year, month, 1).toordinal()
    days = first_of_month + (day - 1) - _EPOCH_ORD
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def _command_line_parser():
    import argparse
    parser = argparse.ArgumentParser()
    text_only = parser.add_argument_group('text only arguments')
    html_only = parser.add_argument_group('html only arguments')
    text_only.add_argument("-w", "--width", type=int, default=2,
                           help="width of date column (default 2)")
    text_only.add_argument("-l", "--lines", type=int, default=1,
                           help="number of lines for each week (default 1)")
    text_only.add_argument("-s", "--spacing", type=int, default=6,
                           help="spacing between months (default 6)")
    text_only.add_argument("-m", "--months", type=int, default=3,
                           help="months per row (default 3)")
    html_only.add_argument("-c", "--css", default="calendar.css",
                           help="CSS to use for page")
    parser.add_argument("-L", "--locale", default=None,
                        help="locale to use for month and weekday names")
    parser.add_argument("-e", "--encoding", default=None,
                        help="encoding to use for output")
    parser.add_argument("-t", "--type", default="text", choices=("text", "html"),
                        help="output type (text or html)")
    parser.add_argument("year", nargs='?', type=int, help="year number")
    parser.add_argument("month", nargs='?', type=int,
                        help="month number (1-12, text only)")
    return parser


def main(args):
    """The command line: `python -m calendar [options] [year [month]]` prints the calendar
    of a year (the current one by default), or of one month as text.  args is a list like
    sys.argv: the program's name, then its arguments."""
    parser = _command_line_parser()
    options = parser.parse_args(args[1:])
    if options.locale and not options.encoding:
        parser.error("if --locale is specified --encoding is required")
    year = options.year
    if year is None:
        year = datetime.date.today().year
    locale = options.locale, options.encoding

    if options.type == "html":
        if options.month is not None:
            parser.error("incorrect number of arguments")
        cal = LocaleHTMLCalendar(locale=locale) if options.locale else HTMLCalendar()
        encoding = options.encoding or sys.getdefaultencoding()
        sys.stdout.buffer.write(cal.formatyearpage(year, encoding=encoding, css=options.css))
        return

    cal = LocaleTextCalendar(locale=locale) if options.locale else TextCalendar()
    if options.month is None:
        result = cal.formatyear(year, w=options.width, l=options.lines,
                                c=options.spacing, m=options.months)
    else:
        result = cal.formatmonth(year, options.month, w=options.width, l=options.lines)
    if options.encoding:
        sys.stdout.buffer.write(result.encode(options.encoding))
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main(sys.argv)
