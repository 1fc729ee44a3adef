# tzinfo and timezone: fixed offsets, names, fromutc, and a DST-aware subclass.
from datetime import datetime, time, timedelta, timezone, tzinfo, UTC


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


zones = [timezone.utc, UTC, timezone(timedelta(0)), timezone(timedelta(0), "Z"),
         timezone(timedelta(hours=5, minutes=30)), timezone(-timedelta(hours=3), "BRT"),
         timezone(timedelta(minutes=-1)), timezone(timedelta(seconds=61, microseconds=5)),
         timezone.min, timezone.max]
for z in zones:
    print(repr(z), "|", z, "|", z.tzname(None), z.utcoffset(None), z.dst(None))
print(timezone(timedelta(0)) is timezone.utc, UTC is timezone.utc)
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "X"), timezone.utc == 0,
      hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), "X")))
show("day", lambda: timezone(timedelta(days=1)))
show("neg day", lambda: timezone(-timedelta(days=1)))
show("int", lambda: timezone(3600))
show("name int", lambda: timezone(timedelta(0), 5))
show("offset arg", lambda: timezone.utc.utcoffset(5))
show("fromutc naive", lambda: timezone.utc.fromutc(datetime(2000, 1, 1)))
show("fromutc int", lambda: timezone.utc.fromutc(5))
plus2 = timezone(timedelta(hours=2))
print(plus2.fromutc(datetime(2000, 1, 1, 23, tzinfo=plus2)))
print(timezone.utc.__reduce__()[:2], plus2.__reduce__()[:2])

show("abstract utcoffset", lambda: tzinfo().utcoffset(None))
show("abstract tzname", lambda: tzinfo().tzname(None))
show("abstract dst", lambda: tzinfo().dst(None))


class Eastern(tzinfo):
    """US Eastern time with the post-2007 rules, enough for fromutc and fold."""

    def _dst_range(self, year):
        # Second Sunday of March, first Sunday of November, at 2:00 local.
        start = datetime(year, 3, 8, 2)
        start += timedelta(6 - start.weekday())
        end = datetime(year, 11, 1, 2)
        end += timedelta(6 - end.weekday())
        return start, end

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._dst_range(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end - timedelta(hours=1):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= naive < end:
            return timedelta(0) if dt.fold else timedelta(hours=1)
        if start <= naive < start + timedelta(hours=1):
            return timedelta(hours=1) if dt.fold else timedelta(0)
        return timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "Eastern()"


east = Eastern()
for hour in range(3, 9):
    u = datetime(2024, 11, 3, hour, 30, tzinfo=timezone.utc)
    local = u.astimezone(east)
    print(u.time(), "->", local, local.fold, local.tzname(), local.astimezone(timezone.utc))
for hour in range(5, 9):
    u = datetime(2024, 3, 10, hour, 30, tzinfo=timezone.utc)
    local = u.astimezone(east)
    print(u.time(), "->", local, local.fold, local.tzname())
amb0 = datetime(2024, 11, 3, 1, 30, tzinfo=east)
amb1 = amb0.replace(fold=1)
print(amb0 == amb1, amb0.utcoffset(), amb1.utcoffset(), amb1 - amb0)
print(amb0 == amb0.astimezone(timezone.utc), amb0.timestamp(), amb1.timestamp())
print(datetime(2024, 7, 4, 12, tzinfo=east) == datetime(2024, 7, 4, 16, tzinfo=timezone.utc))
print(repr(datetime(2024, 7, 4, 12, tzinfo=east)), datetime(2024, 7, 4, 12, tzinfo=east).timetuple())
t = time(12, 0, tzinfo=east)
print(t.utcoffset(), t.tzname(), t.dst(), t.isoformat())


class Broken(tzinfo):
    def utcoffset(self, dt):
        return 5

    def tzname(self, dt):
        return 7


show("bad offset", lambda: datetime(2000, 1, 1, tzinfo=Broken()).utcoffset())
show("bad name", lambda: datetime(2000, 1, 1, tzinfo=Broken()).tzname())
show("bad tzinfo", lambda: datetime(2000, 1, 1, tzinfo=5))
