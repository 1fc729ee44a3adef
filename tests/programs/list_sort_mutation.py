# list.sort notices a list modified while it sorts, even when it is emptied again.
from functools import cmp_to_key
def mutating_cmp(x, y):
    L.append(3)
    L.pop()
    return (x > y) - (x < y)
L = [1, 2]
try: L.sort(key=cmp_to_key(mutating_cmp))
except ValueError as e: print(e)
def mutating_cmp2(x, y):
    L.append(3)
    del L[:]
    return (x > y) - (x < y)
L = [1, 2, 3]
try: L.sort(key=cmp_to_key(mutating_cmp2))
except ValueError as e: print(e)
M = [3, 1, 2]; M.sort(key=lambda x: -x); print(M)
N = [3, 1, 2]; N.sort(); print(N)
