"""The scalar values of TOML that are matched by regular expressions:
integers, floats, offset and local date-times, local dates and local times,
and their conversion to Python objects."""

from datetime import date, datetime, time, timedelta, timezone
import re

# HH:MM:SS with an optional fraction; digits past microseconds are dropped.
_TIME = (r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])"
         r"(?:\.([0-9]{1,6})[0-9]*)?")
_DATE = r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
_OFFSET = r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))"

# A date, optionally followed by a time and then optionally by an offset.
DATETIME = re.compile("%s(?:[Tt ]%s%s?)?" % (_DATE, _TIME, _OFFSET))
LOCAL_TIME = re.compile(_TIME)


def _digits(pattern):
    # One or more digits of `pattern`, single underscores allowed between them.
    return "%s(?:_?%s)*" % (pattern, pattern)


# Prefixed integers first, so that "0x1" is not read as the decimal 0.
NUMBER = re.compile(
    "0x" + _digits("[0-9A-Fa-f]") + "|0o" + _digits("[0-7]") + "|0b" + _digits("[01]")
    + "|[+-]?(?:0|[1-9](?:_?[0-9])*)"
    + r"(?P<float_tail>(?:\.%s)?(?:[eE][+-]?%s)?)" % (_digits("[0-9]"), _digits("[0-9]"))
)


def _micros(fraction):
    return int(fraction.ljust(6, "0")) if fraction else 0


def to_datetime(match):
    """A date, or a datetime (aware when the match has an offset).

    Raises ValueError for a date that does not exist (such as February 30)."""
    (year, month, day, hour, minute, second, fraction,
     zulu, sign, offset_hours, offset_minutes) = match.groups()
    day_of = date(int(year), int(month), int(day))
    if hour is None:
        return day_of
    if sign:
        delta = timedelta(hours=int(offset_hours), minutes=int(offset_minutes))
        tz = timezone(-delta if sign == "-" else delta)
    elif zulu:
        tz = timezone.utc
    else:
        tz = None
    return datetime(day_of.year, day_of.month, day_of.day, int(hour), int(minute),
                    int(second), _micros(fraction), tzinfo=tz)


def to_time(match):
    hour, minute, second, fraction = match.groups()
    return time(int(hour), int(minute), int(second), _micros(fraction))


def to_number(match, parse_float):
    text = match.group()
    if match.group("float_tail"):
        return parse_float(text)
    return int(text, 0)  # base 0 reads the 0x/0o/0b prefixes and underscores
