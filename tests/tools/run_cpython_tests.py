#!/usr/bin/env python3
"""Runs modules of CPython's own test suite (`Lib/test/test_*.py` of an installed CPython)
under Ferrython with unittest, and prints how many tests ran, failed, errored and were
skipped in each.

Usage (with the machine's python3, which starts one Ferrython per module):

    python3 tests/tools/run_cpython_tests.py [options] test_bool test_int ...

Options:
    --ferrython PATH   the binary (default: target/release/ferrython of this repository,
                       or $FERRYTHON)
    --cpython-lib DIR  the CPython library holding test/ (default: the one of python3)
    --lib DIR          Ferrython's Lib/ to use (default: this repository's Lib, through
                       FERRYTHON_LIB)
    -v                 verbose unittest output (one line per test)
    --show             print each module's whole unittest output
    --timeout SECONDS  per module (default 600)
    --stub NAMES       comma-separated modules that Ferrython lacks, to be replaced by
                       stand-ins so that test modules importing them still load: any
                       attribute of a stand-in is a function raising NotImplementedError
                       (except that, given a single callable, it returns it, as a no-op
                       decorator), so the tests that use it fail as errors (a real module
                       of that name is always preferred)
    --no-load-tests    ignore the modules' load_tests() (which may need doctest)

Only CPython's `test` package is put on Ferrython's path: a temporary folder holds a
symlink named `test` to it, so CPython's other standard-library modules are never
imported over Ferrython's own. Nothing of CPython's is copied. A module that cannot be
imported (a missing module it needs) is reported with the ImportError.
"""

import argparse
import os
import re
import subprocess
import sys
import sysconfig
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# Run inside Ferrython: import test.<name> and run its tests with a TextTestRunner.
DRIVER = r'''
import sys
sys.path.insert(0, {root!r})
STUBS = {stubs!r}
if STUBS:
    import importlib.util

    class _Missing:
        def __init__(self, qualified):
            self.qualified = qualified
        def __call__(self, *args, **kwargs):
            # Used as a decorator at import time (typing.no_type_check): no-op.
            if len(args) == 1 and not kwargs and callable(args[0]):
                return args[0]
            raise NotImplementedError(self.qualified + ' is not available in Ferrython')
        def __getattr__(self, name):
            return _Missing(self.qualified + '.' + name)
        def __getitem__(self, key):
            # Module-level annotations such as typing.List[int] must not fail.
            return self
        def __or__(self, other):
            return self
        __ror__ = __or__
        def __mro_entries__(self, bases):
            return (object,)

    class _StubFinder:
        # Last on sys.meta_path: only modules that nothing else finds are stubbed.
        def find_spec(self, name, path=None, target=None):
            if name in STUBS:
                return importlib.util.spec_from_loader(name, self)
            return None
        def create_module(self, spec):
            return None
        def exec_module(self, module):
            stub_name = module.__name__
            module.__getattr__ = lambda attr: _Missing(stub_name + '.' + attr)

    sys.meta_path.append(_StubFinder())
sys.argv[0] = {name!r}
name = {name!r}
import unittest
try:
    module = __import__('test.' + name, fromlist=['*'])
except unittest.SkipTest as exc:
    print('MODULE-SKIPPED %s: %s' % (name, exc))
    sys.exit(0)
except BaseException as exc:
    import traceback
    traceback.print_exc()
    print('IMPORT-FAILED %s: %s: %s' % (name, type(exc).__name__, exc))
    sys.exit(3)
loader = unittest.TestLoader()
if {skip_load_tests!r} and hasattr(module, 'load_tests'):
    del module.load_tests
suite = loader.loadTestsFromModule(module)
runner = unittest.TextTestRunner(stream=sys.stdout, verbosity={verbosity})
result = runner.run(suite)
print('COUNTS ran=%d failures=%d errors=%d skipped=%d expected_failures=%d unexpected_successes=%d' % (
    result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
    len(result.expectedFailures), len(result.unexpectedSuccesses)))
'''


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('modules', nargs='+')
    parser.add_argument('--ferrython', default=os.environ.get(
        'FERRYTHON', os.path.join(REPO, 'target', 'release', 'ferrython')))
    parser.add_argument('--cpython-lib', default=sysconfig.get_paths()['stdlib'])
    parser.add_argument('--lib', default=os.path.join(REPO, 'Lib'))
    parser.add_argument('-v', action='store_true')
    parser.add_argument('--show', action='store_true')
    parser.add_argument('--timeout', type=float, default=600)
    parser.add_argument('--stub', default='')
    parser.add_argument('--no-load-tests', action='store_true')
    args = parser.parse_args()

    test_dir = os.path.join(args.cpython_lib, 'test')
    if not os.path.isdir(test_dir):
        sys.exit(f'no CPython test package at {test_dir}')
    with tempfile.TemporaryDirectory(prefix='ferrython-cpython-tests-') as root:
        os.symlink(test_dir, os.path.join(root, 'test'))
        env = dict(os.environ, FERRYTHON_LIB=args.lib, PYTHONDONTWRITEBYTECODE='1')
        totals = [0, 0, 0, 0]
        for name in args.modules:
            name = name[5:] if name.startswith('test.') else name
            name = name[:-3] if name.endswith('.py') else name
            stubs = sorted(filter(None, args.stub.split(',')))
            code = DRIVER.format(root=root, name=name, verbosity=2 if args.v else 1,
                                 stubs=stubs, skip_load_tests=args.no_load_tests)
            try:
                done = subprocess.run([args.ferrython, '-B', '-c', code], env=env,
                                      cwd=root, capture_output=True, text=True,
                                      errors='replace', timeout=args.timeout)
                output = done.stdout + done.stderr
                status = done.returncode
            except subprocess.TimeoutExpired as exc:
                output = exc.stdout or ''
                if isinstance(output, bytes):
                    output = output.decode('utf-8', 'replace')
                status = 'timeout'
            if args.show or args.v:
                print(output)
            counts = re.search(r'COUNTS ran=(\d+) failures=(\d+) errors=(\d+) skipped=(\d+)'
                               r' expected_failures=(\d+) unexpected_successes=(\d+)', output)
            if counts:
                ran, failures, errors, skipped = (int(counts.group(i)) for i in range(1, 5))
                for i, value in enumerate((ran, failures, errors, skipped)):
                    totals[i] += value
                print(f'{name}: ran={ran} failures={failures} errors={errors} '
                      f'skipped={skipped} passed={ran - failures - errors - skipped}')
                continue
            skipped = re.search(r'MODULE-SKIPPED [^:]*: (.*)', output)
            if skipped:
                print(f'{name}: skipped as a whole ({skipped.group(1)})')
                continue
            failed_import = re.search(r'IMPORT-FAILED .*', output)
            if failed_import:
                print(f'{name}: cannot be imported ({failed_import.group(0)[14:]})')
            else:
                tail = '\n    '.join(output.strip().splitlines()[-6:])
                print(f'{name}: did not finish (status {status})\n    {tail}')
        print(f'total: ran={totals[0]} failures={totals[1]} errors={totals[2]} '
              f'skipped={totals[3]}')


if __name__ == '__main__':
    main()
