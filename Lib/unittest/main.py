"""unittest.main(): the command line of a test module and of `python -m unittest`."""

import os
import sys

from . import loader, runner
from .signals import installHandler

__unittest = True

# Exit status when no test ran (and none was skipped).
_NO_TESTS_EXITCODE = 5

MAIN_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""


def _convert_name(name):
    """A path to a .py file (under the current directory) becomes a dotted name."""
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            relative = os.path.relpath(name, os.getcwd())
            if os.path.isabs(relative) or relative.startswith(os.pardir):
                return name
            name = relative
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    # -k foo means "contains foo" unless it is already a wildcard pattern.
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


def _help_width():
    # argparse uses the terminal width (COLUMNS) less 2.
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 80
    return columns - 2


def _wrap_parts(parts, indent, width, start):
    lines = []
    line = []
    used = start - 1
    for part in parts:
        if line and used + 1 + len(part) > width:
            lines.append(indent + ' '.join(line))
            line = []
            used = len(indent) - 1
        line.append(part)
        used += len(part) + 1
    if line:
        lines.append(indent + ' '.join(line))
    return lines


class _Options:
    """A small command-line parser for unittest's options (argparse-like output)."""

    def __init__(self, prog, program, discovery):
        self.prog = prog
        self.program = program
        self.discovery = discovery

    def _optional_actions(self):
        """(usage part, help column text, help) of each option, in argparse's order."""
        program = self.program
        actions = [('[-h]', '-h, --help', 'show this help message and exit'),
                   ('[-v]', '-v, --verbose', 'Verbose output'),
                   ('[-q]', '-q, --quiet', 'Quiet output'),
                   ('[--locals]', '--locals', 'Show local variables in tracebacks'),
                   ('[--durations N]', '--durations N',
                    'Show the N slowest test cases (N=0 for all)')]
        if program.failfast is None:
            actions.append(('[-f]', '-f, --failfast', 'Stop on first fail or error'))
        if program.catchbreak is None:
            actions.append(('[-c]', '-c, --catch', 'Catch Ctrl-C and display results so far'))
        if program.buffer is None:
            actions.append(('[-b]', '-b, --buffer', 'Buffer stdout and stderr during tests'))
        actions.append(('[-k TESTNAMEPATTERNS]', '-k TESTNAMEPATTERNS',
                        'Only run tests which match the given substring'))
        if self.discovery:
            actions.extend([
                ('[-s START]', '-s START, --start-directory START',
                 "Directory to start discovery ('.' default)"),
                ('[-p PATTERN]', '-p PATTERN, --pattern PATTERN',
                 "Pattern to match tests ('test*.py' default)"),
                ('[-t TOP]', '-t TOP, --top-level-directory TOP',
                 'Top level directory of project (defaults to start directory)'),
            ])
        return actions

    def _positional_actions(self):
        # Discovery's start/pattern/top positionals are hidden from the help.
        if self.discovery:
            return []
        return [('[tests ...]', 'tests',
                 'a list of any number of test modules, classes and test methods.')]

    def usage(self):
        prefix = 'usage: '
        optional = [part for part, _, _ in self._optional_actions()]
        positional = [part for part, _, _ in self._positional_actions()]
        whole = ' '.join([self.prog] + optional + positional)
        width = _help_width()
        if len(prefix) + len(whole) <= width:
            return prefix + whole
        # Too long for one line: wrap as argparse does, positionals on lines of their own.
        indent = ' ' * (len(prefix) + len(self.prog) + 1)
        lines = _wrap_parts([self.prog] + optional, indent, width, len(prefix))
        lines[0] = lines[0][len(indent):]
        if positional:
            lines.extend(_wrap_parts(positional, indent, width, len(indent)))
        return prefix + '\n'.join(lines)

    def help(self):
        """The text argparse would print for -h."""
        import textwrap
        width = _help_width()
        optional = self._optional_actions()
        positional = self._positional_actions()
        longest = max(len(name) for _, name, _ in optional + positional)
        column = min(longest + 4, 24)
        text_width = max(width - column, 11)

        def section(title, actions):
            out = [title]
            for _, name, text in actions:
                wrapped = textwrap.wrap(text, text_width)
                if len(name) + 4 <= column:
                    out.append('  ' + name.ljust(column - 4) + '  ' + wrapped[0])
                else:
                    out.append('  ' + name)
                    out.append(' ' * column + wrapped[0])
                out.extend(' ' * column + more for more in wrapped[1:])
            return out

        lines = [self.usage(), '']
        if positional:
            lines.extend(section('positional arguments:', positional))
            lines.append('')
        lines.extend(section('options:', optional))
        if self.discovery:
            lines.append('')
            lines.extend(textwrap.wrap('For test discovery all test modules must be '
                                       'importable from the top level directory of the '
                                       'project.', width))
        return '\n'.join(lines) + '\n'

    def fail(self, message):
        sys.stderr.write(self.usage() + '\n')
        sys.stderr.write('%s: error: %s\n' % (self.prog, message))
        sys.exit(2)

    def parse(self, args):
        """Set the program's attributes from args; returns the positional arguments."""
        program = self.program
        flags = {'v': 'verbose', 'q': 'quiet', 'h': 'help'}
        if program.failfast is None:
            flags['f'] = 'failfast'
        if program.catchbreak is None:
            flags['c'] = 'catch'
        if program.buffer is None:
            flags['b'] = 'buffer'
        valued = {'k': 'k'}
        if self.discovery:
            valued.update({'s': 'start', 'p': 'pattern', 't': 'top'})
        long_names = {'--verbose': 'verbose', '--quiet': 'quiet', '--help': 'help',
                      '--locals': 'locals', '--durations': '=durations'}
        if program.failfast is None:
            long_names['--failfast'] = 'failfast'
        if program.catchbreak is None:
            long_names['--catch'] = 'catch'
        if program.buffer is None:
            long_names['--buffer'] = 'buffer'
        if self.discovery:
            long_names.update({'--start-directory': '=start', '--pattern': '=pattern',
                               '--top-level-directory': '=top'})
        positional = []
        i = 0
        only_positional = False
        while i < len(args):
            arg = args[i]
            i += 1
            if only_positional or arg == '-' or not arg.startswith('-'):
                positional.append(arg)
                continue
            if arg == '--':
                only_positional = True
                continue
            if arg.startswith('--'):
                name, eq, value = arg.partition('=')
                matches = [key for key in long_names if key.startswith(name)]
                if name in long_names:
                    matches = [name]
                if len(matches) != 1:
                    if matches:
                        self.fail('ambiguous option: %s could match %s'
                                  % (name, ', '.join(matches)))
                    self.fail('unrecognized arguments: %s' % arg)
                action = long_names[matches[0]]
                if action.startswith('='):
                    if not eq:
                        if i >= len(args):
                            self.fail('argument %s: expected one argument' % matches[0])
                        value = args[i]
                        i += 1
                    self._store(action[1:], value, matches[0])
                else:
                    if eq:
                        self.fail("argument %s: ignored explicit argument '%s'"
                                  % (matches[0], value))
                    self._flag(action)
                continue
            # Short options, possibly grouped (-vf) or with an attached value (-kfoo).
            letters = arg[1:]
            while letters:
                letter, letters = letters[0], letters[1:]
                if letter in flags:
                    self._flag(flags[letter])
                elif letter in valued:
                    value = letters
                    letters = ''
                    if not value:
                        if i >= len(args):
                            self.fail('argument -%s: expected one argument' % letter)
                        value = args[i]
                        i += 1
                    self._store(valued[letter], value, '-' + letter)
                else:
                    self.fail('unrecognized arguments: %s' % arg)
        return positional

    def _flag(self, action):
        program = self.program
        if action == 'help':
            if self.discovery:
                sys.stdout.write(self.help())
            elif self.program.module is None:
                print(self.help())
                print(MODULE_EXAMPLES % {'prog': self.prog})
                # The discovery options follow, under their own usage line.
                sys.stdout.write(_Options(self.prog + ' discover', self.program, True).help())
            else:
                print(self.help())
                print(MAIN_EXAMPLES % {'prog': self.prog})
            sys.exit(0)
        elif action == 'verbose':
            program.verbosity = 2
        elif action == 'quiet':
            program.verbosity = 0
        elif action == 'locals':
            program.tb_locals = True
        elif action == 'failfast':
            program.failfast = True
        elif action == 'catch':
            program.catchbreak = True
        elif action == 'buffer':
            program.buffer = True

    def _store(self, action, value, option):
        program = self.program
        if action == 'k':
            if program.testNamePatterns is None:
                program.testNamePatterns = []
            program.testNamePatterns.append(_convert_select_pattern(value))
        elif action == 'durations':
            try:
                program.durations = int(value)
            except ValueError:
                self.fail("argument --durations: invalid int value: '%s'" % value)
        else:
            setattr(program, action, value)


