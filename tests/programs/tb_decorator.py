# An error raised by a decorator when it is applied.
def register(kind):
    def wrap(func):
        if kind not in ("a", "b"):
            raise ValueError("unknown kind " + repr(kind))
        return func
    return wrap


@register("a")
def first():
    return 1


print(first())


@register("z")
def second():
    return 2
