"""Reports on the statistics collected by the profile and cProfile modules.

Stats gathers the timings of one or more profiles (profiler objects or files
written by dump_stats) and prints them, sorted and filtered as asked: a
table of the functions (print_stats), or who calls whom (print_callers,
print_callees).  get_stats_profile returns the same table as data.

The statistics map a function key (filename, line number, function name) to
a tuple (primitive calls, all calls, own time, cumulative time, callers);
callers maps the key of each caller to its call count (profile) or to a
tuple of four such numbers for that caller alone (cProfile).
"""

import marshal
import os
import re
import sys
import time
from dataclasses import dataclass
from enum import StrEnum, _simple_enum

__all__ = ["Stats", "SortKey", "FunctionProfile", "StatsProfile"]

_BUILTIN_FILE = ("~", 0)    # file and line of the keys of built-in functions


@_simple_enum(StrEnum)
class SortKey:
    """The names sort_stats() accepts (a string of the same value works too)."""
    CALLS = ("calls", "ncalls")
    CUMULATIVE = ("cumulative", "cumtime")
    FILENAME = ("filename", "module")
    LINE = "line"
    NAME = "name"
    NFL = "nfl"            # name, then file, then line
    PCALLS = "pcalls"      # primitive (non-recursive) calls
    STDNAME = "stdname"    # the name as printed
    TIME = ("time", "tottime")

    def __new__(cls, *values):
        # The first value is the member's; the others are aliases for it.
        member = str.__new__(cls, values[0])
        member._value_ = values[0]
        for alias in values[1:]:
            cls._value2member_map_[alias] = member
        member._all_values = values
        return member


@dataclass(unsafe_hash=True)
class FunctionProfile:
    """One function's line of the table, as returned by get_stats_profile."""
    ncalls: str                 # "5", or "5/3" when 2 of the calls were recursive
    tottime: float              # time spent in the function itself
    percall_tottime: float      # ... per call
    cumtime: float              # time including the functions it called
    percall_cumtime: float      # ... per primitive call
    file_name: str
    line_number: int


@dataclass(unsafe_hash=True)
class StatsProfile:
    """The whole table: the total time and a FunctionProfile per function name."""
    total_tt: float
    func_profiles: dict[str, FunctionProfile]


# sort_stats(n) with the integers of old versions.
_OLD_SORT_NUMBERS = {-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}

# Fields of the rows that sort_stats orders by (see _sort_row).
_PRIM, _CALLS, _OWN, _CUM, _FILE, _LINE, _NAME, _STDNAME = range(8)
_ASCENDING, _DESCENDING = 1, -1


def _sort_row(func, stat):
    cc, nc, tt, ct = stat[:4]
    return (cc, nc, tt, ct) + func + (func_std_string(func),)


