"""Debugger basics: the tracing machinery under pdb.

A Bdb object is a trace function (see sys.settrace).  For every event the
interpreter reports it asks two questions -- does the current stepping
request want to stop here, and is a breakpoint hit here -- and when the
answer is yes it calls one of the hooks user_call, user_line, user_return
or user_exception, which concrete debuggers (pdb.Pdb) override to talk
to the user.  The hooks answer by calling set_step, set_next, set_return,
set_until, set_continue or set_quit, which record the next request.
"""

import fnmatch
import os
import sys
from inspect import CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR

__all__ = ["BdbQuit", "Bdb", "Breakpoint"]

# Code flags of functions whose frames suspend and resume.
GENERATOR_AND_COROUTINE_FLAGS = CO_GENERATOR | CO_ASYNC_GENERATOR | CO_COROUTINE


class BdbQuit(Exception):
    """Exception to give up completely."""


def _suspends(frame):
    """True for the frame of a generator, coroutine or async generator."""
    return bool(frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS)


def _default_namespace(globals, locals):
    # run()/runeval() default to __main__'s namespace.
    import __main__
    if globals is None:
        globals = vars(__main__)
    return globals, (globals if locals is None else locals)


class Bdb:
    """Generic Python debugger base class.

    The stepping request lives in three attributes: stopframe (the frame we
    want to stop in; None means any frame), returnframe (a frame whose
    return should stop us) and stoplineno (in stopframe, the first line
    worth a stop; -1 means never stop there).
    """

    def __init__(self, skip=None):
        # skip: glob patterns of module names never to stop in.
        self.skip = set(skip) if skip else None
        self.breaks = {}          # canonic file name -> [line numbers]
        self.fncache = {}         # file name -> canonic file name
        self._leaving = None      # the frame whose user_return is running
        for path, line in Breakpoint.bplist:
            self._remember_line(path, line)

    def canonic(self, filename):
        """Absolute, case-normalised form of a file name.

        Pseudo file names such as "<string>" are returned unchanged, and so
        are those of the modules built into the interpreter ("<ferrython>/Lib/bdb.py").
        """
        if filename.startswith('<'):
            return filename
        try:
            return self.fncache[filename]
        except KeyError:
            result = os.path.normcase(os.path.abspath(filename))
            self.fncache[filename] = result
            return result

    def reset(self):
        """Forget the stepping state before a new debugging run."""
        import linecache
        self.botframe = None
        self._aim(None, None)
        linecache.checkcache()

    # -- events ------------------------------------------------------------------

    _HANDLERS = {'line': 'dispatch_line', 'call': 'dispatch_call',
                 'return': 'dispatch_return', 'exception': 'dispatch_exception'}
    _IGNORED = frozenset(('c_call', 'c_exception', 'c_return', 'opcode'))

    def trace_dispatch(self, frame, event, arg):
        """The trace function itself: hands the event to dispatch_<event>.

        Its result is the local trace function for frame (None: stop
        tracing that frame).
        """
        if self.quitting:
            return None
        handler = self._HANDLERS.get(event)
        if handler is not None:
            if event == 'line':
                return self.dispatch_line(frame)
            return getattr(self, handler)(frame, arg)
        if event not in self._IGNORED:
            print('bdb.Bdb.dispatch: unknown debugging event:', repr(event))
        return self.trace_dispatch

    def _after_hook(self):
        # The hooks may have asked to quit: unwind the debugged code.
        if self.quitting:
            raise BdbQuit

    def dispatch_line(self, frame):
        """A line is about to run."""
        if self.stop_here(frame) or self.break_here(frame):
            self.user_line(frame)
            self._after_hook()
        return self.trace_dispatch

    def dispatch_call(self, frame, arg):
        """A function starts (or a generator resumes)."""
        if self.botframe is None:
            # The run's first call: whatever lies beneath belongs to us.
            self.botframe = frame.f_back
            return self.trace_dispatch
        wanted = self.stop_here(frame) or self.break_anywhere(frame)
        if not wanted:
            return None
        stepping_over = self.stopframe is not None and self.stopframe is not False
        if not (stepping_over and _suspends(frame)):
            self.user_call(frame, arg)
            self._after_hook()
        return self.trace_dispatch

    def dispatch_return(self, frame, arg):
        """A function returns (or a generator suspends)."""
        if not (frame is self.returnframe or self.stop_here(frame)):
            return self.trace_dispatch
        if self.stopframe and _suspends(frame):
            # A yield while stepping over the generator: not an exit.
            return self.trace_dispatch
        self._leaving = frame
        try:
            self.user_return(frame, arg)
        finally:
            self._leaving = None
        self._after_hook()
        if self.stopframe is frame and self.stoplineno != -1:
            # A 'next'/'until' ran out of its frame: stop in the caller.
            self._aim(None, None)
        return self.trace_dispatch

    def dispatch_exception(self, frame, arg):
        """An exception is raised in, or propagates through, frame."""
        kind = arg[0]
        if self.stop_here(frame):
            # A generator finishing normally raises a bare StopIteration.
            finished = _suspends(frame) and kind is StopIteration and arg[2] is None
            report = not finished
        else:
            # The generator we were stepping over ended: its consumer stops.
            target = self.stopframe
            report = (bool(target) and frame is not target and _suspends(target)
                      and kind in (StopIteration, GeneratorExit))
        if report:
            self.user_exception(frame, arg)
            self._after_hook()
        return self.trace_dispatch

    # -- stop decisions ------------------------------------------------------------

    def is_skipped_module(self, module_name):
        """True when module_name matches one of the skip patterns."""
        return module_name is not None and any(
            fnmatch.fnmatch(module_name, pattern) for pattern in self.skip)

    def stop_here(self, frame):
        """True when the stepping request wants a stop in frame."""
        if self.skip and self.is_skipped_module(frame.f_globals.get('__name__')):
            return False
        target = self.stopframe
        if frame is not target:
            return not target
        limit = self.stoplineno
        return limit != -1 and frame.f_lineno >= limit

    def break_here(self, frame):
        """True when an effective breakpoint sits at frame's line (for a
        function breakpoint: at the function's first line)."""
        path = self.canonic(frame.f_code.co_filename)
        marked = self.breaks.get(path) or ()
        for line in (frame.f_lineno, frame.f_code.co_firstlineno):
            if line in marked:
                break
        else:
            return False
        bp, definite = effective(path, line, frame)
        if bp is None:
            return False
        self.currentbp = bp.number
        if bp.temporary and definite:
            self.do_clear(str(bp.number))
        return True

    def do_clear(self, arg):
        """Remove a temporary breakpoint once hit; debuggers provide it."""
        raise NotImplementedError("subclass of bdb must implement do_clear()")

    def break_anywhere(self, frame):
        """True when frame's file has any breakpoint at all."""
        return self.canonic(frame.f_code.co_filename) in self.breaks

    # -- hooks ----------------------------------------------------------------------

    def user_call(self, frame, argument_list):
        """Hook: a function was entered where we may stop."""

    def user_line(self, frame):
        """Hook: stopped (or broke) at a line."""

    def user_return(self, frame, return_value):
        """Hook: stopped at a return."""

    def user_exception(self, frame, exc_info):
        """Hook: stopped at an exception."""

    # -- stepping requests ------------------------------------------------------------

    def _aim(self, frame, returning, first_line=0):
        # Record the next stop request (see the class docstring).
        self.stopframe = frame
        self.returnframe = returning
        self.stoplineno = first_line
        self.quitting = False

    def set_until(self, frame, lineno=None):
        """Stop in frame at a line >= lineno (default: the line after the
        current one), or when frame returns."""
        self._aim(frame, frame, frame.f_lineno + 1 if lineno is None else lineno)

    def set_step(self):
        """Stop at the very next event."""
        leaving = self._leaving
        if leaving is not None:
            # Stepping out of a return: the caller may be untraced (tracing
            # began below it); give it our function so that it reports lines.
            caller = leaving.f_back
            if caller is not None and not caller.f_trace:
                caller.f_trace = self.trace_dispatch
        self._aim(None, None)

    def set_next(self, frame):
        """Stop at the next line of frame, or when frame returns."""
        self._aim(frame, None)

    def set_return(self, frame):
        """Stop when frame returns."""
        if _suspends(frame):
            self._aim(frame, None, -1)
        else:
            self._aim(frame.f_back, frame)

    def set_trace(self, frame=None):
        """Start debugging at frame (default: the caller's frame)."""
        self.reset()
        current = sys._getframe().f_back if frame is None else frame
        while current is not None:
            current.f_trace = self.trace_dispatch
            self.botframe = current
            current = current.f_back
        self.set_step()
        # Installed last, so that no call made here is traced.
        sys.settrace(self.trace_dispatch)

    def set_continue(self):
        """Run on to the next breakpoint; with none, stop tracing."""
        self._aim(self.botframe, None, -1)
        if self.breaks:
            return
        sys.settrace(None)
        current = sys._getframe().f_back
        while current is not None and current is not self.botframe:
            del current.f_trace
            current = current.f_back

    def set_quit(self):
        """Give up: the next event raises BdbQuit."""
        self._aim(self.botframe, None)
        self.quitting = True
        sys.settrace(None)

    # -- breakpoints --------------------------------------------------------------------
    # self.breaks indexes Breakpoint.bplist by file for quick lookups.

    def _remember_line(self, path, line):
        known = self.breaks.setdefault(path, [])
        if line not in known:
            known.append(line)

    def _forget_line(self, path, line):
        # After deletions at path:line, keep self.breaks in step.
        known = self.breaks[path]
        if (path, line) not in Breakpoint.bplist:
            known.remove(line)
        if not known:
            del self.breaks[path]

    def set_break(self, filename, lineno, temporary=False, cond=None,
                  funcname=None):
        """Add a breakpoint; returns an error message or None."""
        import linecache
        path = self.canonic(filename)
        if not linecache.getline(path, lineno):
            return 'Line %s:%d does not exist' % (path, lineno)
        self._remember_line(path, lineno)
        Breakpoint(path, lineno, temporary, cond, funcname)
        return None

    def _check_location(self, path, lineno):
        if path not in self.breaks:
            return 'There are no breakpoints in %s' % path
        if lineno not in self.breaks[path]:
            return 'There is no breakpoint at %s:%d' % (path, lineno)
        return None

    def clear_break(self, filename, lineno):
        """Delete the breakpoints at filename:lineno; error message or None."""
        path = self.canonic(filename)
        problem = self._check_location(path, lineno)
        if problem:
            return problem
        for bp in Breakpoint.bplist[path, lineno][:]:
            bp.deleteMe()
        self._forget_line(path, lineno)
        return None

    def clear_bpbynumber(self, arg):
        """Delete breakpoint number arg; error message or None."""
        try:
            bp = self.get_bpbynumber(arg)
        except ValueError as exc:
            return str(exc)
        bp.deleteMe()
        self._forget_line(bp.file, bp.line)
        return None

    def clear_all_file_breaks(self, filename):
        """Delete every breakpoint of a file; error message or None."""
        path = self.canonic(filename)
        lines = self.breaks.pop(path, None)
        if lines is None:
            return 'There are no breakpoints in %s' % path
        for line in lines:
            for bp in Breakpoint.bplist[path, line][:]:
                bp.deleteMe()
        return None

    def clear_all_breaks(self):
        """Delete every breakpoint; error message or None."""
        if not self.breaks:
            return 'There are no breakpoints'
        self.breaks = {}
        for bp in [b for b in Breakpoint.bpbynumber if b is not None]:
            bp.deleteMe()
        return None

    def get_bpbynumber(self, arg):
        """The Breakpoint numbered arg (text or int).

        Raises ValueError, with a message meant for the user, otherwise.
        """
        table = Breakpoint.bpbynumber
        number = _as_number(arg)
        if not -len(table) <= number < len(table):
            raise ValueError('Breakpoint number %d out of range' % number)
        found = table[number]
        if found is None:
            raise ValueError('Breakpoint %d already deleted' % number)
        return found

    def get_break(self, filename, lineno):
        """True when there is a breakpoint at filename:lineno."""
        return lineno in self.breaks.get(self.canonic(filename), ())

    def get_breaks(self, filename, lineno):
        """The Breakpoints at filename:lineno (a list, maybe empty)."""
        path = self.canonic(filename)
        if lineno in self.breaks.get(path, ()):
            return Breakpoint.bplist[path, lineno]
        return []

    def get_file_breaks(self, filename):
        """The lines of filename holding breakpoints."""
        return self.breaks.get(self.canonic(filename), [])

    def get_all_breaks(self):
        """{canonic file name: [lines]} for every breakpoint."""
        return self.breaks

    # -- the stack -------------------------------------------------------------------------

    def get_stack(self, f, t):
        """(entries, index) where entries are (frame, lineno) pairs from the
        bottom frame up to f, then the frames of traceback t; index points
        at f (or, when f is None, at the last entry)."""
        if t is not None and t.tb_frame is f:
            t = t.tb_next
        chain = []
        current = f
        while current is not None:
            chain.append((current, current.f_lineno))
            if current is self.botframe:
                break
            current = current.f_back
        chain.reverse()
        index = len(chain) - 1
        while t is not None:
            chain.append((t.tb_frame, t.tb_lineno))
            t = t.tb_next
        if f is None:
            index = len(chain) - 1
        return chain, max(index, 0)

    def format_stack_entry(self, frame_lineno, lprefix=': '):
        """'file(line)function()->value: source' for one stack entry."""
        import linecache
        frame, lineno = frame_lineno
        path = self.canonic(frame.f_code.co_filename)
        pieces = ['%s(%r)%s()' % (path, lineno, frame.f_code.co_name or "<lambda>")]
        names = frame.f_locals
        if '__return__' in names:
            pieces.append('->' + _short_repr(names['__return__']))
        if lineno is None:
            pieces.append(lprefix + 'Warning: lineno is None')
        else:
            source = linecache.getline(path, lineno, frame.f_globals).strip()
            if source:
                pieces.append(lprefix + source)
        return ''.join(pieces)

    # -- running code under the debugger --------------------------------------------------

    # Each runner calls the debugged code itself (no helper frame between),
    # so that the runner's frame becomes botframe, the bottom of the stack.

    def _arm(self):
        self.reset()
        sys.settrace(self.trace_dispatch)


    def run(self, cmd, globals=None, locals=None):
        """Debug a statement (source text or code object)."""
        globals, locals = _default_namespace(globals, locals)
        code = compile(cmd, "<string>", "exec") if isinstance(cmd, str) else cmd
        self._arm()
        try:
            exec(code, globals, locals)
        except BdbQuit:
            return
        finally:
            sys.settrace(None)
            self.quitting = True

    def runeval(self, expr, globals=None, locals=None):
        """Debug an expression; returns its value."""
        globals, locals = _default_namespace(globals, locals)
        self._arm()
        try:
            value = eval(expr, globals, locals)
        except BdbQuit:
            value = None
        finally:
            sys.settrace(None)
            self.quitting = True
        return value

    def runctx(self, cmd, globals, locals):
        """Same as run(); kept for backwards compatibility."""
        self.run(cmd, globals, locals)

    def runcall(self, func, /, *args, **kwds):
        """Debug a function call; returns its result (None after a quit)."""
        self._arm()
        try:
            return func(*args, **kwds)
        except BdbQuit:
            return None
        finally:
            sys.settrace(None)
            self.quitting = True


