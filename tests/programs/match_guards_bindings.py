# match: bindings visible after the statement, guards referencing bindings, nested or-patterns.
def parse(tokens):
    match tokens:
        case ["let", str(name), "=", int(value) | float(value)] if name.isidentifier():
            return ("assign", name, value)
        case ["print", *args] if all(isinstance(a, str) for a in args):
            return ("print", " ".join(args))
        case ["if", cond, "then", *body] if body:
            return ("if", cond, parse(body))
        case [("+" | "-" | "*") as op, int(a), int(b)]:
            return ("arith", {"+": a + b, "-": a - b, "*": a * b}[op])
        case []:
            return ("empty",)
        case _:
            return ("error", tokens)


for t in [["let", "x", "=", 5], ["let", "y", "=", 2.5], ["let", "1x", "=", 1], ["print", "a", "b"],
          ["print", "a", 1], ["if", "c", "then", "print", "yes"], ["if", "c", "then"], ["*", 6, 7],
          ["-", 1, 10], [], ["??"]]:
    print(t, "->", parse(t))

match {"type": "circle", "r": 2}:
    case {"type": "square", "side": s}:
        area = s * s
    case {"type": "circle", "r": r}:
        area = 3 * r * r
print("area", area, "r", r)

point = (0, 5)
match point:
    case (0, 0):
        where = "origin"
    case (0, y) | (y, 0):
        where = "on an axis at %d" % y
    case _:
        where = "elsewhere"
print(where)

match [1, [2, 3]]:
    case [a, [b, c]] if a + b + c == 6:
        print("sum is six:", a, b, c)
