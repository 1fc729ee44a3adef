# A traceback through 25 recursive calls: identical frames are collapsed after three.
def countdown(n):
    if n == 0:
        raise RuntimeError("reached zero")
    return countdown(n - 1)


def start():
    return countdown(25)


print("counting down")
start()
