from . import sibling
from .sibling import SIB

print("imp_pkg.sub executing; __package__ =", __package__)


def helper():
    return "helper sees " + SIB + " and " + sibling.__name__
