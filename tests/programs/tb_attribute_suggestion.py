# AttributeError report with a suggestion, raised on a builtin type.
items = [3, 1, 2]
items.sort()
print(items)
items.apend(4)
