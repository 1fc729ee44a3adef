import imp_cycle_x

Y = "y"
print("imp_cycle_y sees imp_cycle_x partially:", hasattr(imp_cycle_x, "X"))
