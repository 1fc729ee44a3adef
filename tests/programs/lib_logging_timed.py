# logging.handlers.TimedRotatingFileHandler: the `when` units, their suffixes and patterns,
# computeRollover (with utc, interval and atTime) and the errors of bad `when` values.
import datetime
import logging.handlers as H
import os
import tempfile

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'a.log')
    for when in ['S', 'M', 'H', 'D', 'midnight', 'W0', 'W3', 'W6', 'X', 'W', 'W7', 'w2', 'd']:
        for interval in (1, 2):
            try:
                h = H.TimedRotatingFileHandler(path, when=when, interval=interval, utc=True,
                                               delay=True)
            except ValueError as e:
                print(when, 'ValueError', e)
                break
            print(when, interval, h.when, h.interval, h.suffix, h.extMatch.pattern,
                  h.extMatch.flags == H.re.ASCII, getattr(h, 'dayOfWeek', None))
            for t in [0, 86399, 86400, 1000000, 1234567890, 1700000000]:
                print('  ', t, h.computeRollover(t) - t)
            h.atTime = datetime.time(3, 30, 15)
            for t in [0, 86399, 1234567890, 1700000000, 3 * 3600 + 30 * 60 + 15,
                      3 * 3600 + 30 * 60 + 14]:
                print('   at', t, h.computeRollover(t) - t)
            h.close()
    # a new file's first rollover counts from now; an existing file's from its mtime
    with open(path, 'w') as f:
        f.write('x')
    os.utime(path, (1000000, 1000000))
    h = H.TimedRotatingFileHandler(path, when='H', utc=True)
    print(h.rolloverAt, h.mode, h.encoding)
    h.close()
