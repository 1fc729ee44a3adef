# sched: a scheduler driven by a simulated clock; ordering, cancel, non-blocking run, queue.
import sched


class Clock:
    def __init__(self):
        self.now = 0

    def time(self):
        return self.now

    def sleep(self, delay):
        print('  sleep', delay)
        self.now += delay


clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
log = []


def act(name, *extra, **kw):
    log.append(name)
    print('  run', name, 'at', clock.now, extra, sorted(kw.items()))


e1 = s.enter(5, 1, act, ('five-low',))
e2 = s.enter(5, 0, act, ('five-high',))
e3 = s.enterabs(2, 0, act, ('two',), {'k': 1})
e4 = s.enter(5, 0, act, argument=('five-high-later',))
e5 = s.enterabs(9, 0, act, ('cancelled',))
print('event:', e3.time, e3.priority, e3.argument, e3.kwargs)
print('fields:', sched.Event._fields)
print('e2 < e4:', e2 < e4, ' e1 > e2:', e1 > e2, ' e3 < e1:', e3 < e1)
print('empty:', s.empty())
print('queue:', [(e.time, e.priority, e.argument) for e in s.queue])
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print('ValueError', e)
print('non-blocking:', s.run(blocking=False))
clock.now = 3
print('non-blocking at 3:', s.run(False))
print('run:', s.run())
print('log:', log)
print('empty:', s.empty(), s.queue, s.run(False))


# Events scheduled and cancelled from inside actions.
def chain(n):
    print('  chain', n, 'at', clock.now)
    if n:
        s.enter(1, 0, chain, (n - 1,))


s.enter(0, 0, chain, (2,))
doomed = s.enter(10, 0, act, ('never',))
s.enter(1, 0, s.cancel, (doomed,))
s.run()
print('empty:', s.empty())


# An exception from an action leaves the rest queued.
def boom():
    raise RuntimeError('boom')


s.enter(1, 0, boom)
s.enter(2, 0, act, ('after',))
try:
    s.run()
except RuntimeError as e:
    print('RuntimeError', e)
print('left:', [e.argument for e in s.queue])
s.run()
print(sched.__all__, type(sched.scheduler.queue).__name__)
