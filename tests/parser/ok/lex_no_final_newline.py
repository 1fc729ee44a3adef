# The file ends inside an indented block and without a final newline.
if x:
    if y:
        z = 1  # comment