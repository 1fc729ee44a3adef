x = 1
y = rf"\N{EURO SIGN}"
z = "\q"
