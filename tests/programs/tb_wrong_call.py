# A TypeError from a call with a missing argument, raised at the call site.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def connect(host, port, timeout=10):
    return f"{host}:{port} ({timeout}s)"


print(connect("example", 80))
for args, kwargs in [((), {}), (("h",), {}), (("h", 1, 2, 3), {}), (("h", 1), {"retries": 3})]:
    try:
        connect(*args, **kwargs)
    except TypeError as e:
        print("caught:", type(e).__name__, e, frames(e))
print(connect("example", timeout=5))
