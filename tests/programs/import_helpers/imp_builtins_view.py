# Imported by import_builtins_namespace: what an imported module's code sees as __builtins__.
def function():
    pass


kind = type(__builtins__).__name__
same_as_function = function.__builtins__ is __builtins__
