"""The Expat XML parser interface (re-exported from the pyexpat module).

Its constant modules are also importable as xml.parsers.expat.errors and
xml.parsers.expat.model.
"""

import sys as _sys

from pyexpat import *
from pyexpat import errors, model, ExpatError, error

_sys.modules[__name__ + ".errors"] = errors
_sys.modules[__name__ + ".model"] = model
