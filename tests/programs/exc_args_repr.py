# Exception args, str and repr of builtin exceptions, custom exceptions with __init__/__str__.
for exc in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("key"), KeyError(1, 2),
            IndexError(3), OSError("disk full"), StopIteration(7), SystemExit(3),
            UnicodeError("u"), AttributeError("attr"), Exception(None), BaseException([1])]:
    print(type(exc).__name__, repr(str(exc)), repr(exc), exc.args)


class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code

    def __str__(self):
        return "[%d] %s" % (self.code, self.args[1])


e = MyError(404, "not found")
print(str(e), repr(e), e.args, e.code)


class NoSuper(Exception):
    def __init__(self, value):
        self.value = value


n = NoSuper(5)
print(repr(n), n.args, str(n))


class Plain(Exception):
    pass


p = Plain("x", "y")
print(repr(p), str(p))
print(StopIteration(9).value, StopIteration().value, SystemExit(5).code, SystemExit().code)
print(KeyError("a") == KeyError("a"), isinstance(KeyError(), LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), ZeroDivisionError.__mro__[1].__name__)
ex = ValueError("mutable args")
ex.args = ("changed",)
print(ex)
print(repr(Exception("quote'd")), repr(Exception('dq"')))
print(NameError("n", name="x").name, AttributeError("a", name="nm", obj=1).obj)
