# Exception notes are printed after the message.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def validate(record):
    try:
        if record["age"] < 0:
            raise ValueError("negative age")
    except ValueError as e:
        e.add_note(f"while validating record {record['name']!r}")
        e.add_note("second note\nwith two lines")
        raise


try:
    validate({"name": "probe", "age": -5})
except ValueError as e:
    print("caught:", type(e).__name__, e, frames(e))
    print("  notes:", e.__notes__)
validate({"name": "ok", "age": 5})
print("first record fine")
validate({"name": "bad", "age": -1})
