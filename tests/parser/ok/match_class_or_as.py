# match: class patterns, or patterns, as patterns, group patterns, everything combined.
match x:
    case Point():
        pass
    case Point(0):
        pass
    case Point(0, 1):
        pass
    case Point(x=0):
        pass
    case Point(x=0, y=1):
        pass
    case Point(0, y=1):
        pass
    case Point(x=0,):
        pass
    case a.b.Point(1, 2, z=3):
        pass
    case int() | str():
        pass
    case 0 | 1 | 2:
        pass
    case [1, 2] | (3, 4) | {"five": 5}:
        pass
    case (0 | 1) as n:
        pass
    case [a, b] as pair:
        pass
    case Point(x=[1, *_] as xs, y={"k": v}) as p:
        pass
    case (a | b) | (c | d):
        pass
    case ((a)):
        pass
    case (1 as one) | (2 as one):
        pass
    case int(n) if n > 0:
        pass
    case {"type": "circle", "r": float(r) | int(r)}:
        pass
    case _ as anything:
        pass
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
match x:
    case Point(x=0, y=0) | Point(x=1, y=1) as diag if diag:
        pass