class Stats:
    """Profile statistics, loaded from profilers or files, ready to print.

    Stats(*sources, stream=None): each source is a profiler (anything with
    a create_stats() method filling its `stats` attribute), a Stats object,
    or the name of a file written by dump_stats().  Reports go to `stream`,
    sys.stdout by default.  Most methods return the object, so that calls
    chain: Stats(p).strip_dirs().sort_stats("time").print_stats(10).
    """

    # Sort key -> (fields with their directions, description).
    sort_arg_dict_default = {
        "calls": (((_CALLS, _DESCENDING),), "call count"),
        "ncalls": (((_CALLS, _DESCENDING),), "call count"),
        "cumtime": (((_CUM, _DESCENDING),), "cumulative time"),
        "cumulative": (((_CUM, _DESCENDING),), "cumulative time"),
        "filename": (((_FILE, _ASCENDING),), "file name"),
        "line": (((_LINE, _ASCENDING),), "line number"),
        "module": (((_FILE, _ASCENDING),), "file name"),
        "name": (((_NAME, _ASCENDING),), "function name"),
        "nfl": (((_NAME, _ASCENDING), (_FILE, _ASCENDING), (_LINE, _ASCENDING)),
                "name/file/line"),
        "pcalls": (((_PRIM, _DESCENDING),), "primitive call count"),
        "stdname": (((_STDNAME, _ASCENDING),), "standard name"),
        "time": (((_OWN, _DESCENDING),), "internal time"),
        "tottime": (((_OWN, _DESCENDING),), "internal time"),
    }

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        first, rest = (args[0], args[1:]) if args else (None, ())
        self.init(first)
        self.add(*rest)

    def init(self, arg):
        """Start over with the statistics of `arg` alone."""
        self.stats = {}
        self.files = []
        self.fcn_list = None
        self.all_callees = None
        self.sort_arg_dict = {}
        self.top_level = set()
        self.total_calls = self.prim_calls = 0
        self.total_tt = 0
        self.max_name_len = 0
        self.load_stats(arg)
        self.get_top_level_stats()

    def load_stats(self, arg):
        """Take the statistics of a file name or of a profiler."""
        if arg is None:
            return
        if isinstance(arg, str):
            self.stats = _read_dump(arg)
            self.files = [_file_label(arg)]
        elif hasattr(arg, "create_stats"):
            # Take the profiler's statistics over, leaving it empty.
            arg.create_stats()
            self.stats, arg.stats = arg.stats, {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r"
                            % (self.__class__, arg))

    def get_top_level_stats(self):
        """Compute the totals and the widest function name."""
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            self.prim_calls += cc
            self.total_calls += nc
            self.total_tt += tt
            # The profile module marks the functions its run started.
            if ("jprofile", 0, "profiler") in callers:
                self.top_level.add(func)
            self.max_name_len = max(self.max_name_len, len(func_std_string(func)))

    def add(self, *arg_list):
        """Merge the statistics of further sources into these."""
        for item in reversed(arg_list):
            other = item if type(item) is type(self) else Stats(item)
            self.files.extend(other.files)
            self.prim_calls += other.prim_calls
            self.total_calls += other.total_calls
            self.total_tt += other.total_tt
            self.top_level |= other.top_level
            self.max_name_len = max(self.max_name_len, other.max_name_len)
            self.fcn_list = None
            for func, stat in other.stats.items():
                mine = self.stats.get(func, (0, 0, 0, 0, {}))
                self.stats[func] = add_func_stats(mine, stat)
        return self

    def dump_stats(self, filename):
        """Write the statistics to a file that Stats() can load again."""
        with open(filename, "wb") as f:
            marshal.dump(self.stats, f)

    # ---- ordering ----

    def get_sort_arg_defs(self):
        """The sort keys with every unambiguous abbreviation of them."""
        if not self.sort_arg_dict:
            table = dict(self.sort_arg_dict_default)
            claimed = {}
            for word in self.sort_arg_dict_default:
                for end in range(1, len(word)):
                    claimed.setdefault(word[:end], []).append(word)
            for prefix, words in claimed.items():
                if len(words) == 1 and prefix not in table:
                    table[prefix] = self.sort_arg_dict_default[words[0]]
            self.sort_arg_dict = table
        return self.sort_arg_dict

    def sort_stats(self, *field):
        """Order the report by the given keys (SortKey members or their
        names, or abbreviations of them), the first key first.  One integer
        selects an old-style order: -1 stdname, 0 calls, 1 time, 2 cumulative.
        No key at all clears the order."""
        if len(field) == 0:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            field = (_OLD_SORT_NUMBERS[field[0]],)
        elif any(type(arg) is not type(field[0]) for arg in field[1:]):
            raise TypeError("Can't have mixed argument type")

        defs = self.get_sort_arg_defs()
        order, names = [], []
        for word in field:
            fields, description = defs[word.value if isinstance(word, SortKey) else word]
            order.extend(fields)
            names.append(description)
        self.sort_type = ", ".join(names)

        rows = [(_sort_row(func, stat), func) for func, stat in self.stats.items()]
        # Stable sorts from the least significant key up give the
        # lexicographic order, each key in its own direction.
        for index, direction in reversed(order):
            rows.sort(key=lambda row: row[0][index], reverse=direction == _DESCENDING)
        self.fcn_list = [func for _, func in rows]
        return self

    def reverse_order(self):
        """Reverse the current order."""
        if self.fcn_list:
            self.fcn_list = self.fcn_list[::-1]
        return self

    def strip_dirs(self):
        """Drop the directories from the file names, merging the functions
        that become the same."""
        stripped = {}
        for func, (cc, nc, tt, ct, callers) in self.stats.items():
            short_callers = {func_strip_path(f): count for f, count in callers.items()}
            stat = (cc, nc, tt, ct, short_callers)
            key = func_strip_path(func)
            stripped[key] = add_func_stats(stripped[key], stat) if key in stripped else stat
        self.stats = stripped
        self.max_name_len = max((len(func_std_string(f)) for f in stripped), default=0)
        self.top_level = {func_strip_path(f) for f in self.top_level}
        # Orders and callee tables name the old keys: drop them.
        self.fcn_list = self.all_callees = None
        return self

    def calc_callees(self):
        """Invert the callers tables into self.all_callees (computed once)."""
        if self.all_callees:
            return
        callees = {func: {} for func in self.stats}
        for func, stat in self.stats.items():
            for caller, count in stat[4].items():
                callees.setdefault(caller, {})[func] = count
        self.all_callees = callees

    # ---- selecting what to print ----

    def eval_print_amount(self, sel, list, msg):
        """Apply one restriction: a regular expression searched in the
        function's name, a fraction of the list, or a number of lines."""
        selected = list
        if isinstance(sel, str):
            try:
                pattern = re.compile(sel)
            except re.error:
                return list, msg + "   <Invalid regular expression %r>\n" % sel
            selected = [func for func in list if pattern.search(func_std_string(func))]
        elif isinstance(sel, float) and 0.0 <= sel < 1.0:
            selected = list[:int(len(list) * sel + .5)]
        elif isinstance(sel, int) and 0 <= sel < len(list):
            selected = list[:sel]
        if len(selected) != len(list):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (
                len(list), len(selected), sel)
        return selected, msg

    def get_print_list(self, sel_list):
        """The functions to report on and the width of their names' column;
        prints the ordering and restriction notes first."""
        if self.fcn_list:
            funcs = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + "\n"
        else:
            funcs = list(self.stats)
            msg = "   Random listing order was used\n"
        for sel in sel_list:
            funcs, msg = self.eval_print_amount(sel, funcs, msg)
        if not funcs:
            return 0, funcs
        print(msg, file=self.stream)
        if len(funcs) < len(self.stats):
            return max(len(func_std_string(f)) for f in funcs) + 2, funcs
        return self.max_name_len + 2, funcs

    def get_stats_profile(self):
        """The report as a StatsProfile, in the current order, the times
        rounded to 3 decimals as printed."""
        funcs = self.fcn_list[:] if self.fcn_list else list(self.stats)
        if not funcs:
            return StatsProfile(0, {})
        profiles = {}
        for func in funcs:
            cc, nc, tt, ct, _ = self.stats[func]
            profiles[func[2]] = FunctionProfile(
                ncalls=_calls_text(nc, cc),
                tottime=_rounded(tt),
                percall_tottime=_rounded(tt / nc) if nc else 0,
                cumtime=_rounded(ct),
                percall_cumtime=_rounded(ct / cc) if cc else 0,
                file_name=func[0],
                line_number=func[1])
        return StatsProfile(_rounded(self.total_tt), profiles)

    # ---- printing ----

    def _out(self, text=""):
        print(text, file=self.stream)

    def print_stats(self, *amount):
        """Print the table of functions, restricted by `amount` (see
        eval_print_amount), after the totals."""
        for label in self.files:
            self._out(label)
        if self.files:
            self._out()
        for func in self.top_level:
            self._out("        " + " " + func_get_function_name(func))
        summary = "         %d function calls" % self.total_calls
        if self.total_calls != self.prim_calls:
            summary += " (%d primitive calls)" % self.prim_calls
        self._out(summary + " in %.3f seconds" % self.total_tt)
        self._out()
        _, funcs = self.get_print_list(amount)
        if funcs:
            self.print_title()
            for func in funcs:
                self.print_line(func)
            self._out()
            self._out()
        return self

    def print_callers(self, *amount):
        """Print, for each selected function, the functions that called it."""
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_call_heading(width, "was called by...")
            for func in funcs:
                self.print_call_line(width, func, self.stats[func][4], "<-")
            self._out()
            self._out()
        return self

    def print_callees(self, *amount):
        """Print, for each selected function, the functions it called."""
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.calc_callees()
            self.print_call_heading(width, "called...")
            for func in funcs:
                self.print_call_line(width, func, self.all_callees.get(func, {}), "->")
            self._out()
            self._out()
        return self

    def print_call_heading(self, name_size, column_title):
        self._out("Function ".ljust(name_size) + column_title)
        # Column titles only for cProfile's statistics, whose callers come
        # with times.
        for stat in self.stats.values():
            if stat[4]:
                if isinstance(next(iter(stat[4].values())), tuple):
                    self._out(" " * name_size + "    ncalls  tottime  cumtime")
                break

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        lead = func_std_string(source).ljust(name_size) + arrow
        entries = []
        for func, value in sorted(call_dict.items(), key=lambda item: item[0]):
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                entries.append((name_size + 1, "%s %s %s  %s" % (
                    _calls_text(nc, cc).rjust(7), f8(tt), f8(ct), func_std_string(func))))
            else:
                entries.append((name_size + 3, "%s(%r) %s" % (
                    func_std_string(func), value, f8(self.stats[func][3]))))
        if not entries:
            self._out(lead + " ")
            return
        self._out(lead + " " + entries[0][1])
        # Later lines start under the first entry.
        for _, text in entries[1:]:
            self._out(" " * (len(lead) + 1) + text)

    def print_title(self):
        self._out("   ncalls  tottime  percall  cumtime  percall "
                  "filename:lineno(function)")

    def print_line(self, func):
        cc, nc, tt, ct, _ = self.stats[func]
        columns = [
            _calls_text(nc, cc).rjust(9),
            f8(tt),
            f8(tt / nc) if nc else " " * 8,
            f8(ct),
            f8(ct / cc) if cc else " " * 8,
            func_std_string(func),
        ]
        self._out(" ".join(columns))


