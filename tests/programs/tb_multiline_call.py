# Uncaught error in a call whose arguments span several lines.
def build(name, size, *, color, weight):
    return "%s:%d:%s:%.1f" % (name, size, color, weight)


print(build("a", 1, color="red", weight=1.5))
result = build(
    "b",
    "not a number",
    color="blue",
    weight=2.0,
)
print(result)
