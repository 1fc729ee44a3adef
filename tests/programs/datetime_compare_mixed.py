# Comparisons between dates, datetimes, times and timedeltas, mixed and with other types.
from datetime import date, datetime, time, timedelta, timezone
d = date(2020, 1, 2); dt = datetime(2020, 1, 2)
print(d == dt, dt == d, d != dt)
try: print(d < dt)
except TypeError as e: print(e)
try: print(dt < d)
except TypeError as e: print(e)
print(timedelta(1) == timedelta(days=1), timedelta(1) < timedelta(2), timedelta(1) == 1)
print(time(1) == time(1), time(1, tzinfo=timezone.utc) == time(1), time(1) < time(2))
print(sorted([date(2020,1,3), date(2019,5,1)]))
