import types, sys
m = types.ModuleType.__new__(types.ModuleType)
print(m.__dict__)
m = types.ModuleType('m', 'doc')
print(sorted(m.__dict__.items()), m)
print(dir(m))
m.__dir__ = lambda: ['b', 'a']
print(dir(m))
class M(types.ModuleType):
    def hello(self): return "hi " + self.__name__
x = M('x')
print(x, x.hello(), type(x).__name__, isinstance(x, types.ModuleType))
for bad in [lambda: types.ModuleType(), lambda: types.ModuleType(1), lambda: types.ModuleType('a', 'b', 'c'), lambda: types.ModuleType(name='k', doc=3)]:
    try:
        r = bad(); print(r, r.__doc__)
    except TypeError as e:
        print("TypeError:", e)
print(dir(sys) == sorted(sys.__dict__))
sys.modules['x'] = x
import x as xx
print(xx is x)
def ga(name):
    if name == "dyn": return 5
    raise AttributeError(name)
x.__getattr__ = ga
print(x.dyn)
