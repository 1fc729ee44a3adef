# A backslash continuation joins the last line to an empty one.
x = 1 + \
    2
