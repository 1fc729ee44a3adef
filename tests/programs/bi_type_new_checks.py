# type(name, bases, dict): the metaclass conflict of non-type bases, __base__ as the base whose
# layout the class extends, the checks of __slots__ (repeats of __dict__/__weakref__, variable-size
# bases), of __qualname__ and of a __doc__ that cannot be encoded, and the messages of each.


def t(label, f):
    try:
        r = f()
        if isinstance(r, type):
            r = 'class ' + r.__qualname__
        print(label, '->', repr(r))
    except BaseException as e:
        print(label, '!!', type(e).__name__, e)


class B:
    def ham(self):
        return 'ham%d' % self


class Slotted:
    __slots__ = ('a',)


C = type('C', (B, int), {'spam': lambda self: 'spam%s' % self})
print(C.__base__.__name__, [b.__name__ for b in C.__bases__], C(42).ham(), C(42).spam())
print(type('D', (B, Slotted), {}).__base__.__name__)
print(type('E', (B,), {}).__base__.__name__, type('F', (), {}).__base__.__name__)
print(bool.__base__.__name__, object.__base__, type('G', (Exception, B), {}).__base__.__name__)
t('bad base', lambda: type('A', (1,), {}))
t('bad base None', lambda: type('A', (None,), {}))
t('bool base', lambda: type('A', (bool,), {}))
t('int str', lambda: type('A', (int, str), {}))
t('bad dict', lambda: type('A', (), 1))
t('bad name', lambda: type(1, (), {}))
t('bad bases', lambda: type('A', [], {}))
t('nul name', lambda: type('A\x00B', (), {}))
t('surrogate name', lambda: type('A\udcdcB', (), {}))
t('kwargs', lambda: type('A', (), {}, x=1))
t('doc surrogate', lambda: type('A', (), {'__doc__': 'x\udcdcy'}))
for doc in 'x', 'x\x00y', b'x', 42, None:
    t('doc %r' % (doc,), lambda: type('A', (), {'__doc__': doc}).__doc__)
A = type('A', (), {})
A.__doc__ = 'x\udcdcy'
print('doc set later', ascii(A.__doc__))
t('qualname int', lambda: type('A', (), {'__qualname__': 1}))
t('qualname bytes', lambda: type('A', (), {'__qualname__': b'B'}))
t('qualname str', lambda: type('A', (), {'__qualname__': 'B.C'}))
t('slots int', lambda: type('A', (), {'__slots__': 1}))
t('slots bytes', lambda: type('A', (), {'__slots__': b'x'}))
t('slots empty str', lambda: type('A', (), {'__slots__': ''}))
t('slots digits', lambda: type('A', (), {'__slots__': '42'}))
t('slots nul', lambda: type('A', (), {'__slots__': 'x\x00y'}))
t('slots conflict', lambda: type('A', (), {'__slots__': 'x', 'x': 0}))
t('slots dict twice', lambda: type('A', (), {'__slots__': ('__dict__', '__dict__')}))
t('slots weakref twice', lambda: type('A', (), {'__slots__': ('__weakref__', '__weakref__')}))
t('slots dict over dict', lambda: type('A', (B,), {'__slots__': '__dict__'}))
t('slots weakref over dict', lambda: type('A', (B,), {'__slots__': '__weakref__'}))
t('slots weakref ok', lambda: type('A', (), {'__slots__': ('__weakref__', 'x')}))
for base in (int, bytes, tuple, str, float, list):
    for slots in ('x', '__dict__', ()):
        t('slots %r on %s' % (slots, base.__name__), lambda: type('A', (base,), {'__slots__': slots}))


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print('winner', type(type('H', (WithMeta,), {})).__name__)


class Other(type):
    pass


class WithOther(metaclass=Other):
    pass


t('conflict', lambda: type('I', (WithMeta, WithOther), {}))
