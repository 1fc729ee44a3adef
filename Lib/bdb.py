"""Debugger basics: the tracing machinery under pdb.

Bdb is installed as the trace function (sys.settrace) and turns the VM's
'call'/'line'/'return'/'exception' events into calls of user_call,
user_line, user_return and user_exception whenever the stepping state
(stopframe, returnframe, stoplineno) or a breakpoint says to stop.
Subclasses (pdb.Pdb) implement the user_* methods to talk to the user.
"""

import fnmatch
import os
import sys
from inspect import CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR

__all__ = ["BdbQuit", "Bdb", "Breakpoint"]

GENERATOR_AND_COROUTINE_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR


class BdbQuit(Exception):
    """Exception to give up completely."""


class Bdb:
    """Generic Python debugger base class.

    Concrete debuggers override the user_* hooks; this class decides when
    they are called.
    """

    def __init__(self, skip=None):
        # skip: glob patterns of module names never to stop in.
        self.skip = set(skip) if skip else None
        self.breaks = {}          # canonic filename -> [line numbers]
        self.fncache = {}         # filename -> canonic filename
        self.frame_returning = None
        self._load_breaks()

    def canonic(self, filename):
        """Absolute, case-normalised form of a file name.

        Pseudo file names such as "<string>" are returned unchanged.
        """
        if filename == "<" + filename[1:-1] + ">":
            return filename
        known = self.fncache.get(filename)
        if known is None:
            known = os.path.normcase(os.path.abspath(filename))
            self.fncache[filename] = known
        return known

    def reset(self):
        """Forget the stepping state before a new debugging run."""
        import linecache
        linecache.checkcache()
        self.botframe = None
        self._set_stopinfo(None, None)

    # -- event dispatch --------------------------------------------------------

    def trace_dispatch(self, frame, event, arg):
        """The trace function: route an event to its dispatch_ method.

        Returns the local trace function for the frame (None stops tracing
        in that frame).
        """
        if self.quitting:
            return None
        # Refresh the frame's f_locals snapshot: after a trace call the VM
        # writes that dict back into the frame's variables, and a stale one
        # (taken at an earlier stop) would undo later assignments.
        frame.f_locals
        if event == 'line':
            return self.dispatch_line(frame)
        if event == 'call':
            return self.dispatch_call(frame, arg)
        if event == 'return':
            return self.dispatch_return(frame, arg)
        if event == 'exception':
            return self.dispatch_exception(frame, arg)
        if event in ('c_call', 'c_exception', 'c_return', 'opcode'):
            return self.trace_dispatch
        print('bdb.Bdb.dispatch: unknown debugging event:', repr(event))
        return self.trace_dispatch

    def dispatch_line(self, frame):
        """A new line is about to run: stop if stepping or at a breakpoint."""
        if self.stop_here(frame) or self.break_here(frame):
            self.user_line(frame)
            if self.quitting:
                raise BdbQuit
        return self.trace_dispatch

    def dispatch_call(self, frame, arg):
        """A function is entered: trace it only if we may stop inside."""
        if self.botframe is None:
            # First call of a run: everything above it is the debugger's.
            self.botframe = frame.f_back
            return self.trace_dispatch
        if not (self.stop_here(frame) or self.break_anywhere(frame)):
            return None
        # Resuming a generator while stepping over it: no stop at its 'call'.
        if self.stopframe and frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS:
            return self.trace_dispatch
        self.user_call(frame, arg)
        if self.quitting:
            raise BdbQuit
        return self.trace_dispatch

    def dispatch_return(self, frame, arg):
        """A function returns (or a generator yields)."""
        if self.stop_here(frame) or frame is self.returnframe:
            # A generator suspending while being stepped over: not a real return.
            if self.stopframe and frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS:
                return self.trace_dispatch
            try:
                self.frame_returning = frame
                self.user_return(frame, arg)
            finally:
                self.frame_returning = None
            if self.quitting:
                raise BdbQuit
            # 'next' or 'until' finished in this frame: stop in the caller.
            if self.stopframe is frame and self.stoplineno != -1:
                self._set_stopinfo(None, None)
        return self.trace_dispatch

    def dispatch_exception(self, frame, arg):
        """An exception was raised (or passed through) in frame."""
        if self.stop_here(frame):
            # StopIteration ending a generator normally is not worth a stop.
            if not (frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS
                    and arg[0] is StopIteration and arg[2] is None):
                self.user_exception(frame, arg)
                if self.quitting:
                    raise BdbQuit
        elif (self.stopframe and frame is not self.stopframe
                and self.stopframe.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS
                and arg[0] in (StopIteration, GeneratorExit)):
            # The generator being stepped over ended: stop where it is consumed.
            self.user_exception(frame, arg)
            if self.quitting:
                raise BdbQuit
        return self.trace_dispatch

    # -- deciding whether to stop -----------------------------------------------

    def is_skipped_module(self, module_name):
        """True when module_name matches one of the skip patterns."""
        if module_name is None:
            return False
        return any(fnmatch.fnmatch(module_name, pattern) for pattern in self.skip)

    def stop_here(self, frame):
        """True when the stepping state asks to stop in frame."""
        if self.skip and self.is_skipped_module(frame.f_globals.get('__name__')):
            return False
        if frame is self.stopframe:
            if self.stoplineno == -1:
                return False
            return frame.f_lineno >= self.stoplineno
        return not self.stopframe

    def break_here(self, frame):
        """True when an effective breakpoint is at frame's current line
        (or, for function breakpoints, its first line)."""
        filename = self.canonic(frame.f_code.co_filename)
        lines = self.breaks.get(filename)
        if not lines:
            return False
        lineno = frame.f_lineno
        if lineno not in lines:
            lineno = frame.f_code.co_firstlineno
            if lineno not in lines:
                return False
        bp, flag = effective(filename, lineno, frame)
        if not bp:
            return False
        self.currentbp = bp.number
        if flag and bp.temporary:
            self.do_clear(str(bp.number))
        return True

    def do_clear(self, arg):
        """Remove a temporary breakpoint; debuggers must provide it."""
        raise NotImplementedError("subclass of bdb must implement do_clear()")

    def break_anywhere(self, frame):
        """True when frame's file has any breakpoint."""
        return self.canonic(frame.f_code.co_filename) in self.breaks

    # -- hooks for subclasses ----------------------------------------------------

    def user_call(self, frame, argument_list):
        """Called when we may stop right after entering a function."""
        pass

    def user_line(self, frame):
        """Called when we stop or break at a line."""
        pass

    def user_return(self, frame, return_value):
        """Called when a return event stops."""
        pass

    def user_exception(self, frame, exc_info):
        """Called when an exception event stops."""
        pass

    # -- stepping commands --------------------------------------------------------

    def _set_stopinfo(self, stopframe, returnframe, stoplineno=0):
        """Set where to stop next.

        stopframe: stop only in this frame (None: anywhere); returnframe:
        stop when it returns; stoplineno: in stopframe, stop at lines >= it
        (-1: never stop in stopframe).
        """
        self.stopframe = stopframe
        self.returnframe = returnframe
        self.quitting = False
        self.stoplineno = stoplineno

    def _set_caller_tracefunc(self, current_frame):
        # The caller may be untraced (tracing started below it); make it
        # report lines so that stepping out of current_frame stops there.
        caller = current_frame.f_back
        if caller and not caller.f_trace:
            caller.f_trace = self.trace_dispatch

    def set_until(self, frame, lineno=None):
        """Stop in frame at a line >= lineno (default: the next line), or
        when it returns."""
        if lineno is None:
            lineno = frame.f_lineno + 1
        self._set_stopinfo(frame, frame, lineno)

    def set_step(self):
        """Stop after one line of code, in whatever frame."""
        if self.frame_returning:
            self._set_caller_tracefunc(self.frame_returning)
        self._set_stopinfo(None, None)

    def set_next(self, frame):
        """Stop at the next line in frame (or when it returns)."""
        self._set_stopinfo(frame, None)

    def set_return(self, frame):
        """Stop when frame returns."""
        if frame.f_code.co_flags & GENERATOR_AND_COROUTINE_FLAGS:
            self._set_stopinfo(frame, None, -1)
        else:
            self._set_stopinfo(frame.f_back, frame)

    def set_trace(self, frame=None):
        """Start debugging from frame (default: the caller's frame)."""
        self.reset()
        if frame is None:
            frame = sys._getframe().f_back
        while frame:
            frame.f_trace = self.trace_dispatch
            self.botframe = frame
            frame = frame.f_back
        self.set_step()
        sys.settrace(self.trace_dispatch)

    def set_continue(self):
        """Run until a breakpoint; without breakpoints stop tracing at all."""
        self._set_stopinfo(self.botframe, None, -1)
        if not self.breaks:
            sys.settrace(None)
            frame = sys._getframe().f_back
            while frame and frame is not self.botframe:
                del frame.f_trace
                frame = frame.f_back

    def set_quit(self):
        """Stop debugging: the next event raises BdbQuit."""
        self.stopframe = self.botframe
        self.returnframe = None
        self.quitting = True
        sys.settrace(None)

    # -- breakpoints ---------------------------------------------------------------
    # self.breaks mirrors Breakpoint.bplist per file, for fast lookups.

    def _add_to_breaks(self, filename, lineno):
        lines = self.breaks.setdefault(filename, [])
        if lineno not in lines:
            lines.append(lineno)

    def set_break(self, filename, lineno, temporary=False, cond=None,
                  funcname=None):
        """Set a breakpoint; returns an error message, or None."""
        filename = self.canonic(filename)
        import linecache
        if not linecache.getline(filename, lineno):
            return 'Line %s:%d does not exist' % (filename, lineno)
        self._add_to_breaks(filename, lineno)
        Breakpoint(filename, lineno, temporary, cond, funcname)
        return None

    def _load_breaks(self):
        # Breakpoints are global: a new debugger sees those already set.
        for filename, lineno in Breakpoint.bplist.keys():
            self._add_to_breaks(filename, lineno)

    def _prune_breaks(self, filename, lineno):
        # Drop the line from self.breaks once no Breakpoint is left there.
        if (filename, lineno) not in Breakpoint.bplist:
            self.breaks[filename].remove(lineno)
        if not self.breaks[filename]:
            del self.breaks[filename]

    def clear_break(self, filename, lineno):
        """Delete the breakpoints at filename:lineno; error message or None."""
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return 'There are no breakpoints in %s' % filename
        if lineno not in self.breaks[filename]:
            return 'There is no breakpoint at %s:%d' % (filename, lineno)
        for bp in list(Breakpoint.bplist[filename, lineno]):
            bp.deleteMe()
        self._prune_breaks(filename, lineno)
        return None

    def clear_bpbynumber(self, arg):
        """Delete breakpoint number arg; error message or None."""
        try:
            bp = self.get_bpbynumber(arg)
        except ValueError as err:
            return str(err)
        bp.deleteMe()
        self._prune_breaks(bp.file, bp.line)
        return None

    def clear_all_file_breaks(self, filename):
        """Delete every breakpoint of a file; error message or None."""
        filename = self.canonic(filename)
        if filename not in self.breaks:
            return 'There are no breakpoints in %s' % filename
        for line in self.breaks[filename]:
            for bp in list(Breakpoint.bplist[filename, line]):
                bp.deleteMe()
        del self.breaks[filename]
        return None

    def clear_all_breaks(self):
        """Delete every breakpoint; error message or None."""
        if not self.breaks:
            return 'There are no breakpoints'
        for bp in Breakpoint.bpbynumber:
            if bp:
                bp.deleteMe()
        self.breaks = {}
        return None

    def get_bpbynumber(self, arg):
        """The Breakpoint numbered arg (a string or int); ValueError with a
        message for the user otherwise."""
        if not arg:
            raise ValueError('Breakpoint number expected')
        try:
            number = int(arg)
        except ValueError:
            raise ValueError('Non-numeric breakpoint number %s' % arg) from None
        try:
            bp = Breakpoint.bpbynumber[number]
        except IndexError:
            raise ValueError('Breakpoint number %d out of range' % number) from None
        if bp is None:
            raise ValueError('Breakpoint %d already deleted' % number)
        return bp

    def get_break(self, filename, lineno):
        """True when there is a breakpoint at filename:lineno."""
        filename = self.canonic(filename)
        return filename in self.breaks and lineno in self.breaks[filename]

    def get_breaks(self, filename, lineno):
        """The Breakpoints at filename:lineno (a list, maybe empty)."""
        filename = self.canonic(filename)
        if filename in self.breaks and lineno in self.breaks[filename]:
            return Breakpoint.bplist[filename, lineno]
        return []

    def get_file_breaks(self, filename):
        """The lines of filename that have breakpoints."""
        filename = self.canonic(filename)
        return self.breaks.get(filename, [])

    def get_all_breaks(self):
        """The {filename: [lines]} map of every breakpoint."""
        return self.breaks

    # -- stack inspection -------------------------------------------------------------

    def get_stack(self, f, t):
        """(stack, index): the (frame, lineno) pairs from botframe down to f,
        followed by the frames of traceback t; index is f's position (or the
        last entry's when f is None)."""
        stack = []
        if t and t.tb_frame is f:
            t = t.tb_next
        while f is not None:
            stack.append((f, f.f_lineno))
            if f is self.botframe:
                break
            f = f.f_back
        stack.reverse()
        index = max(0, len(stack) - 1)
        while t is not None:
            stack.append((t.tb_frame, t.tb_lineno))
            t = t.tb_next
        if f is None:
            index = max(0, len(stack) - 1)
        return stack, index

    def format_stack_entry(self, frame_lineno, lprefix=': '):
        """One line describing a stack entry: file(line)function()->retval: source."""
        import linecache
        frame, lineno = frame_lineno
        filename = self.canonic(frame.f_code.co_filename)
        text = '%s(%r)%s()' % (filename, lineno, frame.f_code.co_name or "<lambda>")
        f_locals = frame.f_locals
        if '__return__' in f_locals:
            text += '->' + _short_repr(f_locals['__return__'])
        if lineno is not None:
            line = linecache.getline(filename, lineno, frame.f_globals)
            if line:
                text += lprefix + line.strip()
        else:
            text += '%sWarning: lineno is None' % lprefix
        return text

    # -- running code under the debugger ------------------------------------------------

    def run(self, cmd, globals=None, locals=None):
        """Debug a statement (source string or code object) run with exec()."""
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        if isinstance(cmd, str):
            cmd = compile(cmd, "<string>", "exec")
        sys.settrace(self.trace_dispatch)
        try:
            exec(cmd, globals, locals)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runeval(self, expr, globals=None, locals=None):
        """Debug an expression run with eval(); returns its value."""
        if globals is None:
            import __main__
            globals = __main__.__dict__
        if locals is None:
            locals = globals
        self.reset()
        sys.settrace(self.trace_dispatch)
        try:
            return eval(expr, globals, locals)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)

    def runctx(self, cmd, globals, locals):
        """Same as run(); kept for backwards compatibility."""
        self.run(cmd, globals, locals)

    def runcall(self, func, /, *args, **kwds):
        """Debug a function call; returns its result (None after quit)."""
        self.reset()
        sys.settrace(self.trace_dispatch)
        result = None
        try:
            result = func(*args, **kwds)
        except BdbQuit:
            pass
        finally:
            self.quitting = True
            sys.settrace(None)
        return result


