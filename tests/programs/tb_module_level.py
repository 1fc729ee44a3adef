# Uncaught exception at module level, after some output.
print("start")
values = [1, 2, 3]
print(sum(values))
raise ValueError("bad value at module level")
