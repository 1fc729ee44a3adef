# datetime working with zoneinfo zones: fromtimestamp(tz=), astimezone between
# two zones, timestamp(), arithmetic (wall-clock, not elapsed), comparisons and
# hashing of times in a fold, and now(tz) staying aware.
import io
import struct
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo


def rule_zone(tz_string, key):
    block = struct.pack(">6l", 0, 0, 0, 0, 1, 4) + struct.pack(">lBB", 0, 0, 0) + b"UTC\0"
    header = b"TZif2" + b"\0" * 15
    return ZoneInfo.from_file(io.BytesIO(header + block + header + block
                                         + b"\n" + tz_string.encode() + b"\n"), key=key)


eastern = rule_zone("EST5EDT,M3.2.0,M11.1.0", "Test/Eastern")
berlin = rule_zone("CET-1CEST,M3.5.0,M10.5.0/3", "Test/Berlin")

print("fromtimestamp across the November fold")
start = datetime(2022, 11, 6, 5, tzinfo=timezone.utc).timestamp()
for step in range(5):
    local = datetime.fromtimestamp(start + step * 1800, tz=eastern)
    print(" ", local.isoformat(), local.fold, local.tzname(), local.timestamp() == start + step * 1800)

print("astimezone between zones")
for args in [(2022, 3, 27, 1, 30), (2022, 3, 27, 2, 30), (2022, 10, 30, 2, 30), (2022, 7, 1, 12)]:
    for fold in (0, 1):
        here = datetime(*args, fold=fold, tzinfo=berlin)
        there = here.astimezone(eastern)
        print(f"  {here.isoformat()} fold={fold} -> {there.isoformat()} fold={there.fold}"
              f" -> {there.astimezone(berlin).isoformat()}")

print("arithmetic is wall-clock time")
before = datetime(2022, 3, 13, 1, 30, tzinfo=eastern)
after = before + timedelta(hours=1)
print(" ", after.isoformat(), after.tzname(), after - before,
      after.astimezone(timezone.utc) - before.astimezone(timezone.utc))
day = datetime(2022, 11, 5, 12, tzinfo=eastern) + timedelta(days=1)
print(" ", day.isoformat(), day.tzname())
print(" ", datetime(2022, 7, 1, tzinfo=berlin) - datetime(2022, 7, 1, tzinfo=eastern))

print("comparisons in a fold")
first = datetime(2022, 11, 6, 1, 30, tzinfo=eastern)
second = first.replace(fold=1)
utc = second.astimezone(timezone.utc)
print(" ", first == second, first < second, second == utc, first == utc,
      hash(first) == hash(second), (second - first), first.utcoffset(), second.utcoffset())
print(" ", datetime(2022, 11, 6, 1, 30, fold=1, tzinfo=eastern) == datetime(2022, 11, 6, 6, 30, tzinfo=timezone.utc))

print("now() stays aware")
now = datetime.now(eastern)
print(" ", now.tzinfo is eastern, now.utcoffset() in (timedelta(hours=-5), timedelta(hours=-4)))
print(" ", datetime(2022, 1, 1, tzinfo=eastern).strftime("%Y-%m-%d %H:%M %Z %z"))
print(" ", datetime(2022, 1, 1, tzinfo=eastern).timetuple().tm_isdst,
      datetime(2022, 7, 1, tzinfo=eastern).timetuple().tm_isdst)
