# ast-args: -m eval
[x * 2 for x in range(10) if x] + {'a': lambda: (yield)} or not f(*a, **k)