def _as_number(arg):
    # The integer a breakpoint argument names, or ValueError for the user.
    if isinstance(arg, int) and arg:
        return arg
    text = str(arg).strip() if arg else ''
    if not text:
        raise ValueError('Breakpoint number expected')
    try:
        return int(text)
    except ValueError:
        pass
    raise ValueError('Non-numeric breakpoint number %s' % arg)


def set_trace():
    """Start debugging with a plain Bdb from the caller's frame."""
    Bdb().set_trace()


class Breakpoint:
    """A breakpoint, numbered from 1 in creation order.

    The class keeps registries of every breakpoint: bpbynumber (indexed by
    number, None once deleted) and bplist ((file, line) -> [Breakpoint]).
    """

    next = 1
    bplist = {}
    bpbynumber = [None]

    def __init__(self, file, line, temporary=False, cond=None, funcname=None):
        self.file, self.line = file, line
        self.temporary, self.cond, self.funcname = temporary, cond, funcname
        # For a function breakpoint: the line of its first 'line' event,
        # learned when the function is first entered.
        self.func_first_executable_line = None
        self.enabled = True
        self.ignore = self.hits = 0
        cls = Breakpoint
        self.number = cls.next
        cls.next = self.number + 1
        self.bpbynumber.append(self)
        self.bplist.setdefault((file, line), []).append(self)

    @staticmethod
    def clearBreakpoints():
        """Forget every breakpoint and restart the numbering."""
        Breakpoint.bpbynumber = [None]
        Breakpoint.bplist = {}
        Breakpoint.next = 1

    def deleteMe(self):
        """Remove this breakpoint from the registries."""
        key = (self.file, self.line)
        self.bpbynumber[self.number] = None
        siblings = self.bplist[key]
        siblings.remove(self)
        if not siblings:
            del self.bplist[key]

    def enable(self):
        """Mark the breakpoint enabled."""
        self.enabled = True

    def disable(self):
        """Mark the breakpoint disabled."""
        self.enabled = False

    def bpprint(self, out=None):
        """Print bpformat() to out (default: sys.stdout)."""
        print(self.bpformat(), file=sys.stdout if out is None else out)

    def bpformat(self):
        """The breakpoint as pdb's 'break' listing shows it."""
        disp = ('del  ' if self.temporary else 'keep ') + ('yes  ' if self.enabled else 'no   ')
        text = '%-4dbreakpoint   %s at %s:%d' % (self.number, disp, self.file, self.line)
        if self.cond:
            text += '\n\tstop only if %s' % (self.cond,)
        if self.ignore:
            text += '\n\tignore next %d hits' % (self.ignore,)
        if self.hits:
            text += '\n\tbreakpoint already hit %d time%s' % (
                self.hits, '' if self.hits == 1 else 's')
        return text

    def __str__(self):
        return 'breakpoint %s at %s:%s' % (self.number, self.file, self.line)


