# A UTF-8 BOM starts this file.
x = "ä"
if x:
    y = 1