class TestProgram:
    """Loads the tests named by the command line (or all of `module`) and runs them;
    exits with 0 on success, 1 on failure and 5 when no test ran, unless exit=False."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False,
                 durations=None):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.durations = durations
        if warnings is None and not sys.warnoptions:
            # As the runner does: show DeprecationWarnings unless told otherwise.
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        print(_Options(self.progName, self, False).help())
        sys.exit(2)

    def parseArgs(self, argv):
        if self.module is None and len(argv) > 1 and argv[1].lower() == 'discover':
            self._do_discovery(argv[2:])
            return
        self.tests = _Options(self.progName, self, False).parse(argv[1:])
        if self.module is None and not self.tests:
            # `python -m unittest` (maybe with options) discovers from the current dir.
            self._do_discovery([])
            return
        if self.tests:
            self.testNames = _convert_names(self.tests)
            if __name__ == '__main__':
                self.module = None
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            chosen = self.testLoader if Loader is None else Loader()
            self.test = chosen.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def _do_discovery(self, argv, Loader=None):
        self.start = '.'
        self.pattern = 'test*.py'
        self.top = None
        if argv is not None:
            prog = self.progName + ' discover' if self.module is None else self.progName
            positional = _Options(prog, self, True).parse(argv)
            if len(positional) > 3:
                _Options(prog, self, True).fail(
                    'unrecognized arguments: %s' % ' '.join(positional[3:]))
            for name, value in zip(('start', 'pattern', 'top'), positional):
                setattr(self, name, value)
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    test_runner = self.testRunner(
                        verbosity=self.verbosity, failfast=self.failfast,
                        buffer=self.buffer, warnings=self.warnings,
                        tb_locals=self.tb_locals, durations=self.durations)
                except TypeError:
                    # A runner class without tb_locals or durations.
                    test_runner = self.testRunner(
                        verbosity=self.verbosity, failfast=self.failfast,
                        buffer=self.buffer, warnings=self.warnings)
            except TypeError:
                # A runner class that takes none of these.
                test_runner = self.testRunner()
        else:
            test_runner = self.testRunner
        self.result = test_runner.run(self.test)
        if self.exit:
            if self.result.testsRun == 0 and not self.result.skipped:
                sys.exit(_NO_TESTS_EXITCODE)
            sys.exit(0 if self.result.wasSuccessful() else 1)


main = TestProgram
