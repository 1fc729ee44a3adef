# An IndexError deep in nested data, reached through a helper with a multi-line expression.

def frames(exc):
    """The (function, line) pairs of an exception's traceback."""
    tb, out = exc.__traceback__, []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


matrix = [[1, 2, 3], [4, 5, 6]]


def cell(m, r, c):
    return (m[r]
            [c])


print(cell(matrix, 1, 2))
for r, c in ((2, 0), (0, -4), (-1, -1)):
    try:
        print(cell(matrix, r, c))
    except IndexError as e:
        print("caught:", type(e).__name__, e, frames(e))
print(cell(matrix, 1, 3))
