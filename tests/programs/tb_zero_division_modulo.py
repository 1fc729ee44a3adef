# Carets for % and // operators inside an f-string expression.
def stats(total, count):
    return f"average {total // count}, remainder {total % count}"


print(stats(10, 3))
print(stats(10, 0))
