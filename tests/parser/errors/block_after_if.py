if x:
x = 1
