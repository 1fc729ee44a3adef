# CRLF line endings.
if x:
    y = 1
    z = (1,
         2)
w = """a
b"""
v = 1 + \
    2
