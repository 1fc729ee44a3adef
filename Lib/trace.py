"""Line coverage, call listing and execution tracing for Python programs.

A `Trace` object runs code under `sys.settrace` and, depending on how it
was configured, prints every line as it executes, counts how many times
each line ran, records which functions were called, or records which
function called which.  `Trace.results()` hands the collected data to a
`CoverageResults`, which can merge data saved by earlier runs and write
annotated `<module>.cover` listings plus a summary table.

Run as a script (`python -m trace ...`) it does the same for a program or
module given on the command line; `python -m trace --help` lists the options.
"""

import linecache
import os
import pickle
import sys
import sysconfig
import threading
import token
import tokenize
from time import monotonic as _clock

__all__ = ['Trace', 'CoverageResults']

# A source line holding this marker is never reported as missed.
PRAGMA_NOCOVER = "#pragma NO COVER"


class _Ignore:
    """Decides, once per module name, whether a module is left untraced.

    A module is ignored when it, or a package containing it, is named in
    `modules`, or when its file lies below one of `dirs`.  Code without a
    file (filename None) and code compiled from a string are ignored too.
    """

    def __init__(self, modules=None, dirs=None):
        self._mods = set(modules or ())
        self._dirs = [os.path.normpath(d) for d in dirs or ()]
        # module name -> 1 (ignored) or 0; the answer never changes.
        self._ignore = {'<string>': 1}

    def names(self, filename, modulename):
        known = self._ignore.get(modulename)
        if known is None:
            known = self._ignore[modulename] = int(
                self._decide(filename, modulename))
        return known

    def _decide(self, filename, modulename):
        for mod in self._mods:
            if modulename == mod or modulename.startswith(mod + '.'):
                return True
        if filename is None:
            return True
        return any(filename.startswith(d + os.sep) for d in self._dirs)


def _modname(path):
    """The module name a file would have on its own: its base name."""
    return os.path.splitext(os.path.basename(path))[0]


def _fullmodname(path):
    """The dotted name of the file's module, relative to the longest
    `sys.path` entry that contains it (the whole path when none does)."""
    wanted = os.path.normcase(path)
    root = ""
    for entry in sys.path:
        entry = os.path.normcase(entry)
        inside = (wanted.startswith(entry)
                  and wanted[len(entry):len(entry) + 1] == os.sep)
        if inside and len(entry) > len(root):
            root = entry
    rest = path[len(root) + 1:] if root else path
    rest = os.path.splitdrive(rest)[1].replace(os.sep, ".")
    if os.altsep:
        rest = rest.replace(os.altsep, ".")
    return os.path.splitext(rest)[0].lstrip(".")


# --- which lines of a file hold code -----------------------------------

def _docstring_lines(filename, encoding=None):
    """Lines covered by a string that starts a statement (a docstring or
    a bare string expression): they are never executed on their own."""
    found = set()
    # A string right after an INDENT token opens a block: a docstring.
    previous = token.INDENT
    with open(filename, encoding=encoding) as f:
        for tok in tokenize.generate_tokens(f.readline):
            if tok.type == token.STRING and previous == token.INDENT:
                found.update(range(tok.start[0], tok.end[0] + 1))
            previous = tok.type
    return found


def _code_lines(code, skip):
    """Every line where an instruction of `code` or of a code object nested
    in it begins, leaving out the lines in `skip`."""
    lines = {}
    pending = [code]
    while pending:
        co = pending.pop()
        for _start, _end, line in co.co_lines():
            if line is not None and line not in skip:
                lines[line] = 1
        pending.extend(c for c in co.co_consts if isinstance(c, type(co)))
    return lines


def _find_executable_linenos(filename):
    """A dict whose keys are the executable lines of a source file."""
    try:
        with tokenize.open(filename) as f:
            source = f.read()
            encoding = f.encoding
    except OSError as err:
        print("Not printing coverage data for %r: %s" % (filename, err),
              file=sys.stderr)
        return {}
    code = compile(source, filename, "exec")
    return _code_lines(code, _docstring_lines(filename, encoding))


# --- results ------------------------------------------------------------

