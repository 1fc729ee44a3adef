# except* (exception groups).
try:
    pass
except* E:
    pass
try:
    pass
except *E as e:
    pass
try:
    pass
except* (E, F) as e:
    pass
except* G:
    pass
else:
    pass
finally:
    pass
try:
    pass
except *E:
    pass
except *(F, G):
    pass
try: pass
except* E: pass
except* a.b as c: pass
