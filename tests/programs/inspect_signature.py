# inspect.signature, Parameter, BoundArguments, getfullargspec, getattr_static and friends.
import inspect, functools
def f(a, b: int = 1, /, c=2, *args, d, e: 'str' = 'x', **kw) -> list[int]: pass
s = inspect.signature(f)
print(s, repr(s), s.parameters, s.return_annotation)
for p in s.parameters.values(): print(repr(p), str(p), p.kind, repr(p.kind), p.kind.description, p.default is p.empty)
print(inspect.Parameter.POSITIONAL_ONLY, int(inspect.Parameter.KEYWORD_ONLY), inspect.Parameter.empty, inspect.Signature.empty, inspect._empty)
class C:
    def __init__(self, x, y=3): pass
    def m(self, q): pass
    @classmethod
    def cm(cls, z): pass
    @staticmethod
    def sm(w): pass
print(inspect.signature(C), inspect.signature(C(1).m), inspect.signature(C.m), inspect.signature(C.cm), inspect.signature(C.sm))
print(inspect.signature(functools.partial(f, 1, 2, d=3)))
print(inspect.signature(lambda *, k: 0))
ba = s.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba, ba.args, ba.kwargs, ba.arguments)
ba = inspect.signature(f).bind(1, d=2); ba.apply_defaults(); print(ba)
for args, kw in [((), {}), ((1,2,3), {'c': 1, 'd': 2}), ((1,), {'a': 1, 'd': 2}), ((1,), {'d':1, 'zz': 1})]:
    try: inspect.signature(lambda a, b=1, *, d: 0).bind(*args, **kw)
    except TypeError as e: print(e)
try: inspect.signature(lambda a, /, b=1: 0).bind(a=1)
except TypeError as e: print(e)
class D:
    x = 1
    def __init__(self): self.y = 2
    @property
    def p(self): return 3
print(inspect.getattr_static(D(), 'y'), inspect.getattr_static(D(), 'x'), type(inspect.getattr_static(D, "p")).__name__)
print(inspect.cleandoc("""
    Hello
      world
    """), inspect.getdoc(D), inspect.isfunction(f), inspect.ismethod(C(1).m), inspect.isclass(C))
print(inspect.Signature([inspect.Parameter('a', inspect.Parameter.POSITIONAL_OR_KEYWORD, default=1, annotation=int)], return_annotation=str))
try: inspect.Signature([inspect.Parameter('a', 1, default=1), inspect.Parameter('b', 1)])
except ValueError as e: print(e)
try: inspect.Parameter('1a', 1)
except ValueError as e: print(e)
print(s.replace(return_annotation=inspect.Signature.empty), s == inspect.signature(f), hash(inspect.signature(lambda: 0)) == hash(inspect.signature(lambda: 0)))
print(inspect.getfullargspec(f))
print([n for n, _ in inspect.getmembers(D, inspect.isfunction)], [n for n, _ in inspect.getmembers(D()) if not n.startswith('__')])
print(inspect.getmro(C), inspect.unwrap(functools.wraps(f)(lambda: 0)) is f)
print(inspect.getfile(C.m) == __file__)
print(inspect.isabstract(D), inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f))
print(inspect.signature(f, follow_wrapped=False).parameters['b'].annotation, inspect.formatannotation(list[int]), inspect.formatannotation(int))


class Meta(type):
    def __call__(cls, token, *, flag=False):
        return super().__call__()


class WithMeta(metaclass=Meta):
    pass


class WithNew:
    def __new__(cls, a, b=2):
        return super().__new__(cls)


class Callable:
    def __call__(self, x, /, y):
        pass


class Sub(WithNew):
    def __init__(self, only):
        pass


print(inspect.signature(WithMeta), inspect.signature(WithNew), inspect.signature(Callable()),
      inspect.signature(Sub))


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(p, q=5):
    pass


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))


def has_sig():
    pass


has_sig.__signature__ = inspect.Signature([inspect.Parameter('z', inspect.Parameter.KEYWORD_ONLY)])
print(inspect.signature(has_sig))
for bad in [3, None]:
    try:
        inspect.signature(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
sig = inspect.signature(lambda a, b=2, *c, d, e=5, **f: 0)
ba = sig.bind(1, d=4, g=7)
print(ba.args, ba.kwargs, ba.arguments)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
pb = sig.bind_partial(d=1)
print(pb, pb.args, pb.kwargs)
print(inspect.getcallargs(lambda a, b=2, *c: 0, 1, 2, 3))
P = inspect.Parameter
print(P('x', P.KEYWORD_ONLY, default=None).replace(name='y', annotation=int))
print(P('x', P.POSITIONAL_ONLY) == P('x', P.POSITIONAL_ONLY), P('x', 0) == P('y', 0))
try:
    P('x', P.VAR_POSITIONAL, default=1)
except ValueError as e:
    print(e)
try:
    inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)])
except ValueError as e:
    print(e)
try:
    inspect.Signature([P('a', 0), P('a', 1)])
except ValueError as e:
    print(e)
print([str(k) for k in inspect._ParameterKind], [k.description for k in inspect._ParameterKind])
import typing
print(inspect.signature(lambda x: 0).replace(return_annotation=typing.List[int]))
print(inspect.formatannotation(typing.Optional[int]), inspect.formatannotation(inspect.Parameter))
print(inspect.get_annotations(wrapped), inspect.get_annotations(lambda a: 0))


def annotated(a: 'int', b: 'list[str]') -> 'bool':
    pass


print(inspect.get_annotations(annotated, eval_str=True), inspect.signature(annotated, eval_str=True))
