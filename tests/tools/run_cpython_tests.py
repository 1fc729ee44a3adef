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
    --replace NAMES    comma-separated modules to be replaced by stand-ins (as --stub) even
                       though they exist: helpers of the test package that need a missing
                       module as soon as they are imported (test.support.socket_helper)
    --empty NAMES      comma-separated modules that Ferrython lacks, to be replaced by empty
                       modules: importing one works, `from NAME import x` raises ImportError
                       (for optional accelerators such as _json, which code imports inside
                       `try: ... except ImportError`; a real module is always preferred)
    --no-load-tests    ignore the modules' load_tests() (which may need doctest)
    --skip IDS         comma-separated tests not to run at all: a test id, or its end after a
                       dot (`ClassName.test_x`, `test_x`); for tests that hang, disturb the
                       tests after them, or pass only sometimes (timing), so they are neither
                       run nor recorded
    --jobs N           run N modules at once (default 1)
    --expect DIR       run the modules recorded in DIR (one NAME.txt per module: an
                       optional `# options: --stub=a,b --replace=d --empty=c --no-load-tests --skip=x,y` line, then the ids
                       of the tests that passed), or only those of them named, and exit 1
                       if a recorded test no longer passes (the test suite does this with
                       tests/cpython)
    --record           with --expect: rewrite the files with the tests passing now

