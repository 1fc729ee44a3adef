print("imp_broken executing")
VALUE = 1
raise ValueError("broken module")
