# grp: the struct_group type, lookups that round-trip, and the errors of bad arguments.
import os
import grp


def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, str(e))
    else:
        print(label, "ok", type(result).__name__)


T = grp.struct_group
print(T.__name__, T.__module__, T.n_fields, T.n_sequence_fields, T.n_unnamed_fields)
print(T.__match_args__)
entry = T(("staff", "x", 50, ["alice", "bob"]))
print(repr(entry))
print(entry.gr_name, entry.gr_passwd, entry.gr_gid, entry.gr_mem, entry[3] is entry.gr_mem)
attempt("short", T, ("a", "b", 1))
print(sorted(n for n in dir(grp) if not n.startswith("__")))

mine = grp.getgrgid(os.getgid())
print(type(mine) is T, [type(v).__name__ for v in mine], all(type(m) is str for m in mine.gr_mem))
print(mine.gr_gid == os.getgid(), grp.getgrnam(mine.gr_name) == mine)
print(grp.getgrgid(id=mine.gr_gid) == mine, grp.getgrnam(name=mine.gr_name) == mine)
everyone = grp.getgrall()
print(type(everyone).__name__, all(type(e) is T for e in everyone), mine in everyone)
print(all(grp.getgrnam(e.gr_name).gr_name == e.gr_name for e in everyone))
print(grp.getgrall() == everyone)

attempt("name", grp.getgrnam, "no such group, really")
attempt("nul", grp.getgrnam, "a\0b")
attempt("bytes", grp.getgrnam, b"root")
attempt("int", grp.getgrnam, 0)
attempt("gid", grp.getgrgid, 4_000_000_000)
attempt("minus one", grp.getgrgid, -1)
attempt("minus two", grp.getgrgid, -2)
attempt("2**32", grp.getgrgid, 2**32)
attempt("2**64", grp.getgrgid, 2**64)
attempt("-2**70", grp.getgrgid, -2**70)
attempt("str", grp.getgrgid, "0")
attempt("float", grp.getgrgid, 0.5)
attempt("no args", grp.getgrgid)
attempt("two args", grp.getgrnam, "a", "b")
attempt("bad keyword", grp.getgrgid, gid=0)
attempt("all args", grp.getgrall, 1)
try:
    grp.getgrnam("no such group, really")
except KeyError as e:
    print(e.args)
