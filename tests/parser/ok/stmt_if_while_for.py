# if/elif/else, while/else, for/else, async for, nested and one-line forms.
if a:
    pass
if a:
    pass
else:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if a: pass
elif b: pass
else: pass
while a:
    pass
while a:
    pass
else:
    pass
while True: break
for x in y:
    pass
for x in y:
    pass
else:
    pass
for x, y in z: pass
for (x, y) in z: pass
for [x, y] in z: pass
for x, in z: pass
for x.y in z: pass
for x[0] in z: pass
for x in y, z: pass
for x in *y, z: pass
for x in (yield_): pass
async def f():
    async for x in y:
        pass
    async for x in y:
        pass
    else:
        pass
if a:
    if b:
        pass
    elif c:
        pass
else:
    while d:
        for e in f:
            pass
        else:
            break
    else:
        continue
