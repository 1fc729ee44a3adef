# An error raised inside code run by exec(): its frames have no source lines.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


source = "def f(x):\n    return x[5]\n\nresult = f([1, 2])\n"
namespace = {}
print("running")
try:
    exec("y = 1\nz = y / 0\n", {})
except ZeroDivisionError as e:
    print("caught:", type(e).__name__, e, frames(e))
try:
    eval("[1][2]")
except IndexError as e:
    print("caught:", type(e).__name__, e, frames(e))
exec(source, namespace)
