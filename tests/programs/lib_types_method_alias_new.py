# types.MethodType and types.GenericAlias called directly (contextlib builds bound methods and
# __class_getitem__ with them).
import types


class Box:
    def __init__(self, value):
        self.value = value


def show(self, suffix):
    return '%s%s' % (self.value, suffix)


bound = types.MethodType(show, Box(3))
print(bound('!'), bound.__self__.value, bound.__func__ is show, type(bound) is types.MethodType)
print(types.MethodType(len, 'abcd')())
for args in [(1, Box(1)), (show, None), (show,), ()]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(type(e).__name__, e)
alias = types.GenericAlias(list, int)
print(alias, alias.__origin__, alias.__args__, alias == list[int])
print(types.GenericAlias(dict, (str, int)), types.GenericAlias(tuple, (int, ...)).__args__)


class Generic:
    __class_getitem__ = classmethod(types.GenericAlias)


print(Generic[int], Generic[int, str].__args__, Generic[int]().__class__.__name__)
try:
    types.GenericAlias(list)
except TypeError as e:
    print(type(e).__name__, e)
