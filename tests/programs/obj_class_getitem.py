# __class_getitem__ and subscripting builtin generic types.
class Registry:
    def __class_getitem__(cls, item):
        return "%s[%r]" % (cls.__name__, item)


print(Registry[int], Registry["x"], Registry[1, 2])
print(type(Registry.__dict__["__class_getitem__"]).__name__)


class Sub(Registry):
    pass


print(Sub[str])

alias = list[int]
print(alias, alias.__origin__ is list, alias.__args__, type(alias).__name__)
print(dict[str, list[int]], tuple[int, ...], type[int])
print(list[int]([1, 2]), isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int[0]
except TypeError as e:
    print(type(e).__name__, e)


class WithGetitemOnInstance:
    def __getitem__(self, key):
        return "instance " + str(key)


print(WithGetitemOnInstance()[3])
try:
    WithGetitemOnInstance[3]
except TypeError as e:
    print(type(e).__name__, e)


class Meta(type):
    def __getitem__(cls, key):
        return "metaclass getitem " + str(key)


class UsesMeta(metaclass=Meta):
    def __class_getitem__(cls, key):
        return "class_getitem " + str(key)


print(UsesMeta[1])
print(list[int] == list[int], list[int] == list[str])
