# An OSError subclass that defines __init__ but not __new__ gets its arguments in __init__:
# when that __init__ does not pass them on, args stays empty and errno is None.
class Quiet(OSError):
    def __init__(self, a, b):
        pass


class Passing(OSError):
    def __init__(self, a, b):
        super().__init__(a, b)


class OwnNew(OSError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)


class Plain(OSError):
    pass


class QuietMissing(FileNotFoundError):
    def __init__(self, *args):
        pass


for cls in (Quiet, Passing, OwnNew, Plain, QuietMissing):
    e = cls(2, "no such thing")
    print(cls.__name__, e.args, e.errno, e.strerror, repr(str(e)))
