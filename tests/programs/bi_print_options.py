# print(): sep, end, multiple arguments, no arguments, non-string sep errors, flush.
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" <end>\n")
print()
print("no newline", end="")
print(" ... continued")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep="|")
print(*range(5), sep=", ")
print("sep None", "uses space", sep=None, end=None)
print("", end="")
print(end="only end\n")
print("multi\nline\ttab")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
print("flushed", flush=True)
print("unicode: é ü ß 中文 😀")
print(repr("unicode: é ü ß 中文 😀"))
print("trailing spaces   ")
print("final line without newline", end="")
