# match: sequence patterns (every bracket form, star patterns) and mapping patterns.
match x:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case (a):
        pass
    case a, b:
        pass
    case a,:
        pass
    case [a, b, c]:
        pass
    case (a, b, *rest):
        pass
    case [*_, last]:
        pass
    case first, *_:
        pass
    case [a, *mid, b]:
        pass
    case *all,:
        pass
    case [[a, b], (c, d), [*e]]:
        pass
    case [1, "two", None, a.b]:
        pass
    case {}:
        pass
    case {"key": value}:
        pass
    case {"a": 1, "b": [x, y], **rest}:
        pass
    case {1: _, 2.5: _, -3: _, 4j: _, None: _, True: _, b"k": _, a.b: _}:
        pass
    case {**rest}:
        pass
    case {"k": {"nested": [1, {"deep": v}]}}:
        pass
    case {"a": 1,}:
        pass
    case [a, b,]:
        pass
