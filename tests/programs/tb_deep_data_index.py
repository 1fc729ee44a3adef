# An IndexError deep in nested data, reached through a helper with a multi-line expression.
matrix = [[1, 2, 3], [4, 5, 6]]


def cell(m, r, c):
    return (m[r]
            [c])


print(cell(matrix, 1, 2))
print(cell(matrix, 1, 3))
