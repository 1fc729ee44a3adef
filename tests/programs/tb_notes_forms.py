# Notes as the traceback prints them: str() of each note of a list, repr() of a __notes__
# that is not a sequence, "<note str() failed>", notes inside nested exception groups.
print("notes")
e = ValueError('a')
e.__notes__ = ['ok', 5, 'x\ny']
class BadStr:
    def __str__(self): raise RuntimeError
e.__notes__.append(BadStr())
try:
    raise e
except ValueError:
    pass
e2 = KeyError('k')
e2.__notes__ = 'not a list'
def inner():
    raise ExceptionGroup('outer', [ExceptionGroup('mid', [e, TypeError('t')]), e2])
inner()