class CoverageResults:
    """What a Trace collected: line counts, called functions and callers.

    `counts` maps (filename, lineno) to a count, `calledfuncs` holds
    (filename, modulename, funcname) keys and `callers` holds pairs of
    those.  Data saved earlier in `infile` (by `outfile` of a previous
    run) is added to what is passed in.
    """

    def __init__(self, counts=None, calledfuncs=None, infile=None,
                 callers=None, outfile=None):
        self.counts = dict(counts or {})
        self.calledfuncs = dict(calledfuncs or {})
        self.callers = dict(callers or {})
        self.infile = infile
        self.outfile = outfile
        if infile:
            self._merge_saved(infile)

    def _merge_saved(self, path):
        try:
            with open(path, 'rb') as f:
                counts, calledfuncs, callers = pickle.load(f)
        except (OSError, EOFError, ValueError) as err:
            print("Skipping counts file %r: %s" % (path, err),
                  file=sys.stderr)
            return
        self.update(type(self)(counts, calledfuncs, callers=callers))

    def is_ignored_filename(self, filename):
        """Code compiled from a string (`<string>`, `<stdin>`...) has no file."""
        return filename.startswith('<') and filename.endswith('>')

    def update(self, other):
        """Add the counts and calls of another CoverageResults to these."""
        for key, n in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + n
        self.calledfuncs.update(dict.fromkeys(other.calledfuncs, 1))
        self.callers.update(dict.fromkeys(other.callers, 1))

    def write_results(self, show_missing=True, summary=False, coverdir=None):
        """Print the called functions and calling relationships, write one
        annotated `.cover` file per traced source file (into `coverdir`,
        else beside the source), print the summary table when asked, and
        save the data to `outfile` when there is one."""
        self._print_calledfuncs()
        self._print_callers()

        by_file = {}
        for (filename, lineno), n in self.counts.items():
            by_file.setdefault(filename, {})[lineno] = n

        table = {}
        for filename, hits in by_file.items():
            if self.is_ignored_filename(filename):
                continue
            # Counts recorded against compiled files annotate their source.
            filename = filename[:-1] if filename.endswith(".pyc") else filename
            if coverdir is None:
                where = os.path.dirname(os.path.abspath(filename))
                modulename = _modname(filename)
            else:
                where = coverdir
                os.makedirs(where, exist_ok=True)
                modulename = _fullmodname(filename)
            executable = _find_executable_linenos(filename) if show_missing else {}
            with open(filename, 'rb') as f:
                encoding = tokenize.detect_encoding(f.readline)[0]
            n_hits, n_lines = self._write_cover_file(
                os.path.join(where, modulename + ".cover"),
                linecache.getlines(filename), executable, hits, encoding)
            if summary and n_lines:
                table[modulename] = (n_lines, int(100 * n_hits / n_lines),
                                     modulename, filename)

        if summary and table:
            print("lines   cov%   module   (path)")
            for name in sorted(table):
                print("%5d   %3d%%   %s   (%s)" % table[name])

        if self.outfile:
            self._save(self.outfile)

    def _print_calledfuncs(self):
        if not self.calledfuncs:
            return
        print()
        print("functions called:")
        for filename, modulename, funcname in sorted(self.calledfuncs):
            print("filename: %s, modulename: %s, funcname: %s"
                  % (filename, modulename, funcname))

    def _print_callers(self):
        if not self.callers:
            return
        print()
        print("calling relationships:")
        # Callers are grouped by their file; a callee in another file is
        # announced with an arrow line once per run of such callees.
        current_file = current_callee_file = ""
        for caller, callee in sorted(self.callers):
            pfile, pmod, pfunc = caller
            cfile, cmod, cfunc = callee
            if pfile != current_file:
                print()
                print("***", pfile, "***")
                current_file, current_callee_file = pfile, ""
            if cfile != pfile and cfile != current_callee_file:
                print("  -->", cfile)
                current_callee_file = cfile
            print("    %s.%s -> %s.%s" % (pmod, pfunc, cmod, cfunc))

    def _write_cover_file(self, path, lines, executable, hits, encoding):
        """Write one annotated listing; return (lines hit, lines counted)."""
        try:
            out = open(path, "w", encoding=encoding)
        except OSError as err:
            print("trace: Could not open %r for writing: %s - skipping"
                  % (path, err), file=sys.stderr)
            return 0, 0
        n_hits = n_lines = 0
        with out:
            for lineno, text in enumerate(lines, 1):
                if lineno in hits:
                    prefix = "%5d: " % hits[lineno]
                    n_hits += 1
                    n_lines += 1
                elif lineno in executable and PRAGMA_NOCOVER not in text:
                    prefix = ">>>>>> "
                    n_lines += 1
                else:
                    prefix = "       "
                out.write(prefix + text.expandtabs(8))
        return n_hits, n_lines

    def _save(self, path):
        try:
            with open(path, 'wb') as f:
                pickle.dump((self.counts, self.calledfuncs, self.callers), f, 1)
        except OSError as err:
            print("Can't save counts files because %s" % err, file=sys.stderr)


