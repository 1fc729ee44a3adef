"""bdb.Bdb subclassed as a scripted tracer: the user_* hooks record each stop
and answer with a stepping command, which shows when Bdb decides to stop
(step, next, return, until, continue with breakpoints, conditions, ignore
counts, temporary breakpoints, function breakpoints, skip patterns), and the
Breakpoint bookkeeping (numbers, bpformat, clearing, error messages)."""
import bdb
import os
import sys

FILE = os.path.basename(__file__)


def helper(n):
    total = 0
    for i in range(n):
        total += i
    return total


def main():
    a = helper(3)
    b = helper(2)
    c = a + b
    return c


class Tracer(bdb.Bdb):
    def __init__(self, actions, **kw):
        super().__init__(**kw)
        self.actions = list(actions)

    def show(self, event, frame, extra=''):
        name = frame.f_code.co_name
        print('%-9s %s:%d %s %s' % (event, os.path.basename(frame.f_code.co_filename),
                                    frame.f_lineno, name, extra))

    def act(self, frame):
        action = self.actions.pop(0) if self.actions else 'quit'
        if isinstance(action, tuple):
            action, arg = action
        else:
            arg = None
        if action == 'step':
            self.set_step()
        elif action == 'next':
            self.set_next(frame)
        elif action == 'return':
            self.set_return(frame)
        elif action == 'until':
            self.set_until(frame, arg)
        elif action == 'continue':
            self.set_continue()
        elif action == 'quit':
            self.set_quit()

    def user_call(self, frame, args):
        self.show('call', frame)
        self.act(frame)

    def user_line(self, frame):
        self.show('line', frame, 'bp=%s' % getattr(self, 'currentbp', None))
        self.act(frame)

    def user_return(self, frame, value):
        self.show('return', frame, repr(value))
        self.act(frame)

    def user_exception(self, frame, info):
        self.show('exception', frame, info[0].__name__)
        self.act(frame)

    def do_clear(self, arg):
        print('do_clear', arg)
        self.clear_bpbynumber(arg)


def run(title, actions, setup=None, **kw):
    print('==', title)
    t = Tracer(actions, **kw)
    if setup:
        setup(t)
    print('result', t.runcall(main))
    bdb.Breakpoint.clearBreakpoints()


run('step', ['step'] * 6 + ['quit'])
run('next', ['step', 'next', 'next', 'next', 'next', 'next', 'next'])
run('return', ['step', 'step', 'step', 'return', 'next', 'continue'])
run('until', ['step', 'next', ('until', 18), 'continue'])


def breaks(t):
    print(t.set_break(__file__, 15))
    print(t.set_break(__file__, 16, temporary=True))
    print(t.set_break(__file__, 900).replace(os.path.abspath(__file__), FILE))
    print(t.set_break(__file__, 24, cond='a > 100'))
    bp = bdb.Breakpoint.bpbynumber[1]
    bp.ignore = 1
    for b in bdb.Breakpoint.bpbynumber[1:]:
        print(b.bpformat().replace(os.path.abspath(__file__), FILE))
    print(str(bdb.Breakpoint.bpbynumber[2]).replace(os.path.abspath(__file__), FILE))


run('breakpoints', ['step', 'continue', 'continue', 'continue', 'continue', 'continue'], breaks)


def funcbreak(t):
    t.set_break(__file__, 13, funcname='helper')
    t.set_break(__file__, 24, cond='1/0')


run('function breakpoint and failing condition', ['step'] + ['continue'] * 5, funcbreak)
run('skip', ['step'] * 8, skip=['__main__'])

print('== errors')
t = bdb.Bdb()
for arg in ['', 'x', '5', 5]:
    try:
        t.get_bpbynumber(arg)
    except ValueError as e:
        print('ValueError', e)
t.set_break(__file__, 15)
t.set_break(__file__, 15)
print(t.get_break(__file__, 15), t.get_break(__file__, 16))
print([b.number for b in t.get_breaks(__file__, 15)], t.get_file_breaks(__file__))
print(t.clear_bpbynumber('1'), t.clear_bpbynumber('1'))
print(t.clear_break(__file__, 16).replace(os.path.abspath(__file__), FILE))
print(t.clear_break(__file__, 15), t.get_all_breaks())
print(t.clear_break('nofile.py', 1).replace(os.getcwd(), '.'))
print(t.clear_all_breaks())
t.set_break(__file__, 15)
print(t.clear_all_file_breaks(__file__), t.clear_all_breaks())
print(t.canonic('<string>'), t.canonic(FILE) == os.path.abspath(__file__))
try:
    t.do_clear('1')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(issubclass(bdb.BdbQuit, Exception))
print(t.format_stack_entry((sys._getframe(), 5)).replace(os.path.abspath(__file__), FILE))
bp = bdb.Breakpoint('f.py', 3, funcname='g')
print(bp.number, bp.file, bp.line, bp.enabled, bp.hits)
bp.disable()
bp.hits = 1
print(bp.bpformat())
bp.enable()
bp.temporary = True
bp.hits = 2
print(bp.bpformat())
