def f():
    x = 1
    if x:
x = 1
