# zoneinfo's keys and caches: ZoneInfo(key) shared while alive, no_cache,
# clear_cache(only_keys=...), subclasses with their own cache, pickling by key,
# str/repr, key validation, TZPATH/reset_tzpath and available_timezones, all on
# a temporary zone folder of TZif files written here.
import io
import os
import pickle
import struct
import sys
import tempfile
import warnings
import zoneinfo
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, InvalidTZPathWarning


def tzif(utoff, abbr):
    block = (struct.pack(">6l", 0, 0, 0, 0, 1, len(abbr) + 1)
             + struct.pack(">lBB", utoff, 0, 0) + abbr.encode() + b"\0")
    header = b"TZif2" + b"\0" * 15
    return header + block + header + block + b"\n" + f"{abbr}{-utoff // 3600}".encode() + b"\n"


root = tempfile.mkdtemp()
for key, utoff, abbr in [("Mars/Olympus", 3600, "OLY"), ("Mars/Deep/Crater", -7200, "CRA"),
                         ("Venus", 7200, "VEN"), ("posixrules", 0, "PR"),
                         ("posix/Mars/Olympus", 3600, "OLY"), ("right/Venus", 7200, "VEN")]:
    os.makedirs(os.path.dirname(os.path.join(root, key)), exist_ok=True)
    with open(os.path.join(root, key), "wb") as f:
        f.write(tzif(utoff, abbr))
with open(os.path.join(root, "zone.tab"), "w") as f:
    f.write("# not a TZif file\n")

zoneinfo.reset_tzpath([root])
print("TZPATH is the folder:", zoneinfo.TZPATH == (root,), type(zoneinfo.TZPATH).__name__)
print("available:", sorted(zoneinfo.available_timezones()))

olympus = ZoneInfo("Mars/Olympus")
print(str(olympus), repr(olympus), olympus.key, datetime(2020, 1, 1, tzinfo=olympus).tzname())
print("same object:", ZoneInfo("Mars/Olympus") is olympus, ZoneInfo(key="Mars/Olympus") is olympus)
fresh = ZoneInfo.no_cache("Mars/Olympus")
print("no_cache:", fresh is olympus, repr(fresh), ZoneInfo("Mars/Olympus") is olympus)
try:
    olympus.key = "Other"
except AttributeError:
    print("key is read-only")

venus = ZoneInfo("Venus")
ZoneInfo.clear_cache(only_keys=["Mars/Olympus", "Nowhere"])
print("after clear_cache(only_keys):", ZoneInfo("Mars/Olympus") is olympus, ZoneInfo("Venus") is venus)
olympus = ZoneInfo("Mars/Olympus")
ZoneInfo.clear_cache()
print("after clear_cache():", ZoneInfo("Mars/Olympus") is olympus, ZoneInfo("Venus") is venus)
for call in [lambda: ZoneInfo.clear_cache(["Venus"]), lambda: ZoneInfo(), lambda: ZoneInfo("a", "b"),
             lambda: ZoneInfo.from_file(fobj=io.BytesIO(tzif(0, "Z")))]:
    try:
        call()
    except TypeError:
        print("TypeError")


class Martian(ZoneInfo):
    pass


martian = Martian("Mars/Olympus")
print("subclass:", type(martian).__name__, martian is ZoneInfo("Mars/Olympus"), martian is Martian("Mars/Olympus"),
      repr(martian), str(martian))

print("pickling by key")
venus = ZoneInfo("Venus")
for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(venus, protocol)
    again = pickle.loads(data)
    uncached = pickle.loads(pickle.dumps(ZoneInfo.no_cache("Venus"), protocol))
    print(" ", protocol, again is venus, uncached is venus, uncached.key, b"_unpickle" in data)
with open(os.path.join(root, "Venus"), "rb") as f:
    from_file = ZoneInfo.from_file(f, key="Venus")
    f.seek(0)
    keyless = ZoneInfo.from_file(f)
print("from_file:", from_file is venus, repr(from_file), from_file.key, keyless.key, str(keyless) == repr(keyless),
      repr(keyless).startswith("zoneinfo.ZoneInfo.from_file(<_io.BufferedReader name="))
for zone in (from_file, keyless):
    try:
        pickle.dumps(zone)
    except pickle.PicklingError as e:
        print(" ", type(e).__name__, e)

print("keys")
for key in ["/Mars/Olympus", "Mars/Olympus/", "../Mars/Olympus", "Mars/../Venus", "Mars/./Olympus",
            "", ".", "..", "Mars//Olympus", "Mars", "Jupiter", "Mars/Nowhere", "zone.tab", "posixrules",
            "Mars/Deep/Crater", 7, None]:
    try:
        zone = ZoneInfo(key)
        print(f"  {key!r}: {zone.key} {datetime(2000, 1, 1, tzinfo=zone).tzname()}")
    except ZoneInfoNotFoundError as e:
        print(f"  {key!r}: {type(e).__name__} {isinstance(e, KeyError)}")
    except (ValueError, TypeError) as e:
        print(f"  {key!r}: {type(e).__name__}: {e}")

print("reset_tzpath")
for value in ["/a:/b", b"/a", 0, ["/a", "relative", "x/y"], ("/one", "/two"), []]:
    try:
        zoneinfo.reset_tzpath(value)
        print(f"  {value!r}: {zoneinfo.TZPATH}")
    except (TypeError, ValueError) as e:
        print(f"  {value!r}: {type(e).__name__}: {e}")
print("  cached zone survives a path change:", ZoneInfo("Venus") is venus)
try:
    ZoneInfo.no_cache("Venus")
except ZoneInfoNotFoundError as e:
    print("  no_cache on an empty path:", type(e).__name__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    os.environ["PYTHONTZPATH"] = os.pathsep.join(["/x", "rel", "", "/y"])
    zoneinfo.reset_tzpath()
    print("  from PYTHONTZPATH:", zoneinfo.TZPATH)
    for w in caught:
        print("  warning:", w.category.__name__, repr(str(w.message)), os.path.basename(w.filename))
    os.environ["PYTHONTZPATH"] = ""
    zoneinfo.reset_tzpath()
    print("  empty PYTHONTZPATH:", zoneinfo.TZPATH)
    del os.environ["PYTHONTZPATH"]
    zoneinfo.reset_tzpath()
    print("  default:", zoneinfo.TZPATH)
zoneinfo.reset_tzpath(to=[root])
print("  keyword to=:", zoneinfo.TZPATH == (root,))

print("module")
print(" ", zoneinfo.__all__)
print(" ", [name for name in dir(zoneinfo) if not name.startswith("_")])
print(" ", ZoneInfoNotFoundError.__mro__[1].__name__, InvalidTZPathWarning.__mro__[1].__name__,
      ZoneInfo.__module__, ZoneInfo.__mro__[1].__name__)
try:
    zoneinfo.NOTHING
except AttributeError as e:
    print(" ", type(e).__name__, e)
