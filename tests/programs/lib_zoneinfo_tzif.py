# zoneinfo reading TZif files (RFC 8536) built here byte by byte: versions 1
# to 4, transitions, gaps and folds with both folds, fromutc, the type used
# before the first transition, DST amounts, fixed zones, and bad files.
import io
import struct
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

H = 3600


def block(transitions, types, time_format):
    chars = b""
    records = []
    for utoff, isdst, abbr in types:
        records.append(struct.pack(">lBB", utoff, isdst, len(chars)))
        chars += abbr.encode() + b"\0"
    counts = struct.pack(">6l", 0, 0, 0, len(transitions), len(types), len(chars))
    times = b"".join(struct.pack(">" + time_format, t) for t, _ in transitions)
    indices = bytes(i for _, i in transitions)
    return counts + times + indices + b"".join(records) + chars


def tzif(transitions, types, footer="", version=b"2"):
    small = [(t, i) for t, i in transitions if -2**31 <= t < 2**31]
    data = b"TZif" + version + b"\0" * 15 + block(small, types, "l")
    if version != b"\0":
        data += b"TZif" + version + b"\0" * 15 + block(transitions, types, "q")
        data += b"\n" + footer.encode() + b"\n"
    return data


def utc_seconds(*args):
    return int((datetime(*args) - datetime(1970, 1, 1)).total_seconds())


def show(zone, *args, fold=0):
    dt = datetime(*args, fold=fold, tzinfo=zone)
    print(f"  {dt.isoformat()} fold={fold}: {dt.utcoffset()} {dt.dst()} {dt.tzname()}")


# A zone with LMT, then standard time and daylight time for two years, then
# the US rule in the footer.
types = [(-17762, 0, "LMT"), (-5 * H, 0, "EST"), (-4 * H, 1, "EDT")]
transitions = [(utc_seconds(1883, 11, 18, 17), 1)]
for year in (2000, 2001):
    transitions.append((utc_seconds(year, 4, 2, 7), 2))
    transitions.append((utc_seconds(year, 10, 29, 6), 1))
data = tzif(transitions, types, "EST5EDT,M3.2.0,M11.1.0")

for version in (b"\0", b"2", b"3", b"4"):
    zone = ZoneInfo.from_file(io.BytesIO(tzif(transitions, types, "EST5EDT,M3.2.0,M11.1.0", version)),
                              key="Test/Eastern")
    print("version", version, zone, repr(zone))
    for args in [(1800, 1, 1), (1883, 11, 18, 12, 3), (2000, 1, 1), (2000, 7, 1), (2030, 7, 1), (2030, 12, 1)]:
        show(zone, *args)

zone = ZoneInfo.from_file(io.BytesIO(data), key="Test/Eastern")
print("gap of 2000-04-02 and fold of 2000-10-29 (table), 2031 (footer)")
for args in [(2000, 4, 2, 1, 59), (2000, 4, 2, 2, 0), (2000, 4, 2, 2, 30), (2000, 4, 2, 3, 0),
             (2000, 10, 29, 0, 59), (2000, 10, 29, 1, 0), (2000, 10, 29, 1, 59), (2000, 10, 29, 2, 0),
             (2031, 3, 9, 2, 30), (2031, 11, 2, 1, 30)]:
    for fold in (0, 1):
        show(zone, *args, fold=fold)

print("fromutc across the fold")
for hour, minute in [(5, 0), (5, 59), (6, 0), (6, 30), (7, 0)]:
    for year, day in ((2000, 29), (2031, 2)):
        month = 10 if year == 2000 else 11
        utc = datetime(year, month, day, hour, minute, tzinfo=timezone.utc)
        local = utc.astimezone(zone)
        print(" ", utc.isoformat(), "->", local.isoformat(), "fold", local.fold,
              "back", local.astimezone(timezone.utc) == utc)
for bad in [datetime(2020, 1, 1), datetime(2020, 1, 1, tzinfo=timezone.utc), "2020", None]:
    try:
        zone.fromutc(bad)
    except (TypeError, ValueError) as e:
        print("fromutc", type(bad).__name__, type(e).__name__, e)

