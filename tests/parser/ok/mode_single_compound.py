# ast-args: -m single
if x:
    y = 1
else:
    y = 2
