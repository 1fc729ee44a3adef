"""POSIX TZ strings, the rule a TZif file's footer gives for the times after
its last transition: "EST5EDT,M3.2.0,M11.1.0" is standard time EST at UTC-5
and daylight time EDT (an hour ahead unless given) from 02:00 on the second
Sunday of March to 02:00 on the first Sunday of November.

Parsing follows CPython's C accelerator, messages and quirks included: the
plain day-of-year form "n" counts from 1 (day 0 is the last day of the
previous year), and "Jn" adds the leap day from day 59 on."""

from datetime import date

from ._common import ZoneOffset

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_DAY = 86400
_LETTERS = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_QUOTABLE = _LETTERS | frozenset(b"0123456789+-")
_DIGITS = frozenset(b"0123456789")


def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    if month == 2:
        return 29 if _leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _year_start(year):
    """Local seconds since the epoch of January 1st, 00:00 of `year`."""
    return (date(year, 1, 1).toordinal() - _EPOCH_ORDINAL) * _DAY


def _year_of(seconds):
    """The year holding the local time `seconds` (since the epoch), kept
    within the years datetime knows."""
    ordinal = seconds // _DAY + _EPOCH_ORDINAL
    return date.fromordinal(min(max(ordinal, 1), date.max.toordinal())).year


class _DayOfYear:
    """A transition on a numbered day of the year ("Jn" or "n")."""

    __slots__ = ("day", "skips_leap_day", "time")

    def __init__(self, day, skips_leap_day, time):
        self.day = day
        self.skips_leap_day = skips_leap_day
        self.time = time

    def local_seconds(self, year):
        days = self.day - 1
        if self.skips_leap_day and _leap(year) and self.day >= 59:
            days += 1
        return _year_start(year) + days * _DAY + self.time


class _WeekdayOfMonth:
    """A transition on the w-th given weekday of a month ("Mm.w.d"; week 5
    means the last one, day 0 is Sunday)."""

    __slots__ = ("month", "week", "weekday", "time")

    def __init__(self, month, week, weekday, time):
        self.month = month
        self.week = week
        self.weekday = weekday
        self.time = time

    def local_seconds(self, year):
        first = date(year, self.month, 1)
        # date.weekday() counts from Monday, the TZ string from Sunday.
        day = 1 + (self.weekday - first.isoweekday()) % 7 + (self.week - 1) * 7
        if self.week == 5:
            while day > _month_length(year, self.month):
                day -= 7
        ordinal = first.toordinal() + day - 1
        return (ordinal - _EPOCH_ORDINAL) * _DAY + self.time


class DaylightRule:
    """Standard time with yearly daylight saving time between two dates.

    The start date is read on the standard time clock, the end date on the
    daylight time clock; either may come first in the year (southern
    hemisphere), and daylight time may be behind standard time (Ireland)."""

    __slots__ = ("std", "dst", "start", "end", "_shift")

    def __init__(self, std, dst, start, end):
        self.std = std
        self.dst = dst
        self.start = start
        self.end = end
        self._shift = int((dst.utcoffset - std.utcoffset).total_seconds())

    def _is_dst(self, moment, start, end):
        if start < end:
            return start <= moment < end
        return not end <= moment < start

    def for_wall(self, seconds, year, fold):
        """The offset of the wall time `seconds` (local seconds since the
        epoch) in `year`: in a gap or a fold, fold 0 gets the offset from
        before the transition and fold 1 the one after."""
        start = self.start.local_seconds(year)
        end = self.end.local_seconds(year)
        # Each transition shows the wall clock two readings, before and after
        # the jump; fold 0 leaves the old offset at the later one.
        pick = min if fold else max
        start = pick(start, start + self._shift)
        end = pick(end, end - self._shift)
        return self.dst if self._is_dst(seconds, start, end) else self.std

    def for_utc(self, seconds):
        """(offset, fold) of the UTC time `seconds` since the epoch."""
        std_seconds = int(self.std.utcoffset.total_seconds())
        # The transitions are those of the UTC year, as in CPython.
        year = _year_of(seconds)
        start = self.start.local_seconds(year) - std_seconds
        end = self.end.local_seconds(year) - std_seconds - self._shift
        is_dst = self._is_dst(seconds, start, end)
        # A transition that sets the clock back repeats the wall times of
        # its first |shift| seconds: those get fold 1.
        if self._shift > 0:
            fold = not is_dst and end <= seconds < end + self._shift
        else:
            fold = is_dst and start <= seconds < start - self._shift
        return (self.dst if is_dst else self.std), int(fold)