print("time objects: None for a zone with transitions")
t = time(12, tzinfo=zone)
print(" ", t.utcoffset(), t.dst(), t.tzname())

print("fixed zones")
for label, payload in [
    ("one type, footer", tzif([], [(H, 0, "ONE")], "ONE-1")),
    ("one type, no footer", tzif([], [(H, 0, "ONE")], "")),
    ("phantom transition", tzif([(0, 0)], [(0, 0, "UTC")], "UTC0")),
    ("version 1", tzif([], [(-3 * H, 0, "M3")], version=b"\0")),
    ("footer differs", tzif([], [(H, 0, "ONE")], "TWO-2")),
]:
    zone = ZoneInfo.from_file(io.BytesIO(payload))
    t = time(0, tzinfo=zone)
    dt = datetime(1999, 5, 5, tzinfo=zone)
    print(" ", label, "|", t.utcoffset(), t.dst(), t.tzname(), "|", dt.utcoffset(), dt.tzname(),
          "|", zone.utcoffset(None), zone.tzname(None))

print("before the first transition: the first standard type")
payload = tzif([(0, 2)], [(2 * H, 1, "DST"), (H, 0, "STD"), (3 * H, 0, "NEW")], "NEW-3")
zone = ZoneInfo.from_file(io.BytesIO(payload))
show(zone, 1960, 1, 1)
show(zone, 1980, 1, 1)
payload = tzif([], [(2 * H, 1, "DST")], "")
show(ZoneInfo.from_file(io.BytesIO(payload)), 1960, 1, 1)

print("DST amounts inferred from the standard time next to them")
types = [(0, 0, "GMT"), (H, 1, "BST"), (2 * H, 1, "BDST"), (-H, 0, "WAT")]
transitions = [(utc_seconds(1940, 1, 1), 1), (utc_seconds(1941, 5, 4), 2),
               (utc_seconds(1941, 8, 10), 1), (utc_seconds(1945, 10, 7), 0),
               (utc_seconds(1950, 1, 1), 3)]
zone = ZoneInfo.from_file(io.BytesIO(tzif(transitions, types, "WAT1")))
for args in [(1939, 6, 1), (1940, 6, 1), (1941, 6, 1), (1942, 1, 1), (1946, 1, 1), (1990, 1, 1)]:
    show(zone, *args)

print("transitions far outside datetime's range")
types = [(-968, 0, "LMT"), (0, 0, "GMT")]
transitions = [(-(1 << 59), 0), (utc_seconds(1912, 1, 1), 1), (1 << 59, 1)]
zone = ZoneInfo.from_file(io.BytesIO(tzif(transitions, types, "GMT0")))
for dt in [datetime.min, datetime(1911, 12, 31, 23, 59), datetime(1912, 1, 1, 0, 17), datetime.max]:
    aware = dt.replace(tzinfo=zone)
    print(" ", aware.isoformat(), aware.tzname(), aware.utcoffset())
for dt in [datetime.min, datetime.max]:
    try:
        print(" ", dt.replace(tzinfo=timezone.utc).astimezone(zone).isoformat())
    except OverflowError as e:
        print(" ", type(e).__name__, e)

print("a zone of 300 transitions")
types = [(H, 0, "A"), (2 * H, 1, "B")]
transitions = [(utc_seconds(1800 + i // 2, 3 + 6 * (i % 2), 1), 1 - i % 2) for i in range(300)]
zone = ZoneInfo.from_file(io.BytesIO(tzif(transitions, types, "A-1")))
print(" ", [datetime(y, 6, 1, tzinfo=zone).tzname() for y in (1799, 1850, 1949, 1950, 2000)])

print("bad files")
for label, payload in [
    ("empty", b""),
    ("bad magic", b"AAAA3" + b" " * 15),
    ("no types", tzif([], [], "")),
    ("bad index", tzif([(0, 5)], [(0, 0, "A")], "")),
    ("bad footer", tzif([], [(0, 0, "A")], "A0B,M3.2.0")),
]:
    try:
        ZoneInfo.from_file(io.BytesIO(payload))
        print(" ", label, "accepted")
    except ValueError as e:
        print(" ", label, type(e).__name__, e)
