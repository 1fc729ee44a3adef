import typing, types
print(typing.GenericAlias is types.GenericAlias)
print(repr(int | typing.GenericAlias(list, int)))
print(isinstance(typing._cleanups, list))
for f in typing._cleanups:
    f()
print((int | str).__args__, (typing.Union[int, str] | list).__args__)
