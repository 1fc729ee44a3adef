# Namespace packages (PEP 420): folders without __init__.py, spread over several sys.path entries.
import sys

sys.dont_write_bytecode = True
base = sys.path[0] + "/import_helpers"
sys.path[0:0] = [base + "/ns_one", base + "/ns_two", base]
import imp_ns

print(imp_ns)
print(list(imp_ns.__path__), imp_ns.__file__, imp_ns.__package__)
print(imp_ns.__spec__.origin, imp_ns.__spec__.name, type(imp_ns.__loader__).__name__)
import imp_ns.beta

print(imp_ns.beta.R, imp_ns.alpha.__name__, imp_ns.beta.__package__)
print(imp_ns.regular)
import imp_simple

print(imp_simple)
try:
    from imp_ns import missing
except ImportError as e:
    print(e)
try:
    import imp_ns.missing
except ImportError as e:
    print(type(e).__name__, e)
