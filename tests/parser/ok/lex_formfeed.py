# Form feeds: at the start of a line they reset the column count.
x = 1
if x:
    y = 2
    z = 3
    w = 4

# comment after a form feed
def f():
    return 1

v = 5
u = [1, 2]
