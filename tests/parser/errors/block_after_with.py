with a as b:
x = 1
