try:
    pass
finally:
x = 1
