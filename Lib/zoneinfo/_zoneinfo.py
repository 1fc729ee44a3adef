"""The ZoneInfo class: a datetime.tzinfo built from a TZif file, with the
caches that make ZoneInfo(key) return the same object for the same key."""

import weakref
from bisect import bisect_right
from collections import OrderedDict
from datetime import datetime, tzinfo

from . import _common, _tzpath
from ._common import ZoneOffset
from ._posixtz import parse_tz_string

_EPOCH_ORDINAL = 719163  # datetime(1970, 1, 1).toordinal()


def _wall_seconds(dt):
    """Whole seconds from 1970-01-01 00:00 to the wall time of `dt`."""
    return ((dt.toordinal() - _EPOCH_ORDINAL) * 86400
            + dt.hour * 3600 + dt.minute * 60 + dt.second)


def _dst_amounts(types, type_indices):
    """The DST amount, in seconds, of each local time type.

    TZif files only flag types as DST; the amount is inferred, as CPython
    does, from the first transition into the type (other than the very
    first transition) that shows it: the distance from the standard time
    just before, or, when that gives nothing, from the standard time of the
    next transition (looked at only for types that are not last in the
    file). Types left undetermined get an hour."""
    amounts = [None if isdst else 0 for _, isdst, _ in types]
    for position in range(1, len(type_indices)):
        index = type_indices[position]
        if amounts[index] is not None:
            continue
        utoff = types[index][0]
        amount = 0
        before_utoff, before_isdst, _ = types[type_indices[position - 1]]
        if not before_isdst:
            amount = utoff - before_utoff
        if not amount and index + 1 < len(types) and position + 1 < len(type_indices):
            after_utoff, after_isdst, _ = types[type_indices[position + 1]]
            if not after_isdst:
                amount = utoff - after_utoff
        if amount:
            amounts[index] = amount
    return [3600 if amount is None else amount for amount in amounts]


