import sys
import types

# Calling the interpreter's types builds new objects of them.
mod = types.ModuleType('mymod', 'the doc')
mod.value = 3
print(mod.__name__, mod.__doc__, mod.value, repr(mod))


class C:
    def __init__(self, v):
        self.v = v


def get(self):
    return self.v


bound = types.MethodType(get, C(5))
print(bound(), bound.__self__.v, bound.__func__ is get)

alias = types.GenericAlias(list, (int,))
print(alias, alias == list[int], types.GenericAlias(dict, (str, int)))

ns = type(sys.implementation)
print(ns is types.SimpleNamespace)
print(types.MappingProxyType is type(type.__dict__))

Dyn = type('Dyn', (), {})
print(Dyn.__module__)
