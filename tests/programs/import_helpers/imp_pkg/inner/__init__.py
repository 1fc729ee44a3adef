from .. import sibling as parent_sibling
from ..sibling import SIB as INNER_SIB

print("imp_pkg.inner executing; __package__ =", __package__)
