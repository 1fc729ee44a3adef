# gc generations: objects start in generation 0 and move up as collections of their generation
# pass; get_count's collection counts; frozen objects are in none; get_objects' argument checks.
import gc
gc.collect(); print(gc.get_count()[1:])
gc.collect(0); print(gc.get_count()[1:])
gc.collect(0); print(gc.get_count()[1:])
gc.collect(1); print(gc.get_count()[1:])
gc.collect(2); print(gc.get_count()[1:])
l = []; l.append(l)
def where(x): return [any(x is o for o in gc.get_objects(g)) for g in range(3)]
print(where(l))
gc.collect(0); print(where(l))
gc.collect(1); print(where(l))
gc.collect(2); print(where(l))
m = []; m.append(m)
gc.collect(1); print(where(m), where(l))
gc.freeze(); print(where(m), any(m is o for o in gc.get_objects()), gc.get_freeze_count() > 0)
gc.unfreeze(); print(where(m), gc.get_freeze_count())
print(gc.get_threshold())
for bad in [3, -2, 'x', 1.0]:
    pass
print(len(gc.get_objects(-1)) > 0)
for bad in [3, -2, 'x', 1.0]:
    try: gc.get_objects(bad)
    except Exception as e: print(type(e).__name__, e)