# --- tracing ------------------------------------------------------------

class Trace:
    """Runs code under a trace function chosen by the constructor.

    count       count how many times each line executes
    trace       print each line before it executes
    countfuncs  record every function called (overridden by countcallers)
    countcallers record every (caller, callee) pair
    ignoremods  module names whose modules (and submodules) are skipped
    ignoredirs  directories whose modules are skipped
    infile      counts saved by an earlier run, merged into the results
    outfile     where `results().write_results()` saves the merged counts
    timing      prefix each traced line with the seconds since the start
    """

    def __init__(self, count=1, trace=1, countfuncs=0, countcallers=0,
                 ignoremods=(), ignoredirs=(), infile=None, outfile=None,
                 timing=False):
        self.infile = infile
        self.outfile = outfile
        self.ignore = _Ignore(ignoremods, ignoredirs)
        self.counts = {}
        self.trace = trace
        self._calledfuncs = {}
        self._callers = {}
        # code object -> name of the class it is a method of, or None
        self._class_of_code = {}
        self.start_time = _clock() if timing else None

        # `globaltrace` sees each new frame; `localtrace` its line events.
        self.donothing = 0
        self.localtrace = None
        if countcallers:
            self.globaltrace = self._record_caller
        elif countfuncs:
            self.globaltrace = self._record_function
        elif trace or count:
            self.globaltrace = self._enter_frame
            if trace and count:
                self.localtrace = self._line_trace_and_count
            elif trace:
                self.localtrace = self._line_trace
            else:
                self.localtrace = self._line_count
        else:
            self.donothing = 1

    # running code

    def run(self, cmd):
        """Run `cmd` (source or code) in the namespace of `__main__`."""
        import __main__
        namespace = __main__.__dict__
        self.runctx(cmd, namespace, namespace)

    def runctx(self, cmd, globals=None, locals=None):
        """Run `cmd` with exec() in the given namespaces, tracing all threads
        started meanwhile too."""
        if globals is None:
            globals = {}
        if locals is None:
            locals = {}
        # The tracer is set and removed right here: a helper function would
        # be traced itself on its way out.
        tracing = not self.donothing
        try:
            if tracing:
                threading.settrace(self.globaltrace)
                sys.settrace(self.globaltrace)
            exec(cmd, globals, locals)
        finally:
            if tracing:
                sys.settrace(None)
                threading.settrace(None)

    def runfunc(self, func, /, *args, **kw):
        """Call func(*args, **kw) under the tracer; return its result."""
        tracing = not self.donothing
        if tracing:
            sys.settrace(self.globaltrace)
        try:
            return func(*args, **kw)
        finally:
            if tracing:
                sys.settrace(None)

    def results(self):
        """A CoverageResults holding what was collected so far."""
        return CoverageResults(counts=self.counts, calledfuncs=self._calledfuncs,
                               callers=self._callers, infile=self.infile,
                               outfile=self.outfile)

    # naming frames

    def file_module_function_of(self, frame):
        """(filename, module name, function name) of a frame's code, the
        function name prefixed with its class for a method."""
        code = frame.f_code
        filename = code.co_filename
        modulename = _modname(filename) if filename else None
        if code not in self._class_of_code:
            self._class_of_code[code] = _class_name(code, frame.f_globals)
        clsname = self._class_of_code[code]
        funcname = code.co_name
        if clsname is not None:
            funcname = "%s.%s" % (clsname, funcname)
        return filename, modulename, funcname

    # global trace functions (the 'call' event of each new frame)

    def _record_caller(self, frame, why, arg):
        if why == 'call' and frame.f_back is not None:
            pair = (self.file_module_function_of(frame.f_back),
                    self.file_module_function_of(frame))
            self._callers[pair] = 1

    def _record_function(self, frame, why, arg):
        if why == 'call':
            self._calledfuncs[self.file_module_function_of(frame)] = 1

    def _enter_frame(self, frame, why, arg):
        if why != 'call':
            return None
        # The module's file, not the code's, decides what is ignored.
        filename = frame.f_globals.get('__file__', None)
        if not filename:
            return None
        modulename = _modname(filename)
        if self.ignore.names(filename, modulename):
            return None
        if self.trace:
            print(" --- modulename: %s, funcname: %s"
                  % (modulename, frame.f_code.co_name))
        return self.localtrace

    # local trace functions (the events inside a traced frame)

    def _line_count(self, frame, why, arg):
        if why == 'line':
            key = (frame.f_code.co_filename, frame.f_lineno)
            self.counts[key] = self.counts.get(key, 0) + 1
        return self.localtrace

    def _line_trace(self, frame, why, arg):
        if why == 'line':
            self._show_line(frame.f_code.co_filename, frame.f_lineno)
        return self.localtrace

    def _line_trace_and_count(self, frame, why, arg):
        if why == 'line':
            key = (frame.f_code.co_filename, frame.f_lineno)
            self.counts[key] = self.counts.get(key, 0) + 1
            self._show_line(*key)
        return self.localtrace

    def _show_line(self, filename, lineno):
        if self.start_time is not None:
            print('%.2f' % (_clock() - self.start_time), end=' ')
        text = linecache.getline(filename, lineno)
        where = "%s(%d)" % (os.path.basename(filename), lineno)
        if text:
            print(where + ": ", text, end='')
        else:
            print(where)


