# gc: the module's interface: settings, tracking rules, referents, finalizers run by collect(),
# errors (gc_cycles.py and the other gc_* programs test the collector itself).
import gc

print(gc.get_threshold(), gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug())
gc.set_debug(0)


class C:
    pass


print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}))
print(gc.is_tracked({"a": []}), gc.is_tracked(C()), gc.is_tracked(3.5), gc.is_tracked(b"x"))


# Every instance of a class statement's class is tracked, even one that holds no reference.
class FloatSlots(float):
    __slots__ = ()


class IntSlots(int):
    __slots__ = ()


class Str(str):
    pass


print(gc.is_tracked(FloatSlots(1.5)), gc.is_tracked(IntSlots(2)), gc.is_tracked(Str("s")), gc.is_tracked(int))
print(gc.get_referents([1, "a"], (2,)), gc.get_referents(1, "x"))
print(gc.get_referents({"k": 5, "j": 6}), gc.get_referents({1: 2}))
print(gc.is_finalized(C()), gc.garbage, gc.callbacks)
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))


class Noisy:
    def __del__(self):
        print("finalized")


n = Noisy()
del n
print(isinstance(gc.collect(), int))
for bad in [(3,), ("x",)]:
    try:
        gc.collect(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError", e)