Only CPython's `test` package is put on Ferrython's path: a temporary folder holds a
symlink named `test` to it, so CPython's other standard-library modules are never
imported over Ferrython's own. The processes the tests start find it too: FERRYTHON_LIB
names a temporary copy of `Lib/` made of symlinks, with `test` added. Nothing of CPython's is copied. A module that cannot be
imported (a missing module it needs) is reported with the ImportError.
"""

import argparse
import concurrent.futures
import os
import re
import signal
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
EMPTY = {empty!r}
REPLACE = {replace!r}
if STUBS or EMPTY or REPLACE:
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
            # A class of its own, so that several stubbed bases do not clash.
            return (type(self.qualified.rpartition('.')[2], (), {{}}),)

    class _StubFinder:
        # Last on sys.meta_path: only modules that nothing else finds are stubbed.
        def find_spec(self, name, path=None, target=None):
            if name in STUBS or name in EMPTY or name in REPLACE:
                return importlib.util.spec_from_loader(name, self)
            return None
        def create_module(self, spec):
            return None
        def exec_module(self, module):
            stub_name = module.__name__
            if stub_name in EMPTY:
                return
            module.__getattr__ = lambda attr: _Missing(stub_name + '.' + attr)
            # A package, so that stubbed submodules (`http.server`) can be imported from it.
            module.__path__ = []

    sys.meta_path.append(_StubFinder())

    class _ReplacingFinder(_StubFinder):
        # First on sys.meta_path: the --replace modules are stubbed although they exist.
        def find_spec(self, name, path=None, target=None):
            if name in REPLACE:
                return importlib.util.spec_from_loader(name, self)
            return None

    sys.meta_path.insert(0, _ReplacingFinder())
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
SKIP = {skip!r}
if SKIP:
    def _unskipped(suite):
        kept = []
        for test in suite:
            if isinstance(test, unittest.TestSuite):
                kept.append(_unskipped(test))
            elif not any(test.id() == s or test.id().endswith('.' + s) for s in SKIP):
                kept.append(test)
        return unittest.TestSuite(kept)
    suite = _unskipped(suite)
_passed = []
class _Recording(unittest.TextTestResult):
    # Successes as unittest reports them (a test with a failing subtest, or whose class
    # failed to set up, is not one).
    def addSuccess(self, test):
        super().addSuccess(test)
        _passed.append(test.id())
runner = unittest.TextTestRunner(stream=sys.stdout, verbosity={verbosity}, resultclass=_Recording)
result = runner.run(suite)
if {list_passing!r}:
    for _id in sorted(set(_passed)):
        print('PASSED ' + _id)
print('COUNTS ran=%d failures=%d errors=%d skipped=%d expected_failures=%d unexpected_successes=%d' % (
    result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
    len(result.expectedFailures), len(result.unexpectedSuccesses)))
'''


def kill_group(pid):
    """Kills what is left of the process group `pid` leads."""
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def run_module(args, root, env, name, stubs, no_load_tests, list_passing, skip=()):
    """Runs one test module under Ferrython; returns (status line, passing ids or None)."""
    stubs, empty, replace = stubs
    code = DRIVER.format(root=root, name=name, verbosity=2 if args.v else 1, stubs=stubs,
                         empty=empty, replace=replace,
                         skip_load_tests=no_load_tests, list_passing=list_passing,
                         skip=list(skip))
    # In a session of its own, so that the processes a test module starts (and leaves behind,
    # when it hangs) are killed with it.
    with subprocess.Popen([args.ferrython, '-B', '-c', code], env=env, cwd=root,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          errors='replace', start_new_session=True) as proc:
        try:
            out, err = proc.communicate(timeout=args.timeout)
            status = proc.returncode
        except subprocess.TimeoutExpired:
            kill_group(proc.pid)
            out, err = proc.communicate()
            status = 'timeout'
        kill_group(proc.pid)
    output = (out or '') + (err or '')
    if args.show or args.v:
        print(output)
    counts = re.search(r'COUNTS ran=(\d+) failures=(\d+) errors=(\d+) skipped=(\d+)'
                       r' expected_failures=(\d+) unexpected_successes=(\d+)', output)
    if counts:
        ran, failures, errors, skipped = (int(counts.group(i)) for i in range(1, 5))
        passing = re.findall(r'^PASSED (\S+)$', output, re.MULTILINE)
        # Failing subtests each count as a failure or error: with the list of passing tests,
        # the passed count is exact.
        passed = len(passing) if list_passing else ran - failures - errors - skipped
        line = (f'{name}: ran={ran} failures={failures} errors={errors} skipped={skipped} '
                f'passed={passed}')
        return line, (ran, failures, errors, skipped), set(passing)
    skipped = re.search(r'MODULE-SKIPPED [^:]*: (.*)', output)
    if skipped:
        return f'{name}: skipped as a whole ({skipped.group(1)})', None, set()
    failed_import = re.search(r'IMPORT-FAILED .*', output)
    if failed_import:
        return f'{name}: cannot be imported ({failed_import.group(0)[14:]})', None, set()
    tail = '\n    '.join(output.strip().splitlines()[-6:])
    return f'{name}: did not finish (status {status})\n    {tail}', None, set()


def standard_library_with_tests(root, lib, test_dir):
    """A folder under `root` that looks like Ferrython's `Lib/` with CPython's `test` package in
    it (symlinks only), to be Ferrython's standard library: the Python processes that tests
    start (`script_helper`, `subprocess` with `sys.executable`, often in isolated mode, which
    ignores PYTHONPATH) then import `test` as they would under CPython."""
    folder = os.path.join(root, 'lib')
    os.mkdir(folder)
    for entry in os.listdir(lib):
        if entry != 'test':
            os.symlink(os.path.join(lib, entry), os.path.join(folder, entry))
    os.symlink(test_dir, os.path.join(folder, 'test'))
    return folder


def read_expectation(path):
    """A recorded module: its options line (`# options: ...`) and its passing test ids."""
    options, ids = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line.startswith('# options:'):
                options = line[len('# options:'):].split()
            elif line and not line.startswith('#'):
                ids.append(line)
    return options, ids


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('modules', nargs='*')
    parser.add_argument('--ferrython', default=os.environ.get(
        'FERRYTHON', os.path.join(REPO, 'target', 'release', 'ferrython')))
    parser.add_argument('--cpython-lib', default=sysconfig.get_paths()['stdlib'])
    parser.add_argument('--lib', default=os.path.join(REPO, 'Lib'))
    parser.add_argument('-v', action='store_true')
    parser.add_argument('--show', action='store_true')
    parser.add_argument('--timeout', type=float, default=600)
    parser.add_argument('--stub', default='')
    parser.add_argument('--empty', default='')
    parser.add_argument('--replace', default='')
    parser.add_argument('--no-load-tests', action='store_true')
    parser.add_argument('--skip', default='')
    parser.add_argument('--jobs', type=int, default=1)
    parser.add_argument('--expect', metavar='DIR')
    parser.add_argument('--record', action='store_true')
    args = parser.parse_args()

    test_dir = os.path.join(args.cpython_lib, 'test')
    if not os.path.isdir(test_dir):
        sys.exit(f'no CPython test package at {test_dir}')
    # (name, (stubs, empty modules), no_load_tests, recorded ids or None, options, skipped tests) for each module.
    plan = []
    if args.expect:
        for file in sorted(os.listdir(args.expect)):
            if file.endswith('.txt') and (not args.modules or file[:-4] in args.modules):
                options, ids = read_expectation(os.path.join(args.expect, file))
                stubs = next((o.split('=', 1)[1] for o in options if o.startswith('--stub=')), '')
                empty = next((o.split('=', 1)[1] for o in options if o.startswith('--empty=')), '')
                skip = next((o.split('=', 1)[1] for o in options if o.startswith('--skip=')), '')
                replace = next((o.split('=', 1)[1] for o in options
                                if o.startswith('--replace=')), '')
                plan.append((file[:-4], (sorted(filter(None, stubs.split(','))),
                                         sorted(filter(None, empty.split(','))),
                                         sorted(filter(None, replace.split(',')))),
                             '--no-load-tests' in options, ids, options,
                             sorted(filter(None, skip.split(',')))))
    else:
        for name in args.modules:
            name = name[5:] if name.startswith('test.') else name
            name = name[:-3] if name.endswith('.py') else name
            plan.append((name, (sorted(filter(None, args.stub.split(','))),
                                sorted(filter(None, args.empty.split(','))),
                                sorted(filter(None, args.replace.split(',')))),
                         args.no_load_tests,
                         None, [], sorted(filter(None, args.skip.split(',')))))
    with tempfile.TemporaryDirectory(prefix='ferrython-cpython-tests-') as root:
        os.symlink(test_dir, os.path.join(root, 'test'))
        env = dict(os.environ, FERRYTHON_LIB=standard_library_with_tests(root, os.path.abspath(args.lib), test_dir),
                   PYTHONDONTWRITEBYTECODE='1')
        with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
            futures = [pool.submit(run_module, args, root, env, name, stubs, no_load,
                                   args.expect is not None, skip)
                       for name, stubs, no_load, _, _, skip in plan]
            results = [f.result() for f in futures]
    totals = [0, 0, 0, 0]
    regressions = []
    for (name, _, _, recorded, options, _), (line, counts, passing) in zip(plan, results):
        for i, value in enumerate(counts or ()):
            totals[i] += value
        if recorded is None:
            print(line)
            continue
        lost = [test for test in recorded if test not in passing]
        gained = len(passing - set(recorded))
        print(f'{line} (recorded {len(recorded)}, lost {len(lost)}, new {gained})')
        regressions += [f'{name}: {test} no longer passes' for test in lost]
        if args.record:
            with open(os.path.join(args.expect, name + '.txt'), 'w', encoding='utf-8') as f:
                f.write('# Tests of CPython\'s test.' + name + ' that pass on Ferrython'
                        ' (tests/tools/run_cpython_tests.py --expect ... --record).\n')
                if options:
                    f.write('# options: ' + ' '.join(options) + '\n')
                f.writelines(test + '\n' for test in sorted(passing))
    print(f'total: ran={totals[0]} failures={totals[1]} errors={totals[2]} skipped={totals[3]}')
    if regressions and not args.record:
        print('\n'.join(regressions))
        sys.exit(1)


if __name__ == '__main__':
    main()
