# match: literal patterns, value patterns, capture and wildcard patterns, guards.
match x:
    case 0:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -1.5e3:
        pass
    case 1j:
        pass
    case -2j:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 0x10 | 0o7 | 0b1:
        pass
    case "text":
        pass
    case 'a' "b" """c""":
        pass
    case b"bytes":
        pass
    case r"\raw" | u"u":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case Color.RED:
        pass
    case a.b.c.d:
        pass
    case name:
        pass
    case _:
        pass
match x:
    case y if y > 0:
        pass
    case _ if (z := y):
        pass
    case 1 if x if y else z:
        pass
match (x):
    case 1: pass
match x,:
    case (1,): pass
match x, y:
    case 1, 2: pass
match *x, y:
    case _: pass
match f(x):
    case _: pass
match x.y[0]:
    case _: pass
match -x:
    case _: pass
match await_ if x else y:
    case _: pass
match (yield_):
    case _: pass
