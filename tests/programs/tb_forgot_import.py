# NameError for a standard-library module name: "Did you forget to import 'x'" (3.12 prints it
# without a question mark), after a "Did you mean" when there is one too.
try:
    json.dumps(1)
except NameError as e:
    print("caught:", e, e.name)
mat = 1


def area(r):
    return math.pi * r * r


area(2)
