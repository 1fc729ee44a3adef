"""TestLoader: finding tests in classes, modules, dotted names and directories."""

import os
import re
import sys
import traceback
import warnings
from fnmatch import fnmatch, fnmatchcase
from functools import cmp_to_key
from types import FunctionType, ModuleType

from . import case
from .suite import TestSuite
from .util import three_way_cmp

__unittest = True

# The files discovery imports as test modules.
VALID_MODULE_NAME = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


class _FailedTest(case.TestCase):
    """A test that fails with an error met while loading (an import error, a failing
    load_tests, a missing attribute); it is named after what could not be loaded."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super().__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            return super().__getattribute__(name)
        problem = self._exception

        def testFailure():
            raise problem
        return testFailure


def _failed_suite(name, exception, suite_class, report):
    """(a suite holding a _FailedTest, the report to add to the loader's errors)."""
    return suite_class((_FailedTest(name, exception),)), report


def _import_failure(name, suite_class):
    # Called inside the except clause of the failed import.
    report = f'Failed to import test module: {name}\n{traceback.format_exc()}'
    return _failed_suite(name, ImportError(report), suite_class, report)


def _skipped_module(name, skip, suite_class):
    # A module that raised SkipTest on import shows as one skipped test.
    def testSkipped(self):
        pass
    stand_in = type("ModuleSkipped", (case.TestCase,),
                    {name: case.skip(str(skip))(testSkipped)})
    return suite_class((stand_in(name),))


def _is_test_case_class(obj):
    return isinstance(obj, type) and issubclass(obj, case.TestCase)


class TestLoader:
    """Makes suites (of suiteClass) of the tests in classes, modules, names and
    directories. Test methods are the callables whose names start with
    testMethodPrefix, ordered by sortTestMethodsUsing and, when testNamePatterns
    is set, only those whose full name matches one of its fnmatch patterns."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(three_way_cmp)
    testNamePatterns = None
    suiteClass = TestSuite
    _top_level_dir = None

    def __init__(self):
        super().__init__()
        # Reports of what failed to load; the failures are also returned as tests.
        self.errors = []
        # Packages whose tests are being loaded (discovery must not enter them again).
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of an instance of testCaseClass for each of its test methods."""
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        names = []
        if testCaseClass not in (case.TestCase, case.FunctionTestCase):
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *, pattern=None):
        """The tests of each TestCase class in the module, passed through the module's
        load_tests(loader, tests, pattern) when it has one."""
        classes = [value for value in (getattr(module, attr) for attr in dir(module))
                   if _is_test_case_class(value)
                   and value not in (case.TestCase, case.FunctionTestCase)]
        tests = self.suiteClass(self.loadTestsFromTestCase(cls) for cls in classes)
        hook = getattr(module, 'load_tests', None)
        if hook is None:
            return tests
        try:
            return hook(self, tests, pattern)
        except Exception as exc:
            report = f'Failed to call load_tests:\n{traceback.format_exc()}'
            failed, report = _failed_suite(module.__name__, exc, self.suiteClass, report)
            self.errors.append(report)
            return failed

    def _import_prefix(self, parts):
        """Import the longest importable prefix of a dotted name: (module, the parts
        after it, the failure to report if an attribute is then missing)."""
        pending = None
        for end in range(len(parts), 0, -1):
            try:
                module = __import__('.'.join(parts[:end]))
            except ImportError:
                pending = _import_failure(parts[end - 1], self.suiteClass)
                continue
            # __import__ returns the top package; the rest are attributes from it.
            return module, parts[1:], pending
        return None, None, pending

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name refers to (relative to module if given): a module,
        a TestCase class, a test method, a suite, or a callable returning a test."""
        parts = name.split('.')
        pending = None
        if module is None:
            module, parts, pending = self._import_prefix(parts)
            if module is None:
                failed, report = pending
                self.errors.append(report)
                return failed
        obj, parent = module, None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as exc:
                if pending is not None and getattr(obj, '__path__', None) is not None:
                    # Inside a package after a failed import: the import error is
                    # the better explanation.
                    failed, report = pending
                else:
                    report = f'Failed to access attribute:\n{traceback.format_exc()}'
                    failed, report = _failed_suite(part, exc, self.suiteClass, report)
                self.errors.append(report)
                return failed
        return self._tests_from_object(obj, parent, parts)

    def _tests_from_object(self, obj, parent, parts):
        if isinstance(obj, ModuleType):
            return self.loadTestsFromModule(obj)
        if _is_test_case_class(obj):
            return self.loadTestsFromTestCase(obj)
        if isinstance(obj, TestSuite):
            return obj
        if isinstance(obj, FunctionType) and _is_test_case_class(parent):
            instance = parent(parts[-1])
            # A static method is not a test method: it is called below instead.
            if not isinstance(getattr(instance, parts[-1]), FunctionType):
                return self.suiteClass([instance])
        if not callable(obj):
            raise TypeError("don't know how to make test from: %s" % obj)
        made = obj()
        if isinstance(made, TestSuite):
            return made
        if isinstance(made, case.TestCase):
            return self.suiteClass([made])
        raise TypeError("calling %s returned %s, not a test" % (obj, made))

    def loadTestsFromNames(self, names, module=None):
        """A suite of the tests of each name."""
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def _is_test_method(self, cls, attr):
        if not attr.startswith(self.testMethodPrefix):
            return False
        if not callable(getattr(cls, attr)):
            return False
        patterns = self.testNamePatterns
        if patterns is None:
            return True
        full_name = f'{cls.__module__}.{cls.__qualname__}.{attr}'
        return any(fnmatchcase(full_name, pattern) for pattern in patterns)

    def getTestCaseNames(self, testCaseClass):
        """The names of the test methods of testCaseClass, in order."""
        found = [attr for attr in dir(testCaseClass)
                 if self._is_test_method(testCaseClass, attr)]
        if self.sortTestMethodsUsing:
            found.sort(key=cmp_to_key(self.sortTestMethodsUsing))
        return found

    # -- discovery ---------------------------------------------------------------

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """The tests of the modules matching pattern in start_dir and its packages.

        Module names are relative to top_level_dir (by default start_dir, or the
        directory holding the package when start_dir is a dotted package name),
        which is put first on sys.path."""
        remembered = self._top_level_dir
        guessed_top = False
        if top_level_dir is None:
            top_level_dir = self._top_level_dir
        if top_level_dir is None:
            guessed_top = True
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir
        try:
            start_dir = self._start_directory(start_dir, top_level_dir, guessed_top)
            return self.suiteClass(list(self._find_tests(start_dir, pattern)))
        finally:
            self._top_level_dir = remembered

    def _start_directory(self, start_dir, top_level_dir, guessed_top):
        # start_dir is a directory, or the dotted name of a package.
        as_directory = os.path.abspath(start_dir)
        if os.path.isdir(as_directory):
            if (as_directory != top_level_dir and
                    not os.path.isfile(os.path.join(as_directory, '__init__.py'))):
                raise ImportError('Start directory is not importable: %r' % as_directory)
            return as_directory
        try:
            __import__(start_dir)
        except ImportError:
            raise ImportError('Start directory is not importable: %r' % start_dir) from None
        package = sys.modules[start_dir]
        location = getattr(package, '__file__', None)
        if location is None:
            raise TypeError("don't know how to discover from {!r}".format(package))
        if guessed_top:
            top_module = sys.modules[start_dir.split('.')[0]]
            top_file = os.path.abspath(top_module.__file__)
            base = os.path.dirname(top_file)
            if os.path.basename(top_file).lower().startswith('__init__.py'):
                base = os.path.dirname(base)
            self._top_level_dir = base
            sys.path.remove(top_level_dir)
        return os.path.abspath(os.path.dirname(location))

    def _get_name_from_path(self, path):
        """The dotted module name of a path under the top-level directory."""
        if path == self._top_level_dir:
            return '.'
        stem = os.path.splitext(os.path.normpath(path))[0]
        relative = os.path.relpath(stem, self._top_level_dir)
        assert not os.path.isabs(relative), "Path must be within the project"
        assert not relative.startswith('..'), "Path must be within the project"
        return relative.replace(os.path.sep, '.')

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        return fnmatch(path, pattern)

    def _find_tests(self, start_dir, pattern):
        """Yield the suites found in start_dir: its own (if it is a package), then
        those of its entries in name order, entering packages."""
        own_name = self._get_name_from_path(start_dir)
        if own_name != '.' and own_name not in self._loading_packages:
            tests, go_inside = self._find_test_path(start_dir, pattern)
            if tests is not None:
                yield tests
            if not go_inside:
                return
        for entry in sorted(os.listdir(start_dir)):
            path = os.path.join(start_dir, entry)
            tests, go_inside = self._find_test_path(path, pattern)
            if tests is not None:
                yield tests
            if go_inside:
                package = self._get_name_from_path(path)
                self._loading_packages.add(package)
                try:
                    yield from self._find_tests(path, pattern)
                finally:
                    self._loading_packages.discard(package)

    def _load_module_at(self, path):
        """(the module imported from path, or None; a suite standing for it when the
        import raised SkipTest or failed, else None)."""
        name = self._get_name_from_path(path)
        try:
            return self._get_module_from_name(name), None
        except case.SkipTest as skip:
            return None, _skipped_module(name, skip, self.suiteClass)
        except:
            failed, report = _import_failure(name, self.suiteClass)
            self.errors.append(report)
            return None, failed

    def _find_test_path(self, full_path, pattern):
        """(tests of a directory entry or None, whether to look inside it)."""
        if os.path.isfile(full_path):
            base = os.path.basename(full_path)
            if not VALID_MODULE_NAME.match(base) or not self._match_path(base, full_path,
                                                                         pattern):
                return None, False
            module, stand_in = self._load_module_at(full_path)
            if module is None:
                return stand_in, False
            self._check_location(module, full_path)
            return self.loadTestsFromModule(module, pattern=pattern), False
        if os.path.isdir(full_path):
            if not os.path.isfile(os.path.join(full_path, '__init__.py')):
                return None, False
            package, stand_in = self._load_module_at(full_path)
            if package is None:
                return stand_in, False
            name = self._get_name_from_path(full_path)
            self._loading_packages.add(name)
            try:
                tests = self.loadTestsFromModule(package, pattern=pattern)
            finally:
                self._loading_packages.discard(name)
            # A package with load_tests takes charge of its own contents.
            return tests, getattr(package, 'load_tests', None) is None
        return None, False

    @staticmethod
    def _check_location(module, full_path):
        # The module imported must be the file found, not one of the same name elsewhere.
        imported = os.path.realpath(os.path.splitext(getattr(module, '__file__', full_path))[0])
        expected = os.path.realpath(os.path.splitext(full_path)[0])
        if os.path.normcase(imported) != os.path.normcase(expected):
            raise ImportError(
                "%r module incorrectly imported from %r. Expected %r. "
                "Is this module globally installed?" % (
                    os.path.splitext(os.path.basename(full_path))[0],
                    os.path.dirname(imported), os.path.dirname(full_path)))


defaultTestLoader = TestLoader()


# The module-level loading functions, deprecated since Python 3.11.

def _loader_for(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    made = TestLoader()
    made.testMethodPrefix, made.sortTestMethodsUsing = prefix, sortUsing
    made.testNamePatterns = testNamePatterns
    if suiteClass:
        made.suiteClass = suiteClass
    return made


def _deprecated(old, new):
    warnings.warn(f"unittest.{old}() is deprecated and will be removed in Python 3.13. "
                  f"Please use unittest.TestLoader.{new}() instead.",
                  DeprecationWarning, stacklevel=3)


def getTestCaseNames(testCaseClass, prefix, sortUsing=three_way_cmp, testNamePatterns=None):
    _deprecated('getTestCaseNames', 'getTestCaseNames')
    return _loader_for(prefix, sortUsing,
                       testNamePatterns=testNamePatterns).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=three_way_cmp, suiteClass=TestSuite):
    _deprecated('makeSuite', 'loadTestsFromTestCase')
    return _loader_for(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=three_way_cmp, suiteClass=TestSuite):
    _deprecated('findTestCases', 'loadTestsFromModule')
    return _loader_for(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
