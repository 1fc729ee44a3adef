# `X | Y` for types and aliases, their hashes, and objects deciding isinstance/issubclass.
print(int | int, int | None, (int | None).__args__, None | int)
print(list[int] | None, None | list[int], (int | str) | None, int | (str | bytes))
print(int | str == str | int, hash(int | str) == hash(str | int))
print(hash(list[int]) == hash(list[int]), {dict[str, int]: 1}[dict[str, int]])
for bad in [lambda: int | 3, lambda: 3 | int, lambda: list[int] | "x"]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Meta(type):
    def __or__(cls, other):
        return "Meta.__or__"

    def __ror__(cls, other):
        return "Meta.__ror__"


class K(metaclass=Meta):
    pass


print(int | K, K | int)


class Right:
    def __ror__(self, other):
        return f"Right.__ror__({other.__name__})"


print(int | Right())


class Checker:
    def __instancecheck__(self, obj):
        return isinstance(obj, int)

    def __subclasscheck__(self, cls):
        return cls is bool


print(isinstance(3, Checker()), isinstance("x", Checker()), issubclass(bool, Checker()))
print(isinstance(3, (str, Checker())))
try:
    isinstance(3, object())
except TypeError as e:
    print(e)


class DictMaker(type):
    __call__ = dict


class Made(metaclass=DictMaker):
    pass


print(Made(a=1), type(Made([("b", 2)])))
