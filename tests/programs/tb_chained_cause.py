# Explicit chaining with raise ... from ...: "direct cause" between the two tracebacks.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError("invalid port: " + text) from exc


try:
    parse_port("80.5")
except ConfigError as e:
    print("caught:", type(e).__name__, e, frames(e))
    print("  cause:", repr(e.__cause__), "context is cause:", e.__context__ is e.__cause__)
print(parse_port("8080"))
print(parse_port("eighty"))
