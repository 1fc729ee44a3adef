# zoneinfo's POSIX TZ strings (the footer of a TZif file): std/dst names and
# offsets, the M, J and plain day rules, negative DST, rules crossing the new
# year, fromutc around their transitions, and the errors of malformed strings.
import io
import struct
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo


def zone(tz_string):
    # A version 3 file with no transitions: only the footer counts.
    header = (b"TZif3" + b"\0" * 15 + struct.pack(">6l", 0, 0, 0, 0, 1, 4)
              + struct.pack(">lBB", 0, 0, 0) + b"UTC\0")
    return ZoneInfo.from_file(io.BytesIO(header * 2 + b"\n" + tz_string.encode() + b"\n"),
                              key=tz_string)


def scan(tz_string, start, hours, step=30):
    """The wall times in [start, start + hours) where the abbreviation
    changes, for fold 0 and for fold 1."""
    z = zone(tz_string)
    for fold in (0, 1):
        changes, previous = [], None
        moment = start
        while moment < start + timedelta(hours=hours):
            aware = moment.replace(tzinfo=z, fold=fold)
            name = f"{aware.tzname()}{aware.utcoffset()}/{aware.dst()}"
            if name != previous:
                changes.append(f"{moment:%m-%d %H:%M}={name}")
                previous = name
            moment += timedelta(minutes=step)
        print(f"  fold {fold}:", " ".join(changes))


cases = [
    ("EST5EDT,M3.2.0,M11.1.0", [datetime(2021, 3, 14), datetime(2021, 11, 7)]),
    ("EST5EDT,M3.2.0/4:00,M11.1.0/3:00", [datetime(2019, 3, 10, 2)]),
    ("GMT0BST,M3.5.0/1,M10.5.0", [datetime(2024, 3, 31), datetime(2024, 10, 27)]),
    ("IST-1GMT0,M10.5.0,M3.5.0/1", [datetime(2019, 10, 27), datetime(2020, 3, 29)]),
    ("AEST-10AEDT,M10.1.0,M4.1.0/3", [datetime(2019, 4, 7), datetime(2019, 10, 6)]),
    ("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", [datetime(2020, 3, 28, 20), datetime(2020, 10, 24, 20)]),
    ("<+0330>-3:30<+0430>,J79/24,J263/24", [datetime(2021, 3, 21, 22), datetime(2020, 3, 20, 22)]),
    ("AAA3BBB,J60/12,J305/12", [datetime(2019, 3, 1, 10), datetime(2020, 3, 1, 10)]),
    ("AAA3BBB,59/12,304/12", [datetime(2019, 2, 28, 10), datetime(2020, 2, 28, 10)]),
    ("AAA3BBB,M3.2.0/01:30,M11.1.0/02:15:45", [datetime(2012, 11, 4)]),
    ("EST5EDT,0/0,J365/25", [datetime(2019, 12, 31, 22)]),
    ("EST5EDT,0/0,J365/23", [datetime(2019, 12, 31, 21)]),
    ("AAA0BBB,J365/23,J1/1", [datetime(2019, 12, 31, 22)]),
    ("AAA4BBB,M1.5.6/167,M12.5.0/-167", [datetime(2021, 1, 30), datetime(2021, 12, 24)]),
    ("AAA-14BBB-15:30:15,M2.1.1,M6.5.3", [datetime(2022, 2, 7), datetime(2022, 6, 29)]),
]
for tz_string, starts in cases:
    print(tz_string)
    for start in starts:
        scan(tz_string, start, 6)

print("fromutc")
for tz_string, utc in [
    ("EST5EDT,M3.2.0,M11.1.0", datetime(2021, 11, 7, 5, 30)),
    ("EST5EDT,M3.2.0,M11.1.0", datetime(2021, 11, 7, 6, 30)),
    ("EST5EDT,M3.2.0,M11.1.0", datetime(2021, 3, 14, 6, 59)),
    ("EST5EDT,M3.2.0,M11.1.0", datetime(2021, 3, 14, 7, 0)),
    ("IST-1GMT0,M10.5.0,M3.5.0/1", datetime(2019, 10, 27, 0, 30)),
    ("IST-1GMT0,M10.5.0,M3.5.0/1", datetime(2019, 10, 27, 1, 30)),
    ("AEST-10AEDT,M10.1.0,M4.1.0/3", datetime(2019, 4, 6, 15, 30)),
    ("AEST-10AEDT,M10.1.0,M4.1.0/3", datetime(2019, 4, 6, 16, 30)),
    ("AAA0BBB,J365/23,J1/1", datetime(2019, 12, 31, 23, 30)),
    ("AAA0BBB,J365/23,J1/1", datetime(2020, 1, 1, 0, 30)),
    ("<+11>-11", datetime(2020, 6, 1)),
]:
    local = utc.replace(tzinfo=timezone.utc).astimezone(zone(tz_string))
    print(f"  {tz_string}: {utc:%Y-%m-%d %H:%M}Z -> {local.isoformat()} fold={local.fold} {local.tzname()}")

print("accepted")
for tz_string in ["A0", "<>0", "<A1-+>-5", "AAA24", "AAA-24:59:59", "AAA000", "AAA4BBB24:59,J1,J2",
                  "AAA4BBB,M03.2.0,J60", "AAA4:60BBB,J1/2:60,J2", "AAA4BBB,J1/+2,J2/-2:30", ""]:
    dt = datetime(2020, 7, 1, tzinfo=zone(tz_string))
    try:
        print(f"  {tz_string!r}: {dt.utcoffset()} {dt.dst()} {dt.tzname()!r}")
    except ValueError as e:
        # A day or more away from UTC: datetime refuses the offset.
        print(f"  {tz_string!r}: {dt.tzname()!r} {type(e).__name__}: {e}")

print("rejected")
for tz_string in ["PST8PDT", "+11", "GMT,M3.2.0/2,M11.1.0/3", "GMT0+11,M3.2.0/2,M11.1.0/3",
                  "PST8PDT,M3.2.0/2", "AAA25", "AAA168", "AAA4:0BBB,J60/2,J300/2",
                  "AAA4:100BBB,J60/2,J300/2", "AAA4BBB5:100,J60/2,J300/2",
                  "AAA4BBB,M1443339,M11.1.0/3", "AAA4BBB,M3.2.0/2,0349309483959c",
                  "AAA4BBB,,J300/2", "AAA4BBB,J60/2,", "AAA4BBB,M3.02.0,J60",
                  "AAA4BBB,M13.1.1/2,M1.1.1/2", "AAA4BBB,M1.6.1/2,M1.1.1/2",
                  "AAA4BBB,M1.1.7/2,M2.1.1/2", "AAA4BBB,J0/2,J20/2", "AAA4BBB,-1/2,20/2",
                  "AAA4BBB,366,J1", "AAA4BBB,J60/168,J300/2", "AAA4BBB,J60/2:0,J300/2",
                  "AAA4BBB,J60/2/3,J300/2", "AAA4BBB,J1,J2x", " AAA0", "AAA4 ", "<AAA", "<A_A>4",
                  "AAA4BBB ", "AAA0024BBB,J1,J2", "AAA1:00:00:00", "\xc4AA0"]:
    try:
        zone(tz_string)
        print(f"  {tz_string!r}: accepted")
    except ValueError as e:
        print(f"  {tz_string!r}: {type(e).__name__}: {e}")
