import traceback, sys, io

def f(x):
    return x[1] + 1/0

def g():
    d = {}
    return d["missing"]

def rec(n):
    if n == 0:
        raise ValueError("deep")
    return rec(n - 1)

def show(fn, **kw):
    try:
        fn()
    except BaseException as e:
        print("".join(traceback.format_exception(e, **kw)), end="")
        print("--only:", traceback.format_exception_only(e))

show(lambda: f([1, 2]))
show(g)
show(lambda: rec(10))
def chained():
    try:
        g()
    except KeyError as e:
        raise RuntimeError("wrapped") from e
show(chained)
def ctx():
    try:
        1/0
    except ZeroDivisionError:
        raise TypeError("in handler")
show(ctx)
def suppressed():
    try:
        1/0
    except ZeroDivisionError:
        raise TypeError("no ctx") from None
show(suppressed)
def noted():
    e = ValueError("with notes")
    e.add_note("note one")
    e.add_note("note\ntwo")
    raise e
show(noted)
def group():
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b"), ExceptionGroup("inner", [KeyError("k")])])
show(group)
def syn():
    compile("x = (1 +\n", "<syn>", "exec")
show(syn)
def syn2():
    compile("a b c", "fname.py", "exec")
show(syn2)
def name_err():
    return undefined_thing
show(name_err)
def name_err2():
    lenn = 3
    return lena
show(name_err2)
def attr_err():
    return "abc".uper()
show(attr_err)
show(lambda: f([1, 2]), limit=1)
show(chained, chain=False)
try:
    rec(3)
except Exception:
    print(traceback.format_exc(), end="")
    traceback.print_exc(file=sys.stdout)
    tb = sys.exc_info()[2]
    print(traceback.extract_tb(tb))
    for fs in traceback.extract_tb(tb, limit=2):
        print(fs, list(fs), fs.line, fs.lineno, fs.name)
    print(traceback.format_tb(tb, limit=-1))
    print([ (f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
def inner_stack():
    return traceback.format_stack(limit=2)
print(inner_stack())
def inner_extract():
    s = traceback.extract_stack()
    return [(x.name, x.lineno) for x in s][-2:]
print(inner_extract())
traceback.print_stack(file=sys.stdout, limit=1)
print(traceback.format_list([("a.py", 3, "fn", "x = 1"), ("b.py", 4, "gn", None)]))
te = traceback.TracebackException.from_exception(ValueError("hi"))
print(str(te), list(te.format()), te.exc_type)
print(traceback.format_exception_only(ValueError, ValueError("old style")))
print(traceback.format_exception(KeyError, KeyError("k"), None))
class MyErr(Exception):
    def __str__(self): raise RuntimeError
print(traceback.format_exception_only(MyErr()))
print(traceback.format_exception_only(ValueError()))
fs = traceback.FrameSummary("x.py", 1, "f", line="  a = 1  ")
print(repr(fs), fs == ("x.py", 1, "f", "a = 1"), fs.line)
try:
    traceback.print_exception(ValueError, ValueError("x"))
except ValueError as e:
    print(e)
def locs():
    a = 1; b = "two"
    raise ValueError("locals")
def run_locs():
    try:
        locs()
    except ValueError as e:
        te = traceback.TracebackException.from_exception(e, capture_locals=True)
        print("".join(te.format()))
run_locs()
big = ExceptionGroup("big", [ValueError(i) for i in range(20)])
print("".join(traceback.format_exception(big)))
