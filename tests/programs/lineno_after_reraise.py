def lineno_after_raise(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__
    lines = []
    t = t.tb_next
    while t:
        frame = t.tb_frame
        lines.append((None if frame.f_lineno is None else frame.f_lineno-frame.f_code.co_firstlineno, t.tb_lineno - frame.f_code.co_firstlineno))
        t = t.tb_next
    print(f.__name__, lines)
class Noop:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        pass
def after_with():
    with Noop():
        1/0
        pass
def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass
def in_try():
    try:
        1/0
    finally:
        pass
def other_except():
    try:
        1/0
    except TypeError as ex:
        pass
for f in (after_with, in_named_except, in_try, other_except):
    lineno_after_raise(f)
def f():
    1/0
def g():
    1/0
c = g.__code__.replace(co_linetable=b'\xf8\xf8\xf8\xf9\xf8\xf8\xf8')
print(all(p == (None,) * 4 for p in c.co_positions()))
print([l for _, _, l in c.co_lines()])
t = g.__code__.co_linetable
print(type(t), g.__code__.replace(co_linetable=t).co_positions is not None)
print(list(g.__code__.replace(co_linetable=t).co_positions()) == list(g.__code__.co_positions()))
try:
    g.__code__.replace(co_linetable="x")
except TypeError as e:
    print(e)
