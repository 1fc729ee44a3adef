# pass, empty-looking bodies, docstrings, and one-line compound statements.
def nothing():
    pass


def only_doc():
    "Just a docstring."


class Empty:
    pass


class Doc:
    """Class docstring."""


print(nothing(), only_doc(), only_doc.__doc__)
print(Doc.__doc__, Empty.__doc__)
print(nothing.__doc__)

if True: print("one-line if")
for i in range(2): print("one-line for", i)
while False: pass
x = 1; y = 2; print(x + y)


def one_line(): return "one-line def"


print(one_line())

class One: z = 3
print(One.z)

try: raise ValueError("v")
except ValueError as e: print("one-line try", e)
finally: print("one-line finally")

# Ellipsis as a body
def stub():
    ...


print(stub(), ...)
print(type(...).__name__)
