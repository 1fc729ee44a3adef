from . import INNER_SIB
from .. import PKG_VALUE as DEEP_PKG_VALUE

print("imp_pkg.inner.deep executing")
