"""profile and cProfile: what a run records (functions, call counts with
recursion, callers) for runcall, runctx and enable/disable, the pseudo
entries of the profile module, print_stats output shape, dump_stats, and
the module functions.  Times are not printed."""
import cProfile
import io
import os
import profile
import pstats
import sys
import tempfile

HERE = os.path.basename(__file__)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work():
    items = []
    for i in range(3):
        items.append(len("ab"))
    return fib(4)


def shown(key):
    filename, line, name = key
    if filename.endswith(HERE):
        return "%s:%d(%s)" % (HERE, line, name)
    if "disable" in name or "__exit__" in name or "__enter__" in name:
        return None     # the profiler's own calls differ between implementations
    if filename in ("", "~", "<string>"):
        return "%s:%d(%s)" % (filename, line, name)
    if filename == "profile":
        return "profile:0(%s)" % ("<function>" if name.startswith("<function") else name)
    return None


def dump(prof):
    prof.create_stats()
    for key in sorted(prof.stats, key=lambda k: shown(k) or ""):
        label = shown(key)
        if label is None or "setprofile" in label:
            continue
        cc, nc, tt, ct, callers = prof.stats[key]
        calls = sorted((shown(c), v if isinstance(v, int) else v[:2])
                       for c, v in callers.items())
        print("   ", label, cc, nc, calls)


for module in (profile, cProfile):
    print(module.__name__, sorted(module.__all__))
    p = module.Profile()
    print("runcall ->", p.runcall(work))
    dump(p)
    p = module.Profile()
    print("runctx ->", p.runctx("work()", globals(), {}) is p)
    dump(p)

print("enable/disable")
p = cProfile.Profile()
p.enable()
fib(3)
p.disable()
dump(p)
with cProfile.Profile() as p:
    work()
dump(p)
p = cProfile.Profile(builtins=False)
p.runcall(work)
dump(p)

print("print_stats")
for module in (profile, cProfile):
    saved = sys.stdout
    sys.stdout = io.StringIO()
    module.runctx("work()", globals(), {})
    text = sys.stdout.getvalue()
    sys.stdout = saved
    lines = text.splitlines()
    # (cProfile's totals include its own disable() call in CPython.)
    head = lines[0].split(" in ")[0] if module is profile else "function calls" in lines[0]
    print(head, "|", lines[2], "|", lines[4])
    print(sorted(line.split()[-1] for line in lines[5:] if line.strip() and HERE in line))

path = os.path.join(tempfile.mkdtemp(), "out.prof")
cProfile.runctx("fib(5)", globals(), {}, path)
stats = pstats.Stats(path, stream=io.StringIO()).strip_dirs()
print(stats.stats[(HERE, 16, "fib")][:2])
profile.runctx("fib(5)", globals(), {}, path)
stats = pstats.Stats(path, stream=io.StringIO()).strip_dirs()
print(stats.stats[(HERE, 16, "fib")][:2], stats.stats[("profile", 0, "profiler")][:2])
os.remove(path)

try:
    class Sub(profile.Profile):
        pass
    Sub().calibrate(10)
except TypeError as e:
    print("TypeError", e)
print(type(profile.Profile().calibrate(50)).__name__)
