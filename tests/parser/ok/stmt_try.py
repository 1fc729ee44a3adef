# try statements with every combination of clauses.
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
try:
    pass
except E as e:
    pass
try:
    pass
except (E, F):
    pass
try:
    pass
except (E, F) as e:
    pass
try:
    pass
except E:
    pass
except F as f:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except E:
    pass
finally:
    pass
try:
    pass
except E:
    pass
else:
    pass
try: pass
except: pass
else: pass
finally: pass
try:
    try:
        pass
    except E:
        raise
except a.b.C if x else D:
    pass
except f() as e:
    pass