class _Parser:
    """A cursor over the bytes of a TZ string."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def fail(self, message):
        raise ValueError(f"{message} {self.text!r}")

    def peek(self):
        return self.text[self.pos:self.pos + 1]

    def accept(self, char):
        if self.peek() == char:
            self.pos += 1
            return True
        return False

    def number(self, min_digits, max_digits):
        """An unsigned decimal of min..max digits, or None (nothing read)."""
        end = self.pos
        while end - self.pos < max_digits and end < len(self.text) and self.text[end] in _DIGITS:
            end += 1
        if end - self.pos < min_digits:
            return None
        value = int(self.text[self.pos:end])
        self.pos = end
        return value

    def name(self):
        """A zone abbreviation, bare letters or <quoted>, or None."""
        if self.accept(b"<"):
            end = self.text.find(b">", self.pos)
            if end < 0 or any(c not in _QUOTABLE for c in self.text[self.pos:end]):
                return None
            abbr = self.text[self.pos:end]
            self.pos = end + 1
        else:
            start = self.pos
            while self.pos < len(self.text) and self.text[self.pos] in _LETTERS:
                self.pos += 1
            abbr = self.text[start:self.pos]
            if not abbr:
                return None
        return abbr.decode("ascii")

    def clock(self, max_hours):
        """[+-]hh[:mm[:ss]] in seconds, or None; hours have 1 to 3 digits."""
        sign = -1 if self.accept(b"-") else 1
        if sign == 1:
            self.accept(b"+")
        hours = self.number(1, 3)
        if hours is None or hours > max_hours:
            return None
        total = hours * 3600
        for scale in (60, 1):
            if not self.accept(b":"):
                break
            part = self.number(2, 2)
            if part is None:
                return None
            total += part * scale
        return sign * total

    def transition(self):
        """A transition date with its optional /time (02:00 by default)."""
        if self.accept(b"M"):
            month = self.number(1, 2)
            week = self.number(1, 1) if month is not None and self.accept(b".") else None
            weekday = self.number(1, 1) if week is not None and self.accept(b".") else None
            if weekday is None or not (1 <= month <= 12 and 1 <= week <= 5 and weekday <= 6):
                return None
            make = lambda time: _WeekdayOfMonth(month, week, weekday, time)
        else:
            julian = self.accept(b"J")
            day = self.number(1, 3)
            if day is None or not (julian <= day <= 365):
                return None
            make = lambda time: _DayOfYear(day, julian, time)
        time = 2 * 3600
        if self.accept(b"/"):
            time = self.clock(167)
            if time is None:
                return None
        return make(time)


def parse_tz_string(text):
    """The zone a TZ string (bytes) describes: a ZoneOffset when it has no
    daylight saving time, else a DaylightRule."""
    parser = _Parser(text)
    std_name = parser.name()
    if std_name is None:
        parser.fail("Invalid STD format in")
    std_clock = parser.clock(24)
    if std_clock is None:
        parser.fail("Invalid STD offset in")
    # POSIX offsets count hours west of Greenwich: the sign is reversed.
    std = ZoneOffset(-std_clock, std_name, 0)
    if parser.pos == len(text):
        return std

    dst_name = parser.name()
    if dst_name is None:
        parser.fail("Invalid DST format in")
    if parser.peek() == b",":
        dst_seconds = -std_clock + 3600
    else:
        dst_clock = parser.clock(24)
        if dst_clock is None:
            parser.fail("Invalid DST offset in")
        dst_seconds = -dst_clock
    dst = ZoneOffset(dst_seconds, dst_name, dst_seconds + std_clock)

    if not parser.accept(b","):
        parser.fail("Missing transition rules in TZ string:")
    start = parser.transition()
    if start is None:
        parser.fail("Malformed transition rule in TZ string:")
    if not parser.accept(b","):
        parser.fail("Missing transition rules in TZ string:")
    end = parser.transition()
    if end is None:
        parser.fail("Malformed transition rule in TZ string:")
    if parser.pos != len(text):
        parser.fail("Extraneous characters at end of TZ string:")
    return DaylightRule(std, dst, start, end)
