"""breakpoint() reaching pdb through sys.breakpointhook, with the
PYTHONBREAKPOINT variants (unset: pdb.set_trace; '0': disabled; a dotted
name: that callable, given breakpoint()'s arguments; unimportable: a
RuntimeWarning), and pdb commands after a set_trace stop in a nested call."""
import io
import os
import re
import sys
import warnings

FILE = os.path.basename(__file__)


def clean(text):
    return text.replace(os.path.abspath(__file__), FILE)


def hook(*args, **kwargs):
    print('hook called with', args, kwargs)
    return 'hook result'


def work(n):
    total = n * 2
    breakpoint()
    total += 1
    return total


def caller():
    return work(5) + 100


def debug(commands, func):
    saved = sys.stdin, sys.stdout
    sys.stdin = io.StringIO(commands)
    sys.stdout = buf = io.StringIO()
    try:
        result = func()
    except Exception as exc:
        result = type(exc).__name__
    finally:
        sys.stdin, sys.stdout = saved
    print(clean(buf.getvalue()))
    print('result', result)


os.environ.pop('PYTHONBREAKPOINT', None)
debug('p total\nn\np total\nup\np n\ndown\nr\nc\n', caller)

os.environ['PYTHONBREAKPOINT'] = '0'
debug('', caller)

os.environ['PYTHONBREAKPOINT'] = 'builtins.dict'
debug('', caller)
print(breakpoint(x=2, y=3))

os.environ['PYTHONBREAKPOINT'] = 'no_such_module_xyz.func'
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(breakpoint())
print([(w.category.__name__, str(w.message)) for w in caught])

os.environ['PYTHONBREAKPOINT'] = 'pdb.set_trace'
debug('p n\nq\n', caller)

os.environ.pop('PYTHONBREAKPOINT', None)
saved_hook = sys.breakpointhook
sys.breakpointhook = hook
print(breakpoint('a', b=3))
sys.breakpointhook = saved_hook
print(sys.breakpointhook is sys.__breakpointhook__)
