# time.get_clock_info and signal.valid_signals (only what the oracle's platform shares with
# Linux is printed: resolutions differ).
import signal
import time

for name in ("time", "monotonic", "perf_counter"):
    info = time.get_clock_info(name)
    print(name, type(info).__name__, info.implementation, info.monotonic, info.adjustable)
    print(type(info.resolution).__name__, 0 < info.resolution <= 0.01)
print(sorted(vars(time.get_clock_info("monotonic"))))
for bad in ("nope", 1):
    try:
        time.get_clock_info(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

signals = signal.valid_signals()
print(type(signals).__name__, len(signals) > 30)
print(all(int(s) in signals for s in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL, signal.SIGUSR1)))
print(0 not in signals, min(signals) == 1)