class ZoneInfo(tzinfo):
    """A time zone of the IANA database, named by its key."""

    __slots__ = ("_key", "_from_cache", "_file_repr", "_utc_starts",
                 "_wall_starts", "_offsets", "_before", "_after", "_fixed",
                 "__weakref__")

    # Zones live in the weak cache while referenced; the last few asked for
    # also stay in a small strong cache, so that they outlive a short gap.
    _weak_cache = weakref.WeakValueDictionary()
    _strong_cache = OrderedDict()
    _strong_cache_size = 8

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._weak_cache = weakref.WeakValueDictionary()
        cls._strong_cache = OrderedDict()

    # Constructors

    def __new__(cls, key):
        zone = cls._weak_cache.get(key)
        if zone is None:
            zone = cls._weak_cache.setdefault(key, cls._from_key(key, True))
        cls._strong_cache[key] = zone
        cls._strong_cache.move_to_end(key)
        while len(cls._strong_cache) > cls._strong_cache_size:
            cls._strong_cache.popitem(last=False)
        return zone

    @classmethod
    def no_cache(cls, key):
        """A new zone for `key`, bypassing (and not entering) the cache."""
        return cls._from_key(key, False)

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """A zone read from the binary file object `fobj`; `key` is only
        its name (such zones are not cached and cannot be pickled)."""
        zone = cls._blank(key, False, repr(fobj))
        zone._load(fobj)
        return zone

    @classmethod
    def _blank(cls, key, from_cache, file_repr):
        """An instance to be filled by _load(); `file_repr` is the repr of
        the file of a from_file() zone, None for a zone found by key."""
        zone = super().__new__(cls)
        zone._key = key
        zone._from_cache = from_cache
        zone._file_repr = file_repr
        return zone

    @classmethod
    def _from_key(cls, key, from_cache):
        path = _tzpath.find_tzfile(key)
        fobj = _common.open_tzdata(key) if path is None else open(path, "rb")
        zone = cls._blank(key, from_cache, None)
        with fobj:
            zone._load(fobj)
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        """Forget the cached zones: all of them, or those of `only_keys`."""
        if only_keys is None:
            cls._weak_cache.clear()
            cls._strong_cache.clear()
            return
        for key in only_keys:
            cls._weak_cache.pop(key, None)
            cls._strong_cache.pop(key, None)

    @classmethod
    def _unpickle(cls, key, from_cache):
        return cls(key) if from_cache else cls.no_cache(key)

    def __reduce__(self):
        if self._file_repr is not None:
            import pickle
            raise pickle.PicklingError("Cannot pickle a ZoneInfo file from a file stream.")
        # Pickled by key: unpickling asks the cache again (or not).
        return self.__class__._unpickle, (self._key, int(self._from_cache))

    # Loading

    def _load(self, fobj):
        data = _common.read_tzif(fobj)
        types = data.types
        offsets = [ZoneOffset(utoff, abbr, dst)
                   for (utoff, _, abbr), dst in zip(types, _dst_amounts(types, data.type_indices))]
        self._utc_starts = data.transitions
        self._offsets = [offsets[index] for index in data.type_indices]

        # After the last transition: the footer's rule, else the last type in
        # force (a file may lack types only when its footer says it all).
        if data.footer:
            self._after = parse_tz_string(data.footer)
        elif not offsets:
            raise ValueError("No time zone information found.")
        else:
            self._after = self._offsets[-1] if self._offsets else offsets[-1]
        # Before the first transition: the first standard time type.
        self._before = next((offsets[i] for i, t in enumerate(types) if not t[1]),
                            offsets[0] if offsets else self._after)
        # A zone is fixed (and answers for time objects) when the footer, or
        # the lone type, is all there is: at most one type, equal to it.
        self._fixed = None
        if isinstance(self._after, ZoneOffset) and offsets in ([], [self._after]):
            self._fixed = self._after

        # The wall clock times at which each transition takes effect, for
        # fold 0 and for fold 1: in a gap or fold, fold 0 keeps the old
        # offset until the later of the two clock readings of the jump.
        earlier, later = [], []
        # (For the first transition CPython takes the offset it leaves to be
        # that of type 0, as RFC 8536 has it, though lookups before it use
        # self._before.)
        previous = offsets[0] if offsets else None
        for start, offset in zip(self._utc_starts, self._offsets):
            readings = (start + int(previous.utcoffset.total_seconds()),
                        start + int(offset.utcoffset.total_seconds()))
            later.append(max(readings))
            earlier.append(min(readings))
            previous = offset
        self._wall_starts = (later, earlier)

    # The tzinfo interface

    @property
    def key(self):
        return self._key

    @key.setter
    def key(self, value):
        raise AttributeError("readonly attribute")

    def _offset_for(self, dt):
        if self._fixed is not None:
            return self._fixed
        if dt is None:
            return None
        seconds = _wall_seconds(dt)
        starts = self._wall_starts[dt.fold]
        if not starts or seconds > starts[-1]:
            return self._after.for_wall(seconds, dt.year, dt.fold)
        index = bisect_right(starts, seconds)
        return self._offsets[index - 1] if index else self._before

    def utcoffset(self, dt):
        offset = self._offset_for(dt)
        return None if offset is None else offset.utcoffset

    def dst(self, dt):
        offset = self._offset_for(dt)
        return None if offset is None else offset.dst

    def tzname(self, dt):
        offset = self._offset_for(dt)
        return None if offset is None else offset.tzname

    def fromutc(self, dt):
        """The local time of `dt`, a UTC time carrying this zone as tzinfo;
        the second of two equal wall times gets fold=1."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        seconds = _wall_seconds(dt)
        starts = self._utc_starts
        index = bisect_right(starts, seconds)
        fold = 0
        if not starts or seconds > starts[-1]:
            # The footer's rule takes over after the last transition.
            offset, fold = self._after.for_utc(seconds)
        else:
            offset = self._offsets[index - 1] if index else self._before
        if index and not fold:
            # Just after a transition that set the clock back, the wall
            # times of the jump come round again.
            previous = self._offsets[index - 2] if index > 1 else self._before
            setback = (previous.utcoffset - offset.utcoffset).total_seconds()
            fold = int(seconds - starts[index - 1] < setback)
        local = dt + offset.utcoffset
        return local.replace(fold=1) if fold else local

    def __str__(self):
        return str(self._key) if self._key is not None else repr(self)

    def __repr__(self):
        # As the C type prints itself: qualified for ZoneInfo, bare for subclasses.
        name = "zoneinfo.ZoneInfo" if type(self) is ZoneInfo else type(self).__name__
        if self._key is not None:
            return f"{name}(key={self._key!r})"
        return f"{name}.from_file({self._file_repr})"


ZoneInfo.__module__ = "zoneinfo"
