def fail(x):
    return x / 0


RESULT = fail(1)
