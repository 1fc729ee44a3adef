def f():
    type X = (yield)
