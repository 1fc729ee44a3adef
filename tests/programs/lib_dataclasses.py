from dataclasses import *
import dataclasses, copy

@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    hidden: int = field(default=5, repr=False, compare=False)

p = P(1)
print(p, P(1, 2, ["a"]), p == P(1), p == P(2), p.__match_args__)
print(P.__doc__, P.__init__.__qualname__, P.__repr__.__qualname__)
import re
print(re.sub(" object at 0x[0-9a-f]+", "", str(fields(P)[0])), len(fields(p)))
print(asdict(P(1, 2, [P(3)])), astuple(P(1, 2, [P(3)])))
print(replace(p, y=9), is_dataclass(P), is_dataclass(p), is_dataclass(3))
print(P.__hash__)
try: P()
except TypeError as e: print(e)
try: P(1, 2, 3, 4, 5)
except TypeError as e: print(e)

@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = "z"
f = F(1)
print(f, hash(f) == hash(F(1)), f < F(2), F(1, "a") < F(1, "b"), sorted([F(3), F(1), F(2)]))
try: f.a = 3
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del f.b
except FrozenInstanceError as e: print(e)
print(F.__lt__(f, 3))

@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K.__match_args__)
try: K(1)
except TypeError as e: print(e)

@dataclass
class M:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(M(1, b=2), M.__match_args__, M.__doc__)

@dataclass
class Iv:
    a: int
    scale: InitVar[int] = 2
    total: int = field(init=False)
    def __post_init__(self, scale):
        self.total = self.a * scale
print(Iv(3), Iv(3, 10), fields(Iv)[-1].name, re.sub(" object at 0x[0-9a-f]+", "", str(Iv.__dataclass_fields__["scale"])))
print(replace(Iv(3), scale=4))

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash((1,)))

@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
try: s.c = 1
except AttributeError as e: print("AttributeError")

@dataclass
class Base:
    a: int
    b: int = 1
@dataclass
class Derived(Base):
    c: int = 5
    a: int = 10
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])

for bad in ["mutable", "nodefault", "order", "frozen_mix", "no_annot", "both"]:
    try:
        if bad == "mutable":
            @dataclass
            class X: a: list = []
        elif bad == "nodefault":
            @dataclass
            class X:
                a: int = 1
                b: int
        elif bad == "order":
            @dataclass(order=True, eq=False)
            class X: a: int
        elif bad == "frozen_mix":
            @dataclass(frozen=True)
            class X(Base): pass
        elif bad == "no_annot":
            @dataclass
            class X: a = field()
        elif bad == "both":
            field(default=1, default_factory=list)
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)

C = make_dataclass("C", ["x", ("y", int), ("z", int, field(default=3))], namespace={"double": lambda self: self.x * 2})
c = C(1, 2)
print(c, c.double(), C.__module__ == __name__, [f.type for f in fields(C)])
@dataclass
class R:
    child: object = None
r = R(); r.child = r
print(r)
print(repr(field(default=1))[:60])
print(P.__dataclass_params__)
@dataclass
class WithRepr:
    a: int
    def __repr__(self): return "custom"
print(WithRepr(1))
try: fields(3)
except TypeError as e: print(e)
try: asdict(P)
except TypeError as e: print(e)
try: replace(Iv(1), total=3)
except ValueError as e: print(e)
print(P(1) != P(1), copy.deepcopy(P(1, 2, [1])))
import collections
NT = collections.namedtuple("NT", "a b")
@dataclass
class Holder:
    items: dict
    nt: tuple
print(asdict(Holder({"k": [P(1)]}, NT(P(2), 3))))
print(astuple(Holder({"k": P(1)}, NT(1, 2)), tuple_factory=list))
print(asdict(P(1), dict_factory=lambda pairs: sorted(pairs)))
print(InitVar[int], InitVar[list[int]])
match P(1, 2):
    case P(x, y): print("matched", x, y)
import pprint
@dataclass
class Big:
    name: str
    values: list
    inner: object = None
    secret: int = field(default=0, repr=False)
pprint.pprint(Big("n" * 30, list(range(30)), Big("x", [1, 2])), width=40)
pprint.pprint(WithRepr(1), width=5)
from dataclasses import dataclass
class Root: __slots__ = {'x'}
class Root2(Root): __slots__ = {'k': '...', 'j': ''}
class Root3(Root2): __slots__ = ['h']
class Root4(Root3): __slots__ = 'aa'
@dataclass(slots=True)
class Base(Root4):
    y: int
    j: str
    h: str
print(Base.__slots__)
