"""pstats.Stats over fixed statistics (a stand-in profiler): print_stats with
each sort key and restriction, print_callers/print_callees for both callers
formats, strip_dirs, reverse_order, add, dump_stats and reloading,
get_stats_profile, SortKey, and the errors."""
import pstats, io, sys
class Fake:
    def create_stats(self):
        A = ("/a/b/mod.py", 10, "alpha"); B = ("/a/b/mod.py", 20, "beta"); C = ("~", 0, "<built-in method builtins.len>"); D = ("/x/other.py", 5, "<module>"); E = ("~", 0, "exec")
        self.stats = {
            D: (1, 1, 0.001, 1.5, {}),
            A: (2, 3, 0.25, 1.0, {D: (2, 3, 0.25, 1.0)}),
            B: (4, 4, 0.5, 0.75, {A: (3, 3, 0.4, 0.6), D: (1, 1, 0.1, 0.15)}),
            C: (10, 10, 0.0125, 0.0125, {B: (10, 10, 0.0125, 0.0125)}),
            E: (1, 1, 0.0, 2.0, {}),
        }
out = io.StringIO()
s = pstats.Stats(Fake(), stream=out)
s.print_stats()
s.sort_stats("cumulative").print_stats()
s.sort_stats(pstats.SortKey.TIME, pstats.SortKey.NAME).print_stats(2)
s.sort_stats("nfl").print_stats("beta|alpha", 0.5)
s.print_callers()
s.print_callees()
s.print_callers("beta")
s.strip_dirs().sort_stats("stdname").print_stats()
s.reverse_order().print_stats()
s.sort_stats(-1).print_stats(.6)
s.print_callees("alpha")
print(out.getvalue())
print(s.get_stats_profile())
for a in [("nosuch",), ("calls", 1), ()]:
    try: print(s.sort_stats(*a).fcn_list)
    except Exception as e: print(type(e).__name__, e)
print(list(pstats.SortKey), pstats.SortKey("calls"), pstats.SortKey.CUMULATIVE == "cumulative")
print(sorted(pstats.Stats.sort_arg_dict_default.items()))
print(pstats.__all__)
print(s.total_calls, s.prim_calls, round(s.total_tt, 4), s.max_name_len, s.files, s.top_level)
print(sorted(pstats.Stats(Fake()).add(Fake(), Fake()).stats[("/a/b/mod.py", 20, "beta")][:2]))
merged = pstats.Stats(Fake(), Fake(), stream=out)
print(merged.total_calls, merged.stats[("/a/b/mod.py", 20, "beta")][4][("/a/b/mod.py", 10, "alpha")])
import os, tempfile
path = os.path.join(tempfile.mkdtemp(), "dump.prof")
merged.dump_stats(path)
loaded = pstats.Stats(path, stream=io.StringIO())
print(loaded.stats == merged.stats, len(loaded.files), loaded.files[0].endswith("dump.prof"))
os.remove(path)
class Empty:
    def create_stats(self):
        self.stats = {}
for bad in (5, Empty()):
    try:
        pstats.Stats(bad)
    except TypeError as e:
        print("TypeError", str(e).split(" from ")[0])
print(pstats.func_std_string(("~", 0, "<x>")), pstats.func_std_string(("f.py", 3, "g")), pstats.func_strip_path(("/a/f.py", 3, "g")))
print(pstats.add_callers({"a": 1, "b": (1, 2, 3, 4)}, {"a": 2, "b": (1, 1, 1, 1), "c": 5}))
print(pstats.Stats().stats, pstats.Stats().get_stats_profile())
