# An error while evaluating an argument of a nested call; carets point at the inner call.
def fmt(value, width):
    return str(value).rjust(width)


def width_of(spec):
    return spec["width"]


specs = [{"width": 4}, {"w": 5}]
for spec in specs:
    print(fmt(42, width_of(spec)))
