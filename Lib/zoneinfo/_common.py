"""Reading zone data for zoneinfo: the TZif binary format (RFC 8536) and the
optional `tzdata` package, plus the error raised when a key names no zone."""

import struct
from datetime import timedelta


class ZoneInfoNotFoundError(KeyError):
    """No time zone file could be found for the requested key."""


def open_tzdata(key):
    """A binary file object for `key` taken from the `tzdata` package, or
    raise ZoneInfoNotFoundError when that package is missing or lacks it."""
    # tzdata lays its files out as resources of nested packages:
    # "America/New_York" is resource "New_York" of tzdata.zoneinfo.America.
    *folders, name = key.split("/")
    package = ".".join(["tzdata.zoneinfo", *folders])
    try:
        from importlib import resources
        return resources.files(package).joinpath(name).open("rb")
    except (ImportError, FileNotFoundError, UnicodeEncodeError):
        raise ZoneInfoNotFoundError(f"No time zone found with key {key}") from None


class ZoneOffset:
    """One kind of local time: its UTC offset, DST amount and abbreviation.

    It also serves as the rule of a zone whose offset no longer changes,
    answering for_wall() and for_utc() as DaylightRule does."""

    __slots__ = ("utcoffset", "dst", "tzname")

    def __init__(self, utcoffset_seconds, tzname, dst_seconds):
        self.utcoffset = timedelta(seconds=utcoffset_seconds)
        self.dst = timedelta(seconds=dst_seconds)
        self.tzname = tzname

    def __eq__(self, other):
        if not isinstance(other, ZoneOffset):
            return NotImplemented
        return ((self.utcoffset, self.dst, self.tzname)
                == (other.utcoffset, other.dst, other.tzname))

    __hash__ = None

    def for_wall(self, seconds, year, fold):
        return self

    def for_utc(self, seconds):
        return self, 0


class TZifData:
    """What a TZif file says, still in the file's own terms.

    transitions: UTC seconds at which the local time type changes, ascending
    type_indices: for each transition, the index of the type it switches to
    types: (utoff seconds, isdst flag, abbreviation) for each local time type
    footer: the POSIX TZ string of a version 2+ file, as bytes (b"" for none
        or version 1)
    """

    __slots__ = ("transitions", "type_indices", "types", "footer")

    def __init__(self, transitions, type_indices, types, footer):
        self.transitions = transitions
        self.type_indices = type_indices
        self.types = types
        self.footer = footer


_HEADER = struct.Struct(">4sc15x6L")


class _Reader:
    """Sequential reads from the file that fail cleanly when it runs short."""

    def __init__(self, fobj):
        self.fobj = fobj

    def take(self, size):
        data = self.fobj.read(size)
        if len(data) != size:
            raise ValueError("Invalid TZif file: unexpected end of data")
        return data

    def header(self):
        data = self.fobj.read(_HEADER.size)
        if len(data) < 5 or data[:4] != b"TZif":
            raise ValueError("Invalid TZif file: magic not found")
        if len(data) != _HEADER.size:
            raise ValueError("Invalid TZif file: unexpected end of data")
        _, version, *counts = _HEADER.unpack(data)
        return version, counts


def _block_size(counts, time_size):
    """Bytes taken by the data block that follows a header."""
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    return (timecnt * (time_size + 1) + typecnt * 6 + charcnt
            + leapcnt * (time_size + 4) + isstdcnt + isutcnt)


def _parse_block(reader, counts, time_size):
    """Transitions, their type indices and the types of one data block (the
    leap second and standard/UT indicator tables are read past: zoneinfo
    does not use them)."""
    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts
    time_code = "q" if time_size == 8 else "l"
    transitions = list(struct.unpack(f">{timecnt}{time_code}", reader.take(timecnt * time_size)))
    type_indices = list(reader.take(timecnt))
    raw_types = [struct.unpack(">lBB", reader.take(6)) for _ in range(typecnt)]
    chars = reader.take(charcnt)
    reader.take(leapcnt * (time_size + 4) + isstdcnt + isutcnt)

    for index in type_indices:
        if index >= typecnt:
            raise ValueError(f"Invalid transition index found while reading TZif: {index}")
    types = []
    for utoff, isdst, abbr_start in raw_types:
        # An abbreviation runs from its index to the next NUL.
        abbr_end = chars.find(b"\0", abbr_start)
        if abbr_end < 0:
            abbr_end = len(chars)
        types.append((utoff, bool(isdst), chars[abbr_start:abbr_end].decode()))
    return transitions, type_indices, types


def read_tzif(fobj):
    """Parse the TZif file `fobj` (opened in binary mode) into a TZifData.

    Version 2+ files repeat their data with 64-bit times after the version 1
    block; that second block and the footer are the ones used."""
    reader = _Reader(fobj)
    version, counts = reader.header()
    if version == b"\0":
        return TZifData(*_parse_block(reader, counts, 4), b"")

    reader.take(_block_size(counts, 4))
    _, counts = reader.header()
    transitions, type_indices, types = _parse_block(reader, counts, 8)

    # The footer is a newline, the TZ string, and another newline.
    if fobj.read(1) != b"\n":
        raise ValueError("Invalid TZif file: footer missing")
    footer = bytearray()
    while True:
        char = fobj.read(1)
        if not char:
            raise ValueError("Invalid TZif file: footer not terminated")
        if char == b"\n":
            break
        footer += char
    return TZifData(transitions, type_indices, types, bytes(footer))
