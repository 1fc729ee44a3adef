# timeit.main(): the command line with a fake clock, its options, output
# format, verbose modes, units, errors and the unreliability warning.
import contextlib
import io
import sys
import timeit
import warnings


class StatementClock:
    """Advances when the timed statement (`_clock.tick()`) runs."""
    def __init__(self, step):
        self.now = 0.0
        self.step = step

    def tick(self):
        self.now += self.step

    def __call__(self):
        return self.now


def run(args, step=1.0, clock=None):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.path[:]
    if clock is None:
        clock = StatementClock(step)
    # Snippets run in timeit's namespace: that is where they find the clock.
    timeit._clock = clock
    if args and not args[-1].startswith("-") and args[-1] == "pass":
        args = args[:-1] + ["_clock.tick()"]
    wrap = lambda timer: clock
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            rc = timeit.main(args, _wrap_timer=wrap)
    sys.path[:] = saved
    print("args", args, "->", rc)
    print(out.getvalue(), end="")
    text = err.getvalue()
    if text:
        print("stderr:", text.splitlines()[-1])
    for w in caught:
        print("warning:", w.category.__name__, w.message, repr(w.filename), w.lineno)


run(["pass"])
run(["pass"], step=5.5)
run(["pass"], step=0.0055)
run(["-n100", "pass"], step=0.0000025)
run(["-n", "35", "pass"], step=2.0)
run(["--number=3", "pass"], step=2.0)
run(["-r9", "pass"], step=60.0)
run(["-r-5", "pass"], step=60.0)
run(["--repeat", "2", "-n", "1", "pass"], step=0.5)
run(["-n35", "-s", 'print("setup!")', "pass"], step=2.0)
run(["-n1", "-s", "a = 'first'", "--setup", "print(a)", "-r", "2", "pass"])
run(["-n2", "-r1", "x = 1", "y = x + 1", "print(y)"])
run(["-v", "pass"])
run(["-vv", "pass"], step=0.000030)
run(["-v", "-v", "-v", "-n", "3", "pass"], step=0.0001234567)
run(["--verbose", "-r", "2", "pass"], step=0.07)
for unit in ["sec", "msec", "usec", "nsec", "parsec"]:
    run(["-u", unit, "pass"], step=0.003)
run(["--unit=usec", "-n", "10", "pass"], step=1e-10)
run(["-n", "10", "pass"], step=1e-12)
run(["--bad-switch", "pass"])
run(["-x"])
run(["-t", "pass"])
run(["-c", "pass"])
run(["--clock", "pass"])
run(["--time", "pass"])
run(["-n"])
run(["-p", "-n", "2", "-r", "1", "pass"], step=0.25)
run(["--process", "-n", "2", "-r", "1", "pass"], step=0.25)
run(["-n", "2", "-r", "1", "--", "-1"], step=0.25)
run(["1/0"])
run(["-n1", "1/0"])
run(["-n1", "-s", "1/0", "pass"])
for bad in (["-n", "x", "pass"], ["-r", "1.5", "pass"]):
    try:
        run(bad)
    except ValueError as e:
        print("ValueError", e)

# a clock whose steps grow makes the worst time far slower than the best
class Growing(StatementClock):
    def tick(self):
        self.now += self.step
        self.step *= 3
run(["-n", "1", "-r", "3", "pass"], clock=Growing(0.001))

# -h prints the module docstring followed by a space
out = io.StringIO()
with contextlib.redirect_stdout(out):
    rc = timeit.main(["-h"])
print(rc, out.getvalue() == timeit.__doc__ + " ")
print(out.getvalue())
out = io.StringIO()
with contextlib.redirect_stdout(out):
    rc = timeit.main(["--help", "-n", "3"])
print(rc, len(out.getvalue()))

# sys.path gets the current directory in front
saved = sys.path[:]
with contextlib.redirect_stdout(io.StringIO()):
    timeit.main(["-n1", "-r1", "pass"])
print(sys.path[0], sys.path[1:] == saved)
sys.path[:] = saved
