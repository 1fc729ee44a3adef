# getpass: the fallback reader (no terminal control), _raw_input, and getuser's environment order.
import getpass
import io
import os
import sys
import warnings

print(getpass.__all__, issubclass(getpass.GetPassWarning, UserWarning))

sys.stdin = io.StringIO('hunter2\nsecond line\nno newline')
out = io.StringIO()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(repr(getpass.fallback_getpass('Secret: ', out)))
print([(w.category.__name__, str(w.message)) for w in caught])
print(repr(out.getvalue()))
print(repr(getpass._raw_input('Again? ', out)))
print(repr(getpass._raw_input(stream=out)))
try:
    getpass._raw_input('', out)
except EOFError as e:
    print('EOFError', repr(str(e)))

# The prompt goes to stderr by default.
sys.stdin = io.StringIO('x\n')
sys.stderr, real_stderr = io.StringIO(), sys.stderr
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    value = getpass.fallback_getpass()
captured, sys.stderr = sys.stderr.getvalue(), real_stderr
print(repr(value), repr(captured))

for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(name, None)
os.environ['USERNAME'] = 'd'
os.environ['LNAME'] = 'c'
print(getpass.getuser())
os.environ['USER'] = 'b'
print(getpass.getuser())
os.environ['LOGNAME'] = 'a'
print(getpass.getuser())
os.environ['LOGNAME'] = ''
print(getpass.getuser())
for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    del os.environ[name]
# With no variable set the name comes from the pwd module, which the WebAssembly oracle lacks
# (process_lib_pwd_users checks the name itself): a str, or the ImportError.
try:
    print(type(getpass.getuser()).__name__)
except ImportError as e:
    print('str')
