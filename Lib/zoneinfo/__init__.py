"""The IANA time zone database as datetime.tzinfo objects (PEP 615).

ZoneInfo("Europe/Paris") reads the TZif file of that key from the first
folder of TZPATH holding it (else from the `tzdata` package) and answers
utcoffset(), dst(), tzname() and fromutc() for any datetime, gaps and folds
included (PEP 495). Zones built from a key are shared: asking again for the
same key gives the same object while it lives.
"""

from . import _tzpath
from ._common import ZoneInfoNotFoundError
from ._tzpath import InvalidTZPathWarning, available_timezones, reset_tzpath
from ._zoneinfo import ZoneInfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]


def __getattr__(attribute):
    # TZPATH changes with reset_tzpath(), so it is read from _tzpath each time.
    if attribute != "TZPATH":
        raise AttributeError(f"module 'zoneinfo' has no attribute {attribute!r}")
    return _tzpath.TZPATH


def __dir__():
    return sorted({*globals(), "TZPATH"})
