# with statements: single and several items, targets, parenthesized forms (3.9+), async with.
with a:
    pass
with a as b:
    pass
with a as b, c as d:
    pass
with a, b:
    pass
with a as (b, c):
    pass
with a as [b, c]:
    pass
with a as b.c, d as e[0]:
    pass
with (a):
    pass
with (a, b):
    pass
with (a as b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (
    a as b,
    c,
    d as e,
):
    pass
with (a, b) as c:
    pass
with (a, b,) as c:
    pass
with (a), (b):
    pass
with (yield_) as x:
    pass
with f(a) as b, (c) as d:
    pass
with a: pass
with (a := b) as c:
    pass
with (a := b):
    pass
async def f():
    async with a as b:
        pass
    async with (a as b, c as d):
        pass
    async with a, b:
        pass
