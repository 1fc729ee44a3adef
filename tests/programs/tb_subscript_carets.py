# Carets for a failing subscript in a chain of subscripts.
settings = {"server": {"host": "localhost", "ports": [80, 443]}}
print(settings["server"]["ports"][1])
print(settings["server"]["timeout"]["seconds"])
