class ModelBase(type):
    def __new__(cls, name, bases, attrs):
        new_class = super().__new__(cls, name, bases, {})
        if name != "Model":
            raise RuntimeWarning(f"{name=}")
        return new_class
class Model(metaclass=ModelBase):
    pass
try:
    type("SouthPonies", (Model,), {})
except RuntimeWarning as e:
    print("RuntimeWarning", e)
class Meta2(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta2.__new__", mcls.__name__, name, kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, *a, **kw):
        print("Meta2.__init__")
class B(metaclass=Meta2): pass
C = type("C", (B,), {})
print(type(C).__name__)
class M(type):
    pass
for args in ((5,), (1, 2), ()):
    try:
        M(*args)
    except TypeError as e:
        print(e)
for args in ((1, 2), (), (1, 2, 3, 4)):
    try:
        type(*args)
    except TypeError as e:
        print(e)
class BadMeta(type):
    @classmethod
    def __prepare__(*args):
        return None
try:
    class Foo(metaclass=BadMeta): pass
except TypeError as e:
    print(e)
class BadMeta2:
    @classmethod
    def __prepare__(*args):
        return 5
try:
    class Bar(metaclass=BadMeta2()): pass
except TypeError as e:
    print(e)
import typing
print(hash(int | str) == hash(typing.Union[int, str]), hash(int | str) == hash(str | int))
print(hash(int | None) == hash(frozenset((int, type(None)))))
