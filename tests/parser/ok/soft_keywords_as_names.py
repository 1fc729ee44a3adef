# The soft keywords match, case, type and _ used as ordinary names.
match = 1
case = 2
type = 3
_ = 4
match.x = case.y
match[0] = case[1]
match(x)
match(x, y)
match[x]
match * x
match -x
match (x) + 1
match = match + case
print(match, case, type, _)
def match(case, type=_): return match
class case(type): match = 1
match, case = case, match
match: int = 1
type: str = "t"
type(x)
type.x
type = type(type)
type[x] = y
for match in case: pass
with match as case: pass
import match
from case import type as _
_ = [_ for _ in _]
lambda match, case, type, _: 0
f(match=1, case=2, type=3, _=4)
match.case.type._
x = match if case else type
def type(): pass
match x:
    case match:
        pass
match match:
    case case:
        pass
match case:
    case type:
        pass
match type:
    case _:
        match = _
match (match):
    case (case): pass
match[match]:
    case _: pass
match -match:
    case _: pass