def _class_name(code, namespace):
    """Name of the class `code` is a plain method of, or None.

    The qualified name says where the function was defined.  For a class
    reachable from the module namespace, the method must still be the
    class's own attribute: wrapped ones (static and class methods,
    decorated functions) get no class name, as with CPython.
    """
    path = code.co_qualname.split('.')
    if len(path) < 2 or path[-2] == '<locals>':
        return None
    if '<locals>' in path:
        return path[-2]
    owner = namespace.get(path[0])
    for part in path[1:-1]:
        owner = getattr(owner, part, None)
    if not isinstance(owner, type):
        return None
    member = owner.__dict__.get(path[-1])
    if getattr(member, '__code__', None) == code:
        return path[-2]
    return None


# --- command line -------------------------------------------------------

def _option_parser():
    import argparse
    parser = argparse.ArgumentParser()
    # The version of the command line, unchanged for many releases.
    parser.add_argument('--version', action='version', version='trace 2.0')

    main = parser.add_argument_group(
        'Main options', 'One of these (or --report) must be given')
    main.add_argument(
        '-c', '--count', action='store_true',
        help='count how often each line runs and write <module>.cover files '
             'beside the modules (see --coverdir, --file and --no-report)')
    main.add_argument(
        '-t', '--trace', action='store_true',
        help='print every line to stdout before running it')
    main.add_argument(
        '-l', '--listfuncs', action='store_true',
        help='list the functions that ran at least once when the program '
             'ends; not together with --trace or --count')
    main.add_argument(
        '-T', '--trackcalls', action='store_true',
        help='list which functions called which when the program ends')

    mods = parser.add_argument_group('Modifiers')
    report = mods.add_mutually_exclusive_group()
    report.add_argument(
        '-r', '--report', action='store_true',
        help='run nothing: write the report of a counts file given with '
             '--file, made earlier by --count --file=FILE')
    report.add_argument(
        '-R', '--no-report', action='store_true',
        help='write no .cover files (to gather counts over several runs)')
    mods.add_argument(
        '-f', '--file', help='counts file kept across runs')
    mods.add_argument(
        '-C', '--coverdir',
        help='write the .cover files here, named after the dotted module')
    mods.add_argument(
        '-m', '--missing', action='store_true',
        help='mark executable lines that never ran with ">>>>>> "')
    mods.add_argument(
        '-s', '--summary', action='store_true',
        help='print a line per file with its coverage; only with --count '
             'or --report')
    mods.add_argument(
        '-g', '--timing', action='store_true',
        help='with --trace, start each line with the seconds elapsed')

    filters = parser.add_argument_group(
        'Filters', 'Each may be given more than once')
    filters.add_argument(
        '--ignore-module', action='append', default=[],
        help='skip these modules and their submodules (comma separated)')
    filters.add_argument(
        '--ignore-dir', action='append', default=[],
        help='skip modules below these directories (os.pathsep separated)')

    parser.add_argument('--module', action='store_true', default=False,
                        help='progname names a module to run, not a file')
    parser.add_argument('progname', nargs='?', help='the program to run')
    parser.add_argument('arguments', nargs=argparse.REMAINDER,
                        help='arguments passed to the program')
    return parser