def checkfuncname(b, frame):
    """True when breakpoint b applies at frame's current line.

    A line breakpoint wants its exact line; a function breakpoint wants its
    function's name and that function's first executed line.
    """
    if not b.funcname:
        return frame.f_lineno == b.line
    if b.funcname != frame.f_code.co_name:
        return False
    if not b.func_first_executable_line:
        b.func_first_executable_line = frame.f_lineno
    return frame.f_lineno == b.func_first_executable_line


def _condition_holds(bp, frame):
    # True/False for the condition's value; None when evaluating it fails.
    try:
        return bool(eval(bp.cond, frame.f_globals, frame.f_locals))
    except:
        return None


def effective(file, line, frame):
    """(breakpoint, flag) for the breakpoint that stops at file:line now.

    Hits and ignore counts are updated, conditions evaluated in frame.
    flag is False when the condition raised (we stop to let the user see,
    but a temporary breakpoint is kept).  (None, None) when nothing stops.
    """
    for bp in Breakpoint.bplist[file, line]:
        if not (bp.enabled and checkfuncname(bp, frame)):
            continue
        bp.hits += 1
        if bp.cond:
            verdict = _condition_holds(bp, frame)
            if verdict is None:
                return bp, False
            if not verdict:
                continue
        if bp.ignore > 0:
            bp.ignore -= 1
            continue
        return bp, True
    return None, None


