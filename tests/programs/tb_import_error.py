# An uncaught error raised while a module is being imported: its frames are in the traceback.
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, sys.path[0] + "/import_helpers")
print("importing")
import imp_deep_error
