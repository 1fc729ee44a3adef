def f():
    try:
        return
    finally:
        x is 1
while [1](2):
    pass
break
