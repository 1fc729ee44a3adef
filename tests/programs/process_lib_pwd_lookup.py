# pwd: the struct_passwd type, lookups that round-trip, and the errors of bad arguments.
import os
import pwd


def attempt(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, type(e).__name__, str(e))
    else:
        print(label, "ok", type(result).__name__)


T = pwd.struct_passwd
print(T.__name__, T.__module__, T.n_fields, T.n_sequence_fields, T.n_unnamed_fields)
print(T.__match_args__)
print(issubclass(T, tuple))
entry = T(("alice", "x", 1001, 1002, "Alice A", "/home/alice", "/bin/sh"))
print(repr(entry))
print(entry.pw_name, entry.pw_passwd, entry.pw_uid, entry.pw_gid, entry.pw_gecos, entry.pw_dir, entry.pw_shell)
print(entry[2], entry[-1], entry[:2], len(entry))
print(entry == ("alice", "x", 1001, 1002, "Alice A", "/home/alice", "/bin/sh"))
attempt("short", T, ("a", "b"))
attempt("long", T, tuple(range(8)))
try:
    entry.pw_name = "bob"
except AttributeError:
    print("read-only")
match entry:
    case T(name, _, uid):
        print("matched", name, uid)

print(sorted(n for n in dir(pwd) if not n.startswith("__")))
print(pwd.getpwnam.__module__, pwd.getpwuid.__name__, pwd.getpwall.__name__)

# The current user's entry, found both ways.
me = pwd.getpwuid(os.getuid())
print(type(me) is T, len(me), [type(v).__name__ for v in me])
print(me.pw_uid == os.getuid(), pwd.getpwnam(me.pw_name) == me, me[0] == me.pw_name)
print(pwd.getpwuid(me.pw_uid).pw_name == me.pw_name)
everyone = pwd.getpwall()
print(type(everyone).__name__, all(type(e) is T for e in everyone), me in everyone)
print(all(pwd.getpwnam(e.pw_name).pw_name == e.pw_name for e in everyone))
print(pwd.getpwall() == everyone)
print(pwd.getpwuid(True) == pwd.getpwuid(1) if any(e.pw_uid == 1 for e in everyone) else True)

# Names and ids that cannot exist.
attempt("name", pwd.getpwnam, "no such user, really")
attempt("empty", pwd.getpwnam, "")
attempt("nul", pwd.getpwnam, "a\0b")
attempt("bytes", pwd.getpwnam, b"root")
attempt("int", pwd.getpwnam, 0)
attempt("surrogate", pwd.getpwnam, "caf\udce9")
free = 4_000_000_000
attempt("uid", pwd.getpwuid, free)
attempt("minus one", pwd.getpwuid, -1)
attempt("minus two", pwd.getpwuid, -2)
attempt("2**32", pwd.getpwuid, 2**32)
attempt("2**32-1", pwd.getpwuid, 2**32 - 1)
attempt("2**64", pwd.getpwuid, 2**64)
attempt("-2**70", pwd.getpwuid, -2**70)
attempt("str", pwd.getpwuid, "0")
attempt("float", pwd.getpwuid, 0.0)
attempt("none", pwd.getpwuid, None)
attempt("no args", pwd.getpwuid)
attempt("two args", pwd.getpwnam, "a", "b")
attempt("keyword", pwd.getpwnam, name="a")
attempt("keyword uid", pwd.getpwuid, uid=0)
attempt("all args", pwd.getpwall, 1)


class Index:
    def __index__(self):
        return free


attempt("index", pwd.getpwuid, Index())
try:
    pwd.getpwuid(free)
except KeyError as e:
    print(e.args)
