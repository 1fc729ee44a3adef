"""Dates, times, durations and time zones: the proleptic Gregorian calendar with
microsecond resolution."""

import time as _time
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

# Day counts live in plain ints; everything else derives from them.
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_ORDINAL = 3652059                # date(9999, 12, 31).toordinal()

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# Days in the months of a common year preceding each month (index 1..12).
_DAYS_BEFORE = [0, 0]
for _m in range(2, 13):
    _DAYS_BEFORE.append(_DAYS_BEFORE[-1] + _MONTH_DAYS[_m - 1])
del _m

# The C locale's names, so strftime gives the same text everywhere.
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_FULL = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
             "Saturday", "Sunday")
_MONTH_ABBR = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
               "Sep", "Oct", "Nov", "Dec")
_MONTH_FULL = (None, "January", "February", "March", "April", "May", "June",
               "July", "August", "September", "October", "November",
               "December")


def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    if month == 2 and _leap(year):
        return 29
    return _MONTH_DAYS[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _to_ordinal(year, month, day):
    before = _DAYS_BEFORE[month] + (month > 2 and _leap(year))
    return _days_before_year(year) + before + day


def _from_ordinal(n):
    """(year, month, day) of day number n, day 1 being 0001-01-01."""
    # Whole 400-year cycles have 146097 days; the remainder is split into
    # centuries, 4-year groups and years, watching the last day of each cycle.
    n -= 1
    cycles400, n = divmod(n, 146097)
    centuries, n = divmod(n, 36524)
    quads, n = divmod(n, 1461)
    years, n = divmod(n, 365)
    year = cycles400 * 400 + centuries * 100 + quads * 4 + years + 1
    if years == 4 or centuries == 4:
        # December 31 of a leap year closing a 4- or 400-year cycle.
        return year - 1, 12, 31
    leap = _leap(year)
    month = (n + 50) >> 5        # a first guess, never too small by more than one
    if month > 12:
        month = 12
    while month > 1 and _DAYS_BEFORE[month] + (month > 2 and leap) > n:
        month -= 1
    while month < 12 and _DAYS_BEFORE[month + 1] + (month + 1 > 2 and leap) <= n:
        month += 1
    return year, month, n - (_DAYS_BEFORE[month] + (month > 2 and leap)) + 1


def _iso_week1_monday(year):
    # Week 1 holds the year's first Thursday.
    jan1 = _to_ordinal(year, 1, 1)
    weekday = (jan1 + 6) % 7
    monday = jan1 - weekday
    if weekday > 3:
        monday += 7
    return monday


def _int_field(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _index(value)


def _check_date(year, month, day):
    year = _int_field(year)
    month = _int_field(month)
    day = _int_field(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_length(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_given(month, day):
    # month and day default to None only so that the pickled state can come alone.
    for name, pos, value in (("month", 2, month), ("day", 3, day)):
        if value is None:
            raise TypeError(f"function missing required argument '{name}' (pos {pos})")


def _check_time(hour, minute, second, microsecond, fold):
    hour = _int_field(hour)
    minute = _int_field(minute)
    second = _int_field(second)
    microsecond = _int_field(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        f"not type '{type(tz).__name__}'")


def _round_half_even(num, den):
    """num / den rounded to an int, ties to even (den > 0)."""
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


def _state_hash(year, month, day, hour, minute, second, us):
    """The hash of a naive date, time or datetime: CPython's, that of the bytes of its
    pickled state (so randomized by PYTHONHASHSEED like any bytes); no year for a time,
    no clock for a date."""
    clock = () if hour is None else (hour, minute, second, us >> 16, (us >> 8) & 0xFF, us & 0xFF)
    day = () if year is None else (year >> 8, year & 0xFF, month, day)
    return hash(bytes(day + clock))


def _qualified(obj):
    # What reprs and messages call a type: subclasses by their bare name.
    cls = type(obj)
    if cls.__module__ == __name__:
        return f"{__name__}.{cls.__name__}"
    return cls.__name__


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


class _Ordered:
    """Rich comparisons for the classes below, from their `_compare(other, for_equality)`:
    NotImplemented, a number below, at or above zero, or None for two values that are
    unequal whatever their fields (only asked under ==)."""

    __slots__ = ()

    def __eq__(self, other):
        c = self._compare(other, True)
        return c if c is NotImplemented else c == 0

    def __lt__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else c < 0

    def __le__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else c <= 0

    def __gt__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else c > 0

    def __ge__(self, other):
        c = self._compare(other, False)
        return c if c is NotImplemented else c >= 0


def _offset_text(off, sep):
    """'+HH<sep>MM[<sep>SS[.ffffff]]' for a timedelta offset (None gives '')."""
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    minutes, seconds = divmod(off.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = f"{sign}{hours:02d}{sep}{minutes:02d}"
    if seconds or off.microseconds:
        text += f"{sep}{seconds:02d}"
        if off.microseconds:
            text += f".{off.microseconds:06d}"
    return text


def _check_offset(name, off):
    """The value a tzinfo's utcoffset()/dst() returned, checked."""
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, "
                        f"not '{type(off).__name__}'")
    if not -timedelta(1) < off < timedelta(1):
        # (Unlike timezone(), CPython does not show the offset here.)
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return off


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        f"not '{type(name).__name__}'")
    return name


# ---------------------------------------------------------------------------
# strftime / strptime

def _format(fmt, year, month, day, hour, minute, second, microsecond,
            offset_of, name_of):
    """The text of fmt for the given fields; offset_of() and name_of() give the
    utcoffset and tzname lazily, since only %z and %Z need them."""
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    ordinal = _to_ordinal(year, month, day)
    weekday = (ordinal + 6) % 7              # Monday is 0
    yday = ordinal - _to_ordinal(year, 1, 1)  # 0-based
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i == n:
            out.append(c)
            continue
        d = fmt[i]
        i += 1
        if d == "a":
            out.append(_DAY_ABBR[weekday])
        elif d == "A":
            out.append(_DAY_FULL[weekday])
        elif d in "bh":
            out.append(_MONTH_ABBR[month])
        elif d == "B":
            out.append(_MONTH_FULL[month])
        elif d == "c":
            # glibc's C locale pads the day with a zero here, unlike ctime().
            out.append(f"{_DAY_ABBR[weekday]} {_MONTH_ABBR[month]} {day:02d} "
                       f"{hour:02d}:{minute:02d}:{second:02d} {year}")
        elif d == "C":
            out.append(f"{year // 100:02d}")
        elif d == "d":
            out.append(f"{day:02d}")
        elif d == "D" or d == "x":
            out.append(f"{month:02d}/{day:02d}/{year % 100:02d}")
        elif d == "e":
            out.append(f"{day:2d}")
        elif d == "f":
            out.append(f"{microsecond:06d}")
        elif d == "F":
            out.append(f"{year}-{month:02d}-{day:02d}")
        elif d == "H":
            out.append(f"{hour:02d}")
        elif d == "I":
            out.append(f"{(hour + 11) % 12 + 1:02d}")
        elif d == "j":
            out.append(f"{yday + 1:03d}")
        elif d == "k":
            out.append(f"{hour:2d}")
        elif d == "l":
            out.append(f"{(hour + 11) % 12 + 1:2d}")
        elif d == "m":
            out.append(f"{month:02d}")
        elif d == "M":
            out.append(f"{minute:02d}")
        elif d == "n":
            out.append("\n")
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "r":
            out.append(f"{(hour + 11) % 12 + 1:02d}:{minute:02d}:{second:02d} "
                       + ("AM" if hour < 12 else "PM"))
        elif d == "R":
            out.append(f"{hour:02d}:{minute:02d}")
        elif d == "S":
            out.append(f"{second:02d}")
        elif d == "t":
            out.append("\t")
        elif d == "T" or d == "X":
            out.append(f"{hour:02d}:{minute:02d}:{second:02d}")
        elif d == "u":
            out.append(str(weekday + 1))
        elif d == "U":
            out.append(f"{(yday + 7 - (weekday + 1) % 7) // 7:02d}")
        elif d == "w":
            out.append(str((weekday + 1) % 7))
        elif d == "W":
            out.append(f"{(yday + 7 - weekday) // 7:02d}")
        elif d == "y":
            out.append(f"{year % 100:02d}")
        elif d == "Y":
            out.append(str(year))
        elif d in "GgV":
            iso_year, week, _ = _iso_calendar(year, month, day)
            if d == "G":
                out.append(str(iso_year))
            elif d == "g":
                out.append(f"{iso_year % 100:02d}")
            else:
                out.append(f"{week:02d}")
        elif d == "z":
            out.append(_offset_text(offset_of(), ""))
        elif d == "Z":
            name = name_of()
            out.append("" if name is None else name)
        elif d == "%":
            out.append("%")
        else:
            # Like the C library: an unknown directive stays as written.
            out.append("%" + d)
    return "".join(out)


def _iso_calendar(year, month, day):
    ordinal = _to_ordinal(year, month, day)
    iso_year = year
    start = _iso_week1_monday(year)
    if ordinal < start:
        iso_year -= 1
        start = _iso_week1_monday(iso_year)
    elif ordinal >= _iso_week1_monday(year + 1):
        iso_year += 1
        start = _iso_week1_monday(iso_year)
    week, wday = divmod(ordinal - start, 7)
    return iso_year, week + 1, wday + 1


def _lookup_name(text, pos, names):
    low = text[pos:].lower()
    for i, name in enumerate(names):
        if name is not None and low.startswith(name.lower()):
            return i, pos + len(name)
    return None, pos


def _strptime(text, fmt):
    """(fields, tz) parsed from text by fmt: fields as datetime's arguments."""
    for arg, what in ((text, 1), (fmt, 2)):
        if not isinstance(arg, str):
            raise TypeError(f"strptime() argument {what} must be str, "
                            f"not {type(arg).__name__}")
    mismatch = ValueError(f"time data {text!r} does not match format {fmt!r}")
    values = {}
    tz = None
    pos = 0
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c.isspace():
            while pos < len(text) and text[pos].isspace():
                pos += 1
            continue
        if c != "%":
            if pos >= len(text) or text[pos].lower() != c.lower():
                raise mismatch
            pos += 1
            continue
        if i == n:
            raise ValueError(f"stray % in format {fmt!r}")
        d = fmt[i]
        i += 1
        if d == "%":
            if pos >= len(text) or text[pos] != "%":
                raise mismatch
            pos += 1
            continue
        widths = {"Y": 4, "G": 4, "j": 3, "f": 6}
        if d in "YmdHMSIyjfUWGVwu":
            width = widths.get(d, 1 if d in "wu" else 2)
            end = pos
            while end < len(text) and end - pos < width and text[end].isdigit():
                end += 1
            if end == pos:
                raise mismatch
            digits = text[pos:end]
            pos = end
            if d == "f":
                values["f"] = int(digits.ljust(6, "0"))
            else:
                values[d] = int(digits)
        elif d in "aA":
            found, pos = _lookup_name(text, pos, _DAY_FULL)
            if found is None:
                found, pos = _lookup_name(text, pos, _DAY_ABBR)
            if found is None:
                raise mismatch
            values["a"] = found
        elif d in "bBh":
            found, pos = _lookup_name(text, pos, _MONTH_FULL)
            if found is None:
                found, pos = _lookup_name(text, pos, _MONTH_ABBR)
            if found is None:
                raise mismatch
            values["m"] = found
        elif d == "p":
            found, pos = _lookup_name(text, pos, ("AM", "PM"))
            if found is None:
                raise mismatch
            values["p"] = found
        elif d == "z":
            if text[pos:pos + 1] in ("Z", "z"):
                pos += 1
                tz = timezone.utc
                continue
            end = pos + 1
            while end < len(text) and (text[end].isdigit() or text[end] in ":."):
                end += 1
            chunk = text[pos:end]
            if not chunk or chunk[0] not in "+-":
                raise mismatch
            try:
                off = _parse_offset(chunk[1:])
            except ValueError:
                raise mismatch from None
            pos = end
            tz = timezone(-off if chunk[0] == "-" else off)
        elif d == "Z":
            for name in ("UTC", "GMT") + tuple(_time.tzname):
                if name and text[pos:pos + len(name)].upper() == name.upper():
                    pos += len(name)
                    break
            else:
                raise mismatch
        else:
            raise ValueError(f"{d!r} is a bad directive in format {'%' + d!r}")
    if pos != len(text):
        raise ValueError(f"unconverted data remains: {text[pos:]}")
    year = values.get("Y")
    if year is None:
        year = values["y"] + (2000 if values["y"] < 69 else 1900) if "y" in values else 1900
    month = values.get("m", 1)
    day = values.get("d", 1)
    hour = values.get("H", 0)
    if "I" in values:
        hour = values["I"] % 12 + 12 * values.get("p", 0)
    if "j" in values and "m" not in values and "d" not in values:
        year, month, day = _from_ordinal(_to_ordinal(year, 1, 1) + values["j"] - 1)
    return [year, month, day, hour, values.get("M", 0), values.get("S", 0),
            values.get("f", 0)], tz


# ---------------------------------------------------------------------------
# ISO 8601 parsing

def _digits(s, start, count):
    part = s[start:start + count]
    if len(part) != count or not part.isdigit() or not part.isascii():
        raise ValueError
    return int(part)


def _parse_iso_date(s):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    year = _digits(s, 0, 4)
    extended = s[4:5] == "-"
    rest = s[5:] if extended else s[4:]
    if rest[:1] == "W":
        week = _digits(rest, 1, 2)
        wday = 1
        tail = rest[3:]
        if tail:
            if extended:
                if tail[0] != "-":
                    raise ValueError
                tail = tail[1:]
            if len(tail) != 1:
                raise ValueError
            wday = _digits(tail, 0, 1)
        return _from_iso_calendar(year, week, wday)
    month = _digits(rest, 0, 2)
    if extended:
        if rest[2:3] != "-" or len(rest) != 5:
            raise ValueError
        day = _digits(rest, 3, 2)
    else:
        if len(rest) != 4:
            raise ValueError
        day = _digits(rest, 2, 2)
    return year, month, day


def _iso_date_length(s):
    """How many leading characters of a datetime string are its date."""
    if s[4:5] == "-":
        if s[5:6] == "W":
            return 10 if s[8:9] == "-" else 8
        return 10
    if s[4:5] == "W":
        # After YYYYWww, a weekday digit, a separator (a digit too, maybe) and
        # an even number of time digits: an odd run of digits has no weekday.
        run = 0
        while s[7 + run:8 + run].isdigit():
            run += 1
        return 7 if run == 0 or (run > 1 and run % 2) else 8
    return 8


def _parse_iso_time(s):
    """[hour, minute, second, microsecond] and the tz of an ISO time."""
    tz = None
    for i, ch in enumerate(s):
        if ch in "+-Z":
            clock, zone = s[:i], s[i:]
            break
    else:
        clock, zone = s, ""
    fields = _parse_clock(clock)
    if zone:
        if zone == "Z":
            tz = timezone.utc
        else:
            off = _parse_offset(zone[1:])
            if zone[0] == "-":
                off = -off
            tz = timezone.utc if not off else timezone(off)
    return fields, tz


def _parse_clock(s):
    fields = [0, 0, 0, 0]
    pos = 0
    extended = None
    for k in range(3):
        fields[k] = _digits(s, pos, 2)
        pos += 2
        if pos == len(s):
            return fields
        if k == 2:
            break
        sep = s[pos]
        if sep in ".,":
            break
        if extended is None:
            extended = sep == ":"
        if extended:
            if sep != ":":
                raise ValueError
            pos += 1
    if pos >= len(s) or s[pos] not in ".,":
        raise ValueError
    if k != 2:
        # Fractions only of seconds.
        raise ValueError
    frac = s[pos + 1:]
    if not frac or not frac.isdigit() or not frac.isascii():
        raise ValueError
    fields[3] = int(frac[:6].ljust(6, "0"))
    return fields


def _parse_offset(s):
    """The timedelta of 'HH[:MM[:SS[.ffffff]]]' or 'HHMM[SS[.ffffff]]'."""
    hour, minute, second, micro = _parse_clock(s)
    return timedelta(hours=hour, minutes=minute, seconds=second,
                     microseconds=micro)


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        # Only years starting on a Thursday, or leap years starting on a
        # Wednesday, have a 53rd week.
        jan1_weekday = (_to_ordinal(year, 1, 1) + 6) % 7
        if not (week == 53 and (jan1_weekday == 3
                                or (jan1_weekday == 2 and _leap(year)))):
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    return _from_ordinal(_iso_week1_monday(year) + (week - 1) * 7 + day - 1)


# ---------------------------------------------------------------------------

class timedelta(_Ordered):
    """A duration: days, seconds (0..86399) and microseconds (0..999999),
    the days alone carrying the sign."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        # The total is summed exactly as a fraction num/den of microseconds
        # and rounded once, ties to even. The fraction of a float component
        # is scaled to microseconds in float arithmetic, as CPython does (so
        # that milliseconds=0.0005 is exactly half a microsecond).
        num, den = 0, 1
        for name, value, factor in (("days", days, _US_PER_DAY),
                                    ("seconds", seconds, _US_PER_SECOND),
                                    ("microseconds", microseconds, 1),
                                    ("milliseconds", milliseconds, 1000),
                                    ("minutes", minutes, 60 * _US_PER_SECOND),
                                    ("hours", hours, 3600 * _US_PER_SECOND),
                                    ("weeks", weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                if value:
                    num += value * factor * den
                continue
            if not isinstance(value, float):
                raise TypeError(f"unsupported type for timedelta {name} "
                                f"component: {type(value).__name__}")
            if value != value or value in (float("inf"), float("-inf")):
                raise ValueError(f"cannot convert float {value} to integer")
            whole = int(value)
            num += whole * factor * den
            n, d = ((value - whole) * factor).as_integer_ratio()
            if d > den:
                num *= d // den
                den = d
            num += n * (den // d)
        return cls._create(_round_half_even(num, den))

    @classmethod
    def _create(cls, total_us):
        days, rest = divmod(total_us, _US_PER_DAY)
        if not -999999999 <= days <= 999999999:
            raise OverflowError(f"days={days}; must have magnitude <= 999999999")
        self = object.__new__(cls)
        self._days = days
        self._seconds, self._microseconds = divmod(rest, _US_PER_SECOND)
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _total_us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        return self._total_us() / _US_PER_SECOND

    def __repr__(self):
        parts = [f"{name}={value}" for name, value in (("days", self._days),
                 ("seconds", self._seconds), ("microseconds", self._microseconds))
                 if value]
        return f"{_qualified(self)}({', '.join(parts) or '0'})"

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f"{hours}:{minutes:02d}:{seconds:02d}"
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        if self._days:
            plural = "" if abs(self._days) == 1 else "s"
            text = f"{self._days} day{plural}, {text}"
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._create(self._total_us() + other._total_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._create(self._total_us() - other._total_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other - self
        return NotImplemented

    def __neg__(self):
        return timedelta._create(-self._total_us())

    def __pos__(self):
        return timedelta._create(self._total_us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._create(self._total_us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._create(_round_half_even(self._total_us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() / other._total_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            num, den = self._total_us(), other
        elif isinstance(other, float):
            n, d = other.as_integer_ratio()
            if n == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            num, den = self._total_us() * d, n
        else:
            return NotImplemented
        if den < 0:
            num, den = -num, -den
        return timedelta._create(_round_half_even(num, den))

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() // other._total_us()
        if isinstance(other, int):
            return timedelta._create(self._total_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._create(self._total_us() % other._total_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._total_us(), other._total_us())
            return q, timedelta._create(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def _compare(self, other, for_equality):
        if isinstance(other, timedelta):
            return _cmp(self._key(), other._key())
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), self._key()


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) triple date.isocalendar() returns."""

    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return (f"{_qualified(self)}(year={self[0]}, week={self[1]}, "
                f"weekday={self[2]})")

    def __reduce__(self):
        # Pickles as the plain tuple, the class being private.
        return tuple, (tuple(self),)


class date(_Ordered):
    """A day of the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        if month is None and isinstance(year, (bytes, str)) and len(year) == 4:
            # The state __reduce__ gives: two bytes of year, month, day.
            state = year.encode("latin-1") if isinstance(year, str) else year
            if 1 <= state[2] <= 12:
                return cls._create(state[0] * 256 + state[1], state[2], state[3])
        _check_given(month, day)
        year, month, day = _check_date(year, month, day)
        return cls._create(year, month, day)

    @classmethod
    def _create(cls, year, month, day):
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # Constructors

    @classmethod
    def fromtimestamp(cls, t):
        tm = _time.localtime(t)
        return cls(tm.tm_year, tm.tm_mon, tm.tm_mday)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError(f"year {_from_ordinal(n)[0]} is out of range")
        return cls(*_from_ordinal(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        try:
            fields = _parse_iso_date(date_string)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    # Fields and conversions

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return f"{_qualified(self)}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    __str__ = isoformat

    def ctime(self):
        return (f"{_DAY_ABBR[self.weekday()]} {_MONTH_ABBR[self._month]} "
                f"{self._day:2d} 00:00:00 {self._year:04d}")

    def strftime(self, format):
        return _format(format, self._year, self._month, self._day, 0, 0, 0, 0,
                       lambda: None, lambda: None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), self._yday(), -1))

    def _yday(self):
        return self.toordinal() - _to_ordinal(self._year, 1, 1) + 1

    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    # Comparisons: a date never equals a datetime, nor orders with one.

    def _compare(self, other, for_equality=False):
        # With a datetime, whose methods Python tries first, only the dates
        # count when these are called directly.
        if isinstance(other, date):
            return _cmp((self._year, self._month, self._day),
                        (other._year, other._month, other._day))
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = _state_hash(self._year, self._month, self._day, None, 0, 0, 0)
        return self._hashcode

    # Arithmetic: whole days of a timedelta only.

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAX_ORDINAL:
                return type(self)(*_from_ordinal(n))
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _state(self):
        return bytes((self._year // 256, self._year % 256, self._month, self._day))

    def __reduce__(self):
        return type(self), (self._state(),)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """The abstract base of time zones: subclasses give utcoffset(), dst() and
    tzname() for a datetime."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """dt (a UTC time with tzinfo self) in this zone's local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        # Standard time first, then the DST of that local time.
        standard = offset - dst
        if standard:
            dt += standard
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; "
                                 "cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        getstate = getattr(self, "__getstate__", None)
        state = getstate() if getstate is not None else getattr(self, "__dict__", None)
        return type(self), args, state or None


_NO_NAME = object()


class timezone(tzinfo):
    """A fixed offset from UTC, optionally named."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_NO_NAME):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, "
                            f"not {type(offset).__name__}")
        # An explicit None is no name: a TypeError, as in CPython.
        if name is _NO_NAME:
            name = None
        elif not isinstance(name, str):
            what = "None" if name is None else type(name).__name__
            raise TypeError(f"timezone() argument 2 must be str, not {what}")
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             f"not {offset!r}.")
        if name is None and not offset and cls is timezone and _UTC is not None:
            return _UTC
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)

    def __reduce__(self):
        return type(self), self.__getinitargs__(), None

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return f"{_qualified(self)}.utc"
        if self._name is None:
            return f"{_qualified(self)}({self._offset!r})"
        return f"{_qualified(self)}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, method, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f"{method}(dt) argument must be a datetime instance "
                            f"or None, not {type(dt).__name__}")

    def utcoffset(self, dt):
        self._check_arg("utcoffset", dt)
        return self._offset

    def dst(self, dt):
        self._check_arg("dst", dt)
        return None

    def tzname(self, dt):
        self._check_arg("tzname", dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _offset_text(self._offset, ":")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_UTC = None
_UTC = timezone.utc = timezone(timedelta(0))
UTC = _UTC
# Offsets of up to a day less a microsecond, as for tzinfo results.
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


def _timespec_text(timespec, hour, minute, second, microsecond):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    if timespec == "hours":
        return f"{hour:02d}"
    if timespec == "minutes":
        return f"{hour:02d}:{minute:02d}"
    if timespec == "seconds":
        return f"{hour:02d}:{minute:02d}:{second:02d}"
    if timespec == "milliseconds":
        return f"{hour:02d}:{minute:02d}:{second:02d}.{microsecond // 1000:03d}"
    if timespec == "microseconds":
        return f"{hour:02d}:{minute:02d}:{second:02d}.{microsecond:06d}"
    raise ValueError("Unknown timespec value")


def _clock_repr(hour, minute, second, microsecond):
    """The positional fields of a time/datetime repr: seconds and microseconds
    appear only when needed."""
    text = f"{hour}, {minute}"
    if second or microsecond:
        text += f", {second}"
    if microsecond:
        text += f", {microsecond}"
    return text


class time(_Ordered):
    """A time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *,
                fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6 and (hour[0] if isinstance(hour, bytes) else ord(hour[0])) & 0x7F < 24:
            # The state __reduce__ gives, the hour byte carrying the fold.
            state = hour.encode("latin-1") if isinstance(hour, str) else hour
            _check_tzinfo(minute or None)
            return cls._create(state[0] & 0x7F, state[1], state[2],
                               (state[3] << 16) | (state[4] << 8) | state[5],
                               minute or None, state[0] >> 7)
        fields = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return cls._create(*fields[:4], tzinfo, fields[4])

    @classmethod
    def _create(cls, hour, minute, second, microsecond, tz, fold):
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string[1:] if time_string[:1] == "T" else time_string
        try:
            fields, tz = _parse_iso_time(text)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {time_string!r}") from None
        return cls(*fields, tz)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def __repr__(self):
        text = f"{_qualified(self)}({_clock_repr(self._hour, self._minute, self._second, self._microsecond)}"
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def isoformat(self, timespec="auto"):
        return (_timespec_text(timespec, self._hour, self._minute, self._second,
                               self._microsecond)
                + _offset_text(self.utcoffset(), ":"))

    __str__ = isoformat

    def strftime(self, format):
        # The date part is 1900-01-01, as for time.strftime.
        return _format(format, 1900, 1, 1, self._hour, self._minute,
                       self._second, self._microsecond, self.utcoffset,
                       self.tzname)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {type(fmt).__name__}")
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND \
            + self._microsecond

    def _compare(self, other, for_equality):
        """-1, 0 or 1; None for unequal naive and aware times under ==."""
        if not isinstance(other, time):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us(), other._us())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            if for_equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware times")
        a, b = self._us(), other._us()
        if mine is not None:
            a -= mine._total_us()
            b -= theirs._total_us()
        return _cmp(a, b)

    def __hash__(self):
        if self._hashcode == -1:
            # fold never changes a time's identity.
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = _state_hash(None, 0, 0, t._hour, t._minute, t._second, t._microsecond)
            else:
                self._hashcode = hash((t._us() - off._total_us(), "aware"))
        return self._hashcode

    def _state(self, protocol):
        hour = self._hour + 128 if self._fold and protocol > 3 else self._hour
        us = self._microsecond
        return bytes((hour, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))

    def __reduce_ex__(self, protocol):
        if self._tzinfo is None:
            return type(self), (self._state(protocol),)
        return type(self), (self._state(protocol), self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


_EPOCH_ORDINAL = 719163          # date(1970, 1, 1).toordinal()


def _local_offset(seconds):
    """The local UTC offset in seconds at a POSIX timestamp."""
    return _time.localtime(seconds).tm_gmtoff


def _local_to_posix(local_seconds, fold):
    """The POSIX timestamp of a local wall time (seconds since the epoch as
    if UTC): of its first occurrence for fold 0, of its second for fold 1."""
    # The offsets a day before and after bracket any transition near the time.
    before = local_seconds - _local_offset(local_seconds - 86400)
    after = local_seconds - _local_offset(local_seconds + 86400)
    valid = [u for u in (before, after) if u + _local_offset(u) == local_seconds]
    if len(valid) == 2:
        return max(valid) if fold else min(valid)
    if valid:
        return valid[0]
    # In a gap: read the time with the offset before (fold 0) or after it.
    return after if fold else before


class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(year, (bytes, str)) and len(year) == 10 and (year[2] if isinstance(year, bytes) else ord(year[2])) & 0x7F <= 12:
            # The state __reduce__ gives, the month byte carrying the fold.
            state = year.encode("latin-1") if isinstance(year, str) else year
            _check_tzinfo(month)
            return cls._create(state[0] * 256 + state[1], state[2] & 0x7F, state[3],
                               state[4], state[5], state[6],
                               (state[7] << 16) | (state[8] << 8) | state[9],
                               month, state[2] >> 7)
        _check_given(month, day)
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return cls._create(year, month, day, hour, minute, second, microsecond,
                           tzinfo, fold)

    @classmethod
    def _create(cls, year, month, day, hour=0, minute=0, second=0,
                microsecond=0, tz=None, fold=0):
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # Microseconds since 0001-01-01T00:00 of the wall time, ignoring tzinfo.
    def _us(self):
        days = _to_ordinal(self._year, self._month, self._day)
        return (((days * 24 + self._hour) * 60 + self._minute) * 60
                + self._second) * _US_PER_SECOND + self._microsecond

    @classmethod
    def _from_us(cls, total, tz=None, fold=0):
        days, rest = divmod(total, _US_PER_DAY)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        seconds, us = divmod(rest, _US_PER_SECOND)
        minutes, second = divmod(seconds, 60)
        hour, minute = divmod(minutes, 60)
        return cls(*_from_ordinal(days), hour, minute, second, us, tz, fold=fold)

    # Constructors

    @classmethod
    def _from_posix(cls, t, utc, tz):
        if isinstance(t, float):
            if t != t or t in (float("inf"), float("-inf")):
                raise ValueError(f"Invalid value {t} with timestamp")
            num, den = t.as_integer_ratio()
            total = _round_half_even(num * _US_PER_SECOND, den)
        else:
            total = _index(t) * _US_PER_SECOND
        seconds, us = divmod(total, _US_PER_SECOND)
        if not -2 ** 63 <= seconds < 2 ** 63:
            raise OverflowError("timestamp out of range for platform time_t")
        if utc:
            days, rest = divmod(seconds, 86400)
            ordinal = _EPOCH_ORDINAL + days
            if not 0 < ordinal <= _MAX_ORDINAL:
                raise ValueError(f"year {_from_ordinal(ordinal)[0]} is out of range")
            result = cls._from_us(ordinal * _US_PER_DAY + rest * _US_PER_SECOND + us, tz)
            return result if tz is None else tz.fromutc(result)
        tm = _time.localtime(seconds)
        result = cls(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min,
                     min(tm.tm_sec, 59), us)
        # The second occurrence of a repeated wall time has fold 1.
        local = (result._us() - _EPOCH_ORDINAL * _US_PER_DAY) // _US_PER_SECOND
        if _local_to_posix(local, 0) != seconds:
            result._fold = 1
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._from_posix(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        import warnings
        warnings.warn("datetime.datetime.utcfromtimestamp() is deprecated and "
                      "scheduled for removal in a future version. Use timezone-aware "
                      "objects to represent datetimes in UTC: "
                      "datetime.datetime.fromtimestamp(timestamp, datetime.UTC).",
                      DeprecationWarning, stacklevel=2)
        return cls._from_posix(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        import warnings
        warnings.warn("datetime.datetime.utcnow() is deprecated and scheduled for "
                      "removal in a future version. Use timezone-aware objects to "
                      "represent datetimes in UTC: datetime.datetime.now(datetime.UTC).",
                      DeprecationWarning, stacklevel=2)
        return cls._from_posix(_time.time(), True, None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, "
                            f"not {type(date).__name__}")
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, "
                            f"not {type(time).__name__}")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(date_string) < 7:
                raise ValueError
            n = _iso_date_length(date_string)
            ymd = _parse_iso_date(date_string[:n])
            fields, tz = [0, 0, 0, 0], None
            if len(date_string) > n:
                fields, tz = _parse_iso_time(date_string[n + 1:])
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        return cls(*ymd, *fields, tz)

    @classmethod
    def strptime(cls, date_string, format):
        fields, tz = _strptime(date_string, format)
        return cls(*fields, tz)

    # Views

    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second,
                           self._microsecond, fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second,
                           self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else int(bool(dst))
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(),
                                  self._yday(), isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        t = self
        if off:
            t = datetime._from_us(self._us() - off._total_us())
        return _time.struct_time((t._year, t._month, t._day, t._hour, t._minute,
                                  t._second, t.weekday(), t._yday(), 0))

    def timestamp(self):
        if self._tzinfo is None or self.utcoffset() is None:
            local = (self._us() - _EPOCH_ORDINAL * _US_PER_DAY) // _US_PER_SECOND
            return _local_to_posix(local, self._fold) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is not None:
            _check_tzinfo(tz)
        off = self.utcoffset()
        if off is None:
            local = (self._us() - _EPOCH_ORDINAL * _US_PER_DAY) // _US_PER_SECOND
            off = timedelta(seconds=_local_offset(_local_to_posix(local, self._fold)))
        elif tz is self._tzinfo:
            return self
        utc_us = self._us() - off._total_us()
        if tz is None:
            posix = (utc_us - _EPOCH_ORDINAL * _US_PER_DAY) // _US_PER_SECOND
            tm = _time.localtime(posix)
            tz = timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)
        return tz.fromutc(type(self)._from_us(utc_us, tz))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    # Text

    def __repr__(self):
        text = (f"{_qualified(self)}({self._year}, {self._month}, {self._day}, "
                f"{_clock_repr(self._hour, self._minute, self._second, self._microsecond)}")
        if self._fold:
            text += ", fold=1"
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        return text + ")"

    def isoformat(self, sep="T", timespec="auto"):
        return (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
                + _timespec_text(timespec, self._hour, self._minute, self._second,
                                 self._microsecond)
                + _offset_text(self.utcoffset(), ":"))

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        return (f"{_DAY_ABBR[self.weekday()]} {_MONTH_ABBR[self._month]} "
                f"{self._day:2d} {self._hour:02d}:{self._minute:02d}:"
                f"{self._second:02d} {self._year:04d}")

    def strftime(self, format):
        return _format(format, self._year, self._month, self._day, self._hour,
                       self._minute, self._second, self._microsecond,
                       self.utcoffset, self.tzname)

    # Comparisons and hashing

    def _compare(self, other, for_equality=False):
        """-1, 0 or 1; None for datetimes that are unequal whatever their fields."""
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if for_equality:
                    return None
                raise TypeError(f"can't compare {_qualified(self)} to {_qualified(other)}")
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us(), other._us())
        mine, theirs = self.utcoffset(), other.utcoffset()
        if for_equality:
            # A time whose offset depends on its fold is never equal to one
            # in another zone: exceptions to the rule that == is transitive.
            if (self.replace(fold=1 - self._fold).utcoffset() != mine
                    or other.replace(fold=1 - other._fold).utcoffset() != theirs):
                return None
        if (mine is None) != (theirs is None):
            if for_equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        a, b = self._us(), other._us()
        if mine is not None:
            a -= mine._total_us()
            b -= theirs._total_us()
        return _cmp(a, b)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = _state_hash(t._year, t._month, t._day, t._hour, t._minute, t._second,
                                             t._microsecond)
            else:
                self._hashcode = hash(t._us() - off._total_us())
        return self._hashcode

    # Arithmetic

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return type(self)._from_us(self._us() + other._total_us(), self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_us(self._us() - other._total_us(), self._tzinfo)
        if not isinstance(other, datetime):
            return NotImplemented
        a, b = self._us(), other._us()
        if self._tzinfo is not other._tzinfo:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if mine is not None:
                a -= mine._total_us()
                b -= theirs._total_us()
        return timedelta._create(a - b)

    def _state(self, protocol):
        month = self._month + 128 if self._fold and protocol > 3 else self._month
        us = self._microsecond
        return bytes((self._year // 256, self._year % 256, month, self._day,
                      self._hour, self._minute, self._second,
                      us >> 16, (us >> 8) & 255, us & 255))

    def __reduce_ex__(self, protocol):
        if self._tzinfo is None:
            return type(self), (self._state(protocol),)
        return type(self), (self._state(protocol), self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)


# Inside datetime's body the names date and time are its methods.
_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
