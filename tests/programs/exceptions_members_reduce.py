# The members of builtin exceptions through __reduce__, pickle and copy (OSError's filenames,
# ImportError's name and path), ImportError.__init__ resetting them, attributes that cannot be
# deleted, and SyntaxError's details tuple.
import copy
import pickle


def attempt(source):
    try:
        result = repr(eval(source))
    except Exception as e:
        result = f"{type(e).__name__}: {e}"
    print(source, "=>", result)


CASES = [
    "OSError('foo', 'bar', 'baz').__reduce__()",
    "OSError('foo', 'bar', 'baz').__reduce_ex__(2)",
    "OSError('foo', 'bar', 'baz', None, 'f2').__reduce__()",
    "OSError('foo', 'bar').__reduce__()",
    "OSError('foo').__reduce__()",
    "pickle.loads(pickle.dumps(OSError('foo', 'bar', 'baz'))).filename",
    "pickle.loads(pickle.dumps(OSError('foo', 'bar', 'baz', None, 'f2'))).filename2",
    "copy.copy(OSError('foo', 'bar', 'baz')).filename",
    "ImportError('test', name='n', path='p').__reduce__()",
    "ImportError('test').__reduce__()",
    "ImportError('t', name='n').__reduce_ex__(2)",
    "pickle.loads(pickle.dumps(ImportError('t', name='n'))).name",
    "pickle.loads(pickle.dumps(ImportError('t', path='p'))).path",
    "copy.copy(ImportError('t', name='n')).name",
    "copy.deepcopy(ImportError('t', name='n', path='p')).path",
    "ModuleNotFoundError('t', name='n').__reduce__()",
    "SyntaxError('bad bad', ('bad.py', 1, 2))",
    "SyntaxError('bad bad', ('bad.py', 1, 2, 4, 5, 6, 7))",
    "SyntaxError('bad bad', ('bad.py', 1, 2, 'abcdefg', 1))",
    "SyntaxError('bad bad', ('bad.py', 1, 2, 'abcdefg')).args",
    "SyntaxError('bad bad', ('bad.py', 1, 2, 'abcdefg', 1, 3)).end_offset",
    "delattr(Exception(), '__cause__')",
    "delattr(Exception(), '__context__')",
    "delattr(Exception(), '__traceback__')",
    "delattr(Exception(), '__suppress_context__')",
    "delattr(Exception(), 'args')",
    "setattr(Exception(), '__cause__', 1)",
]
for case in CASES:
    attempt(case)

e = ImportError("test", name="name", path="path")
e.__init__()
print(e.args, e.msg, e.name, e.path)
e = ImportError("test", name="name", path="path")
e.__init__("x", path="q")
print(e.args, e.msg, e.name, e.path)
e = Exception(1)
e.extra = 2
print(e.__reduce__())
