import sys
import types

# the interpreter's types, by the objects they describe
def f(): pass
async def co(): pass
def gen(): yield 1
async def agen(): yield 1
class C:
    __slots__ = ('slot',)
    def m(self): pass

print(type(f) is types.FunctionType, types.LambdaType is types.FunctionType,
      type(f.__code__) is types.CodeType, type(len) is types.BuiltinFunctionType,
      type([].append) is types.BuiltinMethodType, type(C().m) is types.MethodType,
      type(sys) is types.ModuleType, type(gen()) is types.GeneratorType,
      type(agen()) is types.AsyncGeneratorType)
c = co()
print(type(c) is types.CoroutineType)
c.close()
print(type(None) is types.NoneType, type(...) is types.EllipsisType,
      type(NotImplemented) is types.NotImplementedType,
      type(list[int]) is types.GenericAlias, type(int | str) is types.UnionType,
      type(C.__dict__['slot']) is types.MemberDescriptorType,
      type(type.__dict__['__dict__']) is types.GetSetDescriptorType,
      type(object.__init__) is types.WrapperDescriptorType,
      type(object().__str__) is types.MethodWrapperType,
      type(str.join) is types.MethodDescriptorType)
x = 1
def outer():
    y = 2
    return lambda: y
print(type(outer().__closure__[0]) is types.CellType)
try:
    raise ValueError
except ValueError as e:
    print(type(e.__traceback__) is types.TracebackType,
          type(e.__traceback__.tb_frame) is types.FrameType)
print(types.FunctionType.__name__, types.BuiltinFunctionType.__name__, types.ModuleType.__name__,
      types.NoneType.__name__, types.GeneratorType.__name__, types.CodeType.__name__)
print(isinstance(f, types.FunctionType), isinstance(print, types.FunctionType))

# SimpleNamespace
ns = types.SimpleNamespace(a=1, b='two')
print(ns, ns.a, ns.b, repr(types.SimpleNamespace()))
ns.c = [3]
del ns.a
print(ns, sorted(vars(ns)))
print(ns == types.SimpleNamespace(b='two', c=[3]), ns == types.SimpleNamespace(b='two'),
      ns != types.SimpleNamespace(), ns == {'b': 'two', 'c': [3]})
ns.me = ns
print(ns)
class Sub(types.SimpleNamespace):
    pass
print(Sub(z=1), Sub(z=1) == types.SimpleNamespace(z=1))
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print('TypeError')
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError', type(e).__name__)
print(types.SimpleNamespace)

# MappingProxyType
d = {'a': 1, 'b': 2}
mp = types.MappingProxyType(d)
print(mp['a'], len(mp), list(mp), 'a' in mp, mp.get('z', 0), list(mp.items()), list(mp.values()))
d['c'] = 3
print(list(mp.keys()), mp.copy(), mp | {'z': 9}, {'y': 0} | mp, list(reversed(mp)))
try:
    mp['x'] = 1
except TypeError as e:
    print('TypeError', e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print('TypeError', e)
print(mp == d, repr(types.MappingProxyType({})), str(types.MappingProxyType({1: 2})))

# new_class / prepare_class / resolve_bases
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('  prepare', name, kw)
        return {'prepared': True}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

def body(ns):
    ns['x'] = 10

K = types.new_class('K', (), {'metaclass': Meta, 'flag': 1}, body)
print(K.__name__, type(K).__name__, K.x, K.prepared)
meta, ns, kw = types.prepare_class('Z', (K,), {'flag': 2})
print(meta.__name__, ns, kw)
print(types.prepare_class('Y'))
Plain = types.new_class('Plain')
print(Plain.__bases__, type(Plain))

class Entries:
    def __mro_entries__(self, bases):
        return (int,)

e = Entries()
print(types.resolve_bases((e, str)) == (int, str), types.resolve_bases((str,)) == (str,))
R = types.new_class('R', (e,))
print(R.__bases__, R.__orig_bases__ == (e,), types.get_original_bases(R) == (e,),
      types.get_original_bases(int))
try:
    types.get_original_bases(1)
except TypeError as e2:
    print('TypeError', e2)

class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    types.new_class('Bad', (A1, A2))
except TypeError as e2:
    print('TypeError', e2)

# DynamicClassAttribute
class WithDyn:
    @types.DynamicClassAttribute
    def name(self):
        return 'instance value'
print(WithDyn().name)
try:
    WithDyn.name
except AttributeError:
    print('AttributeError on the class')

# coroutine
@types.coroutine
def legacy():
    value = yield 'suspended'
    return value * 2

async def user():
    return await legacy()

runner = user()
print(runner.send(None))
try:
    runner.send(21)
except StopIteration as stop:
    print('result', stop.value)
try:
    types.coroutine(1)
except TypeError as e2:
    print('TypeError', e2)
