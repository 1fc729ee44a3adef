h = rf"\N{EURO SIGN}{x}"
v = f"\{x}"
w = "\d"
