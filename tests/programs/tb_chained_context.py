# Implicit chaining: an exception raised while handling another one.
def load(data, key):
    try:
        return data[key]
    except KeyError:
        raise RuntimeError(f"cannot load {key!r}")


print(load({"a": 1}, "a"))
load({"a": 1}, "b")