def set_trace():
    """Start debugging with a plain Bdb from the caller's frame."""
    Bdb().set_trace()


class Breakpoint:
    """A breakpoint, numbered from 1 in creation order.

    The class keeps every breakpoint in two places: bpbynumber (indexed by
    number; None once deleted) and bplist ((file, line) -> [Breakpoint]).
    """

    next = 1
    bplist = {}
    bpbynumber = [None]

    def __init__(self, file, line, temporary=False, cond=None, funcname=None):
        self.funcname = funcname
        # Line of the function's first 'line' event, learned on first hit.
        self.func_first_executable_line = None
        self.file = file
        self.line = line
        self.temporary = temporary
        self.cond = cond
        self.enabled = True
        self.ignore = 0
        self.hits = 0
        self.number = Breakpoint.next
        Breakpoint.next += 1
        self.bpbynumber.append(self)
        self.bplist.setdefault((file, line), []).append(self)

    @staticmethod
    def clearBreakpoints():
        """Forget every breakpoint and restart the numbering."""
        Breakpoint.next = 1
        Breakpoint.bplist = {}
        Breakpoint.bpbynumber = [None]

    def deleteMe(self):
        """Remove this breakpoint from the class's registries."""
        key = (self.file, self.line)
        self.bpbynumber[self.number] = None
        self.bplist[key].remove(self)
        if not self.bplist[key]:
            del self.bplist[key]

    def enable(self):
        """Mark the breakpoint enabled."""
        self.enabled = True

    def disable(self):
        """Mark the breakpoint disabled."""
        self.enabled = False

    def bpprint(self, out=None):
        """Print bpformat() to out (default sys.stdout)."""
        if out is None:
            out = sys.stdout
        print(self.bpformat(), file=out)

    def bpformat(self):
        """The breakpoint as pdb's 'break' listing shows it."""
        disposition = 'del  ' if self.temporary else 'keep '
        disposition += 'yes  ' if self.enabled else 'no   '
        lines = ['%-4dbreakpoint   %s at %s:%d'
                 % (self.number, disposition, self.file, self.line)]
        if self.cond:
            lines.append('\tstop only if %s' % (self.cond,))
        if self.ignore:
            lines.append('\tignore next %d hits' % (self.ignore,))
        if self.hits:
            plural = 's' if self.hits > 1 else ''
            lines.append('\tbreakpoint already hit %d time%s' % (self.hits, plural))
        return '\n'.join(lines)

    def __str__(self):
        return 'breakpoint %s at %s:%s' % (self.number, self.file, self.line)


def checkfuncname(b, frame):
    """True when breakpoint b applies at frame's current line.

    A line breakpoint needs the exact line; a function breakpoint needs the
    function's name and its first executed line.
    """
    if not b.funcname:
        return b.line == frame.f_lineno
    if frame.f_code.co_name != b.funcname:
        return False
    if not b.func_first_executable_line:
        b.func_first_executable_line = frame.f_lineno
    return b.func_first_executable_line == frame.f_lineno


def effective(file, line, frame):
    """(breakpoint, flag) for the breakpoint that stops at file:line now.

    Counts hits and ignores, evaluates conditions in frame.  flag is False
    when a condition raised (we stop, but a temporary breakpoint stays).
    (None, None) when nothing stops.
    """
    for b in Breakpoint.bplist[file, line]:
        if not b.enabled or not checkfuncname(b, frame):
            continue
        b.hits += 1
        if b.cond:
            try:
                if not eval(b.cond, frame.f_globals, frame.f_locals):
                    continue
            except:
                # A failing condition stops, to let the user look.
                return (b, False)
        if b.ignore > 0:
            b.ignore -= 1
            continue
        return (b, True)
    return (None, None)


# -- abbreviated reprs (what reprlib.repr gives) for stack entries -----------------

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
