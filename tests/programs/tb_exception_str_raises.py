# An uncaught exception whose __str__ itself raises: the report says so instead of a message.
def frames(exc):
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("cannot describe myself")


try:
    raise Unprintable("payload")
except Unprintable as e:
    print("caught:", type(e).__name__, e.args, frames(e))
    try:
        str(e)
    except RuntimeError as inner:
        print("str() raised:", inner)
    print("repr still works:", repr(e))


def fail():
    raise Unprintable("payload")


print("about to fail")
fail()
