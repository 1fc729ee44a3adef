if x:
    pass
elif y:
x = 1
