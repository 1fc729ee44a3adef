# "cannot import name" with a suggestion among the module's names.
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, sys.path[0] + "/import_helpers")
try:
    from imp_simple import valeu
except ImportError as e:
    print("caught:", e.name, e.name_from if hasattr(e, "name_from") else "-")
from imp_simple import VALUEE
