# ast-args: --no-type-comments
import sys  # type: ignore
x = 1  # type: int
x = y = []  # type: List[int]
a, b = 1, 2  # type: int, int
c = (  # a plain comment inside brackets
    1
)  # type: int
d = f()  #type:str
e = 1  # type: ignore[assignment]
g = 2  # type: ignore[misc, attr-defined]
h = 3  # type:ignore
for i in range(3):  # type: int
    pass
for j, k in z:  # type: (int, str)
    pass
else:
    pass
with open(p) as fh:  # type: IO[str]
    pass
with a as b, c as d:  # type: (int, int)
    pass
def f(a, b):  # type: (int, str) -> bool
    return True
def g(a, b):
    # type: (int, str) -> bool
    return True
def h(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
def k(
    a,  # type: int
    *args,  # type: str
    b=1,  # type: int
    **kwargs  # type: float
):
    # type: (...) -> None
    pass
def m(self, x):  # type: (int) -> None
    pass
async def n():  # type: () -> None
    async for v in w:  # type: int
        pass
    async with a as b:  # type: int
        pass
class C:  # type: ignore
    attr = None  # type: Optional[int]
z = 1  # type: ignore  # and a comment
t = 1  # type: List[int]  # trailing text is part of it
u = v  # type: ignore-and-more
def p(a):  # type: ignore
    pass
x = 1  # TYPE: int
x = 1  #  type:  int
# type: ignore
