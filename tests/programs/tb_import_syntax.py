# A module with a syntax error: the SyntaxError reaches the importer, the module is not left in
# sys.modules, and uncaught it is reported with the module's file and line.
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, sys.path[0] + "/import_helpers")
try:
    import imp_bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.filename.split("/")[-1])
print("imp_bad_syntax" in sys.modules)
import imp_bad_syntax
