# Module attributes read through the attribute cache stay current: reassigned, deleted (AttributeError), a module's __getattr__ for missing names, a module subclass's property.
import math, types, sys
def f():
    out = []
    for i in range(3):
        out.append(math.floor(2.5 + i))
    math.floor = lambda x: "patched"
    out.append(math.floor(1.5))
    del math.floor
    try:
        math.floor
    except AttributeError as e:
        out.append(str(e))
    m = types.ModuleType("m")
    m.__getattr__ = lambda name: "dyn:" + name
    out.append(m.anything)
    m.x = 1
    out.append(m.x)
    out.append(m.__dict__ is vars(m))
    out.append(m.__name__)
    class Sub(types.ModuleType):
        @property
        def y(self): return "prop"
    s = Sub("s")
    out.append(s.y)
    out.append(sys.modules["math"].pi > 3)
    return out
print(f())
print(f.__module__)
