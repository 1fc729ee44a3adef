# match: soft keywords as names, no case matched, complex subjects, str not a sequence.
match = [1, 2]
case = "case as a name"
print(match, case)

match match:
    case [1, x]:
        print("soft keyword subject", x)

_ = "underscore variable"
match 5:
    case _:
        print(_)


def classify_cmd(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "going " + direction
        case ["pick", "up", *items] if items:
            return "picking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return "unknown verb " + verb
        case []:
            return "nothing"


for c in ["go north", "go up", "pick up sword shield", "pick up", "quit", "exit", "dance now", ""]:
    print(repr(c), "->", classify_cmd(c))

# No case matched: nothing happens.
match 10:
    case 1:
        print("never")
print("after unmatched match")

match "abc":
    case [*chars]:
        print("str matched sequence?", chars)
    case str():
        print("str is not matched as a sequence")

match {"a": [1, {"b": (2, 3)}]}:
    case {"a": [1, {"b": (_, last)}]}:
        print("deep last", last)

# Matching against floats and nan
match float("nan"):
    case 1.0:
        print("never")
    case x if x != x:
        print("nan captured")
