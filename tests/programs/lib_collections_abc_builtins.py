from collections import abc

# The builtin types define the methods the one-method ABCs look for.
print(issubclass(dict, abc.Reversible), issubclass(type({}.keys()), abc.Reversible))
print(isinstance(len, abc.Callable), isinstance(lambda: 0, abc.Callable),
      isinstance([].append, abc.Callable), isinstance(str.join, abc.Callable))
print(issubclass(bytes, abc.Buffer), issubclass(memoryview, abc.Buffer))
