# Explicit chaining with raise ... from ...: "direct cause" between the two tracebacks.
class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError("invalid port: " + text) from exc


print(parse_port("8080"))
print(parse_port("eighty"))
