# A traceback through a chain of generators delegating with yield from.
def leaf():
    yield 1
    yield int("leaf failure")


def middle():
    yield from leaf()


def top():
    yield from middle()


for value in top():
    print("value", value)
