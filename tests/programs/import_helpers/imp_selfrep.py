import sys
class Replacement:
    value = "replaced"
sys.modules[__name__] = Replacement()
