# A RecursionError caught at the top and replaced, so the report stays short.
def nest(depth):
    return nest(depth + 1)


try:
    nest(0)
except RecursionError as e:
    print(type(e).__name__, e)
    message = str(e)

raise RuntimeError("recursion gave: " + message) from None