def _read_dump(filename):
    with open(filename, "rb") as f:
        return marshal.load(f)


def _file_label(filename):
    """How print_stats names a loaded file: its modification time and name."""
    try:
        return time.ctime(os.stat(filename).st_mtime) + "    " + filename
    except OSError:
        return filename


def _calls_text(total, primitive):
    """"3/2" for 3 calls of which 2 primitive (not recursive), else "3"."""
    return str(total) if total == primitive else "%d/%d" % (total, primitive)


def _rounded(seconds):
    return float(f8(seconds))


def func_strip_path(func_name):
    """The function key with the directory removed from its file name."""
    return (os.path.basename(func_name[0]),) + tuple(func_name[1:])


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    """How a function key is shown: file:line(name), or for built-ins (file
    "~", line 0) their name, with {} in place of the <> around it."""
    filename, line, name = func_name
    if (filename, line) != _BUILTIN_FILE:
        return "%s:%d(%s)" % (filename, line, name)
    if name.startswith("<") and name.endswith(">"):
        return "{%s}" % name[1:-1]
    return name


def add_func_stats(target, source):
    """The statistics of one function added up from two profiles."""
    cc, nc, tt, ct, callers = source
    t_cc, t_nc, t_tt, t_ct, t_callers = target
    return (cc + t_cc, nc + t_nc, tt + t_tt, ct + t_ct,
            add_callers(t_callers, callers))


def add_callers(target, source):
    """Two callers tables merged: counts (or tuples of them) added up."""
    merged = dict(target)
    for func, value in source.items():
        if func not in merged:
            merged[func] = value
        elif isinstance(value, tuple):
            merged[func] = tuple(a + b for a, b in zip(value, merged[func]))
        else:
            merged[func] += value
    return merged


def f8(x):
    return "%8.3f" % x
