# __new__ and __init__: order, arguments, returning other types, singletons, object.__new__ errors.
class Traced:
    def __new__(cls, *args, **kwargs):
        print("  __new__", cls.__name__, args, kwargs)
        return super().__new__(cls)

    def __init__(self, *args, **kwargs):
        print("  __init__", args, kwargs)
        self.args = args


t = Traced(1, k=2)
print(t.args)


class ReturnsOther:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called")


print(ReturnsOther())


class ReturnsSubInstance:
    def __new__(cls):
        return object.__new__(Sub)

    def __init__(self):
        print("  __init__ runs because the result is an instance of cls")


class Sub(ReturnsSubInstance):
    pass


print(type(ReturnsSubInstance()).__name__)


class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.count = 0
        return cls._instance

    def __init__(self):
        self.count += 1


a, b = Singleton(), Singleton()
print(a is b, a.count)


class NoInit:
    pass


try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)


class OnlyNew:
    def __new__(cls, value):
        obj = super().__new__(cls)
        obj.value = value
        return obj


print(OnlyNew(5).value)


class OnlyInit:
    def __init__(self, value):
        self.value = value


print(OnlyInit(6).value)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)


class InitReturns:
    def __init__(self):
        return 5


try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)

obj = OnlyInit.__new__(OnlyInit)
print(hasattr(obj, "value"))
obj.__init__(7)
print(obj.value)
