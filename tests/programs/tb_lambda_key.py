# Uncaught error inside a lambda used as a sort key.
records = [{"name": "b", "age": 3}, {"name": "a"}, {"name": "c", "age": 1}]
print(len(records))
ordered = sorted(records, key=lambda r: r["age"])
print(ordered)
