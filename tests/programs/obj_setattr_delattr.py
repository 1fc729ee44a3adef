# __setattr__ and __delattr__ hooks: validation, read-only objects, logging.
class Logged:
    def __setattr__(self, name, value):
        print("  set", name, "=", value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("  del", name)
        super().__delattr__(name)


o = Logged()
o.a = 1
o.a += 1
print(o.a)
del o.a
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)


class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")

    def __repr__(self):
        return "Frozen(%s)" % ", ".join("%s=%r" % kv for kv in sorted(vars(self).items()))


fz = Frozen(x=1, y=2)
print(fz)
try:
    fz.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del fz.y
except AttributeError as e:
    print(type(e).__name__, e)


class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be non-negative")
        self.__dict__[name] = value


v = Validated()
v.age = 5
try:
    v.age = -1
except ValueError as e:
    print(type(e).__name__, e)
print(v.age)

# setattr on builtins
for target, name in [(1, "x"), ("s", "upper"), ([], "append"), (object(), "y")]:
    try:
        setattr(target, name, 0)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    setattr(int, "new_attr", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del int.real
except TypeError as e:
    print(type(e).__name__, e)


class C:
    pass


C.added = "class-level setattr"
print(C().added)
del C.added
print(hasattr(C(), "added"))
