# An exception thrown into a generator and not handled there.
def worker():
    total = 0
    while True:
        value = yield total
        total += value


g = worker()
next(g)
print(g.send(5))
g.throw(ValueError("stop working"))
