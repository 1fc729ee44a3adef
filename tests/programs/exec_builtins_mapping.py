code = compile("print('Hello World!')", "", "exec")
for b in (123, None, [1], (1,)):
    try:
        exec(code, {'__builtins__': b})
    except Exception as e:
        print(type(e).__name__, e)
def f():
    return len
try:
    exec("def g():\n    return len\nprint(g())", {'__builtins__': 5})
except Exception as e:
    print(type(e).__name__, e)
class M:
    def __getitem__(self, k):
        print("getitem", k)
        if k == 'x': return 42
        raise KeyError(k)
exec("print(x)", {'__builtins__': M(), 'print': print})
exec("def h(): return x\nprint(h())", {'__builtins__': M(), 'print': print})
try:
    exec("y", {'__builtins__': M()})
except Exception as e:
    print(type(e).__name__, e)
try:
    exec("def h(): return y\nh()", {'__builtins__': M()})
except Exception as e:
    print(type(e).__name__, e)
try:
    exec("class A: pass", {'__builtins__': M()})
except Exception as e:
    print(type(e).__name__, e)
try:
    exec("class A: pass", {'__builtins__': 3})
except Exception as e:
    print(type(e).__name__, e)
try:
    exec("import os", {'__builtins__': 3})
except Exception as e:
    print(type(e).__name__, e)
try:
    exec("import os", {'__builtins__': {}})
except Exception as e:
    print(type(e).__name__, e)
class D(dict):
    def __missing__(self, k):
        print("missing", k); return 7
exec("print(zz)", {'__builtins__': D(print=print)})
exec("def h(): return zz\nprint(h())", {'__builtins__': D(print=print)})
class E(dict):
    def __getitem__(self, k):
        print("E getitem", k); return dict.__getitem__(self, k)
exec("print(len)", {'__builtins__': E(print=print, len=len)})
exec("def h(): return len\nprint(h())", {'__builtins__': E(print=print, len=len)})
exec("def h(): return len\nprint(h.__builtins__ is b)", {'__builtins__': E(print=print, len=len)} | {'b': None})
g = {'__builtins__': 5}
exec("def h(): pass", g)
print(g['h'].__builtins__)
g = {'__builtins__': M()}
exec("def h(): pass", g)
print(type(g['h'].__builtins__))
