# A class body that names __class__ gets the enclosing method's __class__, not its own implicit
# cell (which only its methods see); at module level it is a global lookup.
class A:
    def f(self):
        return 'A'


class Outer:
    def method(self):
        class X:
            x = __class__
            def f():
                __class__
        return X.x

    def other(self):
        class X(A):
            def f(self):
                return super().f()
            __class__ = 413
        x = X()
        return x.f(), x.__class__


print(Outer().method() is Outer, Outer().other())
try:
    exec("""class X:
    __class__
    def f():
        __class__""", globals(), {})
except NameError as e:
    print(type(e).__name__, e)


class G:
    global __class__
    __class__ = 42
    def f():
        __class__


print(globals()["__class__"], "__class__" in G.__dict__)
del globals()["__class__"]


class Y:
    def f(self):
        return __class__
    def g(self):
        class Z:
            w = __class__
        return Z.w


print(Y().f() is Y, Y().g() is Y)