def _expand_dir(text):
    """An --ignore-dir entry with ~, environment variables, $prefix and
    $exec_prefix expanded."""
    text = os.path.expanduser(os.path.expandvars(text))
    text = text.replace('$prefix', sysconfig.get_path('stdlib'))
    text = text.replace('$exec_prefix', sysconfig.get_path('platstdlib'))
    return os.path.normpath(text)


def _module_code(name):
    """(code, globals) to run module `name` as __main__ (a package runs
    its __main__ submodule), as `python -m` would."""
    import importlib.util
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise ImportError("No module named %s" % name)
    if spec.submodule_search_locations is not None:
        main_spec = importlib.util.find_spec(name + '.__main__')
        if main_spec is None:
            raise ImportError("No module named %s.__main__; %r is a package "
                              "and cannot be directly executed" % (name, name))
        spec = main_spec
    code = spec.loader.get_code(spec.name)
    if code is None:
        raise ImportError("No code object available for %s" % spec.name)
    namespace = {
        '__name__': '__main__',
        '__file__': code.co_filename,
        '__package__': spec.parent,
        '__loader__': spec.loader,
        '__spec__': spec,
        '__cached__': None,
    }
    return code, namespace


def _option_problem(opts):
    """The error message for options that cannot go together, or None."""
    if opts.report:
        return None if opts.file else '-r/--report requires -f/--file'
    if not (opts.trace or opts.count or opts.listfuncs or opts.trackcalls):
        return 'must specify one of --trace, --count, --report, --listfuncs, or --trackcalls'
    if opts.listfuncs and (opts.count or opts.trace):
        return 'cannot specify both --listfuncs and (--trace or --count)'
    if opts.summary and not opts.count:
        return '--summary can only be used with --count or --report'
    if opts.progname is None:
        return 'progname is missing: required with the main options'
    return None


def _run_program(tracer, progname, arguments, as_module):
    """Run a script file (or a module) as __main__ under the tracer."""
    if as_module:
        code, namespace = _module_code(progname)
        sys.argv = [code.co_filename, *arguments]
    else:
        sys.argv = [progname, *arguments]
        sys.path[0] = os.path.dirname(progname)
        import io
        with io.open_code(progname) as f:
            code = compile(f.read(), progname, 'exec')
        # As close to a script's own __main__ namespace as possible.
        namespace = {'__name__': '__main__', '__file__': progname,
                     '__cached__': None, '__package__': None}
    tracer.runctx(code, namespace, namespace)


def main():
    parser = _option_parser()
    opts = parser.parse_args()

    ignore_mods = [name.strip() for arg in opts.ignore_module
                   for name in arg.split(',')]
    ignore_dirs = [_expand_dir(part) for arg in opts.ignore_dir
                   for part in arg.split(os.pathsep)]

    problem = _option_problem(opts)
    if problem:
        parser.error(problem)
    if opts.report:
        # Only write the report of the counts saved in --file.
        saved = CoverageResults(infile=opts.file, outfile=opts.file)
        saved.write_results(opts.missing, opts.summary, opts.coverdir)
        return

    tracer = Trace(opts.count, opts.trace, countfuncs=opts.listfuncs,
                   countcallers=opts.trackcalls, ignoremods=ignore_mods,
                   ignoredirs=ignore_dirs, infile=opts.file,
                   outfile=opts.file, timing=opts.timing)
    try:
        _run_program(tracer, opts.progname, opts.arguments, opts.module)
    except SystemExit:
        pass  # the program's exit status is not the tracer's
    except OSError as err:
        sys.exit("Cannot run file %r because: %s" % (sys.argv[0], err))

    # Made even with --no-report: merging the --file counts reports a bad file.
    results = tracer.results()
    if not opts.no_report:
        results.write_results(opts.missing, opts.summary, opts.coverdir)


if __name__ == '__main__':
    main()
