# contextlib._GeneratorContextManager under its CPython name: subclassing it to hook
# __enter__/__exit__, and the gen/func/args/kwds attributes.
from contextlib import _GeneratorContextManager, contextmanager, ExitStack


class Recording(_GeneratorContextManager):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []

    def __enter__(self):
        self.log.append('enter')
        return _GeneratorContextManager.__enter__(self)

    def __exit__(self, kind, value, tb):
        self.log.append(('exit', kind.__name__ if kind else None))
        return _GeneratorContextManager.__exit__(self, kind, value, tb)


def recording(func):
    def make(*args, **kwds):
        return Recording(func, args, kwds)
    return make


@recording
def resource(name, *, swallow=False):
    print('open', name)
    try:
        yield name.upper()
    except ValueError as e:
        print('caught', e)
        if not swallow:
            raise
    finally:
        print('close', name)


cm = resource('a')
print(cm.func.__name__, cm.args, cm.kwds)
with cm as value:
    print('inside', value)
print(cm.log)
print(hasattr(cm, 'args'), hasattr(cm, 'func'))

cm = resource('b', swallow=True)
with cm:
    raise ValueError('boom')
print(cm.log)

cm = resource('c')
try:
    with cm:
        raise ValueError('again')
except ValueError as e:
    print('propagated', e)
print(cm.log)


@contextmanager
def plain():
    yield 5

c = plain()
print(type(c).__name__, isinstance(c, _GeneratorContextManager))
print(type(c.gen).__name__)
with c as v:
    print(v, c.gen.gi_frame is None)
print(c.gen.gi_frame is None)

with ExitStack() as stack:
    stack.callback(print, 'callback ran')
    stack.enter_context(plain())
    print(len(stack._exit_callbacks))
