# PEP 695: type aliases and type parameters on functions and classes.
type A = int
type B[T] = list[T]
type C[T, U] = dict[T, U]
type D[T: int] = T
type E[T: (int, str)] = T
type F[*Ts] = tuple[*Ts]
type G[**P] = Callable[P, int]
type H[T, *Ts, **P] = tuple[T, *Ts]
type I[T,] = T
type J = lambda: 0
type K[T: "forward"] = T
type L = int | str | None
def f[T](x: T) -> T: pass
def f[T: int, U: (str, bytes)](x: T, y: U): pass
def f[*Ts](*args: *Ts): pass
def f[**P](*args: P.args, **kwargs: P.kwargs): pass
def f[T, *Ts, **P](): pass
async def f[T](): pass
class C[T]: pass
class C[T](Base[T]): pass
class C[T: Hashable, *Ts, **P](Base, metaclass=M): pass
class C[T,]: pass
@decorator
class C[T]:
    def m[U](self, u: U) -> T: pass
    type Alias[V] = dict[T, V]
def f[T: list[int]](): pass
type type = type
type match[case] = case
