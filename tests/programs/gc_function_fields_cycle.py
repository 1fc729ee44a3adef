# Cycles that pass through a function's __module__ or __doc__ and otherwise only through tuples
# (which the collector cannot clear) are collected: the collector clears those fields of a
# function, as CPython's function tp_clear does.
import gc


class Marker(tuple):
    __slots__ = ()

    def __del__(self):
        print("collected:", self[1])


def through_module():
    pass


cycle = Marker((through_module, "through __module__"))
through_module.__module__ = cycle


def through_doc():
    pass


cycle = Marker((through_doc, "through __doc__"))
through_doc.__doc__ = cycle

del through_module, through_doc, cycle
print(gc.collect() > 0)
print("found again:", gc.collect())
print("end")
