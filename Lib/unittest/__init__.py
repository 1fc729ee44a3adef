"""A unit testing framework in the style of JUnit (Python's unittest).

Tests are methods named test* of TestCase subclasses, written with the assert* methods;
unittest.main(), `python -m unittest` or a TextTestRunner runs them.
"""

from . import case as _case
from . import loader as _loader
from . import main as _main
from . import result as _result
from . import runner as _runner
from . import signals as _signals
from . import suite as _suite

# Frames of this package are hidden in failure tracebacks.
__unittest = True

# The public names, and the submodule that defines each.
_EXPORTS = {
    _case: ['FunctionTestCase', 'SkipTest', 'TestCase', 'addModuleCleanup',
            'doModuleCleanups', 'enterModuleContext', 'expectedFailure', 'skip',
            'skipIf', 'skipUnless'],
    _loader: ['TestLoader', 'defaultTestLoader', 'findTestCases', 'getTestCaseNames',
              'makeSuite'],
    _main: ['TestProgram', 'main'],
    _result: ['TestResult'],
    _runner: ['TextTestResult', 'TextTestRunner'],
    _signals: ['installHandler', 'registerResult', 'removeHandler', 'removeResult'],
    _suite: ['BaseTestSuite', 'TestSuite'],
}
for _module, _names in _EXPORTS.items():
    for _name in _names:
        globals()[_name] = getattr(_module, _name)

__all__ = sorted(name for names in _EXPORTS.values() for name in names
                 if name not in ('BaseTestSuite', 'TestProgram'))
__all__.append('IsolatedAsyncioTestCase')
del _module, _names, _name

# The name TextTestResult had before Python 3.2.
_TextTestResult = TextTestResult


def load_tests(loader, tests, pattern):
    # Test discovery inside this package looks for tests next to this file.
    import os.path
    return loader.discover(start_dir=os.path.dirname(__file__), pattern=pattern)


def __dir__():
    return globals().keys() | {'IsolatedAsyncioTestCase'}


def __getattr__(name):
    # IsolatedAsyncioTestCase needs asyncio: it is imported on first use only.
    if name != 'IsolatedAsyncioTestCase':
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    global IsolatedAsyncioTestCase
    from .async_case import IsolatedAsyncioTestCase
    return IsolatedAsyncioTestCase
