# ast-args: -i 0
def f(x: int = 1) -> None:
    return [x, {"k": (1, 2)}]
