# typing.TypeAliasType called directly (3.12), and the __module__ of `type` statements.
from typing import TypeAliasType, TypeVar
T = TypeVar('T')
A = TypeAliasType('A', int)
print(A, A.__value__, A.__type_params__, A.__name__, A.__module__)
B = TypeAliasType('B', list[T], type_params=(T,))
print(B, B.__value__, B.__type_params__, B[int])
for bad in [(), (1, int), ('X',)]:
    try: TypeAliasType(*bad)
    except Exception as e: print(type(e).__name__, e)
try: TypeAliasType('X', int, type_params=[T])
except Exception as e: print(type(e).__name__, e)
try: TypeAliasType('X', int, foo=1)
except Exception as e: print(type(e).__name__, e)
try:
    class S(TypeAliasType): pass
except Exception as e: print(type(e).__name__, e)
type Stmt = dict[str, int]
print(Stmt.__module__, Stmt.__value__)
