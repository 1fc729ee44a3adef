# A global or builtin stored under a str subclass key with its own __eq__ and __hash__ is found by
# name (the lookup falls back to Python comparison).
import builtins
class K(str):
    def __eq__(self, other):
        return str.__eq__(self, other)
    def __hash__(self):
        return str.__hash__(self)
builtins.__dict__[K("special_name")] = 42
print(special_name)
g = {}
g[K("x")] = 5
exec("print(x)", g)
try:
    print(not_there)
except NameError as e:
    print("NameError", e)