# -- abbreviated reprs for stack entries (the stand-in for reprlib.repr) ---------
_MAX_STRING = 30
_MAX_OTHER = 30
_MAX_LONG = 40
_MAX_LEVEL = 6
_MAX_ITEMS = {tuple: 6, list: 6, set: 6, frozenset: 6, dict: 4}


def _shorten(text, limit):
    # Keep both ends of an over-long text around '...'.
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


def _short_repr(obj, level=_MAX_LEVEL):
    """repr(obj) with long containers, strings and numbers abbreviated."""
    kind = type(obj)
    if kind is str:
        text = repr(obj[:_MAX_STRING])
        if len(text) > _MAX_STRING:
            head = max(0, (_MAX_STRING - 3) // 2)
            tail = max(0, _MAX_STRING - 3 - head)
            text = repr(obj[:head] + obj[len(obj) - tail:])
            text = text[:head] + '...' + text[len(text) - tail:]
        return text
    if kind is int:
        return _shorten(repr(obj), _MAX_LONG)
    if kind in (tuple, list, set, frozenset):
        if kind in (set, frozenset) and not obj:
            return repr(obj)
        if kind is tuple:
            left, right = '(', ')'
        elif kind is list:
            left, right = '[', ']'
        elif kind is set:
            left, right = '{', '}'
        else:
            left, right = 'frozenset({', '})'
        if not obj:
            return left + right
        if level <= 0:
            return left + '...' + right
        limit = _MAX_ITEMS[kind]
        items = list(obj)
        if kind in (set, frozenset):
            try:
                items = sorted(items)
            except Exception:
                pass
        parts = [_short_repr(x, level - 1) for x in items[:limit]]
        if len(items) > limit:
            parts.append('...')
        text = ', '.join(parts)
        if kind is tuple and len(items) == 1:
            text += ','
        return left + text + right
    if kind is dict:
        if not obj:
            return '{}'
        if level <= 0:
            return '{...}'
        keys = list(obj)
        try:
            keys = sorted(keys)
        except Exception:
            pass
        parts = ['%s: %s' % (_short_repr(k, level - 1), _short_repr(obj[k], level - 1))
                 for k in keys[:_MAX_ITEMS[dict]]]
        if len(keys) > _MAX_ITEMS[dict]:
            parts.append('...')
        return '{' + ', '.join(parts) + '}'
    try:
        text = repr(obj)
    except Exception as exc:
        return '<%s instance at %#x>' % (kind.__name__, id(obj))
    return _shorten(text, _MAX_OTHER)
